"""A new member of staff's first day, on a phone (360x740) in Chromium: the password alone shows
no key, only a page saying to ask an administrator; the administrator, on their own phone,
issues an invitation link; the member opens it, and sets up the second factor by scanning the QR
code the page shows, then the dashboard; an applicant's appeal registered, assigned and answered;
the reports and their XLSX. The invitation works once. The next sign-in asks for a new code and
lands on the dashboard too; a wrong code says so where the person looks."""

from __future__ import annotations

import base64
import datetime
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from cms.appeals.models import Appeal, Body, Role, StaffMembership, Status
from cms.appeals.services import save_draft
from cms.appeals.workflow import APPLICANT, Actor, perform
from tests.appeals import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "Xəzər-2026-növbə"


@pytest.fixture
def new_staff_member(settings):
    """A registrar and handler of the Ministry, as an administrator sets one up: an account with a
    password, the groups of the roles and the memberships; no authenticator yet."""
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    user = factories.staff(Body.MINISTRY, Role.REGISTRAR, username="leyla.qasimova")
    user.first_name, user.last_name = "Leyla", "Qasımova"
    user.set_password(PASSWORD)
    user.save()
    StaffMembership.objects.create(user=user, body=Body.MINISTRY, role=Role.HANDLER)
    user.groups.add(Group.objects.get(name="Appeal handlers"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


ADMIN_KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def administrator():
    """An administrator of the portal with an authenticator already set up."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("aydin.admin", password=PASSWORD, is_staff=True, is_superuser=True)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True, key=base64.b32decode(ADMIN_KEY).hex())
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def filed_appeal():
    """An appeal an applicant has sent that is waiting to be registered by hand."""
    person = factories.person(name="Aysel")
    appeal = save_draft(person, None, factories.appeal_input(subject="ƏDV-nin qaytarılması"))
    perform(appeal, "submit", Actor(person.user, APPLICANT))
    appeal.refresh_from_db()
    assert appeal.status == Status.SUBMITTED
    return appeal


def code_for(secret: str) -> str:
    return f"{totp(base64.b32decode(secret)):06d}"


def read_qr(page) -> str:
    """What an authenticator app reads from the QR code on the screen."""
    import zxingcpp
    from PIL import Image

    shot = page.locator("svg.two-factor-qr").screenshot()
    # As an authenticator app scans: QR codes only, one code however often the reader meets it
    # (once, in a CI run, two finds came back for the one code on the screen).
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)), formats=zxingcpp.BarcodeFormat.QRCode)
    codes = {barcode.text for barcode in found}
    assert len(codes) == 1, "the QR code on the page does not scan"
    return codes.pop()


def let_the_wrong_code_wait_pass(user):
    """After a wrong code the next try must wait a second or more (throttling); move that into the past."""
    TOTPDevice.objects.filter(user=user).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(minutes=5)
    )


def sign_in_with_password(page, live_portal, user):
    page.goto(live_portal("/admin/"))
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def open_menu_item(page, name: str):
    """On a phone Wagtail's menu is behind the sidebar button."""
    page.get_by_role("button", name="Toggle sidebar").click()
    page.get_by_role("link", name=name, exact=True).click()


def assert_on_dashboard(page, live_portal):
    page.wait_for_url(live_portal("/admin/"))
    expect(page).to_have_title(re.compile("Dashboard"))
    expect(page.locator("h1").first).to_be_visible()


def invitation_from_the_administrator(admin_page, live_portal, administrator, member) -> str:
    """The administrator, on their own phone, signs in with two steps and issues the invitation
    from the list of users; the page shows the link once."""
    sign_in_with_password(admin_page, live_portal, administrator)
    admin_page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    admin_page.get_by_label("6-digit code").fill(code_for(ADMIN_KEY))
    admin_page.get_by_role("button", name="Confirm").click()
    assert_on_dashboard(admin_page, live_portal)
    admin_page.goto(live_portal("/admin/users/"))
    admin_page.get_by_role("button", name=f"More options for '{member.username}'").click()
    admin_page.get_by_role("link", name="Invite to set up two-step sign-in").click()
    admin_page.wait_for_url(re.compile(rf"/admin/staff-invitations/{member.pk}/"))
    admin_page.get_by_role("button", name="Issue an invitation").click()
    expect(admin_page.get_by_text("The invitation is issued.")).to_be_visible()
    return admin_page.locator("#invitation-link").inner_text().strip()


def test_a_new_member_of_staff_signs_in_with_two_steps_and_works_an_appeal(
    live_portal, phone, new_phone, administrator, new_staff_member, filed_appeal
):
    page = phone
    loaded_from_elsewhere = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(live_portal.url) or request.url.startswith("data:")
            else loaded_from_elsewhere.append(request.url)
        ),
    )

    # 1. The password alone: no key, no QR code; whom to ask instead.
    sign_in_with_password(page, live_portal, new_staff_member)
    page.wait_for_url(re.compile(r"/admin/two-factor/enrol/"))
    expect(page.get_by_text("Ask an administrator for an invitation.")).to_be_visible()
    assert page.locator("svg.two-factor-qr, #totp-secret, input[name=token]").count() == 0
    assert not TOTPDevice.objects.filter(user=new_staff_member).exists()

    # The administrator issues the invitation; the member opens the link on her phone, signed
    # in already: the set-up of the second factor, and the link is gone from the address bar.
    link = invitation_from_the_administrator(new_phone(), live_portal, administrator, new_staff_member)
    assert link.startswith(live_portal("/admin/two-factor/invitation/")), link
    page.goto(link)
    page.wait_for_url(re.compile(r"/admin/two-factor/enrol/"))
    assert page.locator("form:has(input[name=token])").count() == 1
    code_field = page.get_by_label("6-digit code")
    assert code_field.is_visible() and code_field.bounding_box()["height"] >= 30
    assert (
        code_field.get_attribute("autocomplete") == "one-time-code"
        and code_field.get_attribute("inputmode") == "numeric"
    )

    uri = read_qr(page)
    assert uri.startswith("otpauth://totp/Invest%20in%20Azerbaijan%3Aleyla.qasimova?")
    secret = parse_qs(urlsplit(uri).query)["secret"][0]
    typed_key = page.locator("#totp-secret").inner_text()
    assert typed_key.replace(" ", "") == secret  # the key to type by hand is the same key

    # A wrong code: said at the top and beside the field, where the person looks.
    code_field.fill("000000")
    page.get_by_role("button", name="Confirm").click()
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("The code is not right")
    beside = page.locator(".w-field__errors .error-message")
    expect(beside).to_be_visible()
    expect(beside).to_contain_text("The code is not right")
    assert page.locator("form:has(input[name=token])").count() == 1

    let_the_wrong_code_wait_pass(new_staff_member)
    page.get_by_label("6-digit code").fill(code_for(secret))
    page.get_by_role("button", name="Confirm").click()
    assert_on_dashboard(page, live_portal)
    expect(page.get_by_text("Two-step sign-in is set up.")).to_be_visible()

    # The invitation worked once: opened again, by anyone, it says so and shows no key.
    stranger = new_phone()
    stranger.goto(link)
    expect(stranger.locator("h1")).to_have_text("Invitation link not valid")
    assert stranger.locator("svg.two-factor-qr, #totp-secret").count() == 0

    # 2. The appeal: register, assign (to herself), review, answer.
    open_menu_item(page, "Appeals")
    page.wait_for_url(re.compile(r"/admin/appeals/"))
    page.get_by_label("Status").select_option("submitted")
    page.get_by_role("button", name="Filter").click()
    page.locator(f"tr:has-text('ƏDV-nin qaytarılması') a[href$='/admin/appeals/{filed_appeal.pk}/']").first.click()

    page.locator("form[data-action=register]").get_by_role("button", name="Register").click()
    expect(page.locator("[data-status]")).to_have_text("Registered")
    filed_appeal.refresh_from_db()
    number = filed_appeal.number
    assert re.fullmatch(r"MIN-\d{4}-\d{6}", number)
    expect(page.get_by_text(f"Appeal {number} registered; the answer is due on")).to_be_visible()

    assign = page.locator("form[data-action=assign]")
    assign.get_by_label("Handler").select_option(label="Leyla Qasımova")
    assign.get_by_role("button", name="Assign").click()
    expect(page.get_by_text(f"Appeal {number} assigned to Leyla Qasımova.")).to_be_visible()

    page.locator("form[data-action=start_review]").get_by_role("button", name="Start the review").click()
    expect(page.get_by_text(f"Review of appeal {number} started.")).to_be_visible()

    answer = page.locator("form[data-action=answer]")
    answer.get_by_label("Answer").fill(
        "ƏDV-nin qaytarılması üçün e-qaimə-fakturalar və bank çıxarışı ilə müraciət edilir."
    )
    answer.get_by_role("button", name="Answer").click()
    expect(page.get_by_text(f"Appeal {number} answered. The answer has been sent to the applicant.")).to_be_visible()
    expect(page.locator("[data-status]")).to_have_text("Answered")
    history = page.locator("table.listing").last.inner_text()
    for words in ("Appeal registered", "Handler assigned", "Review started", "Answer given", "Registered → Assigned"):
        assert words in history
    assert "start_review" not in history
    assert Appeal.objects.get(pk=filed_appeal.pk).status == Status.ANSWERED

    # 3. The reports, and their XLSX.
    open_menu_item(page, "Appeal reports")
    page.wait_for_url(re.compile(r"/admin/appeals/reports/"))
    expect(page.locator("[data-total]")).to_have_text("1")
    with page.expect_download() as download:
        page.get_by_role("link", name="XLSX").click()
    from openpyxl import load_workbook

    assert re.fullmatch(r"appeals-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx", download.value.suggested_filename)
    with open(download.value.path(), "rb") as saved:
        book = load_workbook(io.BytesIO(saved.read()))
    rows = [[cell for cell in row] for row in book.active.iter_rows(values_only=True)]
    assert ["Appeals registered", 1] in [list(row[:2]) for row in rows]
    assert ["Answered", 1] in [list(row[:2]) for row in rows]
    assert ["Ministry of Economy", 1] in [list(row[:2]) for row in rows]

    assert not loaded_from_elsewhere, loaded_from_elsewhere  # no gravatar, nothing from a third party

    # 4. Later: signed out, signed in again with a new code; the dashboard again.
    page.context.clear_cookies()
    sign_in_with_password(page, live_portal, new_staff_member)
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    assert page.locator("form:has(input[name=token])").count() == 1
    # A code opens one sign-in; the new one is the code the app shows next (the next 30 seconds).
    next_code = f"{totp(base64.b32decode(secret), drift=1):06d}"
    page.get_by_label("6-digit code").fill(next_code)
    page.get_by_role("button", name="Confirm").click()
    assert_on_dashboard(page, live_portal)
