"""Highlighted snippets for the embedded backend: the passage with most query words, marked."""

from __future__ import annotations

import os
import threading
from bisect import bisect_left
from functools import lru_cache
from html import escape as _html_escape
from itertools import islice

from .analysis import TOKEN_RE, analyzer

WINDOW_WORDS = 30
# Snippets come from the start of long pages: the summary and the first few screens of text.
MAX_SCANNED_CHARS = 6000
# Words whose terms are kept per language (see `_Matcher`); past it, the table starts again.
MAX_KNOWN_WORDS = 200_000


def escape(text: str) -> str:
    # What django.utils.html.escape returns, without its lazy-string wrapper.
    return _html_escape(text, quote=True)


@lru_cache(maxsize=100_000)
def word_terms(language: str, word: str) -> tuple[str, ...]:
    return tuple(analyzer(language).terms(word))


class _Matcher:
    """Which words of a text match a query's terms, with set operations in C.

    Each word as written is analysed once per process: its terms go into an inverted table (term ->
    the words that have it), so the words of a text that match are the text's words intersected
    with the union of the query terms' entries. Only words not seen before run the analyzer.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._tables: dict[str, tuple[set[str], dict[str, set[str]]]] = {}

    def learn(self, words: set[str], language: str) -> tuple[set[str], dict[str, set[str]]]:
        """Analyses the words not seen yet; returns the language's table."""
        table = self._tables.get(language)
        if table is None or len(table[0]) > MAX_KNOWN_WORDS:
            with self._lock:
                table = self._tables[language] = (set(), {})
        seen, by_term = table
        new = words - seen
        if new:
            with self._lock:
                for word in new:
                    for term in word_terms(language, word):
                        by_term.setdefault(term, set()).add(word)
                seen |= new  # after the table has the words' terms: a word seen is a word listed
        return table

    def matched(self, words: set[str], terms: set[str], language: str) -> set[str]:
        _seen, by_term = self.learn(words, language)
        matching: set[str] = set()
        for term in terms:
            listed = by_term.get(term)
            if listed:
                matching |= listed
        return words & matching


_matcher = _Matcher()
# The read-ahead thread holds the matcher's lock while it learns the index's words: a process forked
# meanwhile would find it held for ever.
os.register_at_fork(after_in_child=lambda: setattr(_matcher, "_lock", threading.Lock()))


def learn_words(words: set[str], language: str) -> None:
    """Analyses these written words ahead of the snippets that will show them (warming.py)."""
    _matcher.learn(words, language)


def highlight(text: str, terms: set[str], language: str, window: int = WINDOW_WORDS) -> str:
    """About `window` words of `text` around the densest run of matches, escaped, matches in <mark>."""
    text = text[:MAX_SCANNED_CHARS]
    strings = TOKEN_RE.findall(text)
    if not strings:
        return ""
    matched = _matcher.matched(set(strings), terms, language)
    positions = [index for index, word in enumerate(strings) if word in matched]
    # The densest run: the window ending at each match in turn (a window's count only grows when a
    # match enters it, so the first densest window ends at a match).
    best_start, best_count, first = 0, 0, 0
    for last, position in enumerate(positions):
        while positions[first] <= position - window:
            first += 1
        if last - first + 1 > best_count:
            best_start, best_count = max(0, position - window + 1), last - first + 1
    count = len(strings)
    end = min(count, best_start + window)
    if best_count <= 0:
        best_start, end = 0, min(count, window)
    # The positions in the text of the window's words and the one after it only.
    spans = [match.span() for match in islice(TOKEN_RE.finditer(text), best_start, end + 1)]
    # Escaping is letter by letter, so the text between two marked words is escaped in one piece.
    pieces = []
    cursor = spans[0][0]
    for index in positions[bisect_left(positions, best_start) :]:
        if index >= end:
            break
        start, stop = spans[index - best_start]
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:stop])}</mark>")
        cursor = stop
    tail_end = spans[end - best_start][0] if end < count else len(text)
    tail = text[cursor:tail_end]  # from the last mark (or the window's start) to the next word
    pieces.append(escape(tail.rstrip() if end < count else tail))
    snippet = "".join(pieces).strip()
    if best_start > 0:
        snippet = "… " + snippet
    if end < count:
        snippet += " …"
    return snippet
