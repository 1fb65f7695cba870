"""Turning what a visitor typed into what the index is asked: terms, synonyms, corrections.

A query becomes a list of concepts. Each concept is one thing the visitor asked for, with its
alternatives: the typed words themselves, the other terms of any synonym group they match (in any
language), and a spelling correction when a word is not in the index. Every alternative is a
sequence of indexed terms (a phrase when it has several).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TypedDict

from django.conf import settings

from .analysis import Analyzer, analyzer


@dataclass
class Concept:
    tokens: tuple[str, ...]  # the folded words of the query this concept covers
    alternatives: list[tuple[str, ...]] = field(default_factory=list)

    def add(self, terms: list[str] | tuple[str, ...]) -> None:
        terms = tuple(terms)
        if terms and terms not in self.alternatives:
            self.alternatives.append(terms)


@dataclass
class QueryPlan:
    language: str
    concepts: list[Concept]

    @property
    def is_empty(self) -> bool:
        return not any(concept.alternatives for concept in self.concepts)

    def all_terms(self) -> set[str]:
        return {term for concept in self.concepts for alternative in concept.alternatives for term in alternative}


# Synonym groups, folded per language, cached per process and re-read when an editor changes them
# (the admin's save clears the cache at once; other processes notice within SEARCH_SYNONYMS_TTL).
class _SynonymCache(TypedDict):
    checked: float  # time.monotonic() of the last look at the table
    stamp: tuple | None  # the table's latest change and size then
    groups: dict[str, list[list[tuple[str, ...]]]]  # by language


_synonym_cache: _SynonymCache = {"checked": 0.0, "stamp": None, "groups": {}}


def clear_synonym_cache() -> None:
    _synonym_cache.update({"checked": 0.0, "stamp": None, "groups": {}})


def _synonym_stamp():
    from django.db.models import Count, Max

    from .models import SynonymGroup

    stats = SynonymGroup.objects.aggregate(latest=Max("updated_at"), count=Count("id"))
    return (stats["latest"], stats["count"])


def synonym_groups(language: str) -> list[list[tuple[str, ...]]]:
    """Active groups as folded token sequences in `language`'s analysis."""
    from .models import SynonymGroup

    now = time.monotonic()
    if now - _synonym_cache["checked"] > settings.SEARCH_SYNONYMS_TTL:
        stamp = _synonym_stamp()
        if stamp != _synonym_cache["stamp"]:
            _synonym_cache.update({"stamp": stamp, "groups": {}})
        _synonym_cache["checked"] = now
    groups = _synonym_cache["groups"]
    if language not in groups:
        analysis = analyzer(language)
        groups[language] = [
            [seq for term in group.term_list if (seq := tuple(analysis.folded_tokens(term)))]
            for group in SynonymGroup.objects.filter(active=True)
        ]
    return groups[language]


def _match_synonyms(
    tokens: list[str], groups: list[list[tuple[str, ...]]]
) -> list[tuple[int, int, list[tuple[str, ...]]]]:
    """Non-overlapping (start, end, group) matches of synonym terms in `tokens`, longest first."""
    matches = []
    taken = [False] * len(tokens)
    candidates = sorted(((len(seq), seq, group) for group in groups for seq in group), key=lambda item: -item[0])
    for length, seq, group in candidates:
        for start in range(len(tokens) - length + 1):
            if tuple(tokens[start : start + length]) == seq and not any(taken[start : start + length]):
                for i in range(start, start + length):
                    taken[i] = True
                matches.append((start, start + length, group))
    return sorted(matches, key=lambda item: item[0])


def plan_query(text: str, language: str, *, synonyms: bool = True) -> QueryPlan:
    analysis: Analyzer = analyzer(language)
    tokens = analysis.folded_tokens(text)
    groups = synonym_groups(language) if synonyms else []
    matches = _match_synonyms(tokens, groups) if groups else []
    concepts: list[Concept] = []
    position = 0
    for start, end, group in matches + [(len(tokens), len(tokens), None)]:
        for token in tokens[position:start]:
            concept = Concept(tokens=(token,))
            concept.add(analysis.finish([token]))
            concepts.append(concept)
        if group is not None:
            concept = Concept(tokens=tuple(tokens[start:end]))
            concept.add(analysis.finish(tokens[start:end]))
            for seq in group:
                concept.add(analysis.finish(list(seq)))
            concepts.append(concept)
            if end - start > 1:
                # The typed words also count one by one: "şirkət qeydiyyatı" finds "Şirkətin
                # elektron qeydiyyatı", where the phrase itself never occurs.
                for token in tokens[start:end]:
                    single = Concept(tokens=(token,))
                    single.add(analysis.finish([token]))
                    concepts.append(single)
        position = end
    return QueryPlan(language=language, concepts=[concept for concept in concepts if concept.alternatives])
