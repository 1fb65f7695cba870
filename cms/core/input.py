"""Requests refused before any view reads them: 400, saying why, instead of an error deep inside.

Two kinds of request get no further than this middleware, whatever the address:

- a path or query parameter holding a NUL byte or another control character (cms.core.text):
  no address or parameter of the portal has one, and left to the views it reaches the database
  (PostgreSQL refuses NUL in a string and the request ends in a server error) or a log line;
- a form body the server cannot read: multipart without a usable boundary, or a body whose
  parts cannot be parsed. Reading it here (where Django's CSRF check would read it next) turns
  the parser's error into a 400 for every view, including the API's session check.

JSON answers for the APIs (`detail` under /api/, Wagtail's `message` under /{lang}/api/v2/), a
short text elsewhere, in the language of the address.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.utils import translation
from django.utils.translation import gettext

from cms.core.languages import language_codes
from cms.core.text import query_problem

_WAGTAIL_API = re.compile(r"^/[a-z]{2}/api/")
_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def bad_request(request, problem: str) -> HttpResponse:
    path = request.path_info
    if path.startswith("/api/"):
        return JsonResponse({"detail": problem}, status=400)
    if _WAGTAIL_API.match(path):
        return JsonResponse({"message": problem}, status=400)
    return HttpResponse(problem, status=400, content_type="text/plain; charset=utf-8")


def _language(request) -> str:
    """The address's language, else the visitor's (cookie, Accept-Language), as LocaleMiddleware reads it."""
    language = translation.get_language_from_request(request, check_path=True)
    return language if language in language_codes() else settings.LANGUAGE_CODE


def _unreadable_body(request) -> bool:
    if request.method not in ("POST", "PUT", "PATCH"):
        return False
    if not request.content_type.startswith(_FORM_TYPES):
        return False
    try:
        request.POST  # noqa: B018 - parsed here, once; views and the CSRF check reuse it
    except (MultiPartParserError, UnicodeDecodeError, ValueError):
        return True
    return False


class HostileInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with translation.override(_language(request)):
            problem = query_problem(request)
            if problem is None and _unreadable_body(request):
                problem = gettext("The form data of this request cannot be read.")
            if problem:
                return bad_request(request, problem)
        return self.get_response(request)
