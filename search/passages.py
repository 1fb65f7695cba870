"""The assistant's passages: each published page cut along its own structure, one language at a time.

A passage is a piece of a page a reader can be pointed to: a section of text under its heading (or
one paragraph or list item of a long section), an FAQ answer, a step, a block of key facts, a rate
table's row with its legal basis, a benefit, an opportunity. Each keeps the page's words as the
page shows them, the headings above it, and the anchor the static site gives that place
(`cms.core.anchors`), so that an answer can quote it and link to it.

Passages follow the same rule as the search documents (`documents.is_searchable` and the
availability of each language) and are rebuilt by the indexer with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from cms.core import anchors
from cms.core.languages import language_codes, localized
from cms.guide import availability, paths
from cms.guide import models as guide

from .analysis import analyzer, load_data
from .documents import html_to_text, is_searchable

# A section of rich text longer than this is cut into its paragraphs and list items: an answer
# quotes the part that answers, not a whole page of text.
SECTION_MAX_CHARS = 600
SECTION_SEPARATOR = " › "

_HEADING = re.compile(r"<h([234])[^>]*>(.*?)</h\1>", re.IGNORECASE | re.DOTALL)
_UNIT = re.compile(r"<(p|li)[^>]*>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


@cache
def _percent_word(language: str) -> str | None:
    return (load_data("assistant.yml")["languages"].get(language) or {}).get("percent")


def percent_in_words(text: str, language: str) -> str:
    """The text with "%" also written as the language's word for it, which questions use ("neçə
    faizdir?", "what percentage", "сколько процентов"): a rate of "18%" then answers them."""
    word = _percent_word(language)
    return text.replace("%", f"% {word} ") if word and "%" in text else text


@dataclass
class PassageData:
    page_id: int
    language: str
    title: str
    section: list[str]
    anchor: str
    url: str
    text: str
    kind: str
    last_reviewed: date | None
    date_source: str
    facts: list[dict] = field(default_factory=list)


def _plain(html: str) -> str:
    return html_to_text(html) if "<" in (html or "") else " ".join((html or "").split())


def _units(html: str) -> list[str]:
    """The paragraphs and list items of a piece of rich text, as plain text, in order."""
    units = [_plain(match.group(2)) for match in _UNIT.finditer(html)]
    units = [unit for unit in units if unit]
    if not units:
        rest = _plain(html)
        return [rest] if rest else []
    return units


def rich_text_sections(
    html: str, heading: list[str], anchor: str, lead: list[str] | None = None
) -> Iterator[tuple[list[str], str, str]]:
    """(heading path, anchor, text) for each section of rich text, a long one cut into its units.

    Text before the first heading belongs to `lead` (by default `heading`) and `anchor` (the
    field's or block's own); an h2 starts a section below `heading`, an h3 or h4 a subsection of
    the h2 above it.
    """
    pieces = _HEADING.split(html or "")
    # pieces: [before, level, heading, after, level, heading, after, ...]
    sections: list[tuple[list[str], str, str]] = [(list(heading if lead is None else lead), anchor, pieces[0])]
    path = list(heading)
    for i in range(1, len(pieces), 3):
        level, title, body = int(pieces[i]), _plain(pieces[i + 1]), pieces[i + 2]
        if level == 2:
            path = [*heading, title]
        else:
            path = [*path[: len(heading) + 1], title] if len(path) > len(heading) else [*heading, title]
        sections.append((list(path), anchors.heading_anchor(title) or anchor, body))
    for path, section_anchor, body in sections:
        units = _units(body)
        if not units:
            continue
        whole = " ".join(units)
        if len(whole) <= SECTION_MAX_CHARS:
            yield path, section_anchor, whole
        else:
            for unit in units:
                yield path, section_anchor, unit


def _rate_text(rate: dict) -> str:
    parts = [f"{rate.get('name', '')}: {rate.get('display_value', '')}".strip(": ")]
    for key in ("note", "applies_to"):
        if rate.get(key):
            parts.append(str(rate[key]))
    acts = [act.get("citation") or act.get("title") or "" for act in rate.get("legal_basis") or []]
    if any(acts):
        parts.append(gettext("Legal basis") + ": " + "; ".join(a for a in acts if a))
    return ". ".join(part.rstrip(".") for part in parts if part) + "."


def rate_fact(rate: dict) -> dict:
    """A rate as a structured fact: its figures and the acts it rests on."""
    return {
        "kind": "rate",
        "key": rate.get("key", ""),
        "name": rate.get("name", ""),
        "value": rate.get("display_value", ""),
        "applies_to": rate.get("applies_to", ""),
        "note": rate.get("note", ""),
        "legal_basis": [act.get("citation") or act.get("title") or "" for act in rate.get("legal_basis") or []],
    }


