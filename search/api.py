"""GET /api/search and /api/search/autocomplete: the search service over HTTP (django-ninja)."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from cms.core.languages import language_codes
from cms.core.throttling import SharedLimit

from . import service
from .forms import MAX_PAGE, MAX_QUERY_LENGTH, SearchParameters, parse_parameters

router = Router(tags=["search"], throttle=[SharedLimit("search")])


class ResultOut(Schema):
    id: int = Field(description="The page id (as in /{lang}/api/v2/pages/{id}/).")
    title: str
    url: str = Field(description="The page's public path in the search language.")
    snippet: str = Field(description="HTML: the text escaped, the matched words in <mark>.")
    type: str = Field(description="article, topic, incentive, service, sector, project or section.")


class FacetValueOut(Schema):
    value: str
    label: str
    count: int


class SearchOut(Schema):
    query: str
    language: str
    total: int = Field(description="Results matching the query and filters (best bets not counted).")
    page: int
    page_size: int
    results: list[ResultOut]
    best_bets: list[ResultOut] = Field(description="Pages editors recommend for this query; shown first.")
    facets: dict[str, list[FacetValueOut]] = Field(
        description="type, topic, sector, region: values with counts, in the alphabetical order of the language's labels."
    )
    suggestion: str | None = Field(description="'Did you mean': the query with misspellings corrected, or null.")
    backend: str = Field(description="elasticsearch, or database when it answered (configured or as a fallback).")


class CompletionOut(Schema):
    id: int
    title: str
    url: str


class AutocompleteOut(Schema):
    suggestions: list[CompletionOut]


class ErrorOut(Schema):
    detail: str


class HealthOut(Schema):
    ok: bool = Field(description="Whether search can answer: false when the database index cannot be read.")
    configured: str = Field(description='"elasticsearch" when ELASTICSEARCH_URL is set, else "database".')
    active: str = Field(description="The backend answering now.")
    fallback: bool = Field(description="Elasticsearch is configured but out of reach: the database answers.")
    documents: dict[str, int] = Field(description="Documents in the database index, per language.")
    elasticsearch_reachable: bool | None = Field(None, description="Only when Elasticsearch is configured.")


class SearchIn(Schema):
    q: str = Field("", description=f"The query, at most {MAX_QUERY_LENGTH} characters.")
    lang: str = Field(settings.LANGUAGE_CODE, description="az, en or ru.")
    type: str = ""
    topic: str = ""
    sector: str = ""
    region: str = ""
    page: int = Field(1, description=f"From 1 to {MAX_PAGE}.")


class AutocompleteIn(Schema):
    q: str = ""
    lang: str = Field(settings.LANGUAGE_CODE, description="az, en or ru.")


def _parameters(data: dict, *, require_query: bool) -> SearchParameters:
    # Messages in the language asked for, or in English when the language itself is wrong.
    language = data.get("lang") if data.get("lang") in language_codes() else "en"
    with translation.override(language):
        parameters, errors = parse_parameters(data, require_query=require_query)
    if errors:
        raise HttpError(400, "; ".join(f"{name}: {message}" for name, message in errors.items()))
    return parameters


@router.get("", response={200: SearchOut, 400: ErrorOut, 429: ErrorOut}, summary="Search the guide in one language")
def search(request, params: Query[SearchIn]):
    parameters = _parameters(params.dict(), require_query=True)
    response = service.search(parameters.as_query())
    return {
        "query": parameters.q,
        "language": parameters.lang,
        "total": response.results.total,
        "page": parameters.page,
        "page_size": parameters.page_size,
        "results": [hit.as_dict() for hit in response.hits],
        "best_bets": [hit.as_dict() for hit in response.best_bets],
        "facets": parameters.facet_values(response.results.facets),
        "suggestion": response.results.suggestion,
        "backend": response.results.backend,
    }


@router.get(
    "/autocomplete",
    response={200: AutocompleteOut, 400: ErrorOut, 429: ErrorOut},
    summary="Titles that start with the words typed",
)
def autocomplete(request, params: Query[AutocompleteIn]):
    parameters = _parameters(params.dict(), require_query=False)
    if not parameters.q:
        return {"suggestions": []}
    completions = service.autocomplete(parameters.q, parameters.lang)
    return {"suggestions": [{"id": c.page_id, "title": c.title, "url": c.url} for c in completions]}


@router.get(
    "/health",
    response={200: HealthOut, 503: HealthOut},
    exclude_none=True,
    summary="Which search backend answers, and whether Elasticsearch is reachable",
)
def health(request):
    """200 while search can answer (Elasticsearch out of reach included: the database answers);
    503 when it cannot, for a load balancer or monitor to act on."""
    report = service.public_health()
    return Status(200 if report["ok"] else 503, report)
