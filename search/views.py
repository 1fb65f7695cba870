"""The search page, /{lang}/search/, and the assistant's, /{lang}/ask/: server-rendered, complete
without JavaScript."""

from __future__ import annotations

import math
from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.http import require_GET, require_http_methods

from cms.core import limits
from cms.core.languages import language_codes

from . import assistant, service
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


def _ask_url(language: str, **params) -> str:
    query = urlencode({key: value for key, value in params.items() if value})
    return f"/{language}/ask/" + (f"?{query}" if query else "")


@require_http_methods(["GET", "POST"])
def ask_page(request):
    """The assistant: GET ?q= asks; POST says whether the answer helped (stored without the asker)."""
    language = translation.get_language() or language_codes()[0]
    # One budget with search: the assistant reads the same index and costs about the same.
    decision = limits.hit("search", request)
    if not decision.allowed:
        return limits.too_many_requests(request, decision, language=language)
    source = request.POST if request.method == "POST" else request.GET
    asked = "q" in source
    question, _lang, errors = assistant.parse_question({"question": source.get("q", ""), "lang": language})
    if request.method == "POST":
        helpful = request.POST.get("helpful")
        if errors or helpful not in ("yes", "no"):
            errors = errors or {"helpful": translation.gettext("Choose yes or no.")}
        else:
            assistant.record_feedback(assistant.answer(question, language), helpful == "yes")
            return HttpResponseRedirect(_ask_url(language, q=question, feedback="thanks"), status=303)
    context: dict[str, object] = {
        "language": language,
        "page_title": translation.gettext("Ask the guide"),
        "question": question if asked else "",
        "errors": errors if asked or request.method == "POST" else {},
        "result": None,
        "thanked": request.GET.get("feedback") == "thanks",
        "suggested": assistant.suggested_questions(language),
        "alternates": {code: _ask_url(code) for code in language_codes()},
        "ask_script": static("search/ask.js"),
        "search_stylesheet": static("search/search.css"),
    }
    if asked and not errors:
        result = assistant.answer(question, language)
        assistant.log_question(result)
        context["result"] = result
    status = 400 if context["errors"] else 200
    return render(request, "search/ask.html", context, status=status, using="jinja2")
