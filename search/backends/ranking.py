"""The embedded backend's query evaluation: each phrase matched and ranked once, kept in memory.

A search's score on SQLite is a sum over the phrases of its query (FTS5's bm25 adds the phrases'
terms in the order they are written), times the page type's boost. So each phrase is asked of the
database once, on its own: every entry of the language it matches, with its score. On PostgreSQL,
whose ts_rank is no such sum, the whole query is the one phrase. The process keeps that list (in
score order, and by id) and the set of entries as a bitset, until the index changes
(`search.caching`'s generation). A search then:

- counts with bitsets: the matches are the union of its phrases' bitsets, the total and each
  facet's counts are intersections with the facet values' bitsets, counted in C (`int.bit_count`);
- ranks a bounded candidate set: the phrases' lists are read from the top in turn (the threshold
  algorithm): a candidate's score is the sum of its phrase scores times its boost, and reading stops
  as soon as no entry not yet read can beat the last result of the page. A common word matching
  10,000 entries reads a few hundred of them.

The order is the one the single SQL statement gave (score, then id); the scores are the same numbers.
"""

from __future__ import annotations

import heapq
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter

from django.conf import settings

from .. import caching
from ..connections import fetch_all
from .base import FACETS

# settings.SEARCH_PHRASE_CACHE_ENTRIES: entries (one phrase matching one page in one language) kept
# in memory per process; about 40 bytes each. The demo's whole index is a few thousand; 10,000
# documents per language about a million.


# Filter sets whose passing entries a facet table keeps (a few bytes per entry each).
MAX_FILTER_SETS = 256
# A byte's eight bits as eight bytes of 0 or 1, lowest bit first.
_BYTE_BITS = [bytes((byte >> bit) & 1 for bit in range(8)) for byte in range(256)]


def bitset(ids) -> int:
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    for entry_id in ids:
        buffer[entry_id >> 3] |= 1 << (entry_id & 7)
    return int.from_bytes(buffer, "little")


