"""Benchmark: publishing the VAT article on the running demo, as an editor does it.

    make demo                                                   # in another terminal (web + worker)
    .venv/bin/python bench/frontend/bench_publish.py [--runs 5] [--base-url http://127.0.0.1:8000]

Set the same `VAR_DIR` and `DIST_DIR` as the demo if you changed them. For each run, Chromium opens
the article in the admin, changes a sentence of the Azerbaijani summary and clicks "Publish"; the script
measures
- the editor's request: from the click to the admin's answer to the publish request;
- served: from the click until the public page, polled over HTTP, shows the new sentence;
and prints the median of the runs, then the files the last publish re-rendered, each with its reason
(the update's report, `.build/last-update.json` in the live build). Targets: request < 1 s,
served < 3 s.

Sign-in: the script makes a superuser `bench-editor` with a confirmed authenticator in the demo's
database and opens the admin with a session that has passed both steps, so that it measures
publishing rather than signing in.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

CHROMIUM = "/usr/bin/chromium"
VAT_SLUG_EN = "value-added-tax"


def signed_in_session() -> str:
    """A session key for `bench-editor`, signed in with password and second factor."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user, _created = get_user_model().objects.get_or_create(
        username="bench-editor", defaults={"email": "bench-editor@example.az", "is_staff": True, "is_superuser": True}
    )
    user.set_password(secrets.token_urlsafe(16))
    user.save()
    device, _created = TOTPDevice.objects.get_or_create(user=user, name="bench", defaults={"confirmed": True})
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.create()
    return session.session_key


def vat_article():
    from cms.guide.models import GuidePage

    article = GuidePage.objects.get(slug_en=VAT_SLUG_EN)
    return article.pk, article.translations["az"]["path"]


def last_update_report() -> dict:
    from django.conf import settings

    from frontend import build

    path = Path(settings.DIST_DIR) / build.LAST_UPDATE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def served_with(url: str, text: str, started: float, timeout: float) -> float | None:
    """Seconds from `started` until `url` answers with `text` in it; None after `timeout`."""
    while time.monotonic() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8"):
                    return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.05)
    return None


def publish_once(
    page, base_url: str, page_id: int, public_path: str, marker: str, timeout: float
) -> tuple[float, float | None]:
    page.goto(f"{base_url}/admin/pages/{page_id}/edit/")
    summary = page.locator("textarea[name='summary_az']")
    summary.fill(summary.input_value().split(" Bench ")[0] + f" {marker}.")
    page.get_by_role("button", name="More actions").click()
    publish = page.locator("button[name='action-publish']")
    with page.expect_response(
        lambda response: response.request.method == "POST" and f"/pages/{page_id}/edit/" in response.url
    ) as answer:
        started = time.monotonic()
        publish.click()
    request_seconds = time.monotonic() - started
    assert answer.value.status in (200, 302), f"the publish answered {answer.value.status}"
    served_seconds = served_with(base_url + public_path, marker, started, timeout)
    page.wait_for_load_state()
    return request_seconds, served_seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default=os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the page to be served")
    args = parser.parse_args()

    import django

    django.setup()
    from playwright.sync_api import sync_playwright

    base_url = args.base_url.rstrip("/")
    page_id, public_path = vat_article()
    session_key = signed_in_session()
    requests, served = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": base_url}])
        page = context.new_page()
        page.set_default_timeout(30_000)
        for run in range(1, args.runs + 1):
            marker = f"Bench {run} {secrets.token_hex(3)}"
            request_seconds, served_seconds = publish_once(page, base_url, page_id, public_path, marker, args.timeout)
            requests.append(request_seconds)
            served.append(served_seconds if served_seconds is not None else float("inf"))
            shown = f"{served_seconds:.2f} s" if served_seconds is not None else f"not within {args.timeout:.0f} s"
            print(f"run {run}: publish request {request_seconds:.2f} s, page served after {shown}")
        browser.close()

    print(f"\nPublishing the VAT article ({public_path}), median of {args.runs}:")
    print(f"  editor's request: {statistics.median(requests):.2f} s   (target < 1 s)")
    print(f"  changed page served: {statistics.median(served):.2f} s after the click   (target < 3 s)")
    report = last_update_report()
    if report:
        print(
            f"\nThe last update took {report['seconds']:.2f} s in the worker and rendered {len(report['files'])} file(s):"
        )
        for name, reason in report["files"].items():
            state = "replaced" if name in report["replaced"] else "unchanged"
            print(f"  {name}  ({state}): {reason}")
        for name in report["removed"]:
            print(f"  {name}  (removed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
