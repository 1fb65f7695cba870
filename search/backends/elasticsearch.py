"""The Elasticsearch backend, through `elasticsearch.dsl`.

One index per language behind an alias (`<prefix>-az`, `-en`, `-ru`), each with its own analyzers
built from `search/data/analysis.yml`: the same steps the embedded backend applies in Python.
Synonyms live in one Elasticsearch synonyms set per language and reach the search analyzer through
an updateable `synonym_graph` filter, so an editor's change applies without reindexing. A rebuild
fills new indices and then moves the aliases in one atomic call: search never sees an empty index.

The index definitions and queries are plain data (`index_definition`, `search_request`, ...), which
the tests assert without a server.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import (
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    Search,
    SearchAsYouType,
    Text,
    char_filter,
    token_filter,
)
from elasticsearch.dsl import (
    analyzer as es_analyzer,
)

from cms.core.languages import language_codes

from ..analysis import analysis_config, analyzer, boosting_config
from ..documents import SearchDocument
from .base import FACETS, Completion, Hit, Progress, SearchBackend, SearchQuery, SearchResults

logger = logging.getLogger(__name__)

FACET_FIELDS = {"type": "type", "topic": "topic", "sector": "sectors", "region": "regions"}
HIGHLIGHT = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html"}
SNIPPET_CHARS = 200


def index_prefix() -> str:
    return settings.SEARCH_INDEX_PREFIX


def alias_name(language: str) -> str:
    return f"{index_prefix()}-{language}"


def synonyms_set_name(language: str) -> str:
    return f"{index_prefix()}-synonyms-{language}"


# Analysis --------------------------------------------------------------------------------------


def _analysis_parts(language: str) -> dict:
    """The char filter and token filters of `language`, as elasticsearch.dsl objects, in order."""
    config = analysis_config()[language]
    parts: dict = {"char_filter": [], "pre": [], "synonyms": None, "post": [], "spell": []}
    if config.get("char_map"):
        mappings = [f"{source} => {target}" for source, target in config["char_map"].items()]
        parts["char_filter"].append(char_filter(f"{language}_chars", "mapping", mappings=mappings))
    lowercase = (
        token_filter(f"{language}_lowercase", "lowercase", language="turkish")
        if config.get("lowercase") == "turkish"
        else "lowercase"
    )
    parts["pre"].append(lowercase)
    parts["spell"].append(lowercase)
    if config.get("apostrophe"):
        parts["pre"].append("apostrophe")
        parts["spell"].append("apostrophe")
    if config.get("fold"):
        parts["pre"].append("asciifolding")
    parts["synonyms"] = token_filter(
        f"{language}_synonyms", "synonym_graph", synonyms_set=synonyms_set_name(language), updateable=True
    )
    if config.get("stopwords"):
        parts["post"].append(token_filter(f"{language}_stop", "stop", stopwords=[str(w) for w in config["stopwords"]]))
    overrides = config.get("stem_overrides") or {}
    stemmer = config.get("stemmer")
    if overrides:
        if not (isinstance(stemmer, str) and stemmer.startswith("snowball:")):
            raise ImproperlyConfigured(
                f"{language}: stem overrides need a Snowball stemmer (pattern filters ignore them)."
            )
        rules = [f"{source} => {target}" for source, target in overrides.items()]
        parts["post"].append(token_filter(f"{language}_stem_overrides", "stemmer_override", rules=rules))
    if isinstance(stemmer, str) and stemmer.startswith("snowball:"):
        snowball = stemmer.split(":", 1)[1]
        # Elasticsearch's "porter2" is the Snowball English stemmer; "english" would be the older Porter.
        parts["post"].append(
            token_filter(f"{language}_stemmer", "stemmer", language="porter2" if snowball == "english" else snowball)
        )
    else:
        for number, pattern in enumerate(stemmer or [], 1):
            parts["post"].append(
                token_filter(f"{language}_stem_{number}", "pattern_replace", pattern=pattern, replacement="$1")
            )
    return parts


def analyzers(language: str) -> dict:
    parts = _analysis_parts(language)
    common = {"tokenizer": "standard", "char_filter": parts["char_filter"]}
    return {
        "index": es_analyzer(f"{language}_index", **common, filter=parts["pre"] + parts["post"]),
        "search": es_analyzer(
            f"{language}_search", **common, filter=parts["pre"] + [parts["synonyms"]] + parts["post"]
        ),
        "autocomplete": es_analyzer(f"{language}_autocomplete", **common, filter=parts["pre"]),
        "spell": es_analyzer(f"{language}_spell", tokenizer="standard", filter=parts["spell"]),
    }


def mapping(language: str) -> Mapping:
    a = analyzers(language)
    text = {"analyzer": a["index"], "search_analyzer": a["search"], "copy_to": "spell"}
    m = Mapping()
    m.field("page_id", Integer())
    m.field("language", Keyword())
    m.field("type", Keyword())
    m.field("topic", Keyword())
    m.field("sectors", Keyword())
    m.field("regions", Keyword())
    m.field("url", Keyword(index=False))
    m.field("title", Text(**text, fields={"suggest": SearchAsYouType(analyzer=a["autocomplete"])}))
    m.field("summary", Text(**text))
    m.field("body", Text(**text))
    m.field("spell", Text(analyzer=a["spell"]))
    return m


def index_definition(language: str, name: str | None = None) -> Index:
    index = Index(name or alias_name(language))
    index.settings(number_of_shards=1, number_of_replicas=settings.SEARCH_ES_REPLICAS)
    index.mapping(mapping(language))
    return index


def synonym_rules(groups) -> list[dict]:
    return [
        {"id": f"group-{group.pk}", "synonyms": ", ".join(group.term_list)}
        for group in groups
        if len(group.term_list) > 1
    ]


# Queries ---------------------------------------------------------------------------------------


def _filter(facet: str, value: str):
    return Q("term", **{FACET_FIELDS[facet]: value})


def search_request(query: SearchQuery) -> Search:
    fields = boosting_config()["fields"]
    weighted = [f"{name}^{fields[name]:g}" for name in ("title", "summary", "body")]
    text_query = Q(
        "bool",
        should=[
            # Multi-word synonyms as words, not only as phrases, as the database backend does.
            Q(
                "multi_match",
                query=query.text,
                fields=weighted,
                type="best_fields",
                tie_breaker=0.3,
                auto_generate_synonyms_phrase_query=False,
            ),
            # Misspellings: the same fields without synonyms, each word within fuzziness AUTO.
            Q(
                "multi_match",
                query=query.text,
                fields=weighted,
                fuzziness="AUTO",
                prefix_length=1,
                analyzer=f"{query.language}_index",
                boost=0.5,
            ),
        ],
        minimum_should_match=1,
    )
    boosts = boosting_config()["page_types"]
    scored = Q(
        "function_score",
        query=text_query,
        functions=[{"filter": {"term": {"type": key}}, "weight": weight} for key, weight in boosts.items()],
        score_mode="first",
        boost_mode="multiply",
    )
    search = Search(index=alias_name(query.language)).query(scored)
    filters = {facet: value for facet, value in query.filters.items() if facet in FACETS}
    if filters:
        search = search.post_filter(Q("bool", filter=[_filter(f, v) for f, v in filters.items()]))
    for facet in FACETS:
        others = [_filter(f, v) for f, v in filters.items() if f != facet]
        bucket = search.aggs.bucket(facet, "filter", filter=Q("bool", filter=others))
        bucket.bucket("values", "terms", field=FACET_FIELDS[facet], size=100)
    search = search.highlight_options(**HIGHLIGHT).highlight(
        "summary", "body", fragment_size=SNIPPET_CHARS, number_of_fragments=1, no_match_size=SNIPPET_CHARS
    )
    search = search.suggest(
        "did_you_mean",
        query.text,
        term={"field": "spell", "suggest_mode": "missing", "max_edits": 2, "prefix_length": 1, "min_word_length": 3},
    )
    search = search.source(["page_id", "title", "url", "type", "summary"])
    return search.extra(from_=query.offset, size=query.page_size, track_total_hits=True)


def autocomplete_request(text: str, language: str, limit: int) -> Search:
    return (
        Search(index=alias_name(language))
        .query(
            Q(
                "multi_match",
                query=text,
                type="bool_prefix",
                fields=["title.suggest", "title.suggest._2gram", "title.suggest._3gram"],
            )
        )
        .source(["page_id", "title", "url"])
        .extra(size=limit)
    )


def document_body(document: SearchDocument) -> dict:
    return {
        "page_id": document.page_id,
        "language": document.language,
        "type": document.type,
        "topic": document.topic or None,
        "sectors": document.sectors,
        "regions": document.regions,
        "url": document.url,
        "title": document.title,
        "summary": document.summary,
        "body": document.body,
    }


def suggestion_from(response: dict, text: str, language: str) -> str | None:
    replacements = {}
    for entry in response.get("suggest", {}).get("did_you_mean", []):
        if entry.get("options"):
            replacements[entry["text"]] = entry["options"][0]["text"]
    if not replacements:
        return None
    words = analyzer(language).surface_tokens(text)
    return " ".join(replacements.get(word, word) for word in words)


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, url: str, client: Elasticsearch | None = None):
        self.url = url
        self.client = client or Elasticsearch(
            url,
            request_timeout=settings.SEARCH_ES_TIMEOUT,
            max_retries=0,
            retry_on_timeout=False,
        )

    # Querying -------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        body = search_request(query).to_dict()
        response = self.client.search(index=alias_name(query.language), body=body).body
        hits = []
        for hit in response["hits"]["hits"]:
            source, highlight = hit["_source"], hit.get("highlight", {})
            snippet = (highlight.get("body") or highlight.get("summary") or [""])[0]
            hits.append(
                Hit(
                    source["page_id"], source["title"], source["url"], snippet, source["type"], hit.get("_score") or 0.0
                )
            )
        facets = {
            facet: {
                bucket["key"]: bucket["doc_count"] for bucket in response["aggregations"][facet]["values"]["buckets"]
            }
            for facet in FACETS
        }
        total = response["hits"]["total"]["value"]
        return SearchResults(hits, total, facets, suggestion_from(response, query.text, query.language), self.name)

    def autocomplete(self, text: str, language: str, limit: int = 8) -> list[Completion]:
        response = self.client.search(
            index=alias_name(language), body=autocomplete_request(text, language, limit).to_dict()
        ).body
        return [
            Completion(h["_source"]["page_id"], h["_source"]["title"], h["_source"]["url"])
            for h in response["hits"]["hits"]
        ]

    # Synonyms -------------------------------------------------------------------------------

    def push_synonyms(self) -> None:
        from ..models import SynonymGroup

        rules = synonym_rules(SynonymGroup.objects.filter(active=True))
        for language in language_codes():
            # Replacing a synonyms set reloads the search analyzers that use it.
            self.client.synonyms.put_synonym(id=synonyms_set_name(language), synonyms_set=rules)

    # Indexing -------------------------------------------------------------------------------

    def ensure_indices(self) -> None:
        missing = [
            language for language in language_codes() if not self.client.indices.exists_alias(name=alias_name(language))
        ]
        if missing:
            self.push_synonyms()
        for language in missing:
            name = self._new_index_name(language)
            index_definition(language, name).create(using=self.client)
            self.client.indices.put_alias(index=name, name=alias_name(language))

    def index_documents(self, documents: Iterable[SearchDocument]) -> int:
        self.ensure_indices()
        actions = [
            {"_index": alias_name(d.language), "_id": str(d.page_id), "_source": document_body(d)} for d in documents
        ]
        helpers.bulk(self.client, actions, refresh="wait_for")
        return len(actions)

    def delete_pages(self, page_ids: Iterable[int], languages: Iterable[str] | None = None) -> None:
        page_ids = list(page_ids)
        for language in languages or language_codes():
            if self.client.indices.exists_alias(name=alias_name(language)):
                self.client.delete_by_query(
                    index=alias_name(language),
                    query={"terms": {"page_id": page_ids}},
                    refresh=True,
                    conflicts="proceed",
                )

    def _new_index_name(self, language: str) -> str:
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        return f"{alias_name(language)}-{stamp}"

    def rebuild(self, documents: Iterable[SearchDocument], progress: Progress | None = None) -> int:
        self.push_synonyms()
        new_names = {language: self._new_index_name(language) for language in language_codes()}
        for language, name in new_names.items():
            index_definition(language, name).create(using=self.client)

        def actions():
            for document in documents:
                if progress:
                    progress(1)
                yield {
                    "_index": new_names[document.language],
                    "_id": str(document.page_id),
                    "_source": document_body(document),
                }

        count, _errors = helpers.bulk(self.client, actions())
        self.client.indices.refresh(index=",".join(new_names.values()))
        self.swap_aliases(new_names)
        return count

    def swap_aliases(self, new_names: dict[str, str]) -> None:
        alias_actions = []
        old = []
        for language, name in new_names.items():
            alias = alias_name(language)
            if self.client.indices.exists_alias(name=alias):
                for existing in self.client.indices.get_alias(name=alias).body:
                    alias_actions.append({"remove": {"index": existing, "alias": alias}})
                    old.append(existing)
            alias_actions.append({"add": {"index": name, "alias": alias}})
        self.client.indices.update_aliases(actions=alias_actions)
        for name in old:
            self.client.indices.delete(index=name, ignore_unavailable=True)

    # Reporting ------------------------------------------------------------------------------

    def document_counts(self) -> dict[str, int]:
        counts = {}
        for language in language_codes():
            if self.client.indices.exists_alias(name=alias_name(language)):
                counts[language] = self.client.count(index=alias_name(language)).body["count"]
        return counts

    def health(self) -> dict:
        try:
            status = self.client.cluster.health().body["status"]
            return {"ok": status in ("green", "yellow"), "status": status, "documents": self.document_counts()}
        except Exception as error:  # noqa: BLE001 - any failure means the cluster cannot serve
            return {"ok": False, "error": f"{type(error).__name__}: {error}"}
