"""Shared fixtures.

The demo content is loaded once per test session into the test database; each test then runs in
a transaction that is rolled back, so tests may change content freely. Tests that need real
commits (live servers, threads) use `transactional_db`, which empties the database afterwards;
pytest-django runs them after the others, and `demo_content` reloads what they need.
"""

import pytest
from django.utils import translation


def _load_demo():
    from cms.guide.demo import DemoLoader

    return DemoLoader().load()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        _load_demo()


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
