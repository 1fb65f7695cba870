"""E-mails through the outbox, against a real SMTP server (aiosmtpd) on a free loopback port."""

import asyncio
import datetime
import io
import logging
import socket
import threading

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cms.appeals.models import Body, OutboxMessage, Role, Status
from cms.appeals.outbox import backoff, deliver_outbox, deliver_pending, enqueue
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
        self.refusal = "451 4.3.0 Try again later"
        self.recipients_asked = 0
        # Set `stall` to hold every DATA until `release` is set; `stalled` says one is held.
        self.stall = False
        self.stalled = threading.Event()
        self.release = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.recipients_asked += 1
        if self.refusing:
            return self.refusal.replace("{address}", address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.stall:
            self.stalled.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
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
        call_command("send_appeal_outbox", stdout=io.StringIO())
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
        call_command("appeals_deadline_alerts", today=day, stdout=io.StringIO())

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


@pytest.fixture
def mail_server(smtp_settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_settings.EMAIL_PORT)
    controller.start()
    try:
        yield inbox
    finally:
        inbox.release.set()
        controller.stop()


def outbox_message(to="investor@example.com") -> OutboxMessage:
    return enqueue(to=to, subject="Your appeal", body="Registered.", language="en")


def test_a_failed_attempt_is_logged_by_number_never_by_recipient(settings, mail_server, caplog):
    settings.APPEALS_DELIVER_ON_COMMIT = False
    message = outbox_message("aysel.mammadova@example.com")
    mail_server.refusing = True
    mail_server.refusal = "451 4.2.1 <{address}>: mailbox busy, try later"
    with caplog.at_level(logging.WARNING, logger="cms.appeals.outbox"):
        assert deliver_pending() == 0
    (record,) = [r for r in caplog.records if r.name == "cms.appeals.outbox"]
    line = record.getMessage()
    assert f"E-mail {message.pk} not sent (attempt 1 of 10)" in line and "451" in line
    assert "aysel" not in line.lower() and "example.com" not in line
    # Staff still see the server's whole answer on the message.
    message.refresh_from_db()
    assert "aysel.mammadova@example.com" in message.last_error and message.failed_at is None


def test_retries_are_bounded_then_the_message_is_failed_and_no_longer_tried(settings, mail_server, caplog):
    settings.APPEALS_DELIVER_ON_COMMIT = False
    settings.OUTBOX_MAX_ATTEMPTS = 3
    message = outbox_message()
    mail_server.refusing = True
    now = timezone.now()
    for attempt in (1, 2, 3):
        assert deliver_pending(now=now) == 0
        message.refresh_from_db()
        assert message.attempts == attempt
        now = message.next_attempt_at + datetime.timedelta(seconds=1)
    assert message.failed_at is not None and message.sent_at is None
    assert any(
        r.levelno == logging.ERROR and f"E-mail {message.pk} not sent (attempt 3), given up" in r.getMessage()
        for r in caplog.records
    )
    asked = mail_server.recipients_asked
    mail_server.refusing = False
    assert deliver_pending(now=now + datetime.timedelta(days=30)) == 0
    assert mail_server.recipients_asked == asked and mail_server.received == []


def test_a_permanent_refusal_of_the_recipient_fails_at_once(settings, mail_server):
    settings.APPEALS_DELIVER_ON_COMMIT = False
    message = outbox_message("nobody@example.com")
    mail_server.refusing = True
    mail_server.refusal = "550 5.1.1 <{address}>: no such user"
    assert deliver_pending() == 0
    message.refresh_from_db()
    assert message.attempts == 1 and message.failed_at is not None
    assert "550 5.1.1" in message.last_error


def test_staff_see_failed_messages_in_the_admin_and_send_them_again(
    settings, mail_server, django_capture_on_commit_callbacks
):
    settings.OUTBOX_MAX_ATTEMPTS = 1
    filer = factories.person()
    mail_server.refusing = True
    with django_capture_on_commit_callbacks(execute=True):
        appeal = factories.registered(filer, answer_language="en", contact_email="investor@example.com")
    failed = OutboxMessage.objects.get(appeal=appeal)
    assert failed.failed_at is not None and "451" in failed.last_error

    supervisor = factories.staff(appeal.body, Role.SUPERVISOR)
    other_body = Body.AZPROMO if appeal.body == Body.MINISTRY else Body.MINISTRY
    elsewhere = factories.staff(other_body, Role.SUPERVISOR)
    handler = factories.staff(appeal.body, Role.HANDLER)
    superuser = get_user_model().objects.create_superuser("root", password="x")
    listing = reverse("appeals_admin_outbox")

    for user, sees in ((superuser, True), (supervisor, True), (elsewhere, False)):
        client = Client()
        client.force_login(user)
        page = client.get(listing)
        assert page.status_code == 200
        assert (f'data-outbox-message="{failed.pk}"' in page.content.decode()) is sees, user
    # A handler is refused both (the admin answers a refusal by sending them to its home page).
    client = Client()
    client.force_login(handler)
    for refused in (client.get(listing), client.post(reverse("appeals_admin_outbox_send_again", args=[failed.pk]))):
        assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    failed.refresh_from_db()
    assert failed.failed_at is not None

    # The appeal's own page says so, to everyone who handles it.
    client.force_login(handler)
    detail = client.get(reverse("appeals_admin_detail", args=[appeal.pk])).content.decode()
    assert f'data-failed-email="{failed.pk}"' in detail and "451" in detail

    # The mail server is fixed; a supervisor sends it again: it leaves, once.
    mail_server.refusing = False
    client = Client()
    client.force_login(supervisor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("appeals_admin_outbox_send_again", args=[failed.pk]))
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.sent_at is not None and failed.failed_at is None
    assert [recipients for recipients, _ in mail_server.received] == [["investor@example.com"]]
    assert f'data-outbox-message="{failed.pk}"' not in client.get(listing).content.decode()


def test_mail_caught_up_after_an_outage_is_sent_once_by_several_runs(settings, mail_server):
    settings.APPEALS_DELIVER_ON_COMMIT = False
    messages = [outbox_message(f"investor{n}@example.com") for n in range(5)]
    mail_server.refusing = True
    assert deliver_pending() == 0
    mail_server.refusing = False
    later = timezone.now() + datetime.timedelta(hours=1)
    assert deliver_pending(now=later, limit=2) == 2
    assert deliver_pending(now=later) == 3
    assert deliver_pending(now=later) == 0
    assert sorted(r[0][0] for r in mail_server.received) == sorted(m.to for m in messages)


@pytest.mark.django_db(transaction=True)
def test_no_row_lock_is_held_while_the_mail_server_talks(settings, mail_server):
    """The sender claims its rows, commits, and only then talks SMTP: while the server stalls in
    the middle of a message, another transaction locks and changes that very row at once."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's (run with DATABASE_URL=postgres://…)")
    settings.APPEALS_DELIVER_ON_COMMIT = False
    message = outbox_message()
    mail_server.stall = True
    outcome = {}

    def sender():
        try:
            outcome["sent"] = deliver_pending()
        finally:
            connection.close()

    thread = threading.Thread(target=sender)
    thread.start()
    try:
        assert mail_server.stalled.wait(30), "the e-mail never reached the server"
        with transaction.atomic():
            row = OutboxMessage.objects.select_for_update(nowait=True).get(pk=message.pk)  # raises if locked
            assert row.next_attempt_at > timezone.now()  # claimed: other senders pass it by
            OutboxMessage.objects.filter(pk=message.pk).update(body="Registered (edited while sending).")
        assert deliver_pending() == 0  # a second sender does not send the claimed message again
    finally:
        mail_server.release.set()
        thread.join(60)
    assert outcome["sent"] == 1
    message.refresh_from_db()
    assert message.sent_at is not None and len(mail_server.received) == 1


@pytest.fixture
def database_tasks(settings):
    """Production's task queue: the delivery is a row for the worker, not run at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


def queued_deliveries():
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=deliver_outbox.module_path, status=TaskResultStatus.READY)


