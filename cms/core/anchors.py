"""Anchors inside a page: the ids the static site gives its sections, and that links point to.

The assistant's passages (search/passages.py) link to places on a page; the static site gives
those places their ids: rich text headings through `heading_anchor` (frontend/richtext.py), the
block and section templates by the same patterns ("b-<block id>", "b-<block id>-<n>" for an FAQ
answer or a step, "rate-<key>"; fixed ids such as "summary", "facts", "what-it-is", "benefits-2"
for what a page template writes itself). tests/search/test_assistant_anchors.py checks that every
passage's anchor is an id on its built page. A heading's anchor comes from its words, so it stays
while the heading does; a block's from the StreamField block's id, which survives edits.
"""

from __future__ import annotations

from django.utils.text import slugify


def heading_anchor(text: str) -> str:
    """The id of a heading in rich text: "h-" and its words ("Who pays" -> "h-who-pays")."""
    slug = slugify(" ".join(str(text).split()), allow_unicode=True)[:60].strip("-")
    return f"h-{slug}" if slug else ""


def block_anchor(block_id: str | None, item: int | None = None) -> str:
    """The id of a StreamField block, or of its `item`-th entry (from 1): an FAQ answer, a step."""
    if not block_id:
        return ""
    return f"b-{block_id}" if item is None else f"b-{block_id}-{item}"


def rate_anchor(key: str) -> str:
    """The id of a rate table's row, by the rate's stable key."""
    return f"rate-{key}" if key else ""


def item_anchor(section: str, item: int) -> str:
    """The id of the `item`-th entry (from 1) of a section a template writes: a step, a benefit."""
    return f"{section}-{item}"
