"""Session rules for applicants and staff.

- Applicants are signed out after `APPLICANT_IDLE_TIMEOUT_SECONDS` without a request, and at once
  when staff suspend them (Regulation 7.2.5): the check runs on every request, not at sign-in only.
- Applicants never enter the admin; staff enter it only with a verified second factor.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode

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


# Admin paths a staff member may reach before the second factor: signing in and out, and the
# second factor's own pages.
TWO_FACTOR_OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/two-factor/")


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
                from django_otp import devices_for_user

                has_device = any(devices_for_user(request.user, confirmed=True))
                target = reverse("accounts_two_factor_verify" if has_device else "accounts_two_factor_enrol")
                return HttpResponseRedirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
