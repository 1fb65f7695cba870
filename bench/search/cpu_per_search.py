"""CPU time per search at one client, on an index `bench_embedded.py --sqlite PATH` has built.

    .venv/bin/python bench/search/cpu_per_search.py --sqlite PATH [--queries 200] [--root TREE]

Runs the bench's mix of searches (filters, pages, one in ten misspelt; --queries per language)
twice in one thread and reports the CPU time (`time.thread_time`, SQLite's work included: it runs
in the thread) per search of the first pass (phrases cold) and the second (warm). What the machine's
load inflates least, so the figure to compare trees by on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite", required=True, help="the SQLite database bench_embedded.py --sqlite built")
    parser.add_argument("--queries", type=int, default=200, help="searches per language")
    parser.add_argument("--root", default=str(HERE.parents[1]), help="the checkout whose code runs the searches")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.root).resolve()))
    sys.path.insert(0, str(HERE))
    os.environ.update(
        DATABASE_URL=f"sqlite:///{Path(args.sqlite).resolve()}",
        SEARCH_QUERY_LOG="0",
        ELASTICSEARCH_URL="",
    )
    os.environ.setdefault("VAR_DIR", "/tmp/search-cpu-bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    import bench_embedded

    from search import service
    from search.backends.base import SearchQuery

    filters = [{}, {}, {}, {"type": "article"}, {"topic": "customs"}]
    plan = [
        SearchQuery(text, language, filters[i % len(filters)], page=1 + (i % 3 == 0))
        for language in ("az", "en", "ru")
        for i, text in enumerate(bench_embedded.queries(language, args.queries, random.Random(7)))
    ]

    def timed() -> list[float]:
        values = []
        for query in plan:
            started = time.thread_time()
            response = service.search(query, log=False)
            [hit.as_dict() for hit in response.best_bets + response.hits]  # with their snippets
            values.append((time.thread_time() - started) * 1000)
        return values

    print(f"code: {Path(service.__file__).parents[1]}")
    for label, values in (("first pass", timed()), ("warm", timed())):
        print(
            f"{label}: CPU per search p50 {bench_embedded.percentile(values, 0.5):.1f} ms, "
            f"p95 {bench_embedded.percentile(values, 0.95):.1f} ms, mean {sum(values) / len(values):.1f} ms "
            f"({len(values)} searches)"
        )


if __name__ == "__main__":
    main()
