"""Search's reads (and its query log's writes) go through connections kept open for the life of
the worker.

Opening a database connection costs more than a search's own SQL on the demo (Django registers its
functions and runs the set-up statements on every new SQLite connection), and the web server may
open one per request (`CONN_MAX_AGE` 0, or the development server's thread per request). Searches
therefore borrow a connection from a small pool kept by the process: a worker that answers one
request at a time keeps exactly one; threads each borrow their own while they search.

Inside a transaction (a save that re-reads what it wrote, a test) the searches read through the
transaction's own connection instead, so that they see its uncommitted rows.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections


class ConnectionPool:
    def __init__(self, alias: str = DEFAULT_DB_ALIAS):
        self.alias = alias
        self._idle: list = []
        self._lock = threading.Lock()
        self.opened = 0  # connections created over the life of the pool (the tests read it)
        self._inherited: list = []  # the parent's, after a fork: kept unused (see `forked`)

    def acquire(self):
        with self._lock:
            if self._idle:
                return self._idle.pop()
            self.opened += 1
        wrapper = connections.create_connection(self.alias)
        # The pool hands a connection to one thread at a time, never to two at once.
        wrapper.inc_thread_sharing()
        return wrapper

    def release(self, wrapper) -> None:
        with self._lock:
            self._idle.append(wrapper)

    def discard(self, wrapper) -> None:
        try:
            wrapper.close()
        except DatabaseError:
            pass

    def close_all(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for wrapper in idle:
            self.discard(wrapper)

    def forked(self) -> None:
        """In a child process: start empty. The connections kept before the fork are the parent's
        (the same socket or database handle): on PostgreSQL two processes on one connection read
        each other's answers and one waits for ever; SQLite does not support a handle used across a
        fork at all. They are set aside, never closed or collected here: closing would end the
        parent's session too."""
        self._inherited += self._idle  # a grandparent's too, after a second fork
        self._idle = []
        self._lock = threading.Lock()
        self.opened = 0


pool = ConnectionPool()
# A process forked after searching (the benchmark's client processes, the build's readers and
# renderers) searches on connections of its own.
os.register_at_fork(after_in_child=pool.forked)


def pooled() -> bool:
    return settings.SEARCH_CONNECTION_POOL and not connection.in_atomic_block


@contextmanager
def reading():
    """A cursor for search's reads (Django's cursor: `%s` parameters on every database)."""
    if not pooled():
        with connection.cursor() as cursor:
            yield cursor
        return
    wrapper = pool.acquire()
    try:
        with wrapper.cursor() as cursor:
            yield cursor
    except DatabaseError:
        # A connection the database dropped (a restart) is not handed out again.
        pool.discard(wrapper)
        raise
    except BaseException:
        pool.release(wrapper)
        raise
    else:
        pool.release(wrapper)


def insert(instance) -> None:
    """Saves a new row of a simple model (no signals, no relations) through the kept connection,
    committed at once. The query log is written on every search: through the ORM it would open
    Django's own connection for the request, which costs more than the search (the development
    server opens one per request, as does a worker with `CONN_MAX_AGE` 0). In a transaction it is
    an ordinary save, part of the transaction."""
    if not pooled():
        instance.save(force_insert=True)
        return
    meta = instance._meta
    fields = [field for field in meta.concrete_fields if not field.primary_key]
    wrapper = pool.acquire()
    try:
        quote = wrapper.ops.quote_name
        values = [field.get_db_prep_save(field.pre_save(instance, add=True), connection=wrapper) for field in fields]
        sql = (
            f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(field.column) for field in fields)}) "
            f"VALUES ({', '.join(['%s'] * len(fields))})"
        )
        with wrapper.cursor() as cursor:
            cursor.execute(sql, values)
    except DatabaseError:
        pool.discard(wrapper)
        raise
    except BaseException:
        pool.release(wrapper)
        raise
    else:
        pool.release(wrapper)


def fetch_all(sql: str, params: list | tuple = ()) -> list[tuple]:
    with reading() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
