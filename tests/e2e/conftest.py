"""Browser tests in Debian's Chromium (Playwright pointed at the system binary, never a download).

Two kinds of fixtures:

- `site_url` + `phone`: the shared full build of the demo, served read-only by a small HTTP server;
  for tests that only look at the public site.
- `live_portal` + `phone`/`new_phone`: the whole portal on pytest-django's live server: the built
  site (a private copy), the admin, the e-cabinet, the development identity provider and a real SMTP
  server (aiosmtpd) catching the portal's e-mails. Journeys a person lives through use this.

When Chromium or axe-core is missing they skip, saying why; with `CI=true` they fail instead, so
a CI run can never pass by skipping its browser tests.
"""

from __future__ import annotations

import email
import email.policy
import functools
import os
import re
import shutil
import socket
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.frontend.conftest import built_site, private_site  # noqa: F401  (the shared full build)

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


def missing(reason: str):
    """Skips the test, or fails it under CI, where a browser test that cannot run must not pass."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}; CI=true, so browser tests must run", pytrace=False)
    pytest.skip(reason)


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the build as nginx does in production, with the same security headers."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
    }

    def end_headers(self):
        from cms.core.headers import public_headers

        for name, value in public_headers().items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


# What Chromium writes to the console when a page breaks the Content-Security-Policy ("Refused to
# load the stylesheet…", "Refused to execute inline script…", "Refused to apply inline style…")
# or when the Permissions-Policy names a feature it does not know.
POLICY_COMPLAINT = re.compile(r"Content Security Policy|Refused to|Permissions-Policy", re.IGNORECASE)


def watch_for_policy_complaints(browser, complaints: list[str]) -> None:
    """Every context the browser opens reports policy complaints from any of its pages."""
    open_context = browser.new_context

    def new_context(**options):
        context = open_context(**options)
        context.on(
            "console",
            lambda message: (
                POLICY_COMPLAINT.search(message.text)
                and complaints.append(f"{message.page.url if message.page else '?'}: {message.text}")
            ),
        )
        return context

    browser.new_context = new_context


@pytest.fixture(scope="session")
def site_url(built_site):  # noqa: F811
    handler = functools.partial(QuietHandler, directory=str(built_site.resolve()))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def browser():
    # Playwright's sync API keeps an event loop in this thread while it runs, and Django refuses
    # database calls from a thread with a running loop. The only database work done meanwhile is
    # the tests' own, synchronous and in this thread, so it is allowed for the browser's lifetime.
    # One browser per test, started after the test's database is set up and stopped before it is
    # torn down: Django keeps a connection object per async context, and inside the running loop
    # `connections["default"]` is another object, without the session's snapshot; a transactional
    # test set up or torn down there is neither restored nor emptied the way Django means to, and
    # the tests after it find the demo gone or re-created under other ids.
    executable = CHROMIUM if CHROMIUM.exists() else (shutil.which("chromium") and Path(shutil.which("chromium")))
    if not executable:
        missing("Chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright is not installed (pip install -e '.[dev]')")

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    complaints: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
            watch_for_policy_complaints(browser, complaints)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous
    # Every journey proves that the pages it went through keep to their security policies.
    if complaints:
        pytest.fail(
            "The browser refused something under the security policies:\n" + "\n".join(dict.fromkeys(complaints)),
            pytrace=False,
        )


@pytest.fixture
def new_phone(browser):
    """Opens a new phone (a fresh browser context, 360x740): `new_phone(locale="tr-TR")`."""
    contexts = []

    def open_phone(**options):
        context = browser.new_context(**{**PHONE, **options})
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_phone
    for context in contexts:
        context.close()


@pytest.fixture
def phone(new_phone):
    return new_phone()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        missing("node_modules/axe-core is not installed (npm ci)")
    return AXE.read_text(encoding="utf-8")


def accessibility_problems(page) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page as it stands (the page must have `axe_source`
    added as an init script), after its load and with its stylesheet applied."""
    # Unstyled, the phone's folded menu shows as small links, which axe rightly flags: say that the
    # stylesheet did not load (it failed so once under a loaded CI machine), not that the site's
    # targets are too small.
    page.wait_for_load_state("load")
    styled = page.evaluate(
        """Array.from(document.styleSheets).some(sheet => {
            try { return sheet.href.includes('/assets/') && sheet.cssRules.length > 0; } catch (error) { return false; }
        })"""
    )
    assert styled, f"{page.url}: the page's stylesheet did not load"
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
    )
    return [f"{page.url}: {v['id']} {v['nodes'][0]['target']}" for v in result["violations"]]


# --- The live portal ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """A real SMTP server's handler (aiosmtpd) that keeps every message the portal sends."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self._arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._arrived:
            self.messages.append(message)
            self._arrived.notify_all()
        return "250 Message accepted"

    def wait_for(self, to: str, timeout: float = 15.0) -> email.message.EmailMessage:
        """The first message to `to`, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                for message in self.messages:
                    if to in str(message["To"]):
                        return message
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"no e-mail to {to} arrived within {timeout} s; got {[str(m['To']) for m in self.messages]}"
                    )
                self._arrived.wait(remaining)

    @staticmethod
    def text(message: email.message.EmailMessage) -> str:
        return message.get_body(preferencelist=("plain", "html")).get_content()

    @classmethod
    def links(cls, message: email.message.EmailMessage) -> list[str]:
        return re.findall(r"https?://[^\s\"'<>]+", cls.text(message))


class LivePortal:
    def __init__(self, url: str, mailbox: Mailbox, dist: Path):
        self.url = url
        self.mailbox = mailbox
        self.dist = dist

    def __call__(self, path: str) -> str:
        return self.url + path


@pytest.fixture
def live_portal(live_server, private_site, settings, tmp_path):  # noqa: F811
    """The whole portal on a live server, as `make demo` runs it, with a real SMTP server beside it.

    Absolute links (canonical URLs, e-mails) name the live server's own address and port.
    """
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT, settings.EMAIL_USE_TLS = (
        "127.0.0.1",
        port,
        5,
        False,
    )
    settings.PUBLIC_BASE_URL = live_server.url
    with open(os.devnull, "w") as quiet:
        call_command("ensure_dev_idp_client", "--base-url", live_server.url, stdout=quiet)
    try:
        yield LivePortal(live_server.url, mailbox, private_site)
    finally:
        controller.stop()
