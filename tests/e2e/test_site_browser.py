"""The built site in a real browser, at phone size: layout, language switching, filters, accessibility."""

import json
from urllib.parse import urlsplit

import pytest

# The `django_db` mark makes pytest-django run these with the ordinary database tests, before the
# transactional ones, whose teardown leaves the database empty; the shared build needs the demo.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db]
LANGUAGES = ("az", "en", "ru")


@pytest.fixture(scope="module")
def pages_by_type(built_site):  # one page of every type, from the build's own data
    data = json.loads((built_site.resolve() / ".build/content.json").read_text(encoding="utf-8"))
    found = {}
    for versions in data["pages"].values():
        for language, page in versions.items():
            found.setdefault(page["meta"]["type"], {}).setdefault(
                language, page["meta"]["translations"][language]["path"]
            )
    return found


def special_paths(language):
    return [f"/{language}/open-data/", f"/{language}/offline/"]


def test_no_page_scrolls_sideways_on_a_360_pixel_phone(phone, site_url, pages_by_type):
    for language in LANGUAGES:
        for path in [versions[language] for versions in pages_by_type.values() if language in versions] + special_paths(
            language
        ):
            phone.goto(site_url + path)
            overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{path} is {overflow}px wider than the screen"


def test_the_language_switcher_lands_on_the_same_page_in_the_other_language(phone, site_url, pages_by_type):
    english = pages_by_type["guide.GuidePage"]["en"]
    phone.goto(site_url + english)
    phone.click('.languages a[hreflang="ru"]')
    phone.wait_for_load_state()
    assert urlsplit(phone.url).path == pages_by_type["guide.GuidePage"]["ru"]
    assert phone.get_attribute("html", "lang") == "ru"
    phone.click('.languages a[hreflang="az"]')
    phone.wait_for_load_state()
    assert urlsplit(phone.url).path == pages_by_type["guide.GuidePage"]["az"]


def test_the_project_filter_narrows_the_list_on_the_spot(phone, site_url, pages_by_type):
    phone.goto(site_url + pages_by_type["guide.ProjectIndexPage"]["en"])
    cards = phone.locator("#project-list > li")
    total = cards.count()
    assert total > 3
    assert phone.locator("form.filters").is_visible()
    option = phone.locator("#filter-sector option").nth(1)
    sector = option.get_attribute("value")
    phone.select_option("#filter-sector", sector)
    visible = phone.locator("#project-list > li:not([hidden])")
    shown = visible.count()
    assert 0 < shown < total
    for index in range(shown):
        assert visible.nth(index).get_attribute("data-sector") == sector
    assert phone.locator(".result-count").inner_text() == f"Showing {shown} of {total}"
    phone.select_option("#filter-sector", "")
    assert phone.locator("#project-list > li:not([hidden])").count() == total


def test_without_javascript_every_project_is_listed(browser, site_url, pages_by_type):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site_url + pages_by_type["guide.ProjectIndexPage"]["en"])
    assert page.locator("#project-list > li").count() == page.locator("#project-list > li:not([hidden])").count() > 3
    assert not page.locator("form.filters").is_visible()
    context.close()


def test_axe_finds_no_accessibility_violation_on_any_page_type(phone, site_url, pages_by_type, axe_source):
    # axe-core comes in through the browser's tooling, before each page's own scripts: as a <script>
    # added to the page it would be refused by the site's Content-Security-Policy, as any would.
    phone.add_init_script(axe_source)
    problems = []
    for page_type, versions in sorted(pages_by_type.items()):
        for language in LANGUAGES:
            if language not in versions:
                continue
            phone.goto(site_url + versions[language])
            result = phone.evaluate(
                "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
            )
            for violation in result["violations"]:
                problems.append(
                    f"{page_type} {language}: {violation['id']} ({len(violation['nodes'])}) {violation['nodes'][0]['target']}"
                )
    for path in special_paths("en"):
        phone.goto(site_url + path)
        result = phone.evaluate(
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}})"
        )
        problems += [f"{path}: {violation['id']}" for violation in result["violations"]]
    assert problems == []


def test_the_skip_link_moves_focus_to_the_main_content(phone, site_url, pages_by_type):
    phone.goto(site_url + pages_by_type["guide.GuidePage"]["az"])
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.className") == "skip-link"
    assert phone.locator(".skip-link").is_visible()
    phone.keyboard.press("Enter")
    assert phone.evaluate("document.activeElement.id") == "main"


def test_every_page_declares_its_language(phone, site_url, pages_by_type):
    for versions in pages_by_type.values():
        for language, path in versions.items():
            phone.goto(site_url + path)
            assert phone.get_attribute("html", "lang") == language, path
