"""The appeal's state machine, declared once, as data.

    draft → submitted → registered → assigned → in review → answered → closed
                                                 in review → information requested ⇄ awaiting applicant
    registered / assigned / in review → forwarded (to the competent body; the applicant is told)
    submitted … in review → not considered (anonymous or repeated, with the reason)
    any state before the answer → withdrawn (by the applicant)

Each transition names the states it leaves, the state it enters, who may make it, whether a
comment is required, and what it triggers (an effect on the appeal, notices to the applicant or to
staff). `perform()` is the only way an appeal changes state: it locks the row, checks the rule and
the actor, applies the effect, records the event and writes the notices to the outbox, all in one
transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import access, deadlines, notifications, numbering
from .models import Appeal, AppealEvent, Kind, Role, Status

APPLICANT = "applicant"
SYSTEM = "system"
REGISTRAR, HANDLER, SUPERVISOR = Role.REGISTRAR.value, Role.HANDLER.value, Role.SUPERVISOR.value
STAFF_ROLES = frozenset({REGISTRAR, HANDLER, SUPERVISOR})

BEFORE_ANSWER = (
    Status.SUBMITTED,
    Status.REGISTERED,
    Status.ASSIGNED,
    Status.IN_REVIEW,
    Status.INFORMATION_REQUESTED,
    Status.AWAITING_APPLICANT,
)


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: tuple[str, ...]
    target: str | None  # None: the appeal stays in its state (a reassignment, an extension)
    roles: frozenset[str]
    comment_required: bool = False
    effect: str = ""
    notify_applicant: str = ""
    notify_staff: str = ""
    internal: bool = False  # not shown in the applicant's timeline
    params: tuple[str, ...] = field(default=())


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in [
        Transition("submit", _("Submit"), (Status.DRAFT,), Status.SUBMITTED, frozenset({APPLICANT})),
        Transition(
            "register",
            _("Register"),
            (Status.SUBMITTED,),
            Status.REGISTERED,
            frozenset({SYSTEM, REGISTRAR}),
            effect="register",
            notify_applicant="registered",
        ),
        Transition(
            "assign",
            _("Assign"),
            (Status.REGISTERED,),
            Status.ASSIGNED,
            frozenset({REGISTRAR, SUPERVISOR}),
            effect="assign",
            notify_staff="assigned",
            internal=True,
            params=("assignee",),
        ),
        Transition(
            "reassign",
            _("Reassign"),
            (Status.ASSIGNED, Status.IN_REVIEW, Status.INFORMATION_REQUESTED, Status.AWAITING_APPLICANT),
            None,
            frozenset({REGISTRAR, SUPERVISOR}),
            effect="assign",
            notify_staff="assigned",
            internal=True,
            params=("assignee",),
        ),
        Transition(
            "start_review",
            _("Start the review"),
            (Status.ASSIGNED,),
            Status.IN_REVIEW,
            frozenset({HANDLER, SUPERVISOR}),
        ),
        Transition(
            "extend_for_study",
            _("Extend the term for extra study"),
            (Status.IN_REVIEW, Status.INFORMATION_REQUESTED),
            None,
            frozenset({HANDLER, SUPERVISOR}),
            comment_required=True,
            effect="study",
            notify_applicant="extended",
        ),
        Transition(
            "request_information",
            _("Request additional information"),
            (Status.IN_REVIEW,),
            Status.INFORMATION_REQUESTED,
            frozenset({HANDLER, SUPERVISOR}),
            comment_required=True,
            effect="extend",
            notify_applicant="information_requested",
            params=("extension_days",),
        ),
        Transition(
            "ask_applicant",
            _("Ask the applicant"),
            (Status.INFORMATION_REQUESTED,),
            Status.AWAITING_APPLICANT,
            frozenset({HANDLER, SUPERVISOR}),
            comment_required=True,
            effect="ask",
            notify_applicant="information_requested",
        ),
        Transition(
            "applicant_reply",
            _("Reply"),
            (Status.AWAITING_APPLICANT,),
            Status.INFORMATION_REQUESTED,
            frozenset({APPLICANT}),
            comment_required=True,
            notify_staff="applicant_replied",
        ),
        Transition(
            "resume_review",
            _("Resume the review"),
            (Status.INFORMATION_REQUESTED,),
            Status.IN_REVIEW,
            frozenset({HANDLER, SUPERVISOR}),
        ),
        Transition(
            "answer",
            _("Answer"),
            (Status.IN_REVIEW, Status.INFORMATION_REQUESTED),
            Status.ANSWERED,
            frozenset({HANDLER, SUPERVISOR}),
            comment_required=True,
            effect="answer",
            notify_applicant="answered",
        ),
        Transition(
            "close",
            _("Close"),
            (Status.ANSWERED,),
            Status.CLOSED,
            frozenset({APPLICANT, HANDLER, SUPERVISOR}),
            effect="close",
        ),
        Transition(
            "forward",
            _("Forward to the competent body"),
            (Status.REGISTERED, Status.ASSIGNED, Status.IN_REVIEW),
            Status.FORWARDED,
            frozenset({REGISTRAR, HANDLER, SUPERVISOR}),
            comment_required=True,
            effect="forward",
            notify_applicant="forwarded",
            params=("forwarded_to",),
        ),
        Transition(
            "not_consider",
            _("Leave unconsidered"),
            (Status.SUBMITTED, Status.REGISTERED, Status.ASSIGNED, Status.IN_REVIEW),
            Status.NOT_CONSIDERED,
            frozenset({REGISTRAR, SUPERVISOR}),
            comment_required=True,
            effect="close",
            notify_applicant="not_considered",
            params=("reason",),
        ),
        Transition(
            "withdraw",
            _("Withdraw"),
            BEFORE_ANSWER,
            Status.WITHDRAWN,
            frozenset({APPLICANT}),
            effect="close",
            notify_staff="withdrawn",
        ),
    ]
}

NOT_CONSIDERED_REASONS = {
    "anonymous": _("Anonymous: the applicant cannot be identified (Law on Citizens' Appeals, Art. 6.3)"),
    "repeated": _("Repeated with no new information after three reasoned answers within a year (Art. 8.1.4)"),
    "other": _("Other reason under the law"),
}


# What each event in an appeal's history says, as something that happened (the transitions' own
# labels are the imperative names of buttons). The history shows these, never the codes; the
# actions that change no state (a message, a complaint, a rating) are here too.
EVENT_LABELS = {
    "submit": pgettext_lazy("appeal event", "Appeal sent"),
    "register": pgettext_lazy("appeal event", "Appeal registered"),
    "assign": pgettext_lazy("appeal event", "Handler assigned"),
    "reassign": pgettext_lazy("appeal event", "Handler changed"),
    "start_review": pgettext_lazy("appeal event", "Review started"),
    "extend_for_study": pgettext_lazy("appeal event", "Term extended for extra study"),
    "request_information": pgettext_lazy("appeal event", "Additional information requested"),
    "ask_applicant": pgettext_lazy("appeal event", "The applicant was asked for information"),
    "applicant_reply": pgettext_lazy("appeal event", "The applicant sent the information"),
    "resume_review": pgettext_lazy("appeal event", "Review resumed"),
    "answer": pgettext_lazy("appeal event", "Answer given"),
    "close": pgettext_lazy("appeal event", "Appeal closed"),
    "forward": pgettext_lazy("appeal event", "Forwarded to the competent body"),
    "not_consider": pgettext_lazy("appeal event", "Left unconsidered"),
    "withdraw": pgettext_lazy("appeal event", "Appeal withdrawn"),
    "message": pgettext_lazy("appeal event", "Message from the applicant"),
    "handling_complaint": pgettext_lazy("appeal event", "Complaint about the handling"),
    "rated": pgettext_lazy("appeal event", "Answer rated"),
    "note": pgettext_lazy("appeal event", "Internal note added"),
}


def event_label(action: str) -> str:
    """The history's words for an event; an action unknown here reads as its transition's name."""
    if action in EVENT_LABELS:
        return EVENT_LABELS[action]
    transition = TRANSITIONS.get(action)
    return transition.label if transition else action.replace("_", " ")


class TransitionError(Exception):
    """A transition the appeal's state or the actor does not allow; the message is for people."""


