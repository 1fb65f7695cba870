"""Which deployment this is, and what a pre-production one does differently (Regulation 2.1.5, 2.8).

`DEPLOYMENT_ENVIRONMENT` is "production", "staging" (cms/settings/staging.py: production's
settings on a copy of the system, for trying a release before it goes live) or "development".
A staging site must never be taken for the official one, nor reach real people:

- every page says so in a banner: the public pages (static and dynamic), the e-cabinet, the admin;
- search engines are asked not to index it (a header, the pages' robots tag, robots.txt);
- e-mail goes only to addresses on an allow-list; any other is sent to a catch-all address
  instead, or not at all.
"""

from __future__ import annotations

import copy
from email.utils import parseaddr

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend as SMTPEmailBackend

STAGING = "staging"
NO_INDEX = "noindex, nofollow"


def is_staging() -> bool:
    return settings.DEPLOYMENT_ENVIRONMENT == STAGING


class NoIndexMiddleware:
    """X-Robots-Tag on every response of a staging site, files of the build included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_staging():
            response.setdefault("X-Robots-Tag", NO_INDEX)
        return response


def allowed_address(address: str, allow_list: list[str]) -> bool:
    """Whether `address` ("Name <a@b>" or "a@b") is on the list: exactly, or by its "@domain"."""
    address = parseaddr(address)[1].strip().lower()
    if "@" not in address:
        return False
    domain = "@" + address.rpartition("@")[2]
    return any(entry.strip().lower() in (address, domain) for entry in allow_list if entry.strip())


class AllowListEmailBackend(SMTPEmailBackend):
    """SMTP that writes only to STAGING_EMAIL_ALLOWED; other mail goes to STAGING_EMAIL_CATCH_ALL.

    Applicants' data on a staging site may be copied from production: an acknowledgement or an
    answer sent from there would reach a real investor. A message left with no recipient is
    counted as handled (the outbox must not retry it for ever) and not sent.
    """

    def send_messages(self, email_messages):
        allow_list = list(settings.STAGING_EMAIL_ALLOWED)
        catch_all = settings.STAGING_EMAIL_CATCH_ALL
        deliverable, dropped = [], 0
        for message in email_messages or []:
            message = copy.copy(message)  # the caller's message keeps its recipients
            every = len(message.recipients())
            message.to, message.cc, message.bcc = (
                [address for address in addresses if allowed_address(address, allow_list)]
                for addresses in (message.to, message.cc, message.bcc)
            )
            if catch_all and len(message.recipients()) < every and catch_all not in message.to:
                message.to = [*message.to, catch_all]
            if message.recipients():
                deliverable.append(message)
            else:
                dropped += 1
        sent = super().send_messages(deliverable) if deliverable else 0
        return (sent or 0) + dropped
