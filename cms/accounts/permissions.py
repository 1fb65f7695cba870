"""Who may act for whom (Regulation 5.2). Plain functions, read from the database on every call.

Nothing is cached in the session: a right revoked by the head is gone on the responsible person's
very next request. The appeals subsystem asks `can_act_for(person, entity, Right.SUBMIT_APPEALS)`
before it accepts an appeal in an entity's name, and `Right.READ_APPEALS` before it lists them.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core.audit import AuditAction, record

from .models import LegalEntity, Person, Representation, Right

ALL_RIGHTS = frozenset(str(right) for right in Right)


class RepresentationError(Exception):
    """A representation change that is not allowed; the message is for the person who tried."""


def is_head(person: Person, entity: LegalEntity) -> bool:
    return bool(person.fin) and person.fin == entity.head_fin


def active_representation(fin: str, entity: LegalEntity) -> Representation | None:
    return Representation.objects.filter(entity=entity, fin=fin, revoked_at__isnull=True).first()


def rights_for(person: Person | None, entity: LegalEntity) -> frozenset[str]:
    """The rights a person holds for an entity now: all of them for its head, none when suspended."""
    if person is None or person.is_suspended:
        return frozenset()
    if is_head(person, entity):
        return ALL_RIGHTS
    representation = active_representation(person.fin, entity)
    return representation.rights() if representation else frozenset()


def can_act_for(person: Person | None, entity: LegalEntity, right: str) -> bool:
    return str(right) in rights_for(person, entity)


def entities_for(person: Person | None) -> list[LegalEntity]:
    """The legal entities a person may act for in some way, by name."""
    if person is None or person.is_suspended:
        return []
    represented = Representation.objects.filter(fin=person.fin, revoked_at__isnull=True).filter(
        Q(can_submit_appeals=True) | Q(can_read_appeals=True) | Q(can_manage_representatives=True)
    )
    return list(
        LegalEntity.objects.filter(Q(head_fin=person.fin) | Q(pk__in=represented.values("entity_id"))).order_by("name")
    )


def _flags(rights) -> dict[str, bool]:
    rights = {str(right) for right in rights}
    unknown = rights - ALL_RIGHTS
    if unknown:
        raise RepresentationError(f"Unknown rights: {', '.join(sorted(unknown))}")
    return {
        "can_submit_appeals": Right.SUBMIT_APPEALS in rights,
        "can_read_appeals": Right.READ_APPEALS in rights,
        "can_manage_representatives": Right.MANAGE_REPRESENTATIVES in rights,
    }


def _require_manager(actor: Person, entity: LegalEntity) -> None:
    if not can_act_for(actor, entity, Right.MANAGE_REPRESENTATIVES):
        raise PermissionError(f"{actor.fin} may not manage the representatives of {entity.voen}")


@transaction.atomic
def grant(actor: Person, entity: LegalEntity, fin: str, rights, *, request=None) -> Representation:
    """Registers a responsible person by FIN, or changes the rights of one already registered."""
    _require_manager(actor, entity)
    fin = fin.strip().upper()
    flags = _flags(rights)
    if fin == entity.head_fin:
        raise RepresentationError(_("The head of the entity already holds every right."))
    if not any(flags.values()):
        raise RepresentationError(_("Choose at least one right."))
    representation = (
        Representation.objects.select_for_update().filter(entity=entity, fin=fin, revoked_at__isnull=True).first()
    )
    if representation is None:
        representation = Representation.objects.create(entity=entity, fin=fin, granted_by=actor, **flags)
        action = AuditAction.REPRESENTATIVE_GRANTED
    else:
        for name, value in flags.items():
            setattr(representation, name, value)
        representation.save()
        action = AuditAction.REPRESENTATIVE_CHANGED
    record(
        action,
        request=request,
        actor=actor.user,
        subject=f"entity {entity.voen}",
        representative=fin,
        rights=sorted(representation.rights()),
    )
    return representation


@transaction.atomic
def revoke(actor: Person, entity: LegalEntity, fin: str, *, request=None) -> None:
    _require_manager(actor, entity)
    representation = (
        Representation.objects.select_for_update().filter(entity=entity, fin=fin, revoked_at__isnull=True).first()
    )
    if representation is None:
        raise RepresentationError(_("This person is not a responsible person of the entity."))
    representation.revoked_at = timezone.now()
    representation.revoked_by = actor
    representation.save()
    record(
        AuditAction.REPRESENTATIVE_REVOKED,
        request=request,
        actor=actor.user,
        subject=f"entity {entity.voen}",
        representative=fin,
    )
