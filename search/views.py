"""The search page, /{lang}/search/: server-rendered, complete without JavaScript."""

from __future__ import annotations

import math
from urllib.parse import urlencode

from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.http import require_GET

from cms.core import limits
from cms.core.languages import language_codes

from . import service
from .backends.base import FACETS
from .forms import PAGE_SIZE, parse_parameters


def _url(language: str, **params) -> str:
    query = urlencode({key: value for key, value in params.items() if value not in ("", None, 1) or key == "q"})
    return f"/{language}/search/" + (f"?{query}" if query else "")


@require_GET
def search_page(request):
    language = translation.get_language() or language_codes()[0]
    # One count with the API's: the page and /api/search are two doors to the same search.
    decision = limits.hit("search", request)
    if not decision.allowed:
        return limits.too_many_requests(request, decision, language=language)
    data = {key: request.GET.get(key, "") for key in ("q", "page", *FACETS)}
    data["lang"] = language
    data["page"] = data["page"] or 1
    parameters, errors = parse_parameters(data, require_query=False)
    context: dict[str, object] = {
        "language": language,
        "page_title": translation.gettext("Search"),
        "query": parameters.q,
        "errors": errors,
        "filters": parameters.filters,
        "alternates": {code: _url(code, q=parameters.q) for code in language_codes()},
        "autocomplete_script": static("search/autocomplete.js"),
        "search_stylesheet": static("search/search.css"),
        "response": None,
    }
    status = 400 if errors else 200
    if parameters.q and not errors:
        response = service.search(parameters.as_query())
        base = {"q": parameters.q, **parameters.filters}
        pages = max(1, math.ceil(response.results.total / PAGE_SIZE))
        context.update(
            response=response,
            page=parameters.page,
            pages=pages,
            previous_url=_url(language, **base, page=parameters.page - 1) if parameters.page > 1 else None,
            next_url=_url(language, **base, page=parameters.page + 1) if parameters.page < pages else None,
            suggestion_url=_url(language, q=response.results.suggestion) if response.results.suggestion else None,
            facets=[
                {
                    "name": facet,
                    "selected": parameters.filters.get(facet),
                    "clear_url": _url(language, **{k: v for k, v in base.items() if k != facet}),
                    "values": [{**item, "url": _url(language, **{**base, facet: item["value"]})} for item in values],
                }
                for facet, values in parameters.facet_values(response.results.facets).items()
            ],
        )
    return render(request, "search/results.html", context, status=status, using="jinja2")
