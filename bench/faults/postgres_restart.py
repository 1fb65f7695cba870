"""Fault run: PostgreSQL restarted while applicants submit appeals with attachments.

    .venv/bin/python bench/faults/postgres_restart.py [--clients 8] [--seconds 30] [--restart-at 10] [--mode fast]

Starts a PostgreSQL cluster of its own (bench/faults/cluster.py; never the machine's server),
migrates it, signs in one applicant per client, and starts gunicorn under the production settings
(persistent database connections, as production runs them with DATABASE_CONN_MAX_AGE). The
clients post appeals through the real e-cabinet form, each with a PDF, as a browser behind the TLS
proxy would (X-Forwarded-Proto, Origin, CSRF token). At --restart-at seconds the server is
restarted with `pg_ctl restart -m <mode>`: every connection is cut.

A client that gets an error or no answer sends the same form again (same submission key, as an
applicant pressing "Send" again would) until it is accepted, so nothing the run starts is dropped.
At the end the database is compared with what the clients were told:

* every appeal answered as accepted (302 to its page) is registered, with a number, and its
  attachment's row and file, byte for byte (SHA-256 of the file on disk);
* no appeal is registered twice for one form, the numbers have no gaps, no file lacks its row;
* the errors clients saw were 5xx answers or cut connections, never a 4xx;
* once the server is back, submissions succeed again: no error for a request sent more than
  --grace seconds after PostgreSQL answered again.

Exit status 0 when all of that holds. tests/appeals/test_postgres_restart.py runs a short version.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster import TemporaryCluster  # noqa: E402

from bench._stack import AppealForm, free_port, signed_in_applicants, start_gunicorn  # noqa: E402

SETTINGS = "cms.settings.production"
PDF_HEAD = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DETAIL = re.compile(r"/cabinet/appeals/([0-9a-f-]{36})/$")


def environment(url: str, folder: Path, conn_max_age: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": url,
        "DATABASE_CONN_MAX_AGE": str(conn_max_age),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "VAR_DIR": str(folder / "var"),
        "DIST_DIR": str(folder / "dist"),
        "APPEALS_PRIVATE_ROOT": str(folder / "private"),
        "MEDIA_ROOT": str(folder / "media"),
        "RATE_LIMIT_SEARCH": "1000000/min",
        "RATE_LIMIT_APPEAL_SUBMIT": "1000000/min",  # the run measures the fault, not the limits
        "DEV_IDP_ENABLED": "0",
    }


def prepare(env: dict, clients: int) -> tuple[list[str], int]:
    """Migrates; one signed-in applicant per client. Returns their session keys and a category id."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"migrated in {time.monotonic() - started:.0f} s", flush=True)
    os.environ.update(env)
    import django

    django.setup()
    from cms.appeals.models import Category

    return signed_in_applicants(clients, prefix="fault"), Category.objects.get(key="customs").pk


@dataclass
class Attempt:
    key: str
    started: float  # monotonic
    seconds: float
    outcome: str  # "accepted", "http <status>", or "connection"


@dataclass
class Record:
    attempts: list[Attempt] = field(default_factory=list)
    accepted: dict[str, str] = field(default_factory=dict)  # submission key -> appeal public id
    digests: dict[str, str] = field(default_factory=dict)  # submission key -> the PDF's SHA-256
    abandoned: list[str] = field(default_factory=list)
    odd: list[str] = field(default_factory=list)  # what a 4xx or an unexpected redirect said
    lock: threading.Lock = field(default_factory=threading.Lock)


