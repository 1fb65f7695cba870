"""Notices to applicants and staff, written to the outbox in the transaction of the event.

Applicants are written to in the language they chose for the answer; staff in the language of their
admin profile. Texts are gettext strings with named placeholders, so each language reads naturally.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .access import staff_of
from .models import Appeal, Kind, Role
from .outbox import enqueue


def _format_date(value) -> str:
    if not value:
        return ""
    from cms.core.formatting import format_date

    if isinstance(value, str):
        import datetime

        value = datetime.date.fromisoformat(value)
    return format_date(value, translation.get_language())


def public_url(path: str) -> str:
    """An absolute link for an e-mail: always from PUBLIC_BASE_URL, read when the mail is written
    (never from a request's host, which a client can choose, nor from a port assumed here)."""
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def appeal_url(appeal: Appeal, language: str) -> str:
    with translation.override(language):
        return public_url(reverse("appeals:detail", args=[appeal.public_id]))


def staff_url(appeal: Appeal) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("appeals_admin_detail", args=[appeal.pk])


def _applicant_texts(key: str, appeal: Appeal | None, context: dict) -> tuple[str, str]:
    if key == "enquiry_confirm":  # before there is an appeal
        subject = _("Confirm your enquiry")
        body = _(
            "Please confirm your enquiry to AZPROMO by opening this link within 48 hours:\n%(link)s\n\n"
            "If you did not send an enquiry, ignore this message."
        ) % {"link": context["link"]}
        return subject, body
    number = appeal.number or ""
    values = {
        "number": number,
        "due_date": _format_date(appeal.due_date),
        "body": appeal.get_body_display(),
        "subject": appeal.subject,
        "forwarded_to": appeal.forwarded_to,
        "comment": context.get("comment", ""),
    }
    if key == "registered":
        subject = _("Your appeal is registered: %(number)s") % values
        body = (
            _(
                "Your appeal “%(subject)s” to the %(body)s has been registered under number %(number)s.\n"
                "The answer is due by %(due_date)s."
            )
            % values
        )
    elif key == "information_requested":
        subject = _("Additional information is requested: %(number)s") % values
        body = _("To consider your appeal %(number)s, additional information is needed:\n\n%(comment)s") % values
        if context.get("extension_days"):
            body += "\n\n" + _("The term for the answer has been extended to %(due_date)s.") % values
    elif key == "extended":
        subject = _("The term for the answer is extended: %(number)s") % values
        body = (
            _("Your appeal %(number)s needs extra study. The answer is now due by %(due_date)s.\n\nReason: %(comment)s")
            % values
        )
    elif key == "forwarded":
        subject = _("Your appeal has been forwarded: %(number)s") % values
        body = (
            _(
                "Your appeal %(number)s is outside the competence of the %(body)s and has been forwarded to: "
                "%(forwarded_to)s.\n\n%(comment)s"
            )
            % values
        )
    elif key == "answered":
        subject = _("Your appeal has been answered: %(number)s") % values
        body = _("The %(body)s has answered your appeal %(number)s:\n\n%(comment)s") % values
    elif key == "not_considered":
        subject = _("Your appeal was not considered: %(number)s") % values
        body = _("Your appeal %(number)s cannot be considered under the law.\n\n%(comment)s") % values
    elif key == "enquiry_registered":
        subject = _("Your enquiry is registered: %(number)s") % values
        body = (
            _(
                "Thank you for your enquiry to AZPROMO. It has been registered under number %(number)s, and we aim "
                "to answer by %(due_date)s."
            )
            % values
        )
        return subject, body
    else:
        raise KeyError(key)
    if appeal.filed_by_id:  # enquirers have no e-cabinet: everything is in the e-mail itself
        body += "\n\n" + _("Follow your appeal: %(link)s") % {"link": appeal_url(appeal, translation.get_language())}
    return subject, body


def applicant_language(appeal: Appeal) -> str:
    return appeal.answer_language or settings.LANGUAGE_CODE


def notify_applicant(appeal: Appeal, key: str, **context) -> None:
    if not appeal.contact_email:
        return
    language = applicant_language(appeal)
    if key == "registered" and appeal.kind == Kind.ENQUIRY:
        key = "enquiry_registered"
    with translation.override(language):
        subject, body = _applicant_texts(key, appeal, context)
    enqueue(
        to=appeal.contact_email, subject=subject, body=body, language=language, appeal=appeal, key=context.get("key")
    )


def send_enquiry_confirmation(email: str, language: str, link: str) -> None:
    with translation.override(language):
        subject, body = _applicant_texts("enquiry_confirm", None, {"link": link})
    enqueue(to=email, subject=subject, body=body, language=language)


def staff_language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    language = getattr(profile, "preferred_language", "") if profile else ""
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def _staff_texts(key: str, appeal: Appeal, context: dict) -> tuple[str, str]:
    values = {
        "number": appeal.number or "",
        "subject": appeal.subject,
        "due_date": _format_date(appeal.due_date),
        "comment": context.get("comment", ""),
    }
    if key == "assigned":
        subject = _("Appeal assigned to you: %(number)s") % values
        body = _("The appeal %(number)s “%(subject)s” has been assigned to you. It is due by %(due_date)s.") % values
    elif key == "applicant_replied":
        subject = _("The applicant has replied: %(number)s") % values
        body = _("The applicant has replied on the appeal %(number)s:\n\n%(comment)s") % values
    elif key == "applicant_message":
        subject = _("New message from the applicant: %(number)s") % values
        body = _("The applicant has written on the appeal %(number)s:\n\n%(comment)s") % values
    elif key == "withdrawn":
        subject = _("The applicant has withdrawn the appeal %(number)s") % values
        body = _("The appeal %(number)s “%(subject)s” has been withdrawn by the applicant.") % values
    elif key == "handling_complaint":
        subject = _("Complaint about the handling of %(number)s") % values
        body = _("The applicant complains about the handling of the appeal %(number)s:\n\n%(comment)s") % values
    elif key == "due_soon":
        subject = _("Due soon: %(number)s by %(due_date)s") % values
        body = _("The appeal %(number)s “%(subject)s” is due by %(due_date)s and has not been answered yet.") % values
    elif key == "overdue":
        subject = _("Overdue: %(number)s (due %(due_date)s)") % values
        body = _("The appeal %(number)s “%(subject)s” was due by %(due_date)s and has not been answered.") % values
    else:
        raise KeyError(key)
    body += "\n\n" + staff_url(appeal)
    return subject, body


def notify_staff(users, appeal: Appeal, key: str, *, dedupe: str = "", **context) -> int:
    sent = 0
    for user in users:
        if not user.email:
            continue
        language = staff_language(user)
        with translation.override(language):
            subject, body = _staff_texts(key, appeal, context)
        unique = f"{dedupe}:{user.pk}" if dedupe else None
        if enqueue(to=user.email, subject=subject, body=body, language=language, appeal=appeal, key=unique):
            sent += 1
    return sent


def notify_staff_of(appeal: Appeal, key: str, **context) -> int:
    """Staff notices of the state machine: the handler, or, with no handler, the body's registrars."""
    if key == "assigned":
        users = [appeal.assignee] if appeal.assignee else []
    elif key == "handling_complaint":
        users = list(staff_of(appeal.body, Role.SUPERVISOR))
    elif appeal.assignee:
        users = [appeal.assignee]
    else:
        users = list(staff_of(appeal.body, Role.REGISTRAR))
    return notify_staff(users, appeal, key, **context)
