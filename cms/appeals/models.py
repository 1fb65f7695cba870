"""Appeals to the Ministry of Economy and AZPROMO (Regulation 3.3, 9.1.3–9.1.6).

An appeal is filed by a signed-in applicant, for themselves or for a legal entity they represent,
or (as an enquiry) by an investor abroad through the lighter public form. It is registered in one
transaction with its number and due date; every later step is an `AppealEvent` written by the state
machine in `workflow.py`. The rules that change with the law (deadline terms, the calendar of
transferred days, categories) are rows an administrator edits, not constants.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from cms.accounts.models import LegalEntity, Person
from cms.core.bodies import Body  # shared with the guide; appeals modules import it from here, beside Kind and Status


class Kind(models.TextChoices):
    APPLICATION = "application", _("Application")
    PROPOSAL = "proposal", _("Proposal")
    COMPLAINT = "complaint", _("Complaint")
    INFORMATION = "information", _("Request for information")
    # Investors abroad without an EHİS identity (the public enquiry form): an internal target, no
    # statutory clock.
    ENQUIRY = "enquiry", _("Enquiry")


APPLICANT_KINDS = [choice for choice in Kind.choices if choice[0] != Kind.ENQUIRY]


class Status(models.TextChoices):
    """The state of an appeal. The labels carry their own context: "Registered" as a state is not
    the "Registered" (date) column of a table, and in Russian a state agrees with "обращение"."""

    DRAFT = "draft", pgettext_lazy("appeal status", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("appeal status", "Submitted")
    REGISTERED = "registered", pgettext_lazy("appeal status", "Registered")
    ASSIGNED = "assigned", pgettext_lazy("appeal status", "Assigned")
    IN_REVIEW = "in_review", pgettext_lazy("appeal status", "In review")
    INFORMATION_REQUESTED = "information_requested", pgettext_lazy("appeal status", "Information requested")
    AWAITING_APPLICANT = "awaiting_applicant", pgettext_lazy("appeal status", "Awaiting the applicant")
    ANSWERED = "answered", pgettext_lazy("appeal status", "Answered")
    CLOSED = "closed", pgettext_lazy("appeal status", "Closed")
    FORWARDED = "forwarded", pgettext_lazy("appeal status", "Forwarded")
    NOT_CONSIDERED = "not_considered", pgettext_lazy("appeal status", "Not considered")
    WITHDRAWN = "withdrawn", pgettext_lazy("appeal status", "Withdrawn")


# The states in which the clock runs: registered and not yet answered, forwarded or ended.
OPEN_STATUSES = (
    Status.REGISTERED,
    Status.ASSIGNED,
    Status.IN_REVIEW,
    Status.INFORMATION_REQUESTED,
    Status.AWAITING_APPLICANT,
)
# Sent and awaiting the answer: the open states and the moment before registration. The applicant
# may still withdraw the appeal, and its due date means something.
BEFORE_ANSWER = (Status.SUBMITTED, *OPEN_STATUSES)


class Role(models.TextChoices):
    REGISTRAR = "registrar", _("Registrar")
    HANDLER = "handler", _("Handler")
    SUPERVISOR = "supervisor", _("Supervisor")
    AUDITOR = "auditor", _("Auditor")


class Category(models.Model):
    """What an appeal is about; the keys of the guide's topics, so an appeal can point to its topic."""

    key = models.SlugField(_("key"), max_length=40, unique=True, help_text=_("Stable identifier, e.g. 'taxation'."))
    topic_key = models.CharField(
        _("guide topic"),
        max_length=40,
        blank=True,
        help_text=_("The topic_key of the Investor's Guide topic this category matches, if any."),
    )
    name_az = models.CharField(_("name (Azerbaijani)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Position in the applicant's list."))
    active = models.BooleanField(_("offered to applicants"), default=True)

    class Meta:
        verbose_name = _("appeal category")
        verbose_name_plural = _("appeal categories")
        ordering = ["order", "key"]

    def __str__(self) -> str:
        return self.name()

    def name(self, language: str | None = None) -> str:
        language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
        return getattr(self, f"name_{language}", "") or self.name_az


