"""Registration numbers: MIN-2026-000123, AZP-2026-000123 (enquiries: ENQ-2026-000007).

One counter row per series and year. The registering transaction takes the next number from it as
its last statement: the counter's row lock is held from that statement to the commit, and a number
is taken only if the appeal that carries it is committed, so the sequence has no gaps and no
duplicates however many appeals arrive at once. On SQLite the write lock taken by the transaction
serialises registrations in the same way.

The counter is the one point where registrations queue behind each other, so everything else is
written before it: the appeal row, its events and its acknowledgement carry a placeholder (`slot()`)
where the number goes, and `take()` puts the number in all of them in the same statement that
counts it (on PostgreSQL; one statement each elsewhere). Between that statement and the commit
the process does nothing else, so a registration holds the lock for about one round trip to the
database, not for the whole of its work.
"""

from __future__ import annotations

import json
import secrets

from django.db import connection, transaction
from django.db.models import Value
from django.db.models.functions import Replace

from .models import Appeal, AppealEvent, OutboxMessage, RegistrationCounter

ENQUIRY_SERIES = "ENQ"
# A slot is as long as a number of six digits ("MIN-2026-000123"), so that a text cut to its
# field's length is cut at the same place either way; "~" starts no number.
SLOT_LENGTH = 15


def format_number(series: str, year: int, value: int) -> str:
    return f"{series}-{year}-{value:06d}"


def slot() -> str:
    """A placeholder for a number not taken yet: random, so no applicant's text can contain it."""
    return "~" + secrets.token_hex((SLOT_LENGTH - 1) // 2)


def take(series: str, year: int, *, appeal: Appeal, slot: str) -> str:
    """Takes the next number of the series and writes it where `slot` stands: the appeal's number,
    its events' details and its outbox messages. Must be the registering transaction's last
    statement (see the module). Returns the number and sets it on `appeal`."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("numbering.take() must run inside the registering transaction")
    number = _take(series, year, appeal.pk, slot)
    if number is None:
        # The first registration of the year in this series: create the row (a concurrent creator
        # is ignored, ON CONFLICT DO NOTHING) and count again; both then queue on its row lock.
        RegistrationCounter.objects.bulk_create(
            [RegistrationCounter(series=series, year=year, last_number=0)], ignore_conflicts=True
        )
        number = _take(series, year, appeal.pk, slot)
    if number is None:
        raise RuntimeError(f"appeal {appeal.pk} does not carry the slot {slot!r}")
    appeal.number = number
    return number


def _take(series: str, year: int, appeal_id: int, slot: str) -> str | None:
    if connection.vendor == "postgresql":
        return _take_in_one_statement(series, year, appeal_id, slot)
    return _take_step_by_step(series, year, appeal_id, slot)


def _take_in_one_statement(series: str, year: int, appeal_id: int, slot: str) -> str | None:
    counter, appeal, event, outbox = (
        connection.ops.quote_name(model._meta.db_table)
        for model in (RegistrationCounter, Appeal, AppealEvent, OutboxMessage)
    )
    # The number is formatted as format_number() does: six digits at least, more when needed.
    sql = f"""
        WITH taken AS (
            UPDATE {counter} SET last_number = last_number + 1
            WHERE series = %(series)s AND year = %(year)s RETURNING last_number
        ), numbered AS (
            UPDATE {appeal} SET number = %(prefix)s || lpad(taken.last_number::text, greatest(6, length(taken.last_number::text)), '0')
            FROM taken WHERE {appeal}.id = %(appeal)s AND {appeal}.number = %(slot)s
            RETURNING {appeal}.number
        ), events AS (
            UPDATE {event} SET detail = replace({event}.detail::text, %(slot)s, numbered.number)::jsonb
            FROM numbered WHERE {event}.appeal_id = %(appeal)s AND strpos({event}.detail::text, %(slot)s) > 0
        ), mails AS (
            UPDATE {outbox} SET subject = replace({outbox}.subject, %(slot)s, numbered.number),
                body = replace({outbox}.body, %(slot)s, numbered.number)
            FROM numbered WHERE {outbox}.appeal_id = %(appeal)s
                AND (strpos({outbox}.subject, %(slot)s) > 0 OR strpos({outbox}.body, %(slot)s) > 0)
        )
        SELECT number FROM numbered
    """  # noqa: S608 (names from the models' own metadata, values as parameters)
    params: dict[str, str | int] = {
        "series": series,
        "year": year,
        "prefix": f"{series}-{year}-",
        "appeal": appeal_id,
        "slot": slot,
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return row[0] if row else None


def _take_step_by_step(series: str, year: int, appeal_id: int, slot: str) -> str | None:
    """SQLite: its database-wide write lock serialises registrations anyway; the same writes, one by one."""
    table = connection.ops.quote_name(RegistrationCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET last_number = last_number + 1 WHERE series = %s AND year = %s RETURNING last_number",
            [series, year],
        )  # noqa: S608
        row = cursor.fetchone()
    if row is None:
        return None
    number = format_number(series, year, row[0])
    if not Appeal.objects.filter(pk=appeal_id, number=slot).update(number=number):
        raise RuntimeError(f"appeal {appeal_id} does not carry the slot {slot!r}")
    for event in AppealEvent.objects.filter(appeal_id=appeal_id):
        text = json.dumps(event.detail)
        if slot in text:
            AppealEvent.objects.filter(pk=event.pk).update(detail=json.loads(text.replace(slot, number)))
    OutboxMessage.objects.filter(appeal_id=appeal_id).update(
        subject=Replace("subject", Value(slot), Value(number)), body=Replace("body", Value(slot), Value(number))
    )
    return number
