"""Staff are apart from applicants: the admin needs a second factor, applicants never enter it;
staff suspend applicants and decide corrections with a reason; all of it lands in the audit log,
which nobody can change."""

import datetime
import re
from base64 import b32encode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.models import CorrectionRequest
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
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(minutes=5)
    )
    device.refresh_from_db()


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def open_invitation(client, user):
    """An administrator invites the member to set up the second factor; the member opens the link
    in this session (signed in already, or next)."""
    from cms.accounts import invitations

    token = invitations.issue(user)
    response = client.get(invitations.invitation_path(token))
    assert response.status_code == 302, response
    return token


def test_staff_without_a_device_must_enrol_before_the_admin_opens(two_factor):
    user = staff_member(superuser=True)
    client = Client()
    password_login(client, user)
    open_invitation(client, user)
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
    reasons = list(
        AuditEntry.objects.filter(
            subject=f"person {person.fin}", action__in=[AuditAction.APPLICANT_SUSPENDED, AuditAction.APPLICANT_RESTORED]
        )
        .order_by("pk")
        .values_list("action", "detail__reason")
    )
    assert reasons == [
        (AuditAction.APPLICANT_SUSPENDED, "Sistemə avtomatlaşdırılmış sorğularla yüklənmə"),
        (AuditAction.APPLICANT_RESTORED, "Yoxlama başa çatdı"),
    ]


@pytest.mark.parametrize(("language", "country"), [("en", "Azerbaijan"), ("ru", "Азербайджан"), ("az", "Azərbaycan")])
def test_the_applicant_page_names_the_country_of_citizenship_in_the_admin_language(language, country):
    from wagtail.users.models import UserProfile

    person = signed_in(CITIZEN).person
    user = staff_member("aysel.support", group="Applicant support")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    page = client.get(f"/admin/applicants/{person.pk}/").content.decode()
    assert re.search(rf"<dd>\s*{country}\s*</dd>", page), page[page.find("<dl") : page.find("</dl>")]
    assert "<dd>AZE</dd>" not in page


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
    approve = CorrectionRequest.objects.create(
        person=person, field="registration_address", proposed_value=right_address
    )
    reject = CorrectionRequest.objects.create(person=person, field="last_name", proposed_value="Məmmədli")
    client = Client()
    client.force_login(staff_member(group="Applicant support"))
    client.post(
        f"/admin/applicants/corrections/{approve.pk}/", {"decision": "approve", "reason": "Çıxarışla təsdiq olunur"}
    )
    client.post(
        f"/admin/applicants/corrections/{reject.pk}/",
        {"decision": "reject", "reason": "Şəxsiyyət vəsiqəsində soyad Məmmədova yazılıb"},
    )
    person.refresh_from_db()
    reject.refresh_from_db()
    assert person.effective("registration_address") == right_address
    assert person.effective("last_name") == "Məmmədova"
    assert reject.status == CorrectionRequest.Status.REJECTED and reject.decision_reason.startswith("Şəxsiyyət")
    assert AuditEntry.objects.filter(action=AuditAction.CORRECTION_APPROVED).exists()
    assert AuditEntry.objects.filter(
        action=AuditAction.CORRECTION_REJECTED, detail__reason__startswith="Şəxsiyyət"
    ).exists()

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

    assert set(
        Permission.objects.filter(content_type__app_label="core", content_type__model="auditentry").values_list(
            "codename", flat=True
        )
    ) == {"view_auditentry"}
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


# Where staff land after the second factor, and what the second factor's pages show -------------

# What Chromium sends for a page the person opens, and for the icon sprite a Wagtail page fetches.
NAVIGATION = {
    "HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8",
    "HTTP_SEC_FETCH_MODE": "navigate",
    "HTTP_SEC_FETCH_DEST": "document",
}
PAGE_FETCH = {"HTTP_ACCEPT": "*/*", "HTTP_SEC_FETCH_MODE": "cors", "HTTP_SEC_FETCH_DEST": "empty"}


