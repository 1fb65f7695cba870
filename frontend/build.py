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
import re
import secrets
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from cms.core.deployment import is_staging

from . import opendata, seo
from .jinja import ASSETS_DIR, HASHED_ASSETS, NAVIGATION_FILE, asset_url, dist_dir, hashed_asset_name
from .render import OFFLINE_PAGE, OPEN_DATA_PAGE, Renderer, not_translated_path, page_file
from .site import SiteContent
from .source import ContentReader, InProcessSource, build_processes

logger = logging.getLogger(__name__)

STATE_FILE = ".build/content.json"
# What the last update rendered and why ({"files": {file: reason}, "replaced": [...], …}).
LAST_UPDATE_FILE = ".build/last-update.json"
KEEP_BUILDS = 3
# The fingerprint of the code that made the build (`code_fingerprint`).
CODE_FILE = ".build/code"
# What shapes the site's files besides the content: the frontend's own code, templates and assets,
# and the content contract with the fields the guide sends through it. A build made by other code
# (before a deployment) is not updated piece by piece: the next update builds everything.
CODE_SOURCES = ("frontend", "cms/api", "cms/guide/api_fields.py", "cms/guide/blocks.py", "cms/guide/models.py")
_fingerprint: str | None = None


# Where things are ---------------------------------------------------------------------------------


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
        path = content.path(page_id, language)
        if path is not None:
            files[page_file(path)] = renderer.render_page(page_id, language).encode()
        else:
            files[page_file(not_translated_path(page_id, language))] = renderer.render_not_translated(
                page_id, language
            ).encode()
    return files


def asset_files() -> dict[str, bytes]:
    return {f"assets/{hashed_asset_name(name)}": (ASSETS_DIR / name).read_bytes() for name in HASHED_ASSETS}


def manifest(language: str) -> bytes:
    with translation.override(language):
        data = {
            "name": _("Invest in Azerbaijan"),
            "short_name": _("Invest AZ"),
            "description": _(
                "The Investor's Guide of the Ministry of Economy of the Republic of Azerbaijan and AZPROMO."
            ),
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
        NAVIGATION_FILE: json.dumps(
            {language: renderer.navigation(language) for language in content.languages}, ensure_ascii=False
        ).encode(),
        "sitemap.xml": seo.sitemap_index(content, base_url).encode(),
        "robots.txt": seo.robots_txt(base_url, content.languages, indexable=not is_staging()).encode(),
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

# The state of the last build this process wrote or read, with the identity of its file: an update
# in the same process (the task worker, a bench) starts from it instead of parsing the JSON of the
# whole site again. Any other writer (another process) replaces the file, so its inode, time or size
# differs and the file is read. Updates never change a `SiteContent` they started from in place.
_state_cache: tuple[tuple, SiteContent] | None = None


def _state_key(build: Path) -> tuple | None:
    try:
        stat = (build / STATE_FILE).stat()
    except FileNotFoundError:
        return None
    return (str(build.resolve()), stat.st_ino, stat.st_mtime_ns, stat.st_size)


def _remember_state(build: Path, content: SiteContent) -> None:
    global _state_cache
    key = _state_key(build)
    _state_cache = (key, content) if key is not None else None


def _load_state(build: Path) -> SiteContent:
    key = _state_key(build)
    if _state_cache is not None and key is not None and _state_cache[0] == key:
        return _state_cache[1]
    content = SiteContent.from_file(build / STATE_FILE)
    _remember_state(build, content)
    return content


def code_fingerprint() -> str:
    """A digest of the files `CODE_SOURCES` names, computed once per process."""
    global _fingerprint
    if _fingerprint is None:
        import hashlib

        root = Path(__file__).resolve().parents[1]
        digest = hashlib.sha256()
        for source in CODE_SOURCES:
            path = root / source
            files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path] * path.exists()
            for file in files:
                if "__pycache__" in file.parts or file.suffix in {".pyc", ".mo"}:
                    continue
                digest.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes() + b"\0")
        _fingerprint = digest.hexdigest()
    return _fingerprint


