"""Public paths of pages in each language: /{language}/{translated slugs}/.

The portal is one site whose root is the home page (depth 2 in Wagtail's tree). Each page's
translated `url_path_<language>` (kept by wagtail-modeltranslation) starts with the home page's
slug, which is not part of the public path.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from cms.core.languages import localized

from .availability import available_languages, is_available


def page_path(page, language: str) -> str:
    url_path = getattr(page, localized("url_path", language), None) or page.url_path
    below_home = url_path.strip("/").split("/")[1:]
    return "/" + "/".join([language, *below_home]) + "/"


def absolute_url(path: str) -> str:
    return settings.PUBLIC_BASE_URL + path


def language_versions(page) -> dict[str, dict[str, str]]:
    """For each language the page is available in: its path, absolute URL and title."""
    versions = {}
    for language in available_languages(page):
        path = page_path(page, language)
        versions[language] = {
            "path": path,
            "url": absolute_url(path),
            "title": getattr(page, localized("title", language)),
        }
    return versions


def page_link(page) -> dict | None:
    """A compact link to `page` in the active language, or None if it is not available in it."""
    page = page.specific
    language = translation.get_language() or settings.LANGUAGE_CODE
    if not page.live or not is_available(page, language):
        return None
    return {
        "id": page.pk,
        "type": page._meta.label,
        "title": getattr(page, localized("title", language)),
        "summary": getattr(page, localized("summary", language), "") or "",
        "path": page_path(page, language),
    }