def test_after_enrolment_staff_land_on_the_page_they_asked_for_not_on_what_the_page_loaded(two_factor):
    """Wagtail's pages fetch the icon sprite and the script translations under /admin/: those
    requests must neither be sent to the second factor nor become the place staff land."""
    user = staff_member(superuser=True)
    client = Client()
    password_login(client, user)
    open_invitation(client, user)
    enrol = client.get("/admin/pages/", **NAVIGATION)
    assert enrol["Location"] == "/admin/two-factor/enrol/?next=%2Fadmin%2Fpages%2F"
    # The enrolment page draws itself: the sprite and the translations answer as they are.
    sprite = client.get("/admin/sprite/?h=a85477f6", **PAGE_FETCH)
    assert sprite.status_code == 200 and b"<svg" in sprite.content
    assert client.get("/admin/jsi18n/", **PAGE_FETCH).status_code == 200
    # Any other request a page makes by itself is refused, never redirected to a page of its own.
    assert client.get("/admin/api/main/pages/", **PAGE_FETCH).status_code == 403
    assert client.get("/admin/pages/", HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403

    page = client.get(enrol["Location"], **NAVIGATION).content.decode()
    next_value = re.search(r'name="next" value="([^"]*)"', page).group(1)
    assert next_value == "/admin/pages/"
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post("/admin/two-factor/enrol/", {"token": current_code(device), "next": next_value})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"


@pytest.mark.parametrize(
    "asked_for",
    [
        "/admin/sprite/?h=a85477f6",
        "/admin/jsi18n/",
        "/admin/two-factor/verify/",
        "/admin/login/",
        "https://evil.example/admin/",
        "//evil.example/admin/",
        "/\\evil.example/admin/",
        "javascript:alert(1)",
        "/en/",
        "",
    ],
)
def test_after_the_code_staff_land_on_the_dashboard_unless_they_asked_for_an_admin_page(two_factor, asked_for):
    user = staff_member(superuser=True)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    password_login(client, user)
    response = client.post("/admin/two-factor/verify/", {"token": current_code(device), "next": asked_for})
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_the_admin_page_asked_for_is_kept_with_its_query(two_factor):
    user = staff_member(superuser=True)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    password_login(client, user)
    redirect = client.get("/admin/appeals/?status=open&body=MIN", **NAVIGATION)
    assert redirect["Location"] == "/admin/two-factor/verify/?next=%2Fadmin%2Fappeals%2F%3Fstatus%3Dopen%26body%3DMIN"
    response = client.post(redirect["Location"], {"token": current_code(device)})
    assert response["Location"] == "/admin/appeals/?status=open&body=MIN"


def test_a_form_sent_before_the_second_factor_leads_to_it_and_then_to_the_dashboard(two_factor):
    user = staff_member(superuser=True)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    password_login(client, user)
    response = client.post("/admin/appeals/assign/", {"appeal": "1"}, **NAVIGATION)
    assert response["Location"] == "/admin/two-factor/verify/?next=%2Fadmin%2F"


def in_english(user):
    """The admin in English for this member of staff (their own choice in the account settings)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def one_form_with_the_code_field(html: str) -> str:
    forms = [form for form in re.findall(r"<form\b.*?</form>", html, re.S) if 'name="token"' in form]
    assert len(forms) == 1, f"{len(forms)} forms ask for the code"
    assert html.count('name="token"') == 1 and html.count('id="id_token"') == 1
    field = re.search(r"<input[^>]*name=\"token\"[^>]*>", forms[0]).group(0)
    for attribute in ('type="text"', 'autocomplete="one-time-code"', 'inputmode="numeric"', 'id="id_token"'):
        assert attribute in field, f"{attribute} missing in {field}"
    assert re.search(r'<label[^>]*for="id_token"[^>]*>\s*6-digit code', forms[0])
    return forms[0]


def test_the_enrolment_page_has_one_form_a_qr_code_of_the_key_and_the_key_as_text(two_factor):
    import io

    import zxingcpp
    from PIL import Image

    user = in_english(staff_member("nigar.operator", superuser=True))
    client = Client()
    password_login(client, user)
    open_invitation(client, user)
    html = client.get("/admin/two-factor/enrol/", **NAVIGATION).content.decode()
    one_form_with_the_code_field(html)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    key = re.search(r'<code id="totp-secret"[^>]*>([^<]+)</code>', html).group(1)
    assert key.replace(" ", "") == b32encode(device.bin_key).decode()

    # The QR code is drawn into the page (no image request) and reads back as the device's key.
    svg = re.search(r"<svg[^>]*two-factor-qr.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title>" in svg
    cells = qr_cells(svg)
    size = max(max(x for x, _ in cells), max(y for _, y in cells)) + 5
    image = Image.new("L", (size * 8, size * 8), 255)
    for x, y in cells:
        image.paste(0, (x * 8, y * 8, x * 8 + 8, y * 8 + 8))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    (read,) = zxingcpp.read_barcodes(Image.open(buffer))
    assert read.text == device.config_url
    assert (
        f"otpauth://totp/Invest%20in%20Azerbaijan%3Anigar.operator?secret={b32encode(device.bin_key).decode()}"
        in read.text
    )


def qr_cells(svg: str) -> set[tuple[int, int]]:
    """The dark cells of the SVG's path (rows of horizontal runs, in relative moves)."""
    path = re.search(r'<path class="qrline"[^>]*d="([^"]+)"', svg).group(1)
    cells, x, y = set(), 0.0, 0.0
    for command, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?:\s+(-?[\d.]+))?", path):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            cells.update((int(x + i), int(y - 0.5)) for i in range(int(float(a))))
            x += float(a)
    return cells