def built_by_this_code(build: Path) -> bool:
    marker = build / CODE_FILE
    return marker.exists() and marker.read_text().strip() == code_fingerprint()


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
    builds = sorted(
        (path for path in builds_root(dist).iterdir() if path.is_dir()), key=lambda path: path.stat().st_mtime
    )
    for old in builds[:-KEEP_BUILDS]:
        if old != live:
            shutil.rmtree(old, ignore_errors=True)


def _write_all(build: Path, files: dict[str, bytes]) -> None:
    for relative, data in files.items():
        target = build / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


_pool_renderer: Renderer | None = None


def render_processes(pages: int) -> int:
    """How many processes render a full build: one per core (BUILD_PROCESSES overrides), one for a small site."""
    return build_processes(pages)


def _render_chunk(build: str, page_ids: list[int]) -> int:
    assert _pool_renderer is not None
    for page_id in page_ids:
        _write_all(Path(build), page_files(_pool_renderer, page_id))
    return len(page_ids)


def _render_pages(build: Path, renderer: Renderer, page_ids: list[int], done) -> None:
    """Renders and writes every page's files; in forked processes when the machine and site are
    large enough. The children inherit the content and the templates (fork, copy on write) and
    write their own files: only page ids and counts cross between processes."""
    import multiprocessing

    from django.db import connections

    processes = render_processes(len(page_ids))
    # Forking needs the connections closed first (a child must not share the parent's), which
    # would end a transaction the caller has open: inside one, the pages render here.
    in_transaction = any(connection.in_atomic_block for connection in connections.all(initialized_only=True))
    if processes == 1 or in_transaction or "fork" not in multiprocessing.get_all_start_methods():
        for page_id in page_ids:
            _write_all(build, page_files(renderer, page_id))
            done()
        return
    global _pool_renderer
    connections.close_all()  # a child must not share (and, ending, close) the parent's connection
    _pool_renderer = renderer
    chunks = [page_ids[start : start + 50] for start in range(0, len(page_ids), 50)]
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            for count in pool.starmap(_render_chunk, [(str(build), chunk) for chunk in chunks]):
                done(count)
    finally:
        _pool_renderer = None


def full_build(
    dist: Path | None = None, reader: ContentReader | None = None, progress: bool = False, timings: dict | None = None
) -> Path:
    """Builds the whole site into a new folder and swaps it in; returns the new build's folder.

    `timings`, when given, receives the seconds of each step (reading, rendering the pages, the
    site's shared files, the state, the rest)."""
    from tqdm import tqdm

    timings = {} if timings is None else timings
    clock = [time.perf_counter()]

    def lap(step: str) -> None:
        now = time.perf_counter()
        timings[step] = timings.get(step, 0.0) + now - clock[0]
        clock[0] = now

    dist = Path(dist or dist_dir())
    reader = reader or default_reader()
    with build_lock(dist):
        build = _new_build_dir(dist)
        try:
            with tqdm(total=len(languages()), desc="Reading content", unit="language", disable=not progress) as bar:
                content = SiteContent.read(reader, languages(), progress=lambda _language: bar.update())
            lap("read")
            renderer = Renderer(content)
            _write_all(build, asset_files())
            with tqdm(total=len(content.pages), desc="Rendering pages", unit="page", disable=not progress) as bar:
                _render_pages(build, renderer, list(content.pages), bar.update)
            lap("pages")
            _write_all(build, site_files(renderer))
            lap("site files")
            _write_all(build, {STATE_FILE: content.to_json().encode(), CODE_FILE: code_fingerprint().encode()})
            lap("state")
            _swap_in(dist, build)
            _remember_state(build, content)
        except BaseException:
            shutil.rmtree(build, ignore_errors=True)
            raise
        _prune_builds(dist)
    lap("other")
    return build


# Incremental updates ------------------------------------------------------------------------------
#
# A publish re-renders what shows something that changed, and says why (`UpdatePlan.reasons`):
#
# - the page, in each language whose version changed (and its "not translated" notices, where it
#   is missing, when any version changed);
# - its parent's listing, in a language where the page as a listing shows it changed: anything
#   but the fields only the page itself shows (`PAGE_ONLY_FIELDS`), so a body edit lists nothing;
# - pages that link to it, where the link (title, summary, path) changed; pages whose rich text
#   links to it, where its path changed; its descendants' breadcrumbs, where its title or path did;
# - the home page, where its top tasks changed; every page of a language, the menu and the pages
#   outside the tree, where that language's menu changed;
# - sitemaps and open data, only when what they list changed.
#
# Reference data (tax rates, legal acts, sectors, regions): an edit names the items that changed
# and the pages that cite them (`references`, `page_ids`). Those pages, and any other whose stored
# JSON shows an item, are read again; from there the rules above apply: a rate table re-renders
# the page alone, a renamed sector also the listings and filters that show the project, and the
# open data sets that list the item. Without `references` (unknown what changed) all is re-rendered.

