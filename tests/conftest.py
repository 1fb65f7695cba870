"""Shared fixtures.

The demo content is loaded once per session, as part of creating the test database. Each test then
starts from that state whatever ran before it (the suite runs in a random order: pytest-randomly):
a database test runs in a transaction that is rolled back; a test that commits (live servers,
threads: `transaction=True`) restores the state when it ends (`tests/isolation.py`); caches are
emptied between tests.
"""

from pathlib import Path

import pytest
from django.utils import translation

from tests import isolation

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
    """The test database, migrated, holding the demo; its state kept for the committing tests to
    restore (`tests/isolation.py`)."""
    with django_db_blocker.unblock():
        _load_demo()
        isolation.keep_the_session_state()


isolation.restore_the_session_state_after_committing_tests()


@pytest.fixture
def demo_content():
    """The demo home page."""
    from cms.guide.models import HomePage

    home = HomePage.objects.first()
    assert home is not None, "the test database was created without the demo"
    return home


def _database_fixture(request) -> str | None:
    """The database fixture this test uses, if any (its marker or its fixtures say)."""
    marker = request.node.get_closest_marker("django_db")
    names = set(request.fixturenames)
    if (
        "transactional_db" in names
        or "live_server" in names
        or (marker is not None and marker.kwargs.get("transaction"))
    ):
        return "transactional_db"
    if "db" in names or marker is not None:
        return "db"
    return None


@pytest.fixture(autouse=True)
def _fresh_caches(request):
    """Nothing cached is carried from one test to the next.

    The cache lives in a database table that neither a rollback nor a flush empties (it is not a
    model's); the search layer's in-process copies of facet labels and best bets are dropped too.
    A test without the database has no cache to clear.
    """
    from search import caching

    caching.clear_local()
    database = _database_fixture(request)
    if database is None:
        yield
        return
    from django.core.cache import cache

    request.getfixturevalue(database)  # open the database before clearing its cache table
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    with translation.override("az"):
        yield
