"""Benchmark of the public site: page weight, build speed, publish-to-served time.

    .venv/bin/python bench/frontend/bench_site.py [--pages 1000] [--publishes 15]

Runs on a throw-away SQLite database and dist folder in a temporary directory. Prints:
- the gzip weight of one page of each type with its stylesheet and script (budget: 50 KB), and
  whether it asks anything from another origin (it must not);
- the full build of the demo content;
- the full build with N synthetic guide articles in three languages, in pages per second;
- the median time from publishing a change to the changed page being served over HTTP;
- on the large site, the same for an edit of one tax rate (the one most pages cite), with the
  number of files the update rendered and rewrote (its report, `.build/last-update.json`).

    .venv/bin/python bench/frontend/bench_site.py --pages 1000 --rate-edits 5 --rate-edit-only

`--rate-edit-only` skips the demo build, page weights, publishes and the read/render split.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="invest-az-bench-"))
os.environ.update(
    DJANGO_SETTINGS_MODULE="cms.settings.dev",
    DATABASE_URL=f"sqlite:///{WORK / 'db.sqlite3'}",
    VAR_DIR=str(WORK / "var"),
    DIST_DIR=str(WORK / "dist"),
    LOG_LEVEL="WARNING",
    # Background work at once, in this process (the development settings queue it for a worker):
    # the publish and rate-edit timings include the update, and Wagtail's reference index is written.
    TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import translation  # noqa: E402

from frontend import build  # noqa: E402
from frontend.render import page_file  # noqa: E402

BUDGET = 50 * 1024
# What a browser fetches by itself: scripts, images, frames, stylesheets, icons, the manifest.
EXTERNAL = re.compile(
    r'<(?:script|img|iframe)[^>]+src="(?:https?:)?//|<link[^>]+rel="(?:stylesheet|icon|apple-touch-icon|manifest|preload)"[^>]+href="(?:https?:)?//',
    re.IGNORECASE,
)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9))


def page_weights(dist: Path) -> None:
    import json

    root = dist.resolve()
    data = json.loads((root / ".build/content.json").read_text())
    one_per_type = {}
    for versions in data["pages"].values():
        page = versions.get("en")
        if page:
            one_per_type.setdefault(page["meta"]["type"], page["meta"]["translations"]["en"]["path"])
    print("\nPage weight (gzip, HTML + CSS + JS), one English page per type:")
    for page_type, path in sorted(one_per_type.items()):
        html = (root / page_file(path)).read_bytes()
        assets = re.findall(rb'(?:href|src)="(/assets/[^"]+\.(?:css|js))"', html)
        total = gz(html) + sum(gz((root / asset.decode().lstrip("/")).read_bytes()) for asset in assets)
        third_party = bool(EXTERNAL.search(html.decode()))
        verdict = (
            "ok" if total <= BUDGET and not third_party else "OVER BUDGET" if total > BUDGET else "THIRD-PARTY REQUEST"
        )
        print(f"  {page_type:26} {total / 1024:6.1f} KB  (html {gz(html) / 1024:5.1f} KB)  {verdict}")


def timed_build(dist: Path, label: str, profile: str | None = None) -> float:
    timings: dict[str, float] = {}
    load = os.getloadavg()[0]
    started = time.perf_counter()
    if profile:  # the building process only: the forked renderers are not in it
        import cProfile

        with cProfile.Profile() as profiler:
            folder = build.full_build(dist, timings=timings)
        profiler.dump_stats(profile)
    else:
        folder = build.full_build(dist, timings=timings)
    elapsed = time.perf_counter() - started
    files = sum(1 for _ in folder.rglob("index.html"))
    steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items())
    print(
        f"\n{label}: {elapsed:.1f} s for {files} HTML pages ({files / elapsed:.0f} pages/s; {steps}; "
        f"load average {load:.1f} → {os.getloadavg()[0]:.1f})"
    )
    return elapsed


def render_only(label: str) -> None:
    """Reading the API and rendering, timed apart: the builder's own speed is the second."""
    from frontend.render import Renderer
    from frontend.site import SiteContent

    started = time.perf_counter()
    content = SiteContent.read(build.default_reader(), build.languages())
    read = time.perf_counter() - started
    renderer = Renderer(content)
    started = time.perf_counter()
    files = sum(len(build.page_files(renderer, page_id)) for page_id in content.pages)
    rendered = time.perf_counter() - started
    print(
        f"  {label}: reading the API {read:.1f} s; rendering {files} pages {rendered:.1f} s ({files / rendered:.0f} pages/s)"
    )


