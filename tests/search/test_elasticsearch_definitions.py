"""The Elasticsearch backend as data: the analyzers, mappings and queries it sends.

No server is needed: these are the requests themselves. Tests against a real cluster are in
test_elasticsearch_live.py and run only when ELASTICSEARCH_URL is set.
"""

from search.analysis import analysis_config, boosting_config
from search.backends.base import SearchQuery
from search.backends.elasticsearch import autocomplete_request, index_definition, search_request, synonym_rules
from search.models import SynonymGroup


def _analysis(language):
    return index_definition(language, f"test-{language}").to_dict()["settings"]["analysis"]


def test_azerbaijani_analyzer_folds_lowercases_the_turkish_way_and_stems_from_the_data():
    analysis = _analysis("az")
    index = analysis["analyzer"]["az_index"]
    assert index["tokenizer"] == "standard"
    assert index["char_filter"] == ["az_chars"]
    assert index["filter"] == ["az_lowercase", "apostrophe", "asciifolding", "az_stop", "az_stem_1", "az_stem_2"]
    assert analysis["filter"]["az_lowercase"] == {"type": "lowercase", "language": "turkish"}
    mappings = analysis["char_filter"]["az_chars"]["mappings"]
    assert "ə => e" in mappings and "İ => i" in mappings and "ı => i" in mappings and "ö => o" in mappings
    patterns = [analysis["filter"][f"az_stem_{n}"]["pattern"] for n in (1, 2)]
    assert patterns == analysis_config()["az"]["stemmer"]
    assert analysis["filter"]["az_stem_1"]["replacement"] == "$1"
    assert "ve" in analysis["filter"]["az_stop"]["stopwords"]


def test_search_analyzer_adds_an_updateable_synonym_set_before_stopwords():
    analysis = _analysis("az")
    search = analysis["analyzer"]["az_search"]["filter"]
    assert search.index("az_synonyms") < search.index("az_stop")
    assert analysis["filter"]["az_synonyms"] == {
        "type": "synonym_graph",
        "synonyms_set": "invest-az-synonyms-az",
        "updateable": True,
    }
    assert "az_synonyms" not in analysis["analyzer"]["az_index"]["filter"]


def test_english_stems_with_snowball_and_keeps_customs():
    analysis = _analysis("en")
    assert analysis["filter"]["en_stemmer"] == {"type": "stemmer", "language": "porter2"}
    assert "customs => customs" in analysis["filter"]["en_stem_overrides"]["rules"]
    chain = analysis["analyzer"]["en_index"]["filter"]
    assert chain.index("en_stem_overrides") < chain.index("en_stemmer")


def test_russian_stems_with_snowball_and_maps_yo():
    analysis = _analysis("ru")
    assert analysis["filter"]["ru_stemmer"] == {"type": "stemmer", "language": "russian"}
    assert "ё => е" in analysis["char_filter"]["ru_chars"]["mappings"]
    assert "таможня => таможен" in analysis["filter"]["ru_stem_overrides"]["rules"]


def test_mapping_has_language_fields_facets_autocomplete_and_spelling():
    properties = index_definition("az", "test-az").to_dict()["mappings"]["properties"]
    assert properties["title"]["analyzer"] == "az_index"
    assert properties["title"]["search_analyzer"] == "az_search"
    assert properties["title"]["fields"]["suggest"] == {"type": "search_as_you_type", "analyzer": "az_autocomplete"}
    assert properties["body"]["copy_to"] == "spell" and properties["spell"]["analyzer"] == "az_spell"
    for facet in ("type", "topic", "sectors", "regions", "language"):
        assert properties[facet]["type"] == "keyword"
    assert properties["page_id"]["type"] == "integer"
    assert properties["url"] == {"type": "keyword", "index": False}


def test_search_request_weights_fields_allows_typos_and_counts_facets_under_the_other_filters():
    body = search_request(SearchQuery("gomruk", "az", {"type": "article", "topic": "customs"}, page=2)).to_dict()
    scored = body["query"]["function_score"]
    should = scored["query"]["bool"]["should"]
    fields = boosting_config()["fields"]
    assert should[0]["multi_match"]["fields"] == [
        f"title^{fields['title']:g}",
        f"summary^{fields['summary']:g}",
        "body^1",
    ]
    assert should[1]["multi_match"]["fuzziness"] == "AUTO"
    assert should[1]["multi_match"]["prefix_length"] == 1
    assert should[1]["multi_match"]["analyzer"] == "az_index"
    assert {"filter": {"term": {"type": "section"}}, "weight": boosting_config()["page_types"]["section"]} in scored[
        "functions"
    ]
    assert body["post_filter"] == {"bool": {"filter": [{"term": {"type": "article"}}, {"term": {"topic": "customs"}}]}}
    assert body["aggs"]["type"]["filter"] == {"bool": {"filter": [{"term": {"topic": "customs"}}]}}
    assert body["aggs"]["sector"]["aggs"]["values"]["terms"]["field"] == "sectors"
    assert body["highlight"]["pre_tags"] == ["<mark>"] and body["highlight"]["encoder"] == "html"
    assert body["suggest"]["did_you_mean"]["term"]["field"] == "spell"
    assert body["from"] == 10 and body["size"] == 10


def test_query_text_is_never_parsed_as_query_syntax():
    hostile = 'title:x OR "a" AND b* ~2 \\ ( ) <script>'
    body = search_request(SearchQuery(hostile, "en")).to_dict()
    assert "query_string" not in str(body) and "simple_query_string" not in str(body)
    assert body["query"]["function_score"]["query"]["bool"]["should"][0]["multi_match"]["query"] == hostile


def test_autocomplete_request_matches_title_prefixes():
    body = autocomplete_request("gom", "az", 5).to_dict()
    assert body["query"]["multi_match"]["type"] == "bool_prefix"
    assert body["query"]["multi_match"]["fields"][0] == "title.suggest"
    assert body["size"] == 5


def test_synonym_rules_come_from_the_editors_groups(db):
    group = SynonymGroup.objects.create(name="Test", terms="ƏDV\nVAT\nНДС")
    rules = synonym_rules([group])
    assert rules == [{"id": f"group-{group.pk}", "synonyms": "ƏDV, VAT, НДС"}]