@dataclass
class Actor:
    user: object | None
    role: str  # applicant, system, registrar, handler, supervisor


def available(appeal: Appeal, actor: Actor) -> list[Transition]:
    """The transitions this actor may make now, for the buttons the pages show."""
    return [t for t in TRANSITIONS.values() if appeal.status in t.sources and may(t, appeal, actor)]


def may(transition: Transition, appeal: Appeal, actor: Actor) -> bool:
    """Whether the actor, in their role, may make `transition` on this appeal, whatever its state
    (`available` adds the state; `perform` checks both)."""
    if actor.role not in transition.roles:
        return False
    if actor.role == APPLICANT:
        person = getattr(actor.user, "applicant", None)
        return access.may_act(person, appeal)
    if actor.role == SYSTEM:
        return actor.user is None
    return access.holds_role(actor.user, appeal, actor.role)


@transaction.atomic
def perform(
    appeal: Appeal, name: str, actor: Actor, *, comment: str = "", now: datetime.datetime | None = None, **params
) -> AppealEvent:
    """Makes one transition; `now` is the moment it happens (the clock, unless a caller replays one)."""
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise TransitionError(_("Unknown action."))
    # Re-read under a row lock: two members of staff acting at once see each other's result.
    locked = Appeal.objects.select_for_update().get(pk=appeal.pk)
    if locked.status not in transition.sources:
        raise TransitionError(
            _("“%(action)s” is not possible while the appeal is “%(status)s”.")
            % {"action": transition.label, "status": locked.get_status_display()}
        )
    if not may(transition, locked, actor):
        raise TransitionError(_("You may not do this with this appeal."))
    comment = (comment or "").strip()
    if transition.comment_required and not comment:
        raise TransitionError(_("A comment is required for this action."))

    from_status = locked.status
    now = now or timezone.now()
    today = timezone.localdate(now)
    detail = _apply_effect(transition, locked, actor, comment, now, today, params)
    if transition.target is not None:
        locked.status = transition.target
    locked.save()
    event = AppealEvent.objects.create(
        appeal=locked,
        action=transition.name,
        from_status=from_status,
        to_status=locked.status,
        actor=actor.user,
        actor_role=actor.role,
        comment=comment,
        detail=detail,
        internal=transition.internal,
        at=now,
    )
    if transition.notify_applicant:
        notifications.notify_applicant(locked, transition.notify_applicant, comment=comment, **detail)
    if transition.notify_staff:
        notifications.notify_staff_of(locked, transition.notify_staff, comment=comment, **detail)
    if transition.effect == "register":
        # Last, so that the counter row is locked only from here to the commit (numbering.py).
        event.detail["number"] = numbering.take(
            _series(locked), locked.registered_on.year, appeal=locked, slot=locked.number
        )
    _copy_fields(locked, appeal)
    return event


