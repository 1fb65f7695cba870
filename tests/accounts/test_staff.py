"""Staff are apart from applicants: the admin needs a second factor, applicants never enter it;
staff suspend applicants and decide corrections with a reason; all of it lands in the audit log,
which nobody can change."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.models import CorrectionRequest, Person
from cms.core.audit import AuditAction, AuditEntry, AuditLogImmutable, record

from .factories import CITIZEN, signed_in

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def two_factor(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def staff_member(username="operator", *, group=None, superuser=False):
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True, is_superuser=superuser)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def password_login(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return response


def later(device):
    """A wrong code makes the device wait before the next try (throttling): let that time pass."""
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now() - datetime.timedelta(minutes=5))
    device.refresh_from_db()


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_staff_without_a_device_must_enrol_before_the_admin_opens(two_factor):
    user = staff_member(superuser=True)
    client = Client()
    password_login(client, user)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/two-factor/enrol/")
    page = client.get(response["Location"])
    assert page.status_code == 200 and 'id="totp-secret"' in page.content.decode()
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    assert client.post("/admin/two-factor/enrol/", {"token": "000000", "next": "/admin/"}).status_code == 200
    assert client.get("/admin/").status_code == 302  # a wrong code opens nothing
    later(device)
    response = client.post("/admin/two-factor/enrol/", {"token": current_code(device), "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert AuditEntry.objects.filter(action=AuditAction.STAFF_DEVICE_ENROLLED).exists()


def test_staff_with_a_device_verify_a_code_at_every_sign_in(two_factor):
    user = staff_member(superuser=True)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    password_login(client, user)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/admin/two-factor/verify/")
    assert client.post("/admin/two-factor/verify/", {"token": "123456", "next": "/admin/pages/"}).status_code == 200
    assert client.get("/admin/pages/").status_code == 302
    later(device)
    response = client.post("/admin/two-factor/verify/", {"token": current_code(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_applicants_are_not_staff_and_cannot_enter_the_admin(two_factor):
    person = signed_in(CITIZEN).person
    assert not person.user.is_staff and not person.user.has_usable_password()
    client = Client()
    client.force_login(person.user)
    assert client.get("/admin/").status_code == 403
    assert client.get("/admin/applicants/").status_code == 403


def test_staff_suspend_and_restore_an_applicant_with_a_reason():
    person = signed_in(CITIZEN).person
    client = Client()
    client.force_login(staff_member(group="Applicant support"))
    url = f"/admin/applicants/{person.pk}/suspension/"
    assert client.post(url, {"action": "suspend", "reason": ""}).status_code == 302
    person.refresh_from_db()
    assert not person.is_suspended  # no reason, no suspension

    client.post(url, {"action": "suspend", "reason": "Sistemə avtomatlaşdırılmış sorğularla yüklənmə"})
    person.refresh_from_db()
    assert person.is_suspended and person.suspension_reason.startswith("Sistemə")
    client.post(url, {"action": "restore", "reason": "Yoxlama başa çatdı"})
    person.refresh_from_db()
    assert not person.is_suspended
    reasons = list(AuditEntry.objects.filter(subject=f"person {person.fin}", action__in=[AuditAction.APPLICANT_SUSPENDED, AuditAction.APPLICANT_RESTORED]).order_by("pk").values_list("action", "detail__reason"))
    assert reasons == [
        (AuditAction.APPLICANT_SUSPENDED, "Sistemə avtomatlaşdırılmış sorğularla yüklənmə"),
        (AuditAction.APPLICANT_RESTORED, "Yoxlama başa çatdı"),
    ]


def test_staff_without_the_permission_cannot_suspend():
    person = signed_in(CITIZEN).person
    client = Client()
    user = staff_member()
    user.user_permissions.add(*Group.objects.get(name="Auditors").permissions.all())
    client.force_login(user)
    response = client.post(f"/admin/applicants/{person.pk}/suspension/", {"action": "suspend", "reason": "x"})
    # Wagtail answers a refused admin action by sending the user back to the dashboard.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    person.refresh_from_db()
    assert not person.is_suspended


def test_every_staff_view_of_an_applicants_data_is_audited_with_who_and_where():
    person = signed_in(CITIZEN).person
    client = Client(REMOTE_ADDR="10.20.30.40")
    client.force_login(staff_member("aysel.support", group="Applicant support"))
    assert client.get(f"/admin/applicants/{person.pk}/").status_code == 200
    assert client.get("/admin/applicants/", {"q": "5ZJBKQH"}).status_code == 200
    entries = AuditEntry.objects.filter(action=AuditAction.PERSONAL_DATA_VIEWED).order_by("pk")
    assert [(e.actor_label, e.subject, e.ip_address) for e in entries] == [
        ("staff aysel.support", "person 5ZJBKQH", "10.20.30.40"),
        ("staff aysel.support", "applicant list", "10.20.30.40"),
    ]
    assert entries[1].detail["shown"] == ["5ZJBKQH"]


def test_an_approved_correction_is_shown_until_the_registry_agrees_and_a_rejection_carries_its_reason(registry):
    person = signed_in(CITIZEN).person
    right_address = "Bakı şəhəri, Nəsimi rayonu, Səməd Vurğun küçəsi 36, mənzil 12"
    approve = CorrectionRequest.objects.create(person=person, field="registration_address", proposed_value=right_address)
    reject = CorrectionRequest.objects.create(person=person, field="last_name", proposed_value="Məmmədli")
    client = Client()
    client.force_login(staff_member(group="Applicant support"))
    client.post(f"/admin/applicants/corrections/{approve.pk}/", {"decision": "approve", "reason": "Çıxarışla təsdiq olunur"})
    client.post(f"/admin/applicants/corrections/{reject.pk}/", {"decision": "reject", "reason": "Şəxsiyyət vəsiqəsində soyad Məmmədova yazılıb"})
    person.refresh_from_db()
    reject.refresh_from_db()
    assert person.effective("registration_address") == right_address
    assert person.effective("last_name") == "Məmmədova"
    assert reject.status == CorrectionRequest.Status.REJECTED and reject.decision_reason.startswith("Şəxsiyyət")
    assert AuditEntry.objects.filter(action=AuditAction.CORRECTION_APPROVED).exists()
    assert AuditEntry.objects.filter(action=AuditAction.CORRECTION_REJECTED, detail__reason__startswith="Şəxsiyyət").exists()

    # The registry is corrected at its source: the next sign-in drops the local correction.
    data = registry.read()
    data["addresses"]["5ZJBKQH"] = right_address
    registry.write(data)
    signed_in(CITIZEN, exchange=__import__("cms.accounts.exchange", fromlist=["data_exchange"]).data_exchange())
    person.refresh_from_db()
    assert person.registration_address == right_address and person.corrections == {}


def test_the_audit_log_cannot_be_changed_or_deleted():
    entry = record(AuditAction.SIGN_IN, subject="person 5ZJBKQH")
    entry.subject = "someone else"
    with pytest.raises(AuditLogImmutable):
        entry.save()
    with pytest.raises(AuditLogImmutable):
        entry.delete()
    with pytest.raises(AuditLogImmutable):
        AuditEntry.objects.filter(pk=entry.pk).update(subject="x")
    with pytest.raises(AuditLogImmutable):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get(pk=entry.pk).subject == "person 5ZJBKQH"


def test_auditors_read_the_log_and_no_one_holds_a_right_to_change_it():
    auditors = Group.objects.get(name="Auditors")
    codenames = set(auditors.permissions.values_list("codename", flat=True))
    assert codenames == {"access_admin", "view_auditentry"}
    from django.contrib.auth.models import Permission

    assert set(Permission.objects.filter(content_type__app_label="core", content_type__model="auditentry").values_list("codename", flat=True)) == {"view_auditentry"}
    record(AuditAction.SIGN_IN, subject="person 5ZJBKQH")
    client = Client()
    client.force_login(staff_member("auditor", group="Auditors"))
    page = client.get("/admin/audit-log/")
    assert page.status_code == 200 and "person 5ZJBKQH" in page.content.decode()
    assert client.get("/admin/applicants/")["Location"] == "/admin/"  # auditors read the log, not the applicants
    assert not AuditEntry.objects.filter(action=AuditAction.PERSONAL_DATA_VIEWED).exists()
    editor = Client()
    editor.force_login(staff_member("editor", group="Editors"))
    assert editor.get("/admin/audit-log/")["Location"] == "/admin/"


def test_an_idle_applicant_is_signed_out(settings):
    import time

    from cms.accounts.middleware import LAST_SEEN_KEY

    settings.APPLICANT_IDLE_TIMEOUT_SECONDS = 60
    person = signed_in(CITIZEN).person
    client = Client()
    client.force_login(person.user)
    assert client.get("/az/cabinet/").status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 61
    session.save()
    response = client.get("/az/cabinet/")
    assert response.status_code == 302 and response["Location"].startswith("/sign-on/start/")
    assert AuditEntry.objects.filter(action=AuditAction.SIGN_OUT, detail__reason="idle_timeout").exists()
