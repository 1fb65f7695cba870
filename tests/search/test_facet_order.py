"""Facet values in the alphabetical order of the search language, on the page and in the API."""

import re

import pytest

from cms.core.formatting import sort_by_name

pytestmark = pytest.mark.django_db

BROAD = {"az": "investisiya", "en": "investment", "ru": "инвестиции"}


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_api_facets_follow_the_languages_alphabet(indexed, client, language):
    data = client.get("/api/search", {"q": BROAD[language], "lang": language}).json()
    assert data["total"] > 10
    for facet in ("type", "topic", "sector", "region"):
        labels = [item["label"] for item in data["facets"][facet]]
        assert labels == sort_by_name(labels, language), (facet, labels)
    assert len(data["facets"]["sector"]) >= 5


def test_azerbaijani_sector_facet_puts_schwa_and_dotted_i_in_their_places(indexed, client):
    labels = [
        item["label"]
        for item in client.get("/api/search", {"q": "investisiya", "lang": "az"}).json()["facets"]["sector"]
    ]
    assert any(label[0] in "ƏİÇŞ" for label in labels[:-1]), labels
    # E… before Ə… before G…; I… before İ… before K…: the first letters follow the alphabet.
    order = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"
    positions = [order.index(label[0]) for label in labels]
    assert positions == sorted(positions), labels


def test_the_search_page_lists_filters_in_alphabetical_order(indexed, client):
    html = client.get("/az/search/", {"q": "investisiya"}).content.decode()
    sections = re.findall(r'<section class="search-facet">\s*<h3>([^<]+)</h3>(.*?)</section>', html, re.S)
    assert len(sections) >= 3
    for title, body in sections:
        labels = [label.strip() for label in re.findall(r'<a href="[^"]+">([^<]+)<span class="count">', body)]
        assert labels == sort_by_name(labels, "az"), (title, labels)