# What each kind of reference data is called in a reason, and the kinds whose records embed it
# (a tax rate shows its legal basis: an act's edit changes the rates' records too).
REFERENCE_LABELS = {
    "tax-rates": "tax rate",
    "legal-acts": "legal act",
    "sectors": "sector",
    "regions": "region",
    "institutions": "public body",
}
REFERENCE_EMBEDDED_IN = {"legal-acts": ("tax-rates",)}

# Fields of the content contract shown on a page's own page only, never in a listing of it.
PAGE_ONLY_FIELDS = frozenset(
    {
        "body",
        "overview",
        "description",
        "who_may_use",
        "how_to_apply",
        "benefits",
        "steps",
        "totals",
        "purpose",
        "audience",
        "service_pages",
        "procedures",
        "key_figures",
        "opportunities",
        "partners",
        "legal_basis",
        "related_pages",
        "incentives",
        "projects",
        "images",
    }
)


class UpdatePlan:
    """What an update renders, each unit with the reason it is rendered (the first reason given)."""

    def __init__(self):
        self.pages: dict[tuple[int, str], str] = {}  # (page id, language) -> reason
        self.site: dict[tuple[str, str], str] = {}  # (kind, language) -> reason
        self.reasons: dict[str, str] = {}  # file -> reason, once rendered

    def page(self, page_id: int, language: str, reason: str) -> None:
        self.pages.setdefault((page_id, language), reason)

    def site_part(self, kind: str, language: str, reason: str) -> None:
        self.site.setdefault((kind, language), reason)


def _fetch(reader: ContentReader, page_ids: Iterable[int], langs: Iterable[str]) -> dict[int, dict[str, dict]]:
    """The pages' versions in the shape a full build reads them (the API's listing shape), read
    per language and type at once; a page with no version is gone from the site.

    The detail endpoint adds `meta.parent`, which the listings lack and the site derives from the
    paths; kept, it would make every version look changed after its first publish.
    """
    page_ids = sorted(page_ids)
    versions: dict[int, dict[str, dict]] = {page_id: {} for page_id in page_ids}
    if not page_ids:
        return versions
    for language in langs:
        for page_id, page in reader.pages_by_id(language, page_ids).items():
            versions[page_id][language] = page
    return versions


def _paths(content: SiteContent, page_id: int) -> dict[str, str | None]:
    return {language: content.path(page_id, language) for language in content.available_languages(page_id)}


def _files_of(content: SiteContent, page_id: int) -> set[str]:
    if page_id not in content.pages:
        return set()
    return {
        page_file(
            path if (path := content.path(page_id, language)) is not None else not_translated_path(page_id, language)
        )
        for language in content.languages
    }


def _listed(page: dict | None, language: str) -> dict | None:
    """A page as listings, filters and open data in `language` may show it: not its other
    languages' titles, nor the fields only its own page shows."""
    if page is None:
        return None
    meta = {**page["meta"], "translations": {language: page["meta"]["translations"][language]}}
    return {**{name: value for name, value in page.items() if name not in PAGE_ONLY_FIELDS}, "meta": meta}


def _named(page: dict | None, language: str) -> tuple | None:
    """What breadcrumbs show of a page: its title and path."""
    return None if page is None else (page["title"], page["meta"]["translations"][language]["path"])


_ANCHOR = re.compile(r"<a\b[^>]*>")
_PAGE_ID = re.compile(r'\bid=\\?"(\d+)\\?"')


