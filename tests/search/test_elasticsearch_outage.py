"""Elasticsearch configured but out of reach (a closed loopback port): every search surface still
answers from the database backend, never a 500, and the readiness report says which one serves."""

import socket

import pytest

from search import service


@pytest.fixture
def elasticsearch_down(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens there
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{port}"
    settings.SEARCH_ES_TIMEOUT = 1
    service.reset_state()
    yield
    service.reset_state()


def test_the_search_page_api_and_autocomplete_answer_from_the_database_when_elasticsearch_is_down(
    indexed, client, elasticsearch_down
):
    page = client.get("/az/search/", {"q": "gömrük"})
    assert page.status_code == 200
    assert "Gömrük" in page.content.decode()

    api = client.get("/api/search", {"q": "customs", "lang": "en"})
    assert api.status_code == 200
    assert api.json()["backend"] == "database" and api.json()["total"] > 0
    assert client.get("/api/search/autocomplete", {"q": "gom", "lang": "az"}).json()["suggestions"]


def test_readiness_reports_the_fallback_and_stays_ready(indexed, client, elasticsearch_down):
    response = client.get("/health/ready")
    assert response.status_code == 200  # degraded, still serving: the balancer keeps the container
    report = response.json()
    assert report["search"] == {"ok": True, "active": "database", "fallback": True}
    assert "127.0.0.1" not in response.content.decode()
