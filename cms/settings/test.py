"""Test settings: fast password hashing, in-memory mail, immediate tasks.

`DATABASE_URL` chooses the database exactly as in production, so CI runs the suite on
PostgreSQL; without it the suite runs on SQLite.
"""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .environment import env_bool, env_str
from .sign_on import development_provider

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="invest-az-test-media-"))
# Tests build the static site into a folder of their own, never into the developer's dist/.
DIST_DIR = Path(tempfile.mkdtemp(prefix="invest-az-test-dist-")) / "dist"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A test database in a file, not Django's shared in-memory one: in shared-cache mode SQLite
    # answers "database table is locked" at once instead of waiting, which the live server's
    # threads (an editor's page saved as they type while another request writes) run into; a
    # file has WAL and the busy timeout, as the demo and production's SQLite have.
    DATABASES["default"]["TEST"] = {"NAME": str(Path(tempfile.mkdtemp(prefix="invest-az-test-db-")) / "test.sqlite3")}  # noqa: F405

# The development identity provider under /dev-idp/ and the sign-on client pointed at it.
DEV_IDP_ENABLED = env_bool("DEV_IDP_ENABLED", True)
if DEV_IDP_ENABLED:
    INSTALLED_APPS = [*INSTALLED_APPS, "oauth2_provider"]  # noqa: F405
    _provider = development_provider(VAR_DIR)  # noqa: F405
    EHIS_SSO, EHIS_EXCHANGE, OAUTH2_PROVIDER = (
        _provider["EHIS_SSO"],
        _provider["EHIS_EXCHANGE"],
        _provider["OAUTH2_PROVIDER"],
    )

# Other suites log editors into the admin with force_login, which has no second factor; the tests
# of the second factor (tests/accounts) switch it back on.
STAFF_TWO_FACTOR_REQUIRED = False

# Appeals: attachments of the test run in a folder of their own.
APPEALS_PRIVATE_ROOT = Path(tempfile.mkdtemp(prefix="invest-az-test-private-"))
BACKUP_DIR = Path(tempfile.mkdtemp(prefix="invest-az-test-backups-"))

# Journeys sign in, search and file many times from one address within minutes, which the limits
# a person meets would stop. The tests of the limits set their own (in settings, or through the
# environment for the worker processes they start: tests/core/test_limits.py).
# No background reading of phrase lists: a test's searches see the index of its own transaction
# (the tests of the read-ahead call it themselves).
SEARCH_WARM_PHRASE_ENTRIES = 0

RATE_LIMITS = {name: env_str(f"RATE_LIMIT_{name.upper()}", "100000/hour") for name in RATE_LIMITS}  # noqa: F405
