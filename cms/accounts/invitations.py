"""Invitations to set up the second factor: the only way a member of staff gets one.

A password alone never shows a sign-in key. An administrator (or anyone holding
`accounts.add_staffdeviceinvitation`) issues an invitation for a member of staff, in the admin or
with `manage.py invite_staff_device`; it is a link with a random token, shown once to whoever
issued it, who passes it on. The member opens the link, signs in with their password as that same
account, and only then sees the key and the QR code; the first right code sets the authenticator
up and uses the invitation. Only a hash of the token is stored; the link expires after
`STAFF_DEVICE_INVITATION_HOURS`; a new invitation for the same member replaces the old one.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.core.audit import AuditAction, record

from .models import StaffDeviceInvitation

# The invitation the person opened, as the hash of its token, until the authenticator is set up.
SESSION_KEY = "staff_device_invitation"


class NotInvitable(Exception):
    """The account cannot be invited: not an active member of staff, or an authenticator is set
    up already and replacing it was not asked for."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def may_enter_the_admin(user) -> bool:
    """An active member of staff: never an applicant (they use the e-cabinet)."""
    if not user.is_active or getattr(user, "applicant", None) is not None:
        return False
    return user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin")


def has_authenticator(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


@transaction.atomic
def issue(user, *, issued_by=None, replace: bool = False, request=None, via: str = "admin") -> str:
    """Issues an invitation for `user` and returns its token (kept nowhere but in the link).

    Any authenticator not yet confirmed goes: its key may have been shown under an earlier
    invitation. A confirmed one goes only with `replace` (a lost or changed phone)."""
    if not may_enter_the_admin(user):
        raise NotInvitable(f"{user.get_username()} is not an active member of staff.")
    confirmed = has_authenticator(user)
    if confirmed and not replace:
        raise NotInvitable(f"{user.get_username()} has an authenticator already.")
    TOTPDevice.objects.filter(user=user).delete()
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation, _created = StaffDeviceInvitation.objects.update_or_create(
        user=user,
        defaults={
            "token_hash": token_hash(token),
            "issued_at": now,
            "expires_at": now + timedelta(hours=settings.STAFF_DEVICE_INVITATION_HOURS),
            "issued_by": issued_by if issued_by is not None and issued_by.is_authenticated else None,
            "used_at": None,
        },
    )
    record(
        AuditAction.STAFF_DEVICE_INVITED,
        request=request,
        actor=issued_by,
        subject=f"staff {user.get_username()}",
        expires_at=invitation.expires_at.isoformat(),
        replaced_authenticator=confirmed,
        via=via,
    )
    return token


def invitation_path(token: str) -> str:
    return reverse("accounts_two_factor_invitation", args=[token])


def invitation_url(token: str, request=None) -> str:
    """The link to pass on: at the address the administrator is using the admin at, or from the
    shell at the admin's configured one (WAGTAILADMIN_BASE_URL, from PUBLIC_BASE_URL)."""
    if request is not None:
        return request.build_absolute_uri(invitation_path(token))
    return f"{settings.WAGTAILADMIN_BASE_URL}{invitation_path(token)}"


def usable(hashed: str | None) -> StaffDeviceInvitation | None:
    """The invitation with this token hash, when it is neither used nor expired."""
    if not hashed:
        return None
    return (
        StaffDeviceInvitation.objects.select_related("user")
        .filter(token_hash=hashed, used_at__isnull=True, expires_at__gt=timezone.now())
        .first()
    )


def opened_invitation(request) -> StaffDeviceInvitation | None:
    """The invitation this session opened, when it is still usable and is for the signed-in user."""
    invitation = usable(request.session.get(SESSION_KEY))
    if invitation is None or invitation.user_id != request.user.pk:
        return None
    return invitation


def use(invitation: StaffDeviceInvitation) -> bool:
    """Marks the invitation used; False when it was used, replaced or expired meanwhile."""
    return bool(
        StaffDeviceInvitation.objects.filter(
            pk=invitation.pk, token_hash=invitation.token_hash, used_at__isnull=True, expires_at__gt=timezone.now()
        ).update(used_at=timezone.now())
    )
