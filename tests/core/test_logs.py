"""The application's log lines (cms/core/logs.py): JSON with the request id of the request that
wrote them, and no personal data whatever wrote it."""

from __future__ import annotations

import io
import json
import logging
import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from cms.core.logs import JsonFormatter, RedactionFilter, RequestIdFilter, logging_config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def json_log():
    """The production handler (JSON, request id, redaction) on the root logger, writing to a buffer."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    handler.addFilter(RedactionFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)


@pytest.mark.django_db
def test_every_line_of_a_request_is_json_with_the_id_the_response_carries(client, json_log):
    response = client.get("/api/no-such-endpoint-5ABC12D/?q=investor@example.com")
    assert response.status_code == 404
    request_id = response.headers["X-Request-ID"]
    lines = json_log()
    assert lines, "the 404 was not logged"
    for line in lines:
        assert list(line)[:5] == ["time", "level", "logger", "message", "request_id"]
        assert line["request_id"] == request_id
    not_found = next(line for line in lines if line["logger"] == "django.request")
    assert not_found["level"] == "WARNING" and not_found["status_code"] == 404
    assert not_found["message"] == "Not Found: /api/no-such-endpoint-[…]/"
    assert "request" not in not_found  # the request object is not turned into text


@pytest.mark.django_db
def test_a_sane_incoming_request_id_is_kept_and_anything_else_replaced(client, json_log):
    given = client.get("/api/no-such-endpoint/", headers={"X-Request-ID": "0123456789abcdef0123456789abcdef"})
    assert given.headers["X-Request-ID"] == "0123456789abcdef0123456789abcdef"
    assert {line["request_id"] for line in json_log()} == {"0123456789abcdef0123456789abcdef"}
    for hostile in ('x" injected', "a" * 65, "short", "line\nbreak-1234567"):
        response = client.get("/health/live", headers={"X-Request-ID": hostile})
        assert response.headers["X-Request-ID"] != hostile and len(response.headers["X-Request-ID"]) == 32


@pytest.mark.django_db
def test_two_requests_get_two_ids_and_lines_outside_a_request_none(client, json_log):
    first = client.get("/health/live").headers["X-Request-ID"]
    second = client.get("/health/live").headers["X-Request-ID"]
    assert first != second
    logging.getLogger("cms.test").warning("after the requests")
    assert json_log()[-1]["request_id"] is None


def test_messages_arguments_tracebacks_and_extras_are_redacted(json_log):
    logger = logging.getLogger("cms.test")
    logger.warning(
        "Sign-in of %s for FİN %s", "investor＠example.com", "5abc-12d", extra={"voen": "VÖEN 1700123456", "attempt": 3}
    )
    try:
        raise ValueError("recipient refused: <investor@example.com>, phone +994 50 123 45 67")
    except ValueError:
        logger.exception("Delivery of %s failed", "e-mail 7")
    first, second = json_log()
    assert first["message"] == "Sign-in of […] for FİN […]"
    assert first["voen"] == "VÖEN […]" and first["attempt"] == 3
    assert second["message"] == "Delivery of e-mail 7 failed"
    assert "ValueError: recipient refused: <[…]>, phone […]" in second["traceback"]
    assert "investor" not in json.dumps([first, second]) and "1700123456" not in json.dumps([first, second])


def test_a_message_whose_arguments_do_not_fit_still_makes_a_line(json_log):
    logging.getLogger("cms.test").warning("%s and %s", "only one 5ABC12D")  # noqa: PLE1206 (the point of the test)
    (line,) = json_log()
    assert "5ABC12D" not in line["message"] and "did not fit" in line["message"]


def test_the_request_id_middleware_comes_first():
    assert settings.MIDDLEWARE[0] == "cms.core.logs.RequestIdMiddleware"


def test_every_handler_of_the_configuration_carries_the_request_id_and_the_redaction():
    for json_format in (True, False):
        config = logging_config(json=json_format)
        for handler in config["handlers"].values():
            assert handler["filters"] == ["request_id", "redaction"]
            assert handler["formatter"] == ("json" if json_format else "text")


def test_production_settings_write_json_lines():
    environment = {
        **os.environ,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": "sqlite:////tmp/unused.sqlite3",
    }
    environment.pop("DEV_IDP_ENABLED", None)
    environment.pop("LOG_FORMAT", None)
    script = "import json, cms.settings.production as s; print(json.dumps(s.LOGGING))"
    output = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, check=True
    )
    config = json.loads(output.stdout.strip().splitlines()[-1])
    assert config["handlers"]["console"]["formatter"] == "json"
    assert config["handlers"]["console"]["filters"] == ["request_id", "redaction"]


def test_gunicorn_logs_through_the_same_filters_and_its_access_line_has_no_query_string():
    config = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    for atom in ("%(r)s", "%(q)s", "%({raw_uri}e)s"):
        assert atom not in config["access_log_format"]
    assert "%(U)s" in config["access_log_format"]
    handlers = config["logconfig_dict"]["handlers"]
    loggers = config["logconfig_dict"]["loggers"]
    for name in ("gunicorn.error", "gunicorn.access"):
        for handler in loggers[name]["handlers"]:
            assert (
                handlers[handler]["filters"] == ["request_id", "redaction"] and handlers[handler]["formatter"] == "json"
            )


def test_gunicorns_access_record_takes_the_request_id_from_the_response_header():
    record = logging.LogRecord(
        "gunicorn.access",
        logging.INFO,
        "",
        0,
        '%(h)s "%(m)s %(U)s"',
        ({"h": "127.0.0.1", "m": "GET", "U": "/en/search/", "{x-request-id}o": "0123456789abcdef"},),
        None,
    )
    RequestIdFilter().filter(record)
    RedactionFilter().filter(record)
    formatted = json.loads(JsonFormatter().format(record))
    assert formatted["request_id"] == "0123456789abcdef" and formatted["message"] == '127.0.0.1 "GET /en/search/"'


def test_the_development_servers_access_line_loses_its_query_string():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        "",
        0,
        '"%s" %s %s',
        ("GET /en/search/?q=1ABC2D3&page=2 HTTP/1.1", "200", "5123"),
        None,
    )
    RedactionFilter().filter(record)
    assert record.getMessage() == '"GET /en/search/ HTTP/1.1" 200 5123'
    assert logging_config(json=False)["loggers"]["django.server"] == {
        "handlers": ["console"],
        "level": "INFO",
        "propagate": False,
    }
