"""A full build of the demo content, made once per session in a temporary folder.

Tests that only read the built files share it. Tests that change the site get a private copy
(`private_site`), so that nothing they publish leaks into the shared build or the developer's dist/.
"""

import os
import shutil
from pathlib import Path

import pytest

from frontend import build


@pytest.fixture(scope="session")
def built_site(django_db_setup, django_db_blocker, tmp_path_factory) -> Path:
    """The live `dist` symlink of a full build of the demo content."""
    dist = tmp_path_factory.mktemp("site") / "dist"
    with django_db_blocker.unblock():
        build.full_build(dist)
    return dist


@pytest.fixture
def private_site(built_site, tmp_path, settings) -> Path:
    """A copy of the shared build, made live at settings.DIST_DIR for one test."""
    dist = tmp_path / "dist"
    copy = build.builds_root(dist) / "copy"
    shutil.copytree(built_site.resolve(), copy, symlinks=True)
    os.symlink(os.path.relpath(copy, dist.parent), dist)
    settings.DIST_DIR = dist
    return dist


def api_pages(client, language: str) -> list[dict]:
    """Every live page available in `language`, straight from the API."""
    from frontend.source import ContentReader, InProcessSource

    return ContentReader(InProcessSource()).pages(language)
