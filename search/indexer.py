"""Keeping the index in step with the published content.

The reaction registered with `cms.core.publishing` re-indexes the pages a content change touched,
in every backend the service writes to (the database always, Elasticsearch when configured); the
`rebuild_search_index` command rebuilds everything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from wagtail.models import Page

from cms.core.languages import language_codes
from cms.core.publishing import ContentChange, on_content_change

from . import caching, passages, service
from .documents import SearchDocument, all_documents, count_searchable_pages, documents_for_page, searchable_pages

logger = logging.getLogger(__name__)


def _pages_touched(change: ContentChange) -> list[int]:
    ids = set(change.page_ids)
    if change.event == "moved":
        # A move changes the address of every page below, in every language.
        for page in Page.objects.filter(pk__in=change.page_ids):
            ids.update(page.get_descendants().values_list("pk", flat=True))
    return sorted(ids)


def reindex_pages(page_ids: Iterable[int]) -> int:
    """Re-indexes these pages in every backend: their available languages in, the others out."""
    page_ids = list(page_ids)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    documents: list[SearchDocument] = []
    for page_id in page_ids:
        page = pages.get(page_id)
        documents.extend(documents_for_page(page) if page is not None else [])
    indexed = {(d.page_id, d.language) for d in documents}
    count = 0
    for backend in service.writable_backends():
        try:
            for page_id in page_ids:
                gone = [language for language in language_codes() if (page_id, language) not in indexed]
                if gone:
                    backend.delete_pages([page_id], gone)
            count = backend.index_documents(documents) if documents else 0
        except Exception:
            # The database index is written first and stands in while Elasticsearch is away;
            # `rebuild_search_index` brings Elasticsearch back in step.
            logger.exception("Re-indexing pages %s in the %s backend failed.", page_ids, backend.name)
            if backend.name == "database":
                raise
    # The assistant's passages follow the same pages, in the same database as its index.
    passages.rebuild_pages(page_ids)
    return count


def react_to_content_change(change: ContentChange) -> None:
    try:
        _apply_change(change)
    finally:
        # A renamed topic, a sector or region, a page a best bet points to: read again everywhere
        # (after the index is written, so that nothing caches the old state under the new number).
        caching.invalidate()


def _apply_change(change: ContentChange) -> None:
    if change.event == "deleted":
        for backend in service.writable_backends():
            try:
                backend.delete_pages(change.page_ids)
            except Exception:
                logger.exception("Removing pages %s from the %s backend failed.", change.page_ids, backend.name)
                if backend.name == "database":
                    raise
        passages.delete_pages(change.page_ids)
        return
    reindex_pages(_pages_touched(change))


def register() -> None:
    on_content_change(react_to_content_change)


def documents_with_progress(step: Callable[[int], object] | None) -> Iterator[SearchDocument]:
    for page in searchable_pages():
        yield from documents_for_page(page)
        if step:
            step(1)


def rebuild(backends: Iterable | None = None, step: Callable[[int], None] | None = None) -> dict[str, int]:
    """Rebuilds each backend from every page; `step(1)` is called once per page."""
    counts = {}
    for backend in backends or service.writable_backends():
        counts[backend.name] = backend.rebuild(documents_with_progress(step))
    counts["passages"] = rebuild_passages()
    caching.invalidate()
    return counts


def rebuild_passages() -> int:
    """Rebuilds the assistant's passages of every page; returns how many there are."""
    return passages.rebuild_all(searchable_pages())


__all__ = ["all_documents", "count_searchable_pages", "rebuild", "register", "reindex_pages"]
