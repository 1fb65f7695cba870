"""Every e-mail of the appeals, in each language: the facts it carries, its wording and its layout,
and one real send through the outbox to an SMTP server."""

import datetime
import email
import email.policy
import re
from pathlib import Path

import pytest
from wagtail.users.models import UserProfile

from cms.appeals import enquiries
from cms.appeals.models import Body, OutboxMessage, Role
from cms.appeals.notifications import notify_applicant, notify_staff
from cms.appeals.outbox import deliver_pending
from cms.core.formatting import format_date

from . import factories
from .test_outbox import Inbox, mail_server, smtp_settings  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parents[2] / "cms" / "appeals" / "templates" / "appeals" / "email"
LANGUAGES = ("az", "en", "ru")
REGISTERED_ON = datetime.date(2026, 3, 19)
DUE = {"az": "20 aprel 2026", "en": "20 April 2026", "ru": "20 апреля 2026"}  # REGISTERED_ON's due date
# A comment as a member of staff or an applicant writes it, in the language of the message, so that
# any English left in an Azerbaijani or Russian message is the template's.
COMMENT = {
    "az": "Müqavilənin surətini göndərin.\nİmzalı nüsxə lazımdır.",
    "en": "Please send a copy of the contract.\nA signed copy is needed.",
    "ru": "Пришлите копию договора.\nНужен подписанный экземпляр.",
}
# Words of the English texts that no Azerbaijani or Russian sentence contains.
ENGLISH = {
    "the", "your", "appeal", "applicant", "has", "been", "is", "was", "to", "by", "of", "and", "on", "due",
    "answer", "answered", "term", "reason", "follow", "please", "enquiry", "information", "registered", "soon",
    "overdue", "assigned", "message", "complaint", "confirm", "link", "you", "if", "not",
}  # fmt: skip
RESIDUE = re.compile(r"\{[{%#]|[}%#]\}|%\(\w+\)|\bblock\b|translate")

# The notices of an appeal: each names its number; these also show the due date, and these the comment.
APPLICANT = ("registered", "information_requested", "extended", "forwarded", "answered", "not_considered")
STAFF = ("assigned", "applicant_replied", "applicant_message", "withdrawn", "handling_complaint", "due_soon", "overdue")
DATED = {"registered", "information_requested", "extended", "assigned", "due_soon", "overdue"}
WITH_COMMENT = {
    "information_requested", "extended", "forwarded", "answered", "not_considered", "applicant_replied",
    "applicant_message", "handling_complaint",
}  # fmt: skip
ADDRESSEE = {"az": "İqtisadiyyat Nazirliyi", "en": "Ministry of Economy", "ru": "Министерство экономики"}


@pytest.fixture(autouse=True)
def _addresses(settings):
    settings.PUBLIC_BASE_URL = "https://invest.example"
    settings.WAGTAILADMIN_BASE_URL = "https://admin.invest.example"
    settings.APPEALS_DELIVER_ON_COMMIT = False


def appeal_in(language: str):
    return factories.registered(
        factories.person(), on=REGISTERED_ON, answer_language=language, contact_email=f"{language}@example.az"
    )


def staff_member(language: str):
    user = factories.staff(Body.MINISTRY, Role.HANDLER)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def without_links(text: str) -> str:
    return re.sub(r"https?://\S+", " ", text)


def assert_well_formed(message: OutboxMessage, language: str) -> None:
    """One subject line; paragraphs apart by one blank line; no leftover of a template; in az and ru
    no English sentence."""
    subject, body = message.subject, message.body
    assert subject and "\n" not in subject and subject == subject.strip() and "  " not in subject, subject
    assert body and body == body.strip(), repr(body)
    assert "\n\n\n" not in body, repr(body)
    assert not [line for line in body.split("\n") if line != line.rstrip()], repr(body)
    assert not RESIDUE.search(subject) and not RESIDUE.search(body), (subject, body)
    assert message.language == language
    if language != "en":
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", without_links(f"{subject}\n{body}"))}
        assert not words & ENGLISH, (sorted(words & ENGLISH), subject, body)


def test_every_template_is_tested_here():
    """A new notice gets a template; it must get a row above too."""
    found = {(path.parent.name, path.stem) for path in TEMPLATES.glob("*/*.txt")}
    expected = {("applicant", key) for key in [*APPLICANT, "enquiry_confirm", "enquiry_registered"]}
    assert found == expected | {("staff", key) for key in STAFF}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", APPLICANT)
