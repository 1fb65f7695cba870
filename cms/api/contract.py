"""The content contract in bulk: every page of a type in one language, as the API lists it.

The static build needs every page of the site with all its fields. Asked page by page (or 100 at a
time) over the HTTP stack, that was three quarters of a build's time. `page_listing` answers the
same JSON as `/{language}/api/v2/pages/?type=…&fields=*` read to its end, from the same viewset
(its queryset, availability filter, filters and serializer classes), without the request stack or
the pagination: one owner of the contract, two ways in. `draft_detail` gives an unpublished draft
in the shape of the page's detail, for the editors' preview.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.test import RequestFactory
from django.utils import translation
from rest_framework.request import Request
from rest_framework.utils.encoders import JSONEncoder

from cms.guide.blocks import rates_at_hand

from .router import api_router
from .views import TranslatedPagesAPIViewSet, with_related


def _request(language: str, path: str, params: dict, public_base_url: str | None):
    parts = urlsplit(public_base_url or settings.PUBLIC_BASE_URL)
    request = RequestFactory().get(path, params, HTTP_HOST=parts.netloc or "localhost", secure=parts.scheme == "https")
    request.wagtailapi_router = api_router  # type: ignore[attr-defined]  # where Wagtail's API views look for it
    request.LANGUAGE_CODE = language
    return request


def _listing_view(language: str, page_type: str, public_base_url: str | None) -> TranslatedPagesAPIViewSet:
    """The API's listing view as it answers `/{language}/api/v2/pages/?type=…&fields=*`."""
    params = {"type": page_type, "fields": "*"}
    request = _request(language, f"/{language}/api/v2/pages/", params, public_base_url)
    view = TranslatedPagesAPIViewSet()
    view.action_map = {"get": "listing_view"}
    view.action = "listing_view"
    view.args, view.kwargs, view.format_kwarg = (), {}, None
    view.request = Request(request)
    view.headers = {}
    return view


def listing_order(languages, page_type: str, public_base_url: str | None = None, ids=None) -> dict[str, list[int]]:
    """The ids of each language's listing of `page_type` (`page_listings`), in the API's order."""
    return _views_and_order(languages, page_type, public_base_url, ids)[1]


def _views_and_order(languages, page_type, public_base_url, ids):
    views, order = {}, {}
    for language in languages:
        with translation.override(language):
            view = _listing_view(language, page_type, public_base_url)
            queryset = view.get_queryset()
            view.check_query_parameters(queryset)
            queryset = view.filter_queryset(queryset)
            if ids is not None:
                queryset = queryset.filter(pk__in=list(ids))
            views[language] = view
            order[language] = list(queryset.values_list("pk", flat=True))
    return views, order


def page_listings_json(languages, page_type: str, public_base_url: str | None = None, ids=None) -> dict[str, str]:
    """`page_listings` as each language's JSON text (a list of the items), what the API's JSON
    encoder writes of them: the form that crosses from a process reading part of the content."""
    views, order = _views_and_order(languages, page_type, public_base_url, ids)
    wanted = {pk for pks in order.values() for pk in pks}
    if not wanted:
        return {language: "[]" for language in languages}
    with translation.override(next(iter(languages))):
        model = views[next(iter(languages))].get_queryset().model
        pages = {page.pk: page for page in model.objects.filter(pk__in=wanted).specific()}
        with_related(*pages.values(), by_language=False)
    listings = {}
    for language in languages:
        with translation.override(language):
            shown = [pages[pk] for pk in order[language] if pk in pages]
            # Related rows ordered by a translated field, and the rates a page cites (each with its
            # legal basis, so ordered too), are read in the language they are shown in.
            with_related(*shown, by_language=True)
            with rates_at_hand():
                data = views[language].get_serializer(shown, many=True).data
            listings[language] = json.dumps(data, cls=JSONEncoder, ensure_ascii=False)
    return listings


def page_listings(languages, page_type: str, public_base_url: str | None = None, ids=None) -> dict[str, list[dict]]:
    """`page_listing` in each of `languages`, read in one pass: the pages are loaded (with what
    they show of related tables) once for all the languages and serialised in each.

    Each language's listing is that language's own query set (its filters and order); only the
    loading of the pages is shared. The translated fields are read in the active language when
    serialised, so one instance serves every language.
    """
    return {
        language: json.loads(text)
        for language, text in page_listings_json(languages, page_type, public_base_url, ids).items()
    }


def page_listing(language: str, page_type: str, public_base_url: str | None = None, ids=None) -> list[dict]:
    """Every live page of `page_type` available in `language`, with all fields, in the API's order;
    with `ids`, only those of these pages (what an update reads again).

    The items are the API's listing items exactly (they pass through the same JSON encoder).
    """
    return page_listings([language], page_type, public_base_url, ids)[language]


def page_types_of(page_ids) -> dict[int, str]:
    """The API type ("guide.GuidePage") of each of these pages that exists."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    found = {}
    for pk, content_type_id in Page.objects.filter(pk__in=list(page_ids)).values_list("pk", "content_type_id"):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            found[pk] = f"{model._meta.app_label}.{model.__name__}"
    return found


def draft_detail(page, language: str) -> dict:
    """A draft (not saved as the live page) as `/{language}/api/v2/pages/{id}/?fields=*` would show
    it once published: the viewset's own serializer, with the draft in place of the stored page."""

    class DraftPagesAPIViewSet(TranslatedPagesAPIViewSet):
        keeps_answers = False  # a draft: never served to the public from the cache

        def get_object(self):
            return page

    request = RequestFactory().get(f"/{language}/api/v2/pages/{page.pk or 0}/", {"fields": "*"})
    request.wagtailapi_router = api_router  # type: ignore[attr-defined]  # where Wagtail's API views look for it
    view = DraftPagesAPIViewSet.as_view({"get": "detail_view"})
    with translation.override(language):
        response = view(request, pk=page.pk or 0)
        response.render()
    return json.loads(response.content)
