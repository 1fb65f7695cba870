"""The incentive checker's rules (cms/guide/eligibility.py) on the demo incentives' stored data.

Each investor profile carries the expected verdict on every demo incentive and, for every "not
eligible", the conditions that fail. The demo's eligibility comes from
/work/shared/facts/investment-facts.md: Investment Promotion Certificate (no 30%+ state share;
smallest minimums AZN 0.5 million for chemicals, AZN 5 million for pharmaceuticals), industrial
parks (their sectors and regions), technology parks (ICT), Alat FEZ (legal entities in Baku, 75% of
output exported), liberated territories, Nakhchivan, industrial districts and agroparks (AZN 1
million for chemicals, AZN 5 million for pharmaceuticals).
"""

from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from django.utils import translation

from cms.guide import eligibility
from cms.guide.eligibility import EXPANSION, NEW_BUSINESS, IncentiveRules, Minimum, Profile, ToCheck, Verdict
from cms.guide.models import IncentivePage

E, P, N = Verdict.ELIGIBLE, Verdict.POSSIBLY_ELIGIBLE, Verdict.NOT_ELIGIBLE
LE, IE = "legal_entity", "individual_entrepreneur"

# The demo incentives by their English slug.
ITS = "investment-promotion-certificate"
PARKS = "industrial-parks"
TECH = "technology-parks"
AFEZ = "alat-free-economic-zone"
LIBERATED = "liberated-territories"
NAKHCHIVAN = "nakhchivan-tax-incentives"
DISTRICTS = "industrial-districts-and-agroparks"
ALL = (ITS, PARKS, TECH, AFEZ, LIBERATED, NAKHCHIVAN, DISTRICTS)


@dataclass
class Case:
    name: str
    profile: Profile
    verdicts: dict[str, Verdict]
    reasons: dict[str, list[str]] = field(default_factory=dict)  # every "not eligible": its failing conditions


def verdicts(its, parks, tech, afez, liberated, nakhchivan, districts) -> dict[str, Verdict]:
    return dict(zip(ALL, (its, parks, tech, afez, liberated, nakhchivan, districts), strict=True))