@dataclass
class PhraseList:
    ids_by_score: array  # entry ids, best score first (ties: lower id first)
    scores_by_score: array
    ids: array  # the same entries by id, for looking a score up
    scores_by_id: array
    bits: int

    @classmethod
    def from_rows(cls, rows: list[tuple[int, float]]) -> PhraseList:
        # The full text index gives its rows by id already, so the first sort costs one pass; the
        # second is stable (reverse=True keeps equal scores in their order): best first, then by id.
        by_id = sorted(rows)
        ranked = sorted(by_id, key=itemgetter(1), reverse=True)
        ids = [row[0] for row in by_id]
        return cls(
            array("q", [row[0] for row in ranked]),
            array("d", [row[1] for row in ranked]),
            array("q", ids),
            array("d", [row[1] for row in by_id]),
            bitset(ids),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def score(self, entry_id: int) -> float:
        index = bisect_left(self.ids, entry_id)
        if index < len(self.ids) and self.ids[index] == entry_id:
            return self.scores_by_id[index]
        return 0.0


@dataclass
class FacetTable:
    """One language's entries: the facet values of each, and a bitset per facet value."""

    rows: dict[int, tuple[str, str, frozenset, frozenset]]  # id -> type, topic, sectors, regions
    bits: dict[str, dict[str, int]]
    _flags: dict[tuple, bytes] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str) -> FacetTable:
        rows: dict[int, tuple[str, str, frozenset, frozenset]] = {}
        members: dict[str, dict[str, list[int]]] = {facet: {} for facet in FACETS}
        for entry_id, page_type, topic, sectors, regions in fetch_all(
            "SELECT id, page_type, topic, sectors, regions FROM search_indexentry WHERE language = %s", [language]
        ):
            values = (page_type, topic, frozenset(sectors.split()), frozenset(regions.split()))
            rows[entry_id] = values
            for facet, keys in zip(FACETS, ([page_type], [topic], values[2], values[3]), strict=True):
                for key in keys:
                    if key:
                        members[facet].setdefault(key, []).append(entry_id)
        return cls(rows, {facet: {key: bitset(ids) for key, ids in keys.items()} for facet, keys in members.items()})

    def passes(self, entry_id: int, filters: dict[str, str]) -> bool:
        values = self.rows.get(entry_id)
        if values is None:
            return False
        for facet, value in filters.items():
            index = FACETS.index(facet)
            if index < 2:
                if values[index] != value:
                    return False
            elif value not in values[index]:
                return False
        return True

    def flags(self, filters: dict[str, str]) -> bytes:
        """One byte per entry id, 1 where the entry passes every filter (kept per filter set)."""
        key = tuple(sorted(filters.items()))
        found = self._flags.get(key)
        if found is None:
            selected = -1
            for facet, value in filters.items():
                selected &= self.bits[facet].get(value, 0)
            data = selected.to_bytes((selected.bit_length() + 7) // 8, "little") if selected > 0 else b""
            found = b"".join([_BYTE_BITS[byte] for byte in data])
            if len(self._flags) < MAX_FILTER_SETS:
                self._flags[key] = found
        return found


class PhraseCache:
    """Phrase lists and facet tables of the current generation, least recently used out first."""

    def __init__(self):
        self._lock = threading.Lock()
        self._generation = None
        self._phrases: OrderedDict[tuple, PhraseList] = OrderedDict()
        self._entries = 0
        self._tables: dict[str, FacetTable] = {}
        self._listeners: list[Callable[[int], None]] = []

    def on_new_generation(self, listener: Callable[[int], None]) -> None:
        """Calls `listener(generation)` when this process first meets a generation (warming.py)."""
        self._listeners.append(listener)

    def _limit(self) -> int:
        return settings.SEARCH_PHRASE_CACHE_ENTRIES

    def _check(self, generation: int) -> None:
        if generation != self._generation:
            with self._lock:
                if generation == self._generation:
                    return
                self._phrases.clear()
                self._tables = {}
                self._entries = 0
                self._generation = generation
            for listener in self._listeners:
                listener(generation)

    def table(self, language: str, generation: int) -> FacetTable:
        self._check(generation)
        table = self._tables.get(language)
        if table is None:
            table = FacetTable.load(language)
            with self._lock:
                if generation == self._generation:
                    self._tables[language] = table
        return table

    def phrase(self, key: tuple, generation: int, load: Callable[[], list[tuple[int, float]]]) -> PhraseList:
        self._check(generation)
        with self._lock:
            found = self._phrases.get(key)
            if found is not None:
                self._phrases.move_to_end(key)
                return found
        found = PhraseList.from_rows(load())
        self._store(key, generation, found)
        return found

    def holds(self, key: tuple, generation: int) -> bool:
        with self._lock:
            return generation == self._generation and key in self._phrases

    def put(self, key: tuple, generation: int, rows: list[tuple[int, float]]) -> None:
        """Keeps a list read ahead of the searches (warming.py), if its generation is still current."""
        self._store(key, generation, PhraseList.from_rows(rows))

    def _store(self, key: tuple, generation: int, found: PhraseList) -> None:
        with self._lock:
            if generation == self._generation and key not in self._phrases:
                self._phrases[key] = found
                self._entries += len(found)
                while self._entries > self._limit() and len(self._phrases) > 1:
                    _, evicted = self._phrases.popitem(last=False)
                    self._entries -= len(evicted)

    def forked(self) -> None:
        """In a child process: a lock held by a thread of the parent at the fork is never released."""
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._generation = None
            self._phrases.clear()
            self._tables = {}
            self._entries = 0


cache = PhraseCache()
caching.on_clear(cache.clear)


def count(lists: list[PhraseList], table: FacetTable, filters: dict[str, str]) -> tuple[int, dict[str, dict[str, int]]]:
    """The total under every filter, and each facet's counts under the other facets' filters."""
    matches = 0
    for phrase in lists:
        matches |= phrase.bits
    masks = {facet: table.bits[facet].get(value, 0) for facet, value in filters.items()}

    def under(skip: str | None) -> int:
        selected = matches
        for facet, mask in masks.items():
            if facet != skip:
                selected &= mask
        return selected

    total = under(None).bit_count()
    facets = {}
    for facet in FACETS:
        selected = under(facet)
        counts = {value: n for value, bits in table.bits[facet].items() if (n := (selected & bits).bit_count())}
        facets[facet] = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return total, facets


def top(
    lists: list[PhraseList], table: FacetTable, filters: dict[str, str], boosts: dict[str, float], k: int
) -> list[tuple[int, float]]:
    """The k best (entry id, score) under the filters, best first (ties: lower id first)."""
    if k <= 0 or not lists:
        return []
    best_boost = max([1.0, *boosts.values()])
    boost_of = boosts.get
    rows = table.rows
    passing = table.flags(filters) if filters else None
    heap: list[tuple[float, int]] = []  # (score, -id): the worst result kept is heap[0]
    seen: set[int] = set()
    count = len(lists)
    ids_by_score = [phrase.ids_by_score for phrase in lists]
    scores_by_score = [phrase.scores_by_score for phrase in lists]
    lengths = [len(phrase.ids_by_score) for phrase in lists]
    positions = [0] * count
    while True:
        progressed = False
        for index in range(count):
            position = positions[index]
            if position >= lengths[index]:
                continue
            progressed = True
            positions[index] = position + 1
            entry_id = ids_by_score[index][position]
            if entry_id in seen:
                continue
            seen.add(entry_id)
            values = rows.get(entry_id)
            if values is None:
                continue
            if passing is not None and (entry_id >= len(passing) or not passing[entry_id]):
                continue
            total = 0.0
            for other_index, other in enumerate(
                lists
            ):  # in the query's order: the same sum, to the last bit, as the database's
                total += scores_by_score[index][position] if other_index == index else other.score(entry_id)
            item = (total * boost_of(values[0], 1.0), -entry_id)
            if len(heap) < k:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)
        if not progressed:
            break
        if len(heap) == k:
            # No entry not read yet scores more than the sum of the lists' next scores, boosted.
            threshold = 0.0
            for index in range(count):
                if positions[index] < lengths[index]:
                    threshold += scores_by_score[index][positions[index]]
            if heap[0][0] > threshold * best_boost:
                break
    return [(-negative_id, score) for score, negative_id in sorted(heap, reverse=True)]


def run(
    language: str,
    phrases: list[str],
    load: Callable[[str], list[tuple[int, float]]],
    filters: dict[str, str],
    boosts: dict[str, float],
    offset: int,
    limit: int,
):
    generation = caching.generation()
    table = cache.table(language, generation)
    lists = [cache.phrase((language, phrase), generation, partial(load, phrase)) for phrase in phrases]
    total, facets = count(lists, table, filters)
    # Never more candidates than there are results: a page past the end reads nothing.
    rows = top(lists, table, filters, boosts, min(offset + limit, total))[offset:]
    return total, facets, rows
