"""StreamField blocks of the guide's pages.

Every block has an API representation that is plain, structured JSON in the requested language:
the static site, the mobile channel and the search indexer read that, never the database.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.core.formatting import format_number, plain_number

from .snippets import Currency

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


def serialize_tax_rate(rate) -> dict:
    """A tax rate as the API shows it, in the active language."""
    return {
        "id": rate.pk,
        "key": rate.key,
        "name": rate.name,
        "category": rate.category,
        "value": plain_number(rate.value),
        "unit": rate.unit,
        "currency": rate.currency,
        "display_value": rate.display_value,
        "note": rate.note,
        "applies_to": rate.applies_to,
        "effective_from": rate.effective_from.isoformat() if rate.effective_from else None,
        "effective_to": rate.effective_to.isoformat() if rate.effective_to else None,
        "legal_basis": [serialize_legal_act(act) for act in rate.legal_basis.all()],
    }


def serialize_legal_act(act) -> dict:
    return {
        "id": act.pk,
        "key": act.key,
        "title": act.title,
        "number": act.number,
        "date": act.date.isoformat() if act.date else None,
        "official_url": act.official_url,
        "citation": act.citation,
    }


_rates_at_hand: ContextVar[dict | None] = ContextVar("rates_at_hand", default=None)


@contextmanager
def rates_at_hand():
    """Within it, the rates that pages cite are read once, all together, rather than once per
    page: for serialising a listing of many pages. The table holds tens of rates."""
    token = _rates_at_hand.set({})
    try:
        yield
    finally:
        _rates_at_hand.reset(token)


class TaxRateChooserBlock(SnippetChooserBlock):
    """Chooses a tax rate; the API shows the rate's current figures, not just its id."""

    def __init__(self, **kwargs):
        super().__init__("guide.TaxRate", **kwargs)

    def bulk_to_python(self, values):
        known = _rates_at_hand.get()
        if known is not None:
            if not known:  # first use in this listing: every rate once, with its legal basis
                known.update({rate.pk: rate for rate in self.model_class.objects.prefetch_related("legal_basis")})
                known.setdefault(None, None)  # read: an empty table is not read again
            return [known.get(int(value)) if str(value).isdigit() else None for value in values]
        # A rate's legal basis is part of its API representation: fetch it with the rates.
        rates = super().bulk_to_python(values)
        prefetch_related_objects([rate for rate in rates if rate is not None], "legal_basis")
        return rates

    def get_api_representation(self, value, context=None):
        return serialize_tax_rate(value) if value else None


class KeyFactBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120, help_text=_("What the figure is, e.g. 'Standard rate'."))
    value = blocks.CharBlock(max_length=120, help_text=_("The figure itself, e.g. '18%' or '5 working days'."))


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading above the facts."))
    facts = blocks.ListBlock(
        KeyFactBlock(), min_num=1, help_text=_("Short label and figure pairs, shown as a highlighted list.")
    )

    class Meta:
        icon = "list-ul"
        label = _("Key facts")


class RateTableBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading above the table."))
    rates = blocks.ListBlock(
        TaxRateChooserBlock(),
        min_num=1,
        help_text=_(
            "Tax rates and fees to show. Their figures come from the rate snippets, so edit the snippet to change them."
        ),
    )

    class Meta:
        icon = "table"
        label = _("Rate table")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160, help_text=_("What to do in this step, in a few words."))
    text = blocks.TextBlock(
        required=False, help_text=_("Details of the step: documents, where to go, how long it takes.")
    )


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading, e.g. 'How to apply'."))
    steps = blocks.ListBlock(
        StepBlock(), min_num=1, help_text=_("The steps in order; they are numbered automatically.")
    )

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step list")


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=255, help_text=_("The question as an investor would ask it."))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text=_("A short, direct answer."))


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional heading, e.g. 'Frequently asked questions'.")
    )
    items = blocks.ListBlock(
        FaqItemBlock(), min_num=1, help_text=_("Questions and answers. Search engines show them as an FAQ.")
    )

    class Meta:
        icon = "help"
        label = _("FAQ")


class Tone(models.TextChoices):
    INFO = "info", _("Information")
    TIP = "tip", _("Tip")
    WARNING = "warning", _("Warning")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=Tone.choices,
        default=Tone.INFO.value,
        help_text=_("How the box is styled: information, a tip, or a warning the reader must not miss."),
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text=_("A short message set apart from the text."))

    class Meta:
        icon = "warning"
        label = _("Call-out")

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        # A tone no longer offered (stored before its choice was removed) is shown as information.
        tone = representation.get("tone") if representation.get("tone") in Tone.values else Tone.INFO.value
        return {**representation, "tone": tone, "tone_label": str(Tone(tone).label)}


