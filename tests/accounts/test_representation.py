"""Who may act for a legal entity (Regulation 5.2): plain functions, checked against the database."""

import pytest

from cms.accounts.models import LegalEntity, Representation, Right
from cms.accounts.permissions import RepresentationError, can_act_for, entities_for, grant, revoke, rights_for
from cms.core.audit import AuditAction, AuditEntry

from .factories import CITIZEN, EMPLOYEE, HEAD, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def head():
    return signed_in(HEAD).person


@pytest.fixture
def employee():
    return signed_in(EMPLOYEE).person


@pytest.fixture
def logistics(head):
    return LegalEntity.objects.get(voen="1700812341")


def test_the_head_holds_every_right_and_an_employee_none_until_registered(head, employee, logistics):
    assert all(can_act_for(head, logistics, right) for right in Right)
    assert not any(can_act_for(employee, logistics, right) for right in Right)
    assert entities_for(employee) == []
    assert [entity.voen for entity in entities_for(head)] == ["1701234561", "1700812341"]  # by name: Qarabağ, Xəzər


def test_a_responsible_person_holds_exactly_the_rights_granted(head, employee, logistics):
    grant(head, logistics, employee.fin, [Right.READ_APPEALS])
    assert can_act_for(employee, logistics, Right.READ_APPEALS)
    assert not can_act_for(employee, logistics, Right.SUBMIT_APPEALS)
    assert not can_act_for(employee, logistics, Right.MANAGE_REPRESENTATIVES)
    other = LegalEntity.objects.get(voen="1701234561")
    assert not any(can_act_for(employee, other, right) for right in Right)
    assert entities_for(employee) == [logistics]


def test_changing_rights_keeps_one_registration_and_is_audited(head, employee, logistics):
    grant(head, logistics, employee.fin, [Right.READ_APPEALS])
    grant(head, logistics, employee.fin, [Right.SUBMIT_APPEALS, Right.READ_APPEALS])
    assert Representation.objects.filter(entity=logistics, fin=employee.fin).count() == 1
    assert rights_for(employee, logistics) == {Right.SUBMIT_APPEALS, Right.READ_APPEALS}
    actions = list(AuditEntry.objects.filter(subject="entity 1700812341").values_list("action", flat=True))
    assert AuditAction.REPRESENTATIVE_GRANTED in actions and AuditAction.REPRESENTATIVE_CHANGED in actions


def test_revocation_takes_away_every_right_at_once(head, employee, logistics):
    grant(head, logistics, employee.fin, list(Right))
    revoke(head, logistics, employee.fin)
    assert rights_for(employee, logistics) == frozenset()
    assert entities_for(employee) == []
    revoked = Representation.objects.get(entity=logistics, fin=employee.fin)
    assert revoked.revoked_by == head and revoked.revoked_at is not None
    assert AuditEntry.objects.filter(action=AuditAction.REPRESENTATIVE_REVOKED).exists()


def test_registration_by_fin_works_before_the_person_first_signs_in(head, logistics):
    grant(head, logistics, "5ZJBKQH", [Right.SUBMIT_APPEALS])
    citizen = signed_in(CITIZEN).person
    assert can_act_for(citizen, logistics, Right.SUBMIT_APPEALS)


def test_only_those_with_the_manage_right_may_grant(head, employee, logistics):
    with pytest.raises(PermissionError):
        grant(employee, logistics, "5ZJBKQH", [Right.READ_APPEALS])
    grant(head, logistics, employee.fin, [Right.MANAGE_REPRESENTATIVES])
    grant(employee, logistics, "5ZJBKQH", [Right.READ_APPEALS])
    assert Representation.objects.filter(entity=logistics, fin="5ZJBKQH", granted_by=employee).exists()


def test_the_head_cannot_be_registered_and_a_grant_needs_a_right(head, logistics):
    with pytest.raises(RepresentationError):
        grant(head, logistics, head.fin, [Right.READ_APPEALS])
    with pytest.raises(RepresentationError):
        grant(head, logistics, "5ZJBKQH", [])


def test_a_suspended_person_holds_no_rights(head, employee, logistics):
    from cms.accounts.admin_views import set_suspension

    grant(head, logistics, employee.fin, list(Right))
    set_suspension(head, suspended=True, reason="Test")
    set_suspension(employee, suspended=True, reason="Test")
    assert rights_for(head, logistics) == frozenset()
    assert rights_for(employee, logistics) == frozenset()
    assert entities_for(head) == []


def test_a_new_head_in_the_registry_takes_the_heads_rights_from_the_old_one(head, employee, logistics, tmp_path):
    import json
    import shutil

    from cms.accounts.exchange.fixtures import DEFAULT_PATH, FixtureExchange

    copy = tmp_path / "registry.json"
    shutil.copy(DEFAULT_PATH, copy)
    data = json.loads(copy.read_text())
    data["taxpayers"]["1700812341"]["person_fin"] = employee.fin
    copy.write_text(json.dumps(data))
    # The former head signs in again: the registry is asked about the entity they headed.
    signed_in(HEAD, exchange=FixtureExchange(copy))
    logistics.refresh_from_db()
    assert logistics.head_fin == employee.fin
    assert rights_for(head, logistics) == frozenset()
    assert all(can_act_for(employee, logistics, right) for right in Right)
