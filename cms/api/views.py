"""Wagtail API v2, per language: `/{lang}/api/v2/pages/` and the guide's reference data.

The active language comes from the URL prefix (LocaleMiddleware); modeltranslation then returns
that language's fields. Listings hold only the pages available in that language; asking for a page
that is not translated answers 404 with the languages it exists in.

Every endpoint answers a parameter it cannot use with 400 and a message (`ParameterChecks`),
where Wagtail's own views let some through to the database and answer 500.
"""

import re

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from rest_framework import serializers
from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.serializers import PageParentField, PageSerializer, get_serializer_class
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import PageQuerySet, get_page_models

from cms.guide.availability import available_filter, available_languages
from cms.guide.paths import absolute_url, language_versions, page_path
from cms.guide.snippets import LegalAct, Region, Sector, TaxRate


def active_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def available_in(language: str) -> Q:
    """Pages of any type that are available in `language`, as one filter on the page table."""
    condition = Q(pk__in=[])
    for model in get_page_models():
        if hasattr(model, "translation_required") and not model._meta.abstract:
            condition |= Q(pk__in=model.objects.filter(available_filter(model, language)).values("pk"))
    return condition


# Far beyond any listing, and far below the 64-bit integers a database takes as an offset.
MAX_OFFSET = 1_000_000
MAX_ID = 2**63 - 1
_WORD = re.compile(r"\w+")


def _whole_number(request, name: str, maximum: int) -> None:
    value = request.GET.get(name)
    if value is None:
        return
    if not value.isascii() or not value.isdigit():
        raise BadRequestError(f"{name} must be a positive integer")
    # Compared by length first: Python refuses to read an integer of more than 4,300 digits.
    digits = value.lstrip("0")
    if len(digits) > len(str(maximum)) or int(digits or 0) > maximum:
        raise BadRequestError(f"{name} must be at most {maximum}")


class ParameterChecks:
    """The checks Wagtail's views leave to the database: an `offset` too large for it, an `id`
    to find that is not a number or has more digits than Python reads."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        _whole_number(self.request, "offset", MAX_OFFSET)
        _whole_number(self.request, "limit", MAX_OFFSET)

    def find_object(self, queryset, request):
        _whole_number(request, "id", MAX_ID)
        return super().find_object(queryset, request)


class WordSearchFilter(SearchFilter):
    """Wagtail's search, given only the query's words: quotes and blank queries, which the SQLite
    full-text syntax refuses with an error, search for their words or find nothing."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if request.GET.get("search_operator", "or") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = _WORD.findall(request.GET["search"])
        if not words:
            return queryset.none()
        original = request._request.GET
        request._request.GET = original.copy()
        request._request.GET["search"] = " ".join(words)
        try:
            return super().filter_queryset(request, queryset, view)
        finally:
            request._request.GET = original


class AvailableLanguagesField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return available_languages(page.specific)


class TranslationsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return language_versions(page.specific)


class PublicUrlField(serializers.Field):
    """The page's address on the public site in the active language (PUBLIC_BASE_URL + path).

    Wagtail's own `html_url` is built from the Site record's host and port, which knows nothing of
    where the public site is served.
    """

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return absolute_url(page_path(page.specific, active_language()))


class TranslatedParentField(PageParentField):
    """The parent page, its links made like the page's own (public `html_url`)."""

    def to_representation(self, value):
        serializer_class = get_serializer_class(
            value.__class__, ["id", "type", "detail_url", "html_url", "title"], meta_fields=["type", "detail_url", "html_url"],
            base=TranslatedPageSerializer,
        )
        return serializer_class(context=self.context).to_representation(value)


class TranslatedPageSerializer(PageSerializer):
    """Adds the page's languages to `meta` for every page type, including untyped listings."""

    available_languages = AvailableLanguagesField()
    translations = TranslationsField()
    html_url = PublicUrlField()
    parent = TranslatedParentField(read_only=True)


class TranslatedPagesAPIViewSet(ParameterChecks, PagesAPIViewSet):
    base_serializer_class = TranslatedPageSerializer
    meta_fields = PagesAPIViewSet.meta_fields + ["available_languages", "translations"]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["available_languages"]
    filter_backends = [WordSearchFilter if backend is SearchFilter else backend for backend in PagesAPIViewSet.filter_backends]

    def get_queryset(self):
        return super().get_queryset().filter(available_in(active_language()))

    def paginate_queryset(self, queryset):
        # The languages in `meta` need each page's own fields: load the page of results as
        # specific pages, one query per page type, rather than one query per page.
        page = super().paginate_queryset(queryset)
        return page.specific() if isinstance(page, PageQuerySet) else page

    def detail_view(self, request, pk):
        try:
            return super().detail_view(request, pk)
        except Http404:
            page = self.get_base_queryset().filter(pk=pk).specific().first()
            if page is None:
                raise
            return Response(
                {
                    "message": "This page is not available in this language.",
                    "available_languages": available_languages(page),
                },
                status=404,
            )


class SnippetAPIViewSet(ParameterChecks, BaseAPIViewSet):
    """A read-only endpoint for one kind of reference data."""

    def get_queryset(self):
        return self.model.objects.all().order_by("pk")


class TaxRatesAPIViewSet(SnippetAPIViewSet):
    model = TaxRate
    body_fields = BaseAPIViewSet.body_fields + [
        "key", "name", "category", "value", "unit", "display_value", "note", "applies_to",
        "effective_from", "effective_to", "legal_basis",
    ]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "key", "name", "category", "value", "unit", "display_value", "note", "applies_to", "effective_from", "effective_to",
    ]
    name = "tax_rates"


class LegalActsAPIViewSet(SnippetAPIViewSet):
    model = LegalAct
    body_fields = BaseAPIViewSet.body_fields + ["key", "title", "number", "date", "official_url", "citation"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["key", "title", "number", "date", "official_url", "citation"]
    name = "legal_acts"


class SectorsAPIViewSet(SnippetAPIViewSet):
    model = Sector
    body_fields = BaseAPIViewSet.body_fields + ["key", "name"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["key", "name"]
    name = "sectors"


class RegionsAPIViewSet(SnippetAPIViewSet):
    model = Region
    body_fields = BaseAPIViewSet.body_fields + ["key", "name"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["key", "name"]
    name = "regions"
