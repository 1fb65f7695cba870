"""Who sees and does what with an appeal. Plain functions over the database, asked on every request.

Applicants: an appeal filed in one's own name is seen only by the person who filed it; an appeal
filed for a legal entity is seen by those who hold the entity's "read appeals" or "submit appeals"
right now, and acted on (messages, withdrawal, rating) only by those who hold "submit appeals"
(cms.accounts.permissions decides the rights). Staff: a membership (body, role) lets a member of
staff see that body's appeals; a handler acts only on the appeals assigned to them.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from cms.accounts.models import LegalEntity, Person, Right
from cms.accounts.permissions import can_act_for

from .models import Appeal, AppealQuerySet, Body, Role, StaffMembership, Status


class AppealNotFound(LookupError):
    """The appeal does not exist or the caller may not see it: both answer the same way."""


# Applicants ----------------------------------------------------------------------------------------


def may_view(person: Person | None, appeal: Appeal) -> bool:
    if person is None or person.is_suspended or appeal.filed_by_id is None:
        return False
    if appeal.entity is not None:
        return can_act_for(person, appeal.entity, Right.READ_APPEALS) or can_act_for(
            person, appeal.entity, Right.SUBMIT_APPEALS
        )
    return appeal.filed_by_id == person.pk


def may_act(person: Person | None, appeal: Appeal) -> bool:
    if person is None or person.is_suspended or appeal.filed_by_id is None:
        return False
    if appeal.entity is not None:
        return can_act_for(person, appeal.entity, Right.SUBMIT_APPEALS)
    return appeal.filed_by_id == person.pk


def may_file_for(person: Person, entity: LegalEntity | None) -> bool:
    if person.is_suspended:
        return False
    return entity is None or can_act_for(person, entity, Right.SUBMIT_APPEALS)


def appeals_of(person: Person, entity: LegalEntity | None) -> QuerySet[Appeal]:
    """The appeals listed in the e-cabinet for the name the person acts in."""
    queryset = Appeal.objects.select_related("category", "entity", "filed_by")
    if entity is None:
        return queryset.filter(filed_by=person, entity__isnull=True)
    if not (can_act_for(person, entity, Right.READ_APPEALS) or can_act_for(person, entity, Right.SUBMIT_APPEALS)):
        return queryset.none()
    # Drafts are the filer's own work in progress; the others see an entity's appeal once it is sent.
    return queryset.filter(entity=entity).filter(~Q(status=Status.DRAFT) | Q(filed_by=person))


def appeal_for_applicant(person: Person | None, public_id, *, act: bool = False) -> Appeal:
    appeal = Appeal.objects.select_related("entity", "filed_by", "category").filter(public_id=public_id).first()
    if person is None or appeal is None or not may_view(person, appeal) or (act and not may_act(person, appeal)):
        raise AppealNotFound
    if appeal.status == Status.DRAFT and appeal.filed_by_id != person.pk:
        raise AppealNotFound
    return appeal


# Staff ---------------------------------------------------------------------------------------------


def staff_roles(user) -> dict[str, frozenset[str]]:
    """{body: roles} for a member of staff; a superuser holds every role in every body."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return {}
    if user.is_superuser:
        return {body: frozenset(Role.values) for body in Body.values}
    roles: dict[str, set[str]] = {}
    for body, role in StaffMembership.objects.filter(user=user).values_list("body", "role"):
        roles.setdefault(body, set()).add(role)
    return {body: frozenset(values) for body, values in roles.items()}


def visible_bodies(user) -> list[str]:
    return sorted(staff_roles(user))


def is_appeals_staff(user) -> bool:
    return bool(staff_roles(user))


def staff_appeals(user) -> AppealQuerySet:
    return (
        Appeal.objects.filter(body__in=visible_bodies(user))
        .exclude(status=Status.DRAFT)
        .select_related("category", "entity", "filed_by", "assignee")
    )


def holds_role(user, appeal: Appeal, role: str, roles: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether `user` may act on `appeal` in `role`: a handler only on the appeals assigned to them.

    `roles`: the user's `staff_roles`, when the caller has already read them."""
    in_body = (staff_roles(user) if roles is None else roles).get(appeal.body, frozenset())
    if role not in in_body:
        return False
    if role == Role.HANDLER and not user.is_superuser:
        return appeal.assignee_id == user.pk
    return True


def appeal_for_staff(user, pk: int) -> Appeal:
    appeal = staff_appeals(user).filter(pk=pk).first()
    if appeal is None:
        raise AppealNotFound
    return appeal


def staff_of(body: str, role: str):
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(appeal_memberships__body=body, appeal_memberships__role=role, is_active=True)
        .distinct()
    )
