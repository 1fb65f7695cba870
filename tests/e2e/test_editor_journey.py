"""An editor with the admin in English, in Chromium: writes, is told what is missing, and publishes.

The Wagtail admin is used at 360x740 like the public site: its menu folds away and its page editor,
language toggles and action menu work at that width. Publishing runs the site's update at once
(the test settings' immediate task backend), as the worker does in the demo and in production.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "editor-journey-2026"


@pytest.fixture
def english_editor(demo_content):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("leyla", "leyla@azpromo.example", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def add_article(editor) -> None:
    """'Add child page' on a topic, then the page type: a topic holds articles and procedures."""
    editor.get_by_role("link", name="Add child page").first.click()
    editor.get_by_role("link", name=re.compile(r"^Guide article")).click()


def sign_in(phone, live_portal, next_path):
    phone.goto(live_portal(f"/admin/login/?next={next_path}"))
    phone.get_by_label("Username").fill("leyla")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_load_state()


def show_language(phone, code):
    toggle = phone.locator(".locale-picker button.locale-toggle", has_text=re.compile(f"^{code}$"))
    if "showing-locale" not in (toggle.get_attribute("class") or ""):
        toggle.click()


def add_text_block(phone, language, text):
    section = phone.locator(f"[data-contentpath='body_{language}']").first
    section.get_by_role("button", name="Insert a block").first.click()
    phone.get_by_role("option", name="Text").first.click()
    editor = section.locator("[contenteditable='true']").first
    expect(editor).to_be_visible()
    editor.click()
    phone.keyboard.type(text)
    expect(editor).to_contain_text(text)
    # The editor keeps the block's value in a hidden input, written after the keystrokes: wait for
    # it before publishing, or a busy machine publishes the block still empty.
    phone.wait_for_function(
        "text => [...document.querySelectorAll('input[type=hidden]')].some(input => input.value.includes(text))",
        arg=text[:20],
    )


def fill_version(phone, language, title, summary, body):
    show_language(phone, language)
    phone.get_by_role("textbox", name=f"Title [{language}]").fill(title)
    if summary is not None:
        phone.get_by_role("textbox", name=f"Summary [{language}]").fill(summary)
    if body is not None:
        add_text_block(phone, language, body)


def publish(phone):
    phone.get_by_role("button", name="More actions").click()
    with phone.expect_navigation():
        phone.get_by_role("button", name="Publish").click()


def test_an_english_speaking_editor_publishes_in_azerbaijani_updates_the_vat_article_and_sees_a_missing_field(
    live_portal, new_phone, english_editor
):
    from cms.guide.models import GuidePage, TopicPage

    topic = TopicPage.objects.get(topic_key="taxation")
    vat = GuidePage.objects.get(slug_en="value-added-tax")
    editor = new_phone(locale="en-GB")
    sign_in(editor, live_portal, f"/admin/pages/{topic.pk}/")

    # 1. An article in Azerbaijani only, published with the admin in English.
    add_article(editor)
    fill_version(
        editor,
        "az",
        "Vergi güzəştləri haqqında qısa bələdçi",
        "Güzəştlərin qısa icmalı.",
        "Bu məqalə vergi güzəştlərini izah edir.",
    )
    publish(editor)
    expect(editor.locator(".messages li.success")).to_contain_text("published")
    article = GuidePage.objects.get(title_az="Vergi güzəştləri haqqında qısa bələdçi")
    assert article.live and not article.title_en

    visitor = new_phone()
    visitor.goto(live_portal(topic.translations["az"]["path"]))
    visitor.get_by_role("link", name="Vergi güzəştləri haqqında qısa bələdçi").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Vergi güzəştləri haqqında qısa bələdçi")
    assert unquote(urlsplit(visitor.url).path) == article.translations["az"]["path"]

    # 2. A sentence added to the VAT article's summary, published: the public page shows it.
    editor.get_by_role("link", name=vat.title_az).first.click()
    summary_field = editor.get_by_role("textbox", name="Summary [az]")
    summary_field.fill(summary_field.input_value() + " Dərəcələr hər il yoxlanılır.")
    publish(editor)
    expect(editor.locator(".messages li.success")).to_contain_text("published")
    vat.refresh_from_db()
    assert vat.summary_az.endswith("Dərəcələr hər il yoxlanılır.")

    visitor.goto(live_portal(topic.translations["az"]["path"]))
    visitor.get_by_role("link", name=vat.title_az).first.click()
    expect(visitor.locator("main")).to_contain_text("Dərəcələr hər il yoxlanılır.")

    # 3. Two languages written, the third begun and left: the error shows where it is.
    add_article(editor)
    fill_version(editor, "az", "İkidilli məqalə", "Azərbaycanca xülasə.", "Azərbaycanca mətn.")
    fill_version(editor, "en", "A two-language article", "An English summary.", "English text.")
    fill_version(editor, "ru", "Двуязычная статья", None, None)
    show_language(editor, "ru")  # the editor hides Russian again before publishing …
    editor.locator(".locale-picker button.locale-toggle", has_text=re.compile("^ru$")).click()
    publish(editor)

    message = "Summary (Russian): required, because the version in this language has been started."
    summary = editor.locator(".guide-error-summary")
    expect(summary.get_by_role("link", name=re.compile(re.escape(message)))).to_be_visible()
    # … and finds it turned on again, with the field's own message beside the field.
    expect(editor.locator(".locale-picker button.locale-toggle", has_text=re.compile("^ru$"))).to_have_class(
        re.compile("showing-locale")
    )
    field = editor.locator("[data-contentpath='summary_ru']")
    expect(field.locator(".error-message")).to_contain_text(message)
    summary.get_by_role("link", name=re.compile(re.escape(message))).click()
    expect(editor.get_by_role("textbox", name="Summary [ru]")).to_be_focused()
    # Wagtail keeps what the editor typed as a draft while they type (WAGTAIL_AUTOSAVE_INTERVAL),
    # so a draft may exist, depending on how fast the fields were filled; what must not happen is
    # that the incomplete page goes live.
    assert not GuidePage.objects.filter(title_az="İkidilli məqalə", live=True).exists()
