"""Loads the demo's best bets (search/data/demo_best_bets.yml) once the demo pages exist."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from search.analysis import load_data
from search.models import BestBet


class Command(BaseCommand):
    help = "Pins the demo's best bets to the demo pages (run after load_demo_content)."

    def handle(self, *args, **options):
        created = missing = 0
        for order, item in enumerate(load_data("demo_best_bets.yml")["best_bets"]):
            page = Page.objects.filter(slug_en=item["page"]).first()
            if page is None:
                missing += 1
                self.stderr.write(
                    f"No page with the English slug {item['page']!r}; best bet {item['query']!r} skipped."
                )
                continue
            bet = BestBet.objects.filter(language=item["language"], query=item["query"], page=page).first()
            if bet is None:
                bet = BestBet(language=item["language"], query=item["query"], page=page, sort_order=order)
                bet.full_clean()
                bet.save()
                created += 1
        self.stdout.write(f"Best bets: {created} created, {missing} skipped.")
        if missing and not created and not BestBet.objects.exists():
            raise CommandError("No demo page was found: run load_demo_content first.")
