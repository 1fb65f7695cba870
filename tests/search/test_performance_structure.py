"""What keeps a search fast, checked for its effects: one kept connection, caches that follow
publishing, the in-memory evaluation answering exactly as the single SQL statement did."""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.guide.models import TopicPage
from cms.guide.snippets import Sector
from search import caching, connections, service
from search.backends.base import SearchQuery
from search.backends.database import DatabaseBackend
from search.models import BestBet, QueryLogEntry
from search.query import plan_query
from search.spelling import correct_plan


def _search(q, lang, **kwargs):
    return service.search(SearchQuery(q, lang, **kwargs), log=False)


def _labels(client, q, lang, facet):
    data = client.get("/api/search", {"q": q, "lang": lang}).json()
    return {item["value"]: item["label"] for item in data["facets"][facet]}


def test_a_renamed_topic_shows_its_new_name_in_the_facets_after_publishing(
    indexed, client, django_capture_on_commit_callbacks
):
    topic = TopicPage.objects.get(topic_key="customs")
    before = _labels(client, "customs", "en", "topic")
    assert before["customs"] == topic.title_en
    topic.title_en = "Customs and borders"
    topic.save_revision()  # a draft: the facets still show the published name
    assert _labels(client, "customs", "en", "topic")["customs"] == before["customs"]
    with django_capture_on_commit_callbacks(execute=True):
        topic.get_latest_revision().publish()
    assert _labels(client, "customs", "en", "topic")["customs"] == "Customs and borders"


def test_a_renamed_sector_shows_its_new_name_at_once(indexed, client):
    sector = Sector.objects.filter(key__in=_labels(client, "investment", "en", "sector")).first()
    assert sector is not None
    sector.name_en = "Renamed sector"
    sector.save()
    assert _labels(client, "investment", "en", "sector")[sector.key] == "Renamed sector"


def test_best_bets_are_read_again_when_an_editor_saves_or_deletes_one(indexed):
    page = Page.objects.get(slug_en="profit-repatriation")
    assert _search("dividends abroad", "en").best_bets == []
    bet = BestBet.objects.create(query="dividends abroad", language="en", page=page)
    assert [hit.page_id for hit in _search("dividends abroad", "en").best_bets] == [page.pk]
    bet.delete()
    assert _search("dividends abroad", "en").best_bets == []


def test_facet_labels_are_not_read_from_the_database_again_until_something_changes(indexed, client):
    _labels(client, "customs", "en", "topic")
    generation = caching.generation()
    calls = []
    original = caching._values.get(("facet_labels", "en"))
    assert original is not None and original[0] == generation
    from search import documents

    real = documents.facet_labels
    documents.facet_labels = lambda language: calls.append(language) or real(language)
    try:
        _labels(client, "customs", "en", "topic")
        assert calls == []
        caching.invalidate()
        _labels(client, "customs", "en", "topic")
        assert calls == ["en"]
    finally:
        documents.facet_labels = real


def test_inside_a_transaction_searches_read_through_its_connection(indexed):
    # The test's own transaction: a best bet created in it is seen by the search at once.
    assert not connections.pooled()
    page = Page.objects.get(slug_en="profit-repatriation")
    BestBet.objects.create(query="zqxj", language="en", page=page)
    assert [hit.page_id for hit in _search("zqxj", "en").best_bets] == [page.pk]


def _queries():
    words = {
        "en": ["customs", "tax", "vat", "investment", "company registration", "visa work", "park", "profit tax"],
        "az": ["gömrük", "vergi", "ƏDV", "investisiya", "şirkət qeydiyyatı", "gomrk"],
        "ru": ["таможня", "налог", "НДС", "инвестиции", "виза"],
    }
    filters = [
        {},
        {"type": "article"},
        {"topic": "taxation"},
        {"sector": "agriculture"},
        {"region": "baku"},
        {"topic": "nope"},
    ]
    rng = random.Random(5)
    for language, texts in words.items():
        for text in texts:
            for page in (0, 1):
                yield language, text, rng.choice(filters), page


@pytest.mark.parametrize("language, text, filters, page", list(_queries()))
def test_results_counts_and_order_are_those_of_the_single_sql_statement(indexed, language, text, filters, page):
    # SQLite: the phrases' lists summed; PostgreSQL: the whole query's list (ts_rank is no sum).
    dialect = DatabaseBackend().dialect
    plan = plan_query(text, language)
    correct_plan(plan, text, language)
    assert not plan.is_empty
    expected = dialect.run_in_sql(plan, filters, page * 10, 10)
    assert dialect.run(plan, filters, page * 10, 10) == expected
    # And again from the lists kept in memory.
    assert dialect.run(plan, filters, page * 10, 10) == expected


