"""Due dates from the rules and the Azerbaijani calendar.

What `holidays.AZ(years=2026, language="en_US")` lists around the spring holidays of 2026 (checked
when these tests were written):

    Fri 20 Mar  Eid al-Fitr; Spring Festival (Novruz)
    Sat 21 Mar  Eid al-Fitr; Spring Festival
    Sun 22 Mar  Spring Festival
    Mon 23 Mar  Spring Festival
    Tue 24 Mar  Spring Festival
    Wed 25 Mar  Eid al-Fitr (observed)
    Thu 26 Mar  Spring Festival (observed)
    Fri 27 Mar  Spring Festival (observed)
    Mon 30 Mar  Eid al-Fitr (observed)

and later in spring: Sat 9 May Victory over Fascism Day (observed Mon 11 May); Wed 27 – Fri 29 May
Eid al-Adha and Independence Day (29 May observed).
"""

import datetime

import holidays
import pytest

from cms.appeals import deadlines
from cms.appeals.models import Body, CalendarException, DeadlineRule, Kind, Status
from cms.appeals.workflow import HANDLER, REGISTRAR, Actor, perform

from . import factories

D = datetime.date
pytestmark = pytest.mark.django_db


def test_the_holiday_list_the_expectations_rest_on():
    listed = holidays.AZ(years=2026, language="en_US")
    spring = sorted(day for day in listed if D(2026, 3, 19) <= day <= D(2026, 3, 31))
    assert spring == [D(2026, 3, d) for d in (20, 21, 22, 23, 24, 25, 26, 27, 30)]
    assert "observed" in listed[D(2026, 3, 30)]


def test_appeal_due_date_skips_novruz_and_ramadan_holidays_and_their_observed_days():
    # Registered on Thursday 19 March 2026, the last working day before the holidays. The term is
    # 15 working days, counted from the next day. Fri 20 – Tue 24 (holidays), Wed 25 – Fri 27 and
    # Mon 30 (observed days) and the weekend of 28–29 are skipped, so the first working day is
    # Tue 31 March (1). Then 1, 2, 3 April (2–4), 6–10 April (5–9), 13–17 April (10–14) and
    # Mon 20 April (15).
    appeal = factories.registered(factories.person(), on=D(2026, 3, 19))
    assert appeal.status == Status.REGISTERED
    assert appeal.registered_on == D(2026, 3, 19)
    assert appeal.due_date == D(2026, 4, 20)
    # Without the holidays the same count would have ended on Thursday 9 April.
    assert D(2026, 4, 9) != appeal.due_date


def test_forwarding_deadline_is_three_working_days_after_registration():
    # 19 March + 3 working days: Tue 31 March, Wed 1 April, Thu 2 April.
    appeal = factories.registered(factories.person(), on=D(2026, 3, 19))
    assert appeal.forward_by == D(2026, 4, 2)


def test_a_transferred_working_day_counts_and_a_transferred_rest_day_does_not():
    # The government makes Saturday 28 March a working day: the forwarding term becomes
    # Sat 28 March, Tue 31 March, Wed 1 April.
    CalendarException.objects.create(date=D(2026, 3, 28), is_working_day=True, note="Transfer decision")
    calendar = deadlines.WorkingCalendar()
    assert calendar.add_working_days(D(2026, 3, 19), 3) == D(2026, 4, 1)
    # And a weekday declared a rest day is skipped: Tuesday 31 March off moves it to Thursday 2 April.
    CalendarException.objects.create(date=D(2026, 3, 31), is_working_day=False, note="Transfer decision")
    calendar = deadlines.WorkingCalendar()
    assert calendar.add_working_days(D(2026, 3, 19), 3) == D(2026, 4, 2)


def test_a_calendar_day_rule_ending_on_a_day_off_ends_on_the_next_working_day():
    DeadlineRule.objects.filter(purpose="answer", kind="", body="").update(days=5, unit="calendar")
    # 17 March + 5 calendar days = Sunday 22 March (Novruz); the next working day is Tue 31 March.
    appeal = factories.registered(factories.person(), on=D(2026, 3, 17))
    assert appeal.due_date == D(2026, 3, 31)


def test_the_most_specific_rule_wins():
    DeadlineRule.objects.create(purpose="answer", kind=Kind.COMPLAINT, body=Body.AZPROMO, days=10, unit="working")
    complaint = factories.registered(factories.person(), on=D(2026, 4, 1), kind=Kind.COMPLAINT, body=Body.AZPROMO)
    other = factories.registered(factories.person(), on=D(2026, 4, 1), kind=Kind.COMPLAINT, body=Body.MINISTRY)
    # 1 April + 10 working days: 2, 3, 6–10, 13, 14, 15 April.
    assert complaint.due_date == D(2026, 4, 15)
    # 1 April + 15 working days: … 15, 16, 17, 20, 21, 22 April.
    assert other.due_date == D(2026, 4, 22)


