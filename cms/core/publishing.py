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


Reaction = Callable[[ContentChange], None]
_reactions: list[Reaction] = []


def on_content_change(reaction: Reaction) -> Reaction:
    if reaction not in _reactions:
        _reactions.append(reaction)
    return reaction


def registered_reactions() -> list[Reaction]:
    return list(_reactions)


@task()
def apply_content_change(event: str, page_ids: list[int], old_paths: dict[str, list[str]] | None = None) -> None:
    change = ContentChange(event=event, page_ids=tuple(page_ids), old_paths=old_paths or {})
    for reaction in registered_reactions():
        try:
            reaction(change)
        except Exception:  # one failing reaction must not block the others
            logger.exception("Content change reaction %s failed for %s", getattr(reaction, "__name__", reaction), change)


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


def queue_content_change(event: str, page_ids: list[int], old_paths: dict[str, list[str]] | None = None) -> None:
    """Queues the reactions once the current transaction has committed."""
    if _paused:
        return
    transaction.on_commit(lambda: apply_content_change.enqueue(event, list(page_ids), old_paths or {}))
