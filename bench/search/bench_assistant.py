"""Benchmark of the virtual assistant: the passage index's build, and its answers under gunicorn.

    .venv/bin/python bench/search/bench_assistant.py [--var-dir /tmp/NAME/var] [--root .]
        [--clients 1,4] [--passes 3] [--workers 2] [--threads 4] [--builds 3] [--no-in-process]
        [--env NAME=VALUE]

Without --var-dir, a demo database is set up in a temporary VAR_DIR by the steps of `make demo`
that the assistant needs (`manage.py demo_setup --only migrate load_demo_content
rebuild_search_index load_search_demo`, development settings, immediate tasks); with --var-dir,
the database there is used (set up the same way when the folder has none) and kept. Either way
the measuring runs on a copy (SQLite's online backup), migrated by the code under test, so a demo
is never changed. --root names the checkout whose code is measured (default: this one), so two
commits can be measured on the same database one after the other.

Rows printed:
- `passage build`: `search.indexer.rebuild_passages()` (every searchable page, every language it is
  available in, in one transaction), --builds times in one process, with the number of passages:
  the passage index alone, without the search index that `rebuild_search_index` also builds;
- `in process`: `search.assistant.answer()` for every judged question, after one warm pass, --passes
  times: the CPU time (this thread's) and the wall time per question, no HTTP;
- over HTTP: gunicorn serves the code under the production settings and `deploy/gunicorn.conf.py`,
  --workers gthread workers × --threads threads (the deployment's 2 × 4), the database cache (the
  demo's; Redis with --env REDIS_URL=…), RATE_LIMIT_SEARCH high enough that the limiter, whose
  budget the assistant shares with search, never answers 429. Each client is a thread with one
  kept-alive connection that asks every question of tests/search/assistant_judged.json (az, en,
  ru, answerable and not) as `POST /api/assistant/ask`, each client starting at another place in
  the list. `first`: the first pass after the server started, at the largest number of clients
  (each worker reads its passage table on its first question); then, after a pass at workers ×
  threads clients to warm every worker, --passes passes at each number of clients: p50, p95 and
  max per question, answers per second, the share answered 200, the workers' CPU time per answer
  (`CPU ms`, from /proc) and the share of the machine's CPU left idle during the row (`idle`: near
  0 % means the clients, workers and whatever else runs took every core, so answers queued).

The load average is printed beside the figures: the machine is shared, so a figure means little
without it. Goal (issue 13): p95 under 100 ms at 1 and at 4 clients.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench._stack import free_port, production_environment_on_a_copy, stop, wait_for  # noqa: E402

QUESTIONS = ROOT / "tests" / "search" / "assistant_judged.json"
DEMO_STEPS = ("migrate", "load_demo_content", "rebuild_search_index", "load_search_demo")
HEADERS = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1", "Content-Type": "application/json"}

# Run in the measured checkout's interpreter (`python -c`): the passage build, then answer() per
# question; prints one JSON line.
IN_PROCESS = """
import json, statistics, sys, time
import django
django.setup()
from search import assistant, indexer
builds, passes, questions = int(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
build = []
for _ in range(builds):
    started = time.perf_counter()
    count = indexer.rebuild_passages()
    build.append(time.perf_counter() - started)
result = {"build": build, "passages": count, "cpu": [], "wall": [], "first": None, "answered": 0}
if passes:
    started = time.perf_counter()
    for item in questions:
        assistant.answer(item["question"], item["lang"])
    result["first"] = time.perf_counter() - started
    for _ in range(passes):
        for item in questions:
            cpu, wall = time.thread_time(), time.perf_counter()
            answer = assistant.answer(item["question"], item["lang"])
            result["cpu"].append(time.thread_time() - cpu)
            result["wall"].append(time.perf_counter() - wall)
            result["answered"] += answer.answered
print(json.dumps(result))
"""


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(share * (len(values) - 1)))] if values else float("nan")


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def workers_cpu(master: int) -> float:
    """Seconds of CPU (user + system) the gunicorn workers of `master` have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for child in Path(f"/proc/{master}/task/{master}/children").read_text().split():
        fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def machine_idle() -> tuple[int, int]:
    """The machine's idle and total CPU time so far (/proc/stat, in ticks)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return fields[3] + fields[4], sum(fields)


def milliseconds(values: list[float]) -> str:
    return f"{percentile(values, 0.5) * 1000:>8.1f} {percentile(values, 0.95) * 1000:>8.1f} {max(values) * 1000:>8.1f}"


class Client:
    """One kept-alive connection; reconnects when the server closes it."""

    def __init__(self, port: int):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def ask(self, question: str, language: str) -> int:
        body = json.dumps({"question": question, "lang": language}).encode()
        for attempt in (1, 2):
            try:
                self.connection.request("POST", "/api/assistant/ask", body=body, headers=HEADERS)
                response = self.connection.getresponse()
                response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                return response.status
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def run(port: int, questions: list[dict], clients: int, passes: int, master: int) -> dict:
    """`clients` threads, each asking every question `passes` times, from its own place in the list;
    with the workers' CPU time per answer and the share of the machine's CPU left idle meanwhile."""
    latencies: list[float] = []
    statuses: Counter = Counter()
    per_question: dict[str, list[float]] = {}
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def worker(offset: int):
        client = Client(port)
        order = questions[offset:] + questions[:offset]
        mine, seen, timed = [], Counter(), []
        barrier.wait()
        for _ in range(passes):
            for item in order:
                started = time.perf_counter()
                try:
                    status = client.ask(item["question"], item["lang"])
                except (http.client.HTTPException, OSError):
                    status = "cut"
                took = time.perf_counter() - started
                mine.append(took)
                seen[status] += 1
                timed.append((f"{item['lang']}: {item['question']}", took))
        with lock:
            latencies.extend(mine)
            statuses.update(seen)
            for question, took in timed:
                per_question.setdefault(question, []).append(took)

    threads = [threading.Thread(target=worker, args=(index * len(questions) // clients,)) for index in range(clients)]
    cpu, idle = workers_cpu(master), machine_idle()
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    cpu, idle = workers_cpu(master) - cpu, [after - before for after, before in zip(machine_idle(), idle, strict=True)]
    return {
        "cpu": cpu / len(latencies),
        "idle": idle[0] / idle[1] if idle[1] else float("nan"),
        "latencies": latencies,
        "per_second": len(latencies) / elapsed,
        "ok": statuses.get(200, 0) / len(latencies),
        "errors": {status: count for status, count in statuses.items() if status != 200},
        "per_question": per_question,
    }


def demo_database(var_dir: Path, root: Path) -> float:
    """The steps of `make demo` the assistant needs, into `var_dir`; returns their seconds."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "VAR_DIR": str(var_dir),
        "PYTHONPATH": str(root),
    }
    env.pop("DATABASE_URL", None)
    var_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [str(root / ".venv" / "bin" / "python"), "manage.py", "demo_setup", "-v", "0", "--only", *DEMO_STEPS],
        cwd=root, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--var-dir", type=Path, help="a demo VAR_DIR to use (set up there when it has no database)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code is measured")
    parser.add_argument("--clients", default="1,4")
    parser.add_argument("--passes", type=int, default=3, help="passes over the questions per row, after the first")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--builds", type=int, default=3, help="passage builds timed")
    parser.add_argument("--no-in-process", action="store_true", help="skip answer() timed in process")
    parser.add_argument("--slowest", type=int, default=3, help="questions listed by their median, slowest first")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE", help="more settings for the server")
    args = parser.parse_args()
    root = args.root.resolve()
    questions = json.loads(QUESTIONS.read_text(encoding="utf-8"))["questions"]
    clients = [int(number) for number in args.clients.split(",")]

    tmp = Path(tempfile.mkdtemp(prefix="invest-az-assistant-bench-"))
    var_dir = args.var_dir.resolve() if args.var_dir else tmp / "demo"
    app = log = None
    try:
        if not (var_dir / "db.sqlite3").is_file():
            took = demo_database(var_dir, root)
            print(f"demo database set up in {var_dir}: {took:.1f} s ({', '.join(DEMO_STEPS)})", flush=True)
        env = {**production_environment_on_a_copy(var_dir, tmp, root), "RATE_LIMIT_SEARCH": "100000000/min"}
        env.update(dict(item.split("=", 1) for item in args.env))
        python = str(root / ".venv" / "bin" / "python")
        subprocess.run([python, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=root, env=env, check=True)
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        print(
            f"{root} ({commit}): {len(questions)} judged questions "
            f"({', '.join(f'{lang} {n}' for lang, n in sorted(Counter(q['lang'] for q in questions).items()))}; "
            f"{sum(not q['pages'] for q in questions)} the guide does not answer); SQLite copy of {var_dir}",
            flush=True,
        )

        load_before = load()
        measured = json.loads(
            subprocess.run(
                [python, "-c", IN_PROCESS, str(args.builds), "0" if args.no_in_process else str(args.passes),
                 json.dumps(questions)],
                cwd=root, env=env, check=True, capture_output=True, text=True,
            ).stdout.strip().splitlines()[-1]
        )  # fmt: skip
        builds = measured["build"]
        print(
            f"passage build (rebuild_passages, {args.builds}×): {measured['passages']} passages, "
            f"best {min(builds):.2f} s, median {percentile(builds, 0.5):.2f} s, max {max(builds):.2f} s "
            f"({measured['passages'] / min(builds):.0f} passages/s); load {load_before} → {load()}",
            flush=True,
        )
        if measured["cpu"]:
            print(
                f"in process, answer() × {len(measured['cpu'])} ({args.passes} passes after one of "
                f"{measured['first'] * 1000:.0f} ms, the tables read in it): CPU p50/p95/max "
                f"{' / '.join(milliseconds(measured['cpu']).split())} ms, "
                f"wall {' / '.join(milliseconds(measured['wall']).split())} ms; "
                f"answered {measured['answered'] // args.passes} of {len(questions)}; load {load()}",
                flush=True,
            )

        port = free_port()
        log = (tmp / "gunicorn.log").open("w")
        app = subprocess.Popen(
            [str(root / ".venv" / "bin" / "gunicorn"), "cms.wsgi:application", "--config", "deploy/gunicorn.conf.py",
             "-b", f"127.0.0.1:{port}", "-k", "gthread", "-w", str(args.workers), "--threads", str(args.threads)],
            cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(f"http://127.0.0.1:{port}/health/live", app, headers={"X-Forwarded-Proto": "https"})
        print(
            f"gunicorn {args.workers} gthread workers × {args.threads} threads, production settings, "
            f"deploy/gunicorn.conf.py; POST /api/assistant/ask, {args.passes} passes per row after the first",
            flush=True,
        )
        print(
            f"{'row':<22} {'asked':>6} {'answers/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'200':>6}"
            f" {'CPU ms':>6} {'idle':>5}  load (1/5/15 min)  errors"
        )

        def show(label: str, result: dict) -> None:
            print(
                f"{label:<22} {len(result['latencies']):>6} {result['per_second']:>9.1f} "
                f"{milliseconds(result['latencies'])} {result['ok']:>6.1%} "
                f"{result['cpu'] * 1000:>6.1f} {result['idle']:>5.0%}  {load():<17}  {result['errors'] or 0}",
                flush=True,
            )

        show(f"first, {max(clients)} clients", run(port, questions, max(clients), 1, app.pid))
        run(port, questions, args.workers * args.threads, 1, app.pid)  # every worker warm before timing
        slowest = {}
        for number in clients:
            result = run(port, questions, number, args.passes, app.pid)
            show(f"{number} client{'s' if number > 1 else ''}", result)
            slowest[number] = sorted(
                ((percentile(times, 0.5), question) for question, times in result["per_question"].items()),
                reverse=True,
            )[: args.slowest]
        for number, rows in slowest.items():
            for median, question in rows:
                print(f"  slowest at {number}: {median * 1000:6.1f} ms (median)  {question}")
    finally:
        if app is not None:
            stop(app)
        if log is not None:
            log.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