class _PageCutter:
    """Cuts one page in one language into passages, in the order the page shows them."""

    def __init__(self, page: Page, language: str):
        self.page = page
        self.language = language
        self.title = getattr(page, localized("title", language)) or ""
        self.path = paths.page_path(page, language)
        reviewed = getattr(page, "last_reviewed", None)
        if reviewed:
            self.last_reviewed, self.date_source = reviewed, "reviewed"
        else:
            published = page.last_published_at
            self.last_reviewed, self.date_source = (published.date() if published else None), "published"
        self.passages: list[PassageData] = []
        self.current_heading: list[str] = []

    def add(self, section: list[str], anchor: str, text: str, kind: str, facts: list[dict] | None = None) -> None:
        text = " ".join(text.split())
        if not text:
            return
        self.passages.append(
            PassageData(
                page_id=self.page.pk,
                language=self.language,
                title=self.title,
                section=[part for part in section if part],
                anchor=anchor,
                url=self.path + (f"#{anchor}" if anchor else ""),
                text=text,
                kind=kind,
                last_reviewed=self.last_reviewed,
                date_source=self.date_source,
                facts=facts or [],
            )
        )

    def value(self, name: str):
        value = getattr(self.page, localized(name, self.language), None)
        return value if availability.is_filled(value) else None

    def rich(self, name: str, heading: list[str], anchor: str, kind: str = "text") -> None:
        value = self.value(name)
        if value is None:
            return
        html = value.source if hasattr(value, "source") else str(value)
        for section, section_anchor, text in rich_text_sections(html, heading, anchor):
            self.add(section, section_anchor, text, kind)

    def stream(self, name: str) -> list[dict]:
        value = self.value(name)
        if value is None:
            return []
        block = self.page._meta.get_field(name).stream_block
        return block.get_api_representation(value)

    # Page parts ------------------------------------------------------------------------------

    def summary(self) -> None:
        summary = self.value("summary")
        if summary:
            self.add([], "summary", str(summary), "summary")

    def guide_stream(self, name: str) -> None:
        for block in self.stream(name):
            kind, value, block_id = block.get("type"), block.get("value") or {}, block.get("id")
            anchor = anchors.block_anchor(block_id)
            if kind == "text":
                for section, section_anchor, text in rich_text_sections(str(value), [], anchor, self.current_heading):
                    self.add(section, section_anchor, text, "text")
                    self.current_heading = section
                continue
            heading = [value["heading"]] if isinstance(value, dict) and value.get("heading") else []
            if kind == "faq":
                for n, item in enumerate(value.get("items") or [], 1):
                    self.add(
                        [*heading, item.get("question", "")],
                        anchors.block_anchor(block_id, n),
                        _plain(item.get("answer", "")),
                        "faq",
                    )
            elif kind == "steps":
                for n, step in enumerate(value.get("steps") or [], 1):
                    text = ". ".join(p.rstrip(".") for p in (step.get("title", ""), step.get("text", "")) if p) + "."
                    self.add([*heading, step.get("title", "")], anchors.block_anchor(block_id, n), text, "step")
            elif kind == "key_facts":
                facts = value.get("facts") or []
                text = ". ".join(f"{f.get('label', '')}: {f.get('value', '')}" for f in facts) + "."
                self.add(heading or self.current_heading, anchor, text, "facts")
            elif kind == "rate_table":
                for rate in value.get("rates") or []:
                    if rate:
                        self.add(
                            [*heading, rate.get("name", "")],
                            anchors.rate_anchor(rate.get("key", "")) or anchor,
                            _rate_text(rate),
                            "rate",
                            [rate_fact(rate)],
                        )
            elif kind == "callout":
                self.add(self.current_heading, anchor, _plain(value.get("text", "")), "callout")
            if heading:
                self.current_heading = heading

    def items(self, name: str, section: str, anchor: str, kind: str, parts: tuple[str, ...]) -> None:
        for n, block in enumerate(self.stream(name), 1):
            value = block.get("value") or {}
            if not isinstance(value, dict):
                continue
            title = str(value.get(parts[0]) or "")
            text = ". ".join(str(value[p]).rstrip(".") for p in parts if value.get(p)) + "."
            self.add([section, title], anchors.item_anchor(anchor, n), text, kind)

    def cut(self) -> list[PassageData]:
        page = self.page
        with translation.override(self.language):
            if isinstance(page, (guide.TopicPage, guide.GuideIndexPage, guide.IndexPage)):
                self.rich("intro", [], "intro")
            self.summary()
            if isinstance(page, guide.GuidePage):
                self.guide_stream("body")
            elif isinstance(page, guide.ServicePage):
                facts = [
                    f"{gettext('Provided by')}: {page.get_responsible_body_display()}",
                    f"{gettext('Fee')}: {self.value('fee') or ''}",
                    f"{gettext('Time')}: {self.value('duration') or ''}",
                ]
                self.add([], "facts", ". ".join(facts) + ".", "facts")
                self.rich("description", [gettext("What it is")], "what-it-is")
                self.rich("who_may_use", [gettext("Who may use it")], "who-may-use")
                self.items("steps", gettext("How to use the service"), "how-to-use", "step", ("title", "text"))
            elif isinstance(page, guide.IncentivePage):
                issuing = self.value("issuing_body")
                if issuing:
                    self.add(
                        [gettext("Who is eligible")], "eligibility", f"{gettext('Issuing body')}: {issuing}.", "facts"
                    )
                self.items("benefits", gettext("Benefits"), "benefits", "benefit", ("title", "description"))
                self.rich("how_to_apply", [gettext("How to apply")], "how-to-apply")
                self.guide_stream("body")
            elif isinstance(page, guide.PrioritySectorPage):
                self.rich("overview", [], "overview")
                self.items("key_figures", gettext("Key figures"), "key-figures", "facts", ("label", "value"))
                self.items("opportunities", gettext("Opportunities"), "opportunities", "text", ("title", "text"))
            elif isinstance(page, guide.ProjectPage):
                self.rich("description", [], "description")
            elif isinstance(page, guide.ProcedurePage):
                self.procedure()
        return self.passages

    def procedure(self) -> None:
        """A procedure: what it achieves, who needs it, then each step with its body, cost, time,
        result and documents, each step a passage of its own (its anchor is the step's)."""
        self.rich("purpose", [gettext("What it achieves")], "purpose")
        self.rich("audience", [gettext("Who needs it")], "audience")
        for number, block in enumerate(self.stream("steps"), 1):
            step = block.get("value") or {}
            institution = (step.get("institution") or {}).get("name", "")
            if step.get("unconfirmed"):
                cost = gettext("Not confirmed")
            elif step.get("cost_free"):
                cost = gettext("Free of charge")
            else:
                cost = step.get("cost_display") or step.get("cost_note") or gettext("Not confirmed")
            days = gettext("Not confirmed")
            if step.get("days_max") is not None:
                days = (
                    f"{step['days_min']}–{step['days_max']}"
                    if step["days_min"] != step["days_max"]
                    else str(step["days_max"])
                )
            parts = [
                step.get("title", ""),
                f"{gettext('Where')}: {institution}" if institution else "",
                f"{gettext('Cost')}: {cost}",
                f"{gettext('Time')}: {days}",
                f"{gettext('What you get')}: {step.get('result', '')}",
                gettext("What to bring") + ": " + "; ".join(d.get("name", "") for d in step.get("documents") or [])
                if step.get("documents")
                else "",
            ]
            fee = step.get("fee")
            self.add(
                [gettext("Step by step"), step.get("title", "")],
                f"step-{number}",
                ". ".join(part.rstrip(".") for part in parts if part) + ".",
                "step",
                [rate_fact(fee)] if fee else None,
            )


