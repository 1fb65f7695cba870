"""The security and incident log: what goes in (and what must not), where events come from, the
admin listing, and the alert that leaves through the outbox to a real SMTP server."""

import pytest
from aiosmtpd.controller import Controller
from django.apps import apps
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory, override_settings
from django.urls import path
from wagtail.users.models import UserProfile

from cms.appeals.models import OutboxMessage
from cms.core import security
from cms.core.security import SecurityEvent, report
from cms.urls import urlpatterns as portal_patterns
from tests.appeals.test_outbox import Inbox, free_port

pytestmark = pytest.mark.django_db


def _fails(request):
    raise RuntimeError("the FIN 5ABC12D of aysel@example.az was in the message")


urlpatterns = [path("fails/", _fails), *portal_patterns]


def test_an_event_keeps_what_an_investigation_needs_and_no_personal_data(django_user_model):
    request = RequestFactory().post("/az/enquiry/?q=5ABC12D", REMOTE_ADDR="203.0.113.5")
    request.user = django_user_model.objects.create_user("registrar-min")
    event = report(
        "forbidden", request=request, reason="csrf", note="from aysel@example.az, FIN 5ABC12D, tel +994 50 123 45 67",
        remark="written spaced: 5AB C12D, and aysel＠example.az",
        email="aysel@example.az", password="hunter2", attempts=3,
    )  # fmt: skip
    event.refresh_from_db()
    assert (event.kind, event.severity, event.method, event.path) == ("forbidden", "warning", "POST", "/az/enquiry/")
    assert (event.ip_address, event.user_label) == ("203.0.113.5", "staff registrar-min")
    assert event.detail == {
        "reason": "csrf",
        "note": "from […], FIN […], tel […]",
        "remark": "written spaced: […], and […]",
        "attempts": 3,
    }  # the same redaction as the logs: tests/core/test_redaction.py
    with pytest.raises(ValueError):
        report("something_else")


def test_an_applicant_is_named_by_account_not_by_fin():
    from tests.appeals import factories

    person = factories.person("5ABC12D")
    request = RequestFactory().get("/api/appeals/")
    request.user = person.user
    assert report("forbidden", request=request).user_label == f"applicant #{person.user.pk}"


def test_refused_access_is_logged_with_its_reason(django_user_model):
    staff = Client()
    staff.force_login(django_user_model.objects.create_user("editor"))
    assert staff.get("/api/appeals/").status_code == 403  # the API is for applicants
    guarded = Client(enforce_csrf_checks=True)
    assert guarded.post("/en/enquiry/", {"name": "x"}).status_code == 403
    reasons = sorted(SecurityEvent.objects.filter(kind="forbidden").values_list("detail__reason", flat=True))
    assert reasons == ["csrf: CSRF cookie not set.", "denied"]


def test_a_session_cookie_that_signs_nobody_in_is_an_invalid_credential():
    assert Client().get("/api/appeals/").status_code == 401  # no credentials at all: not an event
    assert not SecurityEvent.objects.exists()
    stale = Client()
    stale.cookies["sessionid"] = "no-such-session"
    assert stale.get("/api/appeals/").status_code == 401
    assert SecurityEvent.objects.get(kind="invalid_token").detail == {"reason": "session_not_valid"}


@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_is_logged_without_the_exceptions_text():
    response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    event = SecurityEvent.objects.get(kind="server_error")
    assert (event.severity, event.path, event.detail) == ("error", "/fails/", {"exception": "RuntimeError"})


def test_a_lockout_names_the_account_by_its_id_never_by_what_was_typed(django_user_model):
    staff = django_user_model.objects.create_user("registrar-az")
    request = RequestFactory().post("/admin/login/", REMOTE_ADDR="198.51.100.9")
    if apps.is_installed("axes"):
        from axes.signals import user_locked_out

        user_locked_out.send("axes", request=request, username="registrar-az", ip_address="198.51.100.9")
        user_locked_out.send("axes", request=request, username="my password typed here", ip_address="198.51.100.9")
    else:  # without django-axes the receiver is called as its signal would call it
        security._locked_out(None, request=request, username="registrar-az")
        security._locked_out(None, request=request, username="my password typed here")
    accounts = sorted(SecurityEvent.objects.filter(kind="lockout").values_list("detail__account", flat=True))
    assert accounts == [f"#{staff.pk}", "unknown"]


def test_security_officers_and_superusers_read_the_log_filtered_by_kind_and_date(django_user_model):
    report("server_error", request=RequestFactory().get("/a/"), exception="KeyError")
    report("rate_limited", request=RequestFactory().get("/b/"), limit="search")
    officer = django_user_model.objects.create_user("officer")
    officer.groups.add(Group.objects.get(name="Security officers"))
    auditor = django_user_model.objects.create_user("auditor")
    auditor.groups.add(Group.objects.get(name="Auditors"))

    reader = Client()
    reader.force_login(officer)
    page = reader.get("/admin/security-log/", {"kind": "rate_limited"})
    assert page.status_code == 200
    text = page.content.decode()
    assert "/b/" in text and "/a/" not in text and "search" in text
    assert "/admin/security-log/" in reader.get("/admin/").content.decode()  # in the menu
    assert "/a/" not in reader.get("/admin/security-log/", {"since": "2999-01-01"}).content.decode()
    assert reader.get("/admin/security-log/", {"since": "not a date", "kind": "<x>"}).status_code == 200

    superuser = Client()
    superuser.force_login(django_user_model.objects.create_superuser("root", password=None))
    assert "/a/" in superuser.get("/admin/security-log/").content.decode()

    other = Client()
    other.force_login(auditor)
    refused = other.get("/admin/security-log/")  # Wagtail turns the refusal into a redirect with a message
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert "/admin/security-log/" not in other.get("/admin/").content.decode()


def test_the_page_speaks_the_staff_members_language(django_user_model):
    officer = django_user_model.objects.create_superuser("officer-ru", password=None)
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "ru"
    profile.save()
    client = Client()
    client.force_login(officer)
    text = client.get("/admin/security-log/").content.decode()
    assert "Журнал безопасности" in text and "Степень серьёзности" in text


@pytest.fixture
def smtp(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5
    settings.EMAIL_USE_TLS = False
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=settings.EMAIL_PORT)
    controller.start()
    yield inbox
    controller.stop()


def test_a_burst_above_the_threshold_sends_one_alert_to_each_contact(
    settings, smtp, django_capture_on_commit_callbacks
):
    settings.SECURITY_ALERT_THRESHOLD = 5
    settings.SECURITY_ALERT_WINDOW_SECONDS = 10**9  # one window for the whole test: no boundary to cross
    settings.SECURITY_ALERT_RECIPIENTS = ["security@azpromo.az", "soc@economy.gov.az"]
    request = RequestFactory().get("/sign-on/callback/", REMOTE_ADDR="198.51.100.20")
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(4):
            report("invalid_token", request=request, reason="state_mismatch")
    assert smtp.received == [] and not OutboxMessage.objects.exists()  # below the threshold
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(30):
            report("invalid_token", request=request, reason="state_mismatch")
        report("server_error", request=request, exception="KeyError")  # another kind, below its threshold
    assert sorted(recipients[0] for recipients, _content in smtp.received) == [
        "security@azpromo.az",
        "soc@economy.gov.az",
    ]
    _recipients, content = smtp.received[0]
    assert "Etibarsız token" in content and "/admin/security-log/?kind=invalid_token" in content
    assert "198.51.100.20" not in content
    assert OutboxMessage.objects.filter(sent_at__isnull=False).count() == 2
