"""The phrase lists of the commonest terms, read ahead of the searches that would need them.

The first search of a phrase since the index last changed reads every entry the phrase matches,
with its score (ranking.py). Its cost follows the number of entries: a rare word reads a few
rows; a word in most documents reads the whole language, 20 to 35 ms of SQLite's work at 10,000
documents per language on a quiet machine, and in the first pass of the bench at 8 clients the
searches that met such words made a p95 of 253 ms against 34 ms warm. Word frequencies fall off
steeply: a few hundred terms hold most of the index's entries, and every other term is cheap to
read. So the lists of the terms in the most entries are read ahead, by the process itself:

- when the process first meets a generation of the index: at start (`start()`, from the search
  app's `warm()`, cms/core/startup.py) and after every change (the phrase cache tells `schedule`);
- in a background thread: first every phrase of the synonym groups, then the terms in at least
  MIN_ENTRIES entries, commonest first, until SEARCH_WARM_PHRASE_ENTRIES entries are read (0: never, as in the tests); one scan
  per phrase gives its entries in all three languages. Then the index's vocabulary is read into
  memory for spelling corrections (spelling.py) and into the snippets' table of written words
  (snippets.py), the other first-time costs of a search;
- the thread stops when the index changes again; the next generation starts its own.

A search that meets a phrase before the thread has read it reads it itself, as before, and the
thread then skips it. SQLite only: PostgreSQL keeps one list per whole query (see
`PostgresFTS.phrases`), which no reading ahead of single terms would fill.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from itertools import chain
from typing import Any

from django.conf import settings
from django.db import connections

from .. import caching, spelling
from . import ranking

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_scheduled: int | None = None  # the generation the last thread was started for
_thread: threading.Thread | None = None
# How often the thread checks that the index has not changed meanwhile (terms read between checks).
CHECK_EVERY = 20
# Terms in fewer entries (all languages together) are left to the searches: their first read
# costs about a millisecond at most (1.5 to 2 µs an entry at 10,000 documents per language).
MIN_ENTRIES = 500


def budget() -> int:
    return max(0, min(settings.SEARCH_WARM_PHRASE_ENTRIES, settings.SEARCH_PHRASE_CACHE_ENTRIES // 2))


def start() -> None:
    """Starts the reading for the index as it is now (a worker's start)."""
    if budget() and _dialect() is not None:
        generation = caching.generation()
        for language in _languages():
            ranking.cache.table(language, generation)  # the facet tables, as the first search would
        schedule(generation)


def schedule(generation: int) -> None:
    """Starts the background reading for `generation`, once per generation and process."""
    global _scheduled, _thread
    if not budget() or _dialect() is None:
        return  # nothing to read: the setting is 0, or PostgreSQL (no single-term lists)
    with _lock:
        if _scheduled == generation:
            return
        _scheduled = generation
        _thread = threading.Thread(target=_run, args=(generation,), name="search-warm-phrases", daemon=True)
    _thread.start()


def wait(timeout: float | None = None) -> None:
    """Waits for the reading started last (the bench, the tests)."""
    thread = _thread
    if thread is not None:
        thread.join(timeout)


def _forked() -> None:
    # A process forked while the thread ran has no thread, and the locks may have been held by it.
    global _lock, _scheduled, _thread
    _lock, _scheduled, _thread = threading.Lock(), None, None
    ranking.cache.forked()


def _run(generation: int) -> None:
    try:
        began = time.perf_counter()
        phrases, entries = warm(generation, budget(), pause=1.0)
        logger.info("Read ahead %d phrase lists (%d entries) in %.1f s", phrases, entries, time.perf_counter() - began)
    except Exception:  # the searches read what they need themselves, as without this
        logger.warning("Reading the common phrase lists ahead failed", exc_info=True)
    finally:
        connections.close_all()  # whatever this thread opened outside search's pool, which keeps its own


def warm(generation: int, limit: int, *, pause: float = 0.0, minimum: int = MIN_ENTRIES) -> tuple[int, int]:
    """Reads the lists of the synonym phrases and of the terms in at least `minimum` entries,
    commonest first, until `limit` entries are read or the generation changes; returns (phrases
    read, entries read). After each list it sleeps `pause` times as long as the list took."""
    dialect = _dialect()
    if dialect is None:
        return 0, 0
    languages = _languages()
    tables = {language: ranking.cache.table(language, generation) for language in languages}
    phrases = entries = 0
    candidates = chain(
        _synonym_phrases(dialect, languages), (dialect.phrase((term,)) for term in dialect.common_terms(minimum))
    )
    for number, phrase in enumerate(candidates):
        if entries >= limit:
            break
        if number % CHECK_EVERY == 0 and caching.generation() != generation:
            return phrases, entries
        keys = [(language, phrase) for language in languages]
        if all(ranking.cache.holds(key, generation) for key in keys):
            continue
        began = time.perf_counter()
        rows = dialect.phrase_scores_everywhere(phrase)
        entries += len(rows)
        phrases += 1
        for language, key in zip(languages, keys, strict=True):
            members = tables[language].rows
            ranking.cache.put(key, generation, [row for row in rows if row[0] in members])
        # Background work: the thread rests as long as it worked, so the searches arriving
        # meanwhile keep at least half of what it would take.
        time.sleep(pause * (time.perf_counter() - began))
    _learn_written_words(spelling.load_vocabulary(generation, languages))
    return phrases, entries


def _synonym_phrases(dialect, languages: list[str]) -> list[str]:
    """Every alternative of the synonym groups, as each language's plans ask it. A phrase of two
    common words ("customs duty") is the dearest first read of all: FTS5 checks the positions of
    both words in every entry that has them."""
    from ..analysis import analyzer
    from ..query import synonym_groups

    phrases: dict[str, None] = {}
    for language in languages:
        analysis = analyzer(language)
        for group in synonym_groups(language):
            for sequence in group:
                terms = tuple(analysis.finish(list(sequence)))
                if terms:
                    phrases.setdefault(dialect.phrase(terms))
    return list(phrases)


def _learn_written_words(vocabulary: dict[str, list[tuple[str, str]]]) -> None:
    """The snippets' table of written words (snippets.py), from the index's vocabulary as spelling
    read it: each word as it is written in the index, in lower case and capitalised; at most half
    of what the table keeps, so that the words the searches meet still fit before it starts again."""
    from ..snippets import MAX_KNOWN_WORDS, learn_words

    for language, rows in vocabulary.items():
        words: set[str] = set()
        for _folded, surface in rows:
            if len(words) >= MAX_KNOWN_WORDS // 2:
                break
            words.update((surface, surface.lower(), surface.capitalize()))
        learn_words(words, language)


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _none() -> Any:
    return None


_source: Callable[[], Any] = _none


def read_with(source: Callable[[], Any]) -> None:
    """The backend names what reads the lists (database.py: its SQLite dialect, else None)."""
    global _source
    _source = source


def _dialect():
    return _source()


ranking.cache.on_new_generation(schedule)
os.register_at_fork(after_in_child=_forked)
