"""Relevance, measured: nDCG@10 on the demo content must stay at or above 0.85."""

from pathlib import Path

from search import relevance, service

JUDGEMENTS = Path(__file__).resolve().parent / "judgements.yml"
THRESHOLD = 0.85


def test_judgement_set_covers_languages_and_kinds_of_query():
    judgements = relevance.load_judgements(JUDGEMENTS)
    assert len(judgements) >= 40
    assert {item["lang"] for item in judgements} == {"az", "en", "ru"}
    assert {"no_diacritics", "misspelled", "cross_language"} <= {item["kind"] for item in judgements}
    assert all(item["judged"] and max(item["judged"].values()) >= 2 for item in judgements)


def test_metrics_are_computed_as_defined():
    judged = {"a": 3, "b": 1}
    assert relevance.ndcg_at_k(["a", "b"], judged) == 1.0
    assert 0 < relevance.ndcg_at_k(["b", "a"], judged) < 1
    assert relevance.ndcg_at_k(["x"], judged) == 0.0
    assert relevance.recall_at_k(["x", "b"], judged) == 0.5


def test_overall_ndcg_at_10_on_the_demo_content(indexed):
    scores = relevance.evaluate(relevance.load_judgements(JUDGEMENTS), lambda query: service.search(query, log=False))
    ndcg, recall = relevance.overall(scores)
    worst = sorted(scores, key=lambda s: s.ndcg)[:5]
    assert ndcg >= THRESHOLD, (
        f"nDCG@10 {ndcg:.3f} (recall@10 {recall:.3f}); worst: {[(s.lang, s.q, round(s.ndcg, 2)) for s in worst]}"
    )
    # Every judged query finds its best page somewhere in the top ten.
    missing = [(s.lang, s.q) for s in scores if s.ndcg == 0]
    assert not missing, missing
