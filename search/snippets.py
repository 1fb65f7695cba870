"""Highlighted snippets for the embedded backend: the passage with most query words, marked."""

from __future__ import annotations

from functools import lru_cache

from html import escape as _html_escape

from .analysis import TOKEN_RE, analyzer

WINDOW_WORDS = 30


def escape(text: str) -> str:
    # What django.utils.html.escape returns, without its lazy-string wrapper (called twice a word).
    return _html_escape(text, quote=True)
# Snippets come from the start of long pages: the summary and the first few screens of text.
MAX_SCANNED_CHARS = 6000


@lru_cache(maxsize=100_000)
def word_terms(language: str, word: str) -> tuple[str, ...]:
    return tuple(analyzer(language).terms(word))


def highlight(text: str, terms: set[str], language: str, window: int = WINDOW_WORDS) -> str:
    """About `window` words of `text` around the densest run of matches, escaped, matches in <mark>."""
    text = text[:MAX_SCANNED_CHARS]
    words = list(TOKEN_RE.finditer(text))
    if not words:
        return ""
    strings = [match.group(0) for match in words]
    matched = {word for word in set(strings) if terms.intersection(word_terms(language, word))}
    positions = [index for index, word in enumerate(strings) if word in matched]
    # The densest run: the window ending at each match in turn (a window's count only grows when a
    # match enters it, so the first densest window ends at a match).
    best_start, best_count, first = 0, 0, 0
    for last, position in enumerate(positions):
        while positions[first] <= position - window:
            first += 1
        if last - first + 1 > best_count:
            best_start, best_count = max(0, position - window + 1), last - first + 1
    hits = set(positions)
    end = min(len(words), best_start + window)
    if best_count <= 0:
        best_start, end = 0, min(len(words), window)
    pieces = []
    cursor = words[best_start].start()
    for index in range(best_start, end):
        match = words[index]
        pieces.append(escape(text[cursor:match.start()]))
        word = escape(match.group(0))
        pieces.append(f"<mark>{word}</mark>" if index in hits else word)
        cursor = match.end()
    tail_end = words[end].start() if end < len(words) else len(text)
    tail = text[cursor:tail_end]
    pieces.append(escape(tail.rstrip() if end < len(words) else tail))
    snippet = "".join(pieces).strip()
    if best_start > 0:
        snippet = "… " + snippet
    if end < len(words):
        snippet += " …"
    return snippet
