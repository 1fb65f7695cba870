"""Benchmark: appeal submissions per second through the e-cabinet form, on PostgreSQL.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_appeals_NAME \
        .venv/bin/python bench/appeals/bench_submissions.py [--clients 16] [--submissions 2000] [--workers 2] [--threads 4] [--pdf-bytes 0]

DROPS AND RECREATES the database named by --database-url, else BENCH_DATABASE_URL, else
postgres://postgres@127.0.0.1:5432/h_appeals_bench (never point it at a database you keep; the
script does not read DATABASE_URL, precisely so that it cannot drop the portal's own). It migrates
it, signs in one applicant per client, starts gunicorn (gthread workers, persistent database
connections) on a free loopback port, and has --clients concurrent clients post --submissions
appeals in all through the real form (multipart POST with the CSRF token, rate limit, registration,
numbering, outbox row and, after the commit, the delivery task queued). The settings are
bench/appeals/settings.py: the test settings with production's database task queue, so the
acknowledgement e-mails are delivered by a `manage.py db_worker` started beside gunicorn (to
Django's in-memory mail backend, so no network is timed), not inside the request. With --redis the
cache (rate limits) is a Redis started for the run, as production has; else the database cache.
With --pdf-bytes N each appeal carries a PDF of N bytes.

Reports throughput, p50 and p99 latency, and checks that nothing was lost: every 302 answer is
one stored appeal, and the registration numbers run from 1 with no gaps. Goal: at least 50
submissions per second with p99 at most 500 ms. After the clients are done it waits for the worker
to deliver every acknowledgement, and reports how long that took.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import requests

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE))

from bench._stack import AppealForm, free_port, signed_in_applicants, start_gunicorn, stop  # noqa: E402

# The application measured: this checkout, or another one (--root, e.g. the "before" of a
# side-by-side measurement). The client (bench/_stack.py) and the settings are always this
# checkout's, so that two checkouts are measured doing the same thing: the settings module is
# copied under a name of its own, which the application's processes import from PYTHONPATH.
ROOT = HERE
SETTINGS = "bench_appeals_settings"
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/h_appeals_bench"
PDF_HEAD = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def use_root(root: Path) -> None:
    """The application from `root`, the settings of this checkout's bench, its files in a temporary
    VAR_DIR (nothing is written into a checkout)."""
    global ROOT
    ROOT = root
    here = Path(tempfile.mkdtemp(prefix="bench-appeals-settings-"))
    (here / f"{SETTINGS}.py").write_text(
        (HERE / "bench" / "appeals" / "settings.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(here), os.environ.get("PYTHONPATH")]))
    os.environ.setdefault("VAR_DIR", str(here / "var"))
    sys.path[:0] = [str(root), str(here)]


def fresh_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # CREATE DATABASE copies template1 and is refused while anyone else is connected to it
        # (another run creating its database at that moment): wait and try again.
        for attempt in range(30):
            try:
                connection.execute(f'CREATE DATABASE "{name}"')
                return
            except psycopg.errors.ObjectInUse:
                if attempt == 29:
                    raise
                time.sleep(1)


def prepare(url: str, clients: int) -> list[str]:
    """Migrates, creates one signed-in applicant per client; returns their session keys."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": url}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    os.environ.update({"DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": url})
    import django

    django.setup()
    return signed_in_applicants(clients, prefix="bench")


def run_clients(
    base: str, session_keys: list[str], total: int, category_id: int, pdf_bytes: int
) -> tuple[list[float], list[int], float, float]:
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    counter = iter(range(total))
    ready = threading.Barrier(len(session_keys) + 1)
    pdf = PDF_HEAD + b"0" * max(0, pdf_bytes - len(PDF_HEAD)) if pdf_bytes else None

    def client(key: str) -> None:
        try:
            form = AppealForm(base, key)
        except Exception:
            ready.abort()  # the run cannot be measured; main() reports it
            raise
        ready.wait()
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                return
            # Each appeal with the key of a fresh form, as the form page gives every new form (the
            # server looks it up before filing, so that a form sent twice files once).
            key = uuid.uuid4().hex
            started = time.perf_counter()
            try:
                response = form.send(
                    category=category_id,
                    subject=f"Sınaq müraciəti {index}",
                    text="Gömrük rüsumlarının tətbiqi barədə sual. " * 20,
                    pdf=pdf,
                    key=key,
                )
            except requests.RequestException:
                # No answer (the connection dropped): a failed submission, counted as status 0, not
                # one missing from the figures; the client goes on with the next.
                status = 0
            else:
                status = response.status_code
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                statuses.append(status)

    threads = [threading.Thread(target=client, args=(key,)) for key in session_keys]
    for thread in threads:
        thread.start()
    ready.wait()
    began, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    # The clients share the two cores with the server: what they take is not the server's.
    return latencies, statuses, elapsed, time.process_time() - cpu