def passages_for_page(page: Page) -> list[PassageData]:
    """The page's passages in every language it is available in (none if it is not searchable)."""
    page = page.specific
    if not is_searchable(page):
        return []
    result: list[PassageData] = []
    for language in language_codes():
        if availability.is_available(page, language):
            result.extend(_PageCutter(page, language).cut())
    return result


def _rows(passages: Iterable[PassageData]):
    from .models import Passage

    for position, data in enumerate(passages):
        analysis = analyzer(data.language)
        section = SECTION_SEPARATOR.join(data.section)
        yield Passage(
            page_id=data.page_id,
            language=data.language,
            position=position,
            kind=data.kind,
            title=data.title[:255],
            section=section[:500],
            anchor=data.anchor[:120],
            url=data.url[:600],
            text=data.text,
            last_reviewed=data.last_reviewed,
            date_source=data.date_source,
            facts=data.facts,
            text_terms=" ".join(analysis.terms(percent_in_words(data.text, data.language))),
            context_terms=" ".join(analysis.terms(f"{data.title} {section}")),
        )


def rebuild_pages(page_ids: Iterable[int]) -> int:
    """Replaces the passages of these pages (their available languages in, the others out)."""
    from .models import Passage

    page_ids = list(page_ids)
    pages = Page.objects.filter(pk__in=page_ids).specific()
    rows = [row for page in pages for row in _rows(passages_for_page(page))]
    with transaction.atomic():
        Passage.objects.filter(page_id__in=page_ids).delete()
        Passage.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def delete_pages(page_ids: Iterable[int]) -> None:
    from .models import Passage

    Passage.objects.filter(page_id__in=list(page_ids)).delete()


def rebuild_all(pages: Iterable[Page]) -> int:
    """Replaces every passage with those of `pages` (the searchable ones), in one transaction."""
    from .models import Passage

    rows = [row for page in pages for row in _rows(passages_for_page(page))]
    with transaction.atomic():
        Passage.objects.all().delete()
        Passage.objects.bulk_create(rows, batch_size=500)
    return len(rows)
