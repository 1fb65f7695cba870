"""What the pages API costs: queries per request whatever the page, revalidation with 304, and the
bulk reading of the contract the static build uses."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.api.contract import page_listing, page_listings
from cms.guide.availability import available_languages
from cms.guide.models import GuidePage, PageLanguage, PrioritySectorPage
from frontend.source import PAGE_TYPES

pytestmark = pytest.mark.django_db


def one_page_of_each_type():
    pages = {}
    for page in Page.objects.live().filter(depth__gte=2).specific():
        pages.setdefault(type(page), page)
    return pages


# The cache in memory, emptied before each counted request: what is counted is the API's own
# reading of the page, not the cache's table, and no answer comes from the cache.
IN_MEMORY = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def queries_for(client, url, **params):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


@override_settings(CACHES=IN_MEMORY)
def test_page_detail_costs_the_same_few_queries_whatever_the_page_type(client, demo_content):
    pages = one_page_of_each_type()
    assert len(pages) >= 10
    client.get(f"/en/api/v2/pages/{demo_content.pk}/")  # the site and content types are cached after one request
    counts = {model.__name__: queries_for(client, f"/en/api/v2/pages/{page.pk}/") for model, page in pages.items()}
    # The view restrictions, the site, the page and its type's row, its parent (found, checked
    # public, read as its type), and one query per relation the type shows (terms, legal acts,
    # links and their types, images, the rates in its text and their legal acts).
    assert max(counts.values()) <= 16, counts
    assert min(counts.values()) >= 5, counts  # the page was read, not served from somewhere else


@override_settings(CACHES=IN_MEMORY)
def test_page_detail_queries_do_not_grow_with_the_pages_it_links_to(client, demo_content):
    article = GuidePage.objects.live().filter(related_links__isnull=False).distinct().first()
    others = list(GuidePage.objects.live().exclude(pk=article.pk)[:6])
    article.related_links.all().delete()
    article.related_links.create(target=others[0])
    article.save()
    one_link = queries_for(client, f"/en/api/v2/pages/{article.pk}/")
    for other in others[1:]:
        article.related_links.create(target=other)
    article.save()
    six_links = queries_for(client, f"/en/api/v2/pages/{article.pk}/")
    assert len(client.get(f"/en/api/v2/pages/{article.pk}/").json()["related_pages"]) == 6
    assert six_links == one_link


@override_settings(CACHES=IN_MEMORY)
def test_listing_queries_do_not_grow_with_the_number_of_pages(client, demo_content):
    few = queries_for(client, "/en/api/v2/pages/", type="guide.PrioritySectorPage", limit=1)
    many = queries_for(client, "/en/api/v2/pages/", type="guide.PrioritySectorPage", limit=100)
    assert PrioritySectorPage.objects.live().count() > 1
    assert many == few
    # Untyped, each page type on the page of results costs one query for its rows.
    untyped_one = queries_for(client, "/en/api/v2/pages/", limit=1)
    untyped_all = queries_for(client, "/en/api/v2/pages/", limit=100)
    assert untyped_all <= untyped_one + len(one_page_of_each_type())


def test_a_conditional_get_answers_304_without_a_body(client, demo_content):
    url = f"/en/api/v2/pages/{demo_content.pk}/"
    first = client.get(url)
    assert first.status_code == 200
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304
    assert by_date.content == b""
    # The ETag names the address: another page, language or field list does not match it.
    assert client.get(url, {"fields": "title"}, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
    assert client.get(f"/ru/api/v2/pages/{demo_content.pk}/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_if_none_match_any_is_304_only_for_a_page_that_exists(client, demo_content):
    url = f"/en/api/v2/pages/{demo_content.pk}/"
    assert client.get(url, HTTP_IF_NONE_MATCH="*").status_code == 304
    assert client.get("/en/api/v2/pages/999999/", HTTP_IF_NONE_MATCH="*").status_code == 404


def test_a_publish_changes_the_etag_and_the_content_comes_again(
    client, demo_content, django_capture_on_commit_callbacks
):
    article = GuidePage.objects.live().first()
    url = f"/en/api/v2/pages/{article.pk}/"
    before = client.get(url)
    article.title_en = "Corporate profit tax, revised"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after.json()["title"] == "Corporate profit tax, revised"
    assert after["ETag"] != before["ETag"]
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 200


def test_a_page_not_available_in_the_language_has_no_etag_and_never_304(client, demo_content):
    article = GuidePage.objects.live().first()
    article.summary_en = ""
    article.save()
    response = client.get(f"/en/api/v2/pages/{article.pk}/", HTTP_IF_MODIFIED_SINCE="Fri, 01 Jan 2100 00:00:00 GMT")
    assert response.status_code == 404
    assert "ETag" not in response


def test_stored_languages_follow_a_translation_filled_and_emptied(demo_content):
    article = GuidePage.objects.live().first()
    stored = lambda: set(PageLanguage.objects.filter(page=article).values_list("language", flat=True))  # noqa: E731
    assert stored() == {"az", "en", "ru"}
    article.body_ru = []
    article.save()
    assert stored() == {"az", "en"}
    article.title_en = "  "
    article.save()
    assert stored() == {"az"}
    article.body_ru = GuidePage.objects.get(pk=article.pk).body_az.raw_data
    article.title_en = "Back in English"
    article.save()
    assert stored() == {"az", "en", "ru"}


def test_a_draft_does_not_change_the_stored_languages(demo_content):
    article = GuidePage.objects.live().first()
    article.summary_en = ""
    article.save_revision()  # a draft: the live row keeps its English summary
    assert set(PageLanguage.objects.filter(page=article).values_list("language", flat=True)) == {"az", "en", "ru"}


def test_stored_languages_match_the_rule_for_every_demo_page(demo_content):
    for page in Page.objects.filter(depth__gte=2).specific():
        stored = set(PageLanguage.objects.filter(page=page).values_list("language", flat=True))
        assert stored == set(available_languages(page)), page


def test_bulk_listing_is_the_api_listing_item_for_item(client, demo_content):
    for language in ("az", "en", "ru"):
        for page_type in PAGE_TYPES:
            items, offset = [], 0
            while True:
                data = client.get(
                    f"/{language}/api/v2/pages/", {"type": page_type, "fields": "*", "limit": 100, "offset": offset}
                ).json()
                items += data["items"]
                offset += 100
                if offset >= data["meta"]["total_count"]:
                    break
            assert page_listing(language, page_type, "http://testserver") == items, (language, page_type)


def test_listings_read_in_one_pass_are_each_languages_api_listing(client, demo_content):
    """The pages loaded once for three languages (related rows ordered by a translated name read
    in each language) give each language's listing item for item."""
    for page_type in PAGE_TYPES:
        together = page_listings(["az", "en", "ru"], page_type, "http://testserver")
        assert list(together) == ["az", "en", "ru"]
        for language in ("az", "en", "ru"):
            data = client.get(f"/{language}/api/v2/pages/", {"type": page_type, "fields": "*", "limit": 100}).json()
            assert data["meta"]["total_count"] <= 100
            assert together[language] == data["items"], (language, page_type)


