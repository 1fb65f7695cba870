"""Serving the built site from Django: the embedded default, when no nginx stands in front.

`StaticSiteMiddleware` answers GET and HEAD requests for files of the live build before the URL
resolver runs, so the dynamic paths (admin, API, search, e-cabinet) only have to stay out of the
build's way, not out of a URL pattern's. Fingerprinted assets are cached for a year, pages for a
minute, so that a publish shows quickly. In production nginx does the same from the same folder
(deploy/nginx.conf).
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseNotModified, HttpResponsePermanentRedirect
from django.http.response import HttpResponseBase
from django.utils.http import http_date
from django.views.static import was_modified_since

DYNAMIC_PATHS = re.compile(
    r"^/(admin|api|cabinet|documents|dev-idp|sign-on|static|media|accounts|health)(/|$)|^/[a-z]{2}/(api|search|cabinet)(/|$)"
)
HASHED_ASSET = re.compile(r"^/assets/.+\.[0-9a-f]{10}\.\w+$")
CONTENT_TYPES = {".webmanifest": "application/manifest+json", ".js": "text/javascript", ".xml": "application/xml"}


def cache_control(path: str) -> str:
    if HASHED_ASSET.match(path):
        return "public, max-age=31536000, immutable"
    if path == "/sw.js":
        return "no-cache"
    return "public, max-age=60"


def find_file(path: str) -> Path | str | None:
    """The build's file for a URL path; a str is where to redirect (a folder asked without its slash)."""
    root = Path(settings.DIST_DIR)
    if not root.exists() or "\x00" in path:
        return None
    segments = [segment for segment in path.split("/") if segment]
    if any(segment.startswith(".") for segment in segments):
        return None  # hidden files, the build's own data, and any '..'
    candidate = root.joinpath(*segments)
    if path.endswith("/") or not segments:
        candidate = candidate / "index.html"
    elif candidate.is_dir():
        return path + "/" if (candidate / "index.html").is_file() else None
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_file() or not resolved.is_relative_to(root.resolve()):
        return None
    return resolved


def file_response(request, file: Path, url_path: str, status: int = 200) -> HttpResponseBase:
    stat = file.stat()
    if status == 200 and not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), int(stat.st_mtime)):
        response: HttpResponseBase = HttpResponseNotModified()
    else:
        content_type = (
            CONTENT_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        )
        if content_type.startswith("text/") or content_type in (
            "application/json",
            "application/xml",
            "application/manifest+json",
        ):
            content_type += "; charset=utf-8"
        response = FileResponse(file.open("rb"), content_type=content_type, status=status)
        response["Content-Length"] = str(stat.st_size)
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = cache_control(url_path) if status == 200 else "no-cache"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def not_found_page(request, language: str | None = None) -> HttpResponseBase | None:
    """The build's "not found" page in `language` (by default, the language of the address)."""
    language = language or request.path.strip("/").split("/")[0]
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    page = Path(settings.DIST_DIR) / language / "404.html"
    return file_response(request, page, request.path, status=404) if page.is_file() else None


def serve(request, path: str | None = None) -> HttpResponseBase | None:
    found = find_file(request.path)
    if isinstance(found, str):
        return HttpResponsePermanentRedirect(found)
    if found is None:
        return None
    return file_response(request, found, request.path)


def page_view(request, path: str = "") -> HttpResponseBase:
    """The URL pattern Wagtail reverses page URLs with (`wagtail_serve`): the built page, or 404."""
    response = serve(request)
    if response is not None:
        return response
    response = not_found_page(request)
    if response is None:
        raise Http404("This page is not in the static build.")
    return response


class StaticSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not DYNAMIC_PATHS.match(request.path):
            response = serve(request)
            if response is not None:
                return response
        return self.get_response(request)
