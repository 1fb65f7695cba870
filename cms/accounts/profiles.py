"""Opening and refreshing e-cabinets from the sign-on and the data exchange (Regulation 4.2.1, 5.3).

`sign_in_person()` is called after the sign-on has been verified. On the first sign-in it creates
the applicant's user and profile; on every sign-in it rewrites what the registries say, so that the
profile never drifts from its sources. The applicant's own contact e-mail and phone are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cms.core.audit import AuditAction, record

from .exchange import DataExchange, Taxpayer, TaxpayerKind, data_exchange
from .models import LegalEntity, Person, ProfileKind
from .sso.claims import SignOnIdentity
from .sso.config import sign_on_config


class ApplicantSuspended(Exception):
    def __init__(self, person: Person):
        self.person = person
        super().__init__(f"applicant {person.fin} is suspended")


@dataclass
class SignInResult:
    person: Person
    created: bool
    changed: list[str] = field(default_factory=list)
    entities: list[LegalEntity] = field(default_factory=list)


def profile_kind(citizenship: str, *, sole_proprietor: bool) -> str:
    config = sign_on_config()
    if citizenship not in config.citizen_values:
        return ProfileKind.STATELESS if citizenship in config.stateless_values else ProfileKind.FOREIGNER
    return ProfileKind.SOLE_PROPRIETOR if sole_proprietor else ProfileKind.PHYSICAL_PERSON


def _assign(instance, values: dict) -> list[str]:
    changed = []
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.append(name)
    return changed


def _person_values(identity: SignOnIdentity, exchange: DataExchange, taxpayers: list[Taxpayer]) -> dict:
    business = next(
        (
            taxpayer
            for taxpayer in taxpayers
            if taxpayer.kind == TaxpayerKind.SOLE_PROPRIETOR and taxpayer.person_fin == identity.fin and taxpayer.active
        ),
        None,
    )
    kind = profile_kind(identity.citizenship, sole_proprietor=business is not None)
    values = {
        "subject": identity.subject,
        "kind": kind,
        "last_name": identity.last_name,
        "first_name": identity.first_name,
        "patronymic": identity.patronymic,
        "citizenship": identity.citizenship,
        "sign_on_phone": identity.phone,
        "registration_address": exchange.registration_address(identity.fin),
        "voen": business.voen if business else "",
        "activities": [activity.as_dict() for activity in business.activities] if business else [],
        "taxpayer_registered_on": business.registered_on if business else None,
        "tax_authority": business.tax_authority if business else "",
        "residence_permit_kind": "",
        "residence_permit_number": "",
        "residence_permit_issued_on": None,
        "residence_permit_valid_until": None,
    }
    if kind in (ProfileKind.FOREIGNER, ProfileKind.STATELESS):
        permit = exchange.residence_permit(identity.fin)
        if permit is not None:
            values.update(
                residence_permit_kind=permit.kind,
                residence_permit_number=permit.number,
                residence_permit_issued_on=permit.issued_on,
                residence_permit_valid_until=permit.valid_until,
            )
    return values


def _entity_values(taxpayer: Taxpayer) -> dict:
    return {
        "name": taxpayer.name,
        "legal_form": taxpayer.legal_form,
        "legal_address": taxpayer.address,
        "activities": [activity.as_dict() for activity in taxpayer.activities],
        "taxpayer_registered_on": taxpayer.registered_on,
        "tax_authority": taxpayer.tax_authority,
        "registry_email": taxpayer.email,
        "registry_phone": taxpayer.phone,
        "head_fin": taxpayer.person_fin,
        "head_name": taxpayer.person_name,
    }


def refresh_entities(
    person: Person, identity: SignOnIdentity, taxpayers: list[Taxpayer], request=None
) -> list[LegalEntity]:
    """Opens or refreshes the e-cabinets of the legal entities this person heads.

    Entities whose taxpayer record now names another head are refreshed too, so a former head
    loses the head's rights at once.
    """
    headed = []
    for taxpayer in taxpayers:
        if taxpayer.kind != TaxpayerKind.LEGAL_ENTITY:
            continue
        entity = LegalEntity.objects.select_for_update().filter(voen=taxpayer.voen).first()
        if entity is None and (taxpayer.person_fin != identity.fin or not taxpayer.active):
            continue  # only the head opens an entity's e-cabinet
        values = _entity_values(taxpayer)
        if entity is None:
            entity = LegalEntity.objects.create(voen=taxpayer.voen, refreshed_at=timezone.now(), **values)
            record(AuditAction.PROFILE_CREATED, request=request, actor=person.user, subject=f"entity {entity.voen}")
        else:
            changed = _assign(entity, values)
            entity.refreshed_at = timezone.now()
            entity.save()
            if changed:
                record(
                    AuditAction.PROFILE_UPDATED,
                    request=request,
                    actor=person.user,
                    subject=f"entity {entity.voen}",
                    fields=changed,
                )
        if entity.head_fin == identity.fin and taxpayer.active:
            headed.append(entity)
    return headed


@transaction.atomic
def sign_in_person(identity: SignOnIdentity, *, request=None, exchange: DataExchange | None = None) -> SignInResult:
    exchange = exchange or data_exchange()
    person = Person.objects.select_for_update().filter(fin=identity.fin).first()
    if person is not None and person.is_suspended:
        raise ApplicantSuspended(person)

    # Certificates name the VÖENs the person holds a signature for; entities they head already
    # are looked up again even without one, so that a change of head in the registry is seen.
    voens = list(identity.voens) + list(
        LegalEntity.objects.filter(head_fin=identity.fin)
        .exclude(voen__in=identity.voens)
        .values_list("voen", flat=True)
    )
    taxpayers = [taxpayer for voen in voens if (taxpayer := exchange.taxpayer(voen)) is not None]
    values = _person_values(identity, exchange, taxpayers)

    created = person is None
    if person is None:
        user = get_user_model().objects.create(username=f"applicant:{identity.fin}", is_staff=False, is_superuser=False)
        user.set_unusable_password()
        user.save(update_fields=["password"])
        person = Person(user=user, fin=identity.fin, **values)
        changed = []
    else:
        changed = _assign(person, values)
    # An approved correction is dropped once the registry itself says the same.
    person.corrections = {name: value for name, value in person.corrections.items() if getattr(person, name) != value}
    person.refreshed_at = timezone.now()
    person.save()
    if created:
        record(
            AuditAction.PROFILE_CREATED,
            request=request,
            actor=person.user,
            subject=f"person {person.fin}",
            kind=person.kind,
        )
    elif changed:
        record(
            AuditAction.PROFILE_UPDATED,
            request=request,
            actor=person.user,
            subject=f"person {person.fin}",
            fields=changed,
        )

    entities = refresh_entities(person, identity, taxpayers, request=request)
    return SignInResult(person=person, created=created, changed=changed, entities=entities)
