"""The embedded backend: the database's own full text search, with our analysis done in Python.

SQLite (the default) answers through an FTS5 table, PostgreSQL through a tsvector column; both
were added by migration search/0002 and both index the already-analysed `*_terms` columns of
`IndexEntry`, so stemming, folding and synonyms behave the same on either database and the same
as the Elasticsearch analyzers built from `search/data/analysis.yml`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction

from ..analysis import analyzer, boosting_config
from ..documents import SearchDocument
from ..models import IndexEntry, VocabularyTerm
from ..query import QueryPlan, plan_query
from ..snippets import highlight
from ..spelling import correct_plan
from .base import FACETS, Completion, Hit, Progress, SearchBackend, SearchQuery, SearchResults

BATCH = 500
VOCABULARY_MAX_LENGTH = 40


def entry_from_document(document: SearchDocument) -> IndexEntry:
    analysis = analyzer(document.language)
    return IndexEntry(
        page_id=document.page_id,
        language=document.language,
        page_type=document.type,
        topic=document.topic,
        sectors=" ".join(document.sectors),
        regions=" ".join(document.regions),
        title=document.title[:255],
        summary=document.summary,
        body=document.body,
        url=document.url,
        title_terms=" ".join(analysis.terms(document.title)),
        summary_terms=" ".join(analysis.terms(document.summary)),
        body_terms=" ".join(analysis.terms(document.body)),
        title_prefixes=" ".join(analysis.folded_tokens(document.title)),
    )


def vocabulary_of(document: SearchDocument) -> dict[str, str]:
    """Folded word -> the word as written, for every word of the document."""
    analysis = analyzer(document.language)
    words: dict[str, str] = {}
    for text in (document.title, document.summary, document.body):
        for surface in analysis.surface_tokens(text):
            if not surface.isalpha() or not 3 <= len(surface) <= VOCABULARY_MAX_LENGTH:
                continue
            folded = analysis.fold_token(surface)
            if folded and folded not in analysis.stopwords:
                words.setdefault(folded, surface)
    return words


class _Dialect:
    """How one database matches terms. Rows are (entry id, score, type, topic, sectors, regions)."""

    name = ""

    def match(self, plan: QueryPlan) -> list[tuple]:
        raise NotImplementedError

    def complete(self, tokens: list[str], language: str, limit: int) -> list[int]:
        raise NotImplementedError

    def optimize(self) -> None:
        pass


def _quote_fts5(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class SQLiteFTS5(_Dialect):
    name = "sqlite-fts5"

    def __init__(self):
        weights = boosting_config()["fields"]
        self.weights = (weights["title"], weights["summary"], weights["body"], 0.0)

    @staticmethod
    def expression(plan: QueryPlan) -> str:
        concepts = []
        for concept in plan.concepts:
            alternatives = [_quote_fts5(" ".join(alternative)) for alternative in concept.alternatives]
            concepts.append("(" + " OR ".join(alternatives) + ")")
        return "{title_terms summary_terms body_terms} : (" + " OR ".join(concepts) + ")"

    def match(self, plan: QueryPlan) -> list[tuple]:
        sql = (
            "SELECT e.id, -bm25(search_fts, %s, %s, %s, %s) AS score, e.page_type, e.topic, e.sectors, e.regions "
            "FROM search_fts JOIN search_indexentry e ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH %s AND e.language = %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*self.weights, self.expression(plan), plan.language])
            return cursor.fetchall()

    def complete(self, tokens: list[str], language: str, limit: int) -> list[int]:
        parts = [_quote_fts5(token) for token in tokens[:-1]] + [_quote_fts5(tokens[-1]) + "*"]
        expression = "{title_prefixes} : (" + " AND ".join(parts) + ")"
        sql = (
            "SELECT e.id FROM search_fts JOIN search_indexentry e ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH %s AND e.language = %s ORDER BY length(e.title), e.title LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, language, limit])
            return [row[0] for row in cursor.fetchall()]

    def optimize(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def _quote_tsquery(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresFTS(_Dialect):
    name = "postgresql-fts"

    @staticmethod
    def expression(plan: QueryPlan) -> str:
        concepts = []
        for concept in plan.concepts:
            alternatives = [" <-> ".join(_quote_tsquery(term) for term in alternative) for alternative in concept.alternatives]
            concepts.append("(" + " | ".join(f"({alternative})" for alternative in alternatives) + ")")
        return " | ".join(concepts)

    def match(self, plan: QueryPlan) -> list[tuple]:
        # ts_rank's default weights {D, C, B, A} = {0.1, 0.2, 0.4, 1.0} give title : summary : body
        # the 10 : 4 : 1 of boosting.yml (title is A, summary B, body D).
        sql = (
            "SELECT e.id, ts_rank(e.search_vector, q, 1) * 10 AS score, e.page_type, e.topic, e.sectors, e.regions "
            "FROM search_indexentry e, to_tsquery('simple', %s) q "
            "WHERE e.language = %s AND e.search_vector @@ q"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.expression(plan), plan.language])
            return cursor.fetchall()

    def complete(self, tokens: list[str], language: str, limit: int) -> list[int]:
        expression = " & ".join([_quote_tsquery(token) for token in tokens[:-1]] + [_quote_tsquery(tokens[-1]) + ":*"])
        sql = (
            "SELECT e.id FROM search_indexentry e WHERE e.language = %s "
            "AND e.prefix_vector @@ to_tsquery('simple', %s) ORDER BY length(e.title), e.title LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [language, expression, limit])
            return [row[0] for row in cursor.fetchall()]


def dialect_for_connection() -> _Dialect:
    if connection.vendor == "sqlite":
        return SQLiteFTS5()
    if connection.vendor == "postgresql":
        return PostgresFTS()
    raise ImproperlyConfigured(f"The embedded search backend supports SQLite and PostgreSQL, not {connection.vendor}.")


def facet_values(row: tuple) -> dict[str, list[str]]:
    _id, _score, page_type, topic, sectors, regions = row
    return {
        "type": [page_type],
        "topic": [topic] if topic else [],
        "sector": sectors.split() if sectors else [],
        "region": regions.split() if regions else [],
    }


def filter_and_count(rows: list[tuple], filters: dict[str, str]) -> tuple[list[tuple], dict[str, dict[str, int]]]:
    """The rows that pass every filter, and each facet's counts under the other facets' filters.

    Counting a facet without its own filter lets a visitor see how many results each other value
    would give, and switch to it, instead of a list that only repeats the chosen value.
    """
    values = [facet_values(row) for row in rows]
    passes = [{facet: (facet not in filters or filters[facet] in value[facet]) for facet in FACETS} for value in values]
    facets: dict[str, dict[str, int]] = {facet: defaultdict(int) for facet in FACETS}
    kept = []
    for row, value, ok in zip(rows, values, passes):
        if all(ok.values()):
            kept.append(row)
        for facet in FACETS:
            if all(ok[other] for other in FACETS if other != facet):
                for item in value[facet]:
                    facets[facet][item] += 1
    return kept, {facet: dict(sorted(counts.items(), key=lambda item: (-item[1], item[0]))) for facet, counts in facets.items()}


class DatabaseBackend(SearchBackend):
    name = "database"

    def __init__(self):
        self.type_boost = boosting_config()["page_types"]

    @property
    def dialect(self) -> _Dialect:
        return dialect_for_connection()

    # Querying -------------------------------------------------------------------------------

    def plan(self, text: str, language: str) -> tuple[QueryPlan, str | None]:
        plan = plan_query(text, language)
        suggestion = correct_plan(plan, text, language)
        return plan, suggestion

    def search(self, query: SearchQuery) -> SearchResults:
        plan, suggestion = self.plan(query.text, query.language)
        if plan.is_empty:
            return SearchResults([], 0, {facet: {} for facet in FACETS}, suggestion, self.name)
        rows = [
            (row[0], float(row[1]) * self.type_boost.get(row[2], 1.0), *row[2:])
            for row in self.dialect.match(plan)
        ]
        kept, facets = filter_and_count(rows, query.filters)
        kept.sort(key=lambda row: (-row[1], row[0]))
        page_rows = kept[query.offset:query.offset + query.page_size]
        hits = self.hydrate(page_rows, plan)
        return SearchResults(hits, len(kept), facets, suggestion, self.name)

    def hydrate(self, rows: list[tuple], plan: QueryPlan) -> list[Hit]:
        entries = IndexEntry.objects.in_bulk([row[0] for row in rows])
        terms = plan.all_terms()
        hits = []
        for row in rows:
            entry = entries.get(row[0])
            if entry is None:
                continue
            text = f"{entry.summary} {entry.body}".strip()
            hits.append(
                Hit(
                    page_id=entry.page_id,
                    title=entry.title,
                    url=entry.url,
                    snippet=highlight(text, terms, entry.language),
                    type=entry.page_type,
                    score=row[1],
                )
            )
        return hits

    def entries_for_pages(self, page_ids: list[int], language: str) -> dict[int, IndexEntry]:
        return {entry.page_id: entry for entry in IndexEntry.objects.filter(page_id__in=page_ids, language=language)}

    def autocomplete(self, text: str, language: str, limit: int = 8) -> list[Completion]:
        tokens = analyzer(language).folded_tokens(text)
        if not tokens:
            return []
        ids = self.dialect.complete(tokens, language, limit)
        entries = IndexEntry.objects.in_bulk(ids)
        return [Completion(entries[i].page_id, entries[i].title, entries[i].url) for i in ids if i in entries]

    # Indexing -------------------------------------------------------------------------------

    def index_documents(self, documents: Iterable[SearchDocument]) -> int:
        count = 0
        with transaction.atomic():
            for document in documents:
                entry = entry_from_document(document)
                IndexEntry.objects.filter(page_id=document.page_id, language=document.language).delete()
                entry.save()
                self._add_vocabulary([document])
                count += 1
        return count

    def delete_pages(self, page_ids: Iterable[int], languages: Iterable[str] | None = None) -> None:
        entries = IndexEntry.objects.filter(page_id__in=list(page_ids))
        if languages is not None:
            entries = entries.filter(language__in=list(languages))
        entries.delete()

    def _add_vocabulary(self, documents: list[SearchDocument]) -> None:
        terms = {}
        for document in documents:
            for folded, surface in vocabulary_of(document).items():
                terms.setdefault((document.language, folded), surface)
        VocabularyTerm.objects.bulk_create(
            [
                VocabularyTerm(language=lang, folded=folded, surface=surface, stem=analyzer(lang).stem(folded)[:100], length=len(folded))
                for (lang, folded), surface in terms.items()
            ],
            ignore_conflicts=True,
            batch_size=BATCH,
        )

    def rebuild(self, documents: Iterable[SearchDocument], progress: Progress | None = None) -> int:
        """Replaces the whole index in one transaction: searches see the old index until it commits."""
        count = 0
        with transaction.atomic():
            IndexEntry.objects.all().delete()
            VocabularyTerm.objects.all().delete()
            batch: list[SearchDocument] = []
            for document in documents:
                batch.append(document)
                if len(batch) >= BATCH:
                    count += self._write_batch(batch, progress)
                    batch = []
            if batch:
                count += self._write_batch(batch, progress)
        self.dialect.optimize()
        return count

    def _write_batch(self, batch: list[SearchDocument], progress: Progress | None) -> int:
        IndexEntry.objects.bulk_create([entry_from_document(document) for document in batch], batch_size=BATCH)
        self._add_vocabulary(batch)
        if progress:
            progress(len(batch))
        return len(batch)

    # Reporting ------------------------------------------------------------------------------

    def document_counts(self) -> dict[str, int]:
        from django.db.models import Count

        return dict(IndexEntry.objects.values_list("language").annotate(n=Count("id")).order_by("language"))

    def health(self) -> dict:
        try:
            dialect = self.dialect.name
            counts = self.document_counts()
            return {"ok": True, "engine": dialect, "documents": counts}
        except Exception as error:  # noqa: BLE001 - the health report shows any failure as it is
            return {"ok": False, "error": f"{type(error).__name__}: {error}"}
