"""The incentive checker, /{lang}/incentives/check/: a GET form, so that every answer and every
comparison is a URL to share. The verdicts come from `eligibility.py`; this module only reads the
answers, loads the incentives and hands both to the template."""

from __future__ import annotations

from typing import cast

from django import forms
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from cms.core import limits
from cms.core.formatting import sort_by_name
from cms.core.languages import language_codes

from . import availability, eligibility, paths
from .blocks import rates_at_hand
from .models import Currency, IncentivePage, LegalForm
from .snippets import Region, Sector

PATH = "incentives/check/"
OTHER_SECTOR = "other"
PROFILE_FIELDS = (
    "sector",
    "region",
    "amount",
    "currency",
    "legal_form",
    "project",
    "state_share",
    "export_share",
)


def checker_path(language: str) -> str:
    return f"/{language}/{PATH}"


def percentage_field(label, help_text) -> forms.IntegerField:
    """An optional whole percentage, with one message for anything outside 0 to 100."""
    message = _("Enter a whole number from 0 to 100.")
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=0,
        max_value=100,
        error_messages={"invalid": message, "min_value": message, "max_value": message},
    )


class CheckerForm(forms.Form):
    sector = forms.ChoiceField(
        label=_("Sector"),
        help_text=_("The main activity of the project."),
        error_messages={
            "required": _("Choose the sector of the project."),
            "invalid_choice": _("Choose a sector from the list."),
        },
    )
    region = forms.ChoiceField(
        label=_("Region"),
        help_text=_("Where the business will operate."),
        error_messages={
            "required": _("Choose the region where the business will operate."),
            "invalid_choice": _("Choose a region from the list."),
        },
    )
    amount = forms.DecimalField(
        label=_("Planned investment"),
        help_text=_("Digits only, e.g. 750000. Leave empty if you do not know it yet."),
        required=False,
        min_value=0,
        max_digits=16,
        decimal_places=2,
        localize=False,
        error_messages={
            "invalid": _("Enter the amount in digits, e.g. 750000."),
            "min_value": _("The amount cannot be negative."),
            "max_digits": _("The amount is too large."),
            "max_decimal_places": _("Give at most two digits after the point."),
            "max_whole_digits": _("The amount is too large."),
        },
    )
    currency = forms.ChoiceField(
        label=_("Currency of the investment"),
        choices=Currency.choices,
        initial=Currency.AZN,
        error_messages={"required": _("Choose the currency."), "invalid_choice": _("Choose AZN, USD or EUR.")},
    )
    legal_form = forms.ChoiceField(
        label=_("Legal form"),
        choices=LegalForm.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the legal form of the business."),
            "invalid_choice": _("Choose one of the legal forms shown."),
        },
    )
    project = forms.ChoiceField(
        label=_("New business or expansion"),
        choices=[
            (eligibility.NEW_BUSINESS, _("A new business")),
            (eligibility.EXPANSION, _("The expansion of an existing business")),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Say whether the business is new or expanding."),
            "invalid_choice": _("Choose a new business or an expansion."),
        },
    )
    state_share = percentage_field(
        _("State's share in the business (%)"), _("0 if the state holds no share. Leave empty if you do not know it.")
    )
    export_share = percentage_field(
        _("Share of output to be exported (%)"), _("Leave empty if you do not know it yet.")
    )
    compare = forms.TypedMultipleChoiceField(
        label=_("Compare"),
        required=False,
        coerce=int,
        error_messages={"invalid_choice": _("Pick incentives from the list of results.")},
    )

    def __init__(self, *args, incentives: list[IncentivePage], language: str, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = sort_by_name(Sector.objects.all(), language, lambda sector: sector.name)
        regions = sort_by_name(Region.objects.all(), language, lambda region: region.name)
        sector_field = cast(forms.ChoiceField, self.fields["sector"])
        sector_field.choices = [
            ("", _("Choose a sector")),
            *[(sector.key, sector.name) for sector in sectors],
            (OTHER_SECTOR, _("Another sector")),
        ]
        region_field = cast(forms.ChoiceField, self.fields["region"])
        region_field.choices = [("", _("Choose a region")), *[(region.key, region.name) for region in regions]]
        compare_field = cast(forms.TypedMultipleChoiceField, self.fields["compare"])
        compare_field.choices = [(page.pk, page.title) for page in incentives]

    def clean_compare(self) -> list[int]:
        picked = self.cleaned_data.get("compare") or []
        if len(picked) == 1:
            raise forms.ValidationError(_("Pick at least two incentives to compare."))
        return picked

    def profile(self) -> eligibility.Profile:
        data = self.cleaned_data
        return eligibility.Profile(
            sector="" if data["sector"] == OTHER_SECTOR else data["sector"],
            region=data["region"],
            amount=data["amount"],
            currency=data["currency"],
            legal_form=data["legal_form"],
            project=data["project"],
            state_share=data["state_share"],
            export_share=data["export_share"],
        )


def _incentives(language: str) -> list[IncentivePage]:
    pages = (
        IncentivePage.objects.live()
        .filter(availability.available_pages_filter(language))
        .prefetch_related("sectors", "regions", "sector_minimums__sector")
        .order_by("path")
    )
    return list(pages)


def _benefits(page: IncentivePage) -> list[dict]:
    return [
        {
            "title": block.value["title"],
            "description": block.value["description"],
            "years": block.value["duration_years"],
            # The rate's own snippet, read now: a change of the rate shows in the next answer.
            "rate": block.value.get("rate"),
        }
        for block in page.benefits
    ]


def _result(page: IncentivePage, assessment: eligibility.Assessment, profile: eligibility.Profile, language: str):
    return {
        "id": page.pk,
        "title": page.title,
        "path": paths.page_path(page, language),
        "summary": page.summary,
        "issuing_body": page.issuing_body,
        "verdict": assessment.verdict.value,
        "reasons": assessment.reasons,
        "to_check": assessment.to_check,
        "benefits": _benefits(page),
        "minimum": eligibility.minimum_for(assessment.incentive, profile.sector),
        "legal_forms": [label for value, label in LegalForm.choices if value in page.legal_forms],
        "sectors": list(assessment.incentive.sectors.values()),
        "regions": list(assessment.incentive.regions.values()),
    }


@require_GET
def incentive_checker(request):
    language = translation.get_language() or language_codes()[0]
    # A query page of the public site, like search: it counts against search's budget per address.
    decision = limits.hit("search", request)
    if not decision.allowed:
        return limits.too_many_requests(request, decision, language=language)
    incentives = _incentives(language)
    answered = any(name in request.GET for name in PROFILE_FIELDS)
    form = CheckerForm(request.GET if answered else None, incentives=incentives, language=language)
    query = request.GET.urlencode()
    context: dict[str, object] = {
        "language": language,
        "page_title": translation.gettext("Which incentives fit your investment?"),
        "form": form,
        "answered": answered,
        "results": None,
        "comparison": [],
        "alternates": {code: checker_path(code) + (f"?{query}" if query else "") for code in language_codes()},
        "action": checker_path(language),
    }
    if answered and form.is_valid():
        profile = form.profile()
        by_key = {str(page.pk): page for page in incentives}
        assessments = eligibility.assess_all(
            profile, [eligibility.rules_for_page(page) for page in incentives], language
        )
        with rates_at_hand():  # the rates the benefits cite, read once for all the incentives
            results = [_result(by_key[item.incentive.key], item, profile, language) for item in assessments]
        picked = set(form.cleaned_data["compare"])
        context["results"] = results
        context["picked"] = picked
        context["comparison"] = [result for result in results if result["id"] in picked]
        context["hidden"] = [(name, request.GET.get(name, "")) for name in PROFILE_FIELDS]
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "incentives/checker.html", context, status=status, using="jinja2")
