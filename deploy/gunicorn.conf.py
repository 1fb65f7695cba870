"""gunicorn's settings for the portal: its own error and access logs in the application's format.

The error log and the access log go through the same filters as the application's lines
(cms/core/logs.py): the request id and the redaction of personal data; one JSON object a line
unless LOG_FORMAT=text. The access line never holds a query string: `%(U)s` is the path alone
(never `%(r)s` or `%(q)s`), so a search term, a FIN typed into a form or a sign-on code is not
kept. Its `request_id` is the one the application sent back (X-Request-ID), the same id as
nginx's access line and every line the request wrote.

Used by deploy/Dockerfile (`gunicorn --config deploy/gunicorn.conf.py`) and tests/deploy.
"""

import os
import sys
from pathlib import Path

# The configuration is read before gunicorn imports the application: make the project importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cms.core.logs import FILTERS, FORMATTERS  # noqa: E402

_format = "json" if os.environ.get("LOG_FORMAT", "json") == "json" else "text"

accesslog = "-"
# The request id comes as a field of its own (cms.core.logs.RequestIdFilter reads the response header).
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'

logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": FILTERS,
    "formatters": FORMATTERS,
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": _format, "filters": ["request_id", "redaction"], "stream": "ext://sys.stdout"},
        "error_console": {"class": "logging.StreamHandler", "formatter": _format, "filters": ["request_id", "redaction"], "stream": "ext://sys.stderr"},
    },
    "root": {"level": "INFO", "handlers": ["error_console"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False, "qualname": "gunicorn.error"},
        "gunicorn.access": {"level": "INFO", "handlers": ["console"], "propagate": False, "qualname": "gunicorn.access"},
    },
}
