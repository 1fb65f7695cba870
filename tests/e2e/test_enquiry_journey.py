"""An investor without EHİS asks AZPROMO a question, on a phone, from the pages they read; and a
visitor whose browser speaks Turkish keeps the language of the page they were on."""

import json
import re

import pytest

from cms.appeals.models import Appeal, Kind, PendingEnquiry

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def quick_forms(settings):
    """People take some seconds to fill the form; the robot check would refuse a test that doesn't."""
    settings.APPEALS_ENQUIRY_MIN_SECONDS = 0


def fits_the_screen(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    wide = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
        "document.documentElement.clientWidth + 1).slice(0, 5).map(e => `${e.tagName}.${e.className} ${e.id}`)"
    )
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen: {wide}"


def service_page(live_portal, language: str) -> str:
    data = json.loads((live_portal.dist.resolve() / ".build/content.json").read_text(encoding="utf-8"))
    for versions in data["pages"].values():
        page = versions.get(language)
        if page and page["meta"]["type"] == "guide.ServicePage":
            return page["meta"]["translations"][language]["path"]
    raise AssertionError("the demo has no service page")


def send_an_enquiry(phone, live_portal, *, email: str, question: str) -> Appeal:
    """From the enquiry form to the registered enquiry, as the investor does it."""
    assert re.search(r"/en/enquiry/\?form=\w+", phone.url), phone.url
    fits_the_screen(phone)
    phone.get_by_label("Full name").fill("Maria Rossi")
    phone.get_by_label("Company").fill("Adriatica Foods S.p.A.")
    phone.get_by_label("Country").fill("Italy")
    phone.get_by_label("E-mail").fill(email)
    phone.get_by_label("Topic").select_option(index=1)
    phone.get_by_label("Your enquiry").fill(question)
    phone.get_by_label(re.compile("I consent to the processing")).check()
    phone.get_by_role("button", name="Send the enquiry").click()
    phone.wait_for_load_state()
    assert phone.locator("h1").inner_text() == "Check your e-mail"
    assert email in phone.locator("main").inner_text()
    assert not Appeal.objects.filter(contact_email=email).exists()  # not before the link is opened

    message = live_portal.mailbox.wait_for(email)
    links = [link for link in live_portal.mailbox.links(message) if "/enquiry/confirm/" in link]
    assert len(links) == 1, live_portal.mailbox.text(message)
    assert links[0].startswith(live_portal.url + "/en/enquiry/confirm/")
    phone.goto(links[0])  # opened from the e-mail
    appeal = Appeal.objects.get(contact_email=email)
    assert (appeal.kind, appeal.number[:4]) == (Kind.ENQUIRY, "ENQ-")
    assert appeal.number in phone.locator("main").inner_text()
    fits_the_screen(phone)
    registered = [
        m for m in live_portal.mailbox.messages if email in str(m["To"]) and appeal.number in str(m["Subject"])
    ]
    assert registered or live_portal.mailbox.wait_for(email)
    return appeal


def test_an_investor_asks_from_the_home_page_and_confirms_by_email(live_portal, phone, quick_forms):
    phone.goto(live_portal("/en/"))
    phone.locator('main a[href$="/enquiry/"]').first.click()
    phone.wait_for_load_state()
    send_an_enquiry(
        phone, live_portal, email="maria@example.it", question="Which customs duties apply to olive oil imports?"
    )
    assert PendingEnquiry.objects.count() == 1


def test_an_investor_asks_from_a_service_page_and_sending_twice_is_one_enquiry(live_portal, phone, quick_forms):
    phone.goto(live_portal(service_page(live_portal, "en")))
    phone.locator('main a[href$="/enquiry/"]').first.click()
    phone.wait_for_load_state()
    form_address = phone.url
    appeal = send_an_enquiry(phone, live_portal, email="lena@example.de", question="How long does this service take?")

    # Back to the form, and the same form sent again: still one enquiry, no second e-mail to confirm.
    phone.goto(form_address)
    phone.get_by_label("Full name").fill("Maria Rossi")
    phone.get_by_label("Country").fill("Italy")
    phone.get_by_label("E-mail").fill("lena@example.de")
    phone.get_by_label("Topic").select_option(index=1)
    phone.get_by_label("Your enquiry").fill("How long does this service take?")
    phone.get_by_label(re.compile("I consent to the processing")).check()
    phone.get_by_role("button", name="Send the enquiry").click()
    phone.wait_for_load_state()
    assert PendingEnquiry.objects.filter(email="lena@example.de").count() == 1
    assert Appeal.objects.filter(kind=Kind.ENQUIRY).count() == 1
    confirmations = [
        m
        for m in live_portal.mailbox.messages
        if "lena@example.de" in str(m["To"]) and "/enquiry/confirm/" in live_portal.mailbox.text(m)
    ]
    assert len(confirmations) == 1, appeal.number


def test_a_turkish_browser_on_the_english_site_gets_the_english_cabinet(live_portal, new_phone):
    phone = new_phone(locale="tr-TR")
    # The site's own link to the e-cabinet, from the English home page, through the sign-in.
    phone.goto(live_portal("/en/"))
    phone.locator('a[href*="/cabinet/"]').first.click()
    phone.wait_for_load_state()
    assert "/dev-idp/" in phone.url
    phone.get_by_role("button", name=re.compile("Mehmet")).click()
    phone.wait_for_load_state()
    assert re.search(r"/en/cabinet/", phone.url), phone.url
    assert phone.get_attribute("html", "lang") == "en"
    fits_the_screen(phone)

    # /cabinet/ without a language, followed from an English page: English, not the browser's
    # Turkish (which the portal does not speak) nor the default Azerbaijani.
    phone.goto(live_portal("/cabinet/"), referer=live_portal("/en/guide/"))
    assert phone.url == live_portal("/en/cabinet/")
    assert phone.get_attribute("html", "lang") == "en"
    phone.get_by_role("link", name="My data").first.click()
    phone.wait_for_load_state()
    personal = phone.locator("#personal-data").inner_text()
    assert "Türkiye" in personal and "TUR" not in personal
