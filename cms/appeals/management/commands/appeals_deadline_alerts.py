"""Daily: tells handlers (or, with no handler, the body's registrars) of appeals due soon, and them and
the supervisors of appeals overdue. Each alert is written once per appeal, kind and due date (the
outbox key), so running the command twice sends nothing new; an extended due date alerts again."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from cms.appeals import deadlines
from cms.appeals.access import staff_of
from cms.appeals.models import Appeal, Role
from cms.appeals.notifications import notify_staff


class Command(BaseCommand):
    help = "Alert staff of appeals due soon and overdue (run daily; safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="The day to alert for (YYYY-MM-DD); default: today in Baku.")

    def handle(self, *args, today=None, **options):
        import datetime

        today = datetime.date.fromisoformat(today) if today else timezone.localdate()
        threshold = deadlines.due_soon_threshold(today, settings.APPEALS_DUE_SOON_WORKING_DAYS)
        open_appeals = Appeal.objects.open().filter(due_date__isnull=False).select_related("assignee")
        written = 0
        for appeal in open_appeals.filter(due_date__lte=threshold).order_by("due_date"):
            kind = "overdue" if appeal.is_overdue(today) else "due_soon"
            people = [appeal.assignee] if appeal.assignee else list(staff_of(appeal.body, Role.REGISTRAR))
            if kind == "overdue":
                people += [u for u in staff_of(appeal.body, Role.SUPERVISOR) if u not in people]
            with transaction.atomic():
                written += notify_staff(people, appeal, kind, dedupe=f"{kind}:{appeal.pk}:{appeal.due_date}")
        self.stdout.write(f"{written} alerts written to the outbox.")
