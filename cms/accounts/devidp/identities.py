"""The development provider's test identities, read from a JSON file at every use."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _

DEFAULT_PATH = Path(__file__).with_name("identities.json")
USERNAME_PREFIX = "dev-idp:"

KIND_LABELS = {
    "citizen": _("Citizen of Azerbaijan"),
    "sole_proprietor": _("Sole proprietor"),
    "entity_head": _("Head of two legal entities"),
    "responsible_person": _("Employee of a legal entity (responsible person once registered)"),
    "foreigner": _("Foreigner with a temporary residence permit"),
    "stateless": _("Stateless person with a permanent residence permit"),
}


def identities_path() -> Path:
    return Path(settings.DEV_IDP_IDENTITIES or DEFAULT_PATH)


def identities() -> list[dict]:
    return json.loads(identities_path().read_text(encoding="utf-8"))["identities"]


def identity(key: str) -> dict | None:
    return next((item for item in identities() if item["key"] == key), None)


def identity_for_user(user) -> dict | None:
    username = user.get_username()
    if not username.startswith(USERNAME_PREFIX):
        return None
    return identity(username.removeprefix(USERNAME_PREFIX))