def test_a_notice_to_the_applicant_carries_its_facts_in_their_language(key, language):
    appeal = appeal_in(language)
    appeal.forwarded_to = "Dövlət Gömrük Komitəsi"
    notify_applicant(appeal, key, comment=COMMENT[language], extension_days=5)
    message = OutboxMessage.objects.latest("pk")
    assert (message.to, message.appeal) == (appeal.contact_email, appeal)
    assert_well_formed(message, language)
    assert appeal.number in message.subject and appeal.number in message.body
    # The last paragraph is the link to the appeal in the e-cabinet, in the applicant's language.
    last = message.body.split("\n\n")[-1]
    assert "\n" not in last and last.endswith(f" https://invest.example/{language}/cabinet/appeals/{appeal.public_id}/")
    assert (DUE[language] in message.body) == (key in DATED)
    assert (COMMENT[language] in message.body) == (key in WITH_COMMENT)
    if key == "forwarded":
        assert "Dövlət Gömrük Komitəsi" in message.body
    if key in ("registered", "forwarded", "answered"):
        assert ADDRESSEE[language] in message.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_registration_reads_as_before(language):
    """The acknowledgement, whole: its lines and paragraphs in each language."""
    appeal = appeal_in(language)
    message = OutboxMessage.objects.get(appeal=appeal)
    link = f"https://invest.example/{language}/cabinet/appeals/{appeal.public_id}/"
    expected = {
        "az": (
            f"Müraciətiniz qeydiyyata alındı: {appeal.number}",
            f"Müraciətiniz (“ƏDV qaytarılması”, ünvan: İqtisadiyyat Nazirliyi) {appeal.number} nömrəsi ilə "
            f"qeydiyyata alınıb.\nCavab 20 aprel 2026 tarixinədək veriləcək.\n\n"
            f"Müraciətinizin gedişini izləyin: {link}",
        ),
        "en": (
            f"Your appeal is registered: {appeal.number}",
            f"Your appeal “ƏDV qaytarılması” (addressee: Ministry of Economy) has been registered under number "
            f"{appeal.number}.\nThe answer is due by 20 April 2026.\n\nFollow your appeal: {link}",
        ),
        "ru": (
            f"Ваше обращение зарегистрировано: {appeal.number}",
            f"Ваше обращение «ƏDV qaytarılması» (адресат: Министерство экономики) зарегистрировано под номером "
            f"{appeal.number}.\nСрок ответа — до 20 апреля 2026.\n\nСледите за ходом рассмотрения: {link}",
        ),
    }
    assert (message.subject, message.body) == expected[language]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", STAFF)
def test_a_notice_to_staff_carries_its_facts_in_their_language(key, language):
    appeal = appeal_in("az")  # the applicant's language is not the staff member's
    user = staff_member(language)
    assert notify_staff([user], appeal, key, comment=COMMENT[language]) == 1
    message = OutboxMessage.objects.latest("pk")
    assert message.to == user.email
    assert_well_formed(message, language)
    assert appeal.number in message.subject and appeal.number in message.body
    assert message.body.endswith(f"\n\nhttps://admin.invest.example/admin/appeals/{appeal.pk}/")
    assert (DUE[language] in message.body) == (key in DATED)
    assert (COMMENT[language] in message.body) == (key in WITH_COMMENT)
    if key in ("assigned", "withdrawn", "due_soon", "overdue"):
        assert "ƏDV qaytarılması" in message.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_enquiry_is_confirmed_and_registered_in_the_language_of_its_form(language):
    enquiries.create_pending(
        name="Maria", company="", country="Italy", email="maria@example.it", category=factories.category(),
        text="Question", language=language, consent=True,
        confirm_url=lambda token: f"https://invest.example/{language}/enquiry/confirm/{token}/",
    )  # fmt: skip
    confirmation = OutboxMessage.objects.get(to="maria@example.it")
    assert_well_formed(confirmation, language)
    lines = confirmation.body.split("\n")
    assert lines[1].startswith(f"https://invest.example/{language}/enquiry/confirm/") and lines[2] == ""
    token = lines[1].rsplit("/", 2)[1]
    assert confirmation.appeal is None

    appeal = enquiries.confirm(token)
    registered = OutboxMessage.objects.get(appeal=appeal)
    assert_well_formed(registered, language)
    assert appeal.number in registered.subject and appeal.number in registered.body
    assert format_date(appeal.due_date, language) in registered.body
    assert "http" not in registered.body  # an enquirer has no e-cabinet to follow


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_notice_without_its_optional_parts_leaves_no_gap(language):
    """No extension, no comment, no e-cabinet: the paragraphs that are not there leave no blank lines."""
    appeal = appeal_in(language)
    notify_applicant(appeal, "information_requested", comment=COMMENT[language])
    notify_applicant(appeal, "forwarded", comment="")
    appeal.filed_by = None  # as an enquiry's: nothing to follow in an e-cabinet
    notify_applicant(appeal, "not_considered", comment="")
    requested, forwarded, not_considered = OutboxMessage.objects.order_by("-pk")[:3][::-1]
    for message in (requested, forwarded, not_considered):
        assert_well_formed(message, language)
    assert DUE[language] not in requested.body
    assert len(forwarded.body.split("\n\n")) == 2  # the forwarding, the link
    assert "\n" not in not_considered.body and "http" not in not_considered.body


def test_a_comment_keeps_its_characters_and_lines_but_no_blank_runs():
    """Plain text: nothing is escaped; the comment's lines stay, its runs of empty lines become one."""
    appeal = appeal_in("en")
    notify_applicant(appeal, "answered", comment="Rates <18%> & “VAT”:\n  - first\n\n\n\n  - second   ")
    body = OutboxMessage.objects.latest("pk").body
    assert "\n\nRates <18%> & “VAT”:\n  - first\n\n  - second\n\nFollow your appeal:" in body
    assert "&lt;" not in body and "&amp;" not in body and "&#" not in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_notice_reaches_the_mail_server_through_the_outbox(mail_server, language):  # noqa: F811
    appeal = appeal_in(language)
    notify_applicant(appeal, "answered", comment=COMMENT[language])
    stored = OutboxMessage.objects.latest("pk")
    assert deliver_pending() == 2  # the acknowledgement and the answer

    received = [
        email.message_from_bytes(content.encode("utf-8"), policy=email.policy.default)
        for _to, content in mail_server.received
    ]
    (sent,) = [message for message in received if message["Subject"].strip() == stored.subject]
    assert sent["To"] == appeal.contact_email
    assert (sent.get_content_type(), sent.get_content_charset()) == ("text/plain", "utf-8")
    body = sent.get_content().replace("\r\n", "\n").rstrip("\n")
    assert body == stored.body
    assert appeal.number in body and COMMENT[language] in body and f"/{language}/cabinet/appeals/" in body
