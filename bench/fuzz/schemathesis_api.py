"""Schemathesis against /api/openapi.json of a running portal, signed in as an applicant.

    # the same environment as the running demo (its database), e.g. for the steps of `make demo` run by hand:
    VAR_DIR=/tmp/NAME/var DJANGO_SETTINGS_MODULE=cms.settings.dev \\
        .venv/bin/python bench/fuzz/schemathesis_api.py --base-url http://127.0.0.1:8104 [--max-examples 2000]

Signs an applicant in directly in the demo's database (a Person "Fuzz" with FIN FUZZ001 and one
registered appeal of theirs, created once, and a session for it, as the sign-on would leave), so
the appeals operations are exercised past their 401, with a CSRF cookie and header for the POSTs;
the operations on one appeal are given that appeal's id (schemathesis.toml in the report folder). Then runs the schemathesis CLI
(schemathesis is in the `bench` extra) on every operation of the schema: examples, coverage and
fuzzing phases, positive and negative data, at most --max-examples cases per operation, with the
check `not_a_server_error` (any 5xx fails the run). Loopback only.

Prints the number of cases sent, a histogram of statuses (read from the HAR report schemathesis
writes), the server errors and the duration; exits with schemathesis's status.

The search operations are rate limited per client address (RATE_LIMIT_SEARCH): start the server
with a high limit (RATE_LIMIT_SEARCH=1000000/min) or most search cases end as 429.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def applicant_session() -> tuple[str, str, str, str]:
    """(session cookie name, session key, CSRF cookie name, id of an appeal of theirs) for the fuzzing applicant."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from cms.accounts.models import Person, ProfileKind
    from cms.appeals import services
    from cms.appeals.models import Appeal, Body, Category, Kind

    user, _created = get_user_model().objects.get_or_create(username="applicant-FUZZ001")
    person, _created = Person.objects.get_or_create(
        user=user,
        defaults={
            "fin": "FUZZ001", "kind": ProfileKind.PHYSICAL_PERSON, "last_name": "Sınaqçı", "first_name": "Fuzz",
            "contact_email": "fuzz@example.az",
        },
    )  # fmt: skip
    # A registered appeal of theirs: the operations on one appeal then reach the service, not only its 404.
    appeal = Appeal.objects.filter(filed_by=person, subject="Fuzz").exclude(status="draft").first()
    if appeal is None:
        data = services.AppealInput(
            body=Body.MINISTRY, kind=Kind.APPLICATION, category=Category.objects.filter(active=True).first(),
            subject="Fuzz", text="Sınaq müraciəti.", consent=True, contact_email="fuzz@example.az",
        )  # fmt: skip
        appeal = services.submit(person, None, data)
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return settings.SESSION_COOKIE_NAME, session, settings.CSRF_COOKIE_NAME, str(appeal.public_id)


def har_statuses(path: Path) -> Counter[int]:
    statuses: Counter[int] = Counter()
    if not path.exists():
        return statuses
    for entry in json.loads(path.read_text())["log"]["entries"]:
        statuses[int(entry["response"]["status"])] += 1
    return statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8104")
    parser.add_argument("--max-examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--workers", default="2")
    parser.add_argument(
        "--report-dir", default=None, help="where the HAR and JUnit reports go (default: a temporary folder)"
    )
    args, extra = parser.parse_known_args()
    parts = urlsplit(args.base_url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only: give a base URL on 127.0.0.1 or localhost")

    session_cookie, session_key, csrf_cookie, appeal_id = applicant_session()
    csrf = secrets.token_hex(16)  # 32 characters: a CSRF secret as Django's cookie holds one
    report_dir = Path(args.report_dir or tempfile.mkdtemp(prefix="schemathesis-"))
    report_dir.mkdir(parents=True, exist_ok=True)
    har = report_dir / "run.har"
    config = report_dir / "schemathesis.toml"
    config.write_text(f'[parameters]\n"path.appeal_id" = "{appeal_id}"\n')
    command = [
        str(Path(sys.executable).with_name("schemathesis")), "--config-file", str(config), "run",
        f"{args.base_url}/api/openapi.json",
        "--url", args.base_url, "--checks", "not_a_server_error",
        "--phases", "examples,coverage,fuzzing", "--mode", "all", "--max-examples", str(args.max_examples),
        "--seed", str(args.seed), "--workers", args.workers, "--no-shrink", "--continue-on-failure",
        "--suppress-health-check", "all", "--request-timeout", "30",
        "-H", f"Cookie: {session_cookie}={session_key}; {csrf_cookie}={csrf}", "-H", f"X-CSRFToken: {csrf}",
        "--report", "har,junit", "--report-dir", str(report_dir), "--report-har-path", str(har),
        "--output-truncate", "true", *extra,
    ]  # fmt: skip
    started = time.monotonic()
    # In the report folder: schemathesis keeps its example database (.schemathesis/) where it runs.
    result = subprocess.run(command, cwd=report_dir)
    duration = time.monotonic() - started

    statuses = har_statuses(har)
    cases = sum(statuses.values())
    server_errors = sum(count for status, count in statuses.items() if status >= 500)
    print(f"cases:         {cases}  (max {args.max_examples} per operation, seed {args.seed})")
    print(f"statuses:      {', '.join(f'{status}: {count}' for status, count in sorted(statuses.items()))}")
    print(f"server errors: {server_errors}")
    print(f"duration:      {duration:.0f} s")
    print(f"reports:       {report_dir}")
    return result.returncode or (1 if server_errors else 0)


if __name__ == "__main__":
    sys.exit(main())
