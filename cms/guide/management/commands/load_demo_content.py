from django.core.management.base import BaseCommand

from cms.guide.demo import DemoLoader


class Command(BaseCommand):
    help = "Loads the demo Investor's Guide in az, en and ru. Safe to run again: it updates, never duplicates."

    def handle(self, *args, **options):
        report = DemoLoader().load()
        for line in report.lines():
            self.stdout.write(f"  {line}")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