def test_an_editors_preview_neither_reads_nor_fills_the_public_cache(client, demo_content):
    from cms.api.contract import draft_detail

    article = GuidePage.objects.live().first()
    url = f"/en/api/v2/pages/{article.pk}/"
    live = client.get(url, {"fields": "*"}).json()["title"]  # the public answer, now in the cache
    article.title_en = "A title still in draft"
    assert draft_detail(article, "en")["title"] == "A title still in draft"
    cache.clear()
    draft = GuidePage.objects.get(pk=article.pk)
    draft.title_en = "Another draft title"
    draft_detail(draft, "en")  # a preview first: it must not leave the draft for the public
    assert client.get(url, {"fields": "*"}).json()["title"] == live


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_detail_addresses_reversed_once_are_those_reverse_gives(language):
    from django.urls import reverse
    from django.utils import translation

    from cms.api.router import api_router
    from cms.guide.snippets import TaxRate

    with translation.override(language):
        for model, name in ((GuidePage, "pages"), (Page, "pages"), (TaxRate, "tax-rates")):
            for pk in (1, 7, 42, 1234567):
                expected = reverse(f"wagtailapi:{name}:detail", args=(pk,))
                assert api_router.get_object_detail_urlpath(model, pk) == expected
                assert expected.startswith(f"/{language}/api/v2/{name}/")
