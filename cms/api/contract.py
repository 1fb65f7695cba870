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
    request.wagtailapi_router = api_router
    request.LANGUAGE_CODE = language
    return request


def page_listing(language: str, page_type: str, public_base_url: str | None = None, ids=None) -> list[dict]:
    """Every live page of `page_type` available in `language`, with all fields, in the API's order;
    with `ids`, only those of these pages (what an update reads again).

    The items are the API's listing items exactly (they pass through the same JSON encoder).
    """
    with translation.override(language):
        params = {"type": page_type, "fields": "*"}
        request = _request(language, f"/{language}/api/v2/pages/", params, public_base_url)
        view = TranslatedPagesAPIViewSet()
        view.action_map = {"get": "listing_view"}
        view.action = "listing_view"
        view.args, view.kwargs, view.format_kwarg = (), {}, None
        view.request = Request(request)
        view.headers = {}
        queryset = view.get_queryset()
        view.check_query_parameters(queryset)
        queryset = view.filter_queryset(queryset)
        if ids is not None:
            queryset = queryset.filter(pk__in=list(ids))
        pages = list(queryset.specific())
        with_related(*pages)
        with rates_at_hand():
            data = view.get_serializer(pages, many=True).data
        return json.loads(json.dumps(data, cls=JSONEncoder, ensure_ascii=False))


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
    request.wagtailapi_router = api_router
    view = DraftPagesAPIViewSet.as_view({"get": "detail_view"})
    with translation.override(language):
        response = view(request, pk=page.pk or 0)
        response.render()
    return json.loads(response.content)
