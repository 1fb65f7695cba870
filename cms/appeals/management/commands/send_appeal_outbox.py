"""Sends the e-mails waiting in the appeals outbox (run every minute by the scheduler; the backoff
of each message decides when a failed one is tried again)."""

from django.core.management.base import BaseCommand

from cms.appeals.outbox import deliver_pending


class Command(BaseCommand):
    help = "Send the pending appeal e-mails that are due."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=100)

    def handle(self, *args, batch=100, **options):
        total = 0
        while True:
            sent = deliver_pending(limit=batch)
            total += sent
            if sent < batch:
                break
        self.stdout.write(f"{total} e-mails sent.")
