"""What happens after content changes: one background task, and the reactions registered to it.

Publishing, unpublishing, moving or deleting a page (and saving reference data that pages show)
queues `apply_content_change`. Each subsystem that derives something from the content — the static
site, the search index — registers a reaction with `@on_content_change`; the task runs them all.
A reaction that fails is logged and does not stop the others: the static site and search index are
each rebuilt independently, and a full rebuild command exists for each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
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
def apply_content_change(event: str, page_ids: list[int], old_paths: dict[str, list[str]] | None = None,
                         references: dict[str, list[int]] | None = None) -> None:
    change = ContentChange(event=event, page_ids=tuple(page_ids), old_paths=old_paths or {}, references=references or {})
    for reaction in registered_reactions():
        try:
            reaction(change)
        except Exception:  # one failing reaction must not block the others
            logger.exception("Content change reaction %s failed for %s", getattr(reaction, "__name__", reaction), change)


def queue_content_change(event: str, page_ids: list[int], old_paths: dict[str, list[str]] | None = None,
                         references: dict[str, list[int]] | None = None) -> None:
    """Queues the reactions once the current transaction has committed."""
    references = {kind: sorted(ids) for kind, ids in (references or {}).items()}
    transaction.on_commit(lambda: apply_content_change.enqueue(event, list(page_ids), old_paths or {}, references))
