"""Editors' preview: a draft rendered by the public site's own templates.

The draft is serialised by the content contract (`cms.api.contract.draft_detail`: the same
fields, the same JSON a published page has) and rendered with the live build's tree around it for
the menu and the breadcrumbs. Nothing here reads the ORM: the page object comes from Wagtail's preview machinery.
"""

from __future__ import annotations

from pathlib import Path

from django.http import HttpResponse

from .build import STATE_FILE, dist_dir, languages, live_build
from .render import Renderer
from .site import SiteContent


def live_content() -> SiteContent:
    build = live_build(Path(dist_dir()))
    if build is not None and (build / STATE_FILE).exists():
        return SiteContent.from_file(build / STATE_FILE)
    return SiteContent(languages(), {}, {})


def render_preview(page, language: str) -> HttpResponse:
    from cms.api.contract import draft_detail

    data = draft_detail(page, language)
    data["meta"].setdefault("translations", {})
    content = live_content()
    renderer = Renderer(content)
    html = renderer.render_page(page.pk or 0, language, page=data)
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
