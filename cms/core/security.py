"""The security and incident log (Regulation 6.1.6, 6.1.8): what looked like an attack, or broke.

One public function, `report(kind, request=..., **detail)`, writes a `SecurityEvent`: a staff
lockout, a client stopped by a rate limit, a refused access (403, CSRF), a sign-on callback or an
API call with a token or credentials that do not hold, a server error. Staff with
`core.view_securityevent` (the "Security officers" group, superusers) read it in the admin.

The log must help an investigation without becoming a store of personal data itself: no FINs,
e-mail addresses, passwords or query strings go in. A user is named by a label ("staff <login>",
"applicant #<id>"), the path is kept without its query string, and the detail keeps short scalar
values only, with anything that looks like an address or an identity code masked.

Above a threshold (`SECURITY_ALERT_THRESHOLD` events of one kind within
`SECURITY_ALERT_WINDOW_SECONDS`) an e-mail goes to `SECURITY_ALERT_RECIPIENTS` (cms/core/mail.py,
in the portal's default language), at most once per kind and window: one burst, one alert.

Reporting never fails the request that reports: a log that cannot be written is itself logged.
"""

from __future__ import annotations

import datetime
import ipaddress
import logging
import time

from django.conf import settings
from django.db import DatabaseError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import mail
from .redaction import redact

logger = logging.getLogger(__name__)


class SecurityKind(models.TextChoices):
    LOCKOUT = "lockout", _("Account locked out")
    RATE_LIMITED = "rate_limited", _("Rate limit reached")
    FORBIDDEN = "forbidden", _("Access refused")
    INVALID_TOKEN = "invalid_token", _("Invalid token or credentials")
    SERVER_ERROR = "server_error", _("Server error")


