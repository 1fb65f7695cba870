"""Where the builder reads the content contract: the JSON the headless API serves.

`InProcessSource` asks the API inside this process (through Django's test client, so every
middleware, language prefix and serializer runs exactly as for an outside caller); `HttpSource`
asks a CMS over HTTP. Both answer the same paths with the same JSON, so the builder cannot tell
them apart, and nothing here touches the ORM. In process, whole listings are read in bulk from
the API's own viewset (`cms.api.contract.page_listing`): the same items, without a request per
hundred pages.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from urllib.parse import urlsplit

# The page types of the contract, in the order the site presents its sections.
PAGE_TYPES = (
    "guide.HomePage",
    "guide.GuideIndexPage",
    "guide.TopicPage",
    "guide.GuidePage",
    "guide.IncentiveIndexPage",
    "guide.IncentivePage",
    "guide.SectorIndexPage",
    "guide.PrioritySectorPage",
    "guide.ProjectIndexPage",
    "guide.ProjectPage",
    "guide.ServiceIndexPage",
    "guide.ServicePage",
    "guide.ProcedurePage",
)
REFERENCE_KINDS = ("tax-rates", "legal-acts", "sectors", "regions", "institutions")
PAGE_SIZE = 100  # the API's WAGTAILAPI_LIMIT_MAX

# Below this many pages a process pool costs more to start than it saves.
PARALLEL_FROM_PAGES = 300
# Pages a reading process serialises at a time: small enough to share the work out evenly, large
# enough that the queries per batch (a dozen) stay few beside the serialising.
READ_BATCH = 150


def build_processes(pages: int) -> int:
    """How many processes read or render a full build: one per core (BUILD_PROCESSES overrides),
    one for a small site."""
    configured = os.environ.get("BUILD_PROCESSES")
    if configured:
        return max(1, int(configured))
    if pages < PARALLEL_FROM_PAGES:
        return 1
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _read_batch(languages: list[str], page_type: str, public_base_url: str, ids: list[int]) -> dict[str, str]:
    from cms.api.contract import page_listings_json

    return page_listings_json(languages, page_type, public_base_url, ids)


class SourceError(RuntimeError):
    """The content source answered something the builder cannot use."""


class InProcessSource:
    """The API of this Django process, called through the full request stack."""

    def __init__(self, public_base_url: str | None = None):
        from django.conf import settings
        from django.test import Client

        self.public_base_url = public_base_url or settings.PUBLIC_BASE_URL
        parts = urlsplit(self.public_base_url)
        self.client = Client(HTTP_HOST=parts.netloc or "localhost")
        self.secure = parts.scheme == "https"

    def get(self, path: str, params: dict | None = None) -> tuple[int, dict]:
        from django.utils import translation

        # The locale middleware activates the URL's language and leaves it active: keep ours.
        with translation.override(translation.get_language()):
            response = self.client.get(path, params or {}, secure=self.secure)
        try:
            return response.status_code, json.loads(response.content)
        except ValueError as exc:
            raise SourceError(f"{path} answered {response.status_code} without JSON") from exc

    def listing(self, language: str, page_type: str) -> list[dict]:
        """Every item of `/{language}/api/v2/pages/?type=…&fields=*`, read at once."""
        from cms.api.contract import page_listing

        return page_listing(language, page_type, self.public_base_url)

    def listings(self, languages: list[str], page_type: str) -> dict[str, list[dict]]:
        """`listing` in each language, the pages loaded once for all of them."""
        from cms.api.contract import page_listings

        return page_listings(languages, page_type, self.public_base_url)

    def all_listings(self, languages: list[str], page_types=PAGE_TYPES) -> dict[str, list[dict]]:
        """Every listing of `page_types` in every language, concatenated per language in the order
        of the types: `listings` of each type, the serialising shared out among forked processes
        where the site and the machine are large enough.

        Each language's order is read first (one query per type and language); the pages are then
        serialised in batches, each batch loading its pages once for all the languages. An item
        does not depend on the other pages of its batch, so the batches can go to any process.
        Not forked inside a transaction (a new connection would not see its uncommitted rows) nor
        on an in-memory database (a new connection would find another, empty one).
        """
        from django.db import connections, transaction

        from cms.api.contract import listing_order

        orders = {page_type: listing_order(languages, page_type, self.public_base_url) for page_type in page_types}
        batches = []
        for page_type, order in orders.items():
            ids = list(dict.fromkeys(pk for language in languages for pk in order[language]))
            batches += [
                (list(languages), page_type, self.public_base_url, ids[start : start + READ_BATCH])
                for start in range(0, len(ids), READ_BATCH)
            ]
        pages = sum(len(batch[3]) for batch in batches)
        processes = build_processes(pages)
        import multiprocessing

        if (
            processes == 1
            or len(batches) == 1
            or "fork" not in multiprocessing.get_all_start_methods()
            or any(transaction.get_connection(alias).in_atomic_block for alias in connections)
            or any(getattr(connections[alias], "is_in_memory_db", lambda: False)() for alias in connections)
        ):
            results = [_read_batch(*batch) for batch in batches]
        else:
            connections.close_all()  # a child must not share (and, ending, close) the parent's connection
            with multiprocessing.get_context("fork").Pool(min(processes, len(batches))) as pool:
                results = pool.starmap(_read_batch, batches, chunksize=1)
        items: dict[str, dict[int, dict]] = {language: {} for language in languages}
        for result in results:
            for language, text in result.items():
                items[language].update((item["id"], item) for item in json.loads(text))
        return {
            language: [
                items[language][pk] for order in orders.values() for pk in order[language] if pk in items[language]
            ]
            for language in languages
        }

    def listing_of(self, language: str, page_ids: list[int]) -> dict[int, dict]:
        """The listing items of these pages in `language` (those live and available in it), read
        at once per type: what `listing` gives of them."""
        from cms.api.contract import page_listing, page_types_of

        by_type: dict[str, list[int]] = {}
        for page_id, page_type in page_types_of(page_ids).items():
            if page_type in PAGE_TYPES:
                by_type.setdefault(page_type, []).append(page_id)
        found = {}
        for page_type, ids in by_type.items():
            for item in page_listing(language, page_type, self.public_base_url, ids=ids):
                found[item["id"]] = item
        return found


class HttpSource:
    """A CMS reached over HTTP at `base_url` (e.g. https://cms.internal:8000)."""

    def __init__(self, base_url: str, timeout: float = 30):
        import requests

        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"

    def get(self, path: str, params: dict | None = None) -> tuple[int, dict]:
        response = self.session.get(self.base_url + path, params=params or {}, timeout=self.timeout)
        try:
            return response.status_code, response.json()
        except ValueError as exc:
            raise SourceError(f"{path} answered {response.status_code} without JSON") from exc


class ContentReader:
    """The contract's resources, read through a source: pages per language and reference data."""

    def __init__(self, source):
        self.source = source

    def _ok(self, path: str, params: dict) -> dict:
        status, data = self.source.get(path, params)
        if status != 200:
            raise SourceError(f"{path}?{params} answered {status}: {data}")
        return data

    def _paginated(self, path: str, params: dict) -> Iterator[dict]:
        offset = 0
        while True:
            data = self._ok(path, {**params, "limit": PAGE_SIZE, "offset": offset})
            items = data.get("items", [])
            yield from items
            offset += len(items)
            if not items or offset >= data["meta"]["total_count"]:
                return

    def pages(self, language: str) -> list[dict]:
        """Every live page available in `language`, with all its fields, in tree order per type."""
        pages = []
        listing = getattr(self.source, "listing", None)
        for page_type in PAGE_TYPES:
            if listing is not None:
                pages.extend(listing(language, page_type))
            else:
                pages.extend(self._paginated(f"/{language}/api/v2/pages/", {"type": page_type, "fields": "*"}))
        return pages

    def pages_in(self, languages: list[str]) -> dict[str, list[dict]]:
        """`pages` of each language; in one pass over the content where the source can."""
        all_listings = getattr(self.source, "all_listings", None)
        if all_listings is not None:
            return all_listings(languages, PAGE_TYPES)
        listings = getattr(self.source, "listings", None)
        if listings is None:
            return {language: self.pages(language) for language in languages}
        found: dict[str, list[dict]] = {language: [] for language in languages}
        for page_type in PAGE_TYPES:
            for language, items in listings(languages, page_type).items():
                found[language].extend(items)
        return found

    def page(self, language: str, page_id: int) -> dict | None:
        """One page in `language`, or None when it is not live or not translated into it."""
        status, data = self.source.get(f"/{language}/api/v2/pages/{page_id}/", {"fields": "*"})
        if status == 404:
            return None
        if status != 200:
            raise SourceError(f"page {page_id} in {language} answered {status}: {data}")
        return data

    def pages_by_id(self, language: str, page_ids: list[int]) -> dict[int, dict]:
        """These pages in `language` as the listings show them (without the detail's `meta.parent`),
        those not live or not translated into it left out: at once where the source can, else one by one."""
        listing_of = getattr(self.source, "listing_of", None)
        if listing_of is not None:
            return listing_of(language, list(page_ids))
        found = {}
        for page_id in page_ids:
            page = self.page(language, page_id)
            if page is not None:
                page["meta"].pop("parent", None)
                found[page_id] = page
        return found

    def reference(self, language: str, kind: str) -> list[dict]:
        return list(self._paginated(f"/{language}/api/v2/{kind}/", {"fields": "*"}))
