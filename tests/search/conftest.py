"""Search fixtures: the index built over the demo content, a clean cache."""

import pytest
from django.core.cache import cache


def _ensure_search_data():
    from search import indexer
    from search.models import IndexEntry, SynonymGroup
    from search.query import clear_synonym_cache
    from search.seed import seed_synonyms

    if not SynonymGroup.objects.exists():  # a transactional test elsewhere emptied the tables
        seed_synonyms()
        clear_synonym_cache()
    if not IndexEntry.objects.exists():
        from search import service

        indexer.rebuild([service.database_backend()])


@pytest.fixture(scope="session")
def search_index(django_db_setup, django_db_blocker):
    """The demo content indexed once for the session (publishing already indexes it; this checks)."""
    with django_db_blocker.unblock():
        _ensure_search_data()


@pytest.fixture
def indexed(db, search_index, demo_content):
    _ensure_search_data()
    return demo_content


def _database_fixture(request) -> str | None:
    """The database fixture this test uses, if any (its marker or its fixtures say)."""
    marker = request.node.get_closest_marker("django_db")
    names = set(request.fixturenames)
    if "transactional_db" in names or (marker is not None and marker.kwargs.get("transaction")):
        return "transactional_db"
    if "db" in names or marker is not None:
        return "db"
    return None


@pytest.fixture(autouse=True)
def _fresh_search_state(settings, request):
    """No rate-limit history, no Elasticsearch outage, no client carried from one test to the next.

    The rate limits count in the database cache: a test without the database has no history to clear."""
    from search import caching, service
    from search.query import clear_synonym_cache

    settings.ELASTICSEARCH_URL = ""
    # Tests also change the index through the ORM, which does not announce it: nothing cached
    # in memory is carried from one test to the next.
    caching.clear_local()
    database = _database_fixture(request)
    clears_cache = database is not None
    if clears_cache:
        request.getfixturevalue(database)  # open the database before this fixture uses it
        cache.clear()
    service.reset_state()
    clear_synonym_cache()
    yield
    if clears_cache:
        cache.clear()
    service.reset_state()
