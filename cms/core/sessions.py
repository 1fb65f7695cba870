"""Sessions in the database, as Django keeps them, except when the database itself is out of reach.

Django's database store reads any database error while saving a session as "the session was
deleted meanwhile" and the request then answers 400 (SessionInterrupted). During a PostgreSQL
restart that turns a submission that was filed into an answer that blames the request. Here an
operational error (a lost or refused connection) goes on as itself, and the request answers 503 with
Retry-After like every other request that needs the database then (cms/core/errors.py).
"""

from __future__ import annotations

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.backends.base import UpdateError

from .errors import database_unreachable


class SessionStore(DatabaseSessionStore):
    def save(self, must_create=False):
        try:
            return super().save(must_create=must_create)
        except UpdateError as exc:
            if database_unreachable(exc.__context__):
                raise exc.__context__ from None
            raise
