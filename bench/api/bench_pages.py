"""Benchmark of the headless API's page detail: throughput and latency under gunicorn.

    .venv/bin/python bench/api/bench_pages.py --var-dir /tmp/NAME/var [--root .] [--page 7]
        [--language en] [--seconds 10] [--clients 1,16] [--workers 2] [--threads 4]

Needs a demo database (a VAR_DIR with db.sqlite3, as the steps of `make demo` leave it). The
database is copied (SQLite's online backup) into a temporary folder and migrated by the code under
test, so the demo is never touched. gunicorn serves the code in --root (default: this checkout;
give another worktree to measure another commit with the same client) under the production
settings, `deploy/gunicorn.conf.py`, --workers gthread workers × --threads threads, the database
cache (the demo's; Redis with --env REDIS_URL=…), on a loopback port.

Rows printed:
- `cold`: one client asks every live page once in az, en and ru: the first request for each
  address after the server started (what a page costs when nothing of it is cached);
- `N clients`: N threads, each with one kept-alive connection (http.client), ask
  /{language}/api/v2/pages/{page}/ for --seconds: requests/s, p50/p95/p99;
- `N clients, If-None-Match`: the same with the ETag of the first answer (304 expected).

The load average is printed beside the figures: the machine is shared, so a figure means
little without it.
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

from bench._stack import production_environment_on_a_copy  # noqa: E402

HEADERS = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1", "Accept": "application/json"}


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, round(share * (len(values) - 1)))] if values else float("nan")


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


class Client:
    """One kept-alive connection; reconnects when the server closes it."""

    def __init__(self, port: int):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def get(self, path: str, headers: dict | None = None) -> tuple[int, bytes, dict]:
        for attempt in (1, 2):
            try:
                self.connection.request("GET", path, headers={**HEADERS, **(headers or {})})
                response = self.connection.getresponse()
                body = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                return response.status, body, dict(response.getheaders())
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def run(port: int, path: str, clients: int, seconds: float, headers: dict | None = None, expect: int = 200) -> dict:
    latencies: list[float] = []
    statuses: Counter = Counter()
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker():
        client = Client(port)
        mine, seen = [], Counter()
        while time.perf_counter() < stop:
            started = time.perf_counter()
            try:
                status, _body, _headers = client.get(path, headers)
            except (http.client.HTTPException, OSError):
                status = "cut"
            mine.append(time.perf_counter() - started)
            seen[status] += 1
        with lock:
            latencies.extend(mine)
            statuses.update(seen)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies), "per_second": len(latencies) / elapsed, "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95), "p99": percentile(latencies, 0.99),
        "errors": {status: count for status, count in statuses.items() if status != expect},
    }  # fmt: skip


def cold(port: int, page_ids: list[int]) -> dict:
    client, latencies, statuses = Client(port), [], Counter()
    for language in ("az", "en", "ru"):
        for page_id in page_ids:
            started = time.perf_counter()
            status, _body, _headers = client.get(f"/{language}/api/v2/pages/{page_id}/")
            latencies.append(time.perf_counter() - started)
            statuses[status] += 1
    latencies.sort()
    return {"requests": len(latencies), "per_second": len(latencies) / sum(latencies), "p50": percentile(latencies, 0.5),
            "p95": percentile(latencies, 0.95), "p99": percentile(latencies, 0.99),
            "errors": {status: count for status, count in statuses.items() if status not in (200, 404)}}  # fmt: skip


def wait_for(port: int, process: subprocess.Popen, path: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn ended with {process.returncode}")
        try:
            if Client(port).get(path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("gunicorn did not answer within 120 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--var-dir", type=Path, default=Path(os.environ.get("VAR_DIR", ROOT / "var")))
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code gunicorn serves")
    parser.add_argument("--page", type=int, default=7)
    parser.add_argument("--language", default="en")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", default="1,16")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--no-cold", action="store_true", help="skip the first request of every page")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE", help="more settings for the server")
    args = parser.parse_args()
    if not (args.var_dir / "db.sqlite3").is_file():
        parser.error(f"no demo database in {args.var_dir}: run the steps of `make demo` first")
    root = args.root.resolve()

    tmp = Path(tempfile.mkdtemp(prefix="invest-az-api-bench-"))
    env = production_environment_on_a_copy(args.var_dir, tmp, root)
    env.update(dict(item.split("=", 1) for item in args.env))
    python = str(root / ".venv" / "bin" / "python")
    subprocess.run([python, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=root, env=env, check=True)
    page_ids = json.loads(subprocess.run(
        [python, "-c", "import django, json; django.setup(); from wagtail.models import Page; "
                       "print(json.dumps(list(Page.objects.live().filter(depth__gte=2).order_by('pk').values_list('pk', flat=True))))"],
        cwd=root, env=env, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1])  # fmt: skip

    port = free_port()
    log = (tmp / "gunicorn.log").open("w")
    app = subprocess.Popen(
        [str(root / ".venv" / "bin" / "gunicorn"), "cms.wsgi:application", "--config", "deploy/gunicorn.conf.py",
         "-b", f"127.0.0.1:{port}", "-k", "gthread", "-w", str(args.workers), "--threads", str(args.threads)],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    path = f"/{args.language}/api/v2/pages/{args.page}/"
    try:
        wait_for(port, app, path)
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        print(
            f"{root} ({commit}): gunicorn {args.workers} gthread workers × {args.threads} threads, production settings, "
            f"SQLite copy of {args.var_dir}; {path}; {args.seconds:.0f} s per row"
        )
        print(
            f"{'row':<28} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  load (1/5/15 min)  errors"
        )

        def show(label: str, result: dict) -> None:
            print(f"{label:<28} {result['requests']:>8} {result['per_second']:>8.1f} {result['p50'] * 1000:>8.1f} "
                  f"{result['p95'] * 1000:>8.1f} {result['p99'] * 1000:>8.1f}  {load():<17}  {result['errors'] or 0}", flush=True)  # fmt: skip

        if not args.no_cold:
            show(f"cold, {len(page_ids)} pages × 3", cold(port, page_ids))
        run(port, path, args.workers * args.threads, 2)  # both workers warm before timing
        for clients in (int(number) for number in args.clients.split(",")):
            show(f"{clients} clients", run(port, path, clients, args.seconds))
        _status, _body, headers = Client(port).get(path)
        etag = {name.lower(): value for name, value in headers.items()}.get("etag")
        if etag:
            for clients in (int(number) for number in args.clients.split(",")):
                show(
                    f"{clients} clients, If-None-Match",
                    run(port, path, clients, args.seconds, {"If-None-Match": etag}, expect=304),
                )
        else:
            print("(no ETag: no conditional rows)")
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
