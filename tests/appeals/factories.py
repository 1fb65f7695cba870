"""People, entities and staff for the appeals tests, made directly in the database (the sign-on has
its own tests; here only who is who matters)."""

from __future__ import annotations

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.accounts.models import LegalEntity, Person, ProfileKind, Representation
from cms.appeals.models import Body, Category, Kind, StaffMembership
from cms.appeals.services import AppealInput, submit

_sequence = itertools.count(1)
ROLE_GROUPS = {
    "registrar": "Appeal registrars",
    "handler": "Appeal handlers",
    "supervisor": "Appeal supervisors",
    "auditor": "Appeal auditors",
}
BAKU = datetime.timezone(datetime.timedelta(hours=4))


def person(fin: str | None = None, *, email: str = "", name: str = "Aysel") -> Person:
    n = next(_sequence)
    fin = fin or f"T{n:06d}"[-7:]
    user = get_user_model().objects.create_user(username=f"applicant-{fin}", password=None)
    return Person.objects.create(
        user=user,
        fin=fin,
        kind=ProfileKind.PHYSICAL_PERSON,
        last_name="Məmmədova",
        first_name=name,
        contact_email=email or f"{fin.lower()}@example.az",
    )


def entity(head: Person, voen: str | None = None) -> LegalEntity:
    n = next(_sequence)
    return LegalEntity.objects.create(voen=voen or f"17{n:08d}", name=f"Xəzər İnvest MMC {n}", head_fin=head.fin)


def representative(
    of: LegalEntity, granted_by: Person, *, submit_right: bool = False, read_right: bool = False
) -> Person:
    rep = person()
    Representation.objects.create(
        entity=of, fin=rep.fin, granted_by=granted_by, can_submit_appeals=submit_right, can_read_appeals=read_right
    )
    return rep


def staff(body: str, role: str, *, username: str | None = None, email: str | None = None):
    n = next(_sequence)
    username = username or f"{role}-{body.lower()}-{n}"
    user = get_user_model().objects.create_user(
        username=username, email=email if email is not None else f"{username}@economy.gov.az", password=None
    )
    StaffMembership.objects.create(user=user, body=body, role=role)
    # The groups of the data migration give the admin access and the menu.
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    return user


def category(key: str = "taxation") -> Category:
    return Category.objects.get(key=key)


def appeal_input(**overrides) -> AppealInput:
    values = dict(
        body=Body.MINISTRY,
        kind=Kind.APPLICATION,
        category=category(),
        subject="ƏDV qaytarılması",
        text="Əlavə dəyər vergisinin qaytarılması qaydası barədə məlumat istəyirəm.",
        answer_language="az",
        consent=True,
        contact_email="aysel@example.az",
    )
    values.update(overrides)
    return AppealInput(**values)


def registered(filer: Person, *, on: datetime.date | None = None, entity_=None, **overrides):
    now = datetime.datetime.combine(on, datetime.time(10, 0), tzinfo=BAKU) if on else None
    return submit(filer, entity_, appeal_input(**overrides), now=now)