class DeadlineRule(models.Model):
    """A time limit as data (Law on Citizens' Appeals, Arts 7.10, 10.1, 10.2).

    The most specific active rule wins: kind and body, then kind, then body, then the general one.
    """

    class Purpose(models.TextChoices):
        ANSWER = "answer", _("Answer")
        EXTENDED_STUDY = "extended_study", _("Answer where extra study is needed")
        EXTENSION = "extension", _("Extension when information is requested (maximum)")
        FORWARDING = "forwarding", _("Forwarding to the competent body")

    class Unit(models.TextChoices):
        WORKING = "working", _("working days")
        CALENDAR = "calendar", _("calendar days")

    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, blank=True, help_text=_("Empty: every kind.")
    )
    body = models.CharField(
        _("body"), max_length=3, choices=Body.choices, blank=True, help_text=_("Empty: both bodies.")
    )
    days = models.PositiveSmallIntegerField(
        _("term"), help_text=_("Number of days, counted from the day after registration.")
    )
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices, default=Unit.WORKING)
    statutory = models.BooleanField(
        _("statutory"), default=True, help_text=_("Off for an internal target that the law does not set (enquiries).")
    )
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("deadline rule")
        verbose_name_plural = _("deadline rules")
        ordering = ["purpose", "kind", "body"]
        constraints = [
            models.UniqueConstraint(
                fields=["purpose", "kind", "body"], condition=models.Q(active=True), name="one_active_deadline_rule"
            )
        ]

    def __str__(self) -> str:
        scope = " / ".join(part for part in (self.get_kind_display(), self.get_body_display()) if part) or _("all")
        return f"{self.get_purpose_display()} ({scope}): {self.days} {self.get_unit_display()}"


class CalendarException(models.Model):
    """A day the government moved: a rest day made a working day, or the reverse (announced yearly)."""

    date = models.DateField(_("date"), unique=True)
    is_working_day = models.BooleanField(
        _("working day"), help_text=_("On: a working day (e.g. a Saturday worked). Off: a day of rest.")
    )
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_("The decision that moved the day."))

    class Meta:
        verbose_name = _("transferred day")
        verbose_name_plural = _("transferred days")
        ordering = ["date"]

    def __str__(self) -> str:
        kind = _("working") if self.is_working_day else _("rest")  # not inside the f-string, where extraction misses it
        return f"{self.date:%Y-%m-%d} ({kind})"


class RegistrationCounter(models.Model):
    """The last number given in a series (a body's prefix, or ENQ) and year; locked while numbering."""

    series = models.CharField(max_length=3)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["series", "year"], name="one_counter_per_series_year")]

    def __str__(self) -> str:
        return f"{self.series}-{self.year}: {self.last_number}"


