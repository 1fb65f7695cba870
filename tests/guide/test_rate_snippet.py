"""A rate change is one edit that every page citing the rate shows."""

from decimal import Decimal

import pytest

from cms.guide.models import GuidePage
from cms.guide.snippets import TaxRate

pytestmark = pytest.mark.django_db


def rates_shown(client, page, language="en"):
    data = client.get(f"/{language}/api/v2/pages/{page.pk}/").json()
    return {
        rate["key"]: rate for block in data["body"] if block["type"] == "rate_table" for rate in block["value"]["rates"]
    }


def pages_citing(rate):
    return [
        page
        for page in GuidePage.objects.live()
        if any(
            block.block_type == "rate_table" and any(r.pk == rate.pk for r in block.value["rates"])
            for block in page.body_en
        )
    ]


def test_editing_one_rate_changes_every_page_that_shows_it(client, demo_content):
    rate = max(TaxRate.objects.all(), key=lambda r: len(pages_citing(r)))
    citing = pages_citing(rate)
    assert len(citing) >= 2, "the demo should cite at least one rate from two pages"
    new_value = rate.value + Decimal("1")

    rate.value = new_value
    rate.note_en = "Changed in one place."
    rate.save()

    for page in citing:
        shown = rates_shown(client, page)[rate.key]
        assert Decimal(shown["value"]) == new_value
        assert shown["note"] == "Changed in one place."
