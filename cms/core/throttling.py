"""The portal's rate limits (cms/core/limits.py) as a django-ninja throttle, for the API's routers.

Counted in the shared cache, so a limit holds across workers and machines; the API answers 429
with `Retry-After` beyond it (cms/api/ninja.py).
"""

from __future__ import annotations

import threading

from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from . import limits


class SharedLimit(BaseThrottle):
    """A django-ninja throttle over the portal's shared rate limits (cms/core/limits.py).

    `name` is a key of settings.RATE_LIMITS; `per_user` counts a signed-in caller's requests
    wherever they come from. The decision of the request being checked is kept per thread, for
    `wait()`, which django-ninja calls right after `allow_request()` on this same instance.
    """

    def __init__(self, name: str, *, per_user: bool = False):
        self.name = name
        self.per_user = per_user
        self._local = threading.local()

    def allow_request(self, request: HttpRequest) -> bool:
        decision = limits.hit(self.name, request, per_user=self.per_user)
        self._local.retry_after = decision.retry_after
        return decision.allowed

    def wait(self) -> float | None:
        return getattr(self._local, "retry_after", None)
