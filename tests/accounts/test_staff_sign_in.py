"""Staff sign-in with a password: wrong passwords lock the username out from that address (the
right one then opens nothing), every try is in the audit log without the password, and the second
factor is set up only through an administrator's one-time invitation."""

from __future__ import annotations

import datetime
import io
import json
import re
from base64 import b32encode

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts import invitations
from cms.accounts.models import StaffDeviceInvitation
from cms.core.audit import AuditAction, AuditEntry

from .factories import CITIZEN, signed_in
from .test_staff import NAVIGATION, PASSWORD, current_code, in_english, qr_cells, staff_member

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.7"


@pytest.fixture
def two_factor(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def sign_in(client, username, password, **headers):
    return client.post("/admin/login/", {"username": username, "password": password}, **headers)


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


# Lockout ----------------------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_username_from_that_address_and_the_right_one_opens_nothing(settings):
    assert settings.AXES_FAILURE_LIMIT == 5 and settings.STAFF_LOCKOUT_MINUTES == 30
    user = staff_member()
    client = Client(REMOTE_ADDR=ATTACKER)
    answers = [sign_in(client, "operator", f"guess-{n}").status_code for n in range(5)]
    assert answers == [200, 200, 200, 200, 429]  # the fifth wrong password starts the lockout

    for _ in range(3):  # the right password, again and again: refused, nobody signed in
        response = sign_in(client, "operator", PASSWORD)
        assert response.status_code == 429 and int(response["Retry-After"]) == 30 * 60
        assert signed_in_user_id(client) is None
    assert client.get("/admin/").status_code == 302

    failures = AuditEntry.objects.filter(action=AuditAction.SIGN_IN_FAILED).order_by("pk")
    assert [(e.subject, e.ip_address, e.detail["reason"], e.actor_id) for e in failures] == (
        [("staff operator", ATTACKER, "wrong_password", None)] * 5
        + [("staff operator", ATTACKER, "locked_out", None)] * 3
    )
    (lockout,) = AuditEntry.objects.filter(action=AuditAction.STAFF_LOCKED_OUT)
    assert (lockout.subject, lockout.ip_address, lockout.detail) == (
        "staff operator",
        ATTACKER,
        {"failures": 5, "minutes": 30},
    )
    logged = json.dumps([e.detail for e in AuditEntry.objects.all()]) + "".join(
        e.subject for e in AuditEntry.objects.all()
    )
    assert "guess-" not in logged and PASSWORD not in logged  # never a password, right or wrong
    assert not AuditEntry.objects.filter(action=AuditAction.SIGN_IN).exists()

    # The member of staff, at their own desk, is not locked out by someone guessing elsewhere.
    desk = Client(REMOTE_ADDR="198.51.100.20")
    assert sign_in(desk, "operator", PASSWORD).status_code == 302 and signed_in_user_id(desk) == str(user.pk)
    assert sign_in(client, "operator", PASSWORD).status_code == 429  # which lifts nothing for the guesser

    # Once the pause has passed, the right password from that address signs in again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=31))
    assert sign_in(client, "operator", PASSWORD).status_code == 302 and signed_in_user_id(client) == str(user.pk)


def test_an_administrator_lifts_a_lockout_with_axes_reset():
    user = staff_member()
    client = Client(REMOTE_ADDR=ATTACKER)
    for n in range(5):
        sign_in(client, "operator", f"guess-{n}")
    assert sign_in(client, "operator", PASSWORD).status_code == 429
    call_command("axes_reset_username", "operator", stdout=io.StringIO())
    assert sign_in(client, "operator", PASSWORD).status_code == 302 and signed_in_user_id(client) == str(user.pk)


def test_behind_nginx_the_lockout_holds_the_clients_address_not_what_the_client_wrote(settings):
    """The address comes from cms.core.audit.client_ip, as in the audit log: the entry nginx
    appended, whatever the client put further left."""
    settings.TRUSTED_PROXY_COUNT = 1
    staff_member()
    nginx = Client(REMOTE_ADDR="127.0.0.1")
    for n in range(5):
        sign_in(nginx, "operator", f"guess-{n}", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, {ATTACKER}")
    assert sign_in(nginx, "operator", PASSWORD, HTTP_X_FORWARDED_FOR=f"192.0.2.1, {ATTACKER}").status_code == 429
    assert set(AuditEntry.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    # Another client behind the same nginx signs in.
    assert sign_in(nginx, "operator", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.20").status_code == 302


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Sign-in paused"), ("ru", "Вход приостановлен"), ("az", "Giriş dayandırılıb")],
)
def test_the_lockout_page_is_in_the_language_of_the_sign_in_page(language, words):
    staff_member()
    client = Client(REMOTE_ADDR=ATTACKER, HTTP_ACCEPT_LANGUAGE=language)
    assert words not in client.get("/admin/login/").content.decode()
    for n in range(5):
        response = sign_in(client, "operator", f"guess-{n}")
    assert response.status_code == 429
    page = response.content.decode()
    assert f"<h1>{words}</h1>" in page and 'lang="' + language in page
    assert re.search(r"\b30\b", page)  # how long, in minutes
    # Without an account of that name, the same page: the lockout says nothing about who exists.
    for n in range(5):
        response = sign_in(client, "nobody.here", f"guess-{n}")
    assert response.status_code == 429 and f"<h1>{words}</h1>" in response.content.decode()


# The audit log of every sign-in -----------------------------------------------------------------


def test_every_staff_sign_in_and_failure_is_audited_with_the_username_and_address_never_the_password():
    user = staff_member("aysel.support", group="Applicant support")
    client = Client(REMOTE_ADDR="10.20.30.40")
    assert sign_in(client, "aysel.support", "not-my-password").status_code == 200
    assert sign_in(client, "aysel.suport", PASSWORD).status_code == 200  # a typo in the username
    assert sign_in(client, "aysel.support", PASSWORD).status_code == 302
    entries = AuditEntry.objects.order_by("pk")
    assert [(e.action, e.subject, e.ip_address, e.actor_id, e.actor_label) for e in entries] == [
        (AuditAction.SIGN_IN_FAILED, "staff aysel.support", "10.20.30.40", None, "anonymous"),
        (AuditAction.SIGN_IN_FAILED, "staff aysel.suport", "10.20.30.40", None, "anonymous"),
        (AuditAction.SIGN_IN, "staff aysel.support", "10.20.30.40", user.pk, "staff aysel.support"),
    ]
    assert "not-my-password" not in json.dumps([e.detail for e in entries]) and PASSWORD not in json.dumps(
        [e.detail for e in entries]
    )


def test_an_applicants_sign_in_is_not_taken_for_a_staff_sign_in():
    """Applicants sign in through EHİS, audited there (cms/accounts/views.py), never as staff."""
    person = signed_in(CITIZEN).person
    Client().force_login(person.user)
    assert not AuditEntry.objects.filter(subject__startswith="staff ").exists()
    Client().force_login(staff_member())
    assert AuditEntry.objects.filter(action=AuditAction.SIGN_IN, subject="staff operator").count() == 1


# The second factor: only through an invitation ---------------------------------------------------


def test_the_password_alone_never_shows_a_key(two_factor):
    user = in_english(staff_member(superuser=True))
    client = Client()
    assert sign_in(client, user.username, PASSWORD).status_code == 302
    response = client.get("/admin/", **NAVIGATION)
    assert response["Location"].startswith("/admin/two-factor/enrol/")
    page = client.get(response["Location"], **NAVIGATION).content.decode()
    assert "Ask an administrator for an invitation" in page
    for secret_part in ("totp-secret", "otpauth://", "two-factor-qr", 'name="token"'):
        assert secret_part not in page
    assert not TOTPDevice.objects.filter(user=user).exists()
    # Nor does a code sent blind set anything up.
    assert "totp-secret" not in client.post("/admin/two-factor/enrol/", {"token": "123456"}).content.decode()
    assert not TOTPDevice.objects.filter(user=user).exists() and client.get("/admin/").status_code == 302


def test_an_administrator_issues_an_invitation_that_works_once(two_factor):
    administrator = in_english(staff_member("admin.one", superuser=True))
    admin_device = TOTPDevice.objects.create(user=administrator, name="phone", confirmed=True)
    admin_client = Client()
    sign_in(admin_client, administrator.username, PASSWORD)
    admin_client.post("/admin/two-factor/verify/", {"token": current_code(admin_device), "next": "/admin/"})
    member = in_english(staff_member("nigar.operator", group="Editors"))

    listing = admin_client.get("/admin/users/").content.decode()
    assert f"/admin/staff-invitations/{member.pk}/" in listing
    page = admin_client.get(f"/admin/staff-invitations/{member.pk}/").content.decode()
    assert "Issue an invitation" in page and "invitation-link" not in page
    page = admin_client.post(f"/admin/staff-invitations/{member.pk}/").content.decode()
    link = re.search(r'<code id="invitation-link"[^>]*>([^<]+)</code>', page).group(1)
    assert re.fullmatch(r"http://testserver/admin/two-factor/invitation/[\w-]{40,}/", link), link
    token = link.rstrip("/").rsplit("/", 1)[1]
    invitation = StaffDeviceInvitation.objects.get(user=member)
    assert invitation.token_hash == invitations.token_hash(token) and token not in invitation.token_hash
    assert invitation.issued_by == administrator
    assert invitation.expires_at - invitation.issued_at == datetime.timedelta(hours=72)
    assert AuditEntry.objects.filter(
        action=AuditAction.STAFF_DEVICE_INVITED, subject="staff nigar.operator", actor=administrator
    ).exists()
    # Shown once: the page does not show it again.
    assert token not in admin_client.get(f"/admin/staff-invitations/{member.pk}/").content.decode()

    # The member opens the link before signing in: the token leaves the address bar at once.
    client = Client()
    path = link.removeprefix("http://testserver")
    response = client.get(path)
    assert response.status_code == 302 and response["Location"] == "/admin/login/?next=%2Fadmin%2Ftwo-factor%2Fenrol%2F"
    assert token not in response["Location"]
    response = client.post(
        "/admin/login/?next=/admin/two-factor/enrol/",
        {"username": member.username, "password": PASSWORD, "next": "/admin/two-factor/enrol/"},
    )
    assert response["Location"] == "/admin/two-factor/enrol/"
    html = client.get("/admin/two-factor/enrol/", **NAVIGATION).content.decode()
    device = TOTPDevice.objects.get(user=member, confirmed=False)
    key = re.search(r'<code id="totp-secret"[^>]*>([^<]+)</code>', html).group(1)
    assert key.replace(" ", "") == b32encode(device.bin_key).decode()
    assert read_qr(html) == device.config_url

    response = client.post("/admin/two-factor/enrol/", {"token": current_code(device), "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    invitation.refresh_from_db()
    assert device.confirmed and invitation.used_at is not None
    assert AuditEntry.objects.filter(action=AuditAction.STAFF_DEVICE_ENROLLED, subject="staff nigar.operator").exists()

    # Used: the link opens nothing any more, for anyone.
    again = Client(HTTP_ACCEPT_LANGUAGE="en")
    refused = again.get(path)
    assert refused.status_code == 404 and "Invitation link not valid" in refused.content.decode()
    assert client.get(path).status_code == 404


def test_an_expired_or_replaced_invitation_opens_nothing(two_factor):
    member = in_english(staff_member())
    first = invitations.issue(member)
    second = invitations.issue(member)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    replaced = client.get(invitations.invitation_path(first))
    assert replaced.status_code == 404 and "a newer invitation replaced it" in replaced.content.decode()
    StaffDeviceInvitation.objects.filter(user=member).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.get(invitations.invitation_path(second)).status_code == 404
    assert client.get("/admin/two-factor/invitation/not-a-token/").status_code == 404
    assert client.get("/admin/two-factor/invitation/%ff%fe/").status_code == 404
    # A NUL byte never reaches the view: the input rule refuses the address first.
    assert client.get("/admin/two-factor/invitation/%00%ff/").status_code == 400


def test_an_invitation_expiring_while_the_page_is_open_sets_nothing_up(two_factor):
    member = in_english(staff_member(group="Editors"))
    client = Client()
    sign_in(client, member.username, PASSWORD)
    client.get(invitations.invitation_path(invitations.issue(member)))
    assert "totp-secret" in client.get("/admin/two-factor/enrol/").content.decode()
    device = TOTPDevice.objects.get(user=member)
    StaffDeviceInvitation.objects.filter(user=member).update(expires_at=timezone.now())
    page = client.post("/admin/two-factor/enrol/", {"token": current_code(device), "next": "/admin/"}).content.decode()
    assert "Ask an administrator for an invitation" in page
    assert not TOTPDevice.objects.filter(user=member, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302


def test_another_accounts_invitation_shows_no_key(two_factor):
    invited = staff_member("invited.one", group="Editors")
    other = in_english(staff_member("someone.else", group="Editors"))
    token = invitations.issue(invited)
    # Signed in as someone else: refused outright.
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in(client, other.username, PASSWORD)
    response = client.get(invitations.invitation_path(token))
    assert response.status_code == 404 and "This invitation is for another account" in response.content.decode()
    # Opened before signing in, then signed in as someone else: still no key.
    client = Client()
    client.get(invitations.invitation_path(token))
    sign_in(client, other.username, PASSWORD)
    page = client.get("/admin/two-factor/enrol/").content.decode()
    assert "totp-secret" not in page and "Ask an administrator for an invitation" in page
    assert not TOTPDevice.objects.exists()


def test_a_lost_phone_replacing_an_authenticator_needs_the_administrator_to_say_so():
    administrator = in_english(staff_member("admin.one", superuser=True))
    member = staff_member("nigar.operator")
    TOTPDevice.objects.create(user=member, name="old phone", confirmed=True)
    client = Client()
    client.force_login(administrator)
    page = client.get(f"/admin/staff-invitations/{member.pk}/").content.decode()
    assert "Remove the authenticator and issue an invitation" in page
    client.post(f"/admin/staff-invitations/{member.pk}/")  # without saying the old one goes
    assert TOTPDevice.objects.filter(user=member).count() == 1 and not StaffDeviceInvitation.objects.exists()
    page = client.post(f"/admin/staff-invitations/{member.pk}/", {"replace": "1"}).content.decode()
    assert 'id="invitation-link"' in page
    assert not TOTPDevice.objects.filter(user=member).exists()
    entry = AuditEntry.objects.get(action=AuditAction.STAFF_DEVICE_INVITED)
    assert entry.detail["replaced_authenticator"] is True


def test_only_those_allowed_issue_invitations_and_only_for_staff():
    member = staff_member("nigar.operator")
    editor = staff_member("editor", group="Editors")
    client = Client()
    client.force_login(editor)
    assert client.post(f"/admin/staff-invitations/{member.pk}/")["Location"] == "/admin/"
    assert not StaffDeviceInvitation.objects.exists()

    inviter = staff_member("it.admin", group="Editors")
    from django.contrib.auth.models import Permission

    inviter.user_permissions.add(Permission.objects.get(codename="add_staffdeviceinvitation"))
    client.force_login(inviter)
    assert client.post(f"/admin/staff-invitations/{member.pk}/").status_code == 200
    assert StaffDeviceInvitation.objects.filter(user=member).exists()
    applicant = signed_in(CITIZEN).person.user
    assert client.post(f"/admin/staff-invitations/{applicant.pk}/").status_code == 404
    assert client.get("/admin/staff-invitations/999999/").status_code == 404
    with pytest.raises(invitations.NotInvitable):
        invitations.issue(applicant)


def test_operators_invite_from_the_shell_and_the_demo_prints_the_admins_link(settings):
    member = staff_member("nigar.operator")
    out = io.StringIO()
    call_command("invite_staff_device", "nigar.operator", stdout=out)
    link = out.getvalue().splitlines()[0]
    assert re.fullmatch(r"http://127\.0\.0\.1:8000/admin/two-factor/invitation/[\w-]+/", link)
    assert StaffDeviceInvitation.objects.get(user=member).token_hash == invitations.token_hash(
        link.rstrip("/").rsplit("/", 1)[1]
    )

    settings.DEBUG = True
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8101"
    out = io.StringIO()
    call_command("ensure_dev_admin", stdout=out)
    match = re.search(
        r"Second factor: open (http://127\.0\.0\.1:8101/admin/two-factor/invitation/[\w-]+/) to enrol", out.getvalue()
    )
    assert match, out.getvalue()
    client = Client()
    assert client.get(match.group(1).removeprefix("http://127.0.0.1:8101")).status_code == 302


def read_qr(html: str) -> str:
    import zxingcpp
    from PIL import Image

    svg = re.search(r"<svg[^>]*two-factor-qr.*?</svg>", html, re.S).group(0)
    cells = qr_cells(svg)
    size = max(max(x for x, _ in cells), max(y for _, y in cells)) + 5
    image = Image.new("L", (size * 8, size * 8), 255)
    for x, y in cells:
        image.paste(0, (x * 8, y * 8, x * 8 + 8, y * 8 + 8))
    (read,) = zxingcpp.read_barcodes(image)
    return read.text
