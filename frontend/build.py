"""Writing the site to disk: full builds swapped in atomically, and incremental updates.

Layout (DIST_DIR = dist):

    dist                     a symlink to the live build, e.g. .dist-builds/20261122-120000-a1b2c3
    .dist-builds/<build>/    one complete site; `.build/content.json` inside is the data it was made from
    .dist-builds/.lock       held while a build or an update writes

A full build renders everything into a new folder and then replaces the `dist` symlink with
`os.replace` (an atomic rename): visitors see the old site or the new one, never a mixture, and a
build that fails half way leaves the live site exactly as it was. A content change re-renders only
what shows the changed pages, each file written beside the live one and renamed over it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from . import opendata, seo
from .jinja import ASSETS_DIR, HASHED_ASSETS, NAVIGATION_FILE, asset_url, hashed_asset_name
from .render import NOT_TRANSLATED_PAGE, OFFLINE_PAGE, OPEN_DATA_PAGE, Renderer, not_translated_path, page_file
from .site import SiteContent
from .source import ContentReader, InProcessSource

logger = logging.getLogger(__name__)

STATE_FILE = ".build/content.json"
KEEP_BUILDS = 3
# Page types whose title or path appears on every page (the menu), so a change re-renders all.
SITE_WIDE_TYPES = {"guide.HomePage", "guide.GuideIndexPage", "guide.IncentiveIndexPage", "guide.SectorIndexPage",
                   "guide.ProjectIndexPage", "guide.ServiceIndexPage"}


# Where things are ---------------------------------------------------------------------------------

def dist_dir() -> Path:
    return Path(settings.DIST_DIR)


def builds_root(dist: Path) -> Path:
    return dist.parent / f".{dist.name}-builds"


def live_build(dist: Path) -> Path | None:
    """The folder the site is served from, or None before the first build."""
    if not dist.exists():
        return None
    return dist.resolve()


@contextlib.contextmanager
def build_lock(dist: Path) -> Iterator[None]:
    root = builds_root(dist)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_atomic(target: Path, data: bytes) -> None:
    """Writes beside the target and renames over it: a reader sees the old file or the new one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def default_reader() -> ContentReader:
    return ContentReader(InProcessSource())


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


# What the site consists of ------------------------------------------------------------------------

def page_files(renderer: Renderer, page_id: int) -> dict[str, bytes]:
    """A page in every language: the page where it is available, a 'not translated' notice elsewhere."""
    files = {}
    content = renderer.content
    for language in content.languages:
        if content.version(page_id, language) is not None:
            files[page_file(content.path(page_id, language))] = renderer.render_page(page_id, language).encode()
        else:
            files[page_file(not_translated_path(page_id, language))] = renderer.render_not_translated(page_id, language).encode()
    return files


def asset_files() -> dict[str, bytes]:
    return {f"assets/{hashed_asset_name(name)}": (ASSETS_DIR / name).read_bytes() for name in HASHED_ASSETS}


