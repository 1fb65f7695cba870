"""Loading a whole body of content at once, then deriving everything from it once.

Every page save and publish normally updates what is derived from the content, page by page: the
content-change reactions (the portal's search index, the static site), Wagtail's own search index
(the admin's and the page API's search) and Wagtail's reference index. A bulk load — the demo in
`make demo` and in the test session — does that work about three times per page (save, revision,
publish). Deferred and done once at the end it leaves the same indexes at a fraction of the cost
(the demo: Wagtail's two indexes in 6 s instead of 45 s, on a busy machine).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from django.conf import settings
from django.core.management import call_command
from django.test.utils import override_settings
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.core.publishing import content_changes_paused

T = TypeVar("T")


@contextmanager
def derived_updates_paused() -> Iterator[None]:
    """Saves and publishes inside update nothing derived; the caller rebuilds it (`rebuild_derived`)."""
    no_search_auto_update = {
        name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with (
        content_changes_paused(),
        disable_reference_index_auto_update(),
        override_settings(WAGTAILSEARCH_BACKENDS=no_search_auto_update),
    ):
        yield


def rebuild_wagtail_indexes(stdout=None) -> None:
    """Wagtail's reference index and search index, each in one pass over the content."""
    out = stdout or io.StringIO()
    call_command("rebuild_references_index", stdout=out, verbosity=0)
    call_command("update_index", stdout=out, verbosity=0)


def load_in_bulk(load: Callable[[], T], rebuild_search_index: bool, stdout=None) -> T:
    """Runs `load` with the derived updates paused, then rebuilds Wagtail's indexes and, when asked,
    the portal's search index (`make demo` builds that as a step of its own)."""
    with derived_updates_paused():
        result = load()
    rebuild_wagtail_indexes(stdout)
    if rebuild_search_index:
        call_command("rebuild_search_index", no_progress=True, stdout=stdout or io.StringIO(), stderr=io.StringIO())
    return result