def drain(limit: float) -> float | None:
    """Waits until no e-mail is waiting and no delivery task is queued or running; returns the seconds."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from cms.appeals.outbox import waiting

    began = time.perf_counter()
    while time.perf_counter() - began < limit:
        busy = DBTaskResult.objects.filter(status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]).exists()
        if not busy and not waiting().exists():
            return time.perf_counter() - began
        time.sleep(0.2)
    return None


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--submissions", type=int, default=2000)
    # One worker per CPU of the 2-CPU development machine, few threads each: more threads only add
    # waiting for the interpreter lock (measured: 2 × 8 threads, p99 531 ms; 2 × 4, p99 337 ms).
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--pdf-bytes", type=int, default=0, help="attach a PDF of this size to every appeal (0: none)")
    parser.add_argument(
        "--redis",
        action="store_true",
        help="rate limits in a Redis started for the run (as production), not the database cache",
    )
    parser.add_argument(
        "--drain-seconds", type=int, default=600, help="longest wait for the worker to deliver every acknowledgement"
    )
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL), help="dropped and recreated"
    )
    parser.add_argument(
        "--root", type=Path, default=HERE, help="the checkout whose application is measured (default: this one)"
    )
    args = parser.parse_args()
    url = args.database_url
    use_root(args.root.resolve())

    redis = None
    if args.redis:
        redis_port = free_port()
        redis = subprocess.Popen(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        os.environ["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
    print(f"dropping and recreating {urlsplit(url).path.lstrip('/')} on {urlsplit(url).hostname}", flush=True)
    fresh_database(url)
    keys = prepare(url, args.clients)
    from cms.appeals.models import Appeal, Category

    category_id = Category.objects.get(key="customs").pk
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": url, "DATABASE_CONN_MAX_AGE": "60"}
    # The task worker as production runs it beside the web processes: it delivers the e-mails the
    # requests queue. It shares the two cores with gunicorn, as it would on a machine this size.
    worker_log = Path(tempfile.mkdtemp(prefix="bench-appeals-")) / "db_worker.log"
    with worker_log.open("w") as log:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.5", "--no-reload"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = start_gunicorn(env, port, workers=args.workers, threads=args.threads, root=ROOT)
    try:
        # Each worker loads its templates and catalogues on first use: warm them all before timing.
        warm = AppealForm(f"http://127.0.0.1:{port}", keys[0])
        for _ in range(args.workers * args.threads):
            warm.session.get(f"http://127.0.0.1:{port}/az/cabinet/appeals/", timeout=60)
        latencies, statuses, elapsed, client_cpu = run_clients(
            f"http://127.0.0.1:{port}", keys, args.submissions, category_id, args.pdf_bytes
        )
        stop(server)
        drained = drain(args.drain_seconds)
    finally:
        stop(server, worker, *([redis] if redis else []))

    accepted = statuses.count(302)
    numbers = sorted(
        int(n.rsplit("-", 1)[1]) for n in Appeal.objects.exclude(number=None).values_list("number", flat=True)
    )
    stored = len(numbers)
    gap_free = numbers == list(range(1, stored + 1))
    lost = accepted - stored
    from cms.appeals.models import OutboxMessage

    registered = Appeal.objects.exclude(number=None)
    acknowledged = registered.filter(outbox__sent_at__isnull=False).distinct().count()
    unsent = OutboxMessage.objects.filter(sent_at=None).count()
    attached = f", a {args.pdf_bytes:,}-byte PDF each" if args.pdf_bytes else ""
    print(f"clients {args.clients}, gunicorn {args.workers} workers × {args.threads} threads, PostgreSQL{attached}")
    print(f"submissions {len(statuses)} in {elapsed:.2f} s: {len(statuses) / elapsed:.1f}/s")
    print(f"latency p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms, "
          f"mean {statistics.mean(latencies) * 1000:.0f} ms")  # fmt: skip
    print(f"client CPU: {client_cpu:.1f} s over {elapsed:.1f} s ({client_cpu / elapsed:.0%} of one core), "
          f"{client_cpu / max(1, len(statuses)) * 1000:.1f} ms a submission")  # fmt: skip
    print(
        f"answers: {accepted} registered (302), {len(statuses) - accepted} other {sorted(set(statuses) - {302})} (0: no answer)"
    )
    print(f"stored {stored}, lost {lost}, numbers gap-free: {gap_free}")
    print(f"acknowledgements delivered by the worker: {acknowledged} of {stored} appeals, {unsent} outbox rows unsent; "
          + (f"drained {drained:.1f} s after the last answer" if drained is not None else f"NOT drained within {args.drain_seconds} s"))  # fmt: skip
    from django_tasks_db.models import DBTaskResult

    print(f"delivery tasks queued: {DBTaskResult.objects.count()} for {stored} acknowledgements")
    print(f"worker log: {worker_log}")
    ok = lost == 0 and gap_free and accepted == len(statuses) and acknowledged == stored and unsent == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
