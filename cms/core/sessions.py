"""Sessions in the database, as Django keeps them, except when the database itself is out of reach.

Django's database store reads any database error while saving a session as "the session was
deleted meanwhile" and the request then answers 400 (SessionInterrupted). During a PostgreSQL
restart that turns a submission that was filed into an answer that blames the request. Here an
operational error (a lost or refused connection) goes on as itself, and the request answers 503 with
Retry-After like every other request that needs the database then (cms/core/errors.py).

Every signed-in request of an applicant writes its session (the time it was last seen,
cms/accounts/middleware.py). Django wraps that write in a transaction of its own, which on
PostgreSQL is three round trips (BEGIN, UPDATE, COMMIT) for one statement; an existing session is
written here with the UPDATE alone, which is atomic by itself, when no transaction is open (as in a
request: the portal does not run requests in one). Inside a transaction, and to create a session,
it still goes through Django, whose savepoint keeps a failed write from spoiling the caller's
transaction.
"""

from __future__ import annotations

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import DatabaseError, connections, router

from .errors import database_unreachable


class SessionStore(DatabaseSessionStore):
    def save(self, must_create=False):
        if not must_create and self.session_key is not None and not connections[self._db_for_write()].in_atomic_block:
            return self._update()
        try:
            return super().save(must_create=must_create)
        except UpdateError as exc:
            if database_unreachable(exc.__context__):
                raise exc.__context__ from None
            raise

    def _db_for_write(self) -> str:
        return router.db_for_write(self.model)

    def _update(self) -> None:
        obj = self.create_model_instance(self._get_session())  # type: ignore[attr-defined]  # SessionBase's, not in the stubs
        using = router.db_for_write(self.model, instance=obj)
        try:
            # One UPDATE; no row updated (the session was deleted meanwhile) is a DatabaseError.
            obj.save(force_update=True, using=using)
        except DatabaseError as exc:
            if database_unreachable(exc):
                raise
            raise UpdateError from exc
