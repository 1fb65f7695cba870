"""A full build of the demo content, made once per session in a temporary folder.

Tests that only read the built files share it. Tests that change the site get a private copy
(`private_site`), so that nothing they publish leaks into the shared build or the developer's dist/.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

from frontend import build

# Paths of the application, not of the static build: the build links to them, the crawl asks for
# them but does not follow their links (the search and assistant pages answer queries, the
# e-cabinet and the sign-on are behind EHİS).
DYNAMIC = re.compile(
    r"^/(admin|api|cabinet|documents|dev-idp|sign-on|static|media|accounts)(/|$)"
    r"|^/[a-z]{2}/(api|search|ask|cabinet|enquiry)(/|$)"
)
# Pages of the application the crawl reads like the build's own (their links are checked too), but
# that are no files of the build: the incentive checker.
APPLICATION_PAGES = re.compile(r"^/[a-z]{2}/incentives/check/")


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
