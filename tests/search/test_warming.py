"""The commonest phrase lists read ahead (search/backends/warming.py): the same lists a search would
read, searches that then read none of them, and the reading stopped by the next index change."""

import pytest
from django.db import connection

from search import caching, service
from search.backends import ranking, warming
from search.backends.base import SearchQuery
from search.backends.database import SQLiteFTS5, dialect_for_connection
from search.query import plan_query

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="the single-term lists are the SQLite dialect's (PostgreSQL's are whole queries)",
)


def _read_ahead(limit=1_000_000, minimum=1):
    # The demo's index is small: every term (minimum 1), so that the reading has terms to read.
    caching.clear_local()
    generation = caching.generation()
    return generation, warming.warm(generation, limit, minimum=minimum)


def test_the_lists_read_ahead_are_those_a_search_reads(indexed):
    _generation, (phrases, entries) = _read_ahead()
    assert phrases > 50 and entries > 0
    dialect = dialect_for_connection()
    kept = list(ranking.cache._phrases.items())
    assert len(kept) == 3 * phrases  # every phrase, in each language
    for (language, phrase), found in kept:
        expected = ranking.PhraseList.from_rows(dialect.phrase_scores(phrase, language))
        assert list(found.ids_by_score) == list(expected.ids_by_score), (language, phrase)
        assert list(found.scores_by_score) == list(expected.scores_by_score), (language, phrase)


def test_a_search_after_the_reading_reads_no_list_of_its_own(indexed, monkeypatch):
    _read_ahead()
    read = []
    original = SQLiteFTS5.phrase_scores

    def counting(self, phrase, language):
        read.append(phrase)
        return original(self, phrase, language)

    monkeypatch.setattr(SQLiteFTS5, "phrase_scores", counting)
    # Common words and a synonym phrase ("value added tax" and its other names).
    for text, language in [("investment", "en"), ("ƏDV", "az"), ("value added tax", "en"), ("налог", "ru")]:
        assert plan_query(text, language).concepts
        service.search(SearchQuery(text, language), log=False)
    assert read == []


def test_the_reading_stops_at_its_limit_and_when_the_index_changes(indexed):
    generation, (phrases, entries) = _read_ahead(limit=1)
    assert phrases == 1 and entries >= 1  # the limit is checked before each list
    caching.invalidate()  # another process (or this one) changed the index
    assert warming.warm(generation, 1_000_000) == (0, 0)


def test_nothing_is_read_ahead_when_the_setting_is_zero(indexed, settings):
    settings.SEARCH_WARM_PHRASE_ENTRIES = 0
    caching.clear_local()
    warming.start()
    warming.schedule(caching.generation())
    assert warming._thread is None or not warming._thread.is_alive()
    assert ranking.cache._phrases == {}


def test_corrections_after_the_reading_are_the_same_and_read_no_vocabulary(indexed):
    from django.test.utils import CaptureQueriesContext

    from search import spelling
    from search.models import VocabularyTerm

    generation, _read = _read_ahead()
    misspelt = []
    for language in ("az", "en", "ru"):
        words = VocabularyTerm.objects.filter(language=language, length__gte=5).order_by("folded")
        for word in list(words.values_list("folded", flat=True))[::7][:40]:
            misspelt.append((word[:2] + word[3:], language))  # the third letter dropped
    with CaptureQueriesContext(connection) as queries:
        from_memory = [spelling._correction.__wrapped__(generation, token, language) for token, language in misspelt]
    assert not [query for query in queries if "search_vocabularyterm" in query["sql"]]
    spelling.clear_local()  # the vocabulary out of memory: the corrections read it from the database
    from_database = [spelling._correction.__wrapped__(generation, token, language) for token, language in misspelt]
    assert from_memory == from_database
    assert sum(found is not None for found in from_memory) > 60


def test_the_written_words_learnt_ahead_leave_room_in_the_snippets_table(indexed, monkeypatch):
    from search import snippets

    monkeypatch.setattr(snippets, "MAX_KNOWN_WORDS", 300)
    monkeypatch.setattr(snippets, "_matcher", snippets._Matcher())
    _read_ahead()
    for language in ("az", "en", "ru"):
        seen, _by_term = snippets._matcher._tables[language]
        assert 0 < len(seen) <= 150 + 2  # the last word's three forms may pass the half by two


def test_terms_in_few_entries_are_left_to_the_searches(indexed):
    from search.backends.database import SQLiteFTS5

    _generation, (every_term, _entries) = _read_ahead()
    _generation, (common_only, _entries) = _read_ahead(minimum=warming.MIN_ENTRIES)
    # The demo's 3 × 74 entries hold no term 500 times: only the synonym groups' phrases are read.
    assert list(SQLiteFTS5().common_terms(warming.MIN_ENTRIES)) == []
    assert 0 < common_only < every_term