class Severity(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    ERROR = "error", _("Error")


# How serious each kind is: a client over a limit is routine, a locked account or a forged token
# is an attempt, a server error is a fault.
SEVERITY = {
    SecurityKind.LOCKOUT: Severity.WARNING,
    SecurityKind.RATE_LIMITED: Severity.INFO,
    SecurityKind.FORBIDDEN: Severity.WARNING,
    SecurityKind.INVALID_TOKEN: Severity.WARNING,
    SecurityKind.SERVER_ERROR: Severity.ERROR,
}


class SecurityEvent(models.Model):
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=SecurityKind.choices, db_index=True)
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices)
    path = models.CharField(_("path"), max_length=300, blank=True)
    method = models.CharField(_("method"), max_length=10, blank=True)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True, db_index=True)
    user_label = models.CharField(_("who"), max_length=200, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("security event")
        verbose_name_plural = _("security log")
        ordering = ["-at", "-pk"]
        default_permissions = ("view",)
        indexes = [models.Index(fields=["kind", "at"], name="core_security_kind_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.kind} {self.path}"


def report(kind: str, *, request=None, **detail) -> SecurityEvent | None:
    """Writes one security event (and an alert when its kind crosses the threshold).

    `kind` is one of `SecurityKind`; an unknown one is a programming error and raises ValueError.
    `detail` holds short facts for the investigation (a reason code, a limit's name); values that
    look like personal data are masked. Returns the event, or None if it could not be written.
    """
    kind = SecurityKind(kind)
    try:
        # A savepoint: a failure here must not spoil the caller's transaction.
        with transaction.atomic():
            event = SecurityEvent.objects.create(
                kind=kind,
                severity=SEVERITY[kind],
                path=(request.path[:300] if request is not None else ""),
                method=(request.method or "")[:10] if request is not None else "",
                ip_address=_address(request),
                user_label=_user_label(request),
                detail=_clean(detail),
            )
            _alert_if_needed(kind, event.at)
    except DatabaseError:
        logger.exception("Could not write the security event %s", kind)
        return None
    logger.log(
        logging.ERROR if event.severity == Severity.ERROR else logging.WARNING,
        "Security event %s on %s",
        kind,
        event.path,
    )
    return event


# What goes into an event ---------------------------------------------------------------------------

_PRIVATE_NAMES = ("password", "email", "e_mail", "fin", "token", "secret", "phone", "query", "voen")


def _address(request) -> str | None:
    from .audit import client_ip

    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address)) if address else None
    except ValueError:
        return None


def _user_label(request) -> str:
    user = getattr(request, "user", None) if request is not None else None
    if user is None or not getattr(user, "is_authenticated", False):
        return "anonymous"
    if getattr(user, "applicant", None) is not None:
        return f"applicant #{user.pk}"  # never the FIN: the audit log links the two
    return f"staff {user.get_username()}"[:200]


def _clean(detail: dict) -> dict:
    clean: dict[str, object] = {}
    for name, value in detail.items():
        if any(part in name.lower() for part in _PRIVATE_NAMES):
            continue
        if isinstance(value, bool | int | float) or value is None:
            clean[name] = value
        else:
            clean[name] = _mask(str(value))
    return clean


def _mask(text: str) -> str:
    # One owner for what counts as personal data in free text: the redaction the logs use.
    return redact(text)[:200]


# Alerts -----------------------------------------------------------------------------------------


def _alert_if_needed(kind: str, now) -> None:
    threshold = settings.SECURITY_ALERT_THRESHOLD
    window = settings.SECURITY_ALERT_WINDOW_SECONDS
    recipients = settings.SECURITY_ALERT_RECIPIENTS
    if not threshold or not recipients:
        return
    since = now - datetime.timedelta(seconds=window)
    count = SecurityEvent.objects.filter(kind=kind, at__gt=since).count()
    if count < threshold:
        return
    # The key names the fixed window the alert belongs to: the outbox writes it once per recipient.
    period = int(time.time() // window)
    _send_alert(kind, count, window, recipients, period)


def _send_alert(kind: str, count: int, window: int, recipients: list[str], period: int) -> None:
    context = {
        "kind": SecurityKind(kind).label,
        "count": count,
        "minutes": max(1, window // 60),
        "link": _admin_url(kind),
    }
    for recipient in recipients:
        mail.send(
            "core/email/security_alert.txt",
            to=recipient,
            language=settings.LANGUAGE_CODE,
            context=context,
            key=f"security-alert:{kind}:{period}:{recipient}"[:200],
        )


def _admin_url(kind: str) -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        path = reverse("core_security_log")
    except NoReverseMatch:
        path = "/admin/"
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}?kind={kind}"


# Where events come from -------------------------------------------------------------------------


class ForbiddenResponsesMiddleware:
    """Every 403 the portal answers is a refused access: a PermissionDenied, a view's own refusal,
    the API's, a failed CSRF check (`csrf_failure` names it). Outermost but one, so it sees them all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 403:
            report(SecurityKind.FORBIDDEN, request=request, reason=getattr(request, "security_reason", "denied"))
        return response


def csrf_failure(request, reason: str = "", template_name: str = "403_csrf.html"):
    """settings.CSRF_FAILURE_VIEW: Django's own answer, with the failure named for the log.

    Django's reason may quote the Referer or Origin sent; only the part before it is kept."""
    from django.views.csrf import csrf_failure as django_csrf_failure

    request.security_reason = "csrf: " + reason.split(" - ", 1)[0].strip()[:100]
    return django_csrf_failure(request, reason=reason, template_name=template_name)


def _server_error(sender, request=None, **kwargs):
    """django's got_request_exception: an unhandled exception, answered 500. The exception's
    message may quote data, so only its class is kept."""
    import sys

    exc = sys.exc_info()[1]
    report(SecurityKind.SERVER_ERROR, request=request, exception=type(exc).__name__ if exc else "unknown")


def _locked_out(sender, request=None, username=None, **kwargs):
    """django-axes' user_locked_out. What was typed as the user name is not kept (it may be a
    password typed in the wrong field); an existing account is named by its id."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=username).first() if username else None
    report(SecurityKind.LOCKOUT, request=request, account=f"#{user.pk}" if user is not None else "unknown")


def connect_signals() -> None:
    """Called once from the core app's ready(); the lockout receiver only where django-axes is."""
    from django.apps import apps
    from django.core.signals import got_request_exception

    got_request_exception.connect(_server_error, dispatch_uid="core.security.server_error")
    if apps.is_installed("axes"):
        from axes.signals import user_locked_out

        user_locked_out.connect(_locked_out, dispatch_uid="core.security.lockout")
