"""Reading settings from the environment, in one place.

Every secret and every endpoint of the system comes from an environment variable. These helpers
parse and validate the values so that a typo fails at start-up with a message that names the
variable, instead of surfacing later as a confusing runtime error.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None, *, required: bool = False) -> str:
    value = os.environ.get(name)
    if value is None or value == "":
        if required:
            raise ImproperlyConfigured(f"The environment variable {name} must be set.")
        return default if default is not None else ""
    return value


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false, yes/no), not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}.") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


# Words that mark a value copied from an example file or a default, not generated for this site.
_PLACEHOLDER_MARKERS = (
    "change-me",
    "changeme",
    "change_me",
    "placeholder",
    "example",
    "insecure",
    "secret-key",
    "build-only",
    "test-only",
)


def weak_secret_reason(value: str, *, min_length: int = 50, min_distinct: int = 20) -> str | None:
    """Why `value` is no fit for a production secret key, or None when it is.

    A key must be long, must not be a placeholder from an example file or a default, and must
    look random: a key of one repeated character or a short word repeated has few distinct
    characters, however long it is.
    """
    lowered = value.lower()
    marker = next((marker for marker in _PLACEHOLDER_MARKERS if marker in lowered), None)
    if marker:
        return f"it contains the placeholder text {marker!r}"
    if len(value) < min_length:
        return f"it has {len(value)} characters; at least {min_length} are needed"
    if len(set(value)) < min_distinct:
        return f"it has only {len(set(value))} distinct characters; generate it at random"
    return None
