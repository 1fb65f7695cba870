"""The application's log lines: one JSON object each in production, a request id on every line
written while a request is handled, and no personal data in any of them.

- When a request starts (Django's `request_started`), the id nginx sends in `X-Request-ID` (its
  `$request_id`) is taken when it has a sane form, or one is made, and kept in a context variable
  until the response is closed; `RequestIdMiddleware` sends it back in the response's
  `X-Request-ID`. nginx's and gunicorn's access lines carry the same id,
  so one id finds a request in every log.
- `RequestIdFilter` puts that id on each record (`request_id`); gunicorn's access records, written
  after the response, take it from the response header.
- `RedactionFilter` sits on every handler: the message with its arguments, the traceback and any
  text extra go through `cms.core.redaction` before a formatter sees them, whoever wrote the line
  (our code, Django, a library quoting a refused e-mail address in its exception).
- `JsonFormatter` (python-json-logger) writes time, level, logger, message and request id, the
  traceback if any, and extras that are plain values (a request object or a socket is dropped
  rather than turned into text that might hold a query string).

`logging_config()` builds the `LOGGING` dictionary for the settings; deploy/gunicorn.conf.py uses
the same pieces for gunicorn's own error and access logs.
"""

from __future__ import annotations

import contextvars
import logging
import re
import uuid
from typing import Any

from pythonjsonlogger.json import JsonFormatter as _LibraryJsonFormatter

from .redaction import redact

REQUEST_ID_HEADER = "X-Request-ID"
# nginx's $request_id is 32 hexadecimal digits; other balancers send UUIDs or similar tokens.
# Anything else (too long, spaces, quotes, line breaks) is not trusted into a log line.
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]{7,63}$")

_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)


def current_request_id() -> str | None:
    return _request_id.get()


def accepted_request_id(value: str | None) -> str:
    """The incoming id when it has a sane form, else a new one."""
    if value and _VALID_REQUEST_ID.match(value):
        return value
    return uuid.uuid4().hex


def start_request(sender=None, environ=None, **kwargs) -> None:
    """`request_started`: the id is set before the middleware runs and kept until the response is
    closed, so that Django's own line about the response ("Not Found: …"), written after the
    middleware has returned, carries it too."""
    _request_id.set(accepted_request_id((environ or {}).get("HTTP_X_REQUEST_ID")))


def finish_request(sender=None, **kwargs) -> None:
    """`request_finished`: lines written between requests carry no id."""
    _request_id.set(None)


class RequestIdMiddleware:
    """First in MIDDLEWARE: sends the id back in the response, and gives it to the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = _request_id.get()
        token = None
        if request_id is None:  # called without the request signals (a handler of another kind)
            request_id = accepted_request_id(request.headers.get(REQUEST_ID_HEADER))
            token = _request_id.set(request_id)
        request.request_id = request_id
        try:
            response = self.get_response(request)
        finally:
            if token is not None:
                _request_id.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


# The attributes every LogRecord has; anything else on a record is an extra.
_RECORD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "request_id",
}


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        request_id = _request_id.get()
        if request_id is None and isinstance(record.args, dict):
            # gunicorn's access line: its atoms hold the response headers ("{x-request-id}o").
            request_id = record.args.get("{x-request-id}o") or None
            if request_id is not None and not _VALID_REQUEST_ID.match(str(request_id)):
                request_id = None
        record.request_id = request_id
        return True


_QUERY = re.compile(r"\?\S*")


class RedactionFilter(logging.Filter):
    """Cuts personal data out of the message, the traceback and the text extras of each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (
            record.name == "django.server"
            and isinstance(record.args, tuple)
            and record.args
            and isinstance(record.args[0], str)
        ):
            # The development server's access line: its request line without the query string.
            record.args = (_QUERY.sub("", record.args[0]), *record.args[1:])
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001  a bad format must not stop the line (or the caller)
            message = f"{record.msg!r} (its arguments did not fit the format)"
        record.msg, record.args = redact(str(message)), ()
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact_traceback(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for key, value in list(record.__dict__.items()):
            if key not in _RECORD_ATTRIBUTES and isinstance(value, str):
                setattr(record, key, redact(value))
        return True


_FRAME = re.compile(r'^\s*File "[^"]*", line \d+')


def redact_traceback(text: str) -> str:
    """The exception's text is cut like any message; the frames' file names are the code's own
    ("sqlite3/base.py") and stay readable."""
    lines = []
    for line in text.splitlines():
        frame = _FRAME.match(line)
        lines.append(line[: frame.end()] + redact(line[frame.end() :]) if frame else redact(line))
    return "\n".join(lines)


_PLAIN = (str, int, float, bool, type(None))


class JsonFormatter(_LibraryJsonFormatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, request_id, extras."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger", "exc_info": "traceback"})
        kwargs.setdefault("timestamp", "time")
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__("{levelname}{name}{message}{request_id}", *args, style="{", **kwargs)

    def add_fields(self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]) -> None:
        super().add_fields(log_data, record, message_dict)
        for key, value in list(log_data.items()):
            if key not in ("time", "traceback") and not isinstance(value, _PLAIN):
                del log_data[key]
        # The time first, as a reader scans for it.
        ordered = {"time": log_data.pop("time").isoformat(timespec="milliseconds"), **log_data}
        log_data.clear()
        log_data.update(ordered)


class TextFormatter(logging.Formatter):
    """Development: one readable line, with the request id when there is one."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        if getattr(record, "request_id", None) is None:
            record.request_id = "-"
        return super().format(record)


FILTERS = {
    "request_id": {"()": "cms.core.logs.RequestIdFilter"},
    "redaction": {"()": "cms.core.logs.RedactionFilter"},
}
FORMATTERS = {
    "json": {"()": "cms.core.logs.JsonFormatter"},
    "text": {"()": "cms.core.logs.TextFormatter"},
}


def logging_config(*, json: bool, level: str = "INFO", levels: dict[str, str] | None = None) -> dict:
    """The LOGGING setting: every record goes to standard error through one handler that carries
    the request id and the redaction; `json` chooses the format."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": FILTERS,
        "formatters": FORMATTERS,
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json" if json else "text",
                "filters": ["request_id", "redaction"],
            },
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # The development server's access lines have a handler of their own in Django's defaults,
            # without the filters: they go through ours instead.
            "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
            **{name: {"level": value} for name, value in (levels or {}).items()},
        },
    }
