"""What a visitor finds on the built pages: links that lead somewhere, titles that name the page once,
the investor's top tasks on the home page, and both ways to ask a question."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from jinja2 import UndefinedError

from frontend.render import site_environment

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class PageParser(HTMLParser):
    """The links of a page ({href, text, inside: the tags and classes around it}) and its <title>."""

    def __init__(self):
        super().__init__()
        self.links: list[dict] = []
        self.title = ""
        self._stack: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            inside = [name for _tag, names in self._stack for name in names]
            self.links.append({"href": attrs.get("href"), "text": "", "inside": inside})
        if tag not in VOID:
            self._stack.append((tag, [tag, *(attrs.get("class") or "").split()]))

    def handle_endtag(self, tag):
        for position in range(len(self._stack) - 1, -1, -1):
            if self._stack[position][0] == tag:
                del self._stack[position:]
                break

    def handle_data(self, data):
        tags = [tag for tag, _names in self._stack]
        if tags and tags[-1] == "title":
            self.title += data
        if "a" in tags and self.links:
            self.links[-1]["text"] += data


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    for link in parser.links:
        link["text"] = " ".join(link["text"].split())
    return parser


def content(root: Path) -> dict:
    return json.loads((root / ".build/content.json").read_text(encoding="utf-8"))


def page_path(page: dict, language: str) -> str:
    return page["meta"]["translations"][language]["path"]


def html_file(root: Path, path: str) -> Path:
    return root / path.strip("/") / "index.html"


def pages_of_type(root: Path, page_type: str, language: str) -> list[dict]:
    return [
        versions[language]
        for versions in content(root)["pages"].values()
        if language in versions and versions[language]["meta"]["type"] == page_type
    ]


def test_no_link_in_the_build_leads_nowhere(built_site):
    root = built_site.resolve()
    empty = []
    for html in sorted(root.rglob("*.html")):
        for link in parse(html).links:
            if link["href"] is None or link["href"].strip() in ("", "#"):
                empty.append(f"{html.relative_to(root)}: <a href={link['href']!r}> {link['text']}")
    assert empty == []


@pytest.mark.parametrize(
    "page_type",
    ["guide.HomePage", "guide.GuideIndexPage", "guide.TopicPage", "guide.SectorIndexPage", "guide.ServiceIndexPage"],
)
def test_every_card_of_a_listing_links_to_its_page(built_site, page_type):
    root = built_site.resolve()
    data = content(root)
    for language in LANGUAGES:
        for page in pages_of_type(root, page_type, language):
            children = [
                versions[language]
                for versions in data["pages"].values()
                if language in versions
                and page_path(versions[language], language).rsplit("/", 2)[0] + "/" == page_path(page, language)
            ]
            assert children, f"{page_path(page, language)} lists no page"
            cards = [
                link for link in parse(html_file(root, page_path(page, language))).links if "cards" in link["inside"]
            ]
            links = {link["href"]: link["text"] for link in cards}
            for child in children:
                assert links.get(page_path(child, language)) == child["title"], (
                    f"{page_path(page, language)} has no card for {child['title']}"
                )


def test_a_template_that_prints_a_field_the_context_lacks_fails_instead_of_printing_nothing():
    env = site_environment()
    with pytest.raises(UndefinedError):
        env.from_string("<a href='{{ card.path }}'>{{ card.title }}</a>").render(card={"title": "VAT"})
    with pytest.raises(UndefinedError):
        env.from_string("{% for item in page.benefits %}{{ item }}{% endfor %}").render(page={})
    # Optional fields may still be tested and given a default.
    assert (
        env.from_string("{% if page.summary %}{{ page.summary }}{% endif %}{{ page.intro or '-' }}").render(page={})
        == "-"
    )


def test_every_page_names_the_site_once_in_its_title(built_site):
    root = built_site.resolve()
    for language in LANGUAGES:
        with translation.override(language):
            site_name = translation.gettext("Invest in Azerbaijan")
        for html in sorted((root / language).rglob("*.html")):
            title = parse(html).title.strip()
            assert title.count(site_name) == 1, f"{html.relative_to(root)}: {title!r}"
            assert not title.startswith("—") and "—  —" not in title, f"{html.relative_to(root)}: {title!r}"
            parts = [part.strip() for part in title.split(" — ")]
            assert len(parts) == len(set(parts)), f"{html.relative_to(root)}: {title!r}"


def topic_path(root: Path, key: str, language: str) -> str:
    (topic,) = [page for page in pages_of_type(root, "guide.TopicPage", language) if page["topic_key"] == key]
    return page_path(topic, language)


def index_path(root: Path, page_type: str, language: str) -> str:
    (index,) = pages_of_type(root, page_type, language)
    return page_path(index, language)


def test_the_home_page_leads_straight_to_the_investors_top_tasks(built_site):
    root = built_site.resolve()
    for language in LANGUAGES:
        page = parse(root / language / "index.html")
        tasks = [link["href"] for link in page.links if "top-tasks" in link["inside"]]
        assert tasks == [
            topic_path(root, "company-setup", language),
            topic_path(root, "labour", language),
            index_path(root, "guide.IncentiveIndexPage", language),
            f"/{language}/incentives/check/",
            index_path(root, "guide.ProjectIndexPage", language),
            f"/{language}/enquiry/",
        ], language


def ask_links(page: PageParser) -> list[str]:
    return [link["href"] for link in page.links if "ask" in link["inside"]]


def test_pages_that_invite_a_question_offer_the_assistant_the_enquiry_form_and_the_ehis_appeal(built_site):
    root = built_site.resolve()
    for language in LANGUAGES:
        home = parse(root / language / "index.html")
        assert ask_links(home) == [f"/{language}/ask/", f"/{language}/enquiry/", f"/{language}/cabinet/appeals/new/"]
        # The main menu of every page offers the assistant too.
        menu = re.search(r'<nav class="site-nav".*?</nav>', (root / language / "index.html").read_text(), re.S)[0]
        assert f'href="/{language}/ask/"' in menu
        for page_type in ("guide.TopicPage", "guide.ServicePage", "guide.IncentivePage", "guide.ProjectPage"):
            pages = pages_of_type(root, page_type, language)
            assert pages, page_type
            for page in pages:
                links = ask_links(parse(html_file(root, page_path(page, language))))
                assert links[0] == f"/{language}/ask/", page_path(page, language)
                assert f"/{language}/enquiry/" in links, page_path(page, language)
                assert any(link.startswith(f"/{language}/cabinet/") for link in links), page_path(page, language)


def test_no_page_sends_a_visitor_to_the_cabinet_without_its_language(built_site):
    root = built_site.resolve()
    wrong = []
    for html in sorted(root.rglob("*.html")):
        wrong += [
            f"{html.relative_to(root)}: {link['href']}"
            for link in parse(html).links
            if re.match(r"^/cabinet/", link["href"] or "")
        ]
    assert wrong == []


def test_the_footer_offers_the_enquiry_form_and_the_ehis_appeal(built_site):
    root = built_site.resolve()
    for language in LANGUAGES:
        footer = [
            link["href"]
            for link in parse(root / language / "open-data" / "index.html").links
            if "footer" in link["inside"]
        ]
        assert f"/{language}/enquiry/" in footer and f"/{language}/cabinet/appeals/new/" in footer
