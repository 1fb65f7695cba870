"""Rich text from the contract, made safe to publish.

The API gives rich text in Wagtail's database format: internal links are `<a linktype="page"
id="42">` and documents `<a linktype="document" id="7">`. Page links are resolved here to the
page's path in the language being rendered (through the site's own data, so a link to a page that
is not translated keeps its text and loses its link). Then everything is cleaned with an allow
list: whatever an editor, an import or an attacker put in a field, no script, event handler,
style or foreign element reaches a visitor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

import nh3
from markupsafe import Markup

from cms.core.anchors import heading_anchor

ALLOWED_TAGS = {"h2", "h3", "h4", "p", "br", "b", "strong", "i", "em", "ol", "ul", "li", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(r'([\w-]+)\s*=\s*"([^"]*)"')

_HEADING = re.compile(r"<h([234])>(.*?)</h\1>", re.IGNORECASE | re.DOTALL)

PageResolver = Callable[[int], str | None]


def _resolve_anchor(match: re.Match, page_path: PageResolver) -> str:
    attributes = dict(_ATTRIBUTE.findall(match.group(1)))
    text = match.group(2)
    link_type = attributes.get("linktype")
    if link_type == "page":
        path = page_path(int(attributes["id"])) if attributes.get("id", "").isdigit() else None
        return f'<a href="{escape(path)}">{text}</a>' if path else text
    if link_type == "document":
        document_id = attributes.get("id", "")
        return f'<a href="/documents/{escape(document_id)}/">{text}</a>' if document_id.isdigit() else text
    return match.group(0)


def clean_html(html: str | None, page_path: PageResolver = lambda _pk: None) -> Markup:
    """Publishable HTML: internal links resolved, then reduced to the allowed tags and attributes."""
    if not html:
        return Markup("")
    resolved = _ANCHOR.sub(lambda match: _resolve_anchor(match, page_path), html)
    cleaned = nh3.clean(
        resolved,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "template", "iframe", "object", "svg", "math"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return Markup(_HEADING.sub(_heading_with_id, cleaned))


def _heading_with_id(match: re.Match) -> str:
    """A heading with the id a link to its section uses (cms/core/anchors.py)."""
    level, inner = match.group(1), match.group(2)
    anchor = heading_anchor(plain_text(inner))
    return f'<h{level} id="{escape(anchor)}">{inner}</h{level}>' if anchor else match.group(0)


def plain_text(html: str | None) -> str:
    """The text of a rich text value, for descriptions and structured data."""
    if not html:
        return ""
    text = nh3.clean(html, tags=set(), clean_content_tags={"script", "style"})
    # nh3 leaves entities encoded; decode the few it produces so JSON-LD and meta tags read well.
    from html import unescape

    return " ".join(unescape(text).split())
