import pytest
from django.test import Client

from tests.appeals import factories


@pytest.fixture(autouse=True)
def _private_root(settings, tmp_path):
    """Each test's attachments in a folder of its own."""
    settings.APPEALS_PRIVATE_ROOT = tmp_path / "private"


@pytest.fixture
def applicant():
    """An applicant with an e-mail address, signed in by `client_for`."""
    return factories.person(email="aysel@example.az")


@pytest.fixture
def client_for(applicant):
    client = Client()
    client.force_login(applicant.user)
    return client
