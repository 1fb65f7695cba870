"""Bad input in the admin gets a field error, and nothing is half-saved."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.guide.models import GuidePage, TopicPage
from cms.guide.snippets import TaxRate

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, demo_content):
    user = get_user_model().objects.create_superuser("root", "root@example.az", "x")
    client.force_login(user)
    return client


def guide_page_form(**overrides):
    data = {
        "title_az": "Sınaq məqaləsi",
        "slug_az": "sinaq-meqalesi",
        "summary_az": "Qısa xülasə.",
        "body_az": streamfield([("text", rich_text("<p>Mətn.</p>"))]),
        "title_en": "",
        "slug_en": "",
        "summary_en": "",
        "body_en": streamfield([]),
        "title_ru": "",
        "slug_ru": "",
        "summary_ru": "",
        "body_ru": streamfield([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(topic):
    return f"/admin/pages/add/guide/guidepage/{topic.pk}/"


def test_complete_azerbaijani_page_is_saved_as_a_draft(admin_client):
    topic = TopicPage.objects.get(topic_key="taxation")
    before = GuidePage.objects.count()
    response = admin_client.post(add_url(topic), guide_page_form())
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert GuidePage.objects.count() == before + 1


def test_started_but_unfinished_english_version_is_refused_with_a_field_error(admin_client):
    topic = TopicPage.objects.get(topic_key="taxation")
    before = Page.objects.count()
    response = admin_client.post(add_url(topic), guide_page_form(title_en="Trial article", slug_en="trial-article"))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "summary_en" in errors and "body_en" in errors
    assert (
        "Qısa məzmun (ingilis dili)" in errors["summary_en"][0]
    )  # the label and the language, in the admin's language
    assert Page.objects.count() == before


def test_missing_azerbaijani_title_is_refused(admin_client):
    topic = TopicPage.objects.get(topic_key="taxation")
    before = Page.objects.count()
    response = admin_client.post(add_url(topic), guide_page_form(title_az="", slug_az=""))
    assert response.status_code == 200
    assert "title_az" in response.context["form"].errors
    assert Page.objects.count() == before


def tax_rate_form(**overrides):
    data = {
        "key": "trial-rate",
        "name_az": "Sınaq dərəcəsi",
        "name_en": "Trial rate",
        "name_ru": "Пробная ставка",
        "category": "tax",
        "value": "12",
        "unit": "percent",
        "note_az": "",
        "note_en": "",
        "note_ru": "",
        "applies_to_az": "Hamı",
        "applies_to_en": "Everyone",
        "applies_to_ru": "Все",
        "effective_from": "2026-01-01",
        "effective_to": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"value": "180"}, "value"),
        ({"value": "abc"}, "value"),
        ({"effective_to": "2025-06-30"}, "effective_to"),
        ({"name_ru": ""}, "name_ru"),
    ],
    ids=["percent-over-100", "not-a-number", "end-before-start", "missing-russian-name"],
)
def test_invalid_tax_rate_is_refused_with_a_field_error_and_not_saved(admin_client, overrides, field):
    before = TaxRate.objects.count()
    response = admin_client.post("/admin/snippets/guide/taxrate/add/", tax_rate_form(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert TaxRate.objects.count() == before


def test_valid_tax_rate_is_saved(admin_client):
    response = admin_client.post("/admin/snippets/guide/taxrate/add/", tax_rate_form())
    assert response.status_code == 302
    assert TaxRate.objects.filter(key="trial-rate").exists()
