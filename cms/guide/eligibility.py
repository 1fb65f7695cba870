"""Who may receive an incentive: the one place the checker's rules live.

The rules read only an incentive's stored eligibility (`IncentiveRules`, built from an
`IncentivePage` by `rules_for_page`) and an investor's answers (`Profile`). Each incentive gets one
of three verdicts:

- not eligible: a stored condition fails (a sector, a region, a legal form, a minimum in the same
  currency, a state share, an export share, new business or expansion); every failing condition is
  named;
- possibly eligible: nothing fails, but something cannot be decided from the answers: a condition
  the editor wrote for a person to check, an answer left empty, or an amount in a currency other
  than the minimum's. The portal holds no exchange rates, so an amount in USD against a minimum in
  AZN is never converted here: the investor is told to check it, with whom;
- eligible: every stored condition is met by the answers.

Plain Python: no request, no template, no database beyond `rules_for_page`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.core.formatting import format_number

NEW_BUSINESS = "new"
EXPANSION = "expansion"


class Verdict(enum.StrEnum):
    ELIGIBLE = "eligible"
    POSSIBLY_ELIGIBLE = "possibly"
    NOT_ELIGIBLE = "not"


@dataclass(frozen=True)
class Profile:
    """An investor's answers. `sector` is a sector key or "" for a sector not in the list;
    `state_share` and `export_share` are percentages, None when not answered."""

    region: str
    legal_form: str
    project: str
    sector: str = ""
    amount: Decimal | None = None
    currency: str = "AZN"
    state_share: int | None = None
    export_share: int | None = None


@dataclass(frozen=True)
class Minimum:
    """A minimum investment; `sector` is "" for the minimum that applies to every sector."""

    amount: Decimal
    currency: str
    sector: str = ""


@dataclass(frozen=True)
class ToCheck:
    """Something a person must confirm: what, and with whom."""

    what: str
    with_whom: str


@dataclass(frozen=True)
class IncentiveRules:
    """An incentive's stored eligibility. Empty `sectors` or `regions` mean every one."""

    key: str
    title: str
    issuing_body: str
    legal_forms: frozenset[str]
    sectors: dict[str, str] = field(default_factory=dict)  # key → name, for the reasons
    regions: dict[str, str] = field(default_factory=dict)
    minimums: tuple[Minimum, ...] = ()
    open_to_new_businesses: bool = True
    open_to_expansions: bool = True
    state_share_limit: int | None = None  # excluded at this state share (%) or more
    min_export_share: int | None = None  # at least this share of output (%) exported
    conditions: tuple[ToCheck, ...] = ()


@dataclass(frozen=True)
class Reason:
    """A condition that fails: `code` names the condition, `text` says it to the investor."""

    code: str
    text: str


@dataclass(frozen=True)
class Assessment:
    incentive: IncentiveRules
    verdict: Verdict
    reasons: tuple[Reason, ...] = ()
    to_check: tuple[ToCheck, ...] = ()

    @property
    def reason_codes(self) -> list[str]:
        return [reason.code for reason in self.reasons]


def minimum_for(rules: IncentiveRules, sector: str) -> Minimum | None:
    """The minimum that applies to a sector: its own if the incentive states one, else the general one."""
    own = [minimum for minimum in rules.minimums if minimum.sector and minimum.sector == sector]
    general = [minimum for minimum in rules.minimums if not minimum.sector]
    found = own or general
    return found[0] if found else None


def _money(amount: Decimal, currency: str, language: str | None) -> str:
    return f"{format_number(amount, language or get_language() or 'az')} {currency}"


