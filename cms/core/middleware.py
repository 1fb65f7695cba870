"""The language prefix of public addresses: /az/, /en/, /ru/.

Django's LocaleMiddleware puts the visitor's language in front of any address that has none and
is not found: with the public site's catch-all pattern that turns /de/ into /az/de/, a second
address that is not there either. An address that starts with what looks like a language code
is answered here instead: a spelling of one of the portal's languages (/EN/, /en-gb/) leads to
that language; any other language (/de/, /fr-ca/) gets the site's "not found" page at once.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from cms.core.languages import language_codes

# Two letters (ISO 639-1), optionally a region or script: de, DE, en-gb, pt_BR, zh-Hant.
LANGUAGE_LIKE = re.compile(r"^/(?P<code>[A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})?(?P<rest>/.*|)$")


def language_prefix_answer(request) -> HttpResponseBase | None:
    """The answer for a not-found address whose first segment looks like a language; else None."""
    match = LANGUAGE_LIKE.match(request.path_info)
    if match is None:
        return None
    first_segment = request.path_info.split("/")[1]
    code = match["code"].lower()
    if first_segment in language_codes():
        return None  # one of ours, exactly as written: the site's own 404 answered already
    if code in language_codes():
        target = f"{request.META.get('SCRIPT_NAME', '')}/{code}{match['rest'] or '/'}"
        query = request.META.get("QUERY_STRING", "")
        return HttpResponseRedirect(target + (f"?{query}" if query else ""))
    return not_found(request)


def not_found(request) -> HttpResponseBase:
    """The public site's "not found" page in the visitor's language (a plain one before any build)."""
    from frontend.serving import not_found_page

    language = getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE
    response = not_found_page(request, language=language)
    if response is None:
        with translation.override(language):
            response = HttpResponseNotFound(
                translation.gettext("Page not found"), content_type="text/plain; charset=utf-8"
            )
    return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except for addresses that start with a language code the portal does not have."""

    def process_response(self, request, response):
        if response.status_code == 404:
            answer = language_prefix_answer(request)
            if answer is not None and answer.status_code == 404:
                # Not a page in any language: answered as it is, never sent on to /{language}/….
                answer.setdefault("Content-Language", getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE))
                patch_vary_headers(answer, ("Accept-Language", "Cookie"))
                return answer
            response = answer or response
        return super().process_response(request, response)