AZN = "AZN"
CASES = [
    Case(
        "chemicals plant in Absheron below the certificate's minimum",
        Profile("absheron-khizi", LE, NEW_BUSINESS, "chemicals", Decimal(300_000), AZN, 0),
        verdicts(N, P, N, N, N, N, N),
        {
            ITS: ["min_investment"],
            TECH: ["sector"],
            AFEZ: ["region"],
            LIBERATED: ["region"],
            NAKHCHIVAN: ["region"],
            DISTRICTS: ["min_investment"],
        },
    ),
    Case(
        "textile mill in Sheki-Zagatala, a region outside every industrial park",
        Profile("sheki-zagatala", LE, NEW_BUSINESS, "textiles", Decimal(2_000_000), AZN, 0),
        verdicts(P, N, N, N, N, N, P),
        {PARKS: ["region"], TECH: ["sector"], AFEZ: ["region"], LIBERATED: ["region"], NAKHCHIVAN: ["region"]},
    ),
    Case(
        "individual entrepreneur in logistics in Baku: Alat is for legal entities only",
        Profile("baku", IE, NEW_BUSINESS, "logistics", Decimal(1_000_000), AZN, 0, 90),
        verdicts(P, N, N, N, N, N, P),
        {PARKS: ["sector"], TECH: ["sector"], AFEZ: ["legal_form"], LIBERATED: ["region"], NAKHCHIVAN: ["region"]},
    ),
    Case(
        "pharmaceutical plant in Baku planned in US dollars: not compared with AZN minimums",
        Profile("baku", LE, NEW_BUSINESS, "pharmaceuticals", Decimal(3_000_000), "USD", 0),
        verdicts(P, P, N, P, N, N, P),
        {TECH: ["sector"], LIBERATED: ["region"], NAKHCHIVAN: ["region"]},
    ),
    Case(
        "metallurgy expansion of a company 40% owned by the state",
        Profile("central-aran", LE, EXPANSION, "machinery-metallurgy", Decimal(10_000_000), AZN, 40),
        verdicts(N, P, N, N, N, N, N),
        {
            ITS: ["state_share"],
            TECH: ["sector"],
            AFEZ: ["region"],
            LIBERATED: ["region"],
            NAKHCHIVAN: ["region"],
            DISTRICTS: ["state_share"],
        },
    ),
    Case(
        "construction materials in Baku exporting half the output: Alat asks for 75%",
        Profile("baku", LE, NEW_BUSINESS, "construction-materials", Decimal(5_000_000), AZN, 0, 50),
        verdicts(P, P, N, N, N, N, P),
        {TECH: ["sector"], AFEZ: ["export_share"], LIBERATED: ["region"], NAKHCHIVAN: ["region"]},
    ),
    Case(
        "software start-up in Ganja, an individual entrepreneur with no amount yet",
        Profile("ganja-dashkasan", IE, NEW_BUSINESS, "ict"),
        verdicts(P, N, P, N, N, N, P),
        {
            PARKS: ["sector", "region"],
            AFEZ: ["region", "legal_form"],
            LIBERATED: ["region"],
            NAKHCHIVAN: ["region"],
        },
    ),
    Case(
        "farm in Nakhchivan run by an individual entrepreneur",
        Profile("nakhchivan", IE, NEW_BUSINESS, "agriculture", Decimal(200_000), AZN, 0),
        verdicts(P, N, N, N, N, E, P),
        {PARKS: ["sector", "region"], TECH: ["sector"], AFEZ: ["region", "legal_form"], LIBERATED: ["region"]},
    ),
    Case(
        "construction materials in Karabakh",
        Profile("karabakh", LE, NEW_BUSINESS, "construction-materials", Decimal(1_500_000), AZN, 0),
        verdicts(P, P, N, N, P, N, P),
        {TECH: ["sector"], AFEZ: ["region"], NAKHCHIVAN: ["region"]},
    ),
    Case(
        "software company expanding to East Zangezur, investing in euros",
        Profile("east-zangezur", LE, EXPANSION, "ict", Decimal(100_000), "EUR", 10),
        verdicts(P, N, P, N, P, N, P),
        {PARKS: ["sector"], AFEZ: ["region"], NAKHCHIVAN: ["region"]},
    ),
    Case(
        "a sector not in the list, in Baku, exporting everything",
        Profile("baku", LE, NEW_BUSINESS, "", Decimal(800_000), AZN, 0, 100),
        verdicts(P, N, N, P, N, N, P),
        {PARKS: ["sector"], TECH: ["sector"], LIBERATED: ["region"], NAKHCHIVAN: ["region"]},
    ),
    Case(
        "pharmaceuticals in Shirvan-Salyan below AZN 5 million",
        Profile("shirvan-salyan", LE, NEW_BUSINESS, "pharmaceuticals", Decimal(4_000_000), AZN, 0),
        verdicts(N, P, N, N, N, N, N),
        {
            ITS: ["min_investment"],
            TECH: ["sector"],
            AFEZ: ["region"],
            LIBERATED: ["region"],
            NAKHCHIVAN: ["region"],
            DISTRICTS: ["min_investment"],
        },
    ),
    Case(
        "chemicals at exactly the certificate's minimum, 29% state-owned, in Mil-Mughan",
        Profile("mil-mughan", LE, EXPANSION, "chemicals", Decimal(500_000), AZN, 29),
        verdicts(P, N, N, N, N, N, N),
        {
            PARKS: ["region"],
            TECH: ["sector"],
            AFEZ: ["region"],
            LIBERATED: ["region"],
            NAKHCHIVAN: ["region"],
            DISTRICTS: ["min_investment"],
        },
    ),
    Case(
        "chemicals in Absheron with a state share of exactly 30%",
        Profile("absheron-khizi", LE, NEW_BUSINESS, "chemicals", Decimal(2_000_000), AZN, 30),
        verdicts(N, P, N, N, N, N, N),
        {
            ITS: ["state_share"],
            TECH: ["sector"],
            AFEZ: ["region"],
            LIBERATED: ["region"],
            NAKHCHIVAN: ["region"],
            DISTRICTS: ["state_share"],
        },
    ),
]


@pytest.fixture
def demo_rules(db) -> dict[str, IncentiveRules]:
    with translation.override("en"):
        return {slug: eligibility.rules_for_page(IncentivePage.objects.get(slug_en=slug)) for slug in ALL}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_profile_gets_the_expected_verdict_and_reasons_on_every_demo_incentive(case, demo_rules):
    with translation.override("en"):
        found = {slug: eligibility.assess(case.profile, rules, "en") for slug, rules in demo_rules.items()}
    assert {slug: assessment.verdict for slug, assessment in found.items()} == case.verdicts
    failing = {slug: assessment.reason_codes for slug, assessment in found.items() if assessment.reasons}
    assert failing == case.reasons
    for assessment in found.values():
        assert all(reason.text for reason in assessment.reasons)
        if assessment.verdict == P:
            assert assessment.to_check, "a 'possibly eligible' always says what to check"
            assert all(check.what and check.with_whom for check in assessment.to_check)


def test_at_least_twelve_profiles_cover_each_kind_of_failure():
    assert len(CASES) >= 12
    codes = {code for case in CASES for found in case.reasons.values() for code in found}
    assert {"min_investment", "region", "legal_form", "sector", "state_share", "export_share"} <= codes