class LinkBlock(blocks.StructBlock):
    """A document from the library or an external link, with a description."""

    title = blocks.CharBlock(max_length=200, help_text=_("The link text, e.g. the name of the form or the site."))
    url = blocks.URLBlock(required=False, help_text=_("An external address. Leave empty when linking a document."))
    document = DocumentChooserBlock(
        required=False, help_text=_("A document from the library. Leave empty when linking an address.")
    )
    description = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Optional one-line description shown under the link.")
    )

    class Meta:
        icon = "link"
        label = _("Document or external link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("url")) == bool(value.get("document")):
            message = _("Give either an address or a document, not both and not neither.")
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value

    def get_api_representation(self, value, context=None):
        document = value.get("document")
        return {
            "title": value.get("title"),
            "url": value.get("url") or (document.url if document else ""),
            "description": value.get("description") or "",
            "is_document": bool(document),
            "file_extension": document.file_extension if document else "",
        }


class GuideStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), icon="pilcrow")
    key_facts = KeyFactsBlock()
    rate_table = RateTableBlock()
    steps = StepsBlock()
    faq = FaqBlock()
    callout = CalloutBlock()
    link = LinkBlock()


class BenefitBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text=_("The benefit, e.g. 'Exemption from property tax'."))
    description = blocks.TextBlock(
        required=False, help_text=_("What exactly is exempted or reduced, and on what condition.")
    )
    duration_years = blocks.IntegerBlock(
        required=False,
        min_value=1,
        max_value=99,
        help_text=_("How many years the benefit lasts. Leave empty if it has no fixed term."),
    )
    rate = TaxRateChooserBlock(
        required=False,
        help_text=_(
            "The tax the benefit exempts or reduces, if it is one of the tax rates. The incentive checker "
            "shows its current figure beside the benefit, so a change of the rate shows there at once."
        ),
    )

    class Meta:
        icon = "tick"
        label = _("Benefit")


class ConditionBlock(blocks.StructBlock):
    """A condition of an incentive that only a person can confirm; the incentive checker lists it as
    something to check, with whom."""

    condition = blocks.CharBlock(
        max_length=300,
        help_text=_(
            "A condition the investor must meet that the checker's questions cannot settle, e.g. "
            "'Registered as a resident of the park'. Shown in the checker as something to check."
        ),
    )
    check_with = blocks.CharBlock(
        max_length=200,
        required=False,
        help_text=_("Who confirms it, e.g. the Economic Zones Development Agency. Leave empty for the issuing body."),
    )

    class Meta:
        icon = "help"
        label = _("Condition to check")


class KeyFigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=160, help_text=_("What the figure measures."))
    value = blocks.CharBlock(max_length=80, help_text=_("The figure, e.g. '612' or 'AZN 7.4 billion'."))
    source = blocks.URLBlock(required=False, help_text=_("Where the figure comes from. Shown as a source link."))

    class Meta:
        icon = "order"
        label = _("Key figure")


class OpportunityBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160, help_text=_("The opportunity in a few words."))
    text = blocks.TextBlock(help_text=_("Why it is attractive and for whom."))

    class Meta:
        icon = "pick"
        label = _("Opportunity")


class PartnerBlock(blocks.CharBlock):
    class Meta:
        icon = "group"
        label = _("Partner")


# Procedures ------------------------------------------------------------------------------------


def serialize_institution(institution) -> dict:
    """A public body as the API shows it, in the active language."""
    return {
        "id": institution.pk,
        "key": institution.key,
        "name": institution.name,
        "address": institution.address,
        "hours": institution.hours,
        "phone": institution.phone,
        "website": institution.website,
    }


class InstitutionChooserBlock(SnippetChooserBlock):
    """Chooses a public body; the API shows its name and contacts, not just its id."""

    def __init__(self, **kwargs):
        super().__init__("guide.Institution", **kwargs)

    def get_api_representation(self, value, context=None):
        return serialize_institution(value) if value else None


class LegalActChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("guide.LegalAct", **kwargs)

    def get_api_representation(self, value, context=None):
        return serialize_legal_act(value) if value else None


class DocumentToBringBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200, help_text=_("The document, e.g. 'The company's charter, two copies'."))
    source = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Where the applicant gets it, e.g. 'Drawn up by the founders' or 'A notary'."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class ProcedureStepBlock(blocks.StructBlock):
    """One step of a procedure, with the figures the page's totals are computed from.

    The figures (body, cost, time, the "at the same time" mark, e-service, legal basis) are the same
    in every language; the page checks that its language versions agree on them (`ProcedurePage.clean`).
    """

    title = blocks.CharBlock(max_length=160, help_text=_("What the applicant does, in a few words."))
    institution = InstitutionChooserBlock(help_text=_("The public body responsible for this step."))
    parallel = blocks.BooleanBlock(
        required=False,
        label=_("At the same time as the step before"),
        help_text=_("Tick when this step can run while the previous one runs; the total time counts the longer one."),
    )
    documents = blocks.ListBlock(
        DocumentToBringBlock(),
        required=False,
        default=[],
        label=_("What to bring"),
        help_text=_("The documents to bring or attach, each with where it comes from."),
    )
    result = blocks.CharBlock(
        max_length=255,
        label=_("What you get"),
        help_text=_("The outcome of the step, e.g. 'Tax identification number'."),
    )
    fee = TaxRateChooserBlock(
        required=False,
        label=_("Cost: a fee"),
        help_text=_("A fee from the reference data: changing that fee updates every procedure that cites it."),
    )
    amount = blocks.DecimalBlock(
        required=False,
        min_value=0,
        decimal_places=2,
        label=_("Cost: an amount"),
        help_text=_("Only when no fee snippet exists: the amount, 0 for free of charge."),
    )
    currency = blocks.ChoiceBlock(choices=Currency.choices, required=False, help_text=_("The currency of the amount."))
    cost_note = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_(
            "A short qualifier of the cost, e.g. 'per person'; or the cost itself when it is not one amount "
            "(a yearly rent, a share of the capital)."
        ),
    )
    days_min = blocks.IntegerBlock(
        required=False, min_value=0, label=_("Time: at least (working days)"), help_text=_("Leave empty if unknown.")
    )
    days_max = blocks.IntegerBlock(
        required=False, min_value=0, label=_("Time: at most (working days)"), help_text=_("Leave empty if unknown.")
    )
    unconfirmed = blocks.BooleanBlock(
        required=False,
        label=_("Cost not confirmed"),
        help_text=_(
            "Tick when no official source confirms the cost: the page says so and names the responsible body "
            "as the one that confirms it. A reported figure goes in the note, never as the amount."
        ),
    )
    online_url = blocks.URLBlock(
        required=False,
        label=_("E-service"),
        help_text=_("Where the step can be done online: the address of the e-service (EHİS, e-gov.az)."),
    )
    legal_basis = blocks.ListBlock(
        LegalActChooserBlock(),
        required=False,
        default=[],
        help_text=_("The acts that set this step's requirements, cost and time."),
    )
    complaints = blocks.TextBlock(
        required=False,
        label=_("Where to complain"),
        help_text=_("Who hears a complaint about this step (a higher body, a court) and how."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("fee") and value.get("amount") is not None:
            errors["amount"] = ValidationError(_("Give either a fee or an amount, not both."))
        if value.get("amount") is not None and not value.get("currency"):
            errors["currency"] = ValidationError(_("Choose the currency of the amount."))
        if value.get("unconfirmed") and (value.get("fee") or value.get("amount") is not None):
            errors["amount"] = ValidationError(
                _("A cost that is not confirmed has no fee or amount: say in the note what was reported.")
            )
        elif not (
            value.get("fee") or value.get("amount") is not None or value.get("cost_note") or value.get("unconfirmed")
        ):
            errors["amount"] = ValidationError(
                _("Give the cost (a fee, an amount: 0 when free, or a note) or tick 'Cost not confirmed'.")
            )
        low, high = value.get("days_min"), value.get("days_max")
        if low is not None and high is not None and high < low:
            errors["days_max"] = ValidationError(_("The longest time cannot be shorter than the shortest."))
        if (low is None) != (high is None):
            errors["days_max" if high is None else "days_min"] = ValidationError(
                _("Give both the shortest and the longest time, or neither.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        amount = value.get("amount")
        currency = value.get("currency") or None
        fee = value.get("fee")
        figure = (fee.value if fee.currency else None) if fee else amount
        if value.get("unconfirmed"):
            cost_display, figure = "", None
        elif fee:
            cost_display = fee.display_value
        elif amount is not None and currency:
            cost_display = f"{format_number(amount, translation.get_language() or settings.LANGUAGE_CODE)} {currency}"
        else:
            cost_display = ""
        return {
            **representation,
            "amount": plain_number(amount) if amount is not None else None,
            "currency": currency,
            "cost_display": cost_display,
            "cost_free": figure is not None and figure == 0,
            "legal_basis": [act for act in representation.get("legal_basis") or [] if act],
            "documents": self.documents_with_ids(value.get("documents"), representation.get("documents") or []),
        }

    @staticmethod
    def documents_with_ids(documents, shown: list[dict]) -> list[dict]:
        """Each document with the id its list item is stored with, which stays whatever the order: the
        page's checklist keeps a visitor's ticks under it, so that a tick follows its document when an
        editor reorders the steps or the documents. None for an item stored without one, or not saved
        yet (a preview): Wagtail would make up a new id at every read, and the page names its box by
        position instead."""
        items = getattr(documents, "bound_blocks", None) or []
        ids = [getattr(item, "original_id", None) for item in items]
        if len(ids) != len(shown):
            ids = [None] * len(shown)
        return [{**document, "id": item_id} for document, item_id in zip(shown, ids, strict=True)]


class ProcedureStepsBlock(blocks.StreamBlock):
    step = ProcedureStepBlock()
