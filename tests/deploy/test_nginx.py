"""deploy/nginx.conf as shipped, in Debian's nginx, in front of the application under its production
settings (gunicorn), serving a full build of the demo site.

Only the addresses are rewritten (the upstream, the listening port, the site and media folders);
everything else is the file that production runs.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from bench._stack import free_port, nginx_binary, nginx_config, start_nginx, wait_for
from tests.frontend.conftest import built_site  # noqa: F401  (the shared full build)

# The shared build needs the demo in the test database, which pytest-django sets up for database tests.
pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
NGINX = nginx_binary()


def unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}; CI=true, so the deployment test must run", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def nginx_dir(tmp_path_factory) -> Path:
    """The folder of the running stack: its configuration and both access logs."""
    return tmp_path_factory.mktemp("nginx")


@pytest.fixture(scope="module")
def stack(built_site, nginx_dir):  # noqa: F811
    if not Path(NGINX).exists():
        unavailable("nginx is not installed (apt-get install nginx)")
    tmp = nginx_dir
    media = tmp / "media"
    (media / "images").mkdir(parents=True)
    (media / "images" / "pixel.png").write_bytes((ROOT / "frontend" / "assets" / "icon-192.png").read_bytes())

    app_port, web_port = free_port(), free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp / 'unused.sqlite3'}",  # the paths checked here read no data
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DIST_DIR": str(built_site),
        "STATIC_ROOT": str(tmp / "static"),
    }
    environment.pop("DEV_IDP_ENABLED", None)
    # As the image is built (deploy/Dockerfile): the fingerprinted static files and their manifest,
    # without which a page that links to one (the API's reader, search) cannot be rendered.
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0, collected.stderr
    # gunicorn with the shipped configuration (its logs); its output goes to a file, which the
    # access-log test reads (a pipe nobody reads would fill up and stall the server).
    app = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            "--config",
            "deploy/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{app_port}",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env=environment,
        stdout=(tmp / "gunicorn.log").open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )
    # deploy/nginx.conf with only its addresses rewritten (the access log into tmp, which a test reads).
    config = nginx_config(tmp, listen=web_port, upstream=app_port, site=built_site, media=media, connections=256)
    test = subprocess.run([NGINX, "-t", "-c", str(config), "-p", str(tmp)], capture_output=True, text=True)
    assert test.returncode == 0, test.stderr
    web = start_nginx(config, tmp)
    try:
        wait_for(f"http://127.0.0.1:{app_port}/api/openapi.json", app)
        wait_for(f"http://127.0.0.1:{web_port}/az/", web)
        yield f"http://127.0.0.1:{web_port}"
    finally:
        for process in (web, app):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def asset(stack: str, extension: str) -> str:
    page = requests.get(f"{stack}/en/", timeout=10).text
    return re.search(rf'(/assets/[^"]+\.{extension})"', page).group(1)


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def header_values(response: requests.Response, name: str) -> list[str]:
    return response.raw.headers.getlist(name)


def test_pages_stylesheets_scripts_and_the_manifest_go_out_with_their_own_content_types(stack):
    expected = {
        "/en/": "text/html; charset=utf-8",
        asset(stack, "css"): "text/css",
        asset(stack, "js"): "application/javascript",
        "/en/manifest.webmanifest": "application/manifest+json",
        "/sitemap.xml": "text/xml",
        "/media/images/pixel.png": "image/png",
    }
    for path, content_type in expected.items():
        response = requests.get(stack + path, timeout=10)
        assert response.status_code == 200, path
        assert response.headers["Content-Type"].startswith(content_type), (path, response.headers["Content-Type"])


def test_static_and_proxied_responses_carry_each_security_header_once(stack):
    for path in (
        "/en/",
        asset(stack, "css"),
        "/en/manifest.webmanifest",
        "/en/no-such-page/",
        "/api/openapi.json",
        "/api/no-such-endpoint",
        "/health/live",
    ):
        response = requests.get(stack + path, timeout=10, headers={"X-Forwarded-Proto": "https"}, allow_redirects=False)
        for name, value in SECURITY_HEADERS.items():
            assert header_values(response, name) == [value], (path, name, header_values(response, name))
        assert len(header_values(response, "X-Frame-Options")) == 1, path


# The public site's policies: the same on a file nginx serves itself, on a page the application
# renders behind it, and on the API; over https, HSTS too. (The admin and the API's reader have
# their own Content-Security-Policy, sent by the application.)
PUBLIC_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "Cross-Origin-Opener-Policy",
    "Strict-Transport-Security",
)


def test_static_pages_proxied_pages_and_the_api_carry_the_same_public_policies_once(stack):
    from cms.core.headers import content_security_policy, permissions_policy

    seen = {}
    for path in (
        "/en/",
        asset(stack, "css"),
        "/en/no-such-page/",
        "/en/cabinet/signed-out/",
        "/api/openapi.json",
        "/health/live",
    ):
        response = requests.get(stack + path, timeout=10, headers={"X-Forwarded-Proto": "https"}, allow_redirects=False)
        assert response.status_code in (200, 404), (path, response.status_code)
        seen[path] = {}
        for name in PUBLIC_HEADERS:
            values = header_values(response, name)
            assert len(values) == 1, (path, name, values)
            seen[path][name] = values[0]
    first = next(iter(seen.values()))
    for path, headers in seen.items():
        assert headers == first, (path, headers, first)
    assert first["Content-Security-Policy"] == content_security_policy("/en/")
    assert "unsafe-inline" not in first["Content-Security-Policy"]
    assert first["Permissions-Policy"] == permissions_policy()
    assert "camera=()" in first["Permissions-Policy"] and "geolocation=()" in first["Permissions-Policy"]
    assert first["X-Frame-Options"] == "DENY"
    assert first["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_the_shipped_file_carries_the_policies_of_the_application_word_for_word():
    """Cheap, and without nginx: a policy changed in cms/core/headers.py and not in nginx.conf."""
    from cms.core.headers import public_headers

    shipped = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    for name, value in public_headers().items():
        assert f'"{value}"' in shipped, (name, value)


def test_over_plain_http_no_response_claims_strict_transport(stack):
    for path in ("/en/", asset(stack, "js")):
        response = requests.get(stack + path, timeout=10, allow_redirects=False)
        assert "Strict-Transport-Security" not in response.headers, path


def test_the_api_reader_has_its_own_policy_and_loads_nothing_from_another_host(stack):
    from cms.core.headers import content_security_policy

    response = requests.get(f"{stack}/api/docs", timeout=10, headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert header_values(response, "Content-Security-Policy") == [content_security_policy("/api/docs")]
    scripts = re.findall(r'<script src="([^"]+)"', response.text)
    assert scripts and all(src.startswith("/static/") for src in scripts), scripts
    for src in scripts:
        served = requests.get(stack + src, timeout=10, headers={"X-Forwarded-Proto": "https"})
        assert served.status_code == 200 and served.headers["Content-Type"].startswith(
            ("application/javascript", "text/javascript")
        ), src


def test_static_pages_may_not_be_framed_and_are_cached_briefly(stack):
    page = requests.get(f"{stack}/ru/", timeout=10)
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["Cache-Control"] == "public, max-age=60"
    css = requests.get(stack + asset(stack, "css"), timeout=10)
    assert css.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    missing = requests.get(f"{stack}/en/no-such-page/", timeout=10)
    assert missing.status_code == 404 and "<html" in missing.text


def test_behind_a_tls_balancer_the_application_sees_https_and_does_not_redirect(stack):
    behind_tls = requests.get(
        f"{stack}/api/openapi.json", headers={"X-Forwarded-Proto": "https"}, allow_redirects=False, timeout=10
    )
    assert behind_tls.status_code == 200, behind_tls.headers.get("Location")
    assert behind_tls.headers["Content-Type"].startswith("application/json")
    # Reached over plain http with no balancer: the application sends the visitor to https.
    plain = requests.get(f"{stack}/api/openapi.json", allow_redirects=False, timeout=10)
    assert plain.status_code == 301 and plain.headers["Location"].startswith("https://")


def test_an_appeal_with_five_ten_megabyte_attachments_is_not_refused_by_nginx(stack):
    body = b"x" * (5 * 10 * 1024 * 1024 + 512 * 1024)
    response = requests.post(
        f"{stack}/az/cabinet/appeals/new/",
        data=body,
        timeout=60,
        allow_redirects=False,
        headers={"X-Forwarded-Proto": "https", "Content-Type": "application/octet-stream"},
    )
    assert response.status_code != 413, "nginx refused the body"
    assert "nginx" not in response.text.lower()


def log_lines(path: Path, request_id: str, seconds: float = 10, logger: str | None = None) -> list[dict]:
    """The JSON lines of a log that name `request_id` (and come from `logger`, if given).

    Each server writes its line after the response, and gunicorn writes a request's error lines
    before its access line: wait for a line of the kind asked for, not for any line of the request.
    """
    deadline = time.monotonic() + seconds
    while True:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        lines = [json.loads(line) for line in text.splitlines() if line.startswith("{") and request_id in line]
        lines = [line for line in lines if logger is None or line.get("logger") == logger]
        if lines or time.monotonic() > deadline:
            return lines
        time.sleep(0.1)


def test_access_logs_keep_no_query_string_and_carry_the_request_id(stack, nginx_dir):
    # The application behind this nginx has no content database (see `stack`): the search page
    # answers with an error, logged with its traceback, which must not hold the query either.
    response = requests.get(f"{stack}/en/search/?q=1ABC2D3", headers={"X-Forwarded-Proto": "https"}, timeout=30)
    assert response.status_code not in (404, 502, 504)  # answered by the application
    request_id = response.headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id), request_id  # nginx's $request_id
    assert header_values(response, "X-Request-ID") == [request_id]

    nginx_lines = log_lines(nginx_dir / "access.log", request_id)
    assert len(nginx_lines) == 1, nginx_lines
    assert nginx_lines[0]["path"] == "/en/search/" and nginx_lines[0]["status"] == response.status_code
    gunicorn_lines = log_lines(nginx_dir / "gunicorn.log", request_id, logger="gunicorn.access")
    assert len(gunicorn_lines) == 1, gunicorn_lines
    assert gunicorn_lines[0]["request_id"] == request_id and re.search(
        r'"GET /en/search/ HTTP/1\.[01]"', gunicorn_lines[0]["message"]
    )
    for log in ("access.log", "gunicorn.log"):
        text = (nginx_dir / log).read_text(encoding="utf-8")
        assert "1ABC2D3" not in text and "q=" not in text, log

    # A sane id from a balancer in front is kept; anything else is replaced by nginx's own.
    given = requests.get(
        f"{stack}/health/live", headers={"X-Request-ID": "balancer-1234abcd", "X-Forwarded-Proto": "https"}, timeout=10
    )
    assert given.status_code == 200
    assert given.headers["X-Request-ID"] == "balancer-1234abcd"
    assert log_lines(nginx_dir / "access.log", "balancer-1234abcd")[0]["path"] == "/health/live"
    hostile = requests.get(f"{stack}/en/", headers={"X-Request-ID": 'x" injected'}, timeout=10, allow_redirects=False)
    assert re.fullmatch(r"[0-9a-f]{32}", hostile.headers["X-Request-ID"])


@pytest.mark.parametrize("path", ["/en/search/", "/az/ask/", "/ru/incentives/check/", "/en/enquiry/"])
def test_the_dynamic_pages_under_a_language_are_answered_by_the_application(stack, nginx_dir, path):
    # The static build has no file for these: nginx's own answer would be the site's "not found"
    # page. The application's access log names each one it was handed.
    response = requests.get(f"{stack}{path}", headers={"X-Forwarded-Proto": "https"}, timeout=30)
    request_id = response.headers["X-Request-ID"]
    gunicorn_lines = log_lines(nginx_dir / "gunicorn.log", request_id, logger="gunicorn.access")
    assert len(gunicorn_lines) == 1, f"{path} did not reach the application"
    assert f"GET {path} " in gunicorn_lines[0]["message"]
    assert "max-age=60" not in response.headers.get("Cache-Control", ""), "cached as a static page"
