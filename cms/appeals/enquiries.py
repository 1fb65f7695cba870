"""Enquiries from investors abroad who have no EHİS identity (the lighter public form).

An enquiry enters the queue only once its sender opens the link e-mailed to them; until then it is
a `PendingEnquiry`. The form is guarded against robots without a CAPTCHA: a hidden field people
leave empty, a signed time stamp (a person takes a few seconds, a robot none), a limit on links in
the text, and a limit per client address (RATE_LIMITS["enquiry"], counted by cms/core/limits.py
in the view). Confirmed, it is registered as an appeal of kind
"enquiry" to AZPROMO with the internal target of its deadline rule and no statutory clock.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import secrets

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Appeal, Body, Kind, PendingEnquiry, Status
from .workflow import SYSTEM, Actor, perform

MAX_LINKS = 2
CONFIRM_WITHIN = datetime.timedelta(hours=48)
_SIGNER_SALT = "appeals.enquiry.started"
_LINK = re.compile(r"(https?://|www\.)", re.IGNORECASE)


def form_stamp() -> str:
    """The signed moment the form was shown; sent back in a hidden field."""
    return signing.TimestampSigner(salt=_SIGNER_SALT).sign("form")


def spam_reason(*, honeypot: str, stamp: str, text: str) -> str | None:
    """Why the submission looks automated, or None."""
    if honeypot:
        return "honeypot"
    try:
        signing.TimestampSigner(salt=_SIGNER_SALT).unsign(stamp, max_age=datetime.timedelta(days=1))
    except signing.SignatureExpired:
        return "stale_form"
    except signing.BadSignature:
        return "no_form"
    age = time_since_stamp(stamp)
    if age is None or age < settings.APPEALS_ENQUIRY_MIN_SECONDS:
        return "too_fast"
    if len(_LINK.findall(text)) > MAX_LINKS:
        return "links"
    return None


def time_since_stamp(stamp: str) -> float | None:
    """Seconds since the form was shown, from its signed stamp ("form:<time>:<signature>")."""
    try:
        signing.TimestampSigner(salt=_SIGNER_SALT).unsign(stamp)
    except signing.BadSignature:
        return None
    return timezone.now().timestamp() - signing.b62_decode(stamp.rsplit(":", 2)[1])


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_pending(
    *,
    name: str,
    company: str,
    country: str,
    email: str,
    category,
    text: str,
    language: str,
    consent: bool,
    confirm_url,
    key: str = "",
) -> PendingEnquiry:
    """Stores the enquiry and e-mails the confirmation link (`confirm_url(token)` makes it).

    `key` is the form's: the same form sent again (Back, a double click, a retry) returns the
    enquiry it stored, marked `replayed`, and sends no second e-mail. The unique key decides."""
    from .notifications import send_enquiry_confirmation

    if key:
        earlier = PendingEnquiry.objects.filter(submission_key=key).first()
        if earlier is not None:
            earlier.replayed = True
            return earlier
    token = secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            pending = PendingEnquiry.objects.create(
                token_hash=_hash(token), submission_key=key or None, name=name, company=company, country=country,
                email=email, category=category, text=text.replace("\r\n", "\n"), language=language, consent=consent,
            )  # fmt: skip
            send_enquiry_confirmation(email, language, confirm_url(token))
    except IntegrityError:
        earlier = PendingEnquiry.objects.filter(submission_key=key).first() if key else None
        if earlier is None:
            raise
        earlier.replayed = True
        return earlier
    pending.replayed = False
    return pending


class InvalidConfirmation(LookupError):
    pass


def confirm(token: str, *, now: datetime.datetime | None = None) -> Appeal:
    """Registers the enquiry of this link; opening the link again returns the same appeal."""
    now = now or timezone.now()
    with transaction.atomic():
        pending = PendingEnquiry.objects.select_for_update().filter(token_hash=_hash(token)).first()
        if pending is None:
            raise InvalidConfirmation
        if pending.appeal is not None:
            return pending.appeal
        if now - pending.created_at > CONFIRM_WITHIN:
            raise InvalidConfirmation
        appeal = Appeal.objects.create(
            body=Body.AZPROMO, kind=Kind.ENQUIRY, category=pending.category,
            subject=_subject(pending), text=pending.text, answer_language=pending.language,
            consent=pending.consent, contact_email=pending.email, enquirer_name=pending.name,
            enquirer_company=pending.company, enquirer_country=pending.country,
            status=Status.SUBMITTED, submitted_at=now,
        )  # fmt: skip
        pending.appeal = appeal
        pending.confirmed_at = now
        pending.save(update_fields=["appeal", "confirmed_at"])
        # Last: registration takes the number, whose lock is held from there to the commit.
        perform(appeal, "register", Actor(None, SYSTEM), now=now)
        return appeal


def _subject(pending: PendingEnquiry) -> str:
    first_line = pending.text.strip().splitlines()[0] if pending.text.strip() else ""
    return (first_line[:97] + "…") if len(first_line) > 100 else first_line
