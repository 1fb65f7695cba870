"""Reading and checking search parameters, shared by the API and the search page.

Anything a visitor can type is accepted as text and searched for as words: quotes, stars, tildes,
brackets and markup have no special meaning. What cannot be searched is refused with a message:
an over-long query, an unknown language, a malformed filter or a page out of range.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext as _

from cms.core.formatting import collation_key
from cms.core.languages import language_codes

from .backends.base import FACETS, SearchQuery

MAX_QUERY_LENGTH = 200
MAX_PAGE = 100
PAGE_SIZE = 10
_FILTER_VALUE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")


@lru_cache(maxsize=4096)
def _label_key(label: str, language: str) -> tuple:
    # The labels are few (page types, topics, sectors, regions) and sorted on every search; a key
    # is letter-by-letter Python work.
    return collation_key(label, language)


@dataclass
class SearchParameters:
    q: str
    lang: str
    filters: dict[str, str] = field(default_factory=dict)
    page: int = 1
    page_size: int = PAGE_SIZE

    def as_query(self) -> SearchQuery:
        return SearchQuery(self.q, self.lang, dict(self.filters), self.page, self.page_size)

    def facet_labels(self) -> dict[str, dict[str, str]]:
        from . import caching
        from .documents import facet_labels

        # Read from every topic page, sector and region: kept until something is published or saved.
        return caching.cached(("facet_labels", self.lang), lambda: facet_labels(self.lang))

    def facet_values(self, counts: dict[str, dict[str, int]]) -> dict[str, list[dict]]:
        """Each facet's values ({value, label, count}) in the alphabetical order of the search language.

        A visitor scans a list of names by their first letters: Azerbaijani lists follow its alphabet
        (Əczaçılıq after Emal, İnformasiya after Ixtisas), never the order of code points or counts.
        """
        labels = self.facet_labels()
        return {
            facet: sorted(
                (
                    {"value": value, "label": labels[facet].get(value, value), "count": count}
                    for value, count in counts.get(facet, {}).items()
                ),
                key=lambda item: _label_key(str(item["label"]), self.lang),
            )
            for facet in FACETS
        }


def clean_text(value) -> str:
    """The query as words: control characters (NUL included) out, runs of spaces made one."""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in str(value or ""))
    return " ".join(text.split())


def _page(value) -> int | None:
    try:
        page = int(str(value).strip() or 1)
    except (TypeError, ValueError):
        return None
    return page if 1 <= page <= MAX_PAGE else None


def parse_parameters(data: dict, *, require_query: bool) -> tuple[SearchParameters, dict[str, str]]:
    """The parameters and, per parameter, what is wrong with it (empty when all is well)."""
    errors: dict[str, str] = {}
    q = clean_text(data.get("q"))
    if len(q) > MAX_QUERY_LENGTH:
        errors["q"] = _("The search is too long: use at most %(count)d characters.") % {"count": MAX_QUERY_LENGTH}
    elif require_query and not q:
        errors["q"] = _("Enter what you are looking for.")
    lang = str(data.get("lang") or "").strip()
    if lang not in language_codes():
        errors["lang"] = _("Unknown language: use one of %(languages)s.") % {"languages": ", ".join(language_codes())}
    filters = {}
    for facet in FACETS:
        value = str(data.get(facet) or "").strip()
        if not value:
            continue
        if _FILTER_VALUE.match(value):
            filters[facet] = value
        else:
            errors[facet] = _("This filter value is not valid.")
    page = _page(data.get("page", 1))
    if page is None:
        errors["page"] = _("The page must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE}
    return SearchParameters(q, lang, filters, page or 1), errors
