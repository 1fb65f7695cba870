"""Wagtail API v2, per language: `/{lang}/api/v2/pages/` and the guide's reference data.

The active language comes from the URL prefix (LocaleMiddleware); modeltranslation then returns
that language's fields. Listings hold only the pages available in that language; asking for a page
that is not translated answers 404 with the languages it exists in.

Every endpoint answers a parameter it cannot use with 400 and a message (`ParameterChecks`),
where Wagtail's own views let some through to the database and answer 500.
"""

import contextlib
import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from rest_framework import serializers
from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.serializers import PageParentField, PageSerializer, get_serializer_class
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Page, PageQuerySet

from cms.core.publishing import content_generation
from cms.guide.availability import available_languages, available_pages_filter
from cms.guide.blocks import rates_at_hand
from cms.guide.paths import absolute_url, language_versions, page_path
from cms.guide.snippets import Institution, LegalAct, Region, Sector, TaxRate


def active_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def available_in(language: str):
    """Pages of any type that are available in `language`, as one filter on the page table."""
    return available_pages_filter(language)


def _ordered_by_language(model, lookup: str) -> bool:
    """Whether the rows `lookup` reads from `model` are ordered by a translated field (a sector's
    name, a legal act's title): modeltranslation orders them in the active language."""
    from django.core.exceptions import FieldDoesNotExist
    from modeltranslation.translator import NotRegistered, translator

    try:
        related = model._meta.get_field(lookup.split("__")[0]).related_model
    except FieldDoesNotExist:
        return False
    if related is None:
        return False
    try:
        translated = set(translator.get_options_for_model(related).all_fields)
    except NotRegistered:
        return False
    return any(isinstance(name, str) and name.lstrip("-") in translated for name in related._meta.ordering)


def with_related(*pages, by_language: bool | None = None) -> None:
    """Fetches what the API shows of each page's related tables (`api_prefetch`), one query per
    relation and page type, whatever the number of pages.

    `by_language`: None fetches every relation; False only those whose order is the same in every
    language, True only those ordered by a translated field (what serialising the same pages in
    another language must fetch again, in that language: see `cms.api.contract.page_listings`).
    """
    by_type: dict[type, list] = {}
    for page in pages:
        by_type.setdefault(type(page), []).append(page)
    for model, group in by_type.items():
        lookups = getattr(model, "api_prefetch", ())
        if by_language is not None:
            lookups = [lookup for lookup in lookups if _ordered_by_language(model, lookup) is by_language]
        if by_language:
            names = {lookup.split("__")[0] for lookup in lookups}
            for page in group:  # fetched in another language: read again in the active one
                cache = getattr(page, "_prefetched_objects_cache", {})
                for name in names:
                    cache.pop(name, None)
            prefetch_related_objects(group, *lookups)
        else:
            # `locale` is in every page's meta when all fields are asked for.
            prefetch_related_objects(group, "locale", *lookups)
    if by_language:
        return
    # Links held as plain pages (an article's related pages), read as their own types at once.
    plain = [link.target for page in pages if hasattr(page, "related_links") for link in page.related_links.all()]
    plain = [target for target in plain if type(target) is Page and "specific" not in target.__dict__]
    if plain:
        specific = {page.pk: page for page in Page.objects.filter(pk__in={target.pk for target in plain}).specific()}
        for target in plain:
            if target.pk in specific:
                target.__dict__["specific"] = specific[target.pk]


# A page's JSON stays in the cache for a day at most; a new generation makes it unreachable sooner.
PAGE_CACHE_SECONDS = 24 * 3600

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


