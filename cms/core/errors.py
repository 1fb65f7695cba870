"""The answer to an unhandled error: 503 when the database is out of reach, else Django's 500.

While PostgreSQL restarts or fails over, every request that needs it fails. That is the service
being briefly unavailable, not a fault in the request: the visitor is told to try again shortly, in
their language, and `Retry-After` tells clients and balancers the same. The page is plain HTML,
since templates and their context may need the very database that is missing.
"""

from __future__ import annotations

import sys
from typing import TypeGuard

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.utils import translation
from django.utils.html import escape
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 30


def database_unreachable(exc: BaseException | None) -> TypeGuard[OperationalError | InterfaceError]:
    """True for a lost or refused connection (the operational errors), not for a bad query."""
    return isinstance(exc, (OperationalError, InterfaceError))


def server_error(request, *args, **kwargs):
    if not database_unreachable(sys.exc_info()[1]):
        return django_server_error(request, *args, **kwargs)
    language = getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE
    with translation.override(language):
        title = translation.gettext("The portal is briefly unavailable")
        text = translation.gettext(
            "Please try again in a minute. If you were sending a form, send it again: it will not be filed twice."
        )
    page = (
        f'<!doctype html><html lang="{escape(language)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title></head>'
        f"<body><h1>{escape(title)}</h1><p>{escape(text)}</p></body></html>"
    )
    response = HttpResponse(page, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
