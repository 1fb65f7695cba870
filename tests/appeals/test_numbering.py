"""Registration numbers are taken last in the registering transaction (cms/appeals/numbering.py).

The appeal, its events and its acknowledgement are written first with a placeholder where the
number goes; these pin that the placeholder never survives, that a submission that fails uses up
no number and leaves no file, and that the number reads the same on every row that carries it.
Run on SQLite by default and on PostgreSQL (the one-statement path) with DATABASE_URL.
"""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.appeals import services
from cms.appeals.deadlines import NoDeadlineRule
from cms.appeals.models import Appeal, AppealEvent, Attachment, DeadlineRule, OutboxMessage, RegistrationCounter, Status
from cms.appeals.numbering import format_number
from cms.appeals.workflow import TransitionError

from . import factories

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def private_files(settings):
    root = settings.APPEALS_PRIVATE_ROOT
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def counter(year: int | None = None) -> int:
    year = year or datetime.date.today().year
    row = RegistrationCounter.objects.filter(series="MIN", year=year).first()
    return row.last_number if row else 0


def test_the_number_is_on_the_appeal_its_registration_event_and_its_acknowledgement():
    person = factories.person(email="aysel@example.az")
    first = factories.registered(person)
    second = factories.registered(person)
    year = first.registered_on.year
    assert (first.number, second.number) == (format_number("MIN", year, 1), format_number("MIN", year, 2))
    for appeal in (first, second):
        stored = Appeal.objects.get(pk=appeal.pk)
        assert stored.number == appeal.number and stored.status == Status.REGISTERED
        event = AppealEvent.objects.get(appeal=appeal, action="register")
        assert event.detail == {"number": appeal.number, "due_date": stored.due_date.isoformat()}
        assert [e.action for e in AppealEvent.objects.filter(appeal=appeal)] == ["submit", "register"]
        mail = OutboxMessage.objects.get(appeal=appeal)
        assert appeal.number in mail.subject and appeal.number in mail.body
    # No placeholder is left anywhere (a placeholder starts with "~", which no number does).
    assert not Appeal.objects.filter(number__startswith="~").exists()
    assert not OutboxMessage.objects.filter(subject__contains="~").exists()
    assert not OutboxMessage.objects.filter(body__contains="~").exists()
    assert not any("~" in str(e.detail) for e in AppealEvent.objects.all())


def test_the_applicants_own_text_reaches_the_acknowledgement_unchanged():
    person = factories.person(email="aysel@example.az")
    subject = "Sual ~0123456789abcd və MIN-2026-000001 barədə"
    appeal = factories.registered(person, subject=subject)
    mail = OutboxMessage.objects.get(appeal=appeal)
    assert f"“{subject}”" in mail.body and appeal.number in mail.body


def test_a_number_past_six_digits_is_written_as_format_number_writes_it():
    person = factories.person(email="aysel@example.az")
    year = datetime.date.today().year
    RegistrationCounter.objects.create(series="MIN", year=year, last_number=999_999)
    appeal = factories.registered(person)
    assert appeal.number == format_number("MIN", year, 1_000_000) == f"MIN-{year}-1000000"
    assert Appeal.objects.get(pk=appeal.pk).number == appeal.number
    assert appeal.number in OutboxMessage.objects.get(appeal=appeal).subject


def test_a_draft_sent_meanwhile_from_another_tab_leaves_no_file_and_uses_no_number(settings):
    person = factories.person(email="aysel@example.az")
    draft = services.save_draft(person, None, factories.appeal_input())
    stale = Appeal.objects.get(pk=draft.pk)  # the second tab's copy, still a draft to it
    sent = services.submit(person, None, factories.appeal_input(), appeal=draft)
    files_before, attachments_before = private_files(settings), Attachment.objects.count()
    with pytest.raises(TransitionError):
        services.submit(person, None, factories.appeal_input(), [SimpleUploadedFile("müqavilə.pdf", PDF)], appeal=stale)
    assert private_files(settings) == files_before
    assert Attachment.objects.count() == attachments_before
    assert counter() == 1
    assert AppealEvent.objects.filter(appeal=sent).count() == 2
    following = factories.registered(person)
    assert following.number == format_number("MIN", following.registered_on.year, 2)


def test_a_submission_without_a_deadline_rule_leaves_no_file_no_row_and_no_number(settings):
    person = factories.person(email="aysel@example.az")
    factories.registered(person)
    # No rule for the answer's term: the submission is refused before anything is written.
    DeadlineRule.objects.filter(purpose=DeadlineRule.Purpose.ANSWER).update(active=False)
    with pytest.raises(NoDeadlineRule):
        services.submit(person, None, factories.appeal_input(), [SimpleUploadedFile("müqavilə.pdf", PDF)])
    assert private_files(settings) == []
    assert Appeal.objects.count() == 1 and Attachment.objects.count() == 0 and OutboxMessage.objects.count() == 1
    assert counter() == 1
    DeadlineRule.objects.filter(purpose=DeadlineRule.Purpose.ANSWER).update(active=True)
    with_file = services.submit(person, None, factories.appeal_input(), [SimpleUploadedFile("müqavilə.pdf", PDF)])
    assert with_file.number == format_number("MIN", with_file.registered_on.year, 2)
    stored = Attachment.objects.get(appeal=with_file)
    assert private_files(settings) == [settings.APPEALS_PRIVATE_ROOT / stored.stored_name]


def test_an_enquiry_is_numbered_in_its_own_series_with_its_acknowledgement():
    from cms.appeals import enquiries
    from cms.appeals.models import Kind

    pending = enquiries.create_pending(
        name="Jane Doe", company="", country="United Kingdom", email="jane@example.com", category=factories.category(),
        text="Where do I register a branch?", language="en", consent=True, confirm_url=lambda token: f"https://x/{token}",
    )  # fmt: skip
    token = OutboxMessage.objects.get(to="jane@example.com").body.split("https://x/")[1].split()[0]
    appeal = enquiries.confirm(token)
    assert pending is not None and appeal.kind == Kind.ENQUIRY
    assert appeal.number == format_number("ENQ", appeal.registered_on.year, 1)
    assert Appeal.objects.get(pk=appeal.pk).number == appeal.number
    assert AppealEvent.objects.get(appeal=appeal, action="register").detail["number"] == appeal.number
    assert appeal.number in OutboxMessage.objects.get(appeal=appeal).subject
