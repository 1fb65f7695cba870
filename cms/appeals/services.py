"""What applicants do with appeals, as plain functions the e-cabinet views and the API both call.

Every function checks what it needs (rights, input) itself and does its writes in one transaction:
an appeal is never half-saved, and files written for a transaction that fails are removed again.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.accounts.models import LegalEntity, Person
from cms.core.text import check_email, text_problem

from . import access, attachments
from .models import APPLICANT_KINDS, Appeal, AppealEvent, Body, Category, Message, Status, Suggestion
from .workflow import APPLICANT, Actor, available, deadlines_for, message_of, perform, submitting

SUBJECT_MAX = 200
TEXT_MAX = 20_000
MESSAGE_MAX = 10_000
SUBMISSION_KEY = re.compile(r"[A-Za-z0-9._~:-]{8,64}")


def new_submission_key() -> str:
    return uuid.uuid4().hex


def clean_submission_key(key: str | None) -> str:
    """The form's (or API client's) key, or "" for none; a malformed key is refused."""
    key = (key or "").strip()
    if key and not SUBMISSION_KEY.fullmatch(key):
        raise ValidationError({"submission_key": [_("This form has expired. Please send it again.")]})
    return key


def submitted_with(person: Person, key: str | None) -> Appeal | None:
    """The appeal a form with this key has already filed (or saved as a draft), if any."""
    if not key:
        return None
    return Appeal.objects.select_related("entity", "category").filter(filed_by=person, submission_key=key).first()


@dataclass
class AppealInput:
    body: str = ""
    kind: str = ""
    category: Category | None = None
    subject: str = ""
    text: str = ""
    answer_language: str = "az"
    consent: bool = False
    contact_email: str = ""


def _text_errors(errors: dict, field: str, value: str, *, required: bool, maximum: int, multiline: bool = True) -> None:
    problem = text_problem(value, multiline=multiline)
    if problem:
        errors.setdefault(field, []).append(problem)
    if required and not value.strip():
        errors.setdefault(field, []).append(_("This field is required."))
    if len(value) > maximum:
        errors.setdefault(field, []).append(
            _("At most %(max)d characters are allowed; this text has %(count)d.")
            % {"max": maximum, "count": len(value)}
        )


def validate(data: AppealInput, *, complete: bool) -> None:
    """Raises ValidationError({field: [messages]}); `complete` is for submission, not for a draft."""
    from django.conf import settings

    errors: dict[str, list[str]] = {}
    if data.body not in Body.values:
        errors["body"] = [_("Choose the Ministry of Economy or AZPROMO.")]
    if data.kind not in dict(APPLICANT_KINDS):
        errors["kind"] = [_("Choose the kind of appeal.")]
    if data.category is not None and not data.category.active:
        errors["category"] = [_("Choose a category from the list.")]
    if data.answer_language not in {code for code, _name in settings.LANGUAGES}:
        errors["answer_language"] = [_("Choose the language of the answer.")]
    _text_errors(errors, "subject", data.subject, required=complete, maximum=SUBJECT_MAX, multiline=False)
    _text_errors(errors, "text", data.text, required=complete, maximum=TEXT_MAX)
    if complete:
        if data.category is None:
            errors["category"] = [_("Choose a category from the list.")]
        if not data.consent:
            errors["consent"] = [_("Your consent is needed to consider the appeal.")]
        if not data.contact_email:
            errors["contact_email"] = [_("Give an e-mail address for the acknowledgement and the answer.")]
    if data.contact_email.strip():
        # Never stored unchecked: the outbox puts it in an SMTP header.
        try:
            check_email(data.contact_email)
        except ValidationError as error:
            errors["contact_email"] = error.messages
    if errors:
        raise ValidationError(errors)


def _fill(appeal: Appeal, data: AppealInput) -> None:
    appeal.body = data.body
    appeal.kind = data.kind
    appeal.category = data.category
    appeal.subject = data.subject.strip()
    appeal.text = data.text.replace("\r\n", "\n")
    appeal.answer_language = data.answer_language
    appeal.consent = data.consent
    appeal.contact_email = data.contact_email.strip()


def _editable_draft(person: Person, entity: LegalEntity | None, appeal: Appeal | None) -> Appeal:
    if not access.may_file_for(person, entity):
        raise PermissionError("no right to file appeals for this entity")
    if appeal is None:
        return Appeal(filed_by=person, entity=entity, status=Status.DRAFT)
    if (
        appeal.status != Status.DRAFT
        or appeal.filed_by_id != person.pk
        or not access.may_file_for(person, appeal.entity)
    ):
        raise PermissionError("not an editable draft of this person")
    return appeal


def _earlier(person: Person, key: str, appeal: Appeal | None) -> tuple[Appeal | None, Appeal | None]:
    """(the appeal this form already filed, the draft it saved before): a repeat of the same form
    finds its own work instead of starting another appeal."""
    if appeal is not None or not key:
        return None, appeal
    earlier = submitted_with(person, key)
    if earlier is None:
        return None, None
    if earlier.status == Status.DRAFT:
        return None, earlier
    return earlier, None


def _replayed(appeal: Appeal) -> Appeal:
    appeal.replayed = True
    return appeal


def _prepared(
    person: Person,
    entity: LegalEntity | None,
    data: AppealInput,
    files,
    appeal: Appeal | None,
    key: str,
    *,
    complete: bool,
) -> tuple[Appeal, list]:
    """The form's appeal filled in and its files checked, nothing written yet; or, for the key of
    a form that already filed its appeal, that appeal marked `replayed` (and no files)."""
    key = clean_submission_key(key)
    filed, appeal = _earlier(person, key, appeal)
    if filed is not None:
        return _replayed(filed), []
    appeal = _editable_draft(person, appeal.entity if appeal else entity, appeal)
    validate(data, complete=complete)
    checked = attachments.check_files(files, already=appeal.attachments.count() if appeal.pk else 0)
    _fill(appeal, data)
    if key and not appeal.submission_key:
        appeal.submission_key = key
    appeal.replayed = False
    return appeal, checked


def _saved_by_the_other_request(person: Person, key: str | None, error: IntegrityError) -> Appeal:
    """The same form sent twice at once: the unique key let one request through; the other gets
    its appeal, marked `replayed`."""
    earlier = submitted_with(person, key)
    if earlier is None:
        raise error
    return _replayed(earlier)


def save_draft(
    person: Person,
    entity: LegalEntity | None,
    data: AppealInput,
    files=(),
    *,
    appeal: Appeal | None = None,
    key: str = "",
) -> Appeal:
    """Saves a draft. With the key of a form that already filed its appeal, returns that appeal
    (marked `replayed`) and changes nothing."""
    appeal, checked = _prepared(person, entity, data, files, appeal, key, complete=False)
    if appeal.replayed:
        return appeal
    try:
        with attachments.removing_on_failure() as written, transaction.atomic():
            appeal.save()
            attachments.store(appeal, checked, written=written)
    except IntegrityError as error:
        return _saved_by_the_other_request(person, appeal.submission_key, error)
    return appeal


def submit(
    person: Person,
    entity: LegalEntity | None,
    data: AppealInput,
    files=(),
    *,
    appeal: Appeal | None = None,
    key: str = "",
    now=None,
) -> Appeal:
    """Submits and registers in one transaction: number, registration date and due date, the
    events, and the acknowledgement in the outbox. Anything invalid leaves nothing behind: no row,
    no file, no number used up. The files are written just before the transaction and removed
    again if it fails; the number is its last statement (workflow.submitting, numbering.py).

    `key` identifies the form (or API request): the same key again, after Back or a retry, or
    even at the same moment, returns the appeal it filed, marked `replayed`, and files nothing.
    The database's unique constraint on (person, key) decides, not a check before the insert."""
    appeal, checked = _prepared(person, entity, data, files, appeal, key, complete=True)
    if appeal.replayed:
        return appeal
    now = now or timezone.now()
    appeal.submitted_at = now
    limits = deadlines_for(appeal, now)
    try:
        with attachments.removing_on_failure() as written:
            # The files first, outside the transaction: it never waits for the disk.
            files_written = attachments.write(appeal, checked, written=written)
            with transaction.atomic(), submitting(appeal, Actor(person.user, APPLICANT), now=now, limits=limits):
                attachments.record(appeal, files_written)
    except IntegrityError as error:
        return _saved_by_the_other_request(person, appeal.submission_key, error)
    return appeal


