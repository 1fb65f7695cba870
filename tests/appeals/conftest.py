import pytest


@pytest.fixture(autouse=True)
def _private_root(settings, tmp_path):
    """Each test's attachments in a folder of its own."""
    settings.APPEALS_PRIVATE_ROOT = tmp_path / "private"
