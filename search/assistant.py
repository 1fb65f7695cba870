"""The virtual assistant: a question in az, en or ru answered with the guide's own words.

Nothing is written here: an answer is one to three passages of published pages (`search.passages`),
quoted as they are, each with its page, link and review date, and the structured facts they carry
(a rate with its legal basis). The steps:

1. An editor's curated answer whose question reads like this one wins outright.
2. Otherwise the question is read the way search reads a query (`search.query`: the language's
   analysis, Azerbaijani folding, cross-language synonyms, corrections of misspelt words from the
   index's vocabulary), minus the words that only make it a question (`data/assistant.yml`).
3. Every passage of the language is scored with BM25 over its words, its page title and headings,
   plus how much of the question its page as a whole answers: a passage is better when the page
   around it is about the same thing.
4. The answer is given only when the best passage covers enough of the question's weight (rare words
   weigh more, words the guide never uses weigh most); otherwise the assistant says the guide does
   not cover it and offers search, the enquiry form and an appeal: the ways to ask a person.
"""

from __future__ import annotations

import logging
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlencode

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from cms.core.languages import language_codes

from . import caching, connections
from .analysis import analyzer, load_data
from .query import Concept, plan_query
from .spelling import correct_plan

logger = logging.getLogger(__name__)

MAX_PASSAGES = 3
MAX_QUESTION_LENGTH = 300
# BM25's usual constants; headings and titles count as this many occurrences of their words.
K1, B = 1.2, 0.75
CONTEXT_WEIGHT = 2
# How much the rest of the page adds to a passage's score, as a share of what its page matches,
# and what its title adds: a page named after what was asked is about it.
PAGE_WEIGHT = 0.5
TITLE_WEIGHT = 0.5
# A further passage is quoted only when it scores at least this share of the best one.
FOLLOWER_SHARE = 0.5


@cache
def settings_data() -> dict:
    return load_data("assistant.yml")


@cache
def question_words(language: str) -> frozenset[str]:
    words = (settings_data()["languages"].get(language) or {}).get("question_words") or []
    return frozenset(str(word) for word in words)


def thresholds() -> dict:
    return settings_data()["thresholds"]


# The passages of a language, held per process under the index's generation --------------------


@dataclass
class _Entry:
    id: int
    page_id: int
    kind: str
    title: str
    section: str
    url: str
    text: str
    last_reviewed: str | None
    date_source: str
    facts: list[dict]
    anchor: str
    terms: Counter  # text words, and title and heading words counted CONTEXT_WEIGHT times
    length: int


@dataclass
class _Table:
    entries: list[_Entry]
    df: Counter  # passages containing each term
    page_terms: dict[int, set[str]]  # every term of a page's passages
    title_terms: dict[int, set[str]]  # the terms of each page's title
    average_length: float
    postings: dict[str, list[int]] = field(default_factory=dict)  # term -> the entries holding it

    @property
    def size(self) -> int:
        return len(self.entries)

    def idf(self, df: int) -> float:
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))


def _load(language: str) -> _Table:
    from .models import Passage

    entries: list[_Entry] = []
    df: Counter = Counter()
    page_terms: dict[int, set[str]] = {}
    title_terms: dict[int, set[str]] = {}
    analysis = analyzer(language)
    rows = Passage.objects.filter(language=language).order_by("page_id", "position")
    for row in rows.iterator(chunk_size=500):
        terms = Counter(row.text_terms.split())
        for term in row.context_terms.split():
            terms[term] += CONTEXT_WEIGHT
        entries.append(
            _Entry(
                id=row.pk,
                page_id=row.page_id,
                kind=row.kind,
                title=row.title,
                section=row.section,
                url=row.url,
                text=row.text,
                last_reviewed=row.last_reviewed.isoformat() if row.last_reviewed else None,
                date_source=row.date_source,
                facts=list(row.facts or []),
                anchor=row.anchor,
                terms=terms,
                length=int(sum(terms.values())),
            )
        )
        df.update(terms.keys())
        page_terms.setdefault(row.page_id, set()).update(terms.keys())
        if row.page_id not in title_terms:
            title_terms[row.page_id] = set(analysis.terms(row.title))
    average = sum(entry.length for entry in entries) / len(entries) if entries else 1.0
    postings: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        for term in entry.terms:
            postings.setdefault(term, []).append(position)
    return _Table(entries, df, page_terms, title_terms, average or 1.0, postings)


