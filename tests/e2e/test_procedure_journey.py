"""A visitor on a phone (360x740), in Azerbaijani, English and Russian, finds how to register a
company from the home page, reads its totals and steps, ticks the documents they already have
(still ticked when they come back), and prints the procedure as a checklist."""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.conftest import accessibility_problems

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

# How the registration procedure is named in each language.
REGISTRATION = {
    "az": re.compile("qeydiyyat", re.I),
    "en": re.compile("regist", re.I),
    "ru": re.compile("регистрац", re.I),
}


def say(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def fits_the_screen(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_a_visitor_finds_the_company_registration_procedure_and_prints_it(phone, site_url, language, axe_source):
    phone.add_init_script(axe_source)  # through the browser's tooling: the site's policy refuses added scripts
    phone.goto(f"{site_url}/{language}/")
    phone.get_by_role("link", name=say(language, "Start a company")).click()
    procedures = phone.locator("#procedures + ul.cards")
    expect(procedures).to_be_visible()
    procedures.get_by_role("link", name=REGISTRATION[language]).first.click()

    expect(phone.locator("h1")).to_contain_text(REGISTRATION[language])
    totals = phone.locator("#totals")
    expect(totals).to_contain_text(say(language, "Total cost"))
    expect(totals).to_contain_text(say(language, "Total time"))
    steps = phone.locator("ol.procedure > li")
    assert steps.count() >= 2
    expect(steps.first.locator("h3")).to_contain_text(say(language, "Step %(number)d") % {"number": 1})
    fits_the_screen(phone)

    # The documents are a checklist, kept in this browser: ticked, they are still ticked on return.
    boxes = phone.locator("ol.procedure input[type=checkbox]")
    assert boxes.count() >= 1
    boxes.first.check()
    phone.reload()
    expect(phone.locator("ol.procedure input[type=checkbox]").first).to_be_checked()
    expect(phone.get_by_text(say(language, "Your ticks are kept in this browser only."))).to_be_visible()

    # "Print this checklist" opens the browser's print; the printed page is the checklist alone.
    phone.evaluate("() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; }")
    phone.get_by_role("button", name=say(language, "Print this checklist")).click()
    assert phone.evaluate("window.printed") == 1
    phone.emulate_media(media="print")
    expect(phone.locator("section.ask")).to_be_hidden()
    expect(phone.locator(".site-header nav").first).to_be_hidden()
    expect(steps.last).to_be_visible()
    expect(phone.locator("ol.procedure input[type=checkbox]").first).to_be_checked()
    assert phone.pdf(format="A4").startswith(b"%PDF")
    phone.emulate_media(media="screen")

    assert accessibility_problems(phone) == []


def test_without_javascript_the_procedure_is_complete_and_the_print_button_is_not_offered(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{site_url}/en/")
    page.get_by_role("link", name="Start a company").click()
    page.locator("#procedures + ul.cards").get_by_role("link", name=REGISTRATION["en"]).first.click()
    expect(page.locator("#totals")).to_be_visible()
    assert page.locator("ol.procedure > li").count() >= 2
    expect(page.get_by_role("button", name="Print this checklist")).to_be_hidden()
    context.close()


def test_ticks_the_browser_cannot_read_are_started_afresh(phone, site_url):
    phone.goto(f"{site_url}/en/")
    phone.get_by_role("link", name="Start a company").click()
    phone.locator("#procedures + ul.cards").get_by_role("link", name=REGISTRATION["en"]).first.click()
    key = phone.locator("[data-checklist]").get_attribute("data-checklist")
    errors = []
    phone.on("pageerror", lambda error: errors.append(str(error)))
    for stored in ('"a string"', "[true]", "null", "{not json"):
        phone.evaluate("([key, value]) => localStorage.setItem(key, value)", [f"checklist:{key}", stored])
        phone.reload()
        box = phone.locator("ol.procedure input[type=checkbox]").first
        expect(box).not_to_be_checked()
        box.check()
        phone.reload()
        expect(phone.locator("ol.procedure input[type=checkbox]").first).to_be_checked()
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_ticks_stay_with_their_documents_when_an_editor_reorders_the_steps(live_portal, new_phone):
    """A tick is the visitor's note that they have a document: when the steps are reordered and the page
    published again, the tick is still on that document, not on whatever now stands in its place."""
    from cms.guide.models import ProcedurePage

    procedure = next(
        page
        for page in ProcedurePage.objects.live().order_by("pk")
        if page.steps_en[0].value["documents"] and sum(1 for block in page.steps_en if block.value["documents"]) >= 2
    )
    path = procedure.translations["en"]["path"]
    phone = new_phone()
    # A visitor who ticked the first document under an earlier version of the page, which kept the
    # ticks of every language by position: the tick is found and kept under the document's own id,
    # in each language the visitor reads.
    phone.add_init_script(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('checklist:procedure-{procedure.pk}', JSON.stringify({{'step-1-document-1': true}}));"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
    )
    phone.goto(live_portal(path))
    boxes = phone.locator("ol.procedure input[type=checkbox]")
    expect(boxes.first).to_be_checked()
    kept = phone.evaluate(f"JSON.parse(localStorage.getItem('checklist:procedure-{procedure.pk}-en'))")
    assert kept[boxes.first.get_attribute("name")] is True and list(kept.values()).count(True) == 1, kept
    phone.goto(live_portal(procedure.translations["az"]["path"]))
    expect(phone.locator("ol.procedure input[type=checkbox]").first).to_be_checked()
    phone.goto(live_portal(path))

    # The visitor also ticks the last document of the last step that lists any.
    last_step = phone.locator("ol.procedure > li").filter(has=phone.locator("ul.checklist")).last
    last_step.locator("input[type=checkbox]").last.check()
    ticked = [label.inner_text().strip() for label in phone.locator("ol.procedure label:has(input:checked)").all()]
    assert len(ticked) == 2

    # An editor moves the first step to the end, in every language, and publishes.
    for language in ("az", "en", "ru"):
        steps = getattr(procedure, f"steps_{language}")
        raw = list(steps.raw_data)
        setattr(procedure, f"steps_{language}", raw[1:] + raw[:1])
    procedure.save_revision().publish()

    phone.reload()
    expect(phone.locator("ol.procedure > li").last.locator("h3")).to_contain_text(
        procedure.steps_en[len(procedure.steps_en) - 1].value["title"]
    )
    expect(phone.locator("ol.procedure label:has(input:checked)")).to_have_count(2)
    assert sorted(
        label.inner_text().strip() for label in phone.locator("ol.procedure label:has(input:checked)").all()
    ) == sorted(ticked)
