"""The set-up of `make demo`: the migrations snapshot and the pause of content-change reactions."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from cms.core import migration_snapshot, publishing
from cms.core.publishing import content_changes_paused, queue_content_change

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = migration_snapshot._MANIFEST_PREFIX


def _snapshot_with(tmp_path, change) -> Path:
    """A copy of the snapshot whose manifest `change` has edited."""
    lines = migration_snapshot.SNAPSHOT.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines):
        if line.startswith(MANIFEST):
            manifest = json.loads(line[len(MANIFEST) :])
            change(manifest)
            lines[number] = f"{MANIFEST}{json.dumps(manifest)}\n"
    copy = tmp_path / "snapshot.sql"
    copy.write_text("".join(lines), encoding="utf-8")
    return copy


@pytest.mark.django_db
def test_the_snapshot_names_only_migrations_that_are_unchanged_on_disk():
    verdict = migration_snapshot.check(connection)
    # The test database is migrated, so the snapshot may not be restored into it — for that
    # reason, or because it is PostgreSQL, and for no other.
    assert not verdict.usable
    assert verdict.reason in (
        "the database is not empty",
        f"the database is {connection.vendor}, the snapshot is for SQLite",
    )


@pytest.mark.django_db
def test_a_snapshot_naming_an_edited_migration_is_not_used(tmp_path):
    def edit(manifest):
        manifest["migrations"]["guide.0001_initial"] = "0" * 16

    verdict = migration_snapshot.check(connection, _snapshot_with(tmp_path, edit))
    assert not verdict.usable
    assert verdict.reason == "the migration guide.0001_initial changed since the snapshot was written"


@pytest.mark.django_db
def test_a_snapshot_naming_a_migration_that_is_gone_is_not_used(tmp_path):
    def add(manifest):
        manifest["migrations"]["guide.0099_squashed_away"] = "0" * 16

    verdict = migration_snapshot.check(connection, _snapshot_with(tmp_path, add))
    assert not verdict.usable
    assert "guide.0099_squashed_away" in verdict.reason


@pytest.mark.django_db
def test_a_snapshot_made_for_other_languages_is_not_used(tmp_path):
    def languages(manifest):
        manifest["languages"] = ["az", "en"]

    verdict = migration_snapshot.check(connection, _snapshot_with(tmp_path, languages))
    assert verdict.reason == "the snapshot was made for other languages"


def _schema(database: Path | str) -> dict:
    """Tables with their columns (in any order: modeltranslation adds its own in no fixed one),
    indexes and triggers, and the migrations recorded as applied."""
    with sqlite3.connect(database) as db:
        kinds = {row[1]: row[2] for row in db.execute("PRAGMA table_list")}
        tables = {
            name: sorted((row[1], row[2], row[3], row[5]) for row in db.execute(f'PRAGMA table_info("{name}")'))
            for name, kind in kinds.items()
            if kind == "table" and not name.startswith("sqlite_")
        }
        others = sorted(
            db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")
        )
        applied = sorted(db.execute("SELECT app, name FROM django_migrations"))
    return {"tables": tables, "indexes and triggers": others, "applied": applied}


@pytest.mark.django_db
def test_an_empty_database_set_up_from_the_snapshot_has_the_schema_of_a_full_migrate(tmp_path):
    """`demo_setup --only migrate` restores the snapshot and migrates on top; the result must be
    the database the test run's own full migrate made (pytest-django migrates from nothing)."""
    if connection.vendor != "sqlite":
        pytest.skip("The snapshot is of an SQLite database; this run's database is PostgreSQL.")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "VAR_DIR": str(tmp_path),
        "DIST_DIR": str(tmp_path / "dist"),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }
    environment.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "demo_setup", "--only", "migrate"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "migrate: " in result.stdout and "from the snapshot of" in result.stdout, result.stdout

    restored = _schema(tmp_path / "db.sqlite3")
    migrated = _schema(connection.settings_dict["NAME"])
    assert restored["tables"] == migrated["tables"]
    assert restored["indexes and triggers"] == migrated["indexes and triggers"]
    assert restored["applied"] == migrated["applied"]
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    assert set(graph.leaf_nodes()) <= set(restored["applied"])


@pytest.mark.django_db
def test_no_content_change_is_queued_while_changes_are_paused(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as paused, content_changes_paused():
        queue_content_change("published", [1])
    with django_capture_on_commit_callbacks() as running:
        queue_content_change("published", [1])
    # Paused, nothing reacts; only the content generation is renewed on commit, so that what the
    # API keeps in its cache is not served after the load (cms.core.publishing.content_changed).
    assert paused == [publishing._start_new_generation]
    # Once per transaction: the renewal is queued already, the reaction is the one new callback.
    assert len(running) == 1 and running[0] is not publishing._start_new_generation