def _actor(person: Person) -> Actor:
    return Actor(person.user, APPLICANT)


def actions(person: Person, appeal: Appeal) -> set[str]:
    """What the applicant may do with the appeal now (the workflow's transitions), for the pages."""
    if not access.may_act(person, appeal):
        return set()
    return {transition.name for transition in available(appeal, _actor(person))}


def _checked_text(field: str, text: str, *, required: bool) -> str:
    text = (text or "").replace("\r\n", "\n")
    errors: dict = {}
    _text_errors(errors, field, text, required=required, maximum=MESSAGE_MAX)
    if errors:
        raise ValidationError(errors)
    return text


def post_message(person: Person, appeal: Appeal, text: str, files=()) -> Message:
    """A follow-up from the applicant; while staff await the applicant, it is the reply."""
    if not access.may_act(person, appeal):
        raise access.AppealNotFound
    text = _checked_text("text", text, required=True)
    name = "applicant_reply" if "applicant_reply" in actions(person, appeal) else "message"
    checked = attachments.check_files(files, already=appeal.attachments.count())
    with attachments.removing_on_failure() as written, transaction.atomic():
        message = message_of(perform(appeal, name, _actor(person), comment=text))
        attachments.store(appeal, checked, written=written, message=message)
    return message


def complain_about_handling(person: Person, appeal: Appeal, text: str) -> Message:
    """A complaint about how the appeal is handled (Regulation 9.1.6): it goes to the supervisors."""
    if not access.may_act(person, appeal):
        raise access.AppealNotFound
    text = _checked_text("text", text, required=True)
    return message_of(perform(appeal, "handling_complaint", _actor(person), comment=text))


