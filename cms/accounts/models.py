"""Applicants and their e-cabinets (Regulation 4.2.1, 5.2, 5.3).

An applicant is a natural person known by FIN, signed in through the e-government sign-on. What the
portal knows about them comes from the sign-on and the e-government data exchange and is refreshed
at every sign-in; the applicant adds only a contact e-mail and phone. A legal entity has its own
e-cabinet and acts through people: its head (from the taxpayer registry) and the responsible
persons the head registers, each with the rights granted to them.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProfileKind(models.TextChoices):
    PHYSICAL_PERSON = "physical_person", _("Physical person")
    SOLE_PROPRIETOR = "sole_proprietor", _("Sole proprietor")
    FOREIGNER = "foreigner", _("Foreigner")
    STATELESS = "stateless", _("Stateless person")


class ResidencePermitKind(models.TextChoices):
    TEMPORARY = "temporary", _("Temporary residence permit")
    PERMANENT = "permanent", _("Permanent residence permit")


class Right(models.TextChoices):
    """What a responsible person may do for a legal entity (Regulation 5.2)."""

    SUBMIT_APPEALS = "submit_appeals", _("Submit appeals")
    READ_APPEALS = "read_appeals", _("Read the entity's appeals")
    MANAGE_REPRESENTATIVES = "manage_representatives", _("Manage representatives")


# Fields an applicant may ask staff to correct (Regulation 9.1.2, 6.1.11). The rest (FIN,
# citizenship, tax data) belong to their registries and are corrected there.
CORRECTABLE_FIELDS = ("last_name", "first_name", "patronymic", "registration_address")


class Person(models.Model):
    """A natural person's e-cabinet: a citizen, a sole proprietor, a foreigner or a stateless person."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="applicant")
    fin = models.CharField(_("FIN"), max_length=7, unique=True)
    subject = models.CharField(_("sign-on subject"), max_length=255, blank=True)
    kind = models.CharField(_("profile kind"), max_length=20, choices=ProfileKind.choices)

    last_name = models.CharField(_("surname"), max_length=100)
    first_name = models.CharField(_("name"), max_length=100)
    patronymic = models.CharField(_("patronymic"), max_length=100, blank=True)
    citizenship = models.CharField(_("citizenship"), max_length=60, blank=True)
    registration_address = models.CharField(_("registration address"), max_length=300, blank=True)
    sign_on_phone = models.CharField(_("phone (from the sign-on)"), max_length=30, blank=True)

    # Sole proprietor (4.2.1.2): the taxpayer registration, from the data exchange.
    voen = models.CharField(_("VÖEN"), max_length=10, blank=True)
    activities = models.JSONField(_("activities"), default=list, blank=True)
    taxpayer_registered_on = models.DateField(_("taxpayer registered on"), null=True, blank=True)
    tax_authority = models.CharField(_("tax authority"), max_length=200, blank=True)

    # Foreigner or stateless person (4.2.1.4): the residence permit, from the data exchange.
    residence_permit_kind = models.CharField(
        _("residence permit"), max_length=20, choices=ResidencePermitKind.choices, blank=True
    )
    residence_permit_number = models.CharField(_("residence permit number"), max_length=30, blank=True)
    residence_permit_issued_on = models.DateField(_("issued on"), null=True, blank=True)
    residence_permit_valid_until = models.DateField(_("valid until"), null=True, blank=True)

    # What the applicant adds; nothing else is typed by hand.
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)

    # Approved corrections, {field: value}, shown over the registry value until the registry agrees.
    corrections = models.JSONField(_("approved corrections"), default=dict, blank=True)

    suspended_at = models.DateTimeField(_("suspended at"), null=True, blank=True)
    suspension_reason = models.TextField(_("reason for suspension"), blank=True)

    created_at = models.DateTimeField(_("e-cabinet created"), auto_now_add=True)
    refreshed_at = models.DateTimeField(_("data refreshed"), null=True, blank=True)

    class Meta:
        verbose_name = _("applicant")
        verbose_name_plural = _("applicants")
        ordering = ["last_name", "first_name"]
        default_permissions = ("view",)
        permissions = [
            ("suspend_person", _("Can suspend and restore applicants")),
            ("decide_correction", _("Can approve or reject correction requests")),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.fin})"

    def effective(self, field: str) -> str:
        """The value shown to everyone: an approved correction wins over the registry value."""
        return self.corrections.get(field, getattr(self, field))

    @property
    def full_name(self) -> str:
        parts = [self.effective("last_name"), self.effective("first_name"), self.effective("patronymic")]
        return " ".join(part for part in parts if part)

    @property
    def is_suspended(self) -> bool:
        return self.suspended_at is not None


