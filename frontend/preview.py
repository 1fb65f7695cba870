"""Editors' preview: a draft rendered by the public site's own templates.

The draft is serialised by the API's own page serializer (the same fields, the same JSON a
published page has) and rendered with the live build's tree around it for the menu and the
breadcrumbs. Nothing here reads the ORM: the page object comes from Wagtail's preview machinery.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from .build import STATE_FILE, dist_dir, languages, live_build
from .render import Renderer
from .site import SiteContent


def api_representation(page, language: str) -> dict:
    """The draft as `/{language}/api/v2/pages/{id}/?fields=*` would show it once published."""
    from cms.api.router import api_router
    from cms.api.views import TranslatedPagesAPIViewSet

    class DraftPagesAPIViewSet(TranslatedPagesAPIViewSet):
        keeps_answers = False  # a draft: never served to the public from the cache

        def get_object(self):
            return page

    request = RequestFactory().get(f"/{language}/api/v2/pages/{page.pk or 0}/", {"fields": "*"})
    request.wagtailapi_router = api_router
    view = DraftPagesAPIViewSet.as_view({"get": "detail_view"})
    with translation.override(language):
        response = view(request, pk=page.pk or 0)
        response.render()
    return json.loads(response.content)


def live_content() -> SiteContent:
    build = live_build(Path(dist_dir()))
    if build is not None and (build / STATE_FILE).exists():
        return SiteContent.from_file(build / STATE_FILE)
    return SiteContent(languages(), {}, {})


def render_preview(page, language: str) -> HttpResponse:
    data = api_representation(page, language)
    data["meta"].setdefault("translations", {})
    content = live_content()
    renderer = Renderer(content)
    html = renderer.render_page(page.pk or 0, language, page=data)
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
