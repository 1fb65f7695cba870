"""The full build of the demo content: every page, every language, links, hreflang, sitemaps."""

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from frontend.render import page_file

from .conftest import APPLICATION_PAGES, DYNAMIC, api_pages

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
# Paths served by the dynamic application, not by the static build (tests/e2e/test_crawl.py asks
# the running portal for them).


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.alternates: dict[str, str] = {}
        self.canonical = None
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.alternates[attrs["hreflang"]] = attrs["href"]
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        for name in ("href", "src", "action"):
            if attrs.get(name):
                self.links.append(attrs[name])


def parse(path: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def local_path(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in ("mailto", "tel", "geo"):
        return None
    if parts.netloc and url.startswith(settings.PUBLIC_BASE_URL):
        return parts.path
    if parts.netloc or parts.scheme:
        return None
    return parts.path


def file_for(root: Path, path: str) -> Path:
    return root / (path.strip("/") + "/index.html" if path.endswith("/") else path.lstrip("/"))


def test_every_live_page_has_a_file_in_each_language_it_is_available_in(built_site, client):
    for language in LANGUAGES:
        pages = api_pages(client, language)
        assert pages, f"the API lists no page in {language}"
        for page in pages:
            path = page["meta"]["translations"][language]["path"]
            html = (built_site / page_file(path)).read_text(encoding="utf-8")
            assert f'<html lang="{language}"' in html
            assert f"<h1>{escape_title(page['title'])}</h1>" in html


def escape_title(title: str) -> str:
    from markupsafe import escape

    return str(escape(title))


def test_every_page_type_is_built(built_site, client):
    types = {page["meta"]["type"] for page in api_pages(client, "en")}
    assert types == {
        "guide.HomePage",
        "guide.GuideIndexPage",
        "guide.TopicPage",
        "guide.GuidePage",
        "guide.IncentiveIndexPage",
        "guide.IncentivePage",
        "guide.SectorIndexPage",
        "guide.PrioritySectorPage",
        "guide.ProjectIndexPage",
        "guide.ProjectPage",
        "guide.ServiceIndexPage",
        "guide.ServicePage",
        "guide.ProcedurePage",
    }


def test_no_internal_link_is_broken(built_site):
    root = built_site.resolve()
    broken = []
    html_files = list(root.rglob("*.html"))
    assert len(html_files) > 100
    for html in html_files:
        text = html.read_text(encoding="utf-8")
        for link in parse(html).links:
            if link.startswith("#"):
                if f'id="{link[1:]}"' not in text:
                    broken.append(f"{html.relative_to(root)} -> {link}")
                continue
            path = local_path(link)
            if path is None or DYNAMIC.match(path) or APPLICATION_PAGES.match(path):
                continue
            if not file_for(root, path).is_file():
                broken.append(f"{html.relative_to(root)} -> {link}")
    assert broken == []


def test_hreflang_sets_are_reciprocal_and_name_every_available_language(built_site, client):
    root = built_site.resolve()
    for language in LANGUAGES:
        for page in api_pages(client, language):
            translations = page["meta"]["translations"]
            collector = parse(root / page_file(translations[language]["path"]))
            expected = {code: version["url"] for code, version in translations.items()}
            default = translations.get(settings.LANGUAGE_CODE) or next(iter(translations.values()))
            assert collector.alternates == {**expected, "x-default": default["url"]}
            assert collector.canonical == translations[language]["url"]
            for url in expected.values():
                other = parse(file_for(root, urlsplit(url).path))
                assert other.alternates == collector.alternates, (
                    f"{url} does not point back to {translations[language]['url']}"
                )


def test_sitemaps_list_exactly_the_live_available_pages(built_site, client):
    root = built_site.resolve()
    index = ET.parse(root / "sitemap.xml").getroot()
    sitemaps = [element.text for element in index.findall("s:sitemap/s:loc", SITEMAP_NS)]
    assert sitemaps == [f"{settings.PUBLIC_BASE_URL}/sitemap-{language}.xml" for language in LANGUAGES]
    for language in LANGUAGES:
        tree = ET.parse(root / f"sitemap-{language}.xml").getroot()
        listed = {element.text for element in tree.findall("s:url/s:loc", SITEMAP_NS)}
        expected = {page["meta"]["translations"][language]["url"] for page in api_pages(client, language)}
        assert listed == expected
    robots = (root / "robots.txt").read_text()
    assert f"Sitemap: {settings.PUBLIC_BASE_URL}/sitemap.xml" in robots


def test_structured_data_names_the_organisation_breadcrumbs_and_faq(built_site):
    root = built_site.resolve()

    def json_ld(path):
        html = (root / path).read_text(encoding="utf-8")
        return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]

    home = json_ld("en/index.html")
    assert [item["@type"] for item in home] == ["GovernmentOrganization"]
    pages_with_faq = [path for path in root.rglob("en/**/index.html") if "<details" in path.read_text(encoding="utf-8")]
    assert pages_with_faq, "the demo content has FAQ blocks"
    types = [item["@type"] for item in json_ld(pages_with_faq[0].relative_to(root))]
    assert "BreadcrumbList" in types and "FAQPage" in types
    html = pages_with_faq[0].read_text(encoding="utf-8")
    assert '<meta property="og:title"' in html and '<meta property="og:locale" content="en_GB">' in html


def test_open_data_is_published_as_json_and_csv_in_every_language_with_its_licence(built_site, client):
    root = built_site.resolve()
    for language in LANGUAGES:
        projects = [page for page in api_pages(client, language) if page["meta"]["type"] == "guide.ProjectPage"]
        document = json.loads((root / f"open-data/{language}/projects.json").read_text(encoding="utf-8"))
        assert document["licence"]["id"] == "CC-BY-4.0"
        assert {item["id"] for item in document["items"]} == {page["id"] for page in projects}
        csv_rows = (root / f"open-data/{language}/projects.csv").read_text(encoding="utf-8").splitlines()
        assert len(csv_rows) == len(projects) + 1
        for name in ("incentives", "tax-rates", "legal-acts", "sectors", "regions"):
            assert json.loads((root / f"open-data/{language}/{name}.json").read_text(encoding="utf-8"))["items"]
            assert (root / f"open-data/{language}/{name}.csv").stat().st_size > 0
        page = (root / f"{language}/open-data/index.html").read_text(encoding="utf-8")
        assert "CC BY 4.0" in page and f"/open-data/{language}/tax-rates.csv" in page


def test_the_app_can_be_installed_and_read_offline(built_site):
    root = built_site.resolve()
    manifest = json.loads((root / "en/manifest.webmanifest").read_text())
    assert manifest["start_url"] == "/en/" and manifest["display"] == "standalone"
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert file_for(root, icon["src"]).is_file()
    worker = (root / "sw.js").read_text()
    assert '"/en/offline/"' in worker and "caches.match" in worker
    assert (root / "en/offline/index.html").is_file()


def test_a_build_rendered_in_processes_writes_the_same_files(built_site, tmp_path, monkeypatch):
    """The shared build renders in one process (the demo is below `frontend.source.PARALLEL_FROM_PAGES`); two
    forked processes must write byte for byte the same site."""
    from frontend import build

    monkeypatch.setenv("BUILD_PROCESSES", "2")
    assert build.render_processes(10) == 2
    parallel = build.full_build(tmp_path / "dist")
    serial = built_site.resolve()

    def files(root: Path) -> dict[str, bytes]:
        return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()}

    assert files(parallel) == files(serial)


