"""Notices to applicants and staff, written to the outbox in the transaction of the event.

Applicants are written to in the language they chose for the answer; staff in the language of their
admin profile. Each notice is a template, `appeals/email/applicant/<key>.txt` or
`appeals/email/staff/<key>.txt`, rendered and sent by cms/core/mail.py; this module chooses the
recipients and their language and gathers the facts the templates show.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from cms.core import mail
from cms.core.formatting import format_date

from .access import staff_of
from .models import Appeal, Body, Kind, Role


def public_url(path: str) -> str:
    """An absolute link for an e-mail: always from PUBLIC_BASE_URL, read when the mail is written
    (never from a request's host, which a client can choose, nor from a port assumed here)."""
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def appeal_url(appeal: Appeal, language: str) -> str:
    with translation.override(language):
        return public_url(reverse("appeals:detail", args=[appeal.public_id]))


def staff_url(appeal: Appeal) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("appeals_admin_detail", args=[appeal.pk])


def _facts(appeal: Appeal, language: str, context: dict) -> dict:
    """What the templates of an appeal's notices show, as a reader of `language` reads it."""
    return {
        "number": appeal.number or "",
        "subject": appeal.subject,
        # The label itself, not get_body_display(): a lazy text, read in the language of the message.
        "addressee": Body(appeal.body).label,
        "due_date": format_date(appeal.due_date, language),
        "forwarded_to": appeal.forwarded_to,
        "comment": context.get("comment", ""),
        "extension_days": context.get("extension_days"),
    }


def applicant_language(appeal: Appeal) -> str:
    return appeal.answer_language or settings.LANGUAGE_CODE


def notify_applicant(appeal: Appeal, key: str, **context) -> None:
    if not appeal.contact_email:
        return
    language = applicant_language(appeal)
    if key == "registered" and appeal.kind == Kind.ENQUIRY:
        key = "enquiry_registered"
    facts = _facts(appeal, language, context)
    # Enquirers have no e-cabinet: everything is in the e-mail itself.
    facts["link"] = appeal_url(appeal, language) if appeal.filed_by_id else ""
    mail.send(
        f"appeals/email/applicant/{key}.txt",
        to=appeal.contact_email,
        language=language,
        context=facts,
        appeal=appeal,
        key=context.get("key"),
    )


def send_enquiry_confirmation(email: str, language: str, link: str) -> None:
    mail.send("appeals/email/applicant/enquiry_confirm.txt", to=email, language=language, context={"link": link})


def staff_language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    language = getattr(profile, "preferred_language", "") if profile else ""
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def notify_staff(users, appeal: Appeal, key: str, *, dedupe: str = "", **context) -> int:
    sent = 0
    for user in users:
        if not user.email:
            continue
        language = staff_language(user)
        facts = {**_facts(appeal, language, context), "link": staff_url(appeal)}
        unique = f"{dedupe}:{user.pk}" if dedupe else None
        if mail.send(
            f"appeals/email/staff/{key}.txt", to=user.email, language=language, context=facts, appeal=appeal, key=unique
        ):
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
