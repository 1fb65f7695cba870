"""The headless API, per language."""

import pytest
from django.utils import translation
from wagtail.models import Page

from cms.guide.models import GuidePage

pytestmark = pytest.mark.django_db

LANGUAGES = ("az", "en", "ru")


def all_pages(client, language, **params):
    pages, offset = [], 0
    while True:
        response = client.get(f"/{language}/api/v2/pages/", {"limit": 100, "offset": offset, "fields": "*", **params})
        assert response.status_code == 200, response.content[:500]
        data = response.json()
        pages += data["items"]
        offset += 100
        if offset >= data["meta"]["total_count"]:
            return pages


def test_every_live_demo_page_is_listed_in_every_language(client, demo_content):
    live_ids = set(Page.objects.live().filter(depth__gte=2).values_list("pk", flat=True))
    assert len(live_ids) >= 50
    for language in LANGUAGES:
        listed = {item["id"] for item in all_pages(client, language)}
        assert listed == live_ids, language


def test_each_language_endpoint_returns_that_languages_text(client, demo_content):
    for page in Page.objects.live().filter(depth__gte=2).specific():
        details = {}
        for language in LANGUAGES:
            response = client.get(f"/{language}/api/v2/pages/{page.pk}/")
            assert response.status_code == 200
            details[language] = response.json()
            assert details[language]["title"] == getattr(page, f"title_{language}")
            assert details[language]["title"].strip()
            assert details[language]["meta"]["available_languages"] == list(LANGUAGES)
        titles = {details[lang]["title"] for lang in LANGUAGES}
        assert len(titles) == 3, f"titles of page {page.pk} do not differ between languages: {titles}"
        body_field = next(
            name
            for name in ("body", "intro", "overview", "description", "purpose")
            if name in details["az"] and details["az"][name]
        )
        bodies = [str(details[lang][body_field]) for lang in LANGUAGES]
        assert all(bodies) and len(set(bodies)) == 3, f"{body_field} of page {page.pk} is empty or repeated"


def test_translations_give_the_translated_path_of_each_language(client, demo_content):
    article = GuidePage.objects.live().first()
    data = client.get(f"/en/api/v2/pages/{article.pk}/").json()
    translations = data["meta"]["translations"]
    assert set(translations) == set(LANGUAGES)
    for language in LANGUAGES:
        expected_slugs = [
            getattr(p.specific, f"slug_{language}") for p in article.get_ancestors(inclusive=True).filter(depth__gt=2)
        ]
        assert translations[language]["path"] == "/" + "/".join([language, *expected_slugs]) + "/"
        assert translations[language]["url"].endswith(translations[language]["path"])


def test_streamfield_blocks_are_structured_json_with_rates_resolved(client, demo_content):
    article = next(
        page for page in GuidePage.objects.live() if any(block.block_type == "rate_table" for block in page.body_az)
    )
    data = client.get(f"/ru/api/v2/pages/{article.pk}/").json()
    table = next(block for block in data["body"] if block["type"] == "rate_table")
    rate = table["value"]["rates"][0]
    assert {"name", "display_value", "unit", "applies_to", "legal_basis"} <= set(rate)
    with translation.override("ru"):
        from cms.guide.snippets import TaxRate

        assert rate["name"] == TaxRate.objects.get(pk=rate["id"]).name_ru


def test_untranslated_page_is_not_listed_and_says_where_it_exists(client, demo_content):
    article = GuidePage.objects.live().first()
    article.summary_ru = ""
    article.save_revision().publish()
    listed = {item["id"] for item in all_pages(client, "ru", type="guide.GuidePage")}
    assert article.pk not in listed
    response = client.get(f"/ru/api/v2/pages/{article.pk}/")
    assert response.status_code == 404
    assert response.json()["available_languages"] == ["az", "en"]
    assert client.get(f"/en/api/v2/pages/{article.pk}/").status_code == 200


def test_reference_data_endpoints_answer_in_each_language(client, demo_content):
    for endpoint in ("tax-rates", "legal-acts", "sectors", "regions"):
        names = {}
        for language in LANGUAGES:
            response = client.get(f"/{language}/api/v2/{endpoint}/", {"limit": 100})
            assert response.status_code == 200, endpoint
            items = response.json()["items"]
            assert items, endpoint
            first = items[0]
            names[language] = first.get("name") or first.get("title")
        assert len(set(names.values())) == 3, (endpoint, names)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/en/api/v2/pages/?type=guide.NoSuchPage", 400),
        ("/en/api/v2/pages/?limit=many", 400),
        ("/en/api/v2/pages/?offset=-5", 400),
        ("/en/api/v2/pages/?fields=no_such_field", 400),
        ("/en/api/v2/pages/987654321/", 404),
        ("/en/api/v2/tax-rates/987654321/", 404),
        ("/xx/api/v2/pages/", 404),  # an unknown language prefix is sent to /az/xx/…, which is not found
    ],
)
def test_bad_api_requests_get_a_clear_client_error(client, demo_content, url, status):
    response = client.get(url, follow=True)
    assert response.status_code == status
    if status == 400:
        assert response.json()["message"]
