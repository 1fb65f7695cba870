"""Load run: static pages, the search API and page, and appeal submission, through nginx.

    .venv/bin/python bench/load/load_run.py [--var-dir var] [--dist-dir dist] [--seconds 20] [--clients 16]

Needs the state `make demo` leaves (VAR_DIR with db.sqlite3, DIST_DIR with the built site; the
defaults are the repository's var/ and dist/). The database is copied into a temporary folder, so
the submissions of the run never reach the demo. The run starts gunicorn under the production
settings and Debian's nginx with deploy/nginx.conf (only its addresses rewritten, as
tests/deploy/test_nginx.py does), both on loopback ports, then sends each kind of request from
--clients concurrent clients for --seconds:

* static: the built site's pages, which nginx answers from the files;
* search-api: /api/search with a word from the guide's vocabulary, in az, en or ru;
* search-page: the server-rendered /{lang}/search/ page, the same queries;
* submit: an appeal with a PDF through the e-cabinet form, one signed-in applicant per client.

For each kind it prints requests per second, p50/p95/p99 latency, and the answers that are not
the expected one: errors (5xx, a cut connection, or any other unexpected status) and, counted
apart, 429 (a rate limit said no; not an error, but the run sets the limits high through the
environment so that it measures throughput: --env NAME=VALUE adds or overrides more).
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench._stack import (  # noqa: E402
    AppealForm,
    free_port,
    nginx_binary,
    nginx_config,
    signed_in_applicants,
    start_gunicorn,
    start_nginx,
    stop,
    wait_for,
)

SETTINGS = "cms.settings.production"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"0" * 30_000
QUERIES = {
    "az": ["gömrük", "vergi", "ƏDV", "investisiya təşviqi", "sənaye parkı", "viza", "gomruk", "lisenziya"],
    "en": ["customs", "VAT", "tax", "investment promotion", "industrial park", "visa", "licence", "free zone"],
    "ru": ["таможня", "НДС", "налог", "инвестиции", "промышленный парк", "виза", "лицензия", "льготы"],
}
# Every limit the portal has, set out of the way: the run measures throughput, not the limits.
HIGH_LIMITS = {
    "RATE_LIMIT_SEARCH": "1000000/min",
    "RATE_LIMIT_SIGN_ON": "1000000/min",
    "RATE_LIMIT_APPEAL_SUBMIT": "1000000/min",
    "RATE_LIMIT_APPEAL_MESSAGE": "1000000/min",
    "RATE_LIMIT_ENQUIRY": "1000000/min",
}


def static_paths(site: Path) -> list[str]:
    paths = []
    for page in site.glob("*/**/index.html"):
        relative = page.parent.relative_to(site).as_posix()
        if relative.split("/")[0] in QUERIES:
            paths.append(f"/{relative}/")
    return sorted(paths)


def applicants(count: int) -> tuple[list[str], int]:
    """One signed-in applicant per client: their session keys, and a category to file under."""
    import django

    django.setup()
    from cms.appeals.models import Category

    return signed_in_applicants(count, prefix="load"), Category.objects.filter(active=True).values_list(
        "pk", flat=True
    ).first()


def run_kind(kind: str, base: str, clients: int, seconds: float, context: dict) -> dict:
    """--clients threads sending one kind of request for --seconds; the answers, timed."""
    import requests

    results: list[tuple[float, str]] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    # Behind nginx the application sees the host without the port (`proxy_set_header Host $host`),
    # as the https origin on port 443 that production is.
    origin = "https://127.0.0.1"
    https = {"X-Forwarded-Proto": "https"}  # as the TLS balancer in front of nginx says

    def client(index: int) -> None:
        rng = random.Random(index)
        session = requests.Session()
        form = AppealForm(base, context["sessions"][index], origin=origin) if kind == "submit" else None
        while time.monotonic() < stop_at:
            language = rng.choice(list(QUERIES))
            expected = 200
            if kind == "static":
                request = ("GET", f"{base}{rng.choice(context['pages'])}", {})
            elif kind == "search-api":
                request = (
                    "GET",
                    f"{base}/api/search",
                    {"params": {"q": rng.choice(QUERIES[language]), "lang": language}},
                )
            elif kind == "search-page":
                request = ("GET", f"{base}/{language}/search/", {"params": {"q": rng.choice(QUERIES[language])}})
            else:
                expected = 302
                request = ("FORM", "", {})
            method, url, extra = request
            started = time.perf_counter()
            try:
                if form is not None:
                    response = form.send(
                        category=context["category"], subject="Yük daşımalarında gömrük rüsumu",
                        text="Gömrük rüsumlarının tətbiqi barədə sual. " * 10, key=uuid.uuid4().hex, pdf=PDF,
                    )  # fmt: skip
                else:
                    response = session.request(method, url, headers=https, allow_redirects=False, timeout=30, **extra)
                outcome = "ok" if response.status_code == expected else str(response.status_code)
            except requests.RequestException:
                outcome = "connection"
            with lock:
                results.append((time.perf_counter() - started, outcome))

    threads = [threading.Thread(target=client, args=(index,)) for index in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    latencies = sorted(seconds for seconds, _outcome in results)
    outcomes = Counter(outcome for _seconds, outcome in results)
    return {
        "requests": len(results), "per_second": len(results) / elapsed,
        "p50": percentile(latencies, 0.50), "p95": percentile(latencies, 0.95), "p99": percentile(latencies, 0.99),
        "limited": outcomes.pop("429", 0), "ok": outcomes.pop("ok", 0), "errors": dict(outcomes),
    }  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, round(share * (len(values) - 1)))] if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--var-dir", type=Path, default=Path(os.environ.get("VAR_DIR", ROOT / "var")))
    parser.add_argument("--dist-dir", type=Path, default=Path(os.environ.get("DIST_DIR", ROOT / "dist")))
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--kinds", default="static,search-api,search-page,submit")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="more settings for the server (e.g. another rate limit)",
    )
    args = parser.parse_args()
    if not (args.var_dir / "db.sqlite3").is_file() or not (args.dist_dir / "az" / "index.html").is_file():
        parser.error(f"no demo state in {args.var_dir} and {args.dist_dir}: run the steps of `make demo` first")
    if not Path(nginx_binary()).exists():
        parser.error("nginx is not installed (apt-get install nginx)")

    tmp = Path(tempfile.mkdtemp(prefix="invest-az-load-"))
    site = args.dist_dir.resolve()
    # SQLite's online backup, so that pages still in the demo's write-ahead log come along.
    source, copy = sqlite3.connect(args.var_dir / "db.sqlite3"), sqlite3.connect(tmp / "db.sqlite3")
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    (tmp / "media").mkdir()
    env = {
        **os.environ, **HIGH_LIMITS,
        "DJANGO_SETTINGS_MODULE": SETTINGS, "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}", "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "VAR_DIR": str(tmp), "DIST_DIR": str(site), "MEDIA_ROOT": str(tmp / "media"),
        "APPEALS_PRIVATE_ROOT": str(tmp / "private"), "DEV_IDP_ENABLED": "0",
    }  # fmt: skip
    env.update(dict(item.split("=", 1) for item in args.env))
    env["STATIC_ROOT"] = str(tmp / "static")
    os.environ.update(env)
    # As the container image does: the production storage serves collected, fingerprinted files only.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    kinds = [kind for kind in args.kinds.split(",") if kind]
    context: dict = {"pages": static_paths(site)}
    if "submit" in kinds:
        context["sessions"], context["category"] = applicants(args.clients)

    app_port, web_port = free_port(), free_port()
    app = start_gunicorn(env, app_port, workers=args.workers, threads=args.threads, log=tmp / "gunicorn.log")
    web = start_nginx(nginx_config(tmp, listen=web_port, upstream=app_port, site=site, media=tmp / "media"), tmp)
    base = f"http://127.0.0.1:{web_port}"
    try:
        wait_for(f"{base}/az/", web)
        # Each worker loads its templates and catalogues on first use: warm them before timing.
        run_kind("search-page", base, args.workers * args.threads, 3, context)
        print(f"nginx (deploy/nginx.conf) → gunicorn {args.workers} workers × {args.threads} threads, production settings, "
              f"SQLite copy of the demo; {args.clients} clients, {args.seconds:.0f} s per kind; {len(context['pages'])} static pages")  # fmt: skip
        print(f"{'kind':<12} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'429':>5}  errors")
        failed = False
        for kind in kinds:
            r = run_kind(kind, base, args.clients, args.seconds, context)
            failed |= bool(r["errors"])
            print(f"{kind:<12} {r['requests']:>8} {r['per_second']:>7.1f} {r['p50'] * 1000:>7.0f} {r['p95'] * 1000:>7.0f} "
                  f"{r['p99'] * 1000:>7.0f} {r['limited']:>5}  {sum(r['errors'].values())} {r['errors'] or ''}", flush=True)  # fmt: skip
    finally:
        stop(web, app)
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
