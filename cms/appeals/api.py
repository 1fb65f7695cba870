"""The applicant's appeals for the mobile channel (Regulation 5.5), under /api/appeals/.

Session authentication (the same sign-in as the e-cabinet; POSTs carry the CSRF token), the same
rules as the e-cabinet through `access` and `services`: an appeal the caller may not see answers
404 like one that does not exist; an anonymous caller gets 401.
"""

from __future__ import annotations

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.security import SessionAuth

from cms.accounts.models import LegalEntity
from cms.core.security import report
from cms.core.text import EmailAddress, MultiLine, SingleLine
from cms.core.throttling import SharedLimit

from . import access, services
from .models import Appeal, Category
from .workflow import TransitionError, event_label


class ApplicantSession(SessionAuth):
    """The e-cabinet's session. A session cookie that no longer signs anyone in (forged, expired,
    signed out) is a credential that does not hold: it goes to the security log."""

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        if user is None and key:
            report("invalid_token", request=request, reason="session_not_valid")
        return user


router = Router(auth=ApplicantSession(), tags=["appeals"])


class AppealSummary(Schema):
    id: uuid.UUID
    number: str | None
    status: str
    status_label: str
    body: str
    kind: str
    category: str | None
    subject: str
    registered_on: datetime.date | None
    due_date: datetime.date | None
    overdue: bool


class EventOut(Schema):
    action: str
    label: str
    to_status: str
    at: datetime.datetime
    comment: str


class MessageOut(Schema):
    kind: str
    text: str
    created_at: datetime.datetime
    attachments: list[str]


class AppealDetail(AppealSummary):
    text: str
    answer: str
    answer_language: str
    entity_voen: str | None
    forwarded_to: str
    events: list[EventOut]
    messages: list[MessageOut]
    actions: list[str] = Field(
        description="What the applicant may do with the appeal now, by the workflow's transition names: "
        "message, applicant_reply (the reply while the appeal awaits the applicant), handling_complaint, "
        "rate, close, withdraw."
    )


# Text fields refuse NUL bytes and control characters (multi-line ones keep tab and line breaks),
# and the e-mail address must be a valid one of at most 254 characters (cms.core.text): 400.
class AppealIn(Schema):
    body: SingleLine
    kind: SingleLine
    category: SingleLine
    subject: SingleLine
    text: MultiLine
    answer_language: SingleLine = "az"
    consent: bool
    contact_email: EmailAddress = ""
    entity_voen: SingleLine | None = None
    # Or the Idempotency-Key header: the same key again returns the appeal it filed (200), not a new one.
    client_token: SingleLine | None = None


class MessageIn(Schema):
    text: MultiLine


class Error(Schema):
    detail: str
    errors: dict[str, list[str]] | None = None


def _person(request: HttpRequest):
    person = getattr(request.user, "applicant", None)
    if person is None or person.is_suspended:
        raise HttpError(403, "Only applicants signed in through EHİS use this API.")
    return person


def _summary(appeal: Appeal) -> dict:
    return {
        "id": appeal.public_id,
        "number": appeal.number,
        "status": appeal.status,
        "status_label": appeal.get_status_display(),
        "body": appeal.body,
        "kind": appeal.kind,
        "category": appeal.category.key if appeal.category else None,
        "subject": appeal.subject,
        "registered_on": appeal.registered_on,
        "due_date": appeal.due_date,
        "overdue": appeal.is_overdue(),
    }


def _detail(appeal: Appeal, person) -> dict:
    data = _summary(appeal)
    data.update(
        {
            "text": appeal.text,
            "answer": appeal.answer,
            "answer_language": appeal.answer_language,
            "entity_voen": appeal.entity.voen if appeal.entity else None,
            "forwarded_to": appeal.forwarded_to,
            "events": [
                {
                    "action": e.action,
                    "label": str(event_label(e.action)),
                    "to_status": e.to_status,
                    "at": e.at,
                    "comment": e.comment if e.action != "submit" else "",
                }
                for e in services.timeline(appeal, for_staff=False)
            ],
            "messages": [
                {
                    "kind": m.kind,
                    "text": m.text,
                    "created_at": m.created_at,
                    "attachments": [a.name for a in m.attachments.all() if not a.internal],
                }
                for m in services.visible_messages(appeal, for_staff=False)
            ],
            "actions": sorted(services.actions(person, appeal)),
        }
    )
    return data


