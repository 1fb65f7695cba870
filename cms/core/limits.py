"""Rate limits that hold across workers and machines: counted in the shared cache.

Each limit has a name and a rate in `settings.RATE_LIMITS` ("120/min", "20/hour", "30/10min"),
read on every request, so a deployment changes it without a code change. A limit counts hits in
a fixed window, per client address (`cms.core.audit.client_ip`) or, for signed-in work, per user:

    decision = limits.hit("search", request)
    if not decision.allowed:
        ... answer 429 with Retry-After: decision.retry_after

The count lives in Django's cache (`cache.add`, else `cache.incr`): Redis in production, the
database cache elsewhere (cms/core/cache.py makes its `incr` hold under concurrency), so three
workers or three machines share one count, never three. The first refusal of a client in a
window is written to the security log; the ones after it are not, so a flood does not become a
flood of log rows. If the cache cannot be reached, requests are let through and the fault logged:
a broken cache must not close the portal.

`too_many_requests()` is the readable HTML answer in the visitor's language; the API answers its
JSON error through django-ninja's throttle (cms/api/ninja.py).
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.shortcuts import render
from django.utils import translation

from .audit import client_ip

logger = logging.getLogger(__name__)

_UNITS = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "m": 60,
    "min": 60,
    "minute": 60,
    "h": 3600,
    "hour": 3600,
    "d": 86400,
    "day": 86400,
}
_RATE = re.compile(r"^\s*(?P<count>\d+)\s*/\s*(?P<multiple>\d*)\s*(?P<unit>[a-z]+?)s?\s*$")


@dataclass(frozen=True)
class Limit:
    name: str
    count: int
    seconds: int


@dataclass(frozen=True)
class Decision:
    allowed: bool
    count: int
    limit: Limit
    retry_after: int  # seconds to the end of the window


def parse_rate(name: str, rate: str) -> Limit:
    """ "120/min" → 120 hits per 60 seconds; "30/10min" → 30 per 600 seconds."""
    match = _RATE.match(str(rate).lower())
    if match is None or match["unit"] not in _UNITS or int(match["count"]) < 1:
        raise ImproperlyConfigured(f"RATE_LIMITS[{name!r}] must look like '120/min' or '30/10min', not {rate!r}.")
    return Limit(name, int(match["count"]), int(match["multiple"] or 1) * _UNITS[match["unit"]])


def limit_for(name: str) -> Limit:
    try:
        rate = settings.RATE_LIMITS[name]
    except KeyError:
        raise ImproperlyConfigured(f"No rate limit named {name!r} in RATE_LIMITS.") from None
    return parse_rate(name, rate)


def check_rate_limits(app_configs=None, **kwargs) -> list:
    """A system check: a rate that cannot be read stops `manage.py check` and the start-up, not a request."""
    from django.core import checks

    errors = []
    for name, rate in settings.RATE_LIMITS.items():
        try:
            parse_rate(name, rate)
        except ImproperlyConfigured as exc:
            errors.append(checks.Error(str(exc), id="core.E001"))
    return errors


def identity(request, *, per_user: bool = False) -> str:
    """Whom a limit counts: the signed-in user, or the client's address."""
    user = getattr(request, "user", None)
    if per_user and user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"address:{client_ip(request) or 'unknown'}"


def hit(name: str, request, *, per_user: bool = False, now: float | None = None) -> Decision:
    """Counts one request against the limit `name` and says whether it may go on."""
    limit = limit_for(name)
    now = time.time() if now is None else now
    window = int(now // limit.seconds)
    retry_after = max(1, math.ceil((window + 1) * limit.seconds - now))
    who = identity(request, per_user=per_user)
    # Hashed: cache keys are short, safe characters, and the cache holds no addresses in clear.
    key = f"ratelimit:{name}:{window}:{hashlib.sha256(who.encode()).hexdigest()[:32]}"
    try:
        count = _count(key, timeout=limit.seconds + 60)
    except Exception:
        logger.exception("The rate limit %s could not be counted; the request is let through", name)
        return Decision(True, 0, limit, retry_after)
    allowed = count <= limit.count
    if count == limit.count + 1:
        from .security import report

        report("rate_limited", request=request, limit=name, rate=f"{limit.count}/{limit.seconds}s", per_user=per_user)
    return Decision(allowed, count, limit, retry_after)


def refusal_message(decision: Decision) -> str:
    """What the visitor is told, in the active language: nothing was done, and when to try again."""
    minutes = max(1, math.ceil(decision.retry_after / 60))
    return translation.ngettext(
        "You have sent more requests than the portal accepts in a short time, so this one was not carried out. "
        "Please try again in %(minutes)s minute.",
        "You have sent more requests than the portal accepts in a short time, so this one was not carried out. "
        "Please try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def _count(key: str, *, timeout: int) -> int:
    """Adds one to the shared counter `key` and returns the new count.

    Every hit but a window's first finds the counter and increments it: one round trip to the
    cache. An `incr` that finds no counter creates it with `add`, which succeeds for one process
    only; one that loses that race (another process created the counter first, or on SQLite has
    not committed its row yet) tries `incr` again, never counting 1 for itself, which would let an
    extra request through.
    """
    for _attempt in range(5):
        try:
            return cache.incr(key)
        except ValueError:
            pass  # no counter yet in this window (or it has just expired)
        if cache.add(key, 1, timeout=timeout):
            return 1
    raise RuntimeError(f"The counter {key} could not be created or incremented.")


def too_many_requests(request, decision: Decision, *, language: str | None = None):
    """The readable 429 page in the visitor's language, with Retry-After."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        response = render(
            request,
            "errors/too_many_requests.html",
            {
                "language": language,
                "page_title": translation.gettext("Too many requests"),
                "message": refusal_message(decision),
                "alternates": {},
            },
            status=429,
            using="jinja2",
        )
    response["Retry-After"] = str(decision.retry_after)
    return response


def retry_after_header(response, decision: Decision):
    """Adds Retry-After to a 429 a view renders itself (a form shown again with its error)."""
    response["Retry-After"] = str(decision.retry_after)
    return response
