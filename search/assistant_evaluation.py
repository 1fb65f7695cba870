"""Measuring the assistant: answer@1, answer@3 and correct declines on a judged set of questions.

A question the guide answers counts for answer@k when one of the pages judged to answer it is the
page of one of the first k passages of an answer (a declined question counts for neither). A
question the guide does not answer counts as correctly declined when the assistant declines it.
Pages are named by their English slug, stable across databases.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Page

from .assistant import Answer


@dataclass
class Judged:
    lang: str
    question: str
    style: str
    expected: list[str]  # English slugs; empty when the guide does not answer
    got: list[str]  # English slugs of the answer's passages, in order; empty when declined

    @property
    def answerable(self) -> bool:
        return bool(self.expected)

    def hit_at(self, k: int) -> bool:
        return any(slug in self.expected for slug in self.got[:k])

    @property
    def declined(self) -> bool:
        return not self.got


@dataclass
class Figures:
    answer_at_1: float
    answer_at_3: float
    declines: float
    answerable: int
    unanswerable: int


def load_questions(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["questions"]


def evaluate(questions: list[dict], ask: Callable[[str, str], Answer]) -> list[Judged]:
    slugs: dict[int, str] = dict(Page.objects.values_list("pk", "slug_en"))
    judged = []
    for item in questions:
        result = ask(item["question"], item["lang"])
        got = [slugs.get(passage["page_id"], "") for passage in result.passages] if result.answered else []
        judged.append(Judged(item["lang"], item["question"], item["style"], list(item["pages"]), got))
    return judged


def figures(judged: list[Judged]) -> Figures:
    answerable = [item for item in judged if item.answerable]
    unanswerable = [item for item in judged if not item.answerable]

    def share(items: list[Judged], test: Callable[[Judged], bool]) -> float:
        return sum(1 for item in items if test(item)) / len(items) if items else 0.0

    return Figures(
        answer_at_1=share(answerable, lambda item: item.hit_at(1)),
        answer_at_3=share(answerable, lambda item: item.hit_at(3)),
        declines=share(unanswerable, lambda item: item.declined),
        answerable=len(answerable),
        unanswerable=len(unanswerable),
    )


def figures_by_language(judged: list[Judged]) -> dict[str, Figures]:
    languages = list(dict.fromkeys(item.lang for item in judged))
    result = {language: figures([item for item in judged if item.lang == language]) for language in languages}
    result["all"] = figures(judged)
    return result