def add_synthetic_articles(count: int) -> None:
    from cms.guide.models import GuidePage, TopicPage

    topic = TopicPage.objects.first()
    body = [
        {
            "type": "text",
            "value": "<p>Synthetic article body with <b>bold</b> text and a list.</p><ul><li>one</li><li>two</li></ul>",
        },
        {
            "type": "key_facts",
            "value": {
                "heading": "",
                "facts": [{"label": "Rate", "value": "18%"}, {"label": "Time", "value": "5 days"}],
            },
        },
        {"type": "faq", "value": {"heading": "", "items": [{"question": "Why?", "answer": "<p>Because.</p>"}]}},
    ]
    with transaction.atomic(), translation.override("az"):
        for number in range(count):
            page = GuidePage(
                title_az=f"Sınaq məqaləsi {number}",
                title_en=f"Synthetic article {number}",
                title_ru=f"Тестовая статья {number}",
                slug_az=f"sinaq-{number}",
                slug_en=f"synthetic-{number}",
                slug_ru=f"test-{number}",
                summary_az="Qısa izah.",
                summary_en="A short summary.",
                summary_ru="Краткое описание.",
                body_az=body,
                body_en=body,
                body_ru=body,
            )
            topic.add_child(instance=page)
            topic.refresh_from_db()


def publish_to_served(dist: Path, publishes: int) -> None:
    from cms.guide.models import GuidePage

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(dist))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = GuidePage.objects.live().order_by("pk").first()
    url = f"http://127.0.0.1:{server.server_address[1]}{page.translations['en']['path']}"
    timings = []
    for attempt in range(publishes):
        title = f"Corporate profit tax (revision {attempt})"
        page.title_en = title
        started = time.perf_counter()
        page.save_revision().publish()  # autocommit: the change task runs at once (immediate backend)
        while title.encode() not in urllib.request.urlopen(url).read():
            time.sleep(0.005)
        timings.append(time.perf_counter() - started)
    server.shutdown()
    print(
        f"\nPublish to served ({publishes} publishes of a guide article): median {statistics.median(timings):.3f} s, "
        f"min {min(timings):.3f} s, max {max(timings):.3f} s"
    )


def rate_edit_to_served(dist: Path, edits: int) -> None:
    """Edits the note of the tax rate most pages cite and waits for a citing page to show it."""
    import json

    from wagtail.models import Page, ReferenceIndex

    from cms.guide.snippets import TaxRate

    def citing(rate):
        return {
            int(ref.object_id)
            for ref in ReferenceIndex.get_references_to(rate)
            if issubclass(ref.base_content_type.model_class(), Page)
        }

    rate = max(TaxRate.objects.all(), key=lambda item: (len(citing(item)), -item.pk))
    page = Page.objects.live().filter(pk__in=citing(rate)).order_by("pk").first().specific

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(dist)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{page.translations['en']['path']}"
    timings, rendered, rewritten, updating = [], [], [], []
    for attempt in range(edits):
        note = f"Reviewed, revision {attempt}"
        rate.note_en = note
        started = time.perf_counter()
        rate.save()  # autocommit: the change task runs at once (immediate backend)
        while note.encode() not in urllib.request.urlopen(url).read():
            time.sleep(0.005)
        timings.append(time.perf_counter() - started)
        report = json.loads((dist / build.LAST_UPDATE_FILE).read_text(encoding="utf-8"))
        rendered.append(len(report["files"]))
        rewritten.append(len(report["replaced"]))
        updating.append(report["seconds"])
    server.shutdown()
    pages = sum(1 for _ in dist.resolve().rglob("index.html"))
    print(
        f"\nRate edit to served ({edits} edits of '{rate.key}', cited by {len(citing(rate))} pages, on a site of {pages} "
        f"HTML pages): median {statistics.median(timings):.3f} s, min {min(timings):.3f} s, max {max(timings):.3f} s; "
        f"files rendered {statistics.median(rendered):.0f}, rewritten {statistics.median(rewritten):.0f}, "
        f"the static update itself {statistics.median(updating):.3f} s (medians)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="synthetic guide articles for the large build")
    parser.add_argument("--publishes", type=int, default=15)
    parser.add_argument("--rate-edits", type=int, default=5, help="edits of one tax rate on the large site")
    parser.add_argument("--rate-edit-only", action="store_true", help="only the large build and the rate edits")
    parser.add_argument("--profile", metavar="FILE", help="cProfile the rate edits into FILE (pstats)")
    parser.add_argument(
        "--profile-build", metavar="FILE", help="cProfile the large site's full build into FILE (pstats)"
    )
    args = parser.parse_args()
    dist = Path(os.environ["DIST_DIR"])
    print(f"Working in {WORK}")
    call_command("migrate", "--noinput", verbosity=0)
    started = time.perf_counter()
    call_command("load_demo_content", verbosity=0)
    print(f"Demo content loaded in {time.perf_counter() - started:.1f} s")

    if not args.rate_edit_only:
        timed_build(dist, "Full build of the demo content")
        page_weights(dist)
        publish_to_served(dist, args.publishes)

    add_synthetic_articles(args.pages)
    timed_build(dist, f"Full build with {args.pages} synthetic articles × 3 languages", args.profile_build)
    if not args.rate_edit_only:
        render_only("of which")
    if args.rate_edits:
        if args.profile:
            import cProfile

            with cProfile.Profile() as profile:
                rate_edit_to_served(dist, args.rate_edits)
            profile.dump_stats(args.profile)
        else:
            rate_edit_to_served(dist, args.rate_edits)


if __name__ == "__main__":
    main()
