"""The appeal's state machine, declared once, as data.

    draft → submitted → registered → assigned → in review → answered → closed
                                                 in review → information requested ⇄ awaiting applicant
    registered / assigned / in review → forwarded (to the competent body; the applicant is told)
    submitted … in review → not considered (anonymous or repeated, with the reason)
    any state before the answer → withdrawn (by the applicant)

Everything that happens to an appeal is a transition, including what keeps its state: a message
or a complaint from the applicant, a rating of the answer, an internal note of staff. Each names
the states it is possible in, the state it enters, who may make it, whether a comment is required,
its effect (a named function below) and its notices to the applicant or to staff.

`available(appeal, actor)` is the one question the cabinet, the API and the admin ask about what
may be done; `perform()` the only way to do it: it locks the row, checks the state and the actor,
applies the effect, records the event and writes the notices to the outbox, in one transaction.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import access, deadlines, notifications, numbering
from .models import BEFORE_ANSWER, Appeal, AppealEvent, Kind, Message, Role, Status

if TYPE_CHECKING:
    from django.contrib.auth.models import User

APPLICANT = "applicant"
SYSTEM = "system"
REGISTRAR, HANDLER, SUPERVISOR = Role.REGISTRAR.value, Role.HANDLER.value, Role.SUPERVISOR.value
STAFF_ROLES = frozenset({REGISTRAR, HANDLER, SUPERVISOR})


class TransitionError(Exception):
    """A transition the appeal's state or the actor does not allow; the message is for people."""


@dataclass
class Actor:
    user: User | None
    role: str  # applicant, system, registrar, handler, supervisor


@dataclass
class Step:
    """One transition being made, as its effect sees it: the locked appeal, which the effect may
    change (perform saves it), and what the caller gave."""

    transition: Transition
    appeal: Appeal
    actor: Actor
    comment: str
    now: datetime.datetime
    params: dict
    message: Message | None = None  # the message the step wrote, if any

    @property
    def today(self) -> datetime.date:
        return timezone.localdate(self.now)

    def write(self, kind: str) -> dict:
        """The step's comment kept as a message of this kind in the appeal's thread."""
        self.message = Message.objects.create(
            appeal=self.appeal, kind=kind, text=self.comment, author=self.actor.user, created_at=self.now
        )
        return {}


Effect = Callable[[Step], dict]


@dataclass(frozen=True)
class Transition:
    name: str
    label: str | Promise
    sources: tuple[str, ...]
    target: str | None  # None: the appeal stays in its state (a message, a reassignment, an extension)
    roles: frozenset[str]
    comment_required: bool = False
    effect: Effect | None = None  # returns what the event's detail records
    notify_applicant: str = ""
    notify_staff: str = ""
    internal: bool = False  # not shown in the applicant's timeline
    params: tuple[str, ...] = field(default=())
    # Staff may make it on any appeal of their body, not only on those assigned to them.
    body_wide: bool = False
    # Made with a form of its own (a message, a note, a rating), not among the admin's state buttons.
    own_form: bool = False
    takes_number: bool = False  # registration: the number is taken last (numbering.py)
    # Why it is refused in a state outside `sources`, by state; None: in any other state.
    refusals: Mapping[str | None, str | Promise] = field(default_factory=dict)


# The effects, one named function each. Each may refuse with a TransitionError, which rolls the
# whole transition back.


def register(step: Step) -> dict:
    return _register(step.appeal, step.now)


def assign(step: Step) -> dict:
    from django.contrib.auth import get_user_model

    assignee = step.params.get("assignee")
    if isinstance(assignee, int):
        assignee = get_user_model().objects.filter(pk=assignee).first()
    if assignee is None or Role.HANDLER not in access.staff_roles(assignee).get(step.appeal.body, frozenset()):
        raise TransitionError(_("Choose a handler of this body."))
    step.appeal.assignee = assignee
    return {"assignee": assignee.get_username()}


def extend_for_study(step: Step) -> dict:
    appeal = step.appeal
    registered_on, previous = _registered(appeal)
    if appeal.study_extended:
        raise TransitionError(_("The term has already been extended for extra study."))
    new_due = deadlines.study_due_date(appeal.kind, appeal.body, registered_on)
    if new_due <= previous:
        raise TransitionError(_("The longer term would not move the due date."))
    appeal.due_date, appeal.study_extended = new_due, True
    return {"previous_due_date": previous.isoformat(), "due_date": new_due.isoformat()}


