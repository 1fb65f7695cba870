"""The set-up steps of `make demo` in one process, each timed.

Each `manage.py` command pays Django's and Wagtail's start-up (about 5 s on the 2-core development
machine); run as one command, the seven steps pay it once. The steps are the commands that exist
on their own, in the order `make demo` always ran them, with two differences that leave the same
result sooner:

- migrate: an empty SQLite database starts from the migrations snapshot
  (`cms/core/migration_snapshot.py`) when it is still valid; `migrate` then applies what is newer.
- load_demo_content: the load's saves and publishes update nothing derived page by page
  (`cms/core/bulk_load.py`): the portal's search index and static site are built in full by the
  next steps, and Wagtail's search and reference indexes are rebuilt once the content is in.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.backends.immediate import ImmediateBackend

from cms.core import migration_snapshot
from cms.core.bulk_load import load_in_bulk

STEPS = (
    "migrate",
    "load_demo_content",
    "rebuild_search_index",
    "load_search_demo",
    "build_frontend",
    "ensure_dev_admin",
    "ensure_dev_idp_client",
)


class Command(BaseCommand):
    help = "Runs the set-up steps of `make demo` (migrate, demo content, search index, site, accounts), timing each."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            action="append",
            dest="base_urls",
            help="An origin the portal is served on, for the sign-on client (repeatable; see ensure_dev_idp_client).",
        )
        parser.add_argument("--no-snapshot", action="store_true", help="Migrate an empty database from nothing.")
        parser.add_argument(
            "--only", nargs="+", choices=STEPS, metavar="STEP", help=f"Run only these steps ({', '.join(STEPS)})."
        )

    def handle(self, *args, base_urls=None, no_snapshot=False, only=None, **options):
        if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], ImmediateBackend):
            raise CommandError(
                "The set-up runs its tasks at once: set TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend."
            )
        self.verbosity = options["verbosity"]
        runs: dict[str, Callable[[], str]] = {
            "migrate": lambda: self.migrate(use_snapshot=not no_snapshot),
            "load_demo_content": self.load_demo_content,
            "rebuild_search_index": lambda: self.call("rebuild_search_index", no_progress=True),
            "load_search_demo": lambda: self.call("load_search_demo"),
            "build_frontend": lambda: self.call("build_frontend", no_progress=True),
            "ensure_dev_admin": lambda: self.call("ensure_dev_admin"),
            "ensure_dev_idp_client": lambda: self.call("ensure_dev_idp_client", base_urls=base_urls),
        }
        started = time.perf_counter()
        for step in STEPS:
            if only and step not in only:
                continue
            self.stdout.write(self.style.MIGRATE_HEADING(f"{step}"))
            step_started = time.perf_counter()
            note = runs[step]()
            took = time.perf_counter() - step_started
            self.stdout.write(f"{step}: {took:.1f} s{f' ({note})' if note else ''}")
        self.stdout.write(self.style.SUCCESS(f"Set-up done in {time.perf_counter() - started:.1f} s."))

    def call(self, name: str, **options) -> str:
        call_command(name, stdout=self.stdout, stderr=self.stderr, verbosity=self.verbosity, **options)
        return ""

    def migrate(self, use_snapshot: bool) -> str:
        note = "from nothing"
        if use_snapshot:
            verdict = migration_snapshot.restore_if_usable()
            note = (
                f"from the snapshot of {verdict.migrations} migrations"
                if verdict.usable
                else f"from nothing: {verdict.reason}"
            )
        call_command(
            "migrate", interactive=False, stdout=self.stdout, stderr=self.stderr, verbosity=min(self.verbosity, 1)
        )
        return note

    def load_demo_content(self) -> str:
        load_in_bulk(lambda: self.call("load_demo_content"), rebuild_search_index=False, stdout=self.stdout)
        return "then Wagtail's reference and search indexes rebuilt once"