def _appeal(request, appeal_id: uuid.UUID, *, act: bool = False) -> Appeal:
    person = _person(request)
    try:
        return access.appeal_for_applicant(person, appeal_id, act=act)
    except access.AppealNotFound:
        raise HttpError(404, "Not found.") from None


def _validation_response(exc: ValidationError):
    return Status(
        400,
        {"detail": "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items()), "errors": exc.message_dict},
    )


# What every operation may answer besides its success: 400 for a parameter or body it cannot use
# (and for a NUL byte or control character in the address, cms.core.input), 401 without a
# signed-in session, 403 for a signed-in user who is not an applicant (or a POST without the
# CSRF token).
REFUSALS = {400: Error, 401: Error, 403: Error}


@router.get("/", response={200: list[AppealSummary], **REFUSALS}, summary="My appeals")
def list_appeals(request, entity_voen: str | None = None):
    person = _person(request)
    entity = None
    if entity_voen:
        entity = LegalEntity.objects.filter(voen=entity_voen).first()
        if entity is None:
            return []
    return [_summary(a) for a in access.appeals_of(person, entity).exclude(status="draft").order_by("-created_at")]


@router.get("/{appeal_id}", response={200: AppealDetail, **REFUSALS, 404: Error}, summary="One of my appeals")
def get_appeal(request, appeal_id: uuid.UUID):
    appeal = _appeal(request, appeal_id)
    if appeal.status == "draft":
        raise HttpError(404, "Not found.")
    return _detail(appeal, _person(request))


@router.post(
    "/",
    response={200: AppealDetail, 201: AppealDetail, **REFUSALS, 409: Error, 429: Error},
    throttle=[SharedLimit("appeal_submit", per_user=True)],
    summary="Submit an appeal",
)
def create_appeal(request, payload: AppealIn):
    """Files an appeal: 201. Send an `Idempotency-Key` header (or `client_token`), 8 to 64 letters,
    digits or `-_.:~`, to make a retry safe: the same key again answers 200 with the appeal it
    filed, and 409 if the appeal sent with that key was a different one. Beyond the applicant's
    limit of appeals per period: 429 with `Retry-After`, and nothing is filed."""
    person = _person(request)
    key = request.headers.get("Idempotency-Key") or payload.client_token or ""
    entity = None
    if payload.entity_voen:
        entity = LegalEntity.objects.filter(voen=payload.entity_voen).first()
        if entity is None or not access.may_file_for(person, entity):
            return Status(403, {"detail": "You may not file appeals for this entity."})
    category = Category.objects.filter(key=payload.category, active=True).first()
    data = services.AppealInput(
        body=payload.body, kind=payload.kind, category=category, subject=payload.subject, text=payload.text,
        answer_language=payload.answer_language, consent=payload.consent,
        contact_email=payload.contact_email or person.contact_email,
    )  # fmt: skip
    try:
        if payload.category and category is None:
            raise ValidationError({"category": ["Unknown category."]})
        appeal = services.submit(person, entity, data, key=key)
    except ValidationError as exc:
        return _validation_response(exc)
    except PermissionError:
        return Status(403, {"detail": "You may not file appeals for this entity."})
    if appeal.replayed:
        if not _same_request(appeal, data, entity):
            return Status(409, {"detail": "This Idempotency-Key was used for another appeal."})
        return Status(200, _detail(appeal, person))
    return Status(201, _detail(appeal, person))


def _same_request(appeal: Appeal, data: services.AppealInput, entity) -> bool:
    return (appeal.body, appeal.kind, appeal.category_id, appeal.subject, appeal.text, appeal.entity_id) == (
        data.body, data.kind, data.category.pk if data.category else None, data.subject.strip(),
        data.text.replace("\r\n", "\n"), entity.pk if entity else None,
    )  # fmt: skip


@router.post(
    "/{appeal_id}/messages",
    response={201: MessageOut, **REFUSALS, 404: Error, 429: Error},
    throttle=[SharedLimit("appeal_message", per_user=True)],
    summary="Write on one of my appeals",
)
def post_message(request, appeal_id: uuid.UUID, payload: MessageIn):
    appeal = _appeal(request, appeal_id, act=True)
    if appeal.status == "draft":
        raise HttpError(404, "Not found.")
    try:
        message = services.post_message(_person(request), appeal, payload.text)
    except ValidationError as exc:
        return _validation_response(exc)
    except TransitionError as exc:
        return Status(400, {"detail": str(exc)})
    return Status(
        201, {"kind": message.kind, "text": message.text, "created_at": message.created_at, "attachments": []}
    )