def test_one_waiting_delivery_task_carries_the_emails_committed_while_it_waits(
    database_tasks, django_capture_on_commit_callbacks
):
    from django.core import mail

    for n in range(3):
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            outbox_message(f"investor{n}@example.com")
    assert queued_deliveries().count() == 1

    # The worker has claimed that task: an e-mail committed now may come after its claim of the
    # due messages, so it queues a task of its own.
    queued_deliveries().update(status="RUNNING")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        outbox_message("investor3@example.com")
    assert queued_deliveries().count() == 1

    assert deliver_outbox.call() == 4
    assert sorted(m.to[0] for m in mail.outbox) == [f"investor{n}@example.com" for n in range(4)]
    assert not OutboxMessage.objects.filter(sent_at=None).exists()


def test_immediate_tasks_deliver_each_commit_at_once(django_capture_on_commit_callbacks):
    from django.core import mail

    for n in range(2):
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            outbox_message(f"investor{n}@example.com")
        assert len(mail.outbox) == n + 1


def test_a_delivery_task_sends_more_than_one_batch(settings, monkeypatch):
    from django.core import mail

    from cms.appeals import outbox

    settings.APPEALS_DELIVER_ON_COMMIT = False
    monkeypatch.setattr(outbox, "BATCH", 2)
    for n in range(5):
        outbox_message(f"investor{n}@example.com")
    assert deliver_outbox.call() == 5
    assert len(mail.outbox) == 5
    assert not OutboxMessage.objects.filter(sent_at=None).exists()
