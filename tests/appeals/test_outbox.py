"""E-mails through the outbox, against a real SMTP server (aiosmtpd) on a free loopback port."""

import datetime
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone

from cms.appeals.models import Body, OutboxMessage, Role, Status
from cms.appeals.outbox import backoff, deliver_pending
from cms.appeals.staff import act

from . import factories

pytestmark = pytest.mark.django_db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """An SMTP handler that keeps what it receives, or refuses every recipient while `refusing`."""

    def __init__(self):
        self.received = []
        self.refusing = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refusing:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted"


@pytest.fixture
def smtp_settings(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5
    settings.EMAIL_USE_TLS = False
    return settings


def test_with_the_mail_server_down_the_appeal_is_registered_and_the_email_leaves_once_it_is_back(
    smtp_settings, django_capture_on_commit_callbacks
):
    filer = factories.person()
    # Nothing listens on the port: the immediate delivery after the commit fails.
    with django_capture_on_commit_callbacks(execute=True):
        appeal = factories.registered(filer, answer_language="en", contact_email="investor@example.com")
    appeal.refresh_from_db()
    assert appeal.status == Status.REGISTERED and appeal.number
    pending = OutboxMessage.objects.get(appeal=appeal)
    assert pending.sent_at is None and pending.attempts == 1
    assert "Connection" in pending.last_error or "refused" in pending.last_error.lower()
    assert pending.next_attempt_at > timezone.now()

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_settings.EMAIL_PORT)
    controller.start()
    try:
        # The server answers but refuses recipients for now: still pending, tried again later.
        inbox.refusing = True
        assert deliver_pending(now=pending.next_attempt_at) == 0
        pending.refresh_from_db()
        assert pending.sent_at is None and pending.attempts == 2
        assert "451" in pending.last_error

        # Before the backoff has passed, nothing is tried.
        inbox.refusing = False
        assert deliver_pending(now=pending.next_attempt_at - datetime.timedelta(seconds=1)) == 0
        assert inbox.received == []

        # The server is back: the scheduled command sends it, once.
        # (The backoff is moved into the past rather than waited for: no sleeps in tests.)
        OutboxMessage.objects.filter(pk=pending.pk).update(next_attempt_at=timezone.now())
        call_command("send_appeal_outbox", stdout=open("/dev/null", "w"))
        assert deliver_pending(now=timezone.now() + datetime.timedelta(hours=1)) == 0
    finally:
        controller.stop()

    pending.refresh_from_db()
    assert pending.sent_at is not None and pending.attempts == 3
    assert len(inbox.received) == 1
    recipients, content = inbox.received[0]
    assert recipients == ["investor@example.com"]
    assert appeal.number in content


def test_backoff_grows_and_is_capped():
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert backoff(30).total_seconds() == 6 * 60 * 60


def test_deadline_alerts_are_written_once_however_often_the_command_runs(settings):
    settings.APPEALS_DELIVER_ON_COMMIT = False
    filer = factories.person()
    appeal = factories.registered(filer, on=datetime.date(2026, 3, 19))  # due 20 April 2026
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    supervisor = factories.staff(Body.MINISTRY, Role.SUPERVISOR)
    act(registrar, appeal, "assign", assignee=handler)
    before = OutboxMessage.objects.count()

    def run(day):
        call_command("appeals_deadline_alerts", today=day, stdout=open("/dev/null", "w"))

    run("2026-04-10")  # more than three working days before: nothing
    assert OutboxMessage.objects.count() == before
    run("2026-04-15")
    run("2026-04-15")
    due_soon = OutboxMessage.objects.filter(key__startswith="due_soon:")
    assert list(due_soon.values_list("to", flat=True)) == [handler.email]
    run("2026-04-21")
    run("2026-04-21")
    overdue = OutboxMessage.objects.filter(key__startswith="overdue:")
    assert sorted(overdue.values_list("to", flat=True)) == sorted([handler.email, supervisor.email])
