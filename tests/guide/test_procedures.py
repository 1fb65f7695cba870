"""Procedures: totals computed from the steps, a fee edit reaching every total, language versions
that agree on their figures, and the editor's checks on a step."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError

from cms.guide.blocks import ProcedureStepBlock
from cms.guide.models import ProcedurePage
from cms.guide.procedures import compute
from cms.guide.snippets import Institution, TaxRate

LANGUAGES = ("az", "en", "ru")


def step(days=(1, 1), parallel=False, fee=None, amount=None, currency=None, unconfirmed=False, body=1):
    return {
        "institution": {"id": body},
        "parallel": parallel,
        "fee": fee,
        "amount": amount,
        "currency": currency,
        "days_min": days[0] if days else None,
        "days_max": days[1] if days else None,
        "unconfirmed": unconfirmed,
    }


def fee(value, unit="azn"):
    """A fee snippet as the API shows it in a step: its currency is None for a rate."""
    return {"value": value, "unit": unit, "currency": {"azn": "AZN", "usd": "USD"}.get(unit)}


# The arithmetic, on plain data -----------------------------------------------------------------


def test_steps_one_after_another_add_up_their_times_and_costs():
    totals = compute([step((2, 2), fee=fee("11")), step((5, 10), amount="20", currency="AZN", body=2)])
    assert (totals.steps, totals.institutions) == (2, 2)
    assert totals.costs == {"AZN": Decimal("31")}
    assert (totals.days_min, totals.days_max) == (7, 12)
    assert totals.cost_complete and totals.time_complete


def test_steps_at_the_same_time_count_once_by_the_longer():
    totals = compute(
        [
            step((2, 2), amount="0", currency="AZN"),
            step((1, 3), amount="0", currency="AZN", parallel=True),
            step((5, 5), amount="0", currency="AZN"),
        ]
    )
    assert (totals.days_min, totals.days_max) == (7, 8)
    assert totals.as_json("en")["free"] is True


def test_costs_in_different_currencies_are_kept_apart_in_a_fixed_order():
    totals = compute([step(fee=fee("20", "usd")), step(amount="160", currency="AZN"), step(amount="5", currency="EUR")])
    assert [cost["display"] for cost in totals.as_json("en")["costs"]] == ["160 AZN", "20 USD", "5 EUR"]
    assert totals.as_json("az")["costs"][0]["display"] == "160 AZN"


def test_a_large_total_is_written_the_way_each_language_writes_numbers():
    totals = compute([step(amount="1000", currency="AZN"), step(amount="500", currency="AZN")])
    assert totals.as_json("en")["costs"][0]["display"] == "1,500 AZN"
    assert totals.as_json("ru")["costs"][0]["display"].replace("\u00a0", " ") == "1 500 AZN"


def test_a_step_whose_cost_is_not_confirmed_is_named_beside_the_cost_and_its_known_time_still_counts():
    totals = compute([step((2, 2), fee=fee("11")), step((5, 5), unconfirmed=True)])
    assert totals.costs == {"AZN": Decimal("11")}
    assert totals.unconfirmed_steps == [2]
    assert (totals.days_min, totals.days_max) == (7, 7)
    assert not totals.cost_complete and totals.time_complete
    assert totals.as_json("en")["free"] is False


def test_a_cost_given_only_in_words_is_named_beside_the_sum():
    totals = compute([step(fee=fee("11")), {**step(), "cost_note": "AZN 1,600 a year for the first hectare"}])
    assert totals.costs == {"AZN": Decimal("11")}
    assert totals.rate_cost_steps == [2]


def test_a_fee_that_is_a_rate_is_not_added_to_an_amount():
    totals = compute([step(fee=fee("0.5", "percent")), step(amount="11", currency="AZN")])
    assert totals.costs == {"AZN": Decimal("11")}
    assert totals.rate_cost_steps == [1]
    assert not totals.cost_complete and totals.time_complete


def test_a_step_without_a_known_time_is_named_and_the_rest_still_add_up():
    totals = compute([step(None, amount="0", currency="AZN"), step((3, 5), amount="0", currency="AZN")])
    assert (totals.days_min, totals.days_max) == (3, 5)
    assert totals.unknown_time_steps == [1]
    assert totals.cost_complete and not totals.time_complete


def test_a_procedure_with_nothing_confirmed_is_not_called_free():
    totals = compute([step(None, unconfirmed=True)])
    assert totals.as_json("en")["free"] is False
    assert totals.as_json("en")["costs"] == []


@pytest.mark.django_db
def test_a_document_shows_the_id_it_is_stored_with_and_none_when_it_has_none():
    # The checklist keeps a visitor's ticks under this id: one made up at each read would lose them.
    block = ProcedureStepBlock()
    body = Institution.objects.first()
    step = {"title": "File", "institution": body.pk, "result": "An extract", "cost_note": "Free"}
    stored = block.to_python(
        {**step, "documents": [{"type": "item", "id": "doc-1", "value": {"name": "Charter", "source": ""}}]}
    )
    assert [document["id"] for document in block.get_api_representation(stored)["documents"]] == ["doc-1"]
    bare = {**step, "documents": [{"name": "Charter", "source": ""}, {"name": "Decision", "source": ""}]}
    for _ in range(2):
        shown = block.get_api_representation(block.to_python(bare))["documents"]
        assert [(document["name"], document["id"]) for document in shown] == [("Charter", None), ("Decision", None)]


# The editor's checks on a step ------------------------------------------------------------------


@pytest.mark.django_db
def test_a_step_needs_its_cost_or_a_note_that_it_is_not_confirmed():
    block = ProcedureStepBlock()
    body = Institution.objects.first()
    value = block.to_python({"title": "File", "institution": body.pk, "result": "An extract", "documents": []})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "amount" in error.value.block_errors


@pytest.mark.django_db
def test_a_cost_that_is_not_confirmed_is_not_given_as_an_amount():
    block = ProcedureStepBlock()
    raw = {
        "title": "Apply",
        "institution": Institution.objects.first().pk,
        "result": "A permit",
        "amount": "1000",
        "currency": "AZN",
        "unconfirmed": True,
    }
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert "amount" in error.value.block_errors
    raw.update(amount=None, currency="", cost_note="AZN 1,000 was reported in 2019.")
    block.clean(block.to_python(raw))


@pytest.mark.django_db
def test_a_step_cannot_have_both_a_fee_and_an_amount_nor_a_range_upside_down():
    block = ProcedureStepBlock()
    raw = {
        "title": "File",
        "institution": Institution.objects.first().pk,
        "result": "An extract",
        "fee": TaxRate.objects.filter(category="fee").first().pk,
        "amount": "5",
        "currency": "AZN",
        "days_min": 5,
        "days_max": 2,
    }
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert {"amount", "days_max"} <= set(error.value.block_errors)


# On the demo ------------------------------------------------------------------------------------


def totals(client, page, language="en"):
    answer = client.get(f"/{language}/api/v2/pages/{page.pk}/")
    assert answer.status_code == 200
    return answer.json()["totals"]


def fee_citations() -> dict[int, dict[int, int]]:
    """For each fee in a currency, the procedures whose confirmed steps cite it, and how often."""
    found: dict[int, dict[int, int]] = {}
    for page in ProcedurePage.objects.live():
        for block in page.steps_az:
            rate = block.value.get("fee")
            if rate and rate.unit in ("azn", "usd") and not block.value.get("unconfirmed"):
                found.setdefault(rate.pk, {}).setdefault(page.pk, 0)
                found[rate.pk][page.pk] += 1
    return found


@pytest.mark.django_db
def test_the_demo_has_the_procedures_an_investor_needs_in_every_language(client, demo_content):
    pages = list(ProcedurePage.objects.live())
    assert len(pages) >= 6
    for page in pages:
        assert page.available_languages == list(LANGUAGES), page
        for language in LANGUAGES:
            shown = totals(client, page, language)
            assert shown["steps"] == len(page.steps_az) >= 1
            assert shown["institutions"] >= 1


@pytest.mark.django_db
def test_changing_a_fee_changes_the_total_of_every_procedure_that_cites_it(client, demo_content):
    citations = fee_citations()
    assert citations, "the demo procedures cite no fee snippet"
    for rate_pk, pages in citations.items():
        rate = TaxRate.objects.get(pk=rate_pk)
        currency = {"azn": "AZN", "usd": "USD"}[rate.unit]
        before = {
            (page_pk, language): totals(client, ProcedurePage.objects.get(pk=page_pk), language)
            for page_pk in pages
            for language in LANGUAGES
        }
        rate.value += Decimal("7")
        rate.save()
        for (page_pk, language), old in before.items():
            new = totals(client, ProcedurePage.objects.get(pk=page_pk), language)
            old_amount = Decimal(next((c["amount"] for c in old["costs"] if c["currency"] == currency), "0"))
            new_amount = Decimal(next(c["amount"] for c in new["costs"] if c["currency"] == currency))
            assert new_amount - old_amount == 7 * pages[page_pk], (rate.key, page_pk, language)


@pytest.mark.django_db
def test_language_versions_that_disagree_on_a_figure_are_refused(demo_content):
    page = ProcedurePage.objects.live().first()
    stream = page.steps_en
    raw = stream.raw_data
    raw[0]["value"]["days_max"] = (raw[0]["value"].get("days_max") or 0) + 3
    raw[0]["value"]["days_min"] = raw[0]["value"].get("days_min") or 0
    page.steps_en = raw
    with translation.override("en"), pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "steps_en" in error.value.message_dict
    assert "1" in error.value.message_dict["steps_en"][0]


@pytest.mark.django_db
def test_a_version_with_a_step_missing_is_refused(demo_content):
    page = ProcedurePage.objects.live().first()
    page.steps_ru = page.steps_ru.raw_data[:-1]
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "steps_ru" in error.value.message_dict
