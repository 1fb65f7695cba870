"""Writes cms/core/snapshots/sqlite-migrated.sql: what `migrate` makes of an empty SQLite database."""

import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from cms.core import migration_snapshot


class Command(BaseCommand):
    help = "Migrates a new SQLite database in a temporary folder and writes it as the snapshot `demo_setup` restores."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=migration_snapshot.SNAPSHOT, help="Where to write it.")

    def handle(self, *args, output, **options):
        connection = connections["default"]
        if connection.vendor != "sqlite":
            raise CommandError("The snapshot is of an SQLite database: run with the SQLite settings (no DATABASE_URL).")
        with tempfile.TemporaryDirectory(prefix="migration-snapshot-") as folder:
            connection.close()
            connection.settings_dict["NAME"] = str(Path(folder) / "db.sqlite3")
            call_command("migrate", interactive=False, verbosity=0)
            count = migration_snapshot.write(connection, output)
            connection.close()
        self.stdout.write(self.style.SUCCESS(f"Snapshot of {count} migrations written to {output}."))
