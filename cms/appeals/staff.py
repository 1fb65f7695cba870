"""What staff do with appeals, as plain functions the admin views call: the inbox query, acting in
the right role, internal notes, answers with attachments, bulk assignment."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from . import access, attachments, deadlines
from .models import Appeal, AppealEvent, AppealQuerySet, Message, Role
from .workflow import (
    STAFF_ROLES,
    TRANSITIONS,
    Actor,
    TransitionError,
    check_state,
    may,
    message_of,
    perform,
    transition_named,
)

# When a member of staff holds several roles, the one a transition is made in.
ROLE_PREFERENCE = (Role.HANDLER, Role.REGISTRAR, Role.SUPERVISOR)


def actor_for(user, appeal: Appeal, name: str) -> Actor | None:
    """The role `user` makes the transition in on this appeal, or None if they hold none for it."""
    transition = TRANSITIONS[name]
    for role in ROLE_PREFERENCE:
        actor = Actor(user, role.value)
        if role.value in transition.roles and role.value in STAFF_ROLES and may(transition, appeal, actor):
            return actor
    return None


def available_to(user, appeal: Appeal) -> list[str]:
    """What `user` may do with the appeal now, in whichever of their roles allows it."""
    return [name for name, t in TRANSITIONS.items() if appeal.status in t.sources and actor_for(user, appeal, name)]


def act(user, appeal: Appeal, name: str, *, comment: str = "", files=(), **params) -> AppealEvent:
    """Makes a transition as `user`, in the role that allows it; what it writes (an answer, a
    request, a note) may carry files."""
    transition = transition_named(name)
    appeal.refresh_from_db()
    check_state(transition, appeal.status)
    actor = actor_for(user, appeal, name)
    if actor is None:
        raise TransitionError(_("You may not do this with this appeal."))
    checked = attachments.check_files(files, already=0) if files else []
    with attachments.removing_on_failure() as written, transaction.atomic():
        event = perform(appeal, name, actor, comment=comment, **params)
        if checked:
            if event.message is None:
                raise TransitionError(_("Files can be attached only to a text: an answer, a request or a note."))
            attachments.store(
                appeal, checked, written=written, message=event.message, from_staff=True, internal=transition.internal
            )
    return event


def add_note(user, appeal: Appeal, text: str, files=()) -> Message:
    """An internal note: staff only, never shown to the applicant."""
    if not (text or "").strip():
        raise TransitionError(_("The note is empty."))
    return message_of(act(user, appeal, "note", comment=text, files=files))


def bulk_assign(user, appeals, assignee) -> tuple[int, list[str]]:
    """Assigns each appeal it may; returns how many and the numbers refused, with nothing half-done
    on any one appeal."""
    done, refused = 0, []
    for appeal in appeals:
        name = "reassign" if appeal.status in TRANSITIONS["reassign"].sources else "assign"
        try:
            act(user, appeal, name, assignee=assignee)
        except TransitionError:
            refused.append(appeal.number or str(appeal.pk))
        else:
            done += 1
    return done, refused


def inbox(
    user,
    *,
    status: str = "",
    body: str = "",
    kind: str = "",
    category: str = "",
    assignee: str = "",
    deadline: str = "",
    today: datetime.date | None = None,
) -> QuerySet[Appeal]:
    """The staff member's appeals, filtered, with the overdue ones first, then by due date."""
    today = today or timezone.localdate()
    queryset = access.staff_appeals(user)
    if status == "open":
        queryset = queryset.open()
    elif status:
        queryset = queryset.filter(status=status)
    if body:
        queryset = queryset.filter(body=body)
    if kind:
        queryset = queryset.filter(kind=kind)
    if category:
        queryset = queryset.filter(category__key=category)
    if assignee == "me":
        queryset = queryset.filter(assignee=user)
    elif assignee == "none":
        queryset = queryset.filter(assignee__isnull=True)
    elif assignee.isdigit():
        queryset = queryset.filter(assignee_id=int(assignee))
    open_and_overdue = AppealQuerySet.overdue_condition(today)
    if deadline == "overdue":
        queryset = queryset.overdue(today)
    elif deadline == "due_soon":
        queryset = queryset.due_soon(today, deadlines.due_soon_threshold(today, settings.APPEALS_DUE_SOON_WORKING_DAYS))
    return queryset.annotate(
        overdue_first=Case(When(open_and_overdue, then=Value(0)), default=Value(1), output_field=IntegerField())
    ).order_by("overdue_first", "due_date", "pk")


def handlers_of(body: str):
    return access.staff_of(body, Role.HANDLER).order_by("username")
