"""Tests that commit leave the database as they found it.

A test in a transaction is rolled back, but a test that commits (`transaction=True`: live servers,
threads, pg_dump) cannot be. Django's answer is serialized rollback: empty the database after the
test and restore a snapshot of it before the next one. This module changes two things about it,
so that every test, in any order, starts from the session's state (the migrations' rows and the
demo):

- The state is restored when the committing test *ends*, not when the next committing test
  starts: a rolled-back test that runs after it sees the demo, not an empty database. No test
  has to ask for it (Django's `serialized_rollback`).
- The restore is a copy of the whole state taken once the demo was loaded: on SQLite a page copy
  (SQLite's online backup), on PostgreSQL each table's rows through COPY. Django's own restore
  saves a JSON snapshot back row by row (an UPDATE, then an INSERT, for each): measured on the
  demo on a busy machine, 7.8 s against 0.02 s on SQLite, 20.5 s (flush and restore) against
  1.3 s on PostgreSQL, for each committing test.

pytest-django builds each committing test from Django's `TransactionTestCase`, so the change is
made there, once, for the session.
"""

from __future__ import annotations

import sqlite3

from django.core.management.color import no_style
from django.db import connections

# Per database alias: SQLite's in-memory copy of the database, or PostgreSQL's tables as COPY data.
_sqlite_copies: dict[str, sqlite3.Connection] = {}
_table_copies: dict[str, list[tuple[str, str, bytes]]] = {}


def keep_the_session_state() -> None:
    """Keeps what every test must start from: once the test databases hold the demo."""
    for connection in connections.all(initialized_only=False):
        if connection.alias in _sqlite_copies or connection.alias in _table_copies:
            continue
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(copy)
            _sqlite_copies[connection.alias] = copy
        else:
            _table_copies[connection.alias] = _copy_tables(connection)


def _copy_tables(connection) -> list[tuple[str, str, bytes]]:
    """Every model table's rows, as PostgreSQL's COPY writes them (generated columns left out:
    the database computes them again)."""
    quote = connection.ops.quote_name
    copies = []
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.django_table_names(only_existing=True, include_views=False)):
            cursor.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position",
                [table],
            )
            columns = ", ".join(quote(name) for (name,) in cursor.fetchall())
            with cursor.cursor.copy(f"COPY {quote(table)} ({columns}) TO STDOUT") as copy:
                copies.append((quote(table), columns, b"".join(bytes(block) for block in copy)))
    return copies


def _models(connection) -> list:
    from django.apps import apps

    tables = set(connection.introspection.django_table_names(only_existing=True, include_views=False))
    return [model for model in apps.get_models(include_auto_created=True) if model._meta.db_table in tables]


def _restore(alias: str) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction

    connection = connections[alias]
    connection.ensure_connection()
    copy = _sqlite_copies.get(alias)
    if copy is not None:
        copy.backup(connection.connection)
    else:
        copies = _table_copies[alias]
        # One transaction: Django's foreign keys are checked at its end, so the order of the tables
        # does not matter.
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(table for table, _columns, _rows in copies)}")
            for table, columns, rows in copies:
                if rows:
                    with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as load:
                        load.write(rows)
            # The rows come back with their ids, but a sequence is not part of them: a test that
            # flushed (which resets the sequences) would leave the next insert colliding with them.
            for statement in connection.ops.sequence_reset_sql(no_style(), _models(connection)):
                cursor.execute(statement)
    ContentType.objects.clear_cache()  # ids cached by the test may be gone


def restore_the_session_state_after_committing_tests() -> None:
    """Every committing test (pytest-django builds it from Django's `TransactionTestCase`; rolled-back
    tests come from `TestCase`, which has its own) ends by restoring the session's state instead of
    emptying the database."""
    from django.test import TransactionTestCase

    def _fixture_teardown(self):
        for alias in self._databases_names(include_mirrors=False):
            _restore(alias)

    TransactionTestCase._fixture_teardown = _fixture_teardown
