"""What the applicant reads about an appeal: its state, its history, the actions on offer, and the
links in the e-mails, in the reader's language."""

import csv
import io
import re

import pytest
from django.test import Client
from django.utils import translation

from cms.appeals import reports, services
from cms.appeals.models import Appeal, Body, Message, OutboxMessage, Role, Status
from cms.appeals.workflow import EVENT_LABELS, TRANSITIONS, Actor, perform

from . import factories

pytestmark = pytest.mark.django_db

RUSSIAN_STATES = {
    Status.SUBMITTED: "Подано",
    Status.REGISTERED: "Зарегистрировано",
    Status.CLOSED: "Закрыто",
    Status.NOT_CONSIDERED: "Оставлено без рассмотрения",
    Status.WITHDRAWN: "Отозвано",
}


def answered(appeal: Appeal, text: str = "Cavab: ƏDV 30 gün ərzində qaytarılır.") -> Appeal:
    """Staff's steps, through the state machine, as the admin makes them."""
    registrar = factories.staff(appeal.body, Role.REGISTRAR)
    handler = factories.staff(appeal.body, Role.HANDLER)
    perform(appeal, "assign", Actor(registrar, Role.REGISTRAR), assignee=handler)
    perform(appeal, "start_review", Actor(handler, Role.HANDLER))
    perform(appeal, "answer", Actor(handler, Role.HANDLER), comment=text)
    appeal.refresh_from_db()
    return appeal


def test_registered_reads_as_a_state_not_as_a_date_in_every_language(applicant):
    with translation.override("az"):
        assert str(Status.REGISTERED.label) == "Qeydiyyata alınıb"
    with translation.override("ru"):
        for status, label in RUSSIAN_STATES.items():
            assert str(status.label) == label  # neuter, agreeing with "обращение"
    with translation.override("en"):
        assert str(Status.REGISTERED.label) == "Registered"
    # The column of a date keeps its own word.
    with translation.override("az"):
        assert translation.gettext("Registered") == "Qeydiyyat tarixi"


def test_the_cabinet_the_api_and_the_exports_say_registered_as_a_state(client_for, applicant):
    appeal = factories.registered(applicant)
    page = client_for.get("/az/cabinet/appeals/").content.decode()
    assert "Qeydiyyata alınıb" in page
    api = client_for.get(f"/api/appeals/{appeal.public_id}", headers={"Accept-Language": "az"}).json()
    assert api["status_label"] == "Qeydiyyata alınıb"
    russian = client_for.get("/api/appeals/", headers={"Accept-Language": "ru"}).json()
    assert russian[0]["status_label"] == "Зарегистрировано"

    auditor = factories.staff(Body.MINISTRY, Role.AUDITOR)
    today = appeal.registered_on
    with translation.override("az"):
        rows = list(
            csv.reader(io.StringIO(reports.to_csv(reports.build(auditor, start=today, end=today)).lstrip("\ufeff")))
        )
    assert ["Qeydiyyata alınıb", "1"] in rows
    assert not any(row and row[0] == "Qeydiyyat tarixi" for row in rows)


def test_the_history_says_what_happened_in_the_readers_language(client_for, applicant):
    appeal = answered(factories.registered(applicant))
    page = client_for.get(f"/en/cabinet/appeals/{appeal.public_id}/").content.decode()
    history = page.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    items = [
        re.sub(r"<[^>]+>", "", item).split("—", 1)[1].strip()
        for item in re.findall(r"<li[^>]*>(.*?)</li>", history, re.S)
    ]
    assert items == ["Appeal sent", "Appeal registered", "Review started", "Answer given"]
    assert "start_review" not in history.replace('data-action="start_review"', "")
    assert "Submitted: Submitted" not in page and "Start the review" not in page

    russian = client_for.get(f"/ru/cabinet/appeals/{appeal.public_id}/").content.decode()
    assert "Начато рассмотрение" in russian and "Дан ответ" in russian
    api = client_for.get(f"/api/appeals/{appeal.public_id}", headers={"Accept-Language": "az"}).json()
    assert [event["label"] for event in api["events"]][-1] == "Cavab verildi"


def test_every_event_the_applicant_may_see_has_words_in_every_language():
    shown = {name for name, t in TRANSITIONS.items() if not t.internal}
    assert {"message", "handling_complaint", "rate"} <= shown
    assert shown <= set(EVENT_LABELS)
    with translation.override("en"):
        english = {name: str(EVENT_LABELS[name]) for name in shown}
    for language in ("az", "ru"):
        with translation.override(language):
            untranslated = [name for name in shown if str(EVENT_LABELS[name]) == english[name]]
        assert not untranslated, (language, untranslated)