def passage_table(language: str) -> _Table:
    return caching.cached(("assistant_passages", language), lambda: _load(language))


# Reading the question ---------------------------------------------------------------------------


@dataclass
class Reading:
    """The question's subject as weighted concepts, each with the term sequences that express it.

    `credits[i][j]` is how much finding alternative j of concept i counts: 1 for the words as
    typed, their synonyms and their relatives in the guide, less for a spelling correction (a
    guess that may be wrong: "завтра" is two letters from "завод").
    """

    language: str
    concepts: list[Concept]
    weights: list[float]
    credits: list[list[float]]
    corrected: str | None = None

    @property
    def total_weight(self) -> float:
        return sum(self.weights)


# What a match through a spelling correction counts for, against a word as typed.
CORRECTION_CREDIT = 0.5
# Relatives: a word the guide never uses is read as a word of the guide that starts like it,
# when the guide's word is all of its beginning ("faizdir" -> "faiz") or they share a beginning
# this long and this large a share of the shorter ("регистрироваться" -> "регистрация").
RELATIVE_MIN_STEM = 4
RELATIVE_MIN_SHARED = 6
RELATIVE_SHARE = 0.7


def _present(alternative: tuple[str, ...], terms) -> bool:
    return all(term in terms for term in alternative)


def _shared_prefix(a: str, b: str) -> int:
    length = 0
    for char_a, char_b in zip(a, b, strict=False):
        if char_a != char_b:
            break
        length += 1
    return length


def relative_term(stem: str, table: _Table) -> str | None:
    """The guide's term that `stem` most likely inflects or derives from, or None."""
    best: tuple[int, int, str] | None = None
    for term, df in table.df.items():
        if term[:2] != stem[:2] or term == stem:
            continue
        shared = _shared_prefix(stem, term)
        whole = shared == len(term) >= RELATIVE_MIN_STEM
        derived = shared >= RELATIVE_MIN_SHARED and shared >= RELATIVE_SHARE * min(len(stem), len(term))
        if (whole or derived) and (best is None or (shared, df) > best[:2]):
            best = (shared, df, term)
    return best[2] if best else None


# A word the guide never uses that is a question word with an ending ("qederdir", "mumkundurmu")
# is a question word: the ending may be at most this long.
QUESTION_WORD_ENDING = 6


def _is_question_word(token: str, skip: frozenset[str]) -> bool:
    return token in skip or token.split("'", 1)[0] in skip


def _inflected_question_word(token: str, skip: frozenset[str], stopwords: frozenset[str]) -> bool:
    return any(
        len(word) >= 4 and token.startswith(word) and len(token) - len(word) <= QUESTION_WORD_ENDING
        for word in (*skip, *stopwords)
    )


def read_question(question: str, language: str, table: _Table) -> Reading:
    """The question as search reads a query, without its question words, each concept weighed.

    A word the guide never uses is tried as an inflected question word ("qederdir": dropped), then
    as a relative of a word the guide uses ("faizdir" -> "faiz"); a spelling correction counts less.
    """
    plan = plan_query(question, language)
    skip = question_words(language)
    analysis = analyzer(language)
    plan.concepts = [
        concept
        for concept in plan.concepts
        if not (len(concept.tokens) == 1 and _is_question_word(concept.tokens[0], skip))
    ]
    typed = [list(concept.alternatives) for concept in plan.concepts]
    corrected = correct_plan(plan, question, language) if plan.concepts else None
    concepts, weights, credits = [], [], []
    for concept, own in zip(plan.concepts, typed, strict=True):
        known = any(min(table.df.get(term, 0) for term in alternative) for alternative in own)
        relatives: list[tuple[str, ...]] = []
        if not known and len(concept.tokens) == 1:
            corrections = len(concept.alternatives) > len(own)
            if not corrections and _inflected_question_word(concept.tokens[0], skip, analysis.stopwords):
                continue
            relative = relative_term(own[0][0], table) if own and own[0] else None
            if relative is not None:
                if relative in {analysis.stem(word) for word in skip} or relative in analysis.stopwords:
                    continue  # an inflected question word ("qederdir"): not part of the subject
                relatives.append((relative,))
        concept.alternatives = [*own, *relatives] + [alt for alt in concept.alternatives if alt not in own]
        credit = [1.0] * (len(own) + len(relatives))
        credit += [CORRECTION_CREDIT] * (len(concept.alternatives) - len(credit))
        # A concept weighs what its most common expression in the guide weighs; one the guide never
        # uses weighs the most, so a question mostly about something else is declined.
        found = [min(table.df.get(term, 0) for term in alternative) for alternative in concept.alternatives]
        concepts.append(concept)
        weights.append(table.idf(max(found, default=0)))
        credits.append(credit)
    return Reading(language, concepts, weights, credits, corrected)


