"""Working days and due dates.

A working day is a weekday that is not an Azerbaijani public holiday (the `holidays` package,
country AZ, observed days included: when a holiday falls on a rest day the next working day is
off), unless the administrators' calendar of transferred days says otherwise. The government moves
rest and working days each year by decision; those rows override everything else.

Terms are counted from the day after registration. A term in calendar days that ends on a day off
ends on the next working day instead.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache

import holidays
from django.db.models import Q

from .models import CalendarException, DeadlineRule

# Holiday names are not used in the arithmetic; the language is fixed so that what the package
# returns does not depend on the machine's locale.
HOLIDAY_LANGUAGE = "en_US"


@lru_cache(maxsize=32)
def public_holidays(year: int) -> dict[datetime.date, str]:
    return dict(holidays.AZ(years=year, language=HOLIDAY_LANGUAGE, observed=True))


class WorkingCalendar:
    """Answers "is this a working day?" with the transferred days read once per calendar."""

    def __init__(self, exceptions: dict[datetime.date, bool] | None = None):
        if exceptions is None:
            exceptions = dict(CalendarException.objects.values_list("date", "is_working_day"))
        self.exceptions = exceptions

    def is_working_day(self, day: datetime.date) -> bool:
        if day in self.exceptions:
            return self.exceptions[day]
        return day.weekday() < 5 and day not in public_holidays(day.year)

    def next_working_day(self, day: datetime.date) -> datetime.date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += datetime.timedelta(days=1)
        return day

    def add_working_days(self, start: datetime.date, days: int) -> datetime.date:
        day, counted = start, 0
        while counted < days:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def add(self, start: datetime.date, days: int, unit: str) -> datetime.date:
        if unit == DeadlineRule.Unit.CALENDAR:
            return self.next_working_day(start + datetime.timedelta(days=days))
        return self.add_working_days(start, days)

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        while day < end:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


class NoDeadlineRule(LookupError):
    pass


def rule_for(purpose: str, kind: str, body: str) -> DeadlineRule:
    """The most specific active rule: kind and body, then kind, then body, then the general rule."""
    rule = rules_for((purpose,), kind, body).get(purpose)
    if rule is None:
        raise NoDeadlineRule(f"No active deadline rule for {purpose} / {kind} / {body}")
    return rule


def rules_for(purposes: tuple[str, ...], kind: str, body: str) -> dict[str, DeadlineRule]:
    """The rule `rule_for` chooses for each purpose that has one, read in one query."""
    candidates = DeadlineRule.objects.filter(
        Q(kind=kind) | Q(kind=""), Q(body=body) | Q(body=""), purpose__in=purposes, active=True
    )
    chosen: dict[str, DeadlineRule] = {}
    for rule in sorted(candidates, key=lambda rule: (rule.kind == "", rule.body == "")):
        chosen.setdefault(rule.purpose, rule)
    return chosen


@dataclass(frozen=True)
class Deadlines:
    due_date: datetime.date
    statutory: bool
    forward_by: datetime.date | None


def deadlines_at_registration(
    kind: str, body: str, registered_on: datetime.date, calendar: WorkingCalendar | None = None
) -> Deadlines:
    calendar = calendar or WorkingCalendar()
    answer_purpose, forwarding_purpose = DeadlineRule.Purpose.ANSWER, DeadlineRule.Purpose.FORWARDING
    rules = rules_for((answer_purpose, forwarding_purpose), kind, body)
    answer = rules.get(answer_purpose)
    if answer is None:
        raise NoDeadlineRule(f"No active deadline rule for {answer_purpose} / {kind} / {body}")
    due = calendar.add(registered_on, answer.days, answer.unit)
    forward_by = None
    if answer.statutory:
        forwarding = rules.get(forwarding_purpose)
        if forwarding is None:
            raise NoDeadlineRule(f"No active deadline rule for {forwarding_purpose} / {kind} / {body}")
        forward_by = calendar.add(registered_on, forwarding.days, forwarding.unit)
    return Deadlines(due_date=due, statutory=answer.statutory, forward_by=forward_by)


def study_due_date(
    kind: str, body: str, registered_on: datetime.date, calendar: WorkingCalendar | None = None
) -> datetime.date:
    """The due date when extra study is needed: the longer term, from the same registration date."""
    calendar = calendar or WorkingCalendar()
    rule = rule_for(DeadlineRule.Purpose.EXTENDED_STUDY, kind, body)
    return calendar.add(registered_on, rule.days, rule.unit)


def maximum_extension(kind: str, body: str) -> DeadlineRule:
    return rule_for(DeadlineRule.Purpose.EXTENSION, kind, body)


def extended_due_date(
    current_due: datetime.date, days: int, unit: str, calendar: WorkingCalendar | None = None
) -> datetime.date:
    """The due date moved on by an extension, counted from the current due date."""
    calendar = calendar or WorkingCalendar()
    return calendar.add(current_due, days, unit)


def due_soon_threshold(
    today: datetime.date, working_days: int, calendar: WorkingCalendar | None = None
) -> datetime.date:
    """Appeals due on or before this date (and not yet overdue) are "due soon"."""
    calendar = calendar or WorkingCalendar()
    return calendar.add_working_days(today, working_days)
