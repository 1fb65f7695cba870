"""A crawl of the portal, following links the way a visitor clicks them.

The requests go through the whole application (Django's test client: the middleware that serves the
static build, the enquiry form, search, the e-cabinet's sign-in), so no browser or server is needed.

From each language's home page `/{lang}/`, every link is followed within that language: every page
of that language's sitemap must be reached, no link may be empty (`href=""`, a bare `#`, or a
fragment naming nothing on the page), and every internal address a page uses (links, styles,
scripts, images, forms, canonical and alternate links) must answer 200, after the redirects a
browser follows (the e-cabinet's sign-in goes through the development identity provider).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command

from .conftest import DYNAMIC

pytestmark = pytest.mark.django_db
BASE = "http://testserver"
LANGUAGES = ("az", "en", "ru")
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


class Page(HTMLParser):
    """The addresses a page uses ((tag, attribute, value)) and the ids it has."""

    def __init__(self):
        super().__init__()
        self.addresses: list[tuple[str, str, str | None]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag in ("a", "link"):
            if tag == "a" and "href" not in attrs:
                return  # a placeholder, not a link
            self.addresses.append((tag, "href", attrs.get("href")))
        elif tag in ("script", "img", "source") and "src" in attrs:
            self.addresses.append((tag, "src", attrs["src"]))
        elif tag == "form" and attrs.get("action") and (attrs.get("method") or "get").lower() == "get":
            self.addresses.append((tag, "action", attrs["action"]))  # without an action, a form stays on its page


class Crawler:
    def __init__(self, client, build_origins: set[str]):
        self.client = client
        self.base = BASE
        self.origins = {urlsplit(BASE).netloc, *build_origins}
        self.status: dict[str, int] = {}
        self.html: dict[str, Page] = {}
        self.empty: list[str] = []
        self.broken: list[str] = []
        self.external = 0

    def internal_path(self, page_path: str, address: str) -> str | None:
        """The path (and query) an address leads to on this portal; None for another site."""
        url = urlsplit(urljoin(self.base + page_path, address))
        if url.scheme not in ("http", "https") or url.netloc not in self.origins:
            return None
        return url.path + (f"?{url.query}" if url.query else "")

    def read(self, path: str):
        """The response to `path` after the redirects a browser follows, and its body."""
        response = self.client.get(path, follow=True)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return response, body

    def get(self, path: str) -> int:
        if path not in self.status:
            response, body = self.read(path)
            self.status[path] = response.status_code
            final_path = response.request["PATH_INFO"]
            if (
                response.status_code == 200
                and "text/html" in response.get("Content-Type", "")
                and not DYNAMIC.match(final_path)
            ):
                page = Page()
                page.feed(body.decode("utf-8"))
                self.html[path] = page
        return self.status[path]

    def crawl(self, language: str, also: tuple[str, ...] = ()) -> set[str]:
        """The pages of `language` reached by links from its home page (and from the pages `also`
        names, which no link of the static site reaches: an answer of the incentive checker)."""
        start = f"/{language}/"
        reached, queue = {start, *also}, [start, *also]
        for path in queue:
            assert self.get(path) == 200, path
        while queue:
            path = queue.pop(0)
            page = self.html.get(path)
            if page is None:
                continue
            for tag, attribute, address in page.addresses:
                where = f"{path}: <{tag} {attribute}={address!r}>"
                if address is None or address.strip() in ("", "#"):
                    self.empty.append(where)
                    continue
                if address.startswith("#"):
                    if address[1:] not in page.ids:
                        self.empty.append(where)
                    continue
                target = self.internal_path(path, address)
                if target is None:
                    self.external += 1
                    continue
                status = self.get(target)
                if status != 200:
                    self.broken.append(f"{where} answers {status}")
                    continue
                page_path = target.split("?")[0]
                if (
                    tag == "a"
                    and target in self.html
                    and page_path.startswith(f"/{language}/")
                    and target not in reached
                ):
                    reached.add(target)
                    queue.append(target)
        return reached


def sitemap_paths(crawler: Crawler) -> tuple[dict[str, set[str]], set[str]]:
    """Each language's sitemap as paths, and the origins the build names in absolute addresses."""

    def locs(path):
        response, body = crawler.read(path)
        assert response.status_code == 200, path
        return [element.text.strip() for element in ET.fromstring(body).iter(f"{{{SITEMAP_NS['s']}}}loc")]

    by_language, origins = {}, set()
    for sitemap in locs("/sitemap.xml"):
        origins.add(urlsplit(sitemap).netloc)
        language = re.search(r"sitemap-([a-z]{2})\.xml$", sitemap).group(1)
        by_language[language] = set()
        for url in locs(urlsplit(sitemap).path):
            origins.add(urlsplit(url).netloc)
            by_language[language].add(urlsplit(url).path)
    return by_language, origins


def checker_answer(language: str) -> str:
    from cms.guide.models import IncentivePage

    compared = "&".join(f"compare={pk}" for pk in IncentivePage.objects.live().values_list("pk", flat=True)[:2])
    answers = "sector=textiles&region=baku&amount=1000000&currency=AZN&legal_form=legal_entity&project=new"
    return f"/{language}/incentives/check/?{answers}&{compared}"


def test_every_sitemap_page_is_reached_by_following_links_and_no_link_is_empty_or_broken(built_site, client, settings):
    settings.DIST_DIR = built_site
    with open(os.devnull, "w") as quiet:  # the e-cabinet's sign-in leads to the development provider
        call_command("ensure_dev_idp_client", "--base-url", BASE, stdout=quiet)
    crawler = Crawler(client, set())
    sitemaps, origins = sitemap_paths(crawler)
    crawler.origins |= origins
    assert sorted(sitemaps) == sorted(LANGUAGES)

    unreached = {}
    for language in LANGUAGES:
        # The incentive checker's answer with two incentives compared: its links are checked too.
        reached = crawler.crawl(language, also=(checker_answer(language),))
        assert f"/{language}/incentives/check/" in reached, "the checker is reached from the home page"
        missing = sorted(sitemaps[language] - reached)
        if missing:
            unreached[language] = missing
        assert len(sitemaps[language]) > 50, f"the {language} sitemap lists only {len(sitemaps[language])} pages"

    pages = sum(len(paths) for paths in sitemaps.values())
    print(
        f"\ncrawl: {len(crawler.html)} pages read, {pages} sitemap pages, {len(crawler.status)} internal addresses checked "
        f"({sum(1 for status in crawler.status.values() if status == 200)} answered 200), {crawler.external} external links not followed, "
        f"{len(crawler.empty)} empty links, {len(crawler.broken)} broken links"
    )
    assert unreached == {}
    assert crawler.empty == []
    assert crawler.broken == []
