"""Rebuilds every search index from the published pages.

The database index is replaced in one transaction; on Elasticsearch new indices are filled and
the aliases moved in one call. Either way, searches keep answering from the old index until the
new one is complete.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import caching, indexer, service


class Command(BaseCommand):
    help = "Rebuilds the search indexes (the database, and Elasticsearch when ELASTICSEARCH_URL is set)."

    def add_arguments(self, parser):
        parser.add_argument("--database-only", action="store_true", help="Rebuild only the embedded database index.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")

    def handle(self, *args, **options):
        backends = [service.database_backend()] if options["database_only"] else service.writable_backends()
        total = indexer.count_searchable_pages()
        failed = []
        for backend in backends:
            with tqdm(
                total=total, desc=f"{backend.name}", unit="page", disable=options["no_progress"], file=self.stderr
            ) as bar:
                try:
                    count = backend.rebuild(indexer.documents_with_progress(bar.update))
                except Exception as error:  # noqa: BLE001 - reported, and the others still rebuilt
                    failed.append(f"{backend.name}: {type(error).__name__}: {error}")
                    continue
            counts = ", ".join(f"{lang}: {n}" for lang, n in backend.document_counts().items())
            self.stdout.write(f"{backend.name}: {count} documents ({counts}).")
        self.stdout.write(f"passages: {indexer.rebuild_passages()}.")
        caching.invalidate()
        if failed:
            raise CommandError("Rebuild failed for " + "; ".join(failed))
