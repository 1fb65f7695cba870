"""The incentive checker on a phone (360x740), in Azerbaijani, English and Russian: from the home
page's top task to the questions, the verdicts with their reasons, two incentives ticked and seen
side by side; the comparison's address opened again without JavaScript shows the same table."""

from __future__ import annotations

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.conftest import accessibility_problems

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("az", "en", "ru")


def say(language: str, text: str, **values) -> str:
    with translation.override(language):
        return translation.gettext(text) % values if values else translation.gettext(text)


def title(language: str, english_slug: str) -> str:
    from cms.guide.models import IncentivePage

    return getattr(IncentivePage.objects.get(slug_en=english_slug), f"title_{language}")


def region_name(language: str, key: str) -> str:
    from cms.guide.snippets import Region

    return getattr(Region.objects.get(key=key), f"name_{language}")


def fits_the_screen(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_answers_the_checker_and_compares_two_incentives(live_portal, new_phone, axe_source, language):
    phone = new_phone()
    # axe-core comes in through the browser's tooling (the site's policy refuses added scripts).
    phone.add_init_script(axe_source)
    phone.goto(live_portal(f"/{language}/"))
    phone.locator(".top-tasks").get_by_role("link", name=say(language, "Check which incentives fit")).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(say(language, "Which incentives fit your investment?"))
    assert phone.url.endswith(f"/{language}/incentives/check/")
    fits_the_screen(phone)
    assert accessibility_problems(phone) == []

    # A mistake first: a negative amount is named in the error summary and beside the field.
    phone.get_by_label(say(language, "Sector")).select_option("chemicals")
    phone.get_by_label(say(language, "Region")).select_option(label=region_name(language, "absheron-khizi"))
    phone.get_by_label(say(language, "Planned investment")).fill("-300000")
    phone.get_by_label(say(language, "Legal entities")).check()
    phone.get_by_label(say(language, "A new business")).check()
    phone.get_by_label(say(language, "State's share in the business (%)")).fill("0")
    phone.get_by_role("button", name=say(language, "Check the incentives")).click()
    summary = phone.locator(".error-summary")
    expect(summary).to_contain_text(say(language, "The amount cannot be negative."))
    fits_the_screen(phone)
    assert accessibility_problems(phone) == []

    phone.get_by_label(say(language, "Planned investment")).fill("300000")
    phone.get_by_role("button", name=say(language, "Check the incentives")).click()
    expect(phone.get_by_role("heading", name=say(language, "Your results"))).to_be_visible()
    assert "sector=chemicals" in phone.url and "amount=300000" in phone.url

    certificate = phone.locator(".checker-results > li").filter(
        has=phone.get_by_role("link", name=title(language, "investment-promotion-certificate"), exact=True)
    )
    expect(certificate.locator(".verdict")).to_have_text(say(language, "Not eligible"))
    expect(certificate).to_contain_text(say(language, "Why not:"))
    parks = phone.locator(".checker-results > li").filter(
        has=phone.get_by_role("link", name=title(language, "industrial-parks"), exact=True)
    )
    expect(parks.locator(".verdict")).to_have_text(say(language, "Possibly eligible"))
    expect(parks).to_contain_text(say(language, "What to check, and with whom:"))
    fits_the_screen(phone)
    assert accessibility_problems(phone) == []

    # Tick two and compare them.
    certificate.get_by_role("checkbox").check()
    parks.get_by_role("checkbox").check()
    phone.get_by_role("button", name=say(language, "Compare the ticked incentives")).click()
    table = phone.locator("#comparison table")
    expect(table).to_be_visible()
    headers = table.locator("thead th")
    expect(headers).to_have_count(2)
    # In the order of the results: the possibly eligible park before the certificate it falls short of.
    expect(headers).to_have_text(
        [title(language, "industrial-parks"), title(language, "investment-promotion-certificate")]
    )
    expect(table.get_by_role("rowheader", name=say(language, "Benefits"))).to_be_visible()
    assert phone.url.count("compare=") == 2
    fits_the_screen(phone)  # the table scrolls inside its own box, never the page
    assert accessibility_problems(phone) == []

    # The comparison's address is enough: shared to someone without JavaScript, it shows the same.
    shared = phone.url
    reader = new_phone(java_script_enabled=False)
    reader.goto(shared)
    expect(reader.locator("#comparison table thead th")).to_have_count(2)
    expect(reader.locator("#comparison .verdict")).to_have_text(
        [say(language, "Possibly eligible"), say(language, "Not eligible")]
    )
    fits_the_screen(reader)
