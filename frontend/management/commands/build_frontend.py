"""`python manage.py build_frontend [--output DIR] [--cms-url URL]`: build the whole public site."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from frontend import build
from frontend.source import ContentReader, HttpSource, InProcessSource, SourceError


class Command(BaseCommand):
    help = "Builds the static public site from the content API into a new folder and swaps it in atomically."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", type=Path, help="The live site's path (a symlink to the build). Default: the DIST_DIR setting."
        )
        parser.add_argument("--cms-url", help="Read the API over HTTP from this CMS base URL instead of in process.")
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bars.")

    def handle(self, *args, output=None, cms_url=None, no_progress=False, **options):
        source = HttpSource(cms_url) if cms_url else InProcessSource()
        try:
            folder = build.full_build(output, ContentReader(source), progress=not no_progress)
        except SourceError as exc:
            raise CommandError(f"The content API could not be read: {exc}") from exc
        pages = sum(1 for _ in folder.rglob("index.html"))
        self.stdout.write(
            self.style.SUCCESS(f"Built {pages} pages into {folder}; {output or build.dist_dir()} now serves it.")
        )
