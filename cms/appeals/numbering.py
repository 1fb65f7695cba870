"""Registration numbers: MIN-2026-000123, AZP-2026-000123 (enquiries: ENQ-2026-000007).

One counter row per series and year, locked with SELECT … FOR UPDATE inside the registering
transaction: a number is taken only if the appeal that carries it is committed, so the sequence has
no gaps and no duplicates however many appeals arrive at once. On SQLite the write lock taken by the
transaction serialises registrations in the same way.
"""

from __future__ import annotations

from django.db import transaction

from .models import RegistrationCounter

ENQUIRY_SERIES = "ENQ"


def format_number(series: str, year: int, value: int) -> str:
    return f"{series}-{year}-{value:06d}"


def next_number(series: str, year: int) -> str:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_number() must run inside the registering transaction")
    # Create the year's row if it is the first registration of the year; a concurrent creator is
    # ignored (ON CONFLICT DO NOTHING), and both then queue on the row lock below.
    RegistrationCounter.objects.bulk_create(
        [RegistrationCounter(series=series, year=year, last_number=0)], ignore_conflicts=True
    )
    counter = RegistrationCounter.objects.select_for_update().get(series=series, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return format_number(series, year, counter.last_number)