class StaffMembership(models.Model):
    """A member of staff's role in one body: it decides which appeals they see and what they may do."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appeal_memberships")
    body = models.CharField(_("body"), max_length=3, choices=Body.choices)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("appeals staff membership")
        verbose_name_plural = _("appeals staff memberships")
        ordering = ["body", "role"]
        constraints = [models.UniqueConstraint(fields=["user", "body", "role"], name="one_membership_per_role")]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_body_display()} — {self.get_role_display()}"


class AppealQuerySet(models.QuerySet["Appeal"]):
    """Where appeals stand against their deadlines: the one definition of open, overdue and due soon
    (`Appeal.is_overdue` is the same rule for one appeal)."""

    def open(self) -> AppealQuerySet:
        return self.filter(status__in=OPEN_STATUSES)

    @staticmethod
    def overdue_condition(today) -> models.Q:
        return models.Q(status__in=OPEN_STATUSES, due_date__lt=today)

    def overdue(self, today) -> AppealQuerySet:
        return self.filter(self.overdue_condition(today))

    def due_soon(self, today, threshold) -> AppealQuerySet:
        """Open, not overdue, and due by `threshold` (`deadlines.due_soon_threshold`)."""
        return self.open().filter(due_date__gte=today, due_date__lte=threshold)


class Appeal(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    number = models.CharField(_("registration number"), max_length=20, unique=True, null=True, blank=True)
    body = models.CharField(_("addressee"), max_length=3, choices=Body.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    category = models.ForeignKey(Category, verbose_name=_("category"), on_delete=models.PROTECT, null=True, blank=True)
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    text = models.TextField(_("text"), blank=True)
    answer_language = models.CharField(
        _("language of the answer"), max_length=2, choices=settings.LANGUAGES, default="az"
    )
    consent = models.BooleanField(_("consent to the processing of personal data"), default=False)
    contact_email = models.EmailField(_("e-mail for notifications"), blank=True)

    # Who: a signed-in applicant (the person who filed, and the entity they filed for, if any), or
    # an enquirer from the public form (no person; name and country instead).
    filed_by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="appeals", null=True, blank=True)
    entity = models.ForeignKey(LegalEntity, on_delete=models.PROTECT, related_name="appeals", null=True, blank=True)
    enquirer_name = models.CharField(_("name"), max_length=200, blank=True)
    enquirer_company = models.CharField(_("company"), max_length=200, blank=True)
    enquirer_country = models.CharField(_("country"), max_length=100, blank=True)

    status = models.CharField(_("status"), max_length=30, choices=Status.choices, default=Status.DRAFT, db_index=True)
    # The key of the form (or API request) that filed the appeal: sending the same form again, after
    # Back or a lost connection, finds this appeal instead of filing another (unique per person).
    submission_key = models.CharField(max_length=64, null=True, blank=True, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handler"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)
    registered_on = models.DateField(_("registration date"), null=True, blank=True)
    # The deadlines are computed once, from the rules, and stored; "overdue" is derived from them.
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
    statutory = models.BooleanField(_("statutory deadline"), default=True)
    forward_by = models.DateField(_("forward by"), null=True, blank=True)
    extended_days = models.PositiveSmallIntegerField(default=0)
    study_extended = models.BooleanField(default=False)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    forwarded_to = models.CharField(_("forwarded to"), max_length=200, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    rating = models.PositiveSmallIntegerField(_("rating of the answer"), null=True, blank=True)
    rating_comment = models.TextField(blank=True)
    # The alerts already sent, so the daily command may run twice ({"due_soon": "2026-04-16", ...}).
    alerts_sent = models.JSONField(default=dict, blank=True)

    objects = AppealQuerySet.as_manager()

    # Not a column: set on the appeal that filing or saving a draft returns (services), True when
    # the same form was sent before and the appeal it filed is returned again.
    replayed: bool

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        ordering = ["-created_at"]
        permissions = [
            ("register_appeal", _("Can register appeals")),
            ("handle_appeal", _("Can handle appeals")),
            ("supervise_appeal", _("Can supervise appeals")),
            ("audit_appeal", _("Can read appeals and reports")),
        ]
        indexes = [models.Index(fields=["body", "status", "due_date"])]
        constraints = [
            models.UniqueConstraint(fields=["filed_by", "submission_key"], name="one_appeal_per_submission_key")
        ]

    def __str__(self) -> str:
        return self.number or f"draft {self.public_id}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def due_date_applies(self) -> bool:
        """Whether the due date means something now: sent, and neither answered nor ended."""
        return self.status in BEFORE_ANSWER and self.due_date is not None

    def is_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.is_open and self.due_date is not None and self.due_date < today

    @property
    def applicant_name(self) -> str:
        if self.entity is not None:
            return self.entity.name
        if self.filed_by is not None:
            return self.filed_by.full_name
        return self.enquirer_name

    @property
    def applicant_label(self) -> str:
        """Who the appeal is from, as staff read it: the entity and the person who filed for it."""
        if self.entity is not None:
            if self.filed_by is None:  # not filed through the e-cabinet: no person acts for the entity
                return self.entity.name
            return f"{self.entity.name} ({self.filed_by.full_name})"
        if self.filed_by is not None:
            return self.filed_by.full_name
        company = f", {self.enquirer_company}" if self.enquirer_company else ""
        return f"{self.enquirer_name}{company} ({self.enquirer_country})"


class AppealEvent(models.Model):
    """One step in an appeal's history: a transition, or an action that changes no state."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=30, blank=True)
    to_status = models.CharField(max_length=30, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_role = models.CharField(max_length=20)
    comment = models.TextField(blank=True)
    detail = models.JSONField(default=dict, blank=True)
    # Events the applicant is not shown (assignments, internal notes).
    internal = models.BooleanField(default=False)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    # Not a column: set by `workflow.perform` on the event it returns, the message its step wrote.
    message: Message | None

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.appeal} {self.action} {self.at:%Y-%m-%d %H:%M}"