# Scoring ---------------------------------------------------------------------------------------


def _bm25(entry: _Entry, alternative: tuple[str, ...], table: _Table) -> float:
    score = 0.0
    norm = K1 * (1 - B + B * entry.length / table.average_length)
    for term in alternative:
        tf = entry.terms.get(term, 0)
        if tf:
            score += table.idf(table.df[term]) * tf * (K1 + 1) / (tf + norm)
    return score / max(len(alternative), 1)


@dataclass
class Scored:
    entry: _Entry
    score: float
    covered: float  # the share of the question's weight the passage (with its title and headings) matches
    matched: int
    page_covered: float  # the same share for the passage's page as a whole


def _credit(reading: Reading, index: int, terms) -> float:
    """What concept `index` is worth in text with these terms: its best alternative's credit, or 0."""
    concept = reading.concepts[index]
    return max(
        (
            credit
            for alt, credit in zip(concept.alternatives, reading.credits[index], strict=True)
            if _present(alt, terms)
        ),
        default=0.0,
    )


def score_passages(reading: Reading, table: _Table, page_ids: set[int] | None = None) -> list[Scored]:
    total = reading.total_weight
    if not total:
        return []
    # Only a passage holding some word of the question can score: those, found through the postings,
    # and their pages are all that is weighed (the scores are those of weighing every passage).
    candidates = sorted(
        {
            position
            for concept in reading.concepts
            for alternative in concept.alternatives
            for term in alternative
            for position in table.postings.get(term, ())
        }
    )
    entries = [table.entries[position] for position in candidates]
    pages = {entry.page_id for entry in entries}
    page_weight: dict[int, float] = {}
    title_weight: dict[int, float] = {}
    for page_id, terms in table.page_terms.items():
        if page_id in pages and (page_ids is None or page_id in page_ids):
            page_weight[page_id] = sum(
                weight * _credit(reading, index, terms) for index, weight in enumerate(reading.weights)
            )
            title = table.title_terms.get(page_id, set())
            title_weight[page_id] = sum(
                weight * _credit(reading, index, title) for index, weight in enumerate(reading.weights)
            )
    scored = []
    for entry in entries:
        if entry.page_id not in page_weight:
            continue
        score, covered, matched = 0.0, 0.0, 0
        for index, (concept, weight) in enumerate(zip(reading.concepts, reading.weights, strict=True)):
            credit = _credit(reading, index, entry.terms)
            if credit:
                score += credit * max(_bm25(entry, alternative, table) for alternative in concept.alternatives)
                covered += weight * credit
                matched += 1
        if matched:
            score += PAGE_WEIGHT * page_weight[entry.page_id] + TITLE_WEIGHT * title_weight[entry.page_id]
            scored.append(Scored(entry, score, covered / total, matched, page_weight[entry.page_id] / total))
    scored.sort(key=lambda item: (-item.score, item.entry.page_id, item.entry.id))
    return scored


# Curated answers -------------------------------------------------------------------------------


def _stems(text: str, language: str) -> frozenset[str]:
    analysis = analyzer(language)
    skip = question_words(language)
    return frozenset(analysis.finish([token for token in analysis.folded_tokens(text) if token not in skip]))


