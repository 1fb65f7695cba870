"""Benchmark of the embedded (database) search backend on synthetic documents.

    .venv/bin/python bench/search/bench_embedded.py [--docs 10000] [--clients 8] [--queries 300]
        [--processes 2] [--passes 2] [--sqlite PATH | --database-url URL [--reuse]] [--root TREE]

Builds a fresh SQLite database in a temporary directory, indexes --docs
synthetic documents per language (az, en, ru) with the real analyzers, reports the time to build
the index, then runs --queries searches per client from --clients concurrent clients (threads, each
with its own database connection) and reports p50 and p95 latency. Goal: p95 at most 50 ms.

--processes N splits the clients over N forked processes (threads inside each), as the deployment
serves (gunicorn: 2 worker processes of 4 threads): threads of one process share one interpreter
lock, so the default (every client a thread of this process) serialises all Python work.
--passes N runs the same searches N times in the same processes: the first pass meets every phrase
cold, the later ones warm. --sqlite PATH keeps the built database there and reuses it when it
already holds the index (the build takes minutes), as --reuse does with --database-url; --root TREE runs the searches with another
checkout's code (e.g. the "before" of a side-by-side measurement) on the same database.

The documents are written from each language's real vocabulary (the words of search/data and the
demo guide's own terms where present) mixed with generated words, with a Zipf-like distribution,
so common words match thousands of documents and rare ones a handful, as in a real corpus.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if "--root" in sys.argv[:-1]:  # the code measured: this checkout unless another is named
    ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
sys.path.insert(0, str(ROOT))

SEED_WORDS = {
    "az": [
        "gömrük",
        "rüsumu",
        "vergi",
        "əlavə",
        "dəyər",
        "mənfəət",
        "gəlir",
        "investisiya",
        "təşviq",
        "sənəd",
        "şirkət",
        "qeydiyyat",
        "icazə",
        "iş",
        "yaşamaq",
        "viza",
        "elektron",
        "lisenziya",
        "sənaye",
        "park",
        "zona",
        "azad",
        "iqtisadi",
        "layihə",
        "kənd",
        "təsərrüfatı",
        "turizm",
        "enerji",
        "günəş",
        "külək",
        "nəqliyyat",
        "logistika",
        "ixrac",
        "idxal",
        "güzəşt",
        "müddət",
        "il",
        "manat",
        "dərəcə",
        "ödəyici",
        "hüquqi",
        "şəxs",
        "fiziki",
        "əmək",
        "müqavilə",
        "sosial",
        "sığorta",
        "torpaq",
        "əmlak",
        "bank",
        "kredit",
        "tikinti",
        "zavod",
        "müəssisə",
    ],
    "en": [
        "customs",
        "duty",
        "tax",
        "value",
        "added",
        "profit",
        "income",
        "investment",
        "promotion",
        "certificate",
        "company",
        "registration",
        "permit",
        "work",
        "residence",
        "visa",
        "electronic",
        "licence",
        "industrial",
        "park",
        "zone",
        "free",
        "economic",
        "project",
        "agriculture",
        "tourism",
        "energy",
        "solar",
        "wind",
        "transport",
        "logistics",
        "export",
        "import",
        "exemption",
        "period",
        "year",
        "manat",
        "rate",
        "payer",
        "legal",
        "entity",
        "individual",
        "labour",
        "contract",
        "social",
        "insurance",
        "land",
        "property",
        "bank",
        "credit",
        "construction",
        "plant",
    ],
    "ru": [
        "таможня",
        "пошлина",
        "налог",
        "добавленная",
        "стоимость",
        "прибыль",
        "доход",
        "инвестиции",
        "поощрение",
        "документ",
        "компания",
        "регистрация",
        "разрешение",
        "работа",
        "проживание",
        "виза",
        "электронная",
        "лицензия",
        "промышленный",
        "парк",
        "зона",
        "свободная",
        "экономическая",
        "проект",
        "сельское",
        "хозяйство",
        "туризм",
        "энергия",
        "солнечная",
        "ветровая",
        "транспорт",
        "логистика",
        "экспорт",
        "импорт",
        "льгота",
        "срок",
        "год",
        "манат",
        "ставка",
        "плательщик",
        "юридическое",
        "лицо",
        "физическое",
        "труд",
        "договор",
        "страхование",
    ],
}
# The documents and the queries draw their words from the same vocabulary. (Until 2026-11-30 the
# documents' vocabulary came from the documents' own random sequence, so most generated query words
# were in no document and nearly every query went through spelling correction.)
VOCABULARY_SEED = 1
ALPHABETS = {
    "az": "abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
    "en": "abcdefghijklmnoprstuvwy",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщыэюя",
}
VOWELS = {"az": "aeəıioöuü", "en": "aeiou", "ru": "аеёиоуыэюя"}


def vocabulary(language: str, size: int, rng: random.Random) -> list[str]:
    words = list(dict.fromkeys(SEED_WORDS[language]))
    consonants = [c for c in ALPHABETS[language] if c not in VOWELS[language]]
    while len(words) < size:
        syllables = rng.randint(2, 4)
        word = "".join(rng.choice(consonants) + rng.choice(VOWELS[language]) for _ in range(syllables))
        if rng.random() < 0.5:
            word += rng.choice(consonants)
        words.append(word)
    return words


def zipf_sampler(words: list[str], rng: random.Random):
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    cumulative = []
    total = 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)

    def sample(k: int) -> list[str]:
        return rng.choices(words, cum_weights=cumulative, k=k)

    return sample


def synthetic_documents(count: int, rng: random.Random):
    from search.documents import SearchDocument

    types = ["article", "topic", "incentive", "service", "sector", "project", "section"]
    topics = ["taxation", "customs", "migration", "labour", "licences", "company-setup", "other"]
    sectors = ["agriculture", "ict", "tourism", "chemicals", "textiles", "renewable-energy"]
    regions = ["baku", "absheron-khizi", "karabakh", "ganja-dashkasan", "sheki-zagatala"]
    page_id = 0
    for language in ("az", "en", "ru"):
        sample = zipf_sampler(vocabulary(language, 20_000, random.Random(VOCABULARY_SEED)), rng)
        for _ in range(count):
            page_id += 1
            yield SearchDocument(
                page_id=page_id,
                language=language,
                type=rng.choice(types),
                title=" ".join(sample(rng.randint(3, 8))).capitalize(),
                summary=" ".join(sample(rng.randint(15, 35))) + ".",
                body=". ".join(" ".join(sample(rng.randint(8, 20))) for _ in range(rng.randint(8, 20))) + ".",
                url=f"/{language}/bench/{page_id}/",
                topic=rng.choice(topics),
                sectors=rng.sample(sectors, rng.randint(0, 2)),
                regions=rng.sample(regions, rng.randint(0, 1)),
            )


def queries(language: str, count: int, rng: random.Random) -> list[str]:
    words = vocabulary(language, 20_000, random.Random(VOCABULARY_SEED))  # the same vocabulary as the documents
    sample = zipf_sampler(words[:5_000], rng)
    result = []
    for i in range(count):
        terms = sample(rng.randint(1, 3))
        if i % 10 == 0:  # one in ten misspelled: a letter dropped
            word = terms[0]
            position = rng.randrange(len(word))
            terms[0] = word[:position] + word[position + 1 :]
        result.append(" ".join(terms))
    return result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run_clients(args, plans, clients: list[int], results) -> None:
    """Runs these clients as threads of this process, `args.passes` times; puts (pass, language, ms)."""
    from django.db import connections

    from search import service
    from search.backends.base import SearchQuery

    filters = [{}, {}, {}, {"type": "article"}, {"topic": "customs"}]
    lock = threading.Lock()
    collected: list[tuple[int, str, float]] = []

    def client(number: int, run: int) -> None:
        local = []
        for i in range(args.queries):
            language = ("az", "en", "ru")[(number + i) % 3]
            text = plans[language][number * args.queries + i]
            query = SearchQuery(text, language, filters[i % len(filters)], page=1 + (i % 3 == 0))
            started = time.perf_counter()
            response = service.search(query, log=False)
            [hit.as_dict() for hit in response.best_bets + response.hits]  # with their snippets, as the API answers
            local.append((run, language, (time.perf_counter() - started) * 1000))
        with lock:
            collected.extend(local)
        connections.close_all()

    if args.read_ahead != "off":
        # As a web worker does when it starts (cms/core/startup.py) and after every index change:
        # the commonest terms' lists are read by a background thread of the process.
        from django.conf import settings

        from search.backends import warming

        settings.SEARCH_WARM_PHRASE_ENTRIES = args.read_ahead_entries
        began = time.perf_counter()
        warming.start()
        if args.read_ahead == "done":
            warming.wait()
            print(f"process {os.getpid()}: read ahead in {time.perf_counter() - began:.1f} s before the first pass")

    for run in range(args.passes):
        results.wait(run)
        threads = [threading.Thread(target=client, args=(n, run)) for n in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        results.put([row for row in collected if row[0] == run])


class _Local:
    """Results of clients run in this process."""

    def __init__(self):
        self.rows: list = []
        self.walls: list[float] = []
        self._started = 0.0

    def wait(self, run: int) -> None:
        self._started = time.perf_counter()

    def put(self, rows: list) -> None:
        self.rows.extend(rows)
        self.walls.append(time.perf_counter() - self._started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents per language")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--queries", type=int, default=300, help="queries per client")
    parser.add_argument(
        "--processes",
        type=int,
        default=0,
        help="split the clients over this many forked processes (0: every client a thread of this one)",
    )
    parser.add_argument("--passes", type=int, default=1, help="run the searches this many times (the first cold)")
    parser.add_argument(
        "--read-ahead",
        choices=["off", "start", "done"],
        default="off",
        help="each searching process reads the commonest terms' lists ahead (search/backends/warming.py): "
        "'start' begins the first pass at once, while its thread reads (a worker just after an index change); "
        "'done' waits for the reading first (a worker started before the searches came)",
    )
    parser.add_argument("--read-ahead-entries", type=int, default=1_000_000, help="SEARCH_WARM_PHRASE_ENTRIES")
    parser.add_argument("--sqlite", default="", help="SQLite database file to build, or to reuse if it holds the index")
    parser.add_argument(
        "--reuse", action="store_true", help="keep the index already in --database-url if it has every document"
    )
    parser.add_argument("--root", default="", help="the checkout whose code runs the searches (default: this one)")
    parser.add_argument(
        "--database-url",
        default="",
        help="a PostgreSQL database of your own to fill (its search tables are emptied); default: SQLite in a temporary directory",
    )
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="search-bench-")
    os.environ["VAR_DIR"] = workdir
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    elif args.sqlite:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(args.sqlite).resolve()}"
    else:
        os.environ.pop("DATABASE_URL", None)  # the embedded default: SQLite
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["SEARCH_QUERY_LOG"] = "0"
    # No reading ahead in this process, which forks the searching ones (--read-ahead starts it in them).
    os.environ["SEARCH_WARM_PHRASE_ENTRIES"] = "0"
    os.environ["ELASTICSEARCH_URL"] = ""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, connections

    from search import service
    from search.backends.base import SearchQuery
    from search.models import IndexEntry

    print(f"code: {Path(service.__file__).parents[1]}")
    call_command("migrate", "--noinput", verbosity=0)
    backend = service.database_backend()
    if (args.sqlite or args.reuse) and IndexEntry.objects.count() == 3 * args.docs:
        print(
            f"engine: {backend.dialect.name}; database: {connection.settings_dict['NAME']} (reused, {3 * args.docs} documents)"
        )
    else:
        rng = random.Random(20260101)
        documents = list(synthetic_documents(args.docs, rng))
        # Synthetic documents have no pages behind them: the page foreign key is not checked here
        # (PostgreSQL: the session skips foreign-key triggers, which its superuser may ask for).
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET session_replication_role = replica")
        with connection.constraint_checks_disabled():
            started = time.perf_counter()
            count = backend.rebuild(iter(documents))
            build_seconds = time.perf_counter() - started
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET session_replication_role = DEFAULT")
                cursor.execute("ANALYZE search_indexentry")
        print(f"engine: {backend.dialect.name}; database: {connection.settings_dict['NAME']}")
        print(
            f"indexed {count} documents ({args.docs} per language) in {build_seconds:.1f} s "
            f"({count / build_seconds:.0f} documents/s)"
        )

    plans = {
        language: queries(language, args.queries * args.clients, random.Random(7)) for language in ("az", "en", "ru")
    }
    # Warm-up: caches of stems and synonyms, as a running server has them.
    for language in ("az", "en", "ru"):
        for text in plans[language][:20]:
            service.search(SearchQuery(text, language), log=False)

    numbers = list(range(args.clients))
    if args.processes > 0:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        queue = context.Queue()
        barrier = context.Barrier(args.processes + 1)

        class _Child:
            def wait(self, run: int) -> None:
                barrier.wait()

            def put(self, rows: list) -> None:
                queue.put(rows)

        connections.close_all()  # each process opens its own
        workers = [
            context.Process(target=run_clients, args=(args, plans, numbers[p :: args.processes], _Child()))
            for p in range(args.processes)
        ]
        for worker in workers:
            worker.start()
        rows, walls = [], []
        for _run in range(args.passes):
            barrier.wait()  # every process starts the pass together
            started = time.perf_counter()
            for _ in workers:
                rows.extend(queue.get())
            walls.append(time.perf_counter() - started)
        for worker in workers:
            worker.join()
        form = f"{args.processes} processes × threads"
    else:
        local = _Local()
        run_clients(args, plans, numbers, local)
        rows, walls = local.rows, local.walls
        form = "threads of one process"

    for run in range(args.passes):
        latencies: dict[str, list[float]] = {"az": [], "en": [], "ru": []}
        for number, language, ms in rows:
            if number == run:
                latencies[language].append(ms)
        every = [ms for values in latencies.values() for ms in values]
        label = f"pass {run + 1} ({'cold' if run == 0 else 'warm'}): " if args.passes > 1 else ""
        print(
            f"{label}{len(every)} searches from {args.clients} concurrent clients ({form}) in {walls[run]:.1f} s "
            f"({len(every) / walls[run]:.0f} searches/s)"
        )
        for language, values in latencies.items():
            print(f"  {language}: p50 {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms")
        p50, p95 = percentile(every, 0.5), percentile(every, 0.95)
        print(f"  all: p50 {p50:.1f} ms, p95 {p95:.1f} ms, mean {statistics.mean(every):.1f} ms (goal: p95 <= 50 ms)")


if __name__ == "__main__":
    main()
