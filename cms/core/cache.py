"""Django's database cache, with an `add` and an `incr` that hold when several processes count at once.

Django's `DatabaseCache.incr` reads the value and writes the sum back: two workers that count at
the same moment both write the same sum, and one count is lost. The rate limits (limits.py) count
in the cache, and the database cache is their shared store in the demo and the tests (Redis, whose
INCR is atomic, in production). Here the write is a compare-and-set: the row is updated only if it
still holds the value that was read, and read again if not. One statement, no lock held, the same
on SQLite and PostgreSQL; `add` is one statement too (see there).
"""

from __future__ import annotations

import base64
import pickle
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router
from django.utils.timezone import now as tz_now

# Each failed attempt means another process's count went in: progress is certain, so this is only
# a bound for a pathological case.
ATTEMPTS = 100


class DatabaseCache(DjangoDatabaseCache):
    _table: str  # the table's name, set by Django's BaseDatabaseCache (its stubs leave it out)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        """One INSERT … ON CONFLICT statement (SQLite and PostgreSQL): a key that exists and has not
        expired is left alone, whoever else is adding it at the same moment.

        Django's own `add` reads, then inserts, in a transaction; on SQLite a second process that
        read before the first one committed fails at once instead of waiting, and answers False
        for a key it cannot yet see. A single statement waits for the lock like any other write."""
        connection = connections[router.db_for_write(self.cache_model_class)]
        if connection.vendor not in ("sqlite", "postgresql"):
            return super().add(key, value, timeout, version)
        key = self.make_and_validate_key(key, version=version)
        timeout = self.get_backend_timeout(timeout)
        expires = (
            datetime.max if timeout is None else datetime.fromtimestamp(timeout, tz=UTC if settings.USE_TZ else None)
        )
        quote = connection.ops.quote_name
        table = quote(self._table)
        now = connection.ops.adapt_datetimefield_value(tz_now())
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({quote('cache_key')}, {quote('value')}, {quote('expires')}) VALUES (%s, %s, %s) "
                f"ON CONFLICT ({quote('cache_key')}) DO UPDATE SET {quote('value')} = EXCLUDED.{quote('value')}, "
                f"{quote('expires')} = EXCLUDED.{quote('expires')} WHERE {table}.{quote('expires')} < %s",
                [
                    key,
                    self._encode(value),
                    connection.ops.adapt_datetimefield_value(expires.replace(microsecond=0)),
                    now,
                ],
            )
            added = cursor.rowcount == 1
            if added:
                # Django removes expired entries only past MAX_ENTRIES; a new counter clears the old ones.
                cursor.execute(f"DELETE FROM {table} WHERE {quote('expires')} < %s", [now])
        return added

    def _encode(self, value) -> str:
        return base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        connection = connections[router.db_for_write(self.cache_model_class)]
        quote = connection.ops.quote_name
        table, key_column, value_column = quote(self._table), quote("cache_key"), quote("value")
        now = connection.ops.adapt_datetimefield_value(tz_now())
        with connection.cursor() as cursor:
            for _attempt in range(ATTEMPTS):
                cursor.execute(
                    f"SELECT {value_column} FROM {table} WHERE {key_column} = %s AND {quote('expires')} >= %s",
                    [key, now],
                )
                row = cursor.fetchone()
                if row is None:
                    raise ValueError(f"Key '{key}' not found.")
                stored = connection.ops.process_clob(row[0])
                value = pickle.loads(base64.b64decode(stored.encode())) + delta
                encoded = self._encode(value)
                cursor.execute(
                    f"UPDATE {table} SET {value_column} = %s WHERE {key_column} = %s AND {value_column} = %s",
                    [encoded, key, stored],
                )
                if cursor.rowcount == 1:
                    return value
        raise RuntimeError(f"The cache key '{key}' changed {ATTEMPTS} times while it was being counted.")
