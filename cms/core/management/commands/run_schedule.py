"""Runs the deployment's periodic commands (cms.core.schedule.SCHEDULE) for ever, or once."""

from django.core.management.base import BaseCommand

from cms.core import schedule


class Command(BaseCommand):
    help = "Run the periodic commands (scheduled publishing, the outbox, deadline alerts, session clean-up)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every command once and stop.")

    def handle(self, *args, once=False, **options):
        if once:
            outcomes = schedule.run_due({}, 0.0)
            for command, error in outcomes:
                self.stdout.write(f"{command}: {'failed: ' + error if error else 'done'}")
            if any(error for _command, error in outcomes):
                raise SystemExit(1)
            return
        for item in schedule.SCHEDULE:
            self.stdout.write(f"{item.command} every {item.every_seconds} s: {item.why}")
        schedule.run_forever()