class ParameterChecks(BaseAPIViewSet):
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

    _serializer_classes: dict = {}

    def to_representation(self, value):
        # One class per page type for the life of the process: building a DRF serializer class is
        # most of the cost of serialising a short record.
        serializer_class = self._serializer_classes.get(value.__class__)
        if serializer_class is None:
            serializer_class = self._serializer_classes[value.__class__] = get_serializer_class(
                value.__class__,
                ["id", "type", "detail_url", "html_url", "title"],
                meta_fields=["type", "detail_url", "html_url"],
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
    filter_backends = [
        WordSearchFilter if backend is SearchFilter else backend for backend in PagesAPIViewSet.filter_backends
    ]

    _serializer_classes: dict = {}
    # Answers are validated and kept in the cache under the content generation. A view of
    # anything but the live pages (an editor's draft in preview) must set this to False.
    keeps_answers = True

    def get_queryset(self):
        # Asked again by `get_serializer_class` for the model: built once per request.
        if not hasattr(self, "_queryset"):
            self._queryset = super().get_queryset().filter(available_in(active_language()))
        return self._queryset

    def get_serializer_class(self):
        """Wagtail's serializer class for the request, made once per model, field list and view.

        Wagtail builds a new class (and each nested one) on every request; the class depends only
        on what the key holds, so it is kept for the life of the process.
        """
        if self.action == "listing_view":
            model = self.get_queryset().model
        else:
            model = type(self.get_object())
        key = (self.action, model, self.request.GET.get("fields"), id(self.request.wagtailapi_router))
        serializer_class = self._serializer_classes.get(key)
        if serializer_class is None:
            serializer_class = self._serializer_classes[key] = super().get_serializer_class()
        return serializer_class

    def get_base_queryset(self):
        # Asked for the page, its parent and the serializer's context: the view restrictions and
        # the site are read once per request.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset()
        return self._base_queryset

    def get_object(self):
        first = not hasattr(self, "_cached_object")
        page = super().get_object()  # the same specific instance on every call of a request
        if first:
            with_related(page)
        return page

    def paginate_queryset(self, queryset):
        # The languages in `meta` need each page's own fields: load the page of results as
        # specific pages, one query per page type, rather than one query per page; and what they
        # show of related tables, one query per relation for the whole page of results.
        page = super().paginate_queryset(queryset)
        if isinstance(page, PageQuerySet):
            page = list(page.specific())
            if "fields" in self.request.GET:  # the default fields show no related table
                with_related(*page)
        return page

    def listing_view(self, request):
        with rates_at_hand():
            return super().listing_view(request)

    def detail_view(self, request, pk):
        """A page, with an ETag and Last-Modified from the content generation (`cms.core.publishing`).

        Whatever a page's JSON shows (its fields, the pages and reference data it cites, images,
        view restrictions, sites) starts a new generation when it changes, so the answer is the same
        for the same address within one generation: a client that sends the ETag back gets 304
        without the page being read, and the JSON itself is kept in the shared cache under the
        ETag, so the next caller of the same address is not serialised for again.
        """
        if not self.keeps_answers or request.accepted_renderer.format != "json":
            # The browsable API's page carries a CSRF token: nothing of it is kept or validated.
            return self._page_or_not_translated(request, pk)
        validators = self._validators(request)
        if validators is None:  # the cache does not answer: the page as it is, without validators
            return self._page_or_not_translated(request, pk)
        etag, last_modified = validators
        if request.META.get("HTTP_IF_NONE_MATCH", "*").strip() != "*":
            # The ETag names the address with its query: only a 200 of this generation gave it out.
            # ("*" matches any page that exists, which is known only once it has been read.)
            not_modified = get_conditional_response(request, etag=etag)
            if not_modified is not None:
                return self._validated(not_modified, etag, last_modified)
        key = f"api-page:{etag}"
        try:
            body = cache.get(key)
        except Exception:
            body = None
        if body is None:
            response = self._page_or_not_translated(request, pk)
            if response.status_code != 200:
                return response
            body = request.accepted_renderer.render(
                response.data, request.accepted_media_type, self.get_renderer_context()
            )
            with contextlib.suppress(Exception):  # a cache that fails to keep it costs the next caller a serialisation
                cache.set(key, body, PAGE_CACHE_SECONDS)
        response = HttpResponse(body, content_type=request.accepted_media_type)
        # A date alone, or "*", names no address: the page answered 200 above before it can be
        # "not modified" (an If-None-Match, when sent, decides over If-Modified-Since).
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)
        if not_modified is not response:
            return self._validated(not_modified, etag, last_modified)
        return self._validated(response, etag, last_modified)

    def _page_or_not_translated(self, request, pk):
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

    @staticmethod
    def _validated(response, etag: str, last_modified: int):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        return response

    @staticmethod
    def _validators(request) -> tuple[str, int] | None:
        """The response's ETag and Last-Modified: the generation, the public address pages link to,
        the address asked with its query and language, and the session (a page behind a password
        shows to the session that gave it)."""
        generation = content_generation()
        if generation is None:
            return None
        token, started = generation
        session = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
        source = f"{token}|{settings.PUBLIC_BASE_URL}|{request.get_host()}|{request.get_full_path()}|{active_language()}|{request.accepted_media_type}|{session}"
        return quote_etag(hashlib.blake2b(source.encode(), digest_size=12).hexdigest()), int(started)


class SnippetAPIViewSet(ParameterChecks, BaseAPIViewSet):
    """A read-only endpoint for one kind of reference data."""

    def get_queryset(self):
        return self.model.objects.all().order_by("pk")


class TaxRatesAPIViewSet(SnippetAPIViewSet):
    model = TaxRate

    def get_queryset(self):
        return super().get_queryset().prefetch_related("legal_basis")  # shown with every rate

    rate_fields = [
        "key",
        "name",
        "category",
        "value",
        "unit",
        "currency",
        "display_value",
        "note",
        "applies_to",
        "effective_from",
        "effective_to",
    ]
    body_fields = BaseAPIViewSet.body_fields + [*rate_fields, "legal_basis"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + rate_fields
    name = "tax_rates"


class LegalActsAPIViewSet(SnippetAPIViewSet):
    model = LegalAct
    body_fields = BaseAPIViewSet.body_fields + ["key", "title", "number", "date", "official_url", "citation"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "key",
        "title",
        "number",
        "date",
        "official_url",
        "citation",
    ]
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


class InstitutionsAPIViewSet(SnippetAPIViewSet):
    """The public bodies procedures' steps are done at, with their contacts."""

    model = Institution
    institution_fields = ["key", "name", "address", "hours", "phone", "website"]
    body_fields = BaseAPIViewSet.body_fields + institution_fields
    listing_default_fields = BaseAPIViewSet.listing_default_fields + institution_fields
    name = "institutions"