def test_a_wrong_code_is_named_beside_the_field_and_in_a_summary_at_the_top(two_factor):
    user = in_english(staff_member(superuser=True))
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    password_login(client, user)
    html = client.post("/admin/two-factor/verify/", {"token": "000000", "next": "/admin/"}).content.decode()
    form = one_form_with_the_code_field(html)
    summary = re.search(r'<div class="[^"]*two-factor-errors[^"]*" role="alert".*?</div>', html, re.S).group(0)
    assert '<a href="#id_token">The code is not right.' in summary
    assert html.index("two-factor-errors") < html.index("<form")
    assert re.search(r'class="error-message">\s*The code is not right\.', form)  # beside the field
    # Straight after, the next try must wait: the page says so instead of calling a right code wrong.
    html = client.post("/admin/two-factor/verify/", {"token": current_code(device), "next": "/admin/"}).content.decode()
    assert "Too many wrong codes in a row. Wait 1 second" in html
    # A code typed with a space is the code.
    later(device)
    code = current_code(device)
    response = client.post("/admin/two-factor/verify/", {"token": f"{code[:3]} {code[3:]}", "next": "/admin/"})
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("token", ["", "12345", "1234567", "12a456", "１２３４５６"])
def test_a_code_that_is_not_six_digits_is_a_field_error(two_factor, token):
    user = in_english(staff_member(superuser=True))
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    password_login(client, user)
    response = client.post("/admin/two-factor/verify/", {"token": token, "next": "/admin/"})
    assert response.status_code == 200
    assert re.search(r'class="error-message">\s*Type the', response.content.decode())


def test_verify_without_an_authenticator_leads_to_enrolment(two_factor):
    user = staff_member(superuser=True)
    client = Client()
    password_login(client, user)
    response = client.get("/admin/two-factor/verify/?next=/admin/pages/")
    assert response["Location"] == "/admin/two-factor/enrol/?next=%2Fadmin%2Fpages%2F"


def test_admin_pages_load_nothing_from_a_third_party(two_factor):
    """No avatar from gravatar.com (it would tell a third party who works in the admin)."""
    user = staff_member(superuser=True)
    user.email = "operator@economy.gov.az"
    user.save()
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client = Client()
    password_login(client, user)
    pages = [client.get("/admin/two-factor/verify/").content.decode()]
    client.post("/admin/two-factor/verify/", {"token": current_code(device), "next": "/admin/"})
    for path in ("/admin/", "/admin/account/", "/admin/pages/", "/admin/appeals/", "/admin/applicants/"):
        response = client.get(path)
        assert response.status_code == 200, path
        pages.append(response.content.decode())
    for html in pages:
        assert "gravatar" not in html.lower()
        # Anything the page loads by itself (images, scripts, styles, frames) comes from this site.
        loaded = re.findall(r'<(?:img|script|link|iframe|source)\b[^>]*?(?:src|href|srcset)="([^"]+)"', html)
        assert loaded and all(not re.match(r"(?:https?:)?//", url) for url in loaded), [u for u in loaded if "//" in u]
