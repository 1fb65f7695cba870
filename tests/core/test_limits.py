"""The shared rate limits: counted in the shared cache, so several worker processes hold one limit.

The cross-process test starts real gunicorn workers on the test database (the database cache) and
on the machine's Redis, fires more requests than the limit from many threads at once, and counts
what got through: exactly the limit, however many workers answered.
"""

from __future__ import annotations

import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from cms.core import limits
from cms.core.security import SecurityEvent

ROOT = Path(__file__).resolve().parents[2]


def test_rates_are_read_as_counts_per_window():
    assert limits.parse_rate("x", "120/min") == limits.Limit("x", 120, 60)
    assert limits.parse_rate("x", "30/10min") == limits.Limit("x", 30, 600)
    assert limits.parse_rate("x", "5/hour") == limits.Limit("x", 5, 3600)
    assert limits.parse_rate("x", "1000 / day") == limits.Limit("x", 1000, 86400)
    assert limits.parse_rate("x", "20/2hours") == limits.Limit("x", 20, 7200)
    for bad in ("", "fast", "0/min", "10/fortnight", "ten/min", "10"):
        with pytest.raises(ImproperlyConfigured):
            limits.parse_rate("x", bad)


def test_the_default_limits_of_the_settings_are_valid():
    from cms.settings import base

    assert set(base.RATE_LIMITS) == {"search", "sign_on", "appeal_submit", "appeal_message", "enquiry"}
    for name, rate in base.RATE_LIMITS.items():
        limits.parse_rate(name, rate)


def test_a_rate_that_cannot_be_read_fails_the_system_check(settings):
    assert limits.check_rate_limits() == []
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "lots"}
    assert [error.id for error in limits.check_rate_limits()] == ["core.E001"]


@pytest.mark.django_db
def test_a_limit_counts_per_address_and_names_the_end_of_its_window(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "3/min"}
    factory = RequestFactory()
    one, other = factory.get("/", REMOTE_ADDR="198.51.100.7"), factory.get("/", REMOTE_ADDR="198.51.100.8")
    start = 60 * 29_000_000 + 10  # ten seconds into a window
    decisions = [limits.hit("search", one, now=start + i) for i in range(5)]
    assert [d.allowed for d in decisions] == [True, True, True, False, False]
    assert [d.retry_after for d in decisions] == [50, 49, 48, 47, 46]
    assert limits.hit("search", other, now=start + 5).allowed
    # A new window, a new count.
    assert limits.hit("search", one, now=start + 50).allowed
    # The first refusal of the window is in the security log; the ones after it are not.
    event = SecurityEvent.objects.get(kind="rate_limited")
    assert (event.ip_address, event.detail["limit"]) == ("198.51.100.7", "search")


@pytest.mark.django_db
def test_a_signed_in_limit_counts_the_user_wherever_they_come_from(settings, django_user_model):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "appeal_message": "2/hour"}
    user = django_user_model.objects.create_user("limited")
    requests = [RequestFactory().post("/", REMOTE_ADDR=f"203.0.113.{n}") for n in range(3)]
    for request in requests:
        request.user = user
    assert [limits.hit("appeal_message", r, per_user=True).allowed for r in requests] == [True, True, False]


# Across processes -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url_for_workers(tmp_path) -> str:
    """The test database, as worker processes can open it: PostgreSQL's test database as it is
    (the test is transactional, so what it holds is committed), SQLite's in-memory one copied to a file."""
    from django.db import connection

    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        user = settings_dict["USER"] or "postgres"
        password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
        return f"postgres://{user}{password}@{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"
    assert connection.vendor == "sqlite"
    connection.ensure_connection()
    copy = tmp_path / "workers.sqlite3"
    target = sqlite3.connect(copy)
    connection.connection.backup(target)
    target.execute("PRAGMA journal_mode=WAL")
    target.close()
    return f"sqlite:///{copy}"


def redis_url() -> str:
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"No Redis at {url}: CI must have one (set TEST_REDIS_URL).")
        pytest.skip(f"No Redis at {url}")
    return url


def start_workers(port: int, environment: dict) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "gunicorn", "cms.wsgi:application", "--workers", "3", "--bind", f"127.0.0.1:{port}",
        "--access-logfile", "-", "--access-logformat", "%(p)s %(s)s", "--log-level", "warning",
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def get(url: str) -> tuple[int, str | None]:
    request = urllib.request.Request(url, headers={"X-Forwarded-For": FORWARDED_FOR})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Retry-After")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Retry-After")


# The client's address as the proxy in front reports it: new for each run, so that a count left in
# Redis by an earlier run in the same window cannot mix in (from `secrets`: the suite seeds `random`
# the same way in every run of a seed).
FORWARDED_FOR = f"2001:db8::{secrets.randbelow(0xFFFF) + 1:x}:{secrets.randbelow(0xFFFF) + 1:x}"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("store", ["database", "redis"])
def test_three_worker_processes_let_through_the_limit_and_not_three_times_it(store, tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url_for_workers(tmp_path),
        "RATE_LIMIT_SEARCH": "30/hour",
        "TRUSTED_PROXY_COUNT": "1",
        "SEARCH_QUERY_LOG": "0",
    }
    environment.pop("REDIS_URL", None)
    if store == "redis":
        environment["REDIS_URL"] = redis_url()
    port = free_port()
    workers = start_workers(port, environment)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/health/live", timeout=5)
                break
            except OSError:
                if workers.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"the workers did not start:\n{workers.stdout.read()}") from None
                time.sleep(0.5)
        time.sleep(3)  # the other two workers finish booting (no readiness signal per worker)
        with ThreadPoolExecutor(max_workers=9) as pool:
            answers = list(pool.map(get, [f"{base}/api/search?q=tax&lang=en"] * 90))
    finally:
        workers.terminate()
        log, _ = workers.communicate(timeout=30)

    statuses = [status for status, _retry in answers]
    assert statuses.count(200) == 30, statuses
    assert statuses.count(429) == 60
    assert all(retry is not None and 0 < int(retry) <= 3600 for status, retry in answers if status == 429)
    # More than one process answered the searches (gunicorn's access log names each line's worker).
    searched_by = {line.split()[0] for line in log.splitlines() if line.endswith((" 200", " 429"))}
    assert len(searched_by) >= 2, log
    if store == "database":
        # One security event for the first refusal, written by whichever worker refused first.
        database = (
            sqlite3.connect(environment["DATABASE_URL"].removeprefix("sqlite:///"))
            if "sqlite" in environment["DATABASE_URL"]
            else None
        )
        if database is not None:
            assert database.execute(
                "SELECT COUNT(*) FROM core_securityevent WHERE kind = 'rate_limited'"
            ).fetchone() == (1,)
        else:
            assert SecurityEvent.objects.filter(kind="rate_limited").count() == 1