@pytest.mark.django_db(transaction=True)
def test_content_read_in_processes_is_the_content_read_in_one(demo_content, monkeypatch):
    """Outside a transaction (the rows committed) the build's reading is shared out among forked
    processes in batches: the same pages, in the same order, as read in one process."""
    from django.db import connection

    from frontend import build
    from frontend.site import SiteContent
    from frontend.source import READ_BATCH

    monkeypatch.setattr("frontend.source.READ_BATCH", 7)  # many batches of the demo's pages
    assert READ_BATCH > 7 and not connection.in_atomic_block
    monkeypatch.setenv("BUILD_PROCESSES", "1")
    serial = SiteContent.read(build.default_reader(), build.languages())
    monkeypatch.setenv("BUILD_PROCESSES", "2")
    forked = SiteContent.read(build.default_reader(), build.languages())
    assert forked.to_json() == serial.to_json()
    assert list(forked.pages) == list(serial.pages)


@pytest.mark.django_db
def test_a_build_inside_a_transaction_renders_in_this_process_and_keeps_the_transaction(
    demo_content, tmp_path, monkeypatch
):
    """Forking means closing the connections first, which would break the caller's transaction:
    inside one, the build renders in its own process and the transaction goes on."""
    from django.contrib.auth.models import Group
    from django.db import connection

    from frontend import build

    monkeypatch.setenv("BUILD_PROCESSES", "2")
    assert build.render_processes(10_000) == 2
    Group.objects.create(name="Written before the build")
    assert connection.in_atomic_block
    build.full_build(tmp_path / "dist")
    assert (tmp_path / "dist" / "en" / "index.html").is_file()
    assert connection.in_atomic_block
    assert Group.objects.filter(name="Written before the build").exists()