def request_information(step: Step) -> dict:
    """The request goes into the thread; the term may be extended by `extension_days` with it."""
    appeal, days = step.appeal, int(step.params.get("extension_days") or 0)
    step.write(Message.Kind.INFORMATION_REQUEST)
    if not days:
        return {}
    rule = deadlines.maximum_extension(appeal.kind, appeal.body)
    if days < 0 or appeal.extended_days + days > rule.days:
        raise TransitionError(_("The term can be extended by at most %(days)d days in all.") % {"days": rule.days})
    _registered_on, previous = _registered(appeal)
    appeal.due_date = new_due = deadlines.extended_due_date(previous, days, rule.unit)
    appeal.extended_days += days
    return {"extension_days": days, "previous_due_date": previous.isoformat(), "due_date": new_due.isoformat()}


def _registered(appeal: Appeal) -> tuple[datetime.date, datetime.date]:
    """The registration date and the due date, which every state after registration has."""
    if appeal.registered_on is None or appeal.due_date is None:
        raise TransitionError(_("The appeal has not been registered yet."))
    return appeal.registered_on, appeal.due_date


def ask_applicant(step: Step) -> dict:
    return step.write(Message.Kind.INFORMATION_REQUEST)


def applicant_writes(step: Step) -> dict:
    """A message from the applicant; while staff await the applicant, the reply."""
    return step.write(Message.Kind.APPLICANT)


def complain(step: Step) -> dict:
    return step.write(Message.Kind.HANDLING_COMPLAINT)


def note(step: Step) -> dict:
    return step.write(Message.Kind.NOTE)


def answer(step: Step) -> dict:
    appeal = step.appeal
    appeal.answer, appeal.answered_at = step.comment, step.now
    step.write(Message.Kind.ANSWER)
    return {"on_time": bool(appeal.due_date is None or step.today <= appeal.due_date)}


def rate(step: Step) -> dict:
    rating = step.params.get("rating")
    if rating not in range(1, 6):
        raise TransitionError(_("Choose a rating from 1 to 5."))
    step.appeal.rating, step.appeal.rating_comment = rating, step.comment
    return {"rating": rating}


def forward(step: Step) -> dict:
    appeal = step.appeal
    target = (step.params.get("forwarded_to") or "").strip()
    if not target:
        raise TransitionError(_("Name the body the appeal is forwarded to."))
    appeal.forwarded_to, appeal.closed_at = target[:200], step.now
    return {
        "forwarded_to": appeal.forwarded_to,
        "on_time": bool(appeal.forward_by is None or step.today <= appeal.forward_by),
    }


def close(step: Step) -> dict:
    step.appeal.closed_at = step.now
    return {}


def not_consider(step: Step) -> dict:
    reason = step.params.get("reason")
    if reason not in NOT_CONSIDERED_REASONS:
        raise TransitionError(_("Choose the reason the appeal is not considered."))
    close(step)
    return {"reason": reason}


