"""The Jinja2 environment shared by the static builder and the dynamic pages (search, e-cabinet).

Django's Jinja2 backend uses `environment()` for views; the static builder calls it directly, so
both render the same templates with the same filters and translations. What `base.html` needs
beyond `language` — the menu, asset addresses, the language names — comes from globals that work
without the builder: the menu is read from the `navigation.json` the last build wrote.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache, lru_cache
from pathlib import Path

from django.conf import settings
from django.utils import translation
from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from cms.core.deployment import is_staging

# Dates and numbers are formatted in one place for the whole portal; the names stay importable here.
from cms.core.formatting import format_date, format_number  # noqa: F401

ASSETS_DIR = Path(__file__).resolve().parent / "assets"
# Assets served under a name that carries their content hash, so they can be cached for ever.
HASHED_ASSETS = ("site.css", "site.js", "icon.svg", "icon-192.png", "icon-512.png")
NAVIGATION_FILE = "navigation.json"

OG_LOCALES = {"az": "az_AZ", "en": "en_GB", "ru": "ru_RU"}


@cache
def _asset_digest(name: str) -> str:
    return hashlib.sha256((ASSETS_DIR / name).read_bytes()).hexdigest()[:10]


def hashed_asset_name(name: str) -> str:
    stem, _dot, extension = name.rpartition(".")
    return f"{stem}.{_asset_digest(name)}.{extension}"


def asset_url(name: str) -> str:
    """The public address of an asset: `/assets/site.3f2a9c01b7.css` (what a new build writes)."""
    return f"/assets/{hashed_asset_name(name)}"


def live_asset_url(name: str) -> str:
    """The address of an asset as the live build serves it, for pages rendered on request.

    The dynamic pages (search, e-cabinet, enquiry) link to the stylesheet and script of the build
    that is live, not to a hash of the sources this process started with: after a deploy or an
    edit of the sources, those names exist only once the site is built again, and a page linking
    to them would be unstyled. Without a build, the sources' names are all there is.
    """
    try:
        build = Path(settings.DIST_DIR).resolve(strict=True)
    except OSError:
        return asset_url(name)
    return f"/assets/{_build_assets(str(build)).get(name) or hashed_asset_name(name)}"


@lru_cache(maxsize=16)
def _build_assets(build: str) -> dict[str, str]:
    """{"site.css": "site.3f2a9c01b7.css", …} of one build folder (a full build is a new folder)."""
    found = {}
    for name in HASHED_ASSETS:
        stem, _, extension = name.rpartition(".")
        pattern = re.compile(rf"^{re.escape(stem)}\.[0-9a-f]{{10}}\.{re.escape(extension)}$")
        candidates = [
            path for path in (Path(build) / "assets").glob(f"{stem}.*.{extension}") if pattern.match(path.name)
        ]
        if candidates:
            found[name] = max(candidates, key=lambda path: path.stat().st_mtime_ns).name
    return found


def dist_dir() -> Path:
    """The live site: a link to the current build, swapped whole by frontend/build.py."""
    return Path(settings.DIST_DIR)


_navigation_cache: dict[str, tuple[float, dict]] = {}


def site_navigation(language: str) -> list[dict]:
    """The site's sections in `language` ({title, path}), as the last build published them."""
    path = dist_dir() / NAVIGATION_FILE
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return []
    cached = _navigation_cache.get(str(path))
    if cached is None or cached[0] != stamp:
        try:
            cached = (stamp, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return []
        _navigation_cache[str(path)] = cached
    return cached[1].get(language, [])


def language_options(language: str, alternates: dict[str, str] | None = None) -> list[dict]:
    """Every language of the portal with where the switcher leads: `alternates`, or its home page."""
    options = []
    for code, name in settings.LANGUAGES:
        path = (alternates or {}).get(code) or f"/{code}/"
        options.append({"code": code, "name": name, "path": path, "current": code == language})
    return options


def json_script(value) -> Markup:
    """JSON safe to put inside a <script> element (JSON-LD)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def environment(**options) -> Environment:
    options.setdefault("autoescape", select_autoescape(["html", "xml"]))
    env = Environment(extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the i18n extension
        gettext=translation.gettext,
        ngettext=translation.ngettext,
        pgettext=translation.pgettext,
        npgettext=translation.npgettext,
        newstyle=True,
    )
    env.globals.update(
        asset_url=live_asset_url,  # the static builder uses the sources' names (frontend/render.py)
        site_navigation=site_navigation,
        language_options=language_options,
        og_locales=OG_LOCALES,
        site_name_key="Invest in Azerbaijan",
        staging=is_staging,  # a staging site's pages, built or rendered on request, say so
    )
    env.filters.update(date=format_date, number=format_number, json_script=json_script)
    return env
