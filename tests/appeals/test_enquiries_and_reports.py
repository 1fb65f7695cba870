"""The public enquiry form (confirmation, robots, rate limit) and the staff reports."""

import csv
import datetime
import io
import re
import time

import pytest
from django.core.cache import cache
from django.core.signing import TimestampSigner, b62_encode
from django.test import Client
from django.utils import translation
from openpyxl import load_workbook

from cms.appeals import enquiries, reports
from cms.appeals.models import Appeal, Body, Kind, OutboxMessage, PendingEnquiry, Role, Status
from cms.appeals.staff import act, inbox

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


def aged_stamp(seconds: int) -> str:
    """A form stamp signed as if the form had been shown `seconds` ago."""
    signer = TimestampSigner(salt="appeals.enquiry.started")
    unsigned = f"form{signer.sep}{b62_encode(int(time.time()) - seconds)}"
    return f"{unsigned}{signer.sep}{signer.signature(unsigned)}"


def enquiry_data(**overrides):
    data = {
        "name": "Maria Rossi", "company": "Adriatica Foods S.p.A.", "country": "Italy", "email": "maria@example.it",
        "category": factories.category("customs").pk, "text": "Which customs duties apply to olive oil imports?",
        "consent": "on", "website": "", "started": aged_stamp(30),
    }  # fmt: skip
    data.update(overrides)
    return data


def test_an_enquiry_enters_the_queue_only_after_the_email_link_is_opened(settings, django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/enquiry/", enquiry_data())
    assert response.status_code == 200
    assert Appeal.objects.count() == 0
    pending = PendingEnquiry.objects.get()
    confirmation = OutboxMessage.objects.get(to="maria@example.it")
    link = re.search(r"https?://\S+/en/enquiry/confirm/\S+/", confirmation.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    with django_capture_on_commit_callbacks(execute=True):
        page = client.get("/" + path)
    assert page.status_code == 200
    appeal = Appeal.objects.get()
    assert (appeal.kind, appeal.body, appeal.status, appeal.statutory) == (
        Kind.ENQUIRY,
        Body.AZPROMO,
        Status.REGISTERED,
        False,
    )
    assert appeal.number.startswith("ENQ-")
    assert appeal.number in page.content.decode()
    pending.refresh_from_db()
    assert pending.appeal == appeal
    # Opening the link again registers nothing new.
    assert client.get("/" + path).status_code == 200
    assert Appeal.objects.count() == 1
    # Handled in the same inbox as the appeals, by AZPROMO staff.
    assert appeal in inbox(factories.staff(Body.AZPROMO, Role.REGISTRAR))
    assert appeal not in inbox(factories.staff(Body.MINISTRY, Role.SUPERVISOR))


@pytest.mark.parametrize(
    "overrides",
    [
        {"website": "http://spam.example"},
        {"started": lambda: aged_stamp(0)},
        {"started": "forged"},
        {"text": "Buy now http://a.example http://b.example www.c.example"},
    ],
    ids=["honeypot", "too-fast", "forged-stamp", "too-many-links"],
)
def test_automated_enquiries_are_refused(overrides):
    overrides = {key: value() if callable(value) else value for key, value in overrides.items()}
    response = Client().post("/en/enquiry/", enquiry_data(**overrides))
    assert response.status_code == 400
    assert PendingEnquiry.objects.count() == 0
    assert OutboxMessage.objects.count() == 0


def test_enquiries_are_rate_limited_per_address(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "enquiry": "2/hour"}
    client = Client()
    answers = [client.post("/en/enquiry/", enquiry_data()) for _ in range(3)]
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    assert 0 < int(answers[2]["Retry-After"]) <= 3600
    assert "Please try again in" in answers[2].content.decode()
    assert PendingEnquiry.objects.count() == 2


def test_an_expired_or_unknown_link_registers_nothing():
    pending = enquiries.create_pending(
        name="A", company="", country="France", email="a@example.fr", category=factories.category(), text="Question",
        language="en", consent=True, confirm_url=lambda token: token,
    )  # fmt: skip
    token = OutboxMessage.objects.get(to="a@example.fr").body.split("\n")[1]
    later = pending.created_at + datetime.timedelta(hours=49)
    with pytest.raises(enquiries.InvalidConfirmation):
        enquiries.confirm(token, now=later)
    with pytest.raises(enquiries.InvalidConfirmation):
        enquiries.confirm("not-a-token")
    assert Appeal.objects.count() == 0


def test_reports_count_rates_and_export(settings):
    settings.APPEALS_DELIVER_ON_COMMIT = False
    filer = factories.person()
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    on_time = factories.registered(filer, on=datetime.date(2026, 2, 2))
    late = factories.registered(
        filer, on=datetime.date(2026, 1, 5), kind=Kind.COMPLAINT, category=factories.category("customs")
    )
    factories.registered(filer, on=datetime.date(2026, 2, 3), body=Body.AZPROMO)  # another body: not counted
    open_overdue = factories.registered(filer, on=datetime.date(2026, 1, 6))
    from cms.appeals.workflow import HANDLER, Actor, perform

    for appeal, answered_on in (
        (on_time, datetime.datetime(2026, 2, 9, 12)),
        (late, datetime.datetime(2026, 3, 2, 12)),
    ):
        act(registrar, appeal, "assign", assignee=handler)
        act(handler, appeal, "start_review")
        perform(
            appeal, "answer", Actor(handler, HANDLER), comment="Cavab.", now=answered_on.replace(tzinfo=factories.BAKU)
        )

    with translation.override("en"):
        report = reports.build(
            registrar, start=datetime.date(2026, 1, 1), end=datetime.date(2026, 3, 31), today=datetime.date(2026, 3, 31)
        )
    assert report.total == 3
    assert dict(report.by_kind) == {"Application": 2, "Complaint": 1}
    assert report.by_month == [("2026-01", 2), ("2026-02", 1)]
    assert (report.answered, report.answered_on_time) == (2, 1)
    assert report.on_time_rate == 0.5
    # Registered at 10:00, answered at 12:00: 7 days 2 hours (2 → 9 February) and 56 days 2 hours
    # (5 January → 2 March); the median of two is their mean.
    assert report.median_days_to_answer == pytest.approx((7 + 56) / 2 + 2 / 24, abs=0.001)
    assert [a.number for a in report.overdue] == [open_overdue.number]

    rows = list(csv.reader(io.StringIO(reports.to_csv(report).lstrip("\ufeff"))))
    assert [open_overdue.number, open_overdue.due_date.isoformat()] == rows[-1][:2]
    sheet = load_workbook(io.BytesIO(reports.to_xlsx(report))).active
    assert sheet["B2"].value == 3
    assert "<svg" in reports.bar_chart(report.by_status)

    client = Client()
    client.force_login(registrar)
    page = client.get("/admin/appeals/reports/?from=2026-01-01&to=2026-03-31")
    assert page.status_code == 200 and "<svg" in page.content.decode()
    export = client.get("/admin/appeals/reports/?from=2026-01-01&to=2026-03-31&format=xlsx")
    assert export["Content-Type"] == reports.XLSX_TYPE