AFTER_ANSWER = (Status.ANSWERED, Status.CLOSED)
ENDED = (Status.CLOSED, Status.FORWARDED, Status.NOT_CONSIDERED, Status.WITHDRAWN)
NOT_DRAFT = tuple(status for status in Status if status != Status.DRAFT)

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
            effect=register,
            notify_applicant="registered",
            takes_number=True,
        ),
        Transition(
            "assign",
            _("Assign"),
            (Status.REGISTERED,),
            Status.ASSIGNED,
            frozenset({REGISTRAR, SUPERVISOR}),
            effect=assign,
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
            effect=assign,
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
            effect=extend_for_study,
            notify_applicant="extended",
        ),
        Transition(
            "request_information",
            _("Request additional information"),
            (Status.IN_REVIEW,),
            Status.INFORMATION_REQUESTED,
            frozenset({HANDLER, SUPERVISOR}),
            comment_required=True,
            effect=request_information,
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
            effect=ask_applicant,
            notify_applicant="information_requested",
        ),
        Transition(
            "applicant_reply",
            _("Reply"),
            (Status.AWAITING_APPLICANT,),
            Status.INFORMATION_REQUESTED,
            frozenset({APPLICANT}),
            comment_required=True,
            effect=applicant_writes,
            notify_staff="applicant_replied",
            own_form=True,
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
            effect=answer,
            notify_applicant="answered",
        ),
        Transition(
            "close",
            _("Close"),
            (Status.ANSWERED,),
            Status.CLOSED,
            frozenset({APPLICANT, HANDLER, SUPERVISOR}),
            effect=close,
        ),
        Transition(
            "forward",
            _("Forward to the competent body"),
            (Status.REGISTERED, Status.ASSIGNED, Status.IN_REVIEW),
            Status.FORWARDED,
            frozenset({REGISTRAR, HANDLER, SUPERVISOR}),
            comment_required=True,
            effect=forward,
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
            effect=not_consider,
            notify_applicant="not_considered",
            params=("reason",),
        ),
        Transition(
            "withdraw",
            _("Withdraw"),
            BEFORE_ANSWER,
            Status.WITHDRAWN,
            frozenset({APPLICANT}),
            effect=close,
            notify_staff="withdrawn",
        ),
        # What keeps the state. The applicant writes until the appeal has ended (while staff await
        # them, what they write is the reply above).
        Transition(
            "message",
            _("Write to us"),
            tuple(s for s in NOT_DRAFT if s not in ENDED and s != Status.AWAITING_APPLICANT),
            None,
            frozenset({APPLICANT}),
            comment_required=True,
            effect=applicant_writes,
            notify_staff="applicant_message",
            own_form=True,
            refusals={None: _("Messages can no longer be sent on this appeal.")},
        ),
        # A complaint about the handling (Regulation 9.1.6) needs a handling to complain about: not
        # before registration, and not once the applicant has withdrawn the appeal themselves.
        Transition(
            "handling_complaint",
            _("Complain about the handling"),
            tuple(s for s in NOT_DRAFT if s not in (Status.SUBMITTED, Status.WITHDRAWN)),
            None,
            frozenset({APPLICANT}),
            comment_required=True,
            effect=complain,
            notify_staff="handling_complaint",
            own_form=True,
            refusals={
                Status.DRAFT: _("The appeal has not been registered yet."),
                Status.SUBMITTED: _("The appeal has not been registered yet."),
                Status.WITHDRAWN: _(
                    "A withdrawn appeal is no longer handled, so there is no handling to complain about."
                ),
            },
        ),
        Transition(
            "rate",
            _("Rate the answer"),
            AFTER_ANSWER,
            None,
            frozenset({APPLICANT}),
            effect=rate,
            own_form=True,
            params=("rating",),
            refusals={None: _("Only an answered appeal can be rated.")},
        ),
        Transition(
            "note",
            _("Add an internal note"),
            NOT_DRAFT,
            None,
            STAFF_ROLES,
            comment_required=True,
            effect=note,
            internal=True,
            body_wide=True,
            own_form=True,
        ),
    ]
}

NOT_CONSIDERED_REASONS = {
    "anonymous": _("Anonymous: the applicant cannot be identified (Law on Citizens' Appeals, Art. 6.3)"),
    "repeated": _("Repeated with no new information after three reasoned answers within a year (Art. 8.1.4)"),
    "other": _("Other reason under the law"),
}


# What each event in an appeal's history says, as something that happened (the transitions' own
# labels are the imperative names of buttons). The history shows these, never the codes.
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
    "rate": pgettext_lazy("appeal event", "Answer rated"),
    "note": pgettext_lazy("appeal event", "Internal note added"),
}


def event_label(action: str) -> str | Promise:
    """The history's words for an event; an action unknown here reads as its transition's name."""
    if action in EVENT_LABELS:
        return EVENT_LABELS[action]
    transition = TRANSITIONS.get(action)
    return transition.label if transition else action.replace("_", " ")


def available(appeal: Appeal, actor: Actor) -> list[Transition]:
    """What this actor may do with the appeal now: the one question every page asks."""
    candidates = [t for t in TRANSITIONS.values() if appeal.status in t.sources and actor.role in t.roles]
    if not candidates:
        return []
    allowed = _rights(appeal, actor)
    return [t for t in candidates if allowed(t)]


def may(transition: Transition, appeal: Appeal, actor: Actor) -> bool:
    """Whether the actor, in their role, may make `transition` on this appeal, whatever its state
    (`available` adds the state; `perform` checks both)."""
    return actor.role in transition.roles and _rights(appeal, actor)(transition)


