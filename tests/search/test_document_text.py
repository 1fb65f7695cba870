"""What search reads of a page: figures written once, as readers write them."""

import re

import pytest
from django.utils import translation

from cms.guide.models import GuidePage
from cms.guide.snippets import TaxRate
from search.documents import documents_for_page

pytestmark = pytest.mark.django_db

REPEATED_FIGURE = re.compile(r"\b(\d[\d\s\u00a0.,]*) \1\s?%")


def page_citing(rate_key: str) -> GuidePage:
    rate = TaxRate.objects.get(key=rate_key)
    for page in GuidePage.objects.live().specific():
        if any(block.block_type == "rate_table" and rate in block.value["rates"] for block in page.body):
            return page
    raise AssertionError(f"no demo article shows {rate_key}")


@pytest.mark.parametrize("rate_key", ["vat-standard", "profit-tax", "pit-entrepreneur"])
def test_a_rate_is_indexed_once_as_a_reader_sees_it(demo_content, rate_key):
    rate = TaxRate.objects.get(key=rate_key)
    documents = documents_for_page(page_citing(rate_key))
    assert {document.language for document in documents} == {"az", "en", "ru"}
    for document in documents:
        with translation.override(document.language):
            shown = rate.display_value
        assert shown in document.body, (document.language, shown)
        assert "E+" not in document.body, document.language
        assert not REPEATED_FIGURE.search(document.body), REPEATED_FIGURE.search(document.body).group(0)


def test_a_legal_act_is_cited_once_per_rate(demo_content):
    document = next(d for d in documents_for_page(page_citing("vat-export")) if d.language == "en")
    rate = TaxRate.objects.get(key="vat-export")
    act = rate.legal_basis.first()
    with translation.override("en"):
        citation, title = act.citation, act.title
    start = document.body.index(rate.name_en)
    passage = document.body[start : document.body.index(".", document.body.index(citation, start))]
    assert passage.count(title) == 1, passage


def test_search_snippets_show_a_twenty_per_cent_rate_as_twenty(client, indexed):
    response = client.get("/api/search", {"q": "profit tax 20%", "lang": "en"})
    snippets = " ".join(hit["snippet"] for hit in response.json()["results"])
    assert "20" in snippets
    assert "E+" not in snippets and "2E" not in snippets