def assess(profile: Profile, rules: IncentiveRules, language: str | None = None) -> Assessment:
    """The verdict on one incentive for one profile, with every failing condition and what to check."""
    reasons: list[Reason] = []
    to_check: list[ToCheck] = []
    body = rules.issuing_body

    if rules.sectors and profile.sector not in rules.sectors:
        reasons.append(
            Reason(
                "sector", _("Open only to these sectors: %(sectors)s.") % {"sectors": ", ".join(rules.sectors.values())}
            )
        )
    if rules.regions and profile.region not in rules.regions:
        reasons.append(
            Reason(
                "region",
                _("Applies only in these regions: %(regions)s.") % {"regions": ", ".join(rules.regions.values())},
            )
        )
    if profile.legal_form not in rules.legal_forms:
        if profile.legal_form == "individual_entrepreneur":
            reasons.append(Reason("legal_form", _("Not open to individual entrepreneurs.")))
        else:
            reasons.append(Reason("legal_form", _("Not open to legal entities.")))
    if profile.project == NEW_BUSINESS and not rules.open_to_new_businesses:
        reasons.append(Reason("project", _("Not open to new businesses: only to the expansion of an existing one.")))
    if profile.project == EXPANSION and not rules.open_to_expansions:
        reasons.append(Reason("project", _("Not open to expansions: only to new businesses.")))

    minimum = minimum_for(rules, profile.sector)
    if minimum is not None:
        stated = _money(minimum.amount, minimum.currency, language)
        if profile.amount is None:
            to_check.append(
                ToCheck(
                    _("Whether the project reaches the minimum investment of %(minimum)s.") % {"minimum": stated}, body
                )
            )
        elif profile.currency != minimum.currency:
            to_check.append(
                ToCheck(
                    _(
                        "The minimum investment is %(minimum)s. Your %(amount)s counts at its value in "
                        "%(currency)s at the official exchange rate: confirm the amount."
                    )
                    % {
                        "minimum": stated,
                        "amount": _money(profile.amount, profile.currency, language),
                        "currency": minimum.currency,
                    },
                    body,
                )
            )
        elif profile.amount < minimum.amount:
            reasons.append(
                Reason(
                    "min_investment",
                    _("The planned investment (%(amount)s) is below the minimum of %(minimum)s.")
                    % {"amount": _money(profile.amount, profile.currency, language), "minimum": stated},
                )
            )

    if rules.state_share_limit is not None:
        if profile.state_share is None:
            to_check.append(
                ToCheck(
                    _("Whether the state's share in the business is below %(limit)s%%.")
                    % {"limit": rules.state_share_limit},
                    body,
                )
            )
        elif profile.state_share >= rules.state_share_limit:
            reasons.append(
                Reason(
                    "state_share",
                    _("Not open to businesses with a state share of %(limit)s%% or more.")
                    % {"limit": rules.state_share_limit},
                )
            )

    if rules.min_export_share is not None:
        if profile.export_share is None:
            to_check.append(
                ToCheck(
                    _("Whether at least %(share)s%% of the output will be exported.")
                    % {"share": rules.min_export_share},
                    body,
                )
            )
        elif profile.export_share < rules.min_export_share:
            reasons.append(
                Reason(
                    "export_share",
                    _("At least %(share)s%% of the output must be exported.") % {"share": rules.min_export_share},
                )
            )

    to_check.extend(rules.conditions)
    if reasons:
        verdict = Verdict.NOT_ELIGIBLE
    elif to_check:
        verdict = Verdict.POSSIBLY_ELIGIBLE
    else:
        verdict = Verdict.ELIGIBLE
    return Assessment(rules, verdict, tuple(reasons), tuple(to_check))


def assess_all(profile: Profile, incentives: Iterable[IncentiveRules], language: str | None = None) -> list[Assessment]:
    """Every incentive's verdict, eligible ones first, then possibly eligible, then not; each group in
    the order given."""
    order = {Verdict.ELIGIBLE: 0, Verdict.POSSIBLY_ELIGIBLE: 1, Verdict.NOT_ELIGIBLE: 2}
    assessments = [assess(profile, rules, language) for rules in incentives]
    return sorted(assessments, key=lambda assessment: order[assessment.verdict])


def rules_for_page(page) -> IncentiveRules:
    """An `IncentivePage`'s stored eligibility, in the active language."""
    minimums: list[Minimum] = []
    if page.min_investment is not None:
        minimums.append(Minimum(page.min_investment, page.currency))
    minimums += [Minimum(row.amount, row.currency, row.sector.key) for row in page.sector_minimums.all()]
    conditions: Sequence = page.conditions_to_check or []
    return IncentiveRules(
        key=str(page.pk),
        title=page.title,
        issuing_body=page.issuing_body,
        legal_forms=frozenset(page.legal_forms),
        sectors={sector.key: sector.name for sector in page.sectors.all()},
        regions={region.key: region.name for region in page.regions.all()},
        minimums=tuple(minimums),
        open_to_new_businesses=page.open_to_new_businesses,
        open_to_expansions=page.open_to_expansions,
        state_share_limit=page.state_share_limit,
        min_export_share=page.min_export_share,
        conditions=tuple(
            ToCheck(block.value["condition"], block.value["check_with"] or page.issuing_body) for block in conditions
        ),
    )
