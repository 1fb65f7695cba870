"""Search fixtures: the demo's index (built with the demo for the session), no state carried over."""

import pytest


@pytest.fixture
def indexed(db, demo_content):
    """The demo content, indexed (the test database is created with the index built)."""
    return demo_content


@pytest.fixture(autouse=True)
def _fresh_search_state(settings):
    """No Elasticsearch outage and no client carried from one test to the next (the root conftest
    empties the cache, with the rate-limit history in it)."""
    from search import service
    from search.query import clear_synonym_cache

    settings.ELASTICSEARCH_URL = ""
    service.reset_state()
    clear_synonym_cache()
    yield
    service.reset_state()
