"""The embedded backend: the database's own full text search, with our analysis done in Python.

SQLite (the default) answers through an FTS5 table, PostgreSQL through a tsvector column; both
were added by migration search/0002 and both index the already-analysed `*_terms` columns of
`IndexEntry`, so stemming, folding and synonyms behave the same on either database and the same
as the Elasticsearch analyzers built from `search/data/analysis.yml`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import NamedTuple

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction

from .. import caching
from ..analysis import analyzer, boosting_config
from ..connections import fetch_all, reading
from ..documents import SearchDocument
from ..models import IndexEntry, VocabularyTerm
from ..query import QueryPlan, plan_query
from ..snippets import highlight
from ..spelling import correct_plan
from . import ranking, warming
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


# Filters as SQL: single-valued facets compare a column, multi-valued ones (space-separated keys)
# look for " key " in " keys ". Values are always bound parameters.
_FILTER_SQL = {
    "type": ("{p}page_type = %s", lambda v: v),
    "topic": ("{p}topic = %s", lambda v: v),
    "sector": ("{contains}(' ' || {p}sectors || ' ', %s) > 0", lambda v: f" {v} "),
    "region": ("{contains}(' ' || {p}regions || ' ', %s) > 0", lambda v: f" {v} "),
}


class _Dialect(ABC):
    """How one database matches, ranks and counts.

    Everything that grows with the number of matches (filtering, facet counts, the total, ranking
    and paging) happens inside the database; Python only sees one page of results.
    """

    name = ""
    contains = "instr"

    def __init__(self):
        weights = boosting_config()["fields"]
        self.weights = (weights["title"], weights["summary"], weights["body"], 0.0)
        self.type_boost = boosting_config()["page_types"]

    # What differs between databases --------------------------------------------------------

    @abstractmethod
    def expression(self, plan: QueryPlan) -> str: ...

    @abstractmethod
    def matches_sql(self, with_score: bool) -> tuple[str, Callable[[QueryPlan], list]]:
        """SELECT of matching entries of one language: id, [score,] page_type, topic, sectors, regions;
        and its parameters for a plan."""
        ...

    @abstractmethod
    def phrases(self, plan: QueryPlan) -> list[str]:
        """The queries whose (entry id, score) lists `ranking` sums, each asked of the database on its
        own, in the order `expression` writes them."""

    @abstractmethod
    def phrase_sql(self) -> tuple[str, Callable[[str, str], list]]:
        """SELECT of (entry id, score) for one phrase in one language, and its parameters."""

    @abstractmethod
    def split_sql(self, column: str) -> str:
        """A FROM item that turns a space-separated column of `hits` into rows with a `value`."""
        ...

    @abstractmethod
    def complete(self, tokens: list[str], language: str, limit: int) -> list[int]:
        """Page ids of titles in `language` that start with `tokens`, for autocomplete."""

    def optimize(self) -> None:  # noqa: B027 (optional: a dialect with nothing to tidy keeps this)
        """Tidies the index after a rebuild, where the database has a way to."""

    # Shared SQL ----------------------------------------------------------------------------

    def boost_sql(self) -> tuple[str, list]:
        cases, params = [], []
        for page_type, weight in self.type_boost.items():
            cases.append("WHEN %s THEN %s")
            params += [page_type, float(weight)]
        return "(CASE e.page_type " + " ".join(cases) + " ELSE 1.0 END)", params

    def filters_sql(self, filters: dict[str, str], skip: str | None = None, prefix: str = "") -> tuple[str, list]:
        clauses, params = ["1 = 1"], []
        for facet, value in filters.items():
            if facet == skip or facet not in _FILTER_SQL:
                continue
            template, to_param = _FILTER_SQL[facet]
            clauses.append(template.format(contains=self.contains, p=prefix))
            params.append(to_param(value))
        return " AND ".join(clauses), params

    def run(self, plan: QueryPlan, filters: dict[str, str], offset: int, limit: int):
        """The total, each facet's counts and the page's (entry id, score) rows (see `ranking`)."""
        return ranking.run(
            plan.language,
            self.phrases(plan),
            lambda phrase: self.phrase_scores(phrase, plan.language),
            filters,
            {key: float(value) for key, value in self.type_boost.items()},
            offset,
            limit,
        )

    def phrase_scores(self, phrase: str, language: str) -> list[tuple[int, float]]:
        """(entry id, score) of every entry of `language` that `phrase` matches."""
        sql, params = self.phrase_sql()
        return [(int(entry_id), float(score)) for entry_id, score in fetch_all(sql, params(phrase, language))]

    def run_in_sql(self, plan: QueryPlan, filters: dict[str, str], offset: int, limit: int):
        """The same answer as `run`, in one SQL statement over every match: the reference the tests
        compare `run` with (and the way searches ran before, at 0.3 s for a common word at 10,000
        documents per language).

        The matches are computed once (a materialized CTE), then counted and paged.

        Returns the total under every filter, each facet's counts under the other facets' filters
        (so a visitor sees how many results another value would give, and can switch to it), and
        the (entry id, score) rows of the requested page.
        """
        select, select_params = self.matches_sql(with_score=True)
        parts, params = [], list(select_params(plan))
        cast = self.count_cast
        for facet, column in (("type", "page_type"), ("topic", "topic")):
            where, where_params = self.filters_sql(filters, skip=facet)
            parts.append(
                f"SELECT '{facet}', {column}, {cast('count(*)')} FROM hits WHERE {column} <> '' AND {where} GROUP BY {column}"
            )
            params += where_params
        for facet, column in (("sector", "sectors"), ("region", "regions")):
            where, where_params = self.filters_sql(filters, skip=facet, prefix="hits.")
            parts.append(
                f"SELECT '{facet}', split.value, {cast('count(*)')} FROM hits, {self.split_sql(column)} "
                f"WHERE hits.{column} <> '' AND {where} GROUP BY split.value"
            )
            params += where_params
        where, where_params = self.filters_sql(filters)
        parts.append(f"SELECT 'total', '', {cast('count(*)')} FROM hits WHERE {where}")
        params += where_params
        parts.append(
            f"SELECT * FROM (SELECT 'hit', {self.id_text('id')}, score FROM hits WHERE {where} "
            "ORDER BY score DESC, id LIMIT %s OFFSET %s) AS page"
        )
        params += [*where_params, limit, offset]
        sql = f"WITH hits AS MATERIALIZED ({select}) " + " UNION ALL ".join(parts)
        counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
        total, rows = 0, []
        with reading() as cursor:
            cursor.execute(sql, params)
            for kind, value, number in cursor.fetchall():
                if kind == "hit":
                    rows.append((int(value), float(number)))
                elif kind == "total":
                    total = int(number)
                elif value:
                    counts[kind][value] = int(number)
        rows.sort(key=lambda row: (-row[1], row[0]))
        facets = {f: dict(sorted(c.items(), key=lambda item: (-item[1], item[0]))) for f, c in counts.items()}
        return total, facets, rows

    @staticmethod
    def count_cast(expression: str) -> str:
        return expression

    @staticmethod
    def id_text(expression: str) -> str:
        return expression


def _quote_fts5(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class SQLiteFTS5(_Dialect):
    name = "sqlite-fts5"
    columns = "{title_terms summary_terms body_terms} : "

    def expression(self, plan: QueryPlan) -> str:
        concepts = []
        for concept in plan.concepts:
            alternatives = [_quote_fts5(" ".join(alternative)) for alternative in concept.alternatives]
            concepts.append("(" + " OR ".join(alternatives) + ")")
        return self.columns + "(" + " OR ".join(concepts) + ")"

    def phrases(self, plan: QueryPlan) -> list[str]:
        # bm25 of the whole expression is the sum of its phrases' bm25, each asked on its own with
        # the same columns, added in this order.
        return [self.phrase(alternative) for concept in plan.concepts for alternative in concept.alternatives]

    def phrase(self, terms: tuple[str, ...]) -> str:
        return self.columns + "(" + _quote_fts5(" ".join(terms)) + ")"

    def common_terms(self, minimum: int) -> Iterator[str]:
        """The indexed terms in at least `minimum` entries, those in the most first (FTS5's own
        vocabulary)."""
        with reading() as cursor:
            # A table of this connection only (SQLite's temp schema): it stores nothing.
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_fts_terms USING fts5vocab(main, search_fts, row)"
            )
            cursor.execute("SELECT term FROM temp.search_fts_terms WHERE doc >= %s ORDER BY doc DESC, term", [minimum])
            rows = cursor.fetchall()
        for (term,) in rows:
            yield term

    def phrase_scores_everywhere(self, phrase: str) -> list[tuple[int, float]]:
        """(entry id, score) of every entry `phrase` matches, in every language: what `phrase_sql`
        gives per language (bm25 is computed on the same rows), in one scan for all three."""
        sql = "SELECT rowid, -bm25(search_fts, %s, %s, %s, %s) FROM search_fts WHERE search_fts MATCH %s"
        return [(int(entry_id), float(score)) for entry_id, score in fetch_all(sql, [*self.weights, phrase])]

    def phrase_sql(self):
        sql = (
            "SELECT e.id, -bm25(search_fts, %s, %s, %s, %s) "
            "FROM search_fts CROSS JOIN search_indexentry e INDEXED BY search_entry_facets_idx ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH %s AND e.language = %s"
        )
        return sql, lambda phrase, language: [*self.weights, phrase, language]

    def matches_sql(self, with_score: bool):
        boost, boost_params = self.boost_sql()
        score = f"-bm25(search_fts, %s, %s, %s, %s) * {boost} AS score, " if with_score else ""
        # CROSS JOIN keeps the full text match as the outer loop: with a plain JOIN SQLite may walk
        # the entries and run the match again for each one.
        sql = (
            f"SELECT e.id, {score}e.page_type, e.topic, e.sectors, e.regions "
            # The facet index covers every column read here: the wide rows (texts) stay on disk.
            "FROM search_fts CROSS JOIN search_indexentry e INDEXED BY search_entry_facets_idx ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH %s AND e.language = %s"
        )
        head = [*self.weights, *boost_params] if with_score else []
        return sql, lambda plan: [*head, self.expression(plan), plan.language]

    def split_sql(self, column: str) -> str:
        # Keys are slugs (no quotes), so the space-separated list is a JSON array once quoted.
        return f"json_each('[\"' || replace(hits.{column}, ' ', '\",\"') || '\"]') AS split"

    def complete(self, tokens: list[str], language: str, limit: int) -> list[int]:
        parts = [_quote_fts5(token) for token in tokens[:-1]] + [_quote_fts5(tokens[-1]) + "*"]
        expression = "{title_prefixes} : (" + " AND ".join(parts) + ")"
        sql = (
            "SELECT e.id FROM search_fts CROSS JOIN search_indexentry e ON e.id = search_fts.rowid "
            "WHERE search_fts MATCH %s AND e.language = %s ORDER BY length(e.title), e.title LIMIT %s"
        )
        with reading() as cursor:
            cursor.execute(sql, [expression, language, limit])
            return [row[0] for row in cursor.fetchall()]

    def optimize(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def _quote_tsquery(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresFTS(_Dialect):
    name = "postgresql-fts"
    contains = "strpos"

    # The branches of the UNION must agree on types: (text, text, double precision).
    @staticmethod
    def count_cast(expression: str) -> str:
        return f"CAST({expression} AS double precision)"

    @staticmethod
    def id_text(expression: str) -> str:
        return f"CAST({expression} AS text)"

    def expression(self, plan: QueryPlan) -> str:
        concepts = []
        for concept in plan.concepts:
            alternatives = [
                " <-> ".join(_quote_tsquery(term) for term in alternative) for alternative in concept.alternatives
            ]
            concepts.append("(" + " | ".join(f"({alternative})" for alternative in alternatives) + ")")
        return " | ".join(concepts)

    def phrases(self, plan: QueryPlan) -> list[str]:
        # `ranking` sums the scores of a query's lists, as FTS5's bm25 sums its phrases'; ts_rank of
        # a query of alternatives is not the sum of each alternative's ts_rank. So on PostgreSQL the
        # whole query is one list: ts_rank of every entry it matches, read once per index generation
        # and kept, then counted by facet and paged in memory like FTS5's lists, with the single
        # statement's numbers (ts_rank * 10, times the type's boost in `ranking.top`).
        return [self.expression(plan)]

    def phrase_sql(self):
        sql = (
            "SELECT e.id, ts_rank(e.search_vector, q, 1) * 10 "
            "FROM search_indexentry e, to_tsquery('simple', %s) q WHERE e.language = %s AND e.search_vector @@ q"
        )
        return sql, lambda phrase, language: [phrase, language]

    def matches_sql(self, with_score: bool):
        boost, boost_params = self.boost_sql()
        # ts_rank's default weights {D, C, B, A} = {0.1, 0.2, 0.4, 1.0} give title : summary : body
        # the 10 : 4 : 1 of boosting.yml (title is A, summary B, body D).
        score = f"ts_rank(e.search_vector, q, 1) * 10 * {boost} AS score, " if with_score else ""
        sql = (
            f"SELECT e.id, {score}e.page_type, e.topic, e.sectors, e.regions "
            "FROM search_indexentry e, to_tsquery('simple', %s) q "
            "WHERE e.language = %s AND e.search_vector @@ q"
        )
        # The boost parameters come before the tsquery in the SELECT list.
        head = list(boost_params) if with_score else []
        return sql, lambda plan: [*head, self.expression(plan), plan.language]

    def split_sql(self, column: str) -> str:
        return f"unnest(string_to_array(hits.{column}, ' ')) AS split(value)"

    def complete(self, tokens: list[str], language: str, limit: int) -> list[int]:
        expression = " & ".join([_quote_tsquery(token) for token in tokens[:-1]] + [_quote_tsquery(tokens[-1]) + ":*"])
        sql = (
            "SELECT e.id FROM search_indexentry e WHERE e.language = %s "
            "AND e.prefix_vector @@ to_tsquery('simple', %s) ORDER BY length(e.title), e.title LIMIT %s"
        )
        with reading() as cursor:
            cursor.execute(sql, [language, expression, limit])
            return [row[0] for row in cursor.fetchall()]


def dialect_for_connection() -> _Dialect:
    if connection.vendor == "sqlite":
        return SQLiteFTS5()
    if connection.vendor == "postgresql":
        return PostgresFTS()
    raise ImproperlyConfigured(f"The embedded search backend supports SQLite and PostgreSQL, not {connection.vendor}.")


def _reading_dialect() -> SQLiteFTS5 | None:
    """What reads phrase lists ahead (warming.py): SQLite's dialect. PostgreSQL's lists are whole
    queries (`PostgresFTS.phrases`), which no reading ahead of single terms fills."""
    dialect = dialect_for_connection()
    return dialect if isinstance(dialect, SQLiteFTS5) else None


warming.read_with(_reading_dialect)


class _Entry(NamedTuple):
    id: int
    page_id: int
    language: str
    page_type: str
    title: str
    summary: str
    body: str
    url: str


def _entries(key: str, values: list[int], language: str | None = None) -> dict[int, _Entry]:
    """What a result shows of these entries (by id, or by page id in one language), by id."""
    if not values:
        return {}
    marks = ", ".join(["%s"] * len(values))
    sql = f"SELECT {', '.join(_Entry._fields)} FROM search_indexentry WHERE {key} IN ({marks})"
    params: list[int | str] = [*values]
    if language is not None:
        sql += " AND language = %s"
        params.append(language)
    return {row[0]: _Entry(*row) for row in fetch_all(sql, params)}


class DatabaseBackend(SearchBackend):
    name = "database"

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
        dialect = self.dialect
        filters = {facet: value for facet, value in query.filters.items() if facet in FACETS}
        total, facets, rows = dialect.run(plan, filters, query.offset, query.page_size)
        return SearchResults(self.hydrate(rows, plan), total, facets, suggestion, self.name)

    def hydrate(self, rows: list[tuple], plan: QueryPlan) -> list[Hit]:
        entries = _entries("id", [row[0] for row in rows])
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
                    # Highlighted when shown (a best bet may take the hit's place on the page).
                    snippet_or_maker=partial(highlight, text, terms, entry.language),
                    type=entry.page_type,
                    score=row[1],
                )
            )
        return hits

    def entries_for_pages(self, page_ids: list[int], language: str) -> dict[int, _Entry]:
        return {entry.page_id: entry for entry in _entries("page_id", page_ids, language).values()}

    def autocomplete(self, text: str, language: str, limit: int = 8) -> list[Completion]:
        tokens = analyzer(language).folded_tokens(text)
        if not tokens:
            return []
        ids = self.dialect.complete(tokens, language, limit)
        entries = _entries("id", ids)
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
            caching.invalidate()
        return count

    def delete_pages(self, page_ids: Iterable[int], languages: Iterable[str] | None = None) -> None:
        entries = IndexEntry.objects.filter(page_id__in=list(page_ids))
        if languages is not None:
            entries = entries.filter(language__in=list(languages))
        with transaction.atomic():
            entries.delete()
            caching.invalidate()

    def _add_vocabulary(self, documents: list[SearchDocument]) -> None:
        terms: dict[tuple[str, str], str] = {}
        for document in documents:
            for folded, surface in vocabulary_of(document).items():
                terms.setdefault((document.language, folded), surface)
        VocabularyTerm.objects.bulk_create(
            [
                VocabularyTerm(
                    language=lang,
                    folded=folded,
                    surface=surface,
                    stem=analyzer(lang).stem(folded)[:100],
                    length=len(folded),
                )
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
            caching.invalidate()
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
        from django.db import transaction

        try:
            dialect = self.dialect.name
            with transaction.atomic():  # a failure must not leave the caller's transaction broken
                counts = self.document_counts()
            return {"ok": True, "engine": dialect, "documents": counts}
        except Exception as error:  # noqa: BLE001 - the health report shows any failure as it is
            return {"ok": False, "error": f"{type(error).__name__}: {error}"}
