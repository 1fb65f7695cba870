"""Spelling correction for the embedded backend: "gomrk" -> "gömrük".

A word is known when its stem is in the index. An unknown word is matched against the index's
vocabulary with the edit distance Elasticsearch's `fuzziness: AUTO` allows (one edit for words of
3 to 5 letters, two for longer words; the first letter must match, as with `prefix_length: 1`).
The closest word is searched for as well, and offered back as "did you mean", as it is written.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from . import caching
from .analysis import analyzer
from .connections import fetch_all
from .query import QueryPlan


def allowed_edits(length: int) -> int:
    if length < 3:
        return 0
    return 1 if length <= 5 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a transposition is one edit), or limit + 1 when above it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class _Vocabulary:
    """The index's vocabulary in memory, by language, first letter and length, under the index's
    generation: read by the search read-ahead (backends/warming.py) after each change, so that a
    correction's candidates are a dictionary lookup instead of a scan of the vocabulary's rows of
    those lengths (about 5 ms for each new misspelling at 10,000 documents per language)."""

    def __init__(self):
        self.generation: int | None = None
        self.words: dict[tuple[str, str, int], list[tuple[str, str]]] = {}

    def load(self, generation: int, languages: list[str]) -> dict[str, list[tuple[str, str]]]:
        words: dict[tuple[str, str, int], list[tuple[str, str]]] = {}
        read = {}
        for language in languages:
            read[language] = rows = fetch_all(
                "SELECT folded, surface FROM search_vocabularyterm WHERE language = %s", [language]
            )
            for folded, surface in rows:
                words.setdefault((language, folded[:1], len(folded)), []).append((folded, surface))
        self.generation, self.words = generation, words  # one assignment each: readers see either
        return read

    def candidates(self, generation: int, token: str, language: str, edits: int) -> list[tuple[str, str]] | None:
        if generation != self.generation:
            return None
        words = self.words
        found: list[tuple[str, str]] = []
        for length in range(len(token) - edits, len(token) + edits + 1):
            found.extend(words.get((language, token[0], length), ()))
        return found


_vocabulary = _Vocabulary()


def load_vocabulary(generation: int, languages: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Reads the vocabulary into memory for corrections under `generation` (warming.py); returns
    the (folded, surface) rows read, by language."""
    return _vocabulary.load(generation, languages)


def _candidates(token: str, language: str, generation: int | None = None) -> list[tuple[str, str]]:
    edits = allowed_edits(len(token))
    if generation is not None:
        found = _vocabulary.candidates(generation, token, language, edits)
        if found is not None:
            return found
    # The words of about the right length (the index on language and length), first letter alike
    # (a letter: `correct_plan` only corrects alphabetic words, so the pattern has no wildcard in it).
    return fetch_all(
        "SELECT folded, surface FROM search_vocabularyterm "
        "WHERE language = %s AND length BETWEEN %s AND %s AND folded LIKE %s",
        [language, len(token) - edits, len(token) + edits, token[0] + "%"],
    )


# Corrections and known words are kept per process under the index's generation number (see
# `caching`): a misspelling seen again, or a word looked up again, costs no scan of the vocabulary
# until the index changes. Entries of older generations are never asked for again and age out.
KEPT_LOOKUPS = 4096


def best_correction(token: str, language: str) -> tuple[str, str] | None:
    """(folded, surface) of the closest known word, or None."""
    return _correction(caching.generation(), token, language)


@lru_cache(maxsize=KEPT_LOOKUPS)
def _correction(generation: int, token: str, language: str) -> tuple[str, str] | None:
    edits = allowed_edits(len(token))
    if not edits:
        return None
    best = None
    letters = Counter(token)
    for folded, surface in _candidates(token, language, generation):
        # A cheap lower bound first: an edit changes the letters' multiset by at most two (a
        # transposition not at all), so words whose letters differ by more cannot be within reach.
        other = Counter(folded)
        if ((letters - other).total() + (other - letters).total() + 1) // 2 > edits:
            continue
        distance = edit_distance(token, folded, edits)
        if distance <= edits:
            key = (distance, -len(_common_prefix(token, folded)), folded)
            if best is None or key < best[0]:
                best = (key, folded, surface)
    return (best[1], best[2]) if best else None


def _common_prefix(a: str, b: str) -> str:
    length = 0
    for char_a, char_b in zip(a, b, strict=False):  # up to the shorter
        if char_a != char_b:
            break
        length += 1
    return a[:length]


@lru_cache(maxsize=KEPT_LOOKUPS)
def _known_in(generation: int, language: str, column: str, words: tuple[str, ...]) -> frozenset[str]:
    marks = ", ".join(["%s"] * len(words))
    sql = f"SELECT {column} FROM search_vocabularyterm WHERE language = %s AND {column} IN ({marks})"
    return frozenset(row[0] for row in fetch_all(sql, [language, *words]))


def correct_plan(plan: QueryPlan, text: str, language: str) -> str | None:
    """Adds corrections of unknown words to `plan`; returns the corrected query, or None."""
    analysis = analyzer(language)
    candidates = [
        concept
        for concept in plan.concepts
        # A word that matched a synonym group is known, whatever the index holds.
        if len(concept.tokens) == 1
        and len(concept.alternatives) == 1
        and concept.tokens[0].isalpha()
        and concept.tokens[0] not in analysis.stopwords
    ]
    if not candidates:
        return None
    stems = {concept.tokens[0]: analysis.stem(concept.tokens[0]) for concept in candidates}
    generation = caching.generation()
    # Two lookups, each on its own index (an OR of both would scan the vocabulary).
    known_words = _known_in(generation, language, "folded", tuple(sorted(stems))) | _known_in(
        generation, language, "stem", tuple(sorted(set(stems.values())))
    )
    replacements: dict[str, str] = {}
    for concept in candidates:
        token = concept.tokens[0]
        if token in known_words or stems[token] in known_words:
            continue
        correction = _correction(generation, token, language)
        if correction is None:
            continue
        folded, surface = correction
        concept.add(analysis.finish([folded]))
        replacements[token] = surface
    if not replacements:
        return None
    words = []
    for surface in analysis.surface_tokens(text):
        folded = analysis.fold_token(surface)
        words.append(replacements.get(folded, surface))
    return " ".join(words)


def clear_local() -> None:
    _correction.cache_clear()
    _known_in.cache_clear()
    _vocabulary.generation, _vocabulary.words = None, {}


caching.on_clear(clear_local)