def test_a_withdrawn_appeal_shows_no_due_date_and_offers_no_complaint(client_for, applicant):
    appeal = factories.registered(applicant)
    services.withdraw(applicant, appeal, "Artıq lazım deyil")
    appeal.refresh_from_db()
    page = client_for.get(f"/en/cabinet/appeals/{appeal.public_id}/").content.decode()
    assert "Due date" not in page
    assert f"/cabinet/appeals/{appeal.public_id}/complaint/" not in page
    assert f"/cabinet/appeals/{appeal.public_id}/message/" not in page
    assert f"/cabinet/appeals/{appeal.public_id}/withdraw/" not in page
    assert f"/cabinet/appeals/{appeal.public_id}/rate/" not in page
    listing = client_for.get("/en/cabinet/appeals/").content.decode()
    due_cell = re.search(r"<td[^>]*data-due[^>]*>(.*?)</td>", listing).group(1)
    assert due_cell == "—"
    # And a complaint posted anyway is refused with a message, not stored.
    response = client_for.post(f"/en/cabinet/appeals/{appeal.public_id}/complaint/", {"text": "Niyə?"}, follow=True)
    assert response.status_code == 200
    assert "no handling to complain about" in response.content.decode()
    assert not Message.objects.filter(appeal=appeal, kind=Message.Kind.HANDLING_COMPLAINT).exists()


def test_actions_follow_the_state_of_the_appeal(client_for, applicant):
    appeal = factories.registered(applicant)
    url = f"/en/cabinet/appeals/{appeal.public_id}/"
    open_page = client_for.get(url).content.decode()
    assert "Due date" in open_page
    for action in ("complaint", "message", "withdraw"):
        assert f"{url}{action}/" in open_page
    assert f"{url}rate/" not in open_page

    answered(appeal)
    done = client_for.get(url).content.decode()
    assert "Due date" not in done and "Answered on" in done
    assert f"{url}rate/" in done and f"{url}complaint/" in done and f"{url}close/" in done
    assert f"{url}withdraw/" not in done


@pytest.mark.parametrize("base", ["https://portal.example:8443", "https://portal.example:8443/"])
def test_links_in_every_email_to_the_applicant_start_with_public_base_url(client_for, applicant, settings, base):
    settings.PUBLIC_BASE_URL = base
    appeal = answered(factories.registered(applicant))
    mails = OutboxMessage.objects.filter(to=appeal.contact_email)
    assert mails.count() == 2  # registered, answered
    for mail in mails:
        links = re.findall(r"https?://\S+", mail.body)
        assert links, mail.subject
        assert all(link.startswith("https://portal.example:8443/az/cabinet/appeals/") for link in links), links
        assert "//az/" not in mail.body

    from .test_enquiries_and_reports import enquiry_data

    Client().post("/en/enquiry/", enquiry_data(email="lena@example.de"))
    confirmation = OutboxMessage.objects.get(to="lena@example.de")
    link = re.search(r"https?://\S+", confirmation.body).group(0)
    assert link.startswith("https://portal.example:8443/en/enquiry/confirm/")
    path = link.split("8443", 1)[1]
    assert Client().get(path).status_code == 200
    assert Appeal.objects.filter(kind="enquiry").count() == 1
    registered_mail = OutboxMessage.objects.filter(to="lena@example.de").latest("pk")
    assert "127.0.0.1" not in registered_mail.body and "localhost" not in registered_mail.body


def test_the_api_offers_what_the_page_offers_in_each_state(client_for, applicant):
    """The mobile application reads what it may offer from the same question the cabinet asks."""
    appeal = factories.registered(applicant)
    forms = {
        "message": "message/",
        "handling_complaint": "complaint/",
        "rate": "rate/",
        "close": "close/",
        "withdraw": "withdraw/",
    }

    def offered():
        page = client_for.get(f"/en/cabinet/appeals/{appeal.public_id}/").content.decode()
        on_page = {name for name, path in forms.items() if f"/cabinet/appeals/{appeal.public_id}/{path}" in page}
        api = client_for.get(f"/api/appeals/{appeal.public_id}").json()["actions"]
        return on_page, set(api)

    assert offered() == ({"message", "handling_complaint", "withdraw"},) * 2
    answered(appeal)
    assert offered() == ({"message", "handling_complaint", "rate", "close"},) * 2
    services.rate(applicant, appeal, 4)
    perform(appeal, "close", Actor(applicant.user, "applicant"))
    assert offered() == ({"handling_complaint", "rate"},) * 2