def _rights(appeal: Appeal, actor: Actor) -> Callable[[Transition], bool]:
    """The actor's rights on the appeal, read once (a query at most), as a test of one transition."""
    if actor.role == APPLICANT:
        acts = access.may_act(getattr(actor.user, "applicant", None), appeal)
        return lambda transition: acts
    if actor.role == SYSTEM:
        return lambda transition: actor.user is None
    roles = access.staff_roles(actor.user)
    in_body = actor.role in roles.get(appeal.body, frozenset())
    on_appeal = access.holds_role(actor.user, appeal, actor.role, roles=roles)
    # A body-wide step (a note) is open to every member in the role; the others to whom the appeal is theirs.
    return lambda transition: in_body if transition.body_wide else on_appeal


def check_state(transition: Transition, status: str) -> None:
    """Refuses, in words, a transition the appeal's state does not allow."""
    if status in transition.sources:
        return
    refusal = transition.refusals.get(status) or transition.refusals.get(None)
    if refusal:
        raise TransitionError(refusal)
    raise TransitionError(
        _("“%(action)s” is not possible while the appeal is “%(status)s”.")
        % {"action": transition.label, "status": Status(status).label if status in Status.values else status}
    )


def transition_named(name: str) -> Transition:
    try:
        return TRANSITIONS[name]
    except KeyError:
        raise TransitionError(_("Unknown action.")) from None


@transaction.atomic
def perform(
    appeal: Appeal, name: str, actor: Actor, *, comment: str = "", now: datetime.datetime | None = None, **params
) -> AppealEvent:
    """Makes one transition; `now` is the moment it happens (the clock, unless a caller replays one).
    The event returned carries the message the step wrote, if any, as `event.message`."""
    transition = transition_named(name)
    # Re-read under a row lock: two members of staff acting at once see each other's result.
    locked = Appeal.objects.select_for_update().get(pk=appeal.pk)
    check_state(transition, locked.status)
    if not may(transition, locked, actor):
        raise TransitionError(_("You may not do this with this appeal."))
    comment = (comment or "").strip()
    if transition.comment_required and not comment:
        raise TransitionError(_("A comment is required for this action."))

    from_status = locked.status
    step = Step(transition, locked, actor, comment, now or timezone.now(), params)
    detail = transition.effect(step) if transition.effect else {}
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
        at=step.now,
    )
    event.message = step.message
    if transition.notify_applicant:
        notifications.notify_applicant(locked, transition.notify_applicant, comment=comment, **detail)
    if transition.notify_staff:
        notifications.notify_staff_of(locked, transition.notify_staff, comment=comment, **detail)
    if transition.takes_number:
        # Last, so that the counter row is locked only from here to the commit (numbering.py).
        event.detail["number"] = _take_number(locked)
    _copy_fields(locked, appeal)
    return event


def message_of(event: AppealEvent) -> Message:
    """The message a step that writes one wrote (a message, a complaint, an answer, a note)."""
    if event.message is None:
        raise ValueError(f"“{event.action}” writes no message")
    return event.message


def _copy_fields(source: Appeal, target: Appeal) -> None:
    """The caller's object gets the row as it now is (what refresh_from_db would read back)."""
    if target is source:
        return
    for model_field in Appeal._meta.concrete_fields:
        # A changed foreign key id drops the related object cached on the target, as a refresh does.
        setattr(target, model_field.attname, getattr(source, model_field.attname))


def _take_number(appeal: Appeal) -> str:
    """The registered appeal's number in its series and year, in the slot `_register` reserved."""
    if appeal.registered_on is None or appeal.number is None:
        raise TransitionError(_("The appeal has not been registered yet."))
    series = numbering.ENQUIRY_SERIES if appeal.kind == Kind.ENQUIRY else appeal.body
    return numbering.take(series, appeal.registered_on.year, appeal=appeal, slot=appeal.number)


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
    status: str | None = appeal.status if appeal.pk is None else Status.DRAFT
    # A draft may have been sent from another tab meanwhile: its row decides, and the update
    # locks it until the commit.
    if appeal.pk is not None and not Appeal.objects.filter(pk=appeal.pk, status__in=submit.sources).update(
        status=submit.target
    ):
        status = Appeal.objects.filter(pk=appeal.pk).values_list("status", flat=True).first()
    check_state(submit, status or "")
    assert status is not None and submit.target is not None and register.target is not None  # for the type checker
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
    events[1].detail["number"] = _take_number(appeal)
