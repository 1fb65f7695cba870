"""The whole public site as data: every page in every language, and the reference data.

A `SiteContent` is built from the content contract (see `source.py`) and kept beside each build as
JSON, so a publish can update one page in it and re-render what shows that page without reading
the whole API again. Everything the templates need that is not in a single page's JSON — the tree,
breadcrumbs, listings, navigation, who links to whom — is derived here.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

from .source import PAGE_TYPES, REFERENCE_KINDS, ContentReader

# Fields of the contract that hold links to other pages ({id, path, title, summary}).
LINK_FIELDS = ("related_pages", "incentives", "projects", "service_pages", "procedures")
TYPE_ORDER = {page_type: position for position, page_type in enumerate(PAGE_TYPES)}


class SiteContent:
    def __init__(self, languages: list[str], pages: dict[int, dict[str, dict]], reference: dict[str, dict[str, list]]):
        self.languages = list(languages)
        # pages[id][language] is the page's JSON in that language; a language is absent when the
        # page is not available in it.
        self.pages = pages
        self.reference = reference
        # The reference items each page shows (`references_shown` of its versions), found on first
        # use and kept until the page changes: an edit of a tax rate asks it of every page.
        self._shown: dict[int, frozenset[tuple[str, int]]] = {}
        # Each page's part of `to_json`, kept until the page changes: an update that changes a few
        # pages writes the state of the whole site without encoding every page again.
        self._encoded: dict[int, str] = {}

    # Loading and saving ------------------------------------------------------------------------

    @classmethod
    def read(cls, reader: ContentReader, languages: list[str], progress=None) -> SiteContent:
        pages: dict[int, dict[str, dict]] = {}
        reference: dict[str, dict[str, list]] = {}
        # Every language's pages at once (each page is loaded once for all of them), then put in
        # the order they were always read in: language by language.
        read = reader.pages_in(languages)
        for language in languages:
            for page in read[language]:
                pages.setdefault(page["id"], {})[language] = page
            reference[language] = {kind: reader.reference(language, kind) for kind in REFERENCE_KINDS}
            if progress:
                progress(language)
        return cls(languages, pages, reference)

    def to_json(self) -> str:
        """{"languages": …, "pages": {id: {language: page}}, "reference": …}, compact; the same text
        `json.dumps` gives of the whole, assembled from each page's encoding."""

        def encode(value) -> str:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

        parts = []
        for page_id, versions in self.pages.items():
            encoded = self._encoded.get(page_id)
            if encoded is None:
                encoded = self._encoded[page_id] = encode(versions)
            parts.append(f"{encode(str(page_id))}:{encoded}")
        return (
            f'{{"languages":{encode(self.languages)},"pages":{{{",".join(parts)}}},'
            f'"reference":{encode(self.reference)}}}'
        )

    @classmethod
    def from_file(cls, path: Path) -> SiteContent:
        data = json.loads(path.read_text(encoding="utf-8"))
        pages = {int(page_id): versions for page_id, versions in data["pages"].items()}
        return cls(data["languages"], pages, data["reference"])

    def copy(self) -> SiteContent:
        """A copy whose pages can be replaced without changing this one (the records are shared:
        neither changes a record in place)."""
        duplicate = SiteContent(
            self.languages, {pk: dict(versions) for pk, versions in self.pages.items()}, dict(self.reference)
        )
        duplicate._shown = dict(self._shown)
        duplicate._encoded = dict(self._encoded)
        return duplicate

    # Changing one page ---------------------------------------------------------------------------

    def set_page(self, page_id: int, versions: dict[str, dict]) -> None:
        """Replaces a page's versions; no versions at all means the page is gone from the site."""
        if versions:
            self.pages[page_id] = versions
        else:
            self.pages.pop(page_id, None)
        self._shown.pop(page_id, None)
        self._encoded.pop(page_id, None)
        self.__dict__.pop("_tree", None)
        self.__dict__.pop("_by_type", None)

    def refresh_links(self, page_id: int) -> set[int]:
        """Brings the links other pages hold to `page_id` up to date; returns the pages whose links changed.

        A link is the target's id, type, title, summary and path in the linking page's language
        (what the API's page links show), so it follows from the target's own JSON; a target no
        longer available in that language is dropped, as the API drops it.
        """
        changed = set()
        for pk, versions in self.pages.items():
            for language, page in versions.items():
                for name in LINK_FIELDS:
                    links = page.get(name)
                    if not links or not any(link.get("id") == page_id for link in links):
                        continue
                    target = self.version(page_id, language)
                    fresh = []
                    for link in links:
                        if link.get("id") != page_id:
                            fresh.append(link)
                        elif target is not None:
                            fresh.append(
                                {
                                    **link,
                                    "title": target["title"],
                                    "summary": target.get("summary") or "",
                                    "path": target["meta"]["translations"][language]["path"],
                                }
                            )
                    if fresh != links:
                        # A new record, never a change in place: `before`, the copy this one was
                        # made from, still holds the old one, and an update compares the two.
                        page = versions[language] = {**page, name: fresh}
                        self._shown.pop(pk, None)
                        self._encoded.pop(pk, None)
                        changed.add(pk)
        return changed

    # Derived structure ---------------------------------------------------------------------------

    def version(self, page_id: int, language: str) -> dict | None:
        return self.pages.get(page_id, {}).get(language)

    def available_languages(self, page_id: int) -> list[str]:
        return [language for language in self.languages if language in self.pages.get(page_id, {})]

    def path(self, page_id: int, language: str) -> str | None:
        page = self.version(page_id, language)
        return page["meta"]["translations"][language]["path"] if page else None

    @cached_property
    def _tree(self) -> tuple[dict[int, int | None], dict[int | None, list[int]]]:
        """(parent of each page, children of each page in tree order), read from the paths.

        A page's parent is the page whose path is its own less the last segment, in any language
        both are available in (the default language always has every page).
        """
        by_path = {}
        for page_id, versions in self.pages.items():
            for language, page in versions.items():
                by_path[page["meta"]["translations"][language]["path"]] = page_id
        parent: dict[int, int | None] = {}
        for page_id, versions in self.pages.items():
            parent[page_id] = None
            for language, page in versions.items():
                path = page["meta"]["translations"][language]["path"]
                segments = path.strip("/").split("/")
                if len(segments) > 1:
                    candidate = by_path.get("/" + "/".join(segments[:-1]) + "/")
                    if candidate is not None:
                        parent[page_id] = candidate
                        break
        # The API lists pages per type in tree order; keep that order among siblings.
        order = {page_id: position for position, page_id in enumerate(self.pages)}
        children: dict[int | None, list[int]] = {}
        for page_id in sorted(self.pages, key=lambda pk: (TYPE_ORDER.get(self._type(pk), 99), order[pk])):
            children.setdefault(parent[page_id], []).append(page_id)
        return parent, children

    def _type(self, page_id: int) -> str:
        versions = self.pages[page_id]
        return next(iter(versions.values()))["meta"]["type"]

    def page_type(self, page_id: int) -> str:
        return self._type(page_id)

    def parent(self, page_id: int) -> int | None:
        return self._tree[0].get(page_id)

    def children(self, page_id: int, language: str) -> list[dict]:
        return [self.pages[pk][language] for pk in self._tree[1].get(page_id, []) if language in self.pages[pk]]

    def descendants(self, page_id: int) -> list[int]:
        found, queue = [], list(self._tree[1].get(page_id, []))
        while queue:
            pk = queue.pop(0)
            found.append(pk)
            queue.extend(self._tree[1].get(pk, []))
        return found

    def ancestors(self, page_id: int) -> list[int]:
        """From the home page down to the page's parent."""
        chain: list[int] = []
        current = self.parent(page_id)
        while current is not None:
            chain.insert(0, current)
            current = self.parent(current)
        return chain

    def home_id(self) -> int | None:
        return next((pk for pk in self.pages if self._type(pk) == "guide.HomePage"), None)

    def sections(self, language: str) -> list[dict]:
        """The home page's sections (the site's menu) available in `language`."""
        home = self.home_id()
        return [page for page in self.children(home, language)] if home is not None else []

    def linking_pages(self, page_id: int) -> set[int]:
        """Pages whose content shows a link to `page_id` (related pages, sector incentives and projects)."""
        found = set()
        for pk, versions in self.pages.items():
            for page in versions.values():
                if any(link.get("id") == page_id for name in LINK_FIELDS for link in page.get(name) or []):
                    found.add(pk)
                    break
        return found

    @cached_property
    def _by_type(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for pk in self.pages:
            found.setdefault(self._type(pk), []).append(pk)
        return found

    def page_ids_of_type(self, page_type: str) -> list[int]:
        return list(self._by_type.get(page_type, ()))

    def topic_id(self, topic_key: str) -> int | None:
        """The topic section with this code (TopicPage.topic_key), in whatever language it is found."""
        for pk in self.page_ids_of_type("guide.TopicPage"):
            if any(page.get("topic_key") == topic_key for page in self.pages[pk].values()):
                return pk
        return None

    def reference_items(self, language: str, kind: str) -> list[dict]:
        return self.reference.get(language, {}).get(kind, [])

    # Reference data shown by pages ---------------------------------------------------------------

    def pages_showing(self, wanted: set[tuple[str, int]]) -> dict[int, set[tuple[str, int]]]:
        """The pages whose content shows any of the `wanted` reference items ((kind, id), e.g.
        ("tax-rates", 5)), each with those it shows, in any language."""
        found: dict[int, set[tuple[str, int]]] = {}
        for page_id, versions in self.pages.items():
            shown = self._shown.get(page_id)
            if shown is None:
                shown = self._shown[page_id] = frozenset().union(
                    *(references_shown(page) for page in versions.values())
                )
            if shown & wanted:
                found[page_id] = set(shown & wanted)
        return found


# Where a page of the contract shows reference data: the fields that hold one item or a list of
# them ({id, key, …}). A rate table's rates are tax rates, each with its own legal basis.
REFERENCE_FIELDS = {
    "sector": "sectors",
    "sectors": "sectors",
    "region": "regions",
    "regions": "regions",
    "legal_basis": "legal-acts",
    "rate": "tax-rates",  # the rate a benefit of an incentive spares
    "institution": "institutions",
    "fee": "tax-rates",
}


def references_shown(page: dict) -> set[tuple[str, int]]:
    """Every reference item a page's JSON shows, as (kind, id)."""
    found: set[tuple[str, int]] = set()

    def items(value) -> list:
        return value if isinstance(value, list) else [value]

    def walk(value) -> None:
        if isinstance(value, dict):
            if value.get("type") == "rate_table" and isinstance(value.get("value"), dict):
                found.update(("tax-rates", rate["id"]) for rate in value["value"].get("rates") or [] if rate)
            for name, item in value.items():
                kind = REFERENCE_FIELDS.get(name)
                if kind is not None:
                    found.update((kind, term["id"]) for term in items(item) if isinstance(term, dict) and "id" in term)
                if isinstance(item, (dict, list)):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, (dict, list)):
                    walk(item)

    walk(page)
    return found
