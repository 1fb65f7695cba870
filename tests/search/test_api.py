"""GET /api/search and /api/search/autocomplete: shape, hostile input, rate limit, OpenAPI."""

import socket

import pytest

from search import service


def test_search_answers_results_best_bets_facets_total_and_suggestion(indexed, client):
    response = client.get("/api/search", {"q": "VAT", "lang": "az"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"results", "best_bets", "facets", "total", "suggestion"}
    first = data["results"][0]
    assert set(first) == {"id", "title", "url", "snippet", "type"}
    assert first["title"].startswith("Əlavə dəyər vergisi") and first["url"].startswith("/az/")
    assert set(data["facets"]) == {"type", "topic", "sector", "region"}
    taxation = next(item for item in data["facets"]["topic"] if item["value"] == "taxation")
    assert taxation["label"] == "Vergilər" and taxation["count"] > 0
    article = next(item for item in data["facets"]["type"] if item["value"] == "article")
    assert article["label"] == "Bələdçi məqaləsi"
    assert data["backend"] == "database"


def test_filters_and_pages_through_the_api(indexed, client):
    data = client.get("/api/search", {"q": "tax", "lang": "en", "type": "article", "page": 2}).json()
    assert data["page"] == 2 and all(result["type"] == "article" for result in data["results"])


def test_autocomplete_answers_titles(indexed, client):
    data = client.get("/api/search/autocomplete", {"q": "gom", "lang": "az"}).json()
    assert "Gömrük" in [item["title"] for item in data["suggestions"]]
    assert client.get("/api/search/autocomplete", {"q": "", "lang": "az"}).json() == {"suggestions": []}


@pytest.mark.parametrize(
    "params, fragment",
    [
        ({"q": "", "lang": "en"}, "q:"),
        ({"q": "   ", "lang": "en"}, "q:"),
        ({"q": "x" * 10_000, "lang": "en"}, "at most 200"),
        ({"q": "tax", "lang": "xx"}, "lang:"),
        ({"q": "tax"}, None),  # no lang: the default language answers
        ({"q": "tax", "lang": "en", "page": "-1"}, "page:"),
        ({"q": "tax", "lang": "en", "page": "0"}, "page:"),
        ({"q": "tax", "lang": "en", "page": str(10**30)}, "page:"),
        ({"q": "tax", "lang": "en", "page": "abc"}, "page:"),
        ({"q": "tax", "lang": "en", "topic": "<b>"}, "topic:"),
    ],
)
def test_bad_parameters_get_400_with_a_message(indexed, client, params, fragment):
    response = client.get("/api/search", params)
    if fragment is None:
        assert response.status_code == 200 and response.json()["language"] == "az"
        return
    assert response.status_code == 400
    assert fragment in response.json()["detail"]


@pytest.mark.parametrize(
    "q",
    [
        '"customs',
        "customs*",
        "customs~2",
        "\\customs\\",
        "(customs) AND (",
        "<script>alert(1)</script>",
        "title:customs",
        "NEAR(a b)",
        "'; DROP TABLE search_indexentry; --",
        "{title_terms}: x",
        "*",
        '""',
        "ё" * 50,
    ],
)
def test_query_syntax_and_special_characters_are_only_text(indexed, client, q):
    response = client.get("/api/search", {"q": q, "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    # The query is echoed as a JSON string; the snippets, which pages show as HTML, are escaped.
    assert not any("<script" in result["snippet"] for result in data["results"] + data["best_bets"])


def test_a_nul_byte_or_control_character_in_the_query_is_refused_with_a_reason(indexed, client):
    # No one types them; the portal refuses them in every address (cms/core/input.py).
    for q, named in (("a\x00b", "NUL"), ("a\x1bb", "U+001B")):
        response = client.get("/api/search", {"q": q, "lang": "en"})
        assert response.status_code == 400
        assert named in response.json()["detail"]


def test_autocomplete_refuses_an_unknown_language_and_survives_syntax(indexed, client):
    assert client.get("/api/search/autocomplete", {"q": "tax", "lang": "de"}).status_code == 400
    for q in ['"', "*", "a OR", "(", "'", "\\"]:
        assert client.get("/api/search/autocomplete", {"q": q, "lang": "en"}).status_code == 200


def test_rate_limit_answers_429_per_client_address(indexed, client, settings):
    # An hour's window: a minute's could end between two of these requests.
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "3/hour"}
    for _ in range(3):
        assert client.get("/api/search", {"q": "tax", "lang": "en"}, REMOTE_ADDR="198.51.100.1").status_code == 200
    limited = client.get("/api/search", {"q": "tax", "lang": "en"}, REMOTE_ADDR="198.51.100.1")
    assert limited.status_code == 429
    assert 0 < int(limited["Retry-After"]) <= 3600
    assert limited.json() == {"detail": "Too many requests. Try again shortly."}
    # Autocomplete and the search page count with the API: three doors, one limit.
    assert (
        client.get("/api/search/autocomplete", {"q": "ta", "lang": "en"}, REMOTE_ADDR="198.51.100.1").status_code == 429
    )
    page = client.get("/ru/search/", {"q": "tax"}, REMOTE_ADDR="198.51.100.1")
    assert page.status_code == 429 and 0 < int(page["Retry-After"]) <= 3600
    text = page.content.decode()
    assert '<html lang="ru"' in text and "Слишком много запросов" in text and "Повторите попытку через" in text
    # Another address is not held back, and a forged X-Forwarded-For does not escape the limit.
    assert client.get("/api/search", {"q": "tax", "lang": "en"}, REMOTE_ADDR="198.51.100.2").status_code == 200
    forged = client.get(
        "/api/search", {"q": "tax", "lang": "en"}, REMOTE_ADDR="198.51.100.1", HTTP_X_FORWARDED_FOR="192.0.2.9"
    )
    assert forged.status_code == 429


def test_openapi_schema_lists_the_search_endpoints(client):
    schema = client.get("/api/openapi.json").json()
    assert schema["info"]["title"] == "Invest in Azerbaijan API" and schema["info"]["version"] == "1"
    assert {"/api/search", "/api/search/autocomplete"} <= set(schema["paths"])
    # The limited operations say that they may answer 429.
    assert "429" in schema["paths"]["/api/search"]["get"]["responses"]
    assert "429" in schema["paths"]["/api/search/autocomplete"]["get"]["responses"]
    assert "429" in schema["paths"]["/api/appeals/"]["post"]["responses"]
    assert "429" in schema["paths"]["/api/appeals/{appeal_id}/messages"]["post"]["responses"]
    parameters = {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "lang", "type", "topic", "sector", "region", "page"} <= parameters


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_elasticsearch_falls_back_to_the_database(indexed, client, settings):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{_closed_port()}"
    service.reset_state()
    response = client.get("/api/search", {"q": "gomruk", "lang": "az"})
    assert response.status_code == 200
    data = response.json()
    assert data["backend"] == "database" and data["total"] > 0
    assert client.get("/api/search/autocomplete", {"q": "gom", "lang": "az"}).status_code == 200
    health = client.get("/api/search/health").json()
    assert health == {
        **health,
        "configured": "elasticsearch",
        "active": "database",
        "fallback": True,
        "elasticsearch_reachable": False,
    }
    assert "127.0.0.1" not in str(health)  # the public report names no address
    report = service.health()
    assert report["elasticsearch"]["ok"] is False and "Connection" in report["elasticsearch"]["error"]


def test_health_without_elasticsearch_reports_the_database(indexed, client):
    health = client.get("/api/search/health").json()
    assert health["configured"] == "database" and health["active"] == "database" and health["fallback"] is False
    assert health["documents"]["az"] > 0


def test_health_answers_503_when_the_index_cannot_be_read(indexed, client):
    from django.db import connection

    from search.models import IndexEntry

    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute(f'ALTER TABLE "{table}" RENAME TO "{table}_away"')
    response = client.get("/api/search/health")
    assert response.status_code == 503
    assert response.json()["ok"] is False and response.json()["documents"] == {}


def test_health_answers_are_in_the_schema(client):
    responses = client.get("/api/openapi.json").json()["paths"]["/api/search/health"]["get"]["responses"]
    assert {"200", "503"} <= set(responses)
