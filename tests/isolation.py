"""Tests that commit leave the database as they found it.

A test in a transaction is rolled back, but a test that commits (`transaction=True`: live servers,
threads, pg_dump) cannot be. Django's answer is serialized rollback: empty the database after the
test and restore a snapshot of it before the next one. This module changes two things about it,
so that every test, in any order, starts from the session's state (the migrations' rows and the
demo):

- The state is restored when the committing test *ends*, not when the next committing test
  starts: a rolled-back test that runs after it sees the demo, not an empty database. No test
  has to ask for it (Django's `serialized_rollback`).
- On SQLite the restore is a page copy of the database (SQLite's online backup) from a copy taken
  once the demo was loaded: milliseconds, where reading Django's JSON snapshot back row by row
  takes seconds. On PostgreSQL it is Django's: TRUNCATE, then a snapshot taken once.

pytest-django builds each committing test from Django's `TransactionTestCase`, so the change is
made there, once, for the session.
"""

from __future__ import annotations

import json
import sqlite3

from django.db import connections

# Per database alias: SQLite's in-memory copy, or for other databases Django's JSON snapshot.
_sqlite_copies: dict[str, sqlite3.Connection] = {}
_snapshots: dict[str, str] = {}


def keep_the_session_state() -> None:
    """Keeps what every test must start from: once the test databases hold the demo."""
    for connection in connections.all(initialized_only=False):
        if connection.alias in _sqlite_copies or connection.alias in _snapshots:
            continue
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(copy)
            _sqlite_copies[connection.alias] = copy
        else:
            _snapshots[connection.alias] = _content_types_first(connection.creation.serialize_db_to_string())


def _content_types_first(snapshot: str) -> str:
    """The snapshot with content types first: restoring a row can send a signal that looks its
    content type up, and a look-up that finds nothing creates one under a new id, with which the
    snapshot's own row then collides."""
    rows = json.loads(snapshot)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")  # stable: the rest keep their order
    return json.dumps(rows)


def _restore(alias: str) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    connection = connections[alias]
    copy = _sqlite_copies.get(alias)
    if copy is not None:
        connection.ensure_connection()
        copy.backup(connection.connection)
    else:
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            database=alias,
            reset_sequences=False,
            allow_cascade=True,
            inhibit_post_migrate=True,
        )
        ContentType.objects.clear_cache()  # the restore's look-ups must read the restored rows
        connection.creation.deserialize_db_from_string(_snapshots[alias])
    ContentType.objects.clear_cache()


def restore_the_session_state_after_committing_tests() -> None:
    """Every committing test (pytest-django builds it from Django's `TransactionTestCase`; rolled-back
    tests come from `TestCase`, which has its own) ends by restoring the session's state instead of
    emptying the database."""
    from django.test import TransactionTestCase

    def _fixture_teardown(self):
        for alias in self._databases_names(include_mirrors=False):
            _restore(alias)

    TransactionTestCase._fixture_teardown = _fixture_teardown
