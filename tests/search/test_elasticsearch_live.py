"""Against a real Elasticsearch 9 cluster: only when ELASTICSEARCH_URL is set."""

import os
import uuid

import pytest

pytestmark = [
    pytest.mark.live_es,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against",
    ),
]


@pytest.fixture
def es_backend(indexed, settings):
    from search import indexer, service
    from search.backends.elasticsearch import ElasticsearchBackend, alias_name

    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:8]}"
    service.reset_state()
    backend = ElasticsearchBackend(settings.ELASTICSEARCH_URL)
    indexer.rebuild([backend])
    yield backend
    for language in ("az", "en", "ru"):
        backend.client.indices.delete(index=f"{alias_name(language)}-*", ignore_unavailable=True, allow_no_indices=True)
        backend.client.synonyms.delete_synonym(id=f"{settings.SEARCH_INDEX_PREFIX}-synonyms-{language}")


@pytest.mark.parametrize("q, lang", [("gomruk", "az"), ("gömrük", "az"), ("customs", "en"), ("таможня", "ru")])
def test_live_customs_guide_is_found(es_backend, q, lang):
    from wagtail.models import Page

    from search.backends.base import SearchQuery

    keys = dict(Page.objects.values_list("pk", "slug_en"))
    hits = es_backend.search(SearchQuery(q, lang)).hits
    assert {"customs", "customs-duties"} & {keys[h.page_id] for h in hits[:3]}


def test_live_vat_finds_edv_through_the_synonym_set(es_backend):
    from search.backends.base import SearchQuery

    results = es_backend.search(SearchQuery("VAT", "az"))
    assert results.hits[0].title.startswith("Əlavə dəyər vergisi")


def test_live_rebuild_moves_the_alias(es_backend):
    from search import indexer
    from search.backends.elasticsearch import alias_name

    before = set(es_backend.client.indices.get_alias(name=alias_name("en")).body)
    indexer.rebuild([es_backend])
    after = set(es_backend.client.indices.get_alias(name=alias_name("en")).body)
    assert before != after and len(after) == 1
    assert es_backend.document_counts()["en"] > 0