class LegalEntity(models.Model):
    """A legal entity's e-cabinet (4.2.1.3), acted for by its head and responsible persons (5.2)."""

    voen = models.CharField(_("VÖEN"), max_length=10, unique=True)
    name = models.CharField(_("full name"), max_length=300)
    legal_form = models.CharField(_("legal form"), max_length=100, blank=True)
    legal_address = models.CharField(_("legal address"), max_length=300, blank=True)
    activities = models.JSONField(_("activities"), default=list, blank=True)
    taxpayer_registered_on = models.DateField(_("taxpayer registered on"), null=True, blank=True)
    tax_authority = models.CharField(_("tax authority"), max_length=200, blank=True)
    registry_email = models.CharField(_("e-mail (from the registry)"), max_length=254, blank=True)
    registry_phone = models.CharField(_("phone (from the registry)"), max_length=30, blank=True)
    head_fin = models.CharField(_("head's FIN"), max_length=7, db_index=True)
    head_name = models.CharField(_("head"), max_length=300, blank=True)

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)

    created_at = models.DateTimeField(_("e-cabinet created"), auto_now_add=True)
    refreshed_at = models.DateTimeField(_("data refreshed"), null=True, blank=True)

    class Meta:
        verbose_name = _("legal entity")
        verbose_name_plural = _("legal entities")
        ordering = ["name"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.name} ({self.voen})"


class Representation(models.Model):
    """A responsible person registered by FIN for a legal entity, with the rights granted to them.

    The person need not have signed in yet: the link is by FIN. Revoking keeps the row (with who
    and when) so that the history stays readable; only rows without `revoked_at` count.
    """

    entity = models.ForeignKey(LegalEntity, on_delete=models.CASCADE, related_name="representations")
    fin = models.CharField(_("FIN"), max_length=7, db_index=True)
    can_submit_appeals = models.BooleanField(_("submit appeals"), default=False)
    can_read_appeals = models.BooleanField(_("read the entity's appeals"), default=False)
    can_manage_representatives = models.BooleanField(_("manage representatives"), default=False)
    granted_by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    granted_at = models.DateTimeField(auto_now_add=True)
    revoked_by = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("responsible person")
        verbose_name_plural = _("responsible persons")
        ordering = ["-granted_at"]
        default_permissions = ("view",)
        constraints = [
            models.UniqueConstraint(
                fields=["entity", "fin"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_active_representation_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.fin} → {self.entity.voen}"

    def rights(self) -> frozenset[str]:
        granted = {
            Right.SUBMIT_APPEALS: self.can_submit_appeals,
            Right.READ_APPEALS: self.can_read_appeals,
            Right.MANAGE_REPRESENTATIVES: self.can_manage_representatives,
        }
        return frozenset(str(right) for right, on in granted.items() if on)


class CorrectionRequest(models.Model):
    """An applicant's request to correct data about them, decided by staff (9.1.2, 6.1.11)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting decision")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="correction_requests")
    field = models.CharField(_("what to correct"), max_length=40)
    current_value = models.CharField(_("current value"), max_length=300, blank=True)
    proposed_value = models.CharField(_("correct value"), max_length=300)
    explanation = models.TextField(_("explanation"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decision_reason = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        verbose_name = _("correction request")
        verbose_name_plural = _("correction requests")
        ordering = ["-created_at"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.person.fin}: {self.field}"


class StaffDeviceInvitation(models.Model):
    """The one way a member of staff sets up their second factor: a link an administrator issues
    (cms/accounts/invitations.py). Only a hash of the link's token is kept; the link works once,
    until `expires_at`, and a new invitation for the same member replaces this one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="device_invitation",
        verbose_name=_("member of staff"),
    )
    token_hash = models.CharField(max_length=64, unique=True)
    issued_at = models.DateTimeField(_("issued"))
    expires_at = models.DateTimeField(_("expires"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("issued by"),
    )
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("second-factor invitation")
        verbose_name_plural = _("second-factor invitations")
        # "add": who may invite staff to set up their second factor (superusers hold it anyway).
        default_permissions = ("add",)

    def __str__(self) -> str:
        return f"{self.user.get_username()} until {self.expires_at:%Y-%m-%d %H:%M}"
