"""The audit log: who did what to whom, when, and from which address.

Entries are written by `record()` and never changed afterwards. The model refuses updates and
deletes, and has only the "view" permission, so no role can edit it through the application; the
"Auditors" group (migration core/0002) reads it in the Wagtail admin.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    SIGN_IN = "sign_in", _("Sign-in")
    SIGN_IN_FAILED = "sign_in_failed", _("Failed sign-in")
    SIGN_OUT = "sign_out", _("Sign-out")
    PROFILE_CREATED = "profile_created", _("Profile created")
    PROFILE_UPDATED = "profile_updated", _("Profile updated")
    CONTACTS_CHANGED = "contacts_changed", _("Contact details changed")
    CORRECTION_REQUESTED = "correction_requested", _("Correction requested")
    CORRECTION_APPROVED = "correction_approved", _("Correction approved")
    CORRECTION_REJECTED = "correction_rejected", _("Correction rejected")
    REPRESENTATIVE_GRANTED = "representative_granted", _("Representative registered")
    REPRESENTATIVE_CHANGED = "representative_changed", _("Representative's rights changed")
    REPRESENTATIVE_REVOKED = "representative_revoked", _("Representative revoked")
    APPLICANT_SUSPENDED = "applicant_suspended", _("Applicant suspended")
    APPLICANT_RESTORED = "applicant_restored", _("Applicant restored")
    PERSONAL_DATA_VIEWED = "personal_data_viewed", _("Personal data viewed by staff")
    PERSONAL_DATA_EXPORTED = "personal_data_exported", _("Personal data downloaded")
    STAFF_DEVICE_ENROLLED = "staff_device_enrolled", _("Staff second factor enrolled")
    STAFF_DEVICE_INVITED = "staff_device_invited", _("Staff second-factor invitation issued")
    STAFF_LOCKED_OUT = "staff_locked_out", _("Staff sign-in locked after wrong passwords")


class AuditLogImmutable(Exception):
    """Raised on any attempt to change or remove an audit entry."""


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditLogImmutable("Audit entries cannot be changed.")

    def delete(self):
        raise AuditLogImmutable("Audit entries cannot be deleted.")


class AuditEntry(models.Model):
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    action = models.CharField(_("action"), max_length=40, choices=AuditAction.choices, db_index=True)
    # No database constraint and no cascade: removing a user must never touch the log.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(_("who"), max_length=200, blank=True)
    subject = models.CharField(_("about"), max_length=200, blank=True, db_index=True)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.action} {self.actor_label} {self.subject}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AuditLogImmutable("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogImmutable("Audit entries cannot be deleted.")


def client_ip(request) -> str | None:
    """The client's address: behind `TRUSTED_PROXY_COUNT` proxies, read from X-Forwarded-For.

    Each trusted proxy (nginx in production) appends the address it received the request from, so
    the client is the entry that many places from the right; anything further left was written by
    the client and cannot be trusted.
    """
    if request is None:
        return None
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or None


def describe_user(user) -> str:
    if user is None or not getattr(user, "is_authenticated", False):
        return "anonymous"
    person = getattr(user, "applicant", None)
    if person is not None:
        return f"applicant {person.fin}"
    return f"staff {user.get_username()}"


def record(action: str, *, request=None, actor=None, subject: str = "", **detail) -> AuditEntry:
    """Writes one audit entry; `actor` defaults to the request's user."""
    if actor is None and request is not None:
        actor = getattr(request, "user", None)
    authenticated = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEntry.objects.create(
        action=action,
        actor=actor if authenticated else None,
        actor_label=describe_user(actor),
        subject=subject,
        ip_address=client_ip(request),
        detail=detail,
    )