def _page_links(content: SiteContent, language: str) -> dict[int, set[int]]:
    """For each page, the pages whose rich text links to it in `language` (`<a linktype="page" id="42">`)."""
    linked: dict[int, set[int]] = {}
    for page_id in content.pages:
        page = content.version(page_id, language)
        if page is None:
            continue
        for anchor in _ANCHOR.findall(json.dumps(page, ensure_ascii=False)):
            target = _PAGE_ID.search(anchor)
            if 'linktype=\\"page\\"' in anchor and target:
                linked.setdefault(int(target.group(1)), set()).add(page_id)
    return linked


def plan_update(
    before: SiteContent,
    content: SiteContent,
    touched: set[int],
    reference_changed: bool,
    cause: dict[int, str] | None = None,
) -> UpdatePlan:
    """Decides what to render after the pages in `touched` were read again into `content`.

    `cause` says, for a page re-read because of something it shows, why its own page changes.
    """
    cause = cause or {}
    plan = UpdatePlan()
    langs = content.languages
    if reference_changed:
        for page_id in content.pages:
            for language in langs:
                plan.page(page_id, language, "reference data changed")
        for language in langs:
            for kind in ("menu", "sitemap", "open data"):
                plan.site_part(kind, language, "reference data changed")
        return plan

    def title(page_id: int, language: str) -> str:
        version = content.version(page_id, language) or before.version(page_id, language)
        return version["title"] if version else str(page_id)

    old_renderer, new_renderer = Renderer(before), Renderer(content)
    listed_changed: dict[str, set[int]] = {language: set() for language in langs}
    named_changed: dict[str, set[int]] = {language: set() for language in langs}
    for page_id in sorted(touched):
        versions_changed = False
        for language in langs:
            old, new = before.version(page_id, language), content.version(page_id, language)
            if old == new:
                continue
            versions_changed = True
            plan.page(page_id, language, f"{cause.get(page_id, 'the page changed')} ({language})")
            if _listed(old, language) != _listed(new, language):
                listed_changed[language].add(page_id)
            if _named(old, language) != _named(new, language):
                named_changed[language].add(page_id)
        if versions_changed:
            for language in langs:
                if content.version(page_id, language) is None and page_id in content.pages:
                    plan.page(page_id, language, f"the page changed: its notice 'not translated' ({language})")

    for language in langs:
        links_before = links_after = None
        for page_id in sorted(listed_changed[language]):
            name = title(page_id, language)
            for tree in (before, content):
                if page_id in tree.pages and (parent := tree.parent(page_id)) is not None:
                    plan.page(parent, language, f"lists '{name}'")
            for holder in content.linking_pages(page_id) | before.linking_pages(page_id):
                if before.version(holder, language) != content.version(holder, language):
                    plan.page(holder, language, f"links to '{name}'")
            plan.site_part("open data", language, f"may list '{name}'")
            for other in langs:  # a sitemap names each page's addresses in every language
                plan.site_part("sitemap", other, f"may list '{name}'")
        for page_id in sorted(named_changed[language]):
            name = title(page_id, language)
            for tree in (before, content):
                if page_id in tree.pages:
                    for descendant in tree.descendants(page_id):
                        plan.page(descendant, language, f"breadcrumbs name '{name}'")
            if before.path(page_id, language) != content.path(page_id, language):
                if links_before is None or links_after is None:
                    links_before, links_after = _page_links(before, language), _page_links(content, language)
                for holder in links_before.get(page_id, set()) | links_after.get(page_id, set()):
                    plan.page(holder, language, f"its text links to '{name}'")
        if (
            old_renderer.top_tasks(language) != new_renderer.top_tasks(language)
            and (home := content.home_id()) is not None
        ):
            plan.page(home, language, "its top tasks changed")
        if old_renderer.navigation(language) != new_renderer.navigation(language):
            plan.site_part("menu", language, "the menu changed")
            for page_id in content.pages:
                plan.page(page_id, language, "the menu changed")
    return plan


