"""The outbox: e-mails are rows first, written with the event; sending comes after the commit.

`enqueue()` adds a row inside the caller's transaction and, once that commits, queues the delivery
task (immediate in development and tests, the database worker in production). `deliver_pending()`
sends what is due, without holding a transaction or a row lock while the mail server talks:

1. claim: in one short transaction, the due rows are taken and their `next_attempt_at` is moved
   ahead by a lease, so that another sender passes over them; the transaction commits at once.
   Where the database locks rows (`skip_locked`: PostgreSQL) the rows read are locked and one
   statement moves every lease; elsewhere (SQLite) each row's lease is moved compare-and-set;
2. send, with no transaction open; a batch that runs close to the end of its lease gives the rest
   back rather than risk a second sender sending them too;
3. record each outcome in its own statement: sent; or failed with a later `next_attempt_at`
   (exponential backoff, capped), so a mail server outage delays e-mails and loses none.

After OUTBOX_MAX_ATTEMPTS failures, or at once when the server refuses the recipient for good (a
5xx answer), the message is marked failed; staff see it in the admin (Settings → E-mail outbox)
and may send it again. The `send_appeal_outbox` command runs the same delivery from a scheduler,
which is what retries after an outage. Log lines name a message by its number, never its recipient.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
import time

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django_tasks import task

from cms.core.redaction import redact

from .models import OutboxMessage

logger = logging.getLogger(__name__)

# Messages claimed and sent by one delivery run.
BATCH = 100
FIRST_RETRY_SECONDS = 60
MAX_RETRY_SECONDS = 6 * 60 * 60


def max_attempts() -> int:
    return max(1, settings.OUTBOX_MAX_ATTEMPTS)


def lease() -> datetime.timedelta:
    return datetime.timedelta(seconds=max(1, settings.OUTBOX_LEASE_SECONDS))


def enqueue(
    *, to: str, subject: str, body: str, language: str, appeal=None, key: str | None = None
) -> OutboxMessage | None:
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
    if settings.APPEALS_DELIVER_ON_COMMIT:
        transaction.on_commit(_queue_delivery)
    return message


def _queue_delivery() -> None:
    try:
        if not _delivery_queued():
            deliver_outbox.enqueue()
    except Exception:  # the scheduled command delivers it later; the event itself is committed
        logger.exception("Could not queue the outbox delivery")


def _delivery_queued() -> bool:
    """Whether a delivery task is already queued in the database and not started yet.

    It then sends this message too, so no second task is queued: under a stream of appeals one
    task delivers the e-mails of many instead of one task each. This runs after the message's
    commit; a task seen waiting here is claimed by the worker (its RUNNING committed) only after
    that, and its claim of the due messages starts later still, so it sees this message. A task
    already running may have claimed before the commit: then a new one is queued."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    backend = deliver_outbox.get_backend()
    if not isinstance(backend, DatabaseBackend):
        return False
    return (
        DBTaskResult.objects.ready()
        .filter(task_path=deliver_outbox.module_path, queue_name=deliver_outbox.queue_name, backend_name=backend.alias)
        .exists()
    )


@task()
def deliver_outbox() -> int:
    """Sends every due message, a batch at a time: a task may stand for the messages of many
    commits (`_delivery_queued`), more than one batch."""
    sent = 0
    while True:
        claimed, delivered = _deliver(limit=BATCH)
        sent += delivered
        if claimed < BATCH:
            return sent


def backoff(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS))


def waiting():
    """Messages still to be sent: not sent, not given up."""
    return OutboxMessage.objects.filter(sent_at__isnull=True, failed_at__isnull=True)


def _claim(now: datetime.datetime, limit: int) -> tuple[list[OutboxMessage], datetime.datetime]:
    """Takes up to `limit` due messages for this sender and commits at once (see the module)."""
    lease_until = now + lease()
    claimed = []
    with transaction.atomic():
        due = waiting().filter(next_attempt_at__lte=now).order_by("next_attempt_at", "pk")
        if connection.features.has_select_for_update_skip_locked:
            # Two senders at once take different rows instead of waiting for each other; the rows
            # read are locked until the commit, so one statement moves all their leases.
            claimed = list(due.select_for_update(skip_locked=True)[:limit])
            OutboxMessage.objects.filter(pk__in=[message.pk for message in claimed]).update(next_attempt_at=lease_until)
            for message in claimed:
                message.next_attempt_at = lease_until
            return claimed, lease_until
        for message in due[:limit]:
            # Compare-and-set: where rows cannot be locked (SQLite), only one sender wins each row.
            if (
                waiting()
                .filter(pk=message.pk, next_attempt_at=message.next_attempt_at)
                .update(next_attempt_at=lease_until)
            ):
                message.next_attempt_at = lease_until
                claimed.append(message)
    return claimed, lease_until