class Message(models.Model):
    """Correspondence on an appeal, both ways; internal notes are never shown to the applicant."""

    class Kind(models.TextChoices):
        APPLICANT = "applicant", _("Message from the applicant")
        STAFF = "staff", _("Message to the applicant")
        INFORMATION_REQUEST = "information_request", _("Request for information")
        ANSWER = "answer", _("Answer")
        NOTE = "note", _("Internal note")
        HANDLING_COMPLAINT = "handling_complaint", _("Complaint about the handling")

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    @property
    def internal(self) -> bool:
        return self.kind == self.Kind.NOTE

    @property
    def from_applicant(self) -> bool:
        return self.kind in (self.Kind.APPLICANT, self.Kind.HANDLING_COMPLAINT)


class Attachment(models.Model):
    """A file on an appeal or one of its messages, kept in private storage (never under MEDIA)."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments")
    name = models.CharField(max_length=150)
    stored_name = models.CharField(max_length=100, unique=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    from_staff = models.BooleanField(default=False)
    internal = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.name


class Suggestion(models.Model):
    """A proposal to improve the system itself (Regulation 9.1.5)."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="suggestions")
    text = models.TextField(_("suggestion"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.person.fin} {self.created_at:%Y-%m-%d}"


class PendingEnquiry(models.Model):
    """An enquiry from the public form, waiting for its sender to confirm the e-mail address."""

    token_hash = models.CharField(max_length=64, unique=True)
    # The key of the form that sent it: the same form sent twice is one enquiry and one e-mail.
    submission_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    name = models.CharField(max_length=200)
    company = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=100)
    email = models.EmailField()
    category = models.ForeignKey(Category, on_delete=models.PROTECT)
    text = models.TextField()
    language = models.CharField(max_length=2)
    consent = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    appeal = models.OneToOneField(Appeal, null=True, blank=True, on_delete=models.SET_NULL, related_name="enquiry")

    # Not a column: set by `enquiries.store` on what it returns, True when the form was sent before.
    replayed: bool

    class Meta:
        ordering = ["-created_at"]


class OutboxMessage(models.Model):
    """An e-mail written in the same transaction as the event that caused it, sent afterwards.

    A failed attempt is retried with growing delays, up to OUTBOX_MAX_ATTEMPTS; then, or at once
    when the mail server refuses the recipient for good, the message is marked failed and waits for
    staff (Settings → E-mail outbox), who may send it again. Nothing is dropped. `key` makes a
    notification that may be produced twice (the daily deadline alerts) a no-op the second time.
    While a sender works on a message, `next_attempt_at` is moved ahead as its lease.
    """

    key = models.CharField(max_length=200, unique=True, null=True, blank=True)
    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body = models.TextField()
    language = models.CharField(max_length=2)
    appeal = models.ForeignKey(Appeal, null=True, blank=True, on_delete=models.SET_NULL, related_name="outbox")
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    failed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.to}: {self.subject}"
