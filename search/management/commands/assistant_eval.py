"""Prints answer@1, answer@3 and correct declines of the assistant, per language and overall."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from search import assistant, assistant_evaluation


class Command(BaseCommand):
    help = "Measures the assistant against the judged questions (answer@1, answer@3, correct declines)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--questions",
            default=str(Path(settings.BASE_DIR) / "tests" / "search" / "assistant_judged.json"),
            help="The judged set (default: tests/search/assistant_judged.json).",
        )
        parser.add_argument("--misses", action="store_true", help="Also list each question the assistant got wrong.")

    def handle(self, *args, **options):
        questions = assistant_evaluation.load_questions(Path(options["questions"]))
        judged = assistant_evaluation.evaluate(questions, assistant.answer)
        if options["misses"]:
            for item in judged:
                wrong = not item.hit_at(3) if item.answerable else not item.declined
                if wrong:
                    expected = ", ".join(item.expected) or "(decline)"
                    got = ", ".join(item.got) or "(declined)"
                    self.stdout.write(
                        f"{item.lang} {item.style:12} {item.question}\n    expected {expected}; got {got}"
                    )
        self.stdout.write(f"{'':4}  {'answer@1':>8}  {'answer@3':>8}  {'declines':>8}  questions")
        for language, figures in assistant_evaluation.figures_by_language(judged).items():
            self.stdout.write(
                f"{language:4}  {figures.answer_at_1:8.3f}  {figures.answer_at_3:8.3f}  {figures.declines:8.3f}  "
                f"{figures.answerable} answerable, {figures.unanswerable} not"
            )
