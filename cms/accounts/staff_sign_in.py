"""Staff sign-in with a password (the Wagtail admin's login): the lockout after repeated wrong
passwords (django-axes) and the audit entry for every try.

django-axes counts the failures and refuses a locked-out username and address pair (settings
`STAFF_LOCKOUT_*`). This module owns what the person and the auditors see of it: the audit entry
of each success, failure and lockout, with the username tried and never the password, and the
page a locked-out person gets in the admin's language. Applicants never sign in with a password:
their sign-in through EHİS is audited where it happens (cms/accounts/views.py).
"""

from __future__ import annotations

import math

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.shortcuts import render
from django.utils import timezone

from cms.core.audit import AuditAction, record

from .middleware import applicant_of

# Set on the request when the sign-in was refused because the pair was locked out already.
REFUSED_WHILE_LOCKED = "staff_sign_in_refused_while_locked"
# Longer than any username the sign-in form takes (150); what someone typed is kept readable.
USERNAME_LIMIT = 150


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' check, first of the authentication backends; it also marks the request when
    it refused a locked-out pair, so that the audit entry of that try says why it failed."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        try:
            return super().authenticate(request, username=username, password=password, **kwargs)
        except AxesBackendPermissionDenied:
            setattr(request, REFUSED_WHILE_LOCKED, True)
            raise


def tried_username(credentials: dict | None) -> str:
    """The username typed, as text fit for the audit log (the password is never read)."""
    value = (credentials or {}).get("username") or ""
    return "".join(ch for ch in str(value) if ch.isprintable())[:USERNAME_LIMIT]


def record_sign_in(sender, request, user, **kwargs) -> None:
    if request is None or applicant_of(user) is not None:
        return
    record(AuditAction.SIGN_IN, request=request, actor=user, subject=f"staff {user.get_username()}", method="password")


def record_failed_sign_in(sender, credentials, request=None, **kwargs) -> None:
    refused = request is not None and getattr(request, REFUSED_WHILE_LOCKED, False)
    record(
        AuditAction.SIGN_IN_FAILED,
        request=request,
        subject=f"staff {tried_username(credentials)}",
        reason="locked_out" if refused else "wrong_password",
    )


def record_lockout(sender, request=None, username=None, ip_address=None, **kwargs) -> None:
    """django-axes says so at the try that reaches the limit and at every refused try after it;
    the log keeps the moment the lockout began (the refused tries are failures of their own)."""
    if request is not None and getattr(request, REFUSED_WHILE_LOCKED, False):
        return
    record(
        AuditAction.STAFF_LOCKED_OUT,
        request=request,
        subject=f"staff {tried_username({'username': username})}",
        failures=settings.AXES_FAILURE_LIMIT,
        minutes=settings.STAFF_LOCKOUT_MINUTES,
    )


def connect() -> None:
    from axes.signals import user_locked_out

    user_logged_in.connect(record_sign_in, dispatch_uid="staff_sign_in_audit")
    user_login_failed.connect(record_failed_sign_in, dispatch_uid="staff_sign_in_failed_audit")
    user_locked_out.connect(record_lockout, dispatch_uid="staff_lockout_audit")


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out person sees, in the language of the sign-in page, with the time to
    wait; 429 with Retry-After, as for any other limit of the portal."""
    cool_off = get_cool_off(request) or settings.AXES_COOLOFF_TIME
    minutes = max(1, math.ceil(cool_off.total_seconds() / 60))
    response = render(
        request,
        "accounts/admin/locked_out.html",
        {"minutes": minutes, "until": timezone.localtime(timezone.now() + cool_off)},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