def run_clients(base: str, session_keys: list[str], category_id: int, seconds: float, record: Record) -> None:
    import requests

    stop_at = time.monotonic() + seconds
    # A form that is not through when the time is up is still pursued for a while: none is dropped.
    give_up_at = stop_at + 60
    origin = base.replace("http://", "https://")

    def client(session_key: str) -> None:
        form = AppealForm(base, session_key, origin=origin)
        while time.monotonic() < stop_at:
            key = uuid.uuid4().hex
            content = PDF_HEAD + secrets.token_bytes(20_000)
            with record.lock:
                record.digests[key] = hashlib.sha256(content).hexdigest()
            while True:
                started = time.monotonic()
                try:
                    response = form.send(
                        category=category_id, subject=f"Sınaq müraciəti {key[:8]}", text="Gömrük rüsumlarının tətbiqi barədə sual. " * 10,
                        key=key, pdf=content,
                    )  # fmt: skip
                    match = DETAIL.search(response.headers.get("Location", "")) if response.status_code == 302 else None
                    outcome = "accepted" if match else f"http {response.status_code}"
                    if not match and response.status_code < 500:
                        title = re.search(r"<title>(.*?)</title>", response.text, re.S)
                        with record.lock:
                            record.odd.append(
                                f"{response.status_code} {response.headers.get('Location', '')} {title.group(1).strip() if title else response.text[:200]}"
                            )
                except requests.RequestException:
                    outcome, match = "connection", None
                with record.lock:
                    record.attempts.append(Attempt(key, started, time.monotonic() - started, outcome))
                    if match:
                        record.accepted[key] = match.group(1)
                if match:
                    break
                if time.monotonic() > give_up_at:
                    with record.lock:
                        record.abandoned.append(key)
                    break
                time.sleep(0.2)

    threads = [threading.Thread(target=client, args=(key,)) for key in session_keys]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else float("nan")


