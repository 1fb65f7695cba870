"""Search documents: one per page and language, built from the pages through the availability rule.

A page is indexed in a language only when `cms.guide.availability` says it is available there, so
an empty translation never reaches the index. The text is what a reader sees: rich text without
markup, StreamField blocks through their API representation (the content contract), never ids,
addresses or codes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from django.utils import translation
from django.utils.translation import pgettext_lazy
from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

from cms.core.languages import language_codes, localized
from cms.guide import availability, paths
from cms.guide import models as guide

# The page types people search for, by the short key the API and the facets use.
PAGE_TYPES: dict[type[Page], str] = {
    guide.GuidePage: "article",
    guide.TopicPage: "topic",
    guide.IncentivePage: "incentive",
    guide.ServicePage: "service",
    guide.ProcedurePage: "procedure",
    guide.PrioritySectorPage: "sector",
    guide.ProjectPage: "project",
    guide.GuideIndexPage: "section",
    guide.IncentiveIndexPage: "section",
    guide.SectorIndexPage: "section",
    guide.ProjectIndexPage: "section",
    guide.ServiceIndexPage: "section",
}
TYPE_KEYS = tuple(dict.fromkeys(PAGE_TYPES.values()))
TYPE_LABELS = {
    "article": pgettext_lazy("search result type", "Guide article"),
    "topic": pgettext_lazy("search result type", "Topic"),
    "incentive": pgettext_lazy("search result type", "Incentive"),
    "service": pgettext_lazy("search result type", "Service"),
    "procedure": pgettext_lazy("search result type", "Procedure"),
    "sector": pgettext_lazy("search result type", "Priority sector"),
    "project": pgettext_lazy("search result type", "Investment project"),
    "section": pgettext_lazy("search result type", "Section"),
}

# Translated fields that are not reading text.
_NOT_TEXT = {"title", "slug", "url_path", "seo_title", "summary"}
# Keys of block API values that hold addresses, codes or figures for machines, not prose.
_NOT_TEXT_KEYS = {
    "id",
    "type",
    "key",
    "url",
    "source",
    "official_url",
    "unit",
    "value_number",
    "category",
    "effective_from",
    "effective_to",
    "date",
    "file_extension",
    "is_document",
    "tone",
    "tone_label",  # a call-out's "Warning" or "Tip": how the box reads, not what the page is about
    "duration_years",
    "website",
    "phone",
    "online_url",
    "currency",
    "amount",
    "cost_free",
    "days_min",
    "days_max",
}

# Keys whose text restates other keys of the same object for readers: the others are left out, so
# that a rate reads "18%" once (not "18 18%") and a legal act is cited once.
_RESTATED_BY = {"display_value": {"value"}, "citation": {"title", "number"}}

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|ul|ol|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass
class SearchDocument:
    page_id: int
    language: str
    type: str
    title: str
    summary: str
    body: str
    url: str
    topic: str = ""
    sectors: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return f"{self.page_id}-{self.language}"

    def as_dict(self) -> dict:
        return asdict(self)


def html_to_text(value: str) -> str:
    """Plain text of an HTML fragment: tags out, entities decoded, block ends kept as sentence breaks."""
    text = _BLOCK_END.sub(". ", value or "")
    text = html.unescape(_TAG.sub(" ", text))
    text = _SPACE.sub(" ", text).strip()
    return re.sub(r"(\.\s*){2,}", ". ", text).strip(" .") + ("." if text.strip(" .") else "")


def _strings(value) -> Iterator[str]:
    """Every piece of prose in a block's API representation."""
    if value is None or isinstance(value, (bool, int, float)):
        return
    if isinstance(value, str):
        yield html_to_text(value) if "<" in value else value
    elif isinstance(value, dict):
        restated = set().union(*(_RESTATED_BY[key] for key in value if key in _RESTATED_BY and value[key]))
        for key, item in value.items():
            if key not in _NOT_TEXT_KEYS and key not in restated:
                yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def field_text(page: Page, name: str, language: str) -> str:
    value = getattr(page, localized(name, language), None)
    if not availability.is_filled(value):
        return ""
    model_field = page._meta.get_field(name)
    if isinstance(model_field, StreamField):
        with translation.override(language):
            representation = model_field.stream_block.get_api_representation(value)
        return " ".join(s for s in _strings(representation) if s.strip())
    if isinstance(value, RichText):
        value = value.source
    return html_to_text(str(value)) if "<" in str(value) else str(value).strip()


def text_fields(page: Page) -> list[str]:
    try:
        options = translator.get_options_for_model(type(page))
    except NotRegistered:
        return []
    return sorted(name for name in options.all_fields if name not in _NOT_TEXT)


def _topic(page: Page) -> str:
    if isinstance(page, guide.TopicPage):
        return page.topic_key
    if isinstance(page, (guide.GuidePage, guide.ProcedurePage)):
        parent = page.get_parent().specific
        return getattr(parent, "topic_key", "")
    return ""


def _terms(page: Page, name: str) -> list[str]:
    if isinstance(page, (guide.ProjectPage, guide.PrioritySectorPage)) and name == "sectors":
        return [page.sector.key] if page.sector_id else []
    if isinstance(page, guide.ProjectPage) and name == "regions":
        return [page.region.key] if page.region_id else []
    if isinstance(page, guide.IncentivePage):
        return sorted(term.key for term in getattr(page, name).all())
    return []


def is_searchable(page: Page) -> bool:
    return type(page) in PAGE_TYPES and page.live and not page.get_view_restrictions().exists()


def documents_for_page(page: Page) -> list[SearchDocument]:
    """The page's documents, one per language it is available in (none if it is not searchable)."""
    page = page.specific
    if not is_searchable(page):
        return []
    documents = []
    topic, sectors, regions = _topic(page), _terms(page, "sectors"), _terms(page, "regions")
    for language in language_codes():
        if not availability.is_available(page, language):
            continue
        body = " ".join(text for name in text_fields(page) if (text := field_text(page, name, language)))
        documents.append(
            SearchDocument(
                page_id=page.pk,
                language=language,
                type=PAGE_TYPES[type(page)],
                title=getattr(page, localized("title", language)),
                summary=field_text(page, "summary", language) if hasattr(page, "summary") else "",
                body=body,
                url=paths.page_path(page, language),
                topic=topic,
                sectors=sectors,
                regions=regions,
            )
        )
    return documents


def searchable_pages() -> Iterable[Page]:
    return Page.objects.live().filter(depth__gt=2).specific().iterator(chunk_size=200)


def count_searchable_pages() -> int:
    return Page.objects.live().filter(depth__gt=2).count()


def all_documents() -> Iterator[SearchDocument]:
    for page in searchable_pages():
        yield from documents_for_page(page)


def facet_labels(language: str) -> dict[str, dict[str, str]]:
    """Names of the facet values in `language`: page types, topics, sectors and regions."""
    from cms.guide.snippets import Region, Sector

    with translation.override(language):
        types = {key: str(label) for key, label in TYPE_LABELS.items()}
    topics = {
        topic.topic_key: getattr(topic, localized("title", language)) or topic.topic_key
        for topic in guide.TopicPage.objects.all()
    }
    sectors = {term.key: getattr(term, localized("name", language)) or term.key for term in Sector.objects.all()}
    regions = {term.key: getattr(term, localized("name", language)) or term.key for term in Region.objects.all()}
    return {"type": types, "topic": topics, "sector": sectors, "region": regions}
