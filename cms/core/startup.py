"""What a web worker loads before its first request instead of during it.

Django and the libraries it uses load much of themselves on first use: the URLconf and, per
language, its reverse lookup table; each language's translation catalogue; the cache's client
library; the e-mail validator's regular expressions. Measured in a fresh process, the first
appeal submission cost 620 ms against 22 ms for the next, and under 16 clients the first wave of
requests after a start queued behind those loads (the slowest 1% of a run were exactly them).
`warm()` pays those costs when the worker starts (`cms/wsgi.py`), so no applicant does.

Each app adds its own with a `warm()` method on its AppConfig (appeals: the holiday calendar).
A warm-up that fails is logged and skipped: the worker still starts, and that load happens on
first use as before. Nothing here opens a connection: the database and the cache are reached on
the first request that needs them, as before.
"""

from __future__ import annotations

import logging
import time

from django.apps import apps
from django.conf import settings

logger = logging.getLogger(__name__)


def warm() -> float:
    """Runs the core warm-up and every app's `warm()`; returns the seconds spent."""
    began = time.perf_counter()
    for name, step in [("core", warm_core), *_app_steps()]:
        try:
            step()
        except Exception:
            logger.exception("The warm-up step %s failed; it will load on first use instead", name)
    return time.perf_counter() - began


def _app_steps():
    for config in apps.get_app_configs():
        step = getattr(config, "warm", None)
        if callable(step):
            yield config.label, step


def warm_core() -> None:
    from django.core.cache import caches
    from django.core.validators import validate_email
    from django.urls import get_resolver, reverse
    from django.utils import translation

    # The URLconf imports most of the project's views; the reverse table is built per language.
    get_resolver().url_patterns  # noqa: B018 - the import is the point
    for language, _name in settings.LANGUAGES:
        with translation.override(language):  # loads the language's catalogue
            reverse("health_live")
    for alias in settings.CACHES:
        # The cache's client object (for Redis: the library and its connection pool), no connection.
        getattr(caches[alias], "_cache", None)
    validate_email("warm-up@example.az")  # compiles the validator's patterns