def _render_plan(plan: UpdatePlan, renderer: Renderer, before: SiteContent) -> dict[str, bytes]:
    content = renderer.content
    written: dict[str, bytes] = {}
    for (page_id, language), reason in sorted(plan.pages.items()):
        if page_id not in content.pages:
            continue
        path = content.path(page_id, language)
        if path is not None:
            relative = page_file(path)
            data = renderer.render_page(page_id, language).encode()
        else:
            relative = page_file(not_translated_path(page_id, language))
            data = renderer.render_not_translated(page_id, language).encode()
        written[relative] = data
        plan.reasons[relative] = reason
    if not plan.site:
        return written
    # Parts of the site as a whole: rendered only where what they show changed.
    everything = site_files(renderer) if any(kind == "menu" for kind, _language in plan.site) else None
    for (kind, language), reason in sorted(plan.site.items(), key=lambda item: (item[0][0], item[0][1] or "")):
        if kind == "sitemap":
            if seo.sitemap(before, language) != (sitemap := seo.sitemap(content, language)):
                written[seo.sitemap_name(language)] = sitemap.encode()
                plan.reasons[seo.sitemap_name(language)] = reason
        elif kind == "open data":
            old_files, _old_sets = opendata.open_data_files(before, language)
            new_files, datasets = opendata.open_data_files(content, language)
            changed = {name: data for name, data in new_files.items() if old_files.get(name) != data}
            if changed or set(old_files) != set(new_files):
                written.update(changed)
                plan.reasons.update({name: reason for name in changed})
            if datasets != _old_sets:  # the page lists the data sets and their sizes, nothing else
                with translation.override(language):
                    relative = f"{language}/{OPEN_DATA_PAGE}/index.html"
                    written[relative] = renderer.render_special(
                        "pages/open_data.html", OPEN_DATA_PAGE, language, _("Open data"), False, datasets=datasets
                    ).encode()
                    plan.reasons[relative] = reason
        elif kind == "menu":
            assert everything is not None
            for relative, data in everything.items():
                if relative == NAVIGATION_FILE or relative.startswith(f"{language}/"):
                    written[relative] = data
                    plan.reasons.setdefault(relative, reason)
    return written


_told_no_build: set[str] = set()


def _no_build_yet(dist: Path) -> None:
    """Says once per process that there is nothing to update: loading content before the first
    build publishes every page, and one line per page would bury the output."""
    if str(dist) not in _told_no_build:
        _told_no_build.add(str(dist))
        logger.info("No static build in %s yet: changes are not rendered until `manage.py build_frontend` runs.", dist)


def _reference_name(content: SiteContent, kind: str, item_id: int) -> str:
    for language in content.languages:
        for item in content.reference_items(language, kind):
            if item.get("id") == item_id:
                return item.get("key") or str(item_id)
    return str(item_id)


