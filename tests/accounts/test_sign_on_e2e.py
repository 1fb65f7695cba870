"""Signing in over real HTTP: the portal and the development identity provider on one live server,
a requests session as the browser, every step of the authorization-code flow taken for real."""

import pytest

from cms.accounts.models import LegalEntity, Person, ProfileKind
from cms.core.audit import AuditAction, AuditEntry

pytestmark = pytest.mark.django_db(transaction=True)


def test_anonymous_visit_to_the_cabinet_starts_the_sign_in_at_the_provider(browser):
    page = browser().open("/cabinet/")
    assert page.status_code == 200
    assert "/dev-idp/sign-in/" in page.url
    assert "5ZJBKQH" in page.text  # the test identities are listed


@pytest.mark.parametrize(
    ("identity", "fin", "kind"),
    [
        ("citizen", "5ZJBKQH", ProfileKind.PHYSICAL_PERSON),
        ("sole_proprietor", "6KL3M2P", ProfileKind.SOLE_PROPRIETOR),
        ("entity_head", "2AB7C9D", ProfileKind.PHYSICAL_PERSON),
        ("responsible_person", "3EF4G5H", ProfileKind.PHYSICAL_PERSON),
        ("foreigner", "7TR2K8N", ProfileKind.FOREIGNER),
        ("stateless", "8SL5Q1W", ProfileKind.STATELESS),
    ],
)
def test_first_sign_in_opens_the_right_profile_and_the_next_one_refreshes_it(
    browser, registry, identities, identity, fin, kind
):
    page = browser().sign_in(identity)
    assert page.status_code == 200
    assert page.url.endswith("/az/cabinet/")
    person = Person.objects.get(fin=fin)
    assert person.kind == kind
    assert not person.user.is_staff and not person.user.has_usable_password()
    assert person.registration_address == registry.read()["addresses"][fin]
    assert f'data-kind="{kind}"' in page.text
    assert AuditEntry.objects.filter(action=AuditAction.SIGN_IN, subject=f"person {fin}").count() == 1

    if kind == ProfileKind.SOLE_PROPRIETOR:
        assert person.voen == "1300456781"
        assert [a["code"] for a in person.activities] == ["62.01", "62.02"]
    if kind in (ProfileKind.FOREIGNER, ProfileKind.STATELESS):
        permit = registry.read()["residence_permits"][fin]
        assert (person.residence_permit_kind, person.residence_permit_number) == (permit["kind"], permit["number"])
    if identity == "entity_head":
        assert set(LegalEntity.objects.values_list("voen", flat=True)) == {"1700812341", "1701234561"}
        assert set(LegalEntity.objects.values_list("head_fin", flat=True)) == {fin}
    else:
        assert not LegalEntity.objects.exists()  # only a head opens an entity's e-cabinet

    # The registries and the sign-on change; the next sign-in brings the profile up to date.
    data = registry.read()
    data["addresses"][fin] = "Bakı şəhəri, Səbail rayonu, Neftçilər prospekti 1"
    if kind == ProfileKind.SOLE_PROPRIETOR:
        data["taxpayers"]["1300456781"]["activities"].append(
            {"code": "58.29", "name": "Digər proqram təminatının nəşri", "main": False}
        )
    if kind in (ProfileKind.FOREIGNER, ProfileKind.STATELESS):
        data["residence_permits"][fin]["valid_until"] = "2029-12-31"
    if identity == "entity_head":
        data["taxpayers"]["1700812341"]["name"] = '"Xəzər Logistika Qrup" Məhdud Məsuliyyətli Cəmiyyəti'
    registry.write(data)
    people = identities.read()
    entry = next(item for item in people["identities"] if item["key"] == identity)
    entry["user"]["phone"] = "+994509998877"
    identities.write(people)

    browser().sign_in(identity)
    person.refresh_from_db()
    assert Person.objects.filter(fin=fin).count() == 1
    assert person.registration_address == "Bakı şəhəri, Səbail rayonu, Neftçilər prospekti 1"
    assert person.sign_on_phone == "+994509998877"
    if kind == ProfileKind.SOLE_PROPRIETOR:
        assert [a["code"] for a in person.activities] == ["62.01", "62.02", "58.29"]
    if kind in (ProfileKind.FOREIGNER, ProfileKind.STATELESS):
        assert person.residence_permit_valid_until.isoformat() == "2029-12-31"
    if identity == "entity_head":
        assert LegalEntity.objects.get(voen="1700812341").name.startswith('"Xəzər Logistika Qrup"')
    updated = AuditEntry.objects.get(action=AuditAction.PROFILE_UPDATED, subject=f"person {fin}")
    assert "registration_address" in updated.detail["fields"]