@pytest.mark.django_db(transaction=True)
def test_searches_outside_a_transaction_reuse_one_kept_connection():
    # Committed data only (as a web request sees it): whatever the index holds, the searches run
    # their SQL through the pool, which opens one connection and keeps it.
    connections.pool.close_all()
    opened = connections.pool.opened
    assert connections.pooled()
    for q, lang in (("customs", "en"), ("vergi", "az"), ("таможня", "ru"), ("customs", "en")):
        _search(q, lang, filters={"type": "article"})
    assert connections.pool.opened == opened + 1
    wrapper = connections.pool.acquire()
    try:
        assert wrapper.connection is not None  # still open between searches
    finally:
        connections.pool.release(wrapper)
    connections.pool.close_all()


@pytest.mark.django_db(transaction=True)
def test_the_query_log_is_written_through_the_kept_connection_and_committed():
    # Outside a transaction (a web request) the log's row goes through the pool's connection,
    # committed at once: the ORM's own connection sees it, and the pool opened nothing more.
    connections.pool.close_all()
    opened = connections.pool.opened
    with CaptureQueriesContext(connection) as orm:
        for q, lang in (("customs", "en"), ("mail a.b@example.com", "az")):
            service.search(SearchQuery(q, lang))
    assert connections.pool.opened == opened + 1
    # Not through the ORM's connection (it may read the synonyms' stamp, but writes nothing).
    assert not [query["sql"] for query in orm.captured_queries if "search_querylogentry" in query["sql"]]
    logged = list(QueryLogEntry.objects.order_by("pk").values_list("query", "language", "backend"))
    assert logged[-2:] == [("customs", "en", "database"), ("mail […]", "az", "database")]
    assert QueryLogEntry.objects.latest("pk").created_at is not None
    connections.pool.close_all()


def _session(wrapper):
    """What identifies the database session behind a kept connection, read through it."""
    with wrapper.cursor() as cursor:
        if wrapper.vendor == "postgresql":
            cursor.execute("SELECT pg_backend_pid()")
            return cursor.fetchone()[0]
        cursor.execute("SELECT 1")
    assert wrapper.connection is not None
    return id(wrapper.connection)


@pytest.mark.django_db(transaction=True)
def test_a_process_forked_after_searching_searches_on_a_connection_of_its_own():
    # Two processes on one kept connection read each other's answers, and one of them waits for
    # ever (the benchmark's client processes hung so on PostgreSQL).
    import multiprocessing

    connections.pool.close_all()
    _search("customs", "en")
    parent = connections.pool.acquire()
    ours = _session(parent)
    connections.pool.release(parent)

    context = multiprocessing.get_context("fork")
    answers = context.Queue()

    def child():
        wrapper = connections.pool.acquire()
        try:
            answers.put((wrapper is parent, _session(wrapper), connections.pool.opened))
        finally:
            connections.pool.release(wrapper)
            connections.pool.close_all()  # its own connection only

    process = context.Process(target=child)
    process.start()
    reused, theirs, opened = answers.get(timeout=60)
    process.join(60)
    assert process.exitcode == 0
    assert not reused and opened == 1
    assert theirs != ours
    # The parent's connection outlived the child's closing its own: it still answers, as itself.
    wrapper = connections.pool.acquire()
    try:
        assert wrapper is parent and _session(wrapper) == ours
        with wrapper.cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone() == (1,)
    finally:
        connections.pool.release(wrapper)
    connections.pool.close_all()


def test_a_forked_process_makes_its_own_search_client_and_locks():
    # Whatever another thread of the parent held at the fork (a cache being filled, the read-ahead
    # learning words) is free in the child, and the Elasticsearch client is the child's own.
    import multiprocessing

    from search import snippets

    locks = {"caching": caching._lock, "service": service._lock, "snippets": snippets._matcher._lock}
    client = object()
    service._state["es"] = client
    for lock in locks.values():
        lock.acquire()
    try:
        context = multiprocessing.get_context("fork")
        answers = context.Queue()

        def child():
            now = {"caching": caching._lock, "service": service._lock, "snippets": snippets._matcher._lock}
            free = {name: lock.acquire(timeout=5) for name, lock in now.items()}
            answers.put((free, service._state["es"] is None))

        process = context.Process(target=child)
        process.start()
        free, own_client = answers.get(timeout=60)
        process.join(60)
    finally:
        for lock in locks.values():
            lock.release()
        service.reset_state()
    assert free == {"caching": True, "service": True, "snippets": True}
    assert own_client


def test_where_no_lists_are_read_ahead_a_new_index_generation_starts_no_thread(settings, monkeypatch):
    # PostgreSQL keeps whole queries' lists, which no reading ahead of single terms fills: the phrase
    # cache still announces each new generation, and nothing is started for it.
    from search.backends import warming

    settings.SEARCH_WARM_PHRASE_ENTRIES = 1000
    monkeypatch.setattr(warming, "_source", lambda: None)
    monkeypatch.setattr(warming, "_scheduled", None)
    monkeypatch.setattr(warming, "_thread", None)
    warming.schedule(987_654)
    assert warming._thread is None and warming._scheduled is None