def update(
    page_ids: Iterable[int],
    old_paths: dict[str, list[str]] | None = None,
    reference_changed: bool = False,
    dist: Path | None = None,
    reader: ContentReader | None = None,
    plan_out: list | None = None,
    references: dict[str, list[int]] | None = None,
) -> set[str]:
    """Re-renders what shows the given pages, in the live build. Returns the files written or removed.

    `references` names reference data that changed ({"tax-rates": [5]}): what shows it is
    re-rendered too. `reference_changed` without it: reference data changed, unknown which.

    Only files whose bytes change are replaced. `plan_out`, when given, receives the `UpdatePlan`
    (each rendered file with its reason); the same is kept in the build as `LAST_UPDATE_FILE`. Does nothing before the first full build: there is no
    live site to keep up to date.
    """
    dist = Path(dist or dist_dir())
    reader = reader or default_reader()
    current = live_build(dist)
    if current is None:
        _no_build_yet(dist)
        return set()
    if not built_by_this_code(current):
        # The live site was made by other code (a deployment since): pieces rendered now would
        # not match the rest, and its saved content may lack what the templates now read.
        logger.info("The static build in %s was made by other code: building the whole site.", dist)
        whole = full_build(dist, reader)
        return {str(path.relative_to(whole)) for path in whole.rglob("*") if path.is_file()}
    with build_lock(dist):
        started = time.monotonic()
        build = live_build(dist)
        if build is None or not (build / STATE_FILE).exists():
            _no_build_yet(dist)
            return set()
        before = _load_state(build)
        content = before.copy()
        langs = content.languages

        changed = {int(pk) for pk in page_ids}
        cause: dict[int, str] = {}
        wanted = {(kind, int(pk)) for kind, ids in (references or {}).items() for pk in ids}
        reference_changed = reference_changed and not wanted
        if reference_changed:
            content.reference = {
                language: {kind: reader.reference(language, kind) for kind in before.reference.get(language, {})}
                for language in langs
            }
        elif wanted:
            kinds = {kind for kind, _pk in wanted}
            stale_kinds = kinds | {other for kind in kinds for other in REFERENCE_EMBEDDED_IN.get(kind, ())}
            content.reference = {
                language: {
                    kind: reader.reference(language, kind) if kind in stale_kinds else items
                    for kind, items in before.reference.get(language, {}).items()
                }
                for language in langs
            }
            # The pages that cite the items (the CMS's reference index) and those the live build
            # shows them on (a citation published since, or one the index has not recorded yet).
            # Asked of `content`, whose pages are still those of `before` here: what it finds of
            # each page is kept with it for the next update (which starts from it).
            shown = content.pages_showing(wanted)
            names = {
                item: f"{REFERENCE_LABELS.get(item[0], item[0])} '{_reference_name(content, *item)}'" for item in wanted
            }
            for page_id in changed | set(shown):
                items = sorted(shown.get(page_id) or wanted)
                cause[page_id] = "shows the changed " + ", ".join(names[item] for item in items)
            changed |= set(shown)
        for page_id, versions in _fetch(reader, changed, langs).items():
            content.set_page(page_id, versions)
        to_fetch = set()
        for page_id in changed:
            moved = (
                page_id in before.pages
                and page_id in content.pages
                and _paths(before, page_id) != _paths(content, page_id)
            )
            if moved:
                # A new slug or place: every descendant's path changed with it.
                to_fetch |= set(before.descendants(page_id))
            if page_id not in before.pages and content.page_type(page_id) in (
                "guide.IncentivePage",
                "guide.ProjectPage",
            ):
                # A page that was not live may now be listed by a sector page: ask the API.
                to_fetch |= set(before.page_ids_of_type("guide.PrioritySectorPage"))
            # A service lists the procedures that name it: those a procedure named before and after.
            to_fetch |= services_named(before, page_id) | services_named(content, page_id)
        for page_id, versions in _fetch(reader, to_fetch - changed, langs).items():
            content.set_page(page_id, versions)
        # Links to a changed page held by other pages follow from its fresh JSON (a moved page's
        # descendants moved with it: links to them change too).
        linking = set()
        for page_id in changed | to_fetch:
            linking |= content.refresh_links(page_id)
        touched = changed | to_fetch | linking

        plan = plan_update(before, content, touched, reference_changed, cause)
        if wanted:
            for language in langs:
                plan.site_part("open data", language, "lists the changed " + ", ".join(sorted(names.values())))
        renderer = Renderer(content)
        written = _render_plan(plan, renderer, before)
        if plan_out is not None:
            plan_out.append(plan)

        stale = set()
        for page_id in touched:
            stale |= _files_of(before, page_id)
        for paths in (old_paths or {}).values():
            stale |= {page_file(path) for path in paths}
        stale -= set(written)
        for page_id in touched:
            stale -= _files_of(content, page_id)  # most often the page's own files, still its own
        if stale:
            # Another page may now own a freed file (a page moved into the path another left).
            stale -= set().union(*(_files_of(content, page_id) for page_id in content.pages))
        removed = stale
        for relative in removed:
            plan.reasons.setdefault(relative, "no longer on the site")

        replaced = []
        for relative, data in written.items():
            if not (build / relative).exists() or (build / relative).read_bytes() != data:
                write_atomic(build / relative, data)
                replaced.append(relative)
        for relative in removed:
            _remove(build, relative)
        write_atomic(build / STATE_FILE, content.to_json().encode())
        _remember_state(build, content)
        report = {
            "pages": sorted(changed),
            "files": {name: plan.reasons[name] for name in sorted(plan.reasons)},
            "replaced": sorted(replaced),
            "removed": sorted(removed),
            "seconds": round(time.monotonic() - started, 3),
        }
        write_atomic(build / LAST_UPDATE_FILE, json.dumps(report, ensure_ascii=False, indent=1).encode())
        return set(written) | removed


def services_named(content: SiteContent, page_id: int) -> set[int]:
    """The services a procedure names, in any language (the pages whose "procedures" list it)."""
    return {link["id"] for page in content.pages.get(page_id, {}).values() for link in page.get("service_pages") or []}


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
