"""The mail server goes down while applicants submit: appeals are still registered, their
acknowledgements wait in the outbox, and all of them leave, once each, when the server is back.

A real SMTP server (aiosmtpd) on a loopback port, stopped and started again on the same port.
"""

from __future__ import annotations

import io
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from cms.appeals.models import Appeal, OutboxMessage, Status
from cms.appeals.outbox import deliver_pending

from . import factories
from .test_submission import PDF, form_data

pytestmark = pytest.mark.django_db

APPLICANTS = 4


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    def __init__(self):
        self.received: list[tuple[list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append((list(envelope.rcpt_tos), envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted"


def test_appeals_are_accepted_while_the_mail_server_is_down_and_every_email_leaves_once_it_is_back(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT, settings.EMAIL_USE_TLS = (
        "127.0.0.1",
        free_port(),
        5,
        False,
    )
    mailbox = Mailbox()
    server = Controller(mailbox, hostname="127.0.0.1", port=settings.EMAIL_PORT)
    server.start()
    applicants = [factories.person(email=f"investor{n}@example.az") for n in range(APPLICANTS)]

    # The first appeal is acknowledged at once: the server is up.
    client = Client()
    client.force_login(applicants[0].user)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            client.post("/en/cabinet/appeals/new/", form_data(contact_email="investor0@example.az")).status_code == 302
        )
    assert len(mailbox.received) == 1

    server.stop()  # the outage
    for applicant in applicants[1:]:
        client = Client()
        client.force_login(applicant.user)
        files = [SimpleUploadedFile("contract.pdf", PDF)]
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/en/cabinet/appeals/new/", form_data(contact_email=applicant.contact_email, files=files)
            )
        assert response.status_code == 302  # accepted: the e-mail is not the applicant's problem
    assert Appeal.objects.filter(status=Status.REGISTERED).count() == APPLICANTS
    waiting = list(OutboxMessage.objects.filter(sent_at=None).order_by("pk"))
    assert sorted(m.to for m in waiting) == [f"investor{n}@example.az" for n in range(1, APPLICANTS)]
    assert all(m.attempts == 1 and m.last_error for m in waiting)
    assert len(mailbox.received) == 1
    # Trying again while it is still down changes nothing but the next attempt's time.
    retry_at = max(m.next_attempt_at for m in waiting)
    assert deliver_pending(now=retry_at) == 0
    assert OutboxMessage.objects.filter(sent_at=None).count() == APPLICANTS - 1

    server = Controller(mailbox, hostname="127.0.0.1", port=settings.EMAIL_PORT)
    server.start()  # back, on the same address
    try:
        # The scheduler's next run after the backoff (a `now` ahead of the clock, rather than a sleep).
        later = max(OutboxMessage.objects.filter(sent_at=None).values_list("next_attempt_at", flat=True))
        assert deliver_pending(now=later) == APPLICANTS - 1
        call_command("send_appeal_outbox", stdout=io.StringIO())  # nothing is sent twice
    finally:
        server.stop()

    assert OutboxMessage.objects.filter(sent_at=None).count() == 0
    assert sorted(to for recipients, _content in mailbox.received for to in recipients) == [
        f"investor{n}@example.az" for n in range(APPLICANTS)
    ]
    for appeal in Appeal.objects.all():
        assert sum(appeal.number in content for _to, content in mailbox.received) == 1