def test_reasons_name_the_failing_condition(demo_rules):
    below = Profile("absheron-khizi", LE, NEW_BUSINESS, "chemicals", Decimal(300_000), AZN, 0)
    with translation.override("en"):
        its = eligibility.assess(below, demo_rules[ITS], "en")
        afez = eligibility.assess(
            Profile("baku", IE, NEW_BUSINESS, "logistics", Decimal(1), AZN, 0, 90), demo_rules[AFEZ], "en"
        )
        parks = eligibility.assess(
            Profile("sheki-zagatala", LE, NEW_BUSINESS, "textiles", None, AZN, 0), demo_rules[PARKS], "en"
        )
    assert its.reasons[0].text == "The planned investment (300,000 AZN) is below the minimum of 500,000 AZN."
    assert afez.reasons[0].text == "Not open to individual entrepreneurs."
    assert parks.reasons[0].text.startswith("Applies only in these regions: ")
    assert "Baku" in parks.reasons[0].text


def test_an_amount_in_another_currency_is_never_converted_but_sent_to_the_issuing_body(demo_rules):
    profile = Profile("baku", LE, NEW_BUSINESS, "pharmaceuticals", Decimal(9_000_000), "USD", 0)
    with translation.override("en"):
        found = eligibility.assess(profile, demo_rules[ITS], "en")
    assert found.verdict == P
    currency = [check for check in found.to_check if "official exchange rate" in check.what]
    assert len(currency) == 1
    assert "5,000,000 AZN" in currency[0].what and "9,000,000 USD" in currency[0].what
    assert currency[0].with_whom == "Ministry of Economy"


def test_reasons_and_checks_are_in_the_visitors_language(demo_rules):
    profile = Profile("sheki-zagatala", LE, NEW_BUSINESS, "textiles", Decimal(1), AZN)
    with translation.override("ru"):
        rules = eligibility.rules_for_page(IncentivePage.objects.get(slug_en=PARKS))
        found = eligibility.assess(profile, rules, "ru")
    assert found.reasons[0].text.startswith("Действует только в регионах: ")
    assert "Баку" in found.reasons[0].text


# The rules on their own, with incentives written here ------------------------------------------------


def rules(**kwargs) -> IncentiveRules:
    return IncentiveRules(
        **{"key": "x", "title": "X", "issuing_body": "Ministry", "legal_forms": frozenset({LE, IE}), **kwargs}
    )


def test_an_incentive_with_no_condition_is_eligible_for_anyone():
    assert eligibility.assess(Profile("baku", IE, NEW_BUSINESS), rules()).verdict == E


def test_new_business_or_expansion_is_a_condition_of_its_own():
    only_new = rules(open_to_expansions=False)
    assert eligibility.assess(Profile("baku", LE, NEW_BUSINESS), only_new).verdict == E
    found = eligibility.assess(Profile("baku", LE, EXPANSION), only_new)
    assert (found.verdict, found.reason_codes) == (N, ["project"])
    found = eligibility.assess(Profile("baku", LE, NEW_BUSINESS), rules(open_to_new_businesses=False))
    assert (found.verdict, found.reason_codes) == (N, ["project"])


def test_a_minimum_with_no_amount_given_is_something_to_check():
    found = eligibility.assess(Profile("baku", LE, NEW_BUSINESS), rules(minimums=(Minimum(Decimal(100), AZN),)))
    assert found.verdict == P
    assert found.to_check[0].with_whom == "Ministry"


def test_a_sectors_own_minimum_comes_before_the_general_one():
    minimums = (Minimum(Decimal(1_000), AZN), Minimum(Decimal(50), AZN, "ict"))
    assert (
        eligibility.assess(Profile("baku", LE, NEW_BUSINESS, "ict", Decimal(60)), rules(minimums=minimums)).verdict == E
    )
    found = eligibility.assess(Profile("baku", LE, NEW_BUSINESS, "textiles", Decimal(60)), rules(minimums=minimums))
    assert found.reason_codes == ["min_investment"]


def test_unanswered_shares_are_checked_rather_than_guessed():
    found = eligibility.assess(Profile("baku", LE, NEW_BUSINESS), rules(state_share_limit=30, min_export_share=75))
    assert found.verdict == P
    assert len(found.to_check) == 2


def test_editor_conditions_make_an_otherwise_eligible_incentive_possibly_eligible():
    condition = ToCheck("Registered as a park resident.", "Agency")
    found = eligibility.assess(Profile("baku", LE, NEW_BUSINESS), rules(conditions=(condition,)))
    assert (found.verdict, found.to_check) == (P, (condition,))


def test_results_list_eligible_first_then_possibly_then_not():
    incentives = [
        rules(key="not", regions={"ganja": "Ganja"}),
        rules(key="possibly", min_export_share=50),
        rules(key="yes"),
    ]
    found = eligibility.assess_all(Profile("baku", LE, NEW_BUSINESS), incentives)
    assert [item.incentive.key for item in found] == ["yes", "possibly", "not"]