def manifest(language: str) -> bytes:
    with translation.override(language):
        data = {
            "name": _("Invest in Azerbaijan"),
            "short_name": _("Invest AZ"),
            "description": _("The Investor's Guide of the Ministry of Economy of the Republic of Azerbaijan and AZPROMO."),
            "lang": language,
            "dir": "ltr",
            "start_url": f"/{language}/",
            "scope": "/",
            "id": f"/{language}/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#00447c",
            "icons": [
                {"src": asset_url("icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": asset_url("icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {"src": asset_url("icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
                {"src": asset_url("icon.svg"), "sizes": "any", "type": "image/svg+xml"},
            ],
        }
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def site_files(renderer: Renderer) -> dict[str, bytes]:
    """Everything that depends on the site as a whole: menus, sitemaps, open data, the app shell."""
    content = renderer.content
    base_url = renderer.base_url
    files: dict[str, bytes] = {
        NAVIGATION_FILE: json.dumps({language: renderer.navigation(language) for language in content.languages},
                                    ensure_ascii=False).encode(),
        "sitemap.xml": seo.sitemap_index(content, base_url).encode(),
        "robots.txt": seo.robots_txt(base_url, content.languages).encode(),
    }
    offline_pages = {language: f"/{language}/{OFFLINE_PAGE}/" for language in content.languages}
    precache = [asset_url(name) for name in HASHED_ASSETS] + list(offline_pages.values())
    version = "-".join(hashed_asset_name(name).split(".")[-2] for name in HASHED_ASSETS)
    files["sw.js"] = renderer.render_text("sw.js", version=version, precache=precache, offline=offline_pages).encode()
    for language in content.languages:
        files[seo.sitemap_name(language)] = seo.sitemap(content, language).encode()
        files[f"{language}/manifest.webmanifest"] = manifest(language)
        data_files, datasets = opendata.open_data_files(content, language)
        files.update(data_files)
        with translation.override(language):
            files[f"{language}/{OPEN_DATA_PAGE}/index.html"] = renderer.render_special(
                "pages/open_data.html", OPEN_DATA_PAGE, language, _("Open data"), False, datasets=datasets
            ).encode()
            files[f"{language}/{OFFLINE_PAGE}/index.html"] = renderer.render_special(
                "pages/offline.html", OFFLINE_PAGE, language, _("You are offline"), True
            ).encode()
            files[f"{language}/404.html"] = renderer.render_special(
                "pages/not_found.html", None, language, _("Page not found"), True
            ).encode()
    return files


# Full builds ------------------------------------------------------------------------------------

def _new_build_dir(dist: Path) -> Path:
    root = builds_root(dist)
    root.mkdir(parents=True, exist_ok=True)
    build = root / f"{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}"
    build.mkdir()
    return build


def _swap_in(dist: Path, build: Path) -> None:
    """Points `dist` at `build` in one rename."""
    if dist.exists() and not dist.is_symlink():
        # A plain folder from before builds were versioned: keep it among the builds.
        dist.rename(builds_root(dist) / f"unversioned-{secrets.token_hex(3)}")
    link = dist.parent / f".{dist.name}.{secrets.token_hex(4)}.link"
    os.symlink(os.path.relpath(build, dist.parent), link)
    os.replace(link, dist)


def _prune_builds(dist: Path) -> None:
    live = live_build(dist)
    builds = sorted((path for path in builds_root(dist).iterdir() if path.is_dir()), key=lambda path: path.stat().st_mtime)
    for old in builds[:-KEEP_BUILDS]:
        if old != live:
            shutil.rmtree(old, ignore_errors=True)


def _write_all(build: Path, files: dict[str, bytes]) -> None:
    for relative, data in files.items():
        target = build / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def full_build(dist: Path | None = None, reader: ContentReader | None = None, progress: bool = False) -> Path:
    """Builds the whole site into a new folder and swaps it in; returns the new build's folder."""
    from tqdm import tqdm

    dist = Path(dist or dist_dir())
    reader = reader or default_reader()
    with build_lock(dist):
        build = _new_build_dir(dist)
        try:
            with tqdm(total=len(languages()), desc="Reading content", unit="language", disable=not progress) as bar:
                content = SiteContent.read(reader, languages(), progress=lambda _language: bar.update())
            renderer = Renderer(content)
            _write_all(build, asset_files())
            with tqdm(total=len(content.pages), desc="Rendering pages", unit="page", disable=not progress) as bar:
                for page_id in content.pages:
                    _write_all(build, page_files(renderer, page_id))
                    bar.update()
            _write_all(build, site_files(renderer))
            _write_all(build, {STATE_FILE: content.to_json().encode()})
            _swap_in(dist, build)
        except BaseException:
            shutil.rmtree(build, ignore_errors=True)
            raise
        _prune_builds(dist)
    return build


# Incremental updates ------------------------------------------------------------------------------

def _fetch(reader: ContentReader, page_id: int, langs: Iterable[str]) -> dict[str, dict]:
    versions = {}
    for language in langs:
        page = reader.page(language, page_id)
        if page is not None:
            versions[language] = page
    return versions


def _paths(content: SiteContent, page_id: int) -> dict[str, str]:
    return {language: content.path(page_id, language) for language in content.available_languages(page_id)}


def _files_of(content: SiteContent, page_id: int) -> set[str]:
    if page_id not in content.pages:
        return set()
    return {
        page_file(content.path(page_id, language)) if content.version(page_id, language) else page_file(not_translated_path(page_id, language))
        for language in content.languages
    }


_told_no_build: set[str] = set()


def _no_build_yet(dist: Path) -> None:
    """Says once per process that there is nothing to update: loading content before the first
    build publishes every page, and one line per page would bury the output."""
    if str(dist) not in _told_no_build:
        _told_no_build.add(str(dist))
        logger.info("No static build in %s yet: changes are not rendered until `manage.py build_frontend` runs.", dist)


def update(page_ids: Iterable[int], old_paths: dict[str, list[str]] | None = None, reference_changed: bool = False,
           dist: Path | None = None, reader: ContentReader | None = None) -> set[str]:
    """Re-renders what shows the given pages, in the live build. Returns the files written or removed.

    Does nothing before the first full build: there is no live site to keep up to date.
    """
    dist = Path(dist or dist_dir())
    reader = reader or default_reader()
    if live_build(dist) is None:
        _no_build_yet(dist)
        return set()
    with build_lock(dist):
        build = live_build(dist)
        if build is None or not (build / STATE_FILE).exists():
            _no_build_yet(dist)
            return set()
        before = SiteContent.from_file(build / STATE_FILE)
        content = before.copy()
        langs = content.languages

        if reference_changed:
            content.reference = {language: {kind: reader.reference(language, kind) for kind in before.reference.get(language, {})}
                                 for language in langs}

        changed = {int(pk) for pk in page_ids}
        for page_id in sorted(changed):
            content.set_page(page_id, _fetch(reader, page_id, langs))
        to_fetch = set()
        for page_id in changed:
            moved = page_id in before.pages and page_id in content.pages and _paths(before, page_id) != _paths(content, page_id)
            if moved:
                # A new slug or place: every descendant's path changed with it.
                to_fetch |= set(before.descendants(page_id))
            if page_id not in before.pages and content.page_type(page_id) in ("guide.IncentivePage", "guide.ProjectPage"):
                # A page that was not live may now be listed by a sector page: ask the API.
                to_fetch |= set(before.page_ids_of_type("guide.PrioritySectorPage"))
        for page_id in sorted(to_fetch - changed):
            content.set_page(page_id, _fetch(reader, page_id, langs))
        # Links to a changed page held by other pages follow from its fresh JSON.
        linking = set()
        for page_id in changed:
            linking |= content.refresh_links(page_id)
        to_fetch |= changed | linking

        # What to render again: the pages themselves, whatever lists or links to them, their
        # parents' listings (before and after a move), and their descendants' breadcrumbs.
        render_ids = set(to_fetch)
        for page_id in changed:
            for tree in (before, content):
                if page_id in tree.pages:
                    render_ids |= set(tree.ancestors(page_id)[-1:])
                    render_ids |= set(tree.descendants(page_id))
        if reference_changed or any(
            tree.page_type(page_id) in SITE_WIDE_TYPES for tree in (before, content) for page_id in changed if page_id in tree.pages
        ):
            render_ids |= set(content.pages)
        render_ids = {page_id for page_id in render_ids if page_id in content.pages}

        renderer = Renderer(content)
        written: dict[str, bytes] = {}
        for page_id in sorted(render_ids):
            written.update(page_files(renderer, page_id))
        written.update(site_files(renderer))

        stale = set()
        for page_id in to_fetch | render_ids:
            stale |= _files_of(before, page_id)
        for paths in (old_paths or {}).values():
            stale |= {page_file(path) for path in paths}
        stale -= set(written)
        if stale:
            # Another page may now own a freed file (a page moved into the path another left).
            stale -= set().union(*(_files_of(content, page_id) for page_id in content.pages))
        removed = stale

        for relative, data in written.items():
            if not (build / relative).exists() or (build / relative).read_bytes() != data:
                write_atomic(build / relative, data)
        for relative in removed:
            _remove(build, relative)
        write_atomic(build / STATE_FILE, content.to_json().encode())
        return set(written) | removed


def _remove(build: Path, relative: str) -> None:
    target = build / relative
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    folder = target.parent
    while folder != build and folder.parent != build:
        try:
            folder.rmdir()  # only when empty: a page that still has children keeps its folder
        except OSError:
            break
        folder = folder.parent