def check_database(record: Record, private_root: Path) -> dict:
    """What the database holds, compared with what the clients were told."""
    from django.db import connection

    from cms.appeals.models import Appeal, Attachment

    connection.close()  # this process's connection died with the restart
    appeals = {str(a.public_id): a for a in Appeal.objects.prefetch_related("attachments")}
    missing, wrong = [], []
    for key, public_id in record.accepted.items():
        appeal = appeals.get(public_id)
        if appeal is None:
            missing.append(public_id)
            continue
        files = list(appeal.attachments.all())
        path = private_root / files[0].stored_name if len(files) == 1 else None
        if (
            appeal.status != "registered" or not appeal.number or appeal.submission_key != key or path is None
            or not path.is_file() or files[0].sha256 != record.digests[key]
            or hashlib.sha256(path.read_bytes()).hexdigest() != record.digests[key]
        ):  # fmt: skip
            wrong.append(public_id)
    registered = [a for a in appeals.values() if a.number]
    numbers = sorted(int(a.number.rsplit("-", 1)[1]) for a in registered)
    keys = [a.submission_key for a in registered]
    stored_names = set(Attachment.objects.values_list("stored_name", flat=True))
    on_disk = {str(p.relative_to(private_root)) for p in private_root.rglob("*") if p.is_file()}
    return {
        "registered": len(registered),
        "missing": missing,
        "wrong": wrong,
        "duplicates": len(keys) - len(set(keys)),
        "gap_free": numbers == list(range(1, len(numbers) + 1)),
        "unanswered": len({a.submission_key for a in registered} - set(record.accepted)),
        "files_without_row": len(on_disk - stored_names),
        "rows_without_file": len(stored_names - on_disk),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--restart-at", type=float, default=10)
    parser.add_argument("--mode", choices=["smart", "fast", "immediate"], default="fast")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--conn-max-age", type=int, default=60, help="DATABASE_CONN_MAX_AGE of the server (0: a connection per request)"
    )
    parser.add_argument(
        "--grace",
        type=float,
        default=2.0,
        help="seconds after PostgreSQL answers again within which errors are allowed",
    )
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="invest-az-fault-"))
    server = None
    try:
        with TemporaryCluster() as cluster:
            env = environment(cluster.create_database("appeals"), folder, args.conn_max_age)
            session_keys, category_id = prepare(env, args.clients)
            port = free_port()
            server = start_gunicorn(env, port, workers=args.workers, threads=args.threads, log=folder / "gunicorn.log")
            record = Record()
            restart: dict = {}

            def restarter() -> None:
                time.sleep(args.restart_at)
                restart["at"] = time.monotonic()
                restart["took"] = cluster.restart(args.mode)
                restart["back"] = time.monotonic()

            began = time.monotonic()
            thread = threading.Thread(target=restarter)
            thread.start()
            run_clients(f"http://127.0.0.1:{port}", session_keys, category_id, args.seconds, record)
            thread.join()
            elapsed = time.monotonic() - began
            server.terminate()
            server.wait(timeout=30)
            result = check_database(record, folder / "private")
            server_log = (folder / "gunicorn.log").read_text(errors="replace")
    finally:
        if server is not None and server.poll() is None:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)

    attempts = record.attempts
    failures = [a for a in attempts if a.outcome != "accepted"]
    kinds: dict[str, int] = {}
    for attempt in failures:
        kinds[attempt.outcome] = kinds.get(attempt.outcome, 0) + 1
    client_errors = [a for a in failures if a.outcome.startswith("http 4") or a.outcome in ("http 200", "http 302")]
    after = [a for a in attempts if a.started > restart["back"] + args.grace]
    errors_after = [a for a in after if a.outcome != "accepted"]
    accepted_after = len(after) - len(errors_after)
    # An error answered before the restart began would be a fault of its own, not of the restart.
    before = [a for a in failures if a.started + a.seconds < restart["at"]]
    latencies = [a.seconds for a in attempts if a.outcome == "accepted"]

    print(f"PostgreSQL {cluster.bin.parent.name} of its own, `pg_ctl restart -m {args.mode}` at {args.restart_at:.0f} s: "
          f"answered again after {restart['took']:.2f} s")  # fmt: skip
    print(f"gunicorn {args.workers} workers × {args.threads} threads, production settings, DATABASE_CONN_MAX_AGE={args.conn_max_age}; "
          f"{args.clients} clients for {args.seconds:.0f} s ({elapsed:.1f} s with the last forms)")  # fmt: skip
    print(f"requests {len(attempts)}: {len(latencies)} accepted ({len(latencies) / elapsed:.1f}/s), "
          f"p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
          f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms")  # fmt: skip
    print(f"errors seen by clients: {len(failures)} {dict(sorted(kinds.items()))}, {len(before)} of them answered before the restart; "
          f"4xx or other wrong answers: {len(client_errors)}")  # fmt: skip
    if failures:
        last = max(a.started for a in failures)
        print(f"last error sent {last - restart['back']:+.2f} s after PostgreSQL answered again")
    print(f"after the restart (+{args.grace:.0f} s): {accepted_after} accepted, {len(errors_after)} errors")
    print(f"forms accepted {len(record.accepted)}, abandoned {len(record.abandoned)}; database: {result['registered']} registered, "
          f"{len(result['missing'])} accepted but missing, {len(result['wrong'])} wrong or without their file, "
          f"{result['duplicates']} filed twice, {result['unanswered']} stored but never answered, numbers gap-free: {result['gap_free']}")  # fmt: skip
    print(f"files without a row: {result['files_without_row']}, rows without a file: {result['rows_without_file']}")
    for line in sorted(set(record.odd))[:5]:
        print(f"  unexpected answer: {line}")
    # The last line of each traceback: which exceptions the server met.
    raised: dict[str, int] = {}
    for exception in re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception)\b[^\n]{0,90})", server_log, re.M):
        raised[exception] = raised.get(exception, 0) + 1
    print(f"server log: {sum(raised.values())} exceptions")
    for exception, count in sorted(raised.items(), key=lambda item: -item[1])[:6]:
        print(f"  {count} × {exception}")
    ok = (
        not result["missing"] and not result["wrong"] and not result["duplicates"] and result["gap_free"]
        and not client_errors and not before and not errors_after and accepted_after > 0 and not record.abandoned
        and not result["files_without_row"] and not result["rows_without_file"] and result["unanswered"] == 0
    )  # fmt: skip
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
