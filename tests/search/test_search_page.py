"""The search page, /{lang}/search/, rendered on the server and usable without JavaScript."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import translation
from django.utils.translation import ngettext

from search.models import QueryLogEntry


def test_search_page_lists_results_with_facets_and_paging(indexed, client):
    response = client.get("/az/search/", {"q": "gomruk"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="az"' in html
    assert "Gömrük rüsumları və idxal ƏDV-si" in html
    assert 'href="/az/investorun-beledcisi/gomruk/gomruk-rusumlari/"' in html
    assert "<mark>" in html
    assert "Səhifənin növü" in html and "Bələdçi məqaləsi" in html  # facets, in Azerbaijani
    assert 'name="q"' in html and 'action="/az/search/"' in html and 'method="get"' in html
    assert "autocomplete.js" in html


def test_facet_links_filter_without_javascript(indexed, client):
    html = client.get("/en/search/", {"q": "tax", "type": "article"}).content.decode()
    assert 'aria-current="true">Guide article' in html
    assert 'type="hidden" name="type" value="article"' in html


def test_did_you_mean_links_to_the_corrected_search(indexed, client):
    html = client.get("/az/search/", {"q": "gomrk"}).content.decode()
    assert "Bunu nəzərdə tuturdunuz:" in html
    assert "/az/search/?q=g%C3%B6mr%C3%BCk" in html


def russian_results(count: int) -> str:
    """Russian's three plural forms, by its own rule (1, 21 результат; 2–4, 22 результата; 5–20, 11–14 результатов)."""
    if count % 10 == 1 and count % 100 != 11:
        return f"{count} результат"
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return f"{count} результата"
    return f"{count} результатов"


def test_russian_result_count_uses_russian_plurals(indexed, client):
    html = client.get("/ru/search/", {"q": "таможня"}).content.decode()
    assert "Поиск по путеводителю инвестора" in html
    shown = re.search(r'<p class="search-count" role="status">([^<]*)</p>', html)[1].strip()
    count = int(shown.split()[0])
    assert count > 0 and shown == russian_results(count)
    # Every form, from the catalogue the page uses.
    with translation.override("ru"):
        for number in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111):
            assert ngettext("%(num)d result", "%(num)d results", number) % {"num": number} == russian_results(number)


def test_no_results_page_helps(indexed, client):
    html = client.get("/en/search/", {"q": "qqqzzzxx"}).content.decode()
    assert "No pages match your search." in html


def test_empty_query_shows_the_form(indexed, client):
    response = client.get("/ru/search/")
    assert response.status_code == 200
    assert "Что вы ищете?" in response.content.decode()


@pytest.mark.parametrize("params", [{"q": "x" * 10_000}, {"q": "tax", "page": "-3"}, {"q": "tax", "region": "a b"}])
def test_bad_input_on_the_page_is_a_400_with_the_form(indexed, client, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 400
    assert 'class="error-message"' in response.content.decode()


def test_editors_see_searches_that_found_nothing(indexed, client):
    QueryLogEntry.objects.create(query="naxçıvan limanı", language="az", result_count=0, took_ms=3, backend="database")
    QueryLogEntry.objects.create(query="vat", language="en", result_count=12, took_ms=3, backend="database")
    admin = get_user_model().objects.create_superuser(
        "search-admin", "search-admin@example.com", "a-long-test-password"
    )
    client.force_login(admin)
    html = client.get("/admin/search/zero-results/").content.decode()
    assert "naxçıvan limanı" in html and ">vat<" not in html
    health = client.get("/admin/search/health/")
    engine = "postgresql-fts" if connection.vendor == "postgresql" else "sqlite-fts5"
    assert health.status_code == 200 and engine in health.content.decode()
    assert client.get("/admin/snippets/search/synonymgroup/").status_code == 200
    assert client.get("/admin/snippets/search/bestbet/").status_code == 200


def test_anonymous_visitors_cannot_read_the_query_log(client):
    response = client.get("/admin/search/zero-results/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
