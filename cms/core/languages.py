"""The portal's languages, read from `settings.LANGUAGES`, the only list of them."""

from django.conf import settings


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def default_language() -> str:
    return settings.LANGUAGE_CODE


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES)[code]


def localized(field: str, language: str) -> str:
    """The name of a translation column: `localized("title", "en") == "title_en"`."""
    return f"{field}_{language}"
