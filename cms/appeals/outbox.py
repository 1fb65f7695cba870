"""The outbox: e-mails are rows first, written with the event; sending comes after the commit.

`enqueue()` adds a row inside the caller's transaction and, once that commits, queues the delivery
task (immediate in development and tests, the database worker in production). `deliver_pending()`
sends what is due; a failure leaves the row pending with a later `next_attempt_at` (exponential
backoff, capped), so a mail server outage delays e-mails and loses none. The `send_appeal_outbox`
command runs the same delivery from a scheduler, which is what retries after an outage.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django_tasks import task

from .models import OutboxMessage

logger = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 60
MAX_RETRY_SECONDS = 6 * 60 * 60


def enqueue(*, to: str, subject: str, body: str, language: str, appeal=None, key: str | None = None) -> OutboxMessage | None:
    """Writes one e-mail to the outbox; with a `key` already used, writes nothing and returns None."""
    message = OutboxMessage(to=to, subject=subject[:300], body=body, language=language, appeal=appeal, key=key or None)
    if key:
        # A savepoint, so that a duplicate does not spoil the caller's transaction.
        try:
            with transaction.atomic():
                message.save()
        except IntegrityError:
            return None
    else:
        message.save()
    if getattr(settings, "APPEALS_DELIVER_ON_COMMIT", True):
        transaction.on_commit(_queue_delivery)
    return message


def _queue_delivery() -> None:
    try:
        deliver_outbox.enqueue()
    except Exception:  # the scheduled command delivers it later; the event itself is committed
        logger.exception("Could not queue the outbox delivery")


@task()
def deliver_outbox() -> int:
    return deliver_pending()


def backoff(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS))


def _due_messages(now, limit: int):
    queryset = OutboxMessage.objects.filter(sent_at__isnull=True, next_attempt_at__lte=now).order_by("next_attempt_at", "pk")
    if connection.features.has_select_for_update_skip_locked:
        # Two senders at once take different rows instead of sending the same e-mail twice.
        queryset = queryset.select_for_update(skip_locked=True)
    return list(queryset[:limit])


def deliver_pending(*, limit: int = 100, now: datetime.datetime | None = None) -> int:
    """Sends the e-mails that are due; returns how many left. Safe to run from several processes."""
    now = now or timezone.now()
    sent = 0
    with transaction.atomic():
        messages = _due_messages(now, limit)
        if not messages:
            return 0
        try:
            smtp = get_connection(fail_silently=False)
            smtp.open()
        except Exception as exc:  # the server is down: every message waits for the next attempt
            for message in messages:
                _failed(message, exc, now)
            return 0
        try:
            for message in messages:
                try:
                    EmailMessage(message.subject, message.body, settings.DEFAULT_FROM_EMAIL, [message.to], connection=smtp).send()
                except Exception as exc:
                    _failed(message, exc, now)
                else:
                    message.sent_at = timezone.now()
                    message.attempts += 1
                    message.last_error = ""
                    message.save(update_fields=["sent_at", "attempts", "last_error"])
                    sent += 1
        finally:
            try:
                smtp.close()
            except Exception:
                logger.warning("Closing the SMTP connection failed", exc_info=True)
    return sent


def _failed(message: OutboxMessage, exc: Exception, now) -> None:
    message.attempts += 1
    message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
    message.next_attempt_at = now + backoff(message.attempts)
    message.save(update_fields=["attempts", "last_error", "next_attempt_at"])
    logger.warning("E-mail %s to %s not sent (attempt %d): %s", message.pk, message.to, message.attempts, message.last_error)