def _copy_fields(source: Appeal, target: Appeal) -> None:
    """The caller's object gets the row as it now is (what refresh_from_db would read back)."""
    if target is source:
        return
    for model_field in Appeal._meta.concrete_fields:
        # A changed foreign key id drops the related object cached on the target, as a refresh does.
        setattr(target, model_field.attname, getattr(source, model_field.attname))


def _series(appeal: Appeal) -> str:
    return numbering.ENQUIRY_SERIES if appeal.kind == Kind.ENQUIRY else appeal.body


def _register(appeal: Appeal, now: datetime.datetime, limits: deadlines.Deadlines | None = None) -> dict:
    """The "register" effect: dates and deadlines, and a slot for the number, which the caller
    takes last (numbering.take)."""
    registered_on = timezone.localdate(now)
    limits = limits or deadlines.deadlines_at_registration(appeal.kind, appeal.body, registered_on)
    appeal.registered_at = now
    appeal.registered_on = registered_on
    appeal.due_date, appeal.statutory, appeal.forward_by = limits.due_date, limits.statutory, limits.forward_by
    appeal.number = numbering.slot()
    return {"number": appeal.number, "due_date": appeal.due_date.isoformat()}


def deadlines_for(appeal: Appeal, now: datetime.datetime) -> deadlines.Deadlines:
    """The deadlines `submitting` will give the appeal, read before its transaction opens: on
    SQLite a transaction that reads first and writes later is refused at once when another one
    wrote meanwhile, instead of waiting its turn."""
    return deadlines.deadlines_at_registration(appeal.kind, appeal.body, timezone.localdate(now))


@contextmanager
def submitting(
    appeal: Appeal, actor: Actor, *, now: datetime.datetime, limits: deadlines.Deadlines
) -> Iterator[Appeal]:
    """The applicant's "submit" and the system's "register", one after the other, for a new appeal
    or the applicant's draft: what `perform` does for each, checked against the same table, in a
    handful of statements. Enter it inside the transaction that commits the appeal, with the
    deadlines of `deadlines_for`: it saves the appeal registered, writes both events and the
    acknowledgement; the block adds what belongs to the appeal (its attachments' rows); on
    leaving, the number is taken, the transaction's last statement (numbering.py). An error
    anywhere leaves the transaction to roll back whole. Its first statement is a write."""
    submit, register = TRANSITIONS["submit"], TRANSITIONS["register"]
    system = Actor(None, SYSTEM)
    status = appeal.status if appeal.pk is None else Status.DRAFT
    # A draft may have been sent from another tab meanwhile: its row decides, and the update
    # locks it until the commit.
    if appeal.pk is not None and not Appeal.objects.filter(pk=appeal.pk, status__in=submit.sources).update(
        status=submit.target
    ):
        status = Appeal.objects.filter(pk=appeal.pk).values_list("status", flat=True).first()
    if status not in submit.sources:
        raise TransitionError(
            _("“%(action)s” is not possible while the appeal is “%(status)s”.")
            % {"action": submit.label, "status": Status(status).label if status in Status.values else status}
        )
    if not may(submit, appeal, actor) or not may(register, appeal, system):
        raise TransitionError(_("You may not do this with this appeal."))
    detail = _register(appeal, now, limits)
    appeal.status = register.target
    appeal.save()
    events = AppealEvent.objects.bulk_create([
        AppealEvent(appeal=appeal, action=submit.name, from_status=status, to_status=submit.target, actor=actor.user, actor_role=actor.role, at=now),
        AppealEvent(
            appeal=appeal, action=register.name, from_status=submit.target, to_status=register.target, actor=None,
            actor_role=system.role, detail=detail, at=now,
        ),
    ])  # fmt: skip
    notifications.notify_applicant(appeal, register.notify_applicant, **detail)
    yield appeal
    events[1].detail["number"] = numbering.take(
        _series(appeal), appeal.registered_on.year, appeal=appeal, slot=appeal.number
    )


