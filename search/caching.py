"""What search keeps in memory between requests: facet labels and best bets.

Both change rarely (an editor publishes a topic, saves a sector, region or best bet) and are read on
every search. Each process keeps them with the generation number they were read at; a search reads
the number (one indexed row on the connection it already holds) and builds the value again only
when the number has moved. Whoever changes the content raises the number, in the same transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from django.db import transaction
from django.db.models import F

from .connections import fetch_all

T = TypeVar("T")
NAME = "search"

_lock = threading.Lock()
_values: dict[tuple, tuple[int, object]] = {}


def generation() -> int:
    rows = fetch_all("SELECT value FROM search_cachegeneration WHERE name = %s", [NAME])
    return int(rows[0][0]) if rows else 0


def invalidate() -> None:
    """Makes every process read facet labels and best bets again (at the commit, if in a transaction)."""
    from .models import CacheGeneration

    with transaction.atomic():
        if not CacheGeneration.objects.filter(name=NAME).update(value=F("value") + 1):
            CacheGeneration.objects.get_or_create(name=NAME, defaults={"value": 1})
    clear_local()


def clear_local() -> None:
    with _lock:
        _values.clear()


def cached(key: tuple, build: Callable[[], T]) -> T:
    current = generation()
    entry = _values.get(key)
    if entry is not None and entry[0] == current:
        return entry[1]  # type: ignore[return-value]
    value = build()
    with _lock:
        _values[key] = (current, value)
    return value
