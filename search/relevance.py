"""Measuring relevance: nDCG@10 and recall@10 of the search service against graded judgements.

The ranking measured is what a visitor sees: best bets first, then the results. Pages are named
in the judgements by their English slug, which stays stable across databases.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import yaml
from wagtail.models import Page

from .backends.base import SearchQuery

K = 10


@dataclass
class QueryScore:
    lang: str
    q: str
    kind: str
    ndcg: float
    recall: float
    ranked: list[str]


def load_judgements(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["queries"]


def dcg(gains: list[int]) -> float:
    return sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(gains[:K]))


def ndcg_at_k(ranked: list[str], judged: dict[str, int]) -> float:
    ideal = dcg(sorted(judged.values(), reverse=True))
    return dcg([judged.get(key, 0) for key in ranked]) / ideal if ideal else 0.0


def recall_at_k(ranked: list[str], judged: dict[str, int]) -> float:
    relevant = {key for key, grade in judged.items() if grade > 0}
    return len(relevant.intersection(ranked[:K])) / len(relevant) if relevant else 0.0


def slug_keys() -> dict[int, str]:
    return dict(Page.objects.filter(depth__gt=2).values_list("pk", "slug_en"))


def evaluate(judgements: list[dict], search) -> list[QueryScore]:
    """`search(SearchQuery)` is the query service's `search` (or a backend wrapped like it)."""
    keys = slug_keys()
    scores = []
    for item in judgements:
        response = search(SearchQuery(str(item["q"]), item["lang"], page_size=K))
        ranked_ids = [hit.page_id for hit in response.best_bets] + [hit.page_id for hit in response.hits]
        ranked = [keys.get(page_id, f"#{page_id}") for page_id in ranked_ids][:K]
        judged = {str(key): int(grade) for key, grade in item["judged"].items()}
        scores.append(
            QueryScore(
                item["lang"],
                str(item["q"]),
                item.get("kind", "plain"),
                ndcg_at_k(ranked, judged),
                recall_at_k(ranked, judged),
                ranked,
            )
        )
    return scores


def overall(scores: list[QueryScore]) -> tuple[float, float]:
    if not scores:
        return 0.0, 0.0
    return sum(s.ndcg for s in scores) / len(scores), sum(s.recall for s in scores) / len(scores)