def deliver_pending(*, limit: int = BATCH, now: datetime.datetime | None = None) -> int:
    """Sends the e-mails that are due; returns how many left. Safe to run from several processes."""
    return _deliver(limit=limit, now=now)[1]


def _deliver(*, limit: int, now: datetime.datetime | None = None) -> tuple[int, int]:
    """(how many messages were claimed, how many of them were sent)."""
    now = now or timezone.now()
    messages, lease_until = _claim(now, limit)
    if not messages:
        return 0, 0
    # Half the lease for sending; what is left then goes back for the next run.
    stop_sending_at = time.monotonic() + lease().total_seconds() / 2
    try:
        smtp = get_connection(fail_silently=False)
        smtp.open()
    except Exception as exc:  # the server is down: every message waits for the next attempt
        for message in messages:
            _failed(message, exc, now)
        return len(messages), 0
    sent = 0
    try:
        for index, message in enumerate(messages):
            if time.monotonic() > stop_sending_at:
                _give_back(messages[index:], lease_until, now)
                break
            try:
                EmailMessage(
                    message.subject, message.body, settings.DEFAULT_FROM_EMAIL, [message.to], connection=smtp
                ).send()
            except Exception as exc:
                _failed(message, exc, now)
            else:
                _sent(message)
                sent += 1
    finally:
        try:
            smtp.close()
        except Exception:
            logger.warning("Closing the SMTP connection failed", exc_info=True)
    return len(messages), sent


def _sent(message: OutboxMessage) -> None:
    message.sent_at = timezone.now()
    message.attempts += 1
    message.last_error = ""
    OutboxMessage.objects.filter(pk=message.pk).update(
        sent_at=message.sent_at, attempts=message.attempts, last_error=""
    )


def _give_back(messages: list[OutboxMessage], lease_until: datetime.datetime, now: datetime.datetime) -> None:
    waiting().filter(pk__in=[m.pk for m in messages], next_attempt_at=lease_until).update(next_attempt_at=now)


def refused_for_good(exc: Exception) -> bool:
    """The server refused every recipient with a permanent (5xx) answer: trying again cannot help."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused) and exc.recipients:
        return all(500 <= code < 600 for code, _answer in exc.recipients.values())
    return False


def error_text(exc: Exception) -> str:
    """What went wrong, for staff: the server's answer when it gave one."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = sorted(
            {
                f"{code} {answer.decode('utf-8', 'replace') if isinstance(answer, bytes) else answer}"
                for code, answer in exc.recipients.values()
            }
        )
        return f"{type(exc).__name__}: {'; '.join(answers)}"
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return f"{type(exc).__name__}: {exc.smtp_code} {answer}"
    return f"{type(exc).__name__}: {exc}"


def _failed(message: OutboxMessage, exc: Exception, now: datetime.datetime) -> None:
    message.attempts += 1
    message.last_error = error_text(exc)[:2000]
    if refused_for_good(exc) or message.attempts >= max_attempts():
        message.failed_at = timezone.now()
    else:
        message.next_attempt_at = now + backoff(message.attempts)
    OutboxMessage.objects.filter(pk=message.pk).update(
        attempts=message.attempts,
        last_error=message.last_error,
        next_attempt_at=message.next_attempt_at,
        failed_at=message.failed_at,
    )
    # The number, never the address: the answer of the server is cut like any other log text, as
    # servers quote the recipient in it.
    reason = redact(message.last_error)
    if message.failed_at:
        logger.error(
            "E-mail %s not sent (attempt %d), given up; staff can send it again from the outbox: %s",
            message.pk,
            message.attempts,
            reason,
        )
    else:
        logger.warning(
            "E-mail %s not sent (attempt %d of %d): %s", message.pk, message.attempts, max_attempts(), reason
        )


def send_again(message: OutboxMessage) -> None:
    """A failed message, put back in line by staff with a fresh count of attempts."""
    OutboxMessage.objects.filter(pk=message.pk, sent_at__isnull=True).update(
        failed_at=None, attempts=0, next_attempt_at=timezone.now()
    )
    if settings.APPEALS_DELIVER_ON_COMMIT:
        transaction.on_commit(_queue_delivery)
