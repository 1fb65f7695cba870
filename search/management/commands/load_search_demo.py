"""Loads the demo's best bets and the assistant's curated answers (search/data/demo_best_bets.yml,
demo_curated_answers.yml) once the demo pages exist."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from search.analysis import load_data
from search.models import BestBet, CuratedAnswer


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
        self.load_curated_answers()
        if missing and not created and not BestBet.objects.exists():
            raise CommandError("No demo page was found: run load_demo_content first.")

    def load_curated_answers(self):
        created = 0
        for item in load_data("demo_curated_answers.yml")["curated_answers"]:
            page = Page.objects.filter(slug_en=item["page"]).first()
            if page is None:
                self.stderr.write(f"No page with the English slug {item['page']!r}; curated answer skipped.")
                continue
            questions = item["questions"].strip()
            if CuratedAnswer.objects.filter(language=item["language"], page=page, questions=questions).exists():
                continue
            answer = CuratedAnswer(
                language=item["language"], page=page, questions=questions, suggested=item.get("suggested", False)
            )
            answer.full_clean()
            answer.save()
            created += 1
        self.stdout.write(f"Curated answers: {created} created.")
