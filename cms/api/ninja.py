"""The project's django-ninja API: search now, appeals and open data later, one OpenAPI schema.

Mounted at /api/ (outside the language prefixes: the language is a parameter here), with the
schema at /api/openapi.json and its reader at /api/docs (served from the portal's own static files,
with its own Content-Security-Policy: cms/core/headers.py). Two project-wide conventions live here:

- invalid input answers 400 with a readable `detail` (and the validation `errors`), not 422;
- an operation over one of the portal's rate limits (`SharedLimit`, cms/core/throttling.py) answers
  429 with `Retry-After` beyond it.

The routers are the packages' own (search/api.py, cms/appeals/api.py); they import nothing of this
module, so it imports them and mounts them.
"""

from __future__ import annotations

import math

from ninja import NinjaAPI, Swagger
from ninja.errors import Throttled, ValidationError

from cms.appeals.api import router as appeals_router
from search.api import router as search_router
from search.assistant_api import router as assistant_router

api = NinjaAPI(
    title="Invest in Azerbaijan API",
    version="1",
    description="Search the Investor's Guide and ask its assistant in Azerbaijani, English and Russian.",
    urls_namespace="api",
    # The reader is Swagger UI as django-ninja ships it (its static files, pinned with the package;
    # "ninja" is an installed app, so nothing comes from a CDN). No badge from the public
    # validator: it would send every reader's browser to validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)


def _readable(errors: list[dict]) -> str:
    parts = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ())]
        if location and location[0] in ("query", "body", "path", "header", "cookie", "form", "file"):
            location = location[1:]  # where the value was, not its name (a field may be called "body")
        parts.append(f"{'.'.join(location) or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)


@api.exception_handler(ValidationError)
def _validation_error(request, exc: ValidationError):
    return api.create_response(request, {"detail": _readable(exc.errors), "errors": exc.errors}, status=400)


@api.exception_handler(Throttled)
def _throttled(request, exc: Throttled):
    response = api.create_response(request, {"detail": "Too many requests. Try again shortly."}, status=429)
    if exc.wait:
        response["Retry-After"] = str(math.ceil(exc.wait))
    return response


api.add_router("/search", search_router)
api.add_router("/assistant", assistant_router)
api.add_router("/appeals", appeals_router)
