"""Searching on a phone (360x740), in Azerbaijani, English and Russian, as a person does: the
site's search box, a suggestion picked while typing, a misspelt word and its "did you mean", and
the same search without JavaScript."""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# What a visitor types, per language: a word for the header box, the start of a title for the
# suggestions, and a misspelling with the word search should offer instead.
WORDS = {
    "az": {"query": "vergi", "prefix": "gömr", "typo": "gomrk", "meant": "gömrük"},
    "en": {"query": "tax", "prefix": "custo", "typo": "custms", "meant": "customs"},
    "ru": {"query": "налог", "prefix": "тамож", "typo": "тамажня", "meant": "таможне"},
}


def say(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


@pytest.fixture
def searchable(live_portal):
    """The live portal with its search index built over the demo content, as `make demo` has it."""
    from search import indexer, service
    from search.query import clear_synonym_cache

    clear_synonym_cache()
    assert indexer.rebuild([service.database_backend()])["database"] > 100
    return live_portal


def fits_the_screen(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


def search_from_the_header(page, language: str, text: str) -> None:
    """Types into the site's own search box, opening the menu first if the header keeps it there."""
    box = page.get_by_role("searchbox", name=say(language, "Search the guide"))
    if not box.is_visible():
        page.get_by_role("button", name=say(language, "Menu")).click()
    box.fill(text)
    box.press("Enter")
    page.wait_for_load_state()


def results(page):
    return page.locator(
        "ol.search-list:not(.search-list--recommended) > li.search-result, li.search-result--recommended"
    )


def shows_results(page, language: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(say(language, "Search the Investor's Guide"))
    count = page.locator(".search-count").inner_text()
    assert results(page).count(), f"no results at {page.url}: {count}"
    assert int(re.search(r"\d+", count).group(0)) > 0, count
    fits_the_screen(page)


def test_a_visitor_searches_picks_a_suggestion_and_follows_did_you_mean(searchable, phone):
    for language in WORDS:
        searches_with_javascript(searchable, phone, language)


def test_search_works_without_javascript(searchable, new_phone):
    page = new_phone(java_script_enabled=False)
    for language in WORDS:
        searches_without_javascript(searchable, page, language)


def searches_with_javascript(searchable, phone, language: str) -> None:
    words = WORDS[language]
    phone.goto(searchable(f"/{language}/"))

    # The header's search box leads to the results page.
    search_from_the_header(phone, language, words["query"])
    assert phone.url.startswith(searchable(f"/{language}/search/"))
    shows_results(phone, language)
    first = results(phone).first.locator("a").first
    assert words["query"].lower()[:4] in (first.inner_text() + results(phone).first.inner_text()).lower()

    # Typing the start of a title offers pages; picking one opens it.
    box = phone.get_by_role("combobox", name=say(language, "What are you looking for?"))
    box.fill("")
    box.press_sequentially(words["prefix"], delay=40)
    suggestions = phone.get_by_role("option")
    expect(suggestions.first).to_be_visible()
    chosen = suggestions.first.inner_text()
    assert chosen.lower().startswith(words["prefix"][:4]) or words["prefix"][:4] in chosen.lower()
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", re.compile(r".+-0$"))
    suggestions.first.click()
    phone.wait_for_load_state()
    expect(phone.get_by_role("heading", level=1)).to_have_text(chosen)
    assert f"/{language}/" in phone.url and "/search/" not in phone.url
    fits_the_screen(phone)

    # A misspelt word: the results page offers the word meant, and following it finds pages.
    search_from_the_header(phone, language, words["typo"])
    offer = phone.locator(".search-suggestion a")
    expect(offer).to_have_text(words["meant"])
    expect(phone.locator(".search-suggestion")).to_contain_text(say(language, "Did you mean:"))
    offer.click()
    phone.wait_for_load_state()
    expect(phone.get_by_role("combobox", name=say(language, "What are you looking for?"))).to_have_value(words["meant"])
    shows_results(phone, language)
    assert phone.locator(".search-suggestion").count() == 0
    snippets = " ".join(results(phone).all_inner_texts())
    assert "E+" not in snippets


def searches_without_javascript(searchable, page, language: str) -> None:
    words = WORDS[language]
    page.goto(searchable(f"/{language}/"))
    search_from_the_header(page, language, words["typo"])
    box = page.get_by_role("searchbox", name=say(language, "What are you looking for?"))
    expect(box).to_have_value(words["typo"])  # no script: a plain search box, no suggestions
    page.locator(".search-suggestion a").click()
    page.wait_for_load_state()
    shows_results(page, language)

    # A filter narrows the results without a script, and a result opens its page.
    total = int(re.search(r"\d+", page.locator(".search-count").inner_text()).group(0))
    facet = page.locator(".search-facet").first.locator("a").first
    facet.click()
    page.wait_for_load_state()
    narrowed = int(re.search(r"\d+", page.locator(".search-count").inner_text()).group(0))
    assert 0 < narrowed <= total
    expect(page.locator(".search-facet [aria-current='true']")).to_have_count(1)
    link = results(page).first.locator("h3 a")
    title = link.inner_text()
    link.click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    fits_the_screen(page)
