"""The query service: the one entry point for searching, whichever backend answers.

`ELASTICSEARCH_URL` chooses Elasticsearch; without it the embedded database backend answers. When
Elasticsearch is configured but does not answer, the database backend (always kept up to date by
the indexer) answers instead, Elasticsearch is left alone for `SEARCH_ES_RETRY_SECONDS`, and the
health report says so.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.html import escape

from cms.core import redaction

from . import caching, connections
from .analysis import analyzer
from .backends.base import Completion, Hit, SearchBackend, SearchQuery, SearchResults
from .backends.database import DatabaseBackend

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_state: dict = {"es": None, "es_url": None, "es_down_until": 0.0, "es_error": None}


def _forked() -> None:
    """A forked process makes its own Elasticsearch client: the parent's keeps its open connections,
    which two processes must not share; and a lock another thread held at the fork is never let go."""
    global _lock
    _lock = threading.Lock()
    _state.update({"es": None, "es_url": None})


os.register_at_fork(after_in_child=_forked)


def elasticsearch_url() -> str:
    return settings.ELASTICSEARCH_URL


def database_backend() -> DatabaseBackend:
    return DatabaseBackend()


def elasticsearch_backend():
    """The Elasticsearch backend when configured, else None (one client per process)."""
    url = elasticsearch_url()
    if not url:
        return None
    with _lock:
        if _state["es"] is None or _state["es_url"] != url:
            from .backends.elasticsearch import ElasticsearchBackend

            _state.update({"es": ElasticsearchBackend(url), "es_url": url, "es_down_until": 0.0, "es_error": None})
        return _state["es"]


def writable_backends() -> list[SearchBackend]:
    """Every backend the indexer keeps current: the database always, so that it can stand in."""
    backends: list[SearchBackend] = [database_backend()]
    es = elasticsearch_backend()
    if es is not None:
        backends.append(es)
    return backends


def _mark_es_down(error: Exception) -> None:
    retry = settings.SEARCH_ES_RETRY_SECONDS
    _state["es_down_until"] = time.monotonic() + retry
    _state["es_error"] = f"{type(error).__name__}: {error}"
    logger.warning(
        "Elasticsearch did not answer (%s); the database backend answers for %ss.", _state["es_error"], retry
    )


def _es_usable():
    es = elasticsearch_backend()
    if es is None or time.monotonic() < _state["es_down_until"]:
        return None
    return es


def reset_state() -> None:
    """Forgets the client and any outage (tests, and after a settings change)."""
    with _lock:
        _state.update({"es": None, "es_url": None, "es_down_until": 0.0, "es_error": None})


def _with_fallback(call):
    es = _es_usable()
    if es is not None:
        try:
            return call(es)
        except Exception as error:  # noqa: BLE001 - any failure of the cluster falls back
            _mark_es_down(error)
    return call(database_backend())


# Searching -------------------------------------------------------------------------------------


@dataclass
class SearchResponse:
    query: SearchQuery
    results: SearchResults
    best_bets: list[Hit] = field(default_factory=list)
    took_ms: int = 0

    @property
    def hits(self) -> list[Hit]:
        return self.results.hits


def _best_bet_table(language: str) -> dict[str, list[int]]:
    """Every best bet of a language: normalized query -> page ids, in their order."""
    from .models import BestBet

    table: dict[str, list[int]] = {}
    rows = BestBet.objects.filter(language=language).order_by("normalized_query", "sort_order", "pk")
    for normalized, page_id in rows.values_list("normalized_query", "page_id"):
        table.setdefault(normalized, []).append(page_id)
    return table


def best_bets(text: str, language: str) -> list[Hit]:
    """Editors' picks for this query, in their order, if the page is searchable in this language."""
    normalized = " ".join(analyzer(language).folded_tokens(text))[:200]
    if not normalized:
        return []
    page_ids = caching.cached(("best_bets", language), lambda: _best_bet_table(language)).get(normalized)
    if not page_ids:
        return []
    entries = database_backend().entries_for_pages(page_ids, language)
    return [
        Hit(entry.page_id, entry.title, entry.url, escape(entry.summary), entry.page_type)
        for page_id in page_ids
        if (entry := entries.get(page_id)) is not None
    ]


def search(query: SearchQuery, *, log: bool = True) -> SearchResponse:
    started = time.perf_counter()
    results = _with_fallback(lambda backend: backend.search(query))
    bets = best_bets(query.text, query.language) if query.page == 1 else []
    if bets:
        pinned = {bet.page_id for bet in bets}
        results.hits = [hit for hit in results.hits if hit.page_id not in pinned]
    took_ms = round((time.perf_counter() - started) * 1000)
    if log and settings.SEARCH_QUERY_LOG:
        log_query(query, results.total + len(bets), took_ms, results.backend)
    return SearchResponse(query, results, bets, took_ms)


def autocomplete(text: str, language: str, limit: int = 8) -> list[Completion]:
    return _with_fallback(lambda backend: backend.autocomplete(text, language, limit))


# The query log ---------------------------------------------------------------------------------

# A visitor may paste an e-mail address, a phone number or an identity or tax number into the box:
# they are cut from the log before it is written, by the portal's one set of rules (cms/core/redaction.py).


def redact(text: str) -> str:
    return " ".join(redaction.redact(text).split())[:200]


def log_query(query: SearchQuery, result_count: int, took_ms: int, backend: str) -> None:
    from .models import QueryLogEntry

    try:
        connections.insert(
            QueryLogEntry(
                query=redact(query.text),
                language=query.language,
                result_count=result_count,
                took_ms=took_ms,
                backend=backend,
            )
        )
    except Exception:  # a full disk must not turn a search into an error page
        logger.exception("Could not write the search query log.")


# Health ----------------------------------------------------------------------------------------


def _redacted_url(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}{':' + str(parts.port) if parts.port else ''}"


def health() -> dict:
    """Which backend answers and why, for the health endpoint and the admin panel."""
    database = database_backend().health()
    report: dict[str, object] = {
        "configured": "elasticsearch" if elasticsearch_url() else "database",
        "database": database,
    }
    es = elasticsearch_backend()
    if es is None:
        report.update({"active": "database", "fallback": False, "ok": database["ok"]})
        return report
    es_health = es.health()
    es_health["url"] = _redacted_url(elasticsearch_url())
    if es_health["ok"]:
        _state["es_down_until"] = 0.0
    else:
        _mark_es_down(RuntimeError(es_health.get("error", "unhealthy")))
    report["elasticsearch"] = es_health
    report["active"] = "elasticsearch" if es_health["ok"] else "database"
    report["fallback"] = not es_health["ok"]
    report["ok"] = database["ok"]
    return report


def public_health() -> dict:
    """The health report without addresses or error texts, for the unauthenticated endpoint."""
    report = health()
    public = {key: report[key] for key in ("ok", "configured", "active", "fallback")}
    public["documents"] = report["database"].get("documents", {})
    if "elasticsearch" in report:
        public["elasticsearch_reachable"] = report["elasticsearch"]["ok"]
    return public
