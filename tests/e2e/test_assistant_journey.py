"""Asking the guide on a phone (360x740), in Azerbaijani, English and Russian: from the home page to
the assistant, a question typed as a person types it, the answer quoted with its source, and the
source followed to the section of the page it comes from; the same without JavaScript; a question
the guide does not answer, declined with the ways to ask a person."""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.conftest import accessibility_problems

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# A question per language, typed as investors type them: Azerbaijani without its letters, Russian
# with a typo; and the page whose section should answer it.
QUESTIONS = {
    "az": ("edv qeydiyyati ucun hedd ne qederdir", "value-added-tax"),
    "en": ("How long does a work permit for a foreign employee take?", "work-permits"),
    "ru": ("какая ставка налога на прибль", "profit-tax"),
}
WEATHER = {
    "az": "Sabah Bakıda hava necə olacaq?",
    "en": "What will the weather be in Baku tomorrow?",
    "ru": "Какая погода будет завтра в Баку?",
}


def say(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def slug_in(language: str, english_slug: str) -> str:
    from wagtail.models import Page

    page = Page.objects.get(slug_en=english_slug)
    return getattr(page, f"slug_{language}")


def fits_the_screen(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


def ask(page, language: str, question: str) -> None:
    box = page.get_by_label(say(language, "Your question"))
    box.fill(question)
    page.get_by_role("button", name=say(language, "Ask"), exact=True).click()


def asks_and_follows_the_source(live_portal, page, language: str) -> None:
    question, answering_page = QUESTIONS[language]
    page.goto(live_portal(f"/{language}/"))
    # The home page's "ask" section leads to the assistant.
    page.locator("section.ask").get_by_role("link", name=say(language, "Ask the guide")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(say(language, "Ask the guide"))
    ask(page, language, question)
    expect(page.get_by_role("heading", name=say(language, "The guide's answer"))).to_be_visible()
    assert f"/{language}/ask/?q=" in page.url  # the answer has an address of its own, to share or go back to
    first = page.locator(".ask-passage").first
    expect(first.locator("blockquote")).not_to_be_empty()
    expect(first.locator(".ask-source")).to_contain_text(say(language, "Source:"))
    fits_the_screen(page)
    assert accessibility_problems(page) == []
    source = first.locator(".ask-source a")
    href = source.get_attribute("href")
    assert f"/{language}/" in href and slug_in(language, answering_page) in href and "#" in href, href
    quoted = first.locator("blockquote").inner_text()
    source.click()
    page.wait_for_load_state()
    anchor = href.split("#", 1)[1]
    assert page.evaluate("decodeURIComponent(location.hash.slice(1))") == anchor, page.url
    section = page.locator(f"[id='{anchor}']")
    expect(section).to_be_attached()
    # The quoted words are the words of the place the link points to (a rate row's cells are quoted
    # as one line, so words are compared, not lines).
    words = re.findall(r"\w+", quoted)[:10]
    there = set(re.findall(r"\w+", section.inner_text()))
    assert words and all(word in there for word in words), (words, anchor)
    assert page.evaluate(
        "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }",
        anchor,
    ), "the section the answer comes from is not on the screen"


def test_a_visitor_asks_and_follows_the_answer_to_its_section(live_portal, phone, axe_source):
    # axe-core comes in through the browser's tooling (the site's policy refuses added scripts).
    phone.add_init_script(axe_source)
    for language in QUESTIONS:
        asks_and_follows_the_source(live_portal, phone, language)


def test_a_question_the_guide_does_not_answer_is_declined_with_the_ways_to_ask_a_person(live_portal, new_phone):
    page = new_phone(java_script_enabled=False)  # the server-rendered form, as without JavaScript
    for language, question in WEATHER.items():
        page.goto(live_portal(f"/{language}/ask/"))
        ask(page, language, question)
        expect(
            page.get_by_role("heading", name=say(language, "The guide does not answer this question"))
        ).to_be_visible()
        expect(page.locator(".ask-passage")).to_have_count(0)
        routes = page.locator(".ask-next a")
        expect(routes.filter(has_text=say(language, "Send an enquiry"))).to_have_attribute(
            "href", f"/{language}/enquiry/"
        )
        expect(routes.filter(has_text=say(language, "Sign in with EHİS to submit an appeal"))).to_have_count(1)
        fits_the_screen(page)
        # "Did this answer your question?" No: kept, and thanked for.
        page.get_by_role("button", name=say(language, "No"), exact=True).click()
        expect(page.locator(".ask-thanks")).to_be_visible()

    from search.models import AssistantFeedback

    kept = AssistantFeedback.objects.filter(helpful=False, answered=False)
    assert sorted(kept.values_list("language", flat=True)) == ["az", "en", "ru"]