def _apply_effect(transition, appeal: Appeal, actor: Actor, comment: str, now, today, params) -> dict:
    from django.contrib.auth import get_user_model

    from .models import Message

    effect = transition.effect
    if effect == "register":
        return _register(appeal, now)
    if effect == "assign":
        assignee = params.get("assignee")
        if isinstance(assignee, int):
            assignee = get_user_model().objects.filter(pk=assignee).first()
        if assignee is None or Role.HANDLER not in access.staff_roles(assignee).get(appeal.body, frozenset()):
            raise TransitionError(_("Choose a handler of this body."))
        appeal.assignee = assignee
        return {"assignee": assignee.get_username()}
    if effect == "study":
        if appeal.study_extended:
            raise TransitionError(_("The term has already been extended for extra study."))
        new_due = deadlines.study_due_date(appeal.kind, appeal.body, appeal.registered_on)
        if new_due <= appeal.due_date:
            raise TransitionError(_("The longer term would not move the due date."))
        previous, appeal.due_date, appeal.study_extended = appeal.due_date, new_due, True
        return {"previous_due_date": previous.isoformat(), "due_date": new_due.isoformat()}
    if effect == "extend":
        days = int(params.get("extension_days") or 0)
        if days:
            rule = deadlines.maximum_extension(appeal.kind, appeal.body)
            if days < 0 or appeal.extended_days + days > rule.days:
                raise TransitionError(
                    _("The term can be extended by at most %(days)d days in all.") % {"days": rule.days}
                )
            previous = appeal.due_date
            appeal.due_date = deadlines.extended_due_date(appeal.due_date, days, rule.unit)
            appeal.extended_days += days
            Message.objects.create(
                appeal=appeal, kind=Message.Kind.INFORMATION_REQUEST, text=comment, author=actor.user, created_at=now
            )
            return {
                "extension_days": days,
                "previous_due_date": previous.isoformat(),
                "due_date": appeal.due_date.isoformat(),
            }
        Message.objects.create(
            appeal=appeal, kind=Message.Kind.INFORMATION_REQUEST, text=comment, author=actor.user, created_at=now
        )
        return {}
    if effect == "ask":
        Message.objects.create(
            appeal=appeal, kind=Message.Kind.INFORMATION_REQUEST, text=comment, author=actor.user, created_at=now
        )
        return {}
    if effect == "answer":
        appeal.answer = comment
        appeal.answered_at = now
        Message.objects.create(appeal=appeal, kind=Message.Kind.ANSWER, text=comment, author=actor.user, created_at=now)
        return {"on_time": bool(appeal.due_date is None or today <= appeal.due_date)}
    if effect == "forward":
        target = (params.get("forwarded_to") or "").strip()
        if not target:
            raise TransitionError(_("Name the body the appeal is forwarded to."))
        appeal.forwarded_to = target[:200]
        appeal.closed_at = now
        return {
            "forwarded_to": appeal.forwarded_to,
            "on_time": bool(appeal.forward_by is None or today <= appeal.forward_by),
        }
    if effect == "close":
        appeal.closed_at = now
        reason = params.get("reason")
        if transition.name == "not_consider":
            if reason not in NOT_CONSIDERED_REASONS:
                raise TransitionError(_("Choose the reason the appeal is not considered."))
            return {"reason": reason}
        return {}
    if transition.name == "applicant_reply":
        Message.objects.create(
            appeal=appeal, kind=Message.Kind.APPLICANT, text=comment, author=actor.user, created_at=now
        )
    return {}