def _in_review(appeal, body=Body.MINISTRY):
    registrar = factories.staff(body, "registrar")
    handler = factories.staff(body, "handler")
    perform(appeal, "assign", Actor(registrar, REGISTRAR), assignee=handler)
    perform(appeal, "start_review", Actor(handler, HANDLER))
    return handler


def test_extension_when_information_is_requested_counts_from_the_due_date():
    appeal = factories.registered(factories.person(), on=D(2026, 3, 19))  # due Mon 20 April
    handler = _in_review(appeal)
    perform(
        appeal,
        "request_information",
        Actor(handler, HANDLER),
        comment="Vergi orqanının rəyi lazımdır.",
        extension_days=30,
    )
    appeal.refresh_from_db()
    # 30 working days after 20 April: 21–24 April (4), 27–30 April (8), Fri 1 May (9), 4–8 May (14),
    # Mon 11 May is the observed Victory over Fascism Day, 12–15 May (18), 18–22 May (23),
    # 25–26 May (25), 27–29 May are Eid al-Adha and Independence Day, 1–5 June (30).
    assert appeal.due_date == D(2026, 6, 5)
    assert appeal.extended_days == 30


def test_an_extension_beyond_the_maximum_is_refused_and_changes_nothing():
    appeal = factories.registered(factories.person(), on=D(2026, 3, 19))
    handler = _in_review(appeal)
    from cms.appeals.workflow import TransitionError

    with pytest.raises(TransitionError):
        perform(appeal, "request_information", Actor(handler, HANDLER), comment="Məlumat lazımdır.", extension_days=31)
    appeal.refresh_from_db()
    assert appeal.due_date == D(2026, 4, 20)
    assert appeal.status == Status.IN_REVIEW
    assert appeal.extended_days == 0


def test_extra_study_uses_the_longer_term_from_the_registration_date():
    appeal = factories.registered(factories.person(), on=D(2026, 3, 19))
    handler = _in_review(appeal)
    perform(appeal, "extend_for_study", Actor(handler, HANDLER), comment="Əlavə yoxlama tələb olunur.")
    appeal.refresh_from_db()
    # 30 working days from 19 March: the 15th is 20 April (above), then 21–24 (19), 27–30 April
    # (23), 1 May (24), 4–8 May (29), Tue 12 May (30; Mon 11 May is the observed holiday).
    assert appeal.due_date == D(2026, 5, 12)


def test_an_enquiry_gets_the_internal_target_and_no_statutory_clock():
    limits = deadlines.deadlines_at_registration(Kind.ENQUIRY, Body.AZPROMO, D(2026, 3, 19))
    # Five working days: 31 March, 1, 2, 3 and 6 April.
    assert limits.due_date == D(2026, 4, 6)
    assert limits.statutory is False
    assert limits.forward_by is None


def test_due_soon_and_overdue_are_read_from_the_stored_date():
    appeal = factories.registered(factories.person(), on=D(2026, 3, 19))
    assert not appeal.is_overdue(today=D(2026, 4, 20))
    assert appeal.is_overdue(today=D(2026, 4, 21))
    # A later change of the rule does not move a date already given.
    DeadlineRule.objects.filter(purpose="answer", kind="", body="").update(days=5)
    appeal.refresh_from_db()
    assert appeal.due_date == D(2026, 4, 20)
    # Three working days before 20 April: from Wed 15 April on, it is due soon.
    assert deadlines.due_soon_threshold(D(2026, 4, 15), 3) == D(2026, 4, 20)


@pytest.mark.django_db
def test_overdue_and_due_soon_have_one_definition_for_lists_and_for_one_appeal():
    """`Appeal.objects.overdue`, `.due_soon` and `Appeal.is_overdue` agree: open and past the due
    date is overdue; open, not past it and due by the threshold is due soon; an answered appeal is
    neither, however late."""
    from cms.appeals.models import Appeal

    filer = factories.person()
    today = datetime.date(2026, 6, 15)
    late, soon, later, answered = (factories.registered(filer, on=datetime.date(2026, 4, 1)) for _ in range(4))
    Appeal.objects.filter(pk=late.pk).update(due_date=datetime.date(2026, 6, 12))
    Appeal.objects.filter(pk=soon.pk).update(due_date=datetime.date(2026, 6, 17))
    Appeal.objects.filter(pk=later.pk).update(due_date=datetime.date(2026, 7, 30))
    Appeal.objects.filter(pk=answered.pk).update(due_date=datetime.date(2026, 6, 1), status=Status.ANSWERED)
    threshold = datetime.date(2026, 6, 18)

    assert set(Appeal.objects.overdue(today)) == {late}
    assert set(Appeal.objects.due_soon(today, threshold)) == {soon}
    assert set(Appeal.objects.open()) == {late, soon, later}
    assert [a.pk for a in Appeal.objects.all() if a.is_overdue(today)] == [late.pk]
