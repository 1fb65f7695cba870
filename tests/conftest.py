"""Shared fixtures.

The demo content is loaded once per test session into the test database; each test then runs in
a transaction that is rolled back, so tests may change content freely. Tests that need real
commits (live servers, threads) use `transactional_db`, which empties the database when they end;
each of them starts from a snapshot of the whole session state (the migrations' rows and the
demo), restored by Django's serialized rollback.
"""

import pytest
from django.utils import translation


def _load_demo():
    from cms.guide.demo import DemoLoader

    return DemoLoader().load()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.db import connections

    with django_db_blocker.unblock():
        _load_demo()
        for connection in connections.all():
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


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
