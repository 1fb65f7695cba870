"""The query service on the demo content, through the embedded database backend."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cms.guide.models import GuidePage
from search import service
from search.backends.base import SearchQuery
from search.documents import documents_for_page
from search.models import BestBet, IndexEntry, QueryLogEntry, SynonymGroup

CUSTOMS_GUIDE = {"customs", "customs-duties"}


def _slugs(hits):
    keys = dict(Page.objects.values_list("pk", "slug_en"))
    return [keys[hit.page_id] for hit in hits]


def _search(q, lang, **kwargs):
    return service.search(SearchQuery(q, lang, **kwargs), log=False)


@pytest.mark.parametrize("q, lang", [("gomruk", "az"), ("gömrük", "az"), ("customs", "en"), ("таможня", "ru")])
def test_customs_guide_is_found_in_each_language(indexed, q, lang):
    top = _slugs(_search(q, lang).hits)[:3]
    assert CUSTOMS_GUIDE.intersection(top), top


def test_vat_on_the_azerbaijani_search_finds_the_edv_page(indexed):
    hits = _search("VAT", "az").hits
    assert _slugs(hits)[0] == "value-added-tax"
    assert hits[0].title.startswith("Əlavə dəyər vergisi")


def test_results_are_in_the_search_language_with_its_paths(indexed):
    hits = _search("customs", "en").hits
    assert hits and all(hit.url.startswith("/en/") for hit in hits)
    assert all(hit.url.startswith("/ru/") for hit in _search("таможня", "ru").hits)


def test_misspelling_gets_a_did_you_mean_with_azerbaijani_letters(indexed):
    results = _search("gomrk", "az").results
    assert results.suggestion == "gömrük"
    assert CUSTOMS_GUIDE.intersection(_slugs(results.hits)[:3])


def test_known_words_and_synonyms_get_no_suggestion(indexed):
    assert _search("gomruk", "az").results.suggestion is None
    assert _search("VAT", "az").results.suggestion is None


def test_snippets_mark_the_matched_words_and_escape_the_text(indexed):
    hit = _search("customs duties", "en").hits[0]
    assert "<mark>" in hit.snippet
    assert "<script" not in _search("<script>customs</script>", "en").hits[0].snippet


def test_facets_count_the_results_and_filters_narrow_them(indexed):
    everything = _search("tax", "en")
    facets = everything.results.facets
    assert sum(facets["type"].values()) == everything.results.total
    assert facets["topic"]["taxation"] >= 3
    articles = _search("tax", "en", filters={"type": "article"})
    assert articles.results.total == facets["type"]["article"]
    assert {hit.type for hit in articles.hits} == {"article"}
    # A facet is counted without its own filter, so the other types stay on offer.
    assert articles.results.facets["type"] == facets["type"]


def test_sector_and_region_filters(indexed):
    projects = _search("plant", "en", filters={"region": "baku"})
    for hit in projects.hits:
        entry = IndexEntry.objects.get(page_id=hit.page_id, language="en")
        assert "baku" in entry.regions.split()
    agriculture = _search("agriculture", "en", filters={"sector": "agriculture"})
    assert agriculture.results.total > 0
    assert all(
        "agriculture" in IndexEntry.objects.get(page_id=h.page_id, language="en").sectors.split()
        for h in agriculture.hits
    )


def test_unknown_filter_value_gives_an_empty_result(indexed):
    assert _search("tax", "en", filters={"topic": "no-such-topic"}).results.total == 0


def test_paging_moves_through_the_results(indexed):
    first, second = _search("tax", "en", page=1), _search("tax", "en", page=2)
    assert first.results.total == second.results.total > 10
    assert not {h.page_id for h in first.hits} & {h.page_id for h in second.hits}
    assert _search("tax", "en", page=99).hits == []


def test_best_bets_come_first_and_only_in_their_language(indexed):
    page = Page.objects.get(slug_en="profit-repatriation")
    BestBet.objects.create(query="Vergi", language="az", page=page)
    response = _search("vergi", "az")
    assert [bet.page_id for bet in response.best_bets] == [page.pk]
    assert page.pk not in [hit.page_id for hit in response.hits]
    assert _search("vergi", "en").best_bets == []
    assert _search("VERGİ", "az").best_bets[0].page_id == page.pk


def test_best_bet_for_a_page_not_translated_is_not_shown(indexed):
    page = GuidePage.objects.get(slug_en="profit-repatriation")
    BestBet.objects.create(query="repatriation", language="ru", page=page)
    IndexEntry.objects.filter(page=page, language="ru").delete()
    assert _search("repatriation", "ru").best_bets == []


def test_editors_synonyms_apply_at_once(indexed):
    assert _search("qwzx", "en").results.total == 0
    SynonymGroup.objects.create(name="Test", terms="qwzx\nwithholding tax")
    assert _slugs(_search("qwzx", "en").hits)[0] == "withholding-tax"


def test_autocomplete_offers_titles_in_the_language(indexed):
    az = [c.title for c in service.autocomplete("gom", "az")]
    assert "Gömrük" in az
    ru = [c.title for c in service.autocomplete("тамож", "ru")]
    assert "Таможенное регулирование" in ru
    en = [c.title for c in service.autocomplete("ASAN vi", "en")]
    # The article first (its title starts with the words typed), then the procedure that names it.
    assert en == ["ASAN Visa: the e-visa", "Getting an e-visa (ASAN Visa)"]
    assert service.autocomplete("", "en") == []


def test_query_log_keeps_words_counts_and_times_but_no_personal_data(indexed, client):
    client.get("/api/search", {"q": "qqqzzz", "lang": "en"}, REMOTE_ADDR="203.0.113.7")
    entry = QueryLogEntry.objects.latest("created_at")
    assert (entry.query, entry.language, entry.result_count) == ("qqqzzz", "en", 0)
    assert entry.took_ms >= 0 and entry.backend == "database"
    assert "203.0.113.7" not in str(vars(entry))
    assert not any(f.name in {"ip", "address", "user", "session"} for f in QueryLogEntry._meta.fields)
    assert (
        service.redact("mail me at a.b@example.com or +994 50 123 45 67, FİN 5ABC12D")
        == "mail me at […] or […], FİN […]"
    )


def test_empty_translations_are_never_indexed(indexed):
    page = GuidePage.objects.get(slug_en="withholding-tax")
    for name in page.translation_required:
        setattr(page, f"{name}_ru", "" if name != "body" else [])
    page.save()
    languages = {document.language for document in documents_for_page(page)}
    assert languages == {"az", "en"}
    assert not any("None" in (d.title, d.summary) for d in documents_for_page(page))


def test_documents_hold_streamfield_text_without_markup_or_addresses(indexed):
    page = GuidePage.objects.get(slug_en="value-added-tax")
    document = next(d for d in documents_for_page(page) if d.language == "en")
    assert "VAT rates and registration threshold" in document.body  # a rate table's heading
    assert "<" not in document.body and "http" not in document.body
    assert document.topic == "taxation" and document.type == "article"


def test_index_follows_publishing(indexed, django_capture_on_commit_callbacks):
    page = GuidePage.objects.get(slug_en="withholding-tax")
    page.title_en = "Withholding tax on zyxwv payments"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert _slugs(_search("zyxwv", "en").hits) == ["withholding-tax"]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert _search("zyxwv", "en").results.total == 0
    assert not IndexEntry.objects.filter(page=page).exists()


def test_rebuild_command_indexes_every_available_page_and_language(indexed):
    IndexEntry.objects.all().delete()
    call_command("rebuild_search_index", "--no-progress", "--database-only")
    expected = sum(len(documents_for_page(page)) for page in Page.objects.live().filter(depth__gt=2).specific())
    assert IndexEntry.objects.count() == expected
    assert set(IndexEntry.objects.values_list("language", flat=True)) == {"az", "en", "ru"}
