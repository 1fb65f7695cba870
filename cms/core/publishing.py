"""What happens after content changes: one background task, and the reactions registered to it.

Publishing, unpublishing, moving or deleting a page (and saving reference data that pages show)
queues `apply_content_change`. Each subsystem that derives something from the content — the static
site, the search index — registers a reaction with `@on_content_change`; the task runs them all.
A reaction that fails is logged and does not stop the others: the static site and search index are
each rebuilt independently, and a full rebuild command exists for each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import transaction
from django_tasks import task

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentChange:
    event: str  # "published", "unpublished", "moved", "deleted", "reference_data"
    page_ids: tuple[int, ...] = ()
    # Paths the pages had before the change, per language ({"en": ["/en/old/path/"]}), so that a
    # move or a deletion can remove what is no longer there.
    old_paths: dict[str, list[str]] = field(default_factory=dict)
    # For "reference_data": the snippets that changed, by the kind the content contract names them
    # ({"tax-rates": [5]}), so that a reaction can find what shows them; `page_ids` are the pages
    # that cite them. Empty: unknown which, and a reaction must assume all reference data changed.
    references: dict[str, list[int]] = field(default_factory=dict)


Reaction = Callable[[ContentChange], None]
_reactions: list[Reaction] = []


def on_content_change(reaction: Reaction) -> Reaction:
    if reaction not in _reactions:
        _reactions.append(reaction)
    return reaction


def registered_reactions() -> list[Reaction]:
    return list(_reactions)


@task()
def apply_content_change(
    event: str,
    page_ids: list[int],
    old_paths: dict[str, list[str]] | None = None,
    references: dict[str, list[int]] | None = None,
) -> None:
    change = ContentChange(
        event=event, page_ids=tuple(page_ids), old_paths=old_paths or {}, references=references or {}
    )
    for reaction in registered_reactions():
        try:
            reaction(change)
        except Exception:  # one failing reaction must not block the others
            logger.exception(
                "Content change reaction %s failed for %s", getattr(reaction, "__name__", reaction), change
            )


_paused = False


@contextmanager
def content_changes_paused() -> Iterator[None]:
    """Queues nothing while a bulk load runs whose caller rebuilds everything derived afterwards.

    `demo_setup` loads the demo this way and then rebuilds the search index and the static site
    in full: reacting to each of the load's publishes first would do the same work page by page.
    """
    global _paused
    previous, _paused = _paused, True
    try:
        yield
    finally:
        _paused = previous


def queue_content_change(
    event: str,
    page_ids: list[int],
    old_paths: dict[str, list[str]] | None = None,
    references: dict[str, list[int]] | None = None,
) -> None:
    """Queues the reactions once the current transaction has committed."""
    content_changed()  # even during a bulk load: what the API kept in its cache is out of date
    if _paused:
        return
    references = {kind: sorted(ids) for kind, ids in (references or {}).items()}
    transaction.on_commit(lambda: apply_content_change.enqueue(event, list(page_ids), old_paths or {}, references))


# The content generation: a token that changes whenever anything the API serves may have changed,
# kept in the shared cache so that every worker sees it. The API's ETags and Last-Modified derive
# from it, so a client revalidates without the page being read. A random token rather than a
# counter: a cache that lost the key starts a generation no earlier ETag can match.
GENERATION_KEY = "content-generation"


def _new_generation(previous: str | None = None) -> str:
    """A new token; its time a second past the previous one's at least, so that a client asking
    If-Modified-Since the previous generation's time never gets 304 for a change in that second."""
    import secrets
    import time

    started = int(time.time())
    if previous:
        started = max(started, int(float(previous.partition(":")[2] or 0)) + 1)
    return f"{secrets.token_hex(8)}:{started}"


def _start_new_generation() -> None:
    from django.core.cache import cache

    try:
        cache.set(GENERATION_KEY, _new_generation(cache.get(GENERATION_KEY)), None)
    except Exception:  # a cache out of reach must not fail a publish; nothing is served from it then
        logger.exception("Could not start a new content generation")


def content_changed() -> None:
    """Starts a new generation now, and once more when the current transaction commits (once per
    transaction, however many pages it saves).

    Now: this process reads its own uncommitted changes (a publish re-renders the static site from
    the API in the same transaction), and must not get what it cached before them. On commit: what
    other readers kept under the new generation before the commit is the old content."""
    _start_new_generation()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(
        callback is _start_new_generation for _savepoints, callback, _robust in connection.run_on_commit
    ):
        transaction.on_commit(_start_new_generation)


def content_generation() -> tuple[str, float] | None:
    """The current generation's token and the time it started (seconds since the epoch), or None
    when the cache does not answer."""
    from django.core.cache import cache

    try:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, _new_generation(), None)
            value = cache.get(GENERATION_KEY)
    except Exception:
        logger.warning("The content generation could not be read", exc_info=True)
        return None
    if value is None:
        return None
    token, _separator, started = value.partition(":")
    return token, float(started or 0)
