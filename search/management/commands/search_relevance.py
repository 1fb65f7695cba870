"""Prints nDCG@10 and recall@10 per query and overall, for the judgement set."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from search import relevance, service


class Command(BaseCommand):
    help = "Measures search relevance against graded judgements (nDCG@10, recall@10)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--judgements",
            default=str(Path(settings.BASE_DIR) / "tests" / "search" / "judgements.yml"),
            help="The YAML judgement set (default: tests/search/judgements.yml).",
        )
        parser.add_argument("--verbose-ranking", action="store_true", help="Also print the top ten of each query.")

    def handle(self, *args, **options):
        judgements = relevance.load_judgements(Path(options["judgements"]))
        scores = relevance.evaluate(judgements, lambda query: service.search(query, log=False))
        self.stdout.write(f"{'lang':4}  {'nDCG@10':>7}  {'recall@10':>9}  {'kind':15}  query")
        for score in scores:
            self.stdout.write(f"{score.lang:4}  {score.ndcg:7.3f}  {score.recall:9.3f}  {score.kind:15}  {score.q}")
            if options["verbose_ranking"]:
                self.stdout.write("      " + ", ".join(score.ranked))
        ndcg, recall = relevance.overall(scores)
        by_language: dict[str, list[relevance.QueryScore]] = {}
        for score in scores:
            by_language.setdefault(score.lang, []).append(score)
        for language, items in by_language.items():
            lang_ndcg, lang_recall = relevance.overall(items)
            self.stdout.write(
                f"{language}: nDCG@10 {lang_ndcg:.3f}, recall@10 {lang_recall:.3f} ({len(items)} queries)"
            )
        backend = service.health()["active"]
        self.stdout.write(
            f"Overall ({len(scores)} queries, {backend} backend): nDCG@10 {ndcg:.3f}, recall@10 {recall:.3f}"
        )
