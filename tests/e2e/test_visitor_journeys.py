"""A visitor on a phone (360x740), in Azerbaijani, English and Russian, clicking as a person does:
from the home page through a topic to an article and a related page, then the same article in
another language; the filters of the projects and the incentives; the menu behind its button
(and, without JavaScript, the menu at the foot of the page); tables that never push the page sideways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.utils import translation
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
LANGUAGES = ("az", "en", "ru")
# The phone's header (service name, languages, menu button and search) leaves the screen to the page.
HEADER_MAX_HEIGHT = 160


def say(language: str, text: str) -> str:
    """An interface string as the visitor reads it in `language`."""
    with translation.override(language):
        return translation.gettext(text)


class Site:
    """The built site's own data (the build's content.json): what a visitor should find where."""

    def __init__(self, dist: Path):
        data = json.loads((dist.resolve() / ".build/content.json").read_text(encoding="utf-8"))
        self.pages = {int(pk): versions for pk, versions in data["pages"].items()}

    @staticmethod
    def path(page: dict, language: str) -> str:
        return page["meta"]["translations"][language]["path"]

    def of_type(self, page_type: str, language: str) -> list[dict]:
        return [
            versions[language]
            for versions in self.pages.values()
            if language in versions and versions[language]["meta"]["type"] == page_type
        ]

    def children(self, parent: dict, language: str) -> list[dict]:
        prefix = self.path(parent, language)
        return [
            versions[language]
            for versions in self.pages.values()
            if language in versions and self.path(versions[language], language).rsplit("/", 2)[0] + "/" == prefix
        ]


def fits_the_screen(phone) -> None:
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{phone.url} is {overflow}px wider than the screen"


def lands_on(phone, live_portal, path: str, title: str) -> None:
    expect(phone).to_have_url(live_portal(path))
    expect(phone.locator("h1")).to_have_text(title)
    fits_the_screen(phone)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_clicks_from_home_to_an_article_and_a_related_page_then_reads_it_in_another_language(
    live_portal, phone, language
):
    site = Site(live_portal.dist)
    (guide,) = site.of_type("guide.GuideIndexPage", language)
    (topic,) = [page for page in site.children(guide, language) if page["topic_key"] == "taxation"]
    article = next(page for page in site.children(topic, language) if page.get("related_pages"))
    related = article["related_pages"][0]

    phone.goto(live_portal(f"/{language}/"))
    phone.locator(".cards").get_by_role("link", name=guide["title"], exact=True).click()
    lands_on(phone, live_portal, site.path(guide, language), guide["title"])

    phone.locator(".cards").get_by_role("link", name=topic["title"], exact=True).click()
    lands_on(phone, live_portal, site.path(topic, language), topic["title"])

    phone.locator(".cards").get_by_role("link", name=article["title"], exact=True).click()
    lands_on(phone, live_portal, site.path(article, language), article["title"])

    phone.locator(".related").get_by_role("link", name=related["title"], exact=True).click()
    lands_on(phone, live_portal, related["path"], related["title"])

    # The same page in the next language the visitor reads.
    other = LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]
    same_page = site.pages[related["id"]][other]
    phone.locator(f'.languages a[hreflang="{other}"]').click()
    lands_on(phone, live_portal, site.path(same_page, other), same_page["title"])
    assert phone.get_attribute("html", "lang") == other


def visible_cards(phone, list_id: str):
    return phone.locator(f"#{list_id} > li:not([hidden])")


def a_filter_narrows_the_list(phone, language: str, label: str, list_id: str) -> None:
    """Picks the first choice of the filter `label` that leaves fewer cards than all, and checks the
    cards left are the ones for that choice (or for every choice)."""
    total = phone.locator(f"#{list_id} > li").count()
    assert total > 3
    field = phone.get_by_label(say(language, label), exact=True)
    expect(field).to_be_visible()
    name = field.get_attribute("name")
    for value in field.locator("option").evaluate_all("options => options.map(option => option.value).filter(Boolean)"):
        field.select_option(value)
        shown = visible_cards(phone, list_id).count()
        if 0 < shown < total:
            for index in range(shown):
                keys = visible_cards(phone, list_id).nth(index).get_attribute(f"data-{name}").split()
                assert value in keys or keys == ["*"]
            count = say(language, "Showing {shown} of {total}").format(shown=shown, total=total)
            expect(phone.locator(".result-count")).to_have_text(count)
            field.select_option("")
            assert visible_cards(phone, list_id).count() == total
            return
    raise AssertionError(f"no choice of {label} narrows the list of {total}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_finds_projects_and_incentives_from_the_home_page_and_narrows_them_with_the_filters(
    live_portal, phone, language
):
    site = Site(live_portal.dist)
    (projects,) = site.of_type("guide.ProjectIndexPage", language)
    (incentives,) = site.of_type("guide.IncentiveIndexPage", language)

    phone.goto(live_portal(f"/{language}/"))
    phone.locator(".top-tasks").get_by_role("link", name=say(language, "Find an investment project")).click()
    lands_on(phone, live_portal, site.path(projects, language), projects["title"])
    a_filter_narrows_the_list(phone, language, "Sector", "project-list")
    a_filter_narrows_the_list(phone, language, "Region", "project-list")
    a_filter_narrows_the_list(phone, language, "Status", "project-list")

    phone.go_back()
    phone.locator(".top-tasks").get_by_role("link", name=say(language, "Find incentives")).click()
    lands_on(phone, live_portal, site.path(incentives, language), incentives["title"])
    a_filter_narrows_the_list(phone, language, "Region", "incentive-list")


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_menu_opens_from_its_button_and_leads_to_a_section(live_portal, phone, language):
    site = Site(live_portal.dist)
    (services,) = site.of_type("guide.ServiceIndexPage", language)
    phone.goto(live_portal(f"/{language}/"))
    header = phone.locator(".site-header").bounding_box()
    assert header["height"] <= HEADER_MAX_HEIGHT, f"the header takes {header['height']} of 740 px"
    menu = phone.get_by_role("navigation", name=say(language, "Main menu"))
    expect(menu).to_be_hidden()
    expect(phone.get_by_role("link", name=say(language, "Menu"), exact=True)).to_be_hidden()

    button = phone.get_by_role("button", name=say(language, "Menu"), exact=True)
    expect(button).to_have_attribute("aria-expanded", "false")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    fits_the_screen(phone)
    button.click()
    expect(menu).to_be_hidden()

    button.click()
    menu.get_by_role("link", name=services["title"], exact=True).click()
    lands_on(phone, live_portal, site.path(services, language), services["title"])
    expect(phone.get_by_role("navigation", name=say(language, "Main menu"))).to_be_hidden()  # closed on the new page

    # Escape closes an open menu and gives the focus back to its button.
    button = phone.get_by_role("button", name=say(language, "Menu"), exact=True)
    button.click()
    phone.get_by_role("navigation", name=say(language, "Main menu")).get_by_role("link").first.focus()
    phone.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()


def test_without_javascript_the_menu_link_leads_to_the_menu_at_the_foot_of_the_page(live_portal, new_phone):
    phone = new_phone(java_script_enabled=False)
    site = Site(live_portal.dist)
    (projects,) = site.of_type("guide.ProjectIndexPage", "en")
    phone.goto(live_portal("/en/"))
    header = phone.locator(".site-header").bounding_box()
    assert header["height"] <= HEADER_MAX_HEIGHT, f"the header takes {header['height']} of 740 px"
    expect(phone.get_by_role("button", name="Menu", exact=True)).to_be_hidden()
    phone.get_by_role("link", name="Menu", exact=True).click()
    expect(phone).to_have_url(live_portal("/en/#site-menu"))
    footer_menu = phone.locator("#site-menu")
    expect(footer_menu).to_be_in_viewport()
    footer_menu.get_by_role("link", name=projects["title"], exact=True).click()
    lands_on(phone, live_portal, site.path(projects, "en"), projects["title"])


def test_tables_fit_the_phone_or_scroll_inside_their_own_box(live_portal, phone):
    root = live_portal.dist.resolve()
    paths = sorted(
        "/" + str(html.parent.relative_to(root)) + "/"
        for html in root.glob("*/**/index.html")
        if "<table" in html.read_text(encoding="utf-8")
    )
    assert len(paths) >= 9, paths  # rate tables in every language, and the open data list
    for path in paths:
        phone.goto(live_portal(path))
        fits_the_screen(phone)
        problems = phone.evaluate("""() => {
            const width = document.documentElement.clientWidth, found = [];
            for (const table of document.querySelectorAll('main table')) {
                if (table.getBoundingClientRect().right <= width + 0.5) continue;
                let box = table.parentElement;
                while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
                if (!box || box.getBoundingClientRect().right > width + 0.5) found.push(table.className + ' overflows');
                else if (box.tabIndex < 0) found.push(table.className + ' scrolls in a box the keyboard cannot reach');
            }
            return found;
        }""")
        assert problems == [], path
