"""The project's django-ninja API: search now, appeals and open data later, one OpenAPI schema.

Mounted at /api/ (outside the language prefixes: the language is a parameter here), with the
schema at /api/openapi.json and its reader at /api/docs (served from the portal's own static files,
with its own Content-Security-Policy: cms/core/headers.py). Two project-wide conventions live here:

- invalid input answers 400 with a readable `detail` (and the validation `errors`), not 422;
- `ClientAddressThrottle` limits requests per client address through Django's cache, at a rate
  read from a setting on every request (so it can be changed without a code change).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from ninja import NinjaAPI, Swagger
from ninja.errors import Throttled, ValidationError
from ninja.throttling import SimpleRateThrottle

api = NinjaAPI(
    title="Invest in Azerbaijan API",
    version="1",
    description="Search the Investor's Guide in Azerbaijani, English and Russian.",
    urls_namespace="api",
    # The reader is Swagger UI as django-ninja ships it (its static files, pinned with the package;
    # "ninja" is an installed app, so nothing comes from a CDN). No badge from the public
    # validator: it would send every reader's browser to validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)


def client_address(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the entry our own proxies added to X-Forwarded-For."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if proxies and forwarded:
        addresses = [address.strip() for address in forwarded.split(",") if address.strip()]
        if addresses:
            return addresses[-min(proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "unknown")


class ClientAddressThrottle(SimpleRateThrottle):
    """At most N requests per period per client address; the rate comes from the named setting."""

    def __init__(self, scope: str, setting: str):
        self.scope = scope
        self.setting = setting
        super().__init__(rate=getattr(settings, setting, None))

    def allow_request(self, request: HttpRequest) -> bool:
        self.rate = getattr(settings, self.setting, None)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request: HttpRequest) -> str:
        return self.cache_format % {"scope": self.scope, "ident": client_address(request)}


def _readable(errors: list[dict]) -> str:
    parts = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path")]
        parts.append(f"{'.'.join(location) or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)


@api.exception_handler(ValidationError)
def _validation_error(request, exc: ValidationError):
    return api.create_response(request, {"detail": _readable(exc.errors), "errors": exc.errors}, status=400)


@api.exception_handler(Throttled)
def _throttled(request, exc: Throttled):
    response = api.create_response(request, {"detail": "Too many requests. Try again shortly."}, status=429)
    if exc.wait:
        response["Retry-After"] = str(int(exc.wait) + 1)
    return response


def _add_routers() -> None:
    from cms.appeals.api import router as appeals_router
    from search.api import router as search_router

    api.add_router("/search", search_router)
    api.add_router("/appeals", appeals_router)


_add_routers()
