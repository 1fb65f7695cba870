"""The one way e-mails are written (cms/core/mail.py): a template per kind, rendered in the language
of its reader, as plain text with a one-line subject and tidy paragraphs."""

import re

import pytest
from django.utils import translation

from cms.core import mail
from cms.core.security import SecurityKind

ALERT = "core/email/security_alert.txt"
LINK = "https://admin.invest.example/admin/security-log/?kind=invalid_token"


def alert(language: str, **context) -> mail.Email:
    values = {"kind": SecurityKind.INVALID_TOKEN.label, "count": 31, "minutes": 10, "link": LINK}
    return mail.render(ALERT, language, {**values, **context})


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        (
            "az",
            "Təhlükəsizlik xəbərdarlığı: Etibarsız token və ya giriş məlumatları",
            "Son 10 dəqiqədə “Etibarsız token və ya giriş məlumatları” növündən 31 təhlükəsizlik hadisəsi qeydə "
            f"alınıb.\n\nOnları idarəetmə panelində oxuyun: {LINK}",
        ),
        (
            "en",
            "Security alert: Invalid token or credentials",
            "31 security events of the kind “Invalid token or credentials” were recorded in the last 10 minutes."
            f"\n\nRead them in the admin: {LINK}",
        ),
        (
            "ru",
            "Оповещение безопасности: Недействительный токен или учётные данные",
            "За последние 10 мин. зарегистрировано событий безопасности вида «Недействительный токен или учётные "
            f"данные»: 31.\n\nПросмотреть их можно в панели администрирования: {LINK}",
        ),
    ],
)
def test_the_security_alert_is_written_in_the_language_asked_for(language, subject, body):
    assert alert(language) == mail.Email(subject=subject, body=body)


def test_the_language_is_only_the_messages():
    """Rendering in one language leaves the caller's language as it was."""
    with translation.override("ru"):
        alert("az")
        assert translation.get_language() == "ru"


def test_plain_text_is_not_escaped():
    email = alert("en", kind='Tom & Jerry <script> "quoted"')
    assert 'Tom & Jerry <script> "quoted"' in email.subject and 'Tom & Jerry <script> "quoted"' in email.body
    assert not re.search(r"&(amp|lt|gt|quot|#\d+);", email.subject + email.body)


def test_a_subject_is_one_line_whatever_the_facts_hold():
    """A line break in a subject would end the mail header."""
    assert alert("en", kind="Invalid\r\ntoken\n Bcc: x@example.org").subject == (
        "Security alert: Invalid token Bcc: x@example.org"
    )


def test_paragraphs_are_one_blank_line_apart_with_nothing_trailing():
    text = "\n  \nFirst line   \nsecond line\n\n\n\n\t\nNext paragraph\t\n\n"
    assert mail.paragraphs(text) == "First line\nsecond line\n\nNext paragraph"
    assert mail.paragraphs("  indented stays\n") == "  indented stays"
    assert mail.paragraphs("") == ""
