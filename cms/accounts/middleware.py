"""Session rules for applicants and staff.

- Applicants are signed out after `APPLICANT_IDLE_TIMEOUT_SECONDS` without a request, and at once
  when staff suspend them (Regulation 7.2.5): the check runs on every request, not at sign-in only.
- Applicants never enter the admin; staff enter it only with a verified second factor.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from cms.core.audit import AuditAction, record

LAST_SEEN_KEY = "applicant_last_seen"


def applicant_of(user):
    if not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "applicant", None)


class ApplicantSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        person = applicant_of(request.user)
        if person is not None:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY, now)
            if person.is_suspended:
                record(AuditAction.SIGN_OUT, request=request, subject=f"person {person.fin}", reason="suspended")
                logout(request)
            elif now - last_seen > settings.APPLICANT_IDLE_TIMEOUT_SECONDS:
                record(AuditAction.SIGN_OUT, request=request, subject=f"person {person.fin}", reason="idle_timeout")
                logout(request)
                request.session["signed_out_idle"] = True
            else:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


# Admin paths a staff member may reach before the second factor: signing in and out, the second
# factor's own pages, and what Wagtail serves to anyone for those pages to draw themselves (the icon
# sprite and the JavaScript translations).
TWO_FACTOR_OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/two-factor/", "/admin/sprite/", "/admin/jsi18n/")


def is_page_navigation(request) -> bool:
    """Whether the person asked for a page (typed an address, followed a link, sent a form), not for
    something a page loads by itself (an icon sprite, JSON, a script's request)."""
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return False
    # Browsers say what a request is for; a request without these headers (a script, a test
    # client) is judged by what it accepts.
    mode, destination = request.headers.get("Sec-Fetch-Mode"), request.headers.get("Sec-Fetch-Dest")
    if (mode and mode != "navigate") or (destination and destination not in ("document", "iframe")):
        return False
    accept = request.headers.get("Accept", "")
    return not accept or "text/html" in accept or accept.startswith("*/*")


def admin_return_url(target: str | None, request) -> str:
    """Where to send a member of staff once the second factor is checked: the admin page they asked
    for when it is a page of this site's admin, otherwise the dashboard."""
    dashboard = reverse("wagtailadmin_home")
    if not target or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return dashboard
    parts = urlsplit(target)
    if (
        parts.scheme
        or parts.netloc
        or not parts.path.startswith(dashboard)
        or parts.path.startswith(TWO_FACTOR_OPEN_PATHS)
    ):
        return dashboard
    return target


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and request.user.is_authenticated:
            if applicant_of(request.user) is not None:
                return HttpResponseForbidden("Applicants use the e-cabinet, not the administration.")
            if (
                settings.STAFF_TWO_FACTOR_REQUIRED
                and not request.user.is_verified()
                and not request.path.startswith(TWO_FACTOR_OPEN_PATHS)
            ):
                return self.second_factor_first(request)
        return self.get_response(request)

    @staticmethod
    def second_factor_first(request):
        """A page is sent to the second factor, remembering the page when it was one to read (GET);
        anything else is refused, so that a page's own requests never stand in for the page the
        person asked for."""
        if not is_page_navigation(request):
            return HttpResponseForbidden(
                "The second sign-in step is not complete.", content_type="text/plain; charset=utf-8"
            )
        from django_otp import devices_for_user

        has_device = any(devices_for_user(request.user, confirmed=True))
        target = reverse("accounts_two_factor_verify" if has_device else "accounts_two_factor_enrol")
        asked_for = request.get_full_path() if request.method == "GET" else None
        return HttpResponseRedirect(f"{target}?{urlencode({'next': admin_return_url(asked_for, request)})}")