def withdraw(person: Person, appeal: Appeal, reason: str = "") -> None:
    reason = _checked_text("reason", reason, required=False)
    perform(appeal, "withdraw", _actor(person), comment=reason)


def rate(person: Person, appeal: Appeal, rating: int, comment: str = "") -> None:
    if not access.may_act(person, appeal):
        raise access.AppealNotFound
    if rating not in range(1, 6):
        raise ValidationError({"rating": [_("Choose a rating from 1 to 5.")]})
    comment = _checked_text("comment", comment, required=False)
    perform(appeal, "rate", _actor(person), comment=comment, rating=rating)


def delete_draft(person: Person, appeal: Appeal) -> None:
    if appeal.status != Status.DRAFT or appeal.filed_by_id != person.pk:
        raise access.AppealNotFound
    storage = attachments.private_storage()
    names = list(appeal.attachments.values_list("stored_name", flat=True))
    appeal.delete()
    for name in names:
        storage.delete(name)


def suggest(person: Person, text: str) -> Suggestion:
    errors: dict = {}
    _text_errors(errors, "text", text or "", required=True, maximum=MESSAGE_MAX)
    if errors:
        raise ValidationError(errors)
    return Suggestion.objects.create(person=person, text=text)


def timeline(appeal: Appeal, *, for_staff: bool) -> list[AppealEvent]:
    events = appeal.events.select_related("actor")
    if not for_staff:
        events = events.filter(internal=False)
    return list(events)


def visible_messages(appeal: Appeal, *, for_staff: bool) -> list[Message]:
    messages = appeal.messages.select_related("author").prefetch_related("attachments")
    if not for_staff:
        messages = messages.exclude(kind=Message.Kind.NOTE)
    return list(messages)


def visible_attachments(appeal: Appeal, *, for_staff: bool):
    files = appeal.attachments.all()
    return files if for_staff else files.filter(internal=False)