def _curated_table(language: str) -> list[tuple[frozenset[str], int, str]]:
    from .models import CuratedAnswer

    table = []
    for answer in CuratedAnswer.objects.filter(language=language, active=True).order_by("pk"):
        for question in answer.question_list:
            stems = _stems(question, language)
            if stems:
                table.append((stems, answer.page_id, answer.anchor))
    return table


# Two wordings are the same question when they share this share of their words (Jaccard).
CURATED_OVERLAP = 0.8


def curated_match(question: str, language: str) -> tuple[int, str] | None:
    """(page id, anchor) of the curated answer whose question reads like this one, or None."""
    stems = _stems(question, language)
    if not stems:
        return None
    best: tuple[float, int, str] | None = None
    for variant, page_id, anchor in caching.cached(("assistant_curated", language), lambda: _curated_table(language)):
        overlap = len(stems & variant) / len(stems | variant)
        if overlap >= CURATED_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, page_id, anchor)
    return (best[1], best[2]) if best else None


# The answer ------------------------------------------------------------------------------------


@dataclass
class Answer:
    question: str
    language: str
    answered: bool
    passages: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    suggestions: list[dict] = field(default_factory=list)
    curated: bool = False
    confidence: float = 0.0
    took_ms: int = 0

    @property
    def page_ids(self) -> list[int]:
        return list(dict.fromkeys(passage["page_id"] for passage in self.passages))

    def as_dict(self) -> dict:
        return {
            "answered": self.answered,
            "passages": self.passages,
            "facts": self.facts,
            "suggestions": self.suggestions,
        }


def _quote(entry: _Entry) -> dict:
    return {
        "text": entry.text,
        "page_id": entry.page_id,
        "title": entry.title,
        "url": entry.url,
        "section": entry.section,
        "last_reviewed": entry.last_reviewed,
        "date_source": entry.date_source,
    }


def _facts(chosen: list[_Entry], table: _Table) -> list[dict]:
    """The rates the quoted passages show, else those on the first quoted page, each once."""
    facts: list[dict] = []
    sources = [entry for entry in chosen if entry.facts]
    if not sources and chosen:
        sources = [entry for entry in table.entries if entry.page_id == chosen[0].page_id and entry.facts]
    for entry in sources:
        for fact in entry.facts:
            item = {**fact, "page_id": entry.page_id, "url": entry.url}
            if item not in facts:
                facts.append(item)
    return facts[:MAX_PASSAGES]


def suggestions(question: str, language: str, answered: bool) -> list[dict]:
    """Where to go next: the search results, and when unanswered the two ways to ask a person."""
    with translation.override(language):
        routes = [
            {
                "kind": "search",
                "label": gettext("Search the guide"),
                "url": f"/{language}/search/?{urlencode({'q': question})}",
            }
        ]
        if not answered:
            routes += [
                {"kind": "enquiry", "label": gettext("Send an enquiry"), "url": f"/{language}/enquiry/"},
                {
                    "kind": "appeal",
                    "label": gettext("Sign in with EHİS to submit an appeal"),
                    "url": f"/{language}/cabinet/appeals/new/",
                },
            ]
    return routes


def confidence(best: Scored) -> float:
    """How much of the question the best passage answers: it, and the page around it, in equal parts."""
    return (best.covered + best.page_covered) / 2


def _choose(scored: list[Scored]) -> list[Scored]:
    """The best passage, then the best of each further page while they score near enough."""
    chosen = [scored[0]]
    pages = {scored[0].entry.page_id}
    for item in scored[1:]:
        if len(chosen) == MAX_PASSAGES or item.score < FOLLOWER_SHARE * scored[0].score:
            break
        if item.entry.page_id not in pages:
            chosen.append(item)
            pages.add(item.entry.page_id)
    return chosen


def _curated_answer(question: str, language: str, table: _Table, reading: Reading) -> list[_Entry]:
    match = curated_match(question, language)
    if match is None:
        return []
    page_id, anchor = match
    on_page = [entry for entry in table.entries if entry.page_id == page_id]
    if not on_page:  # the page is not published, or not in this language
        return []
    if anchor:
        at_anchor = [entry for entry in on_page if entry.anchor == anchor]
        if at_anchor:
            return at_anchor[:MAX_PASSAGES]
    scored = score_passages(reading, table, {page_id})
    return [scored[0].entry] if scored else on_page[:1]


