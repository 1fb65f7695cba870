"""What search keeps in memory between requests: facet labels and best bets.

Both change rarely (an editor publishes a topic, saves a sector, region or best bet) and are read on
every search. Each process keeps them with the generation number they were read at; a search reads
the number (one indexed row on the connection it already holds) and builds the value again only
when the number has changed. Whoever changes the content changes the number, in the same transaction.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable
from typing import TypeVar

from .connections import fetch_all

T = TypeVar("T")
NAME = "search"

_lock = threading.Lock()
_values: dict[tuple, tuple[int, object]] = {}
# Other per-process caches kept under the same generation (the embedded backend's phrase lists,
# spelling's corrections): each module registers its own when it is imported, so this one knows
# none of them, and a module never imported has nothing to clear.
_clearers: list[Callable[[], None]] = []


def _forked() -> None:
    # A lock another thread of the parent held at the fork would never be let go in the child.
    global _lock
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_forked)


def on_clear(clear: Callable[[], None]) -> None:
    _clearers.append(clear)


def generation() -> int:
    rows = fetch_all("SELECT value FROM search_cachegeneration WHERE name = %s", [NAME])
    return int(rows[0][0]) if rows else 0


def invalidate() -> None:
    """Makes every process read its cached values again (at the commit, if in a transaction).

    The new number is drawn at random rather than counted on: a transaction that changed the number
    and was rolled back must not leave a process holding values under a number a later change reuses.
    """
    from .models import CacheGeneration

    CacheGeneration.objects.update_or_create(name=NAME, defaults={"value": secrets.randbits(62)})
    clear_local()


def clear_local() -> None:
    """Forgets this process's cached values, and those of every cache registered with `on_clear`."""
    with _lock:
        _values.clear()
    for clear in _clearers:
        clear()


def cached(key: tuple, build: Callable[[], T]) -> T:
    current = generation()
    entry = _values.get(key)
    if entry is not None and entry[0] == current:
        return entry[1]  # type: ignore[return-value]
    value = build()
    with _lock:
        _values[key] = (current, value)
    return value
