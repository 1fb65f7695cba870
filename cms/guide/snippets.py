"""Snippets: the shared reference data that pages cite.

Legal acts, tax rates and fees, sectors and regions are kept once and referenced from pages, so
that a rate change or a corrected decree number is one edit that every citing page picks up.
"""

import re
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from cms.core.formatting import format_number, format_percent


class Currency(models.TextChoices):
    """The currencies amounts in the guide are given in (an incentive's minimum investment, a
    project's value, a procedure step's cost), in the order totals list them."""

    AZN = "AZN", "AZN"
    USD = "USD", "USD"
    EUR = "EUR", "EUR"


class TaxonomyTerm(index.Indexed, models.Model):
    """A term of the taxonomy that projects, incentives and search facets share."""

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_(
            "A stable code used in links, filters and open data, e.g. 'agriculture'. Never change it once published."
        ),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("The name shown to visitors."))

    search_fields = [index.SearchField("name"), index.SearchField("key")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name or self.key


class Sector(TaxonomyTerm):  # type: ignore[django-manager-missing]  # pages' managers are Wagtail's, untyped
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Region(TaxonomyTerm):  # type: ignore[django-manager-missing]  # pages' managers are Wagtail's, untyped
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class LegalAct(index.Indexed, models.Model):
    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("A stable code for the act, e.g. 'tax-code'. Never change it once published."),
    )
    title = models.CharField(
        _("title"), max_length=255, help_text=_("The act's official title, as it is cited on pages.")
    )
    number = models.CharField(
        _("number"),
        max_length=40,
        blank=True,
        help_text=_("The official number, e.g. '905-IQ'. Leave empty if it has none."),
    )
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("The date the act was adopted or signed."))
    official_url = models.URLField(
        _("official URL"), blank=True, help_text=_("Link to the official text (e-qanun.az or the issuing body's site).")
    )

    search_fields = [index.SearchField("title"), index.SearchField("number")]

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("legal act")
        verbose_name_plural = _("legal acts")

    def __str__(self):
        return self.title or self.key

    @property
    def citation(self) -> str:
        """The act as it is cited: title, number and date."""
        parts = [self.title]
        if self.number and not re.search(rf"(?<![\w-]){re.escape(self.number)}(?![\w-])", self.title):
            # A title may give its number already ("Decree No. 923 …"): it is not cited twice.
            parts.append(f"№\u00a0{self.number}")
        if self.date:
            parts.append(self.date.strftime("%d.%m.%Y"))
        return ", ".join(parts)


class TaxRate(index.Indexed, models.Model):
    """A tax rate or a fee. Rate-table blocks show these, so one edit updates every page."""

    class Category(models.TextChoices):
        TAX = "tax", _("Tax")
        FEE = "fee", _("Fee or duty")

    class Unit(models.TextChoices):
        PERCENT = "percent", _("per cent")
        AZN = "azn", _("AZN")
        USD = "usd", _("USD")
        AZN_PER_100M2 = "azn_per_100m2", _("AZN per 100 m²")

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("A stable code, e.g. 'vat-standard'. Never change it once published."),
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("What the rate is, e.g. 'Standard VAT rate'."))
    category = models.CharField(
        _("category"),
        max_length=10,
        choices=Category.choices,
        default=Category.TAX,
        help_text=_("A tax, or a fee or state duty."),
    )
    value = models.DecimalField(
        _("rate or amount"),
        max_digits=14,
        decimal_places=4,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("The number only: 18 for 18%, 160 for AZN 160. Percentages must be between 0 and 100."),
    )
    unit = models.CharField(
        _("unit"), max_length=20, choices=Unit.choices, help_text=_("What the number is measured in.")
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_(
            "A short qualifier shown beside the figure when it needs one, e.g. 'AZN 75 + 10% of the part over AZN 2,500'."
        ),
    )
    applies_to = models.CharField(
        _("applies to"), max_length=255, help_text=_("Who or what the rate applies to, in one sentence.")
    )
    legal_basis = models.ManyToManyField(
        LegalAct,
        blank=True,
        related_name="tax_rates",
        verbose_name=_("legal basis"),
        help_text=_("The acts that set this rate."),
    )
    effective_from = models.DateField(
        _("effective from"),
        null=True,
        blank=True,
        help_text=_("The first day the rate applies. Leave empty if long-standing."),
    )
    effective_to = models.DateField(
        _("effective to"),
        null=True,
        blank=True,
        help_text=_("The last day the rate applies. Leave empty while it is in force."),
    )

    search_fields = [index.SearchField("name"), index.SearchField("applies_to")]

    class Meta:
        ordering = ["category", "name"]
        verbose_name = _("tax rate or fee")
        verbose_name_plural = _("tax rates and fees")

    def __str__(self):
        return f"{self.name} — {self.display_value}" if self.name else self.key

    def clean(self):
        super().clean()
        errors = {}
        if self.value is not None and self.unit == self.Unit.PERCENT and self.value > 100:
            errors["value"] = _("A percentage must be between 0 and 100.")
        if self.effective_from and self.effective_to and self.effective_to < self.effective_from:
            errors["effective_to"] = _("The end date cannot be before the start date.")
        if errors:
            raise ValidationError(errors)

    @property
    def currency(self) -> str | None:
        """The currency of a fee that is an amount ("AZN", "USD"); None for a rate (per cent, per area)."""
        currencies: dict[str, str] = {self.Unit.AZN: Currency.AZN.value, self.Unit.USD: Currency.USD.value}
        return currencies.get(self.unit)

    @property
    def display_value(self) -> str:
        """The figure as a reader of the active language writes it: '18%', '0,5%', '200 000 AZN', '20 USD'."""
        if self.value is None:
            return ""
        language = translation.get_language() or settings.LANGUAGE_CODE
        if self.unit == self.Unit.PERCENT:
            return format_percent(self.value, language)
        text = format_number(self.value, language)
        if self.unit == self.Unit.AZN_PER_100M2:
            return f"{text} AZN / 100 m²"
        return f"{text} {self.get_unit_display()}"


class Institution(index.Indexed, models.Model):
    """A public body a procedure's step is done at: where it is, when it is open, how to reach it.

    Kept once so that a new address or telephone number is one edit for every procedure.
    """

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("A stable code for the body, e.g. 'state-tax-service'. Never change it once published."),
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("The body's official name, as visitors see it."))
    address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Where visitors go, as it is written on an envelope. Leave empty if the service is only online."),
    )
    hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("When it receives visitors, e.g. 'Monday to Friday, 9:00 to 18:00'. Leave empty if unknown."),
    )
    phone = models.CharField(
        _("telephone"),
        max_length=40,
        blank=True,
        help_text=_("The number for enquiries with the country code, e.g. '+994 12 000 00 00'."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The body's official website."))

    search_fields = [index.SearchField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("public body")
        verbose_name_plural = _("public bodies")

    def __str__(self):
        return self.name or self.key
