"""Test settings: fast password hashing, in-memory mail, immediate tasks.

`DATABASE_URL` chooses the database exactly as in production, so CI runs the suite on
PostgreSQL; without it the suite runs on SQLite.
"""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

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
