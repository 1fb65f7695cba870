"""Shared fixtures.

The demo content is loaded once per test session into the test database; each test then runs in
a transaction that is rolled back, so tests may change content freely. Tests that need real
commits (live servers, threads) use `transactional_db`, which empties the database when they end;
each of them starts from a snapshot of the whole session state (the migrations' rows and the
demo), restored by Django's serialized rollback.
"""

from pathlib import Path

import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[1]


def pytest_sessionstart(session):
    """The suite reads the compiled catalogues as the portal does; it does not compile them into the
    source tree itself. `make test` compiles what is stale first (`make messages`)."""
    stale = [
        str(po.relative_to(ROOT))
        for folder in ("locales", "search/locale")
        for po in (ROOT / folder).glob("*/LC_MESSAGES/*.po")
        if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    if stale:
        pytest.exit(
            f"Compiled catalogues are missing or older than {', '.join(stale)}: run `make messages`.", returncode=4
        )


def _load_demo():
    """The demo as `make demo` loads it: the indexes derived from the content built once at the end
    (the portal's search index too, which `make demo` builds as a step of its own)."""
    from cms.core.bulk_load import load_in_bulk
    from cms.guide.demo import DemoLoader

    return load_in_bulk(DemoLoader().load, rebuild_search_index=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.db import connections

    with django_db_blocker.unblock():
        _load_demo()
        for connection in connections.all():
            connection._test_serialized_contents = _content_types_first(connection.creation.serialize_db_to_string())


def _content_types_first(snapshot: str) -> str:
    """The snapshot with content types first: restoring a row sends signals that look its content
    type up, and a look-up that finds nothing creates one under a new id, which the snapshot's own
    row then collides with."""
    import json

    rows = json.loads(snapshot)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")  # stable: the rest keep their order
    return json.dumps(rows)


def _start_transactional_tests_from_an_empty_database():
    """Empties the database before a transactional test restores the session's snapshot into it.

    Django restores the snapshot on top of whatever the previous transactional test left, and
    expects its own flush to have left nothing. Rows written outside that bargain (a content type
    or permission re-created by a signal after the flush, a test that flushed with post_migrate)
    make the restore fail on a unique key, and every later test with it. Emptying first costs one
    TRUNCATE per transactional test.
    """
    from django.core.management import call_command
    from django.test import TransactionTestCase

    restore = TransactionTestCase.__dict__["_fixture_setup"].__func__  # a classmethod in Django 5.2
    if getattr(restore, "empties_first", False):
        return

    def _fixture_setup(cls):
        if cls.serialized_rollback:
            from django.contrib.contenttypes.models import ContentType

            for alias in cls._databases_names(include_mirrors=False):
                call_command(
                    "flush",
                    verbosity=0,
                    interactive=False,
                    database=alias,
                    reset_sequences=False,
                    allow_cascade=True,
                    inhibit_post_migrate=True,
                )
            # The restore's save signals look content types up; with the cache emptied they read the
            # restored rows (the snapshot lists them first) instead of ids a flush left behind.
            ContentType.objects.clear_cache()
        restore(cls)

    _fixture_setup.empties_first = True
    TransactionTestCase._fixture_setup = classmethod(_fixture_setup)


_start_transactional_tests_from_an_empty_database()


@pytest.fixture(autouse=True)
def django_db_serialized_rollback():
    """Turns serialized rollback on for every database test (pytest-django looks for this name).

    Transactional tests then start from the snapshot taken in `django_db_setup` instead of a
    database their predecessors emptied; ordinary tests, rolled back, are not affected.
    """


@pytest.fixture
def demo_content(django_db_blocker):
    """The demo home page, loading the content again if a transactional test emptied the database."""
    from cms.guide.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        _load_demo()
        home = HomePage.objects.first()
    return home


@pytest.fixture(autouse=True)
def _default_language():
    with translation.override("az"):
        yield