def answer(question: str, language: str) -> Answer:
    """The guide's answer to `question` in `language` (one of the portal's languages)."""
    started = time.perf_counter()
    question = " ".join(question.split())
    table = passage_table(language)
    reading = read_question(question, language, table)
    result = Answer(question, language, answered=False)
    curated = _curated_answer(question, language, table, reading)
    if curated:
        result.answered, result.curated, result.confidence = True, True, 1.0
        chosen = curated
    else:
        scored = score_passages(reading, table)
        limits = thresholds()
        result.confidence = confidence(scored[0]) if scored else 0.0
        if scored and result.confidence >= limits["coverage"] and scored[0].matched >= limits["min_matched"]:
            result.answered = True
            chosen = [item.entry for item in _choose(scored)]
        else:
            chosen = []
    result.passages = [_quote(entry) for entry in chosen]
    result.facts = _facts(chosen, table)
    result.suggestions = suggestions(question, language, result.answered)
    result.took_ms = round((time.perf_counter() - started) * 1000)
    return result


# Asking -----------------------------------------------------------------------------------------


def parse_question(data: dict) -> tuple[str, str, dict[str, str]]:
    """The question and language of a request, and what is wrong with each (empty when all is well).

    Messages are in the language asked for, or in English when the language itself is wrong.
    """
    from .forms import clean_text

    lang = str(data.get("lang") or "").strip()
    question = clean_text(data.get("question"))
    errors: dict[str, str] = {}
    with translation.override(lang if lang in language_codes() else "en"):
        if not question:
            errors["question"] = gettext("Enter your question.")
        elif len(question) > MAX_QUESTION_LENGTH:
            errors["question"] = gettext("The question is too long: use at most %(count)d characters.") % {
                "count": MAX_QUESTION_LENGTH
            }
        if lang not in language_codes():
            errors["lang"] = gettext("Unknown language: use one of %(languages)s.") % {
                "languages": ", ".join(language_codes())
            }
    return question, lang, errors


def log_question(result: Answer) -> None:
    """Keeps the question without what could identify the asker (the search log's redaction)."""
    from .models import AssistantQuestion
    from .service import redact

    if not settings.SEARCH_QUERY_LOG:
        return
    try:
        connections.insert(
            AssistantQuestion(
                question=redact(result.question),
                language=result.language,
                answered=result.answered,
                page_id=result.page_ids[0] if result.page_ids else None,
                took_ms=result.took_ms,
            )
        )
    except Exception:  # a full disk must not turn a question into an error
        logger.exception("Could not write the assistant's question log.")


def suggested_questions(language: str) -> list[dict]:
    """The example questions editors chose for the assistant's page (curated answers marked
    "suggest"), each its answer's first question, grouped under the section of the guide the page
    belongs to; sections and questions in the language's own alphabetical order."""
    from cms.core.formatting import collation_key
    from cms.guide.models import TopicPage

    from .models import CuratedAnswer

    groups: dict[str, list[str]] = {}
    curated = CuratedAnswer.objects.filter(language=language, active=True, suggested=True, page__live=True)
    with translation.override(language):
        for item in curated.select_related("page"):
            question = next((line.strip() for line in item.questions.splitlines() if line.strip()), "")
            if not question:
                continue
            section = item.page.get_ancestors(inclusive=True).type(TopicPage).last()
            title = (section or item.page).specific.title
            groups.setdefault(title, []).append(question)
    return [
        {"topic": title, "questions": sorted(questions, key=lambda q: collation_key(q, language))}
        for title, questions in sorted(groups.items(), key=lambda group: collation_key(group[0], language))
    ]


def record_feedback(result: Answer, helpful: bool) -> None:
    """A reader's "did this answer your question?", kept with the redacted question only."""
    from .models import AssistantFeedback
    from .service import redact

    AssistantFeedback.objects.create(
        question=redact(result.question)[:300],
        language=result.language,
        answered=result.answered,
        page_id=result.page_ids[0] if result.page_ids else None,
        helpful=helpful,
    )
