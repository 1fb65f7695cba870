"""A web worker loads at start what its first request would otherwise load (cms/core/startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: the test process has long since loaded all of it.
FIRST_USE = textwrap.dedent(
    """
    import gc, json, sys
    import cms.wsgi  # what gunicorn imports in each worker: it warms up
    from django.conf import settings
    from django.core.cache import caches
    from django.core.validators import validate_email
    from django.urls import reverse
    from django.utils import timezone, translation
    from django.utils.translation import trans_real
    from cms.appeals import deadlines
    from cms.appeals.deadlines import WorkingCalendar

    frozen = gc.get_freeze_count()
    before = set(sys.modules)
    misses = deadlines.public_holidays.cache_info().misses
    catalogues = sorted(trans_real._translations)
    # What an appeal's first submission does in every language: pages reversed, the due date
    # counted on the holiday calendar, the e-mail address checked, the rate limit's cache client.
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            reverse("appeals:new")
    WorkingCalendar({}).add_working_days(timezone.localdate(), 15)
    validate_email("applicant@example.az")
    for alias in settings.CACHES:
        getattr(caches[alias], "_cache", None)
    print(json.dumps({
        "imported": sorted(set(sys.modules) - before),
        "holiday_misses": deadlines.public_holidays.cache_info().misses - misses,
        "catalogues": catalogues,
        "frozen": frozen,
    }))
    """
)


def _first_use(tmp_path: Path, **env: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_USE],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "VAR_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("cache", ["database", "redis"])
def test_a_worker_has_loaded_what_the_first_submission_needs(tmp_path, cache):
    env = {"REDIS_URL": "redis://127.0.0.1:6379/15"} if cache == "redis" else {"REDIS_URL": ""}
    found = _first_use(tmp_path, **env)
    # Nothing left to import (the URLconf's views, the holiday rules, the cache's client library)...
    assert found["imported"] == []
    # ...the holiday calendar of the year (and the next) already computed...
    assert found["holiday_misses"] == 0
    # ...and the three languages' catalogues already read.
    assert {"az", "en", "ru"} <= set(found["catalogues"])
    # What was loaded is out of the collector's full passes (six figures of objects).
    assert found["frozen"] > 100_000


def test_a_failing_warm_up_step_is_logged_and_the_worker_starts(caplog, monkeypatch):
    from django.apps import apps

    from cms.core import startup

    config = apps.get_app_config("appeals")

    def broken():
        raise RuntimeError("no calendar")

    monkeypatch.setattr(config, "warm", broken, raising=False)
    with caplog.at_level("ERROR", logger="cms.core.startup"):
        seconds = startup.warm()
    assert seconds >= 0
    assert [record.getMessage() for record in caplog.records] == [
        "The warm-up step appeals failed; it will load on first use instead"
    ]
