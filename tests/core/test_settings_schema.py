"""The portal's settings are declared once (cms/core/settings_schema.py) and checked at start-up."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from django.conf import global_settings, settings
from django.core import checks

from cms.core.settings_schema import PortalSettings, check_settings, problems

ROOT = Path(__file__).resolve().parents[2]
# Settings that belong to the libraries the portal configures (they check their own).
LIBRARY_PREFIXES = (
    "WAGTAIL",
    "AXES_",
    "OTP_",
    "MODELTRANSLATION_",
    "TASKS",
    "CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
)


def names_read_by_the_code() -> dict[str, str]:
    """Every `settings.NAME` and `getattr(settings, "NAME"…)` in the shipped code, with one place it occurs."""
    pattern = re.compile(r"""settings\.([A-Z][A-Z0-9_]+)|getattr\(settings,\s*["']([A-Z][A-Z0-9_]+)["']""")
    found: dict[str, str] = {}
    for package in ("cms", "search", "frontend"):
        for path in (ROOT / package).rglob("*.py"):
            if "settings" in path.parts or "migrations" in path.parts:
                continue
            for match in pattern.finditer(path.read_text(encoding="utf-8")):
                found.setdefault(match[1] or match[2], str(path.relative_to(ROOT)))
    return found


def test_every_setting_the_code_reads_is_declared():
    undeclared = {
        name: where
        for name, where in names_read_by_the_code().items()
        if not hasattr(global_settings, name)
        and name not in PortalSettings.model_fields
        and not name.startswith(LIBRARY_PREFIXES)
    }
    assert not undeclared, f"declare these in cms/core/settings_schema.py and cms/settings/base.py: {undeclared}"


def test_no_setting_is_read_with_a_default_of_its_own():
    defaults = [
        where
        for name, where in names_read_by_the_code().items()
        if name in PortalSettings.model_fields
        and re.search(rf"""getattr\(settings,\s*["']{name}["']""", (ROOT / where).read_text(encoding="utf-8"))
    ]
    assert not defaults, f"read these as settings.NAME (the default lives in cms/settings/base.py): {defaults}"


def test_every_declared_setting_has_a_value_in_every_environment():
    missing = [name for name in PortalSettings.model_fields if not hasattr(settings, name)]
    assert not missing
    assert problems(settings) == []
    assert check_settings() == []


def test_a_wrong_value_is_refused_with_its_name():
    values = {name: getattr(settings, name) for name in PortalSettings.model_fields}
    values.update(
        OUTBOX_MAX_ATTEMPTS=0,
        SEARCH_INDEX_PREFIX="Invest AZ",
        SEARCH_CONNECTION_POOL="yes",
        LOG_FORMAT="xml",
        PUBLIC_BASE_URL="invest.az",
    )
    found = problems(SimpleNamespace(**values))
    assert {line.split(":")[0] for line in found} == {
        "OUTBOX_MAX_ATTEMPTS",
        "SEARCH_INDEX_PREFIX",
        "SEARCH_CONNECTION_POOL",
        "LOG_FORMAT",
        "PUBLIC_BASE_URL",
    }


def test_the_system_check_reports_each_problem(settings):
    settings.SEARCH_ES_REPLICAS = -1
    settings.APPEALS_MAX_ATTACHMENT_BYTES = "10 MB"
    errors = check_settings()
    assert all(isinstance(error, checks.Error) and error.id == "core.E002" for error in errors)
    assert sorted(error.msg.split(":")[0] for error in errors) == [
        "The setting APPEALS_MAX_ATTACHMENT_BYTES",
        "The setting SEARCH_ES_REPLICAS",
    ]
