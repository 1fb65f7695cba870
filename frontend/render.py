"""Turning the site's data into HTML: one template per page type, one context builder for all.

The renderer knows the site (`SiteContent`), not the database: what a template shows is what the
API said, plus what follows from the tree (breadcrumbs, listings, the menu).
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from jinja2 import FileSystemLoader, Undefined

from cms.core.formatting import sort_by_name

from .jinja import asset_url, environment, language_options
from .richtext import clean_html, plain_text
from .site import SiteContent

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

TEMPLATE_BY_TYPE = {
    "guide.HomePage": "pages/home.html",
    "guide.GuideIndexPage": "pages/index.html",
    "guide.TopicPage": "pages/topic.html",
    "guide.GuidePage": "pages/guide.html",
    "guide.IncentiveIndexPage": "pages/incentive_index.html",
    "guide.IncentivePage": "pages/incentive.html",
    "guide.SectorIndexPage": "pages/index.html",
    "guide.PrioritySectorPage": "pages/sector.html",
    "guide.ProjectIndexPage": "pages/project_index.html",
    "guide.ProjectPage": "pages/project.html",
    "guide.ServiceIndexPage": "pages/index.html",
    "guide.ServicePage": "pages/service.html",
    "guide.ProcedurePage": "pages/procedure.html",
}
STREAM_BLOCK_TYPES = ("text", "key_facts", "rate_table", "steps", "faq", "callout", "link")
ARTICLE_TYPES = {
    "guide.GuidePage",
    "guide.IncentivePage",
    "guide.PrioritySectorPage",
    "guide.ProjectPage",
    "guide.ServicePage",
    "guide.ProcedurePage",
}

# The investor's top tasks on the home page: what the visitor wants to do, a line on what it covers,
# and where it is done, found by what a page is (a topic's code, a page type), never by its slug.
TOP_TASKS = (
    (
        gettext_lazy("Start a company"),
        gettext_lazy("Legal forms, registration and the first steps after it"),
        ("topic", "company-setup"),
    ),
    (
        gettext_lazy("Hire foreign staff"),
        gettext_lazy("Work permits, employment contracts and contributions"),
        ("topic", "labour"),
    ),
    (
        gettext_lazy("Find incentives"),
        gettext_lazy("Tax and customs benefits by sector and region"),
        ("type", "guide.IncentiveIndexPage"),
    ),
    (
        gettext_lazy("Find an investment project"),
        gettext_lazy("Projects seeking investors, by sector, region and status"),
        ("type", "guide.ProjectIndexPage"),
    ),
)

OPEN_DATA_PAGE = "open-data"
NOT_TRANSLATED_PAGE = "not-translated"
OFFLINE_PAGE = "offline"


def language_names() -> dict[str, str]:
    return dict(settings.LANGUAGES)


# The order of the status filter: the order a project goes through them. The labels come with
# each project (`status_label`).
PROJECT_STATUSES = ("proposal", "seeking_investor", "in_progress", "completed")


def page_file(path: str) -> str:
    """The file that holds a page: /en/incentives/ -> en/incentives/index.html."""
    return path.strip("/") + "/index.html"


def not_translated_path(page_id: int, language: str) -> str:
    return f"/{language}/{NOT_TRANSLATED_PAGE}/{page_id}/"


def incentive_checker_path(language: str) -> str:
    """The incentive checker (a dynamic page, cms.guide.checker)."""
    return f"/{language}/incentives/check/"


def enquiry_path(language: str) -> str:
    """The enquiry form for investors without EHİS (a dynamic page, cms.appeals)."""
    return f"/{language}/enquiry/"


def truncate(text: str, length: int = 160) -> str:
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


class MissingValue(Undefined):
    """What a template gets for a name or field its context does not have.

    It may be tested (`if`, `or`, `is defined`), so optional fields stay optional, but printing it,
    looping over it or counting it raises: a template that reads a field the data lacks fails the
    build instead of writing `href=""` into every page.
    """

    __slots__ = ()
    __str__ = __iter__ = __len__ = Undefined._fail_with_undefined_error


@lru_cache(maxsize=1)
def site_environment():
    """One environment per process, so templates are compiled once, not on every publish."""
    env = environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), auto_reload=False, undefined=MissingValue)
    env.globals.update(
        asset_url=asset_url,  # a build writes the assets of the sources it is made from
        stream_block_types=STREAM_BLOCK_TYPES,
    )
    return env


class Renderer:
    def __init__(self, content: SiteContent, public_base_url: str | None = None):
        self.content = content
        self.base_url = (public_base_url or settings.PUBLIC_BASE_URL).rstrip("/")
        self.env = site_environment()

    @cached_property
    def default_language(self) -> str:
        return settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in self.content.languages else self.content.languages[0]

    # Shared pieces ------------------------------------------------------------------------------

    def navigation(self, language: str) -> list[dict]:
        return [
            {"title": page["title"], "path": page["meta"]["translations"][language]["path"]}
            for page in self.content.sections(language)
        ]

    def card(self, page: dict, language: str) -> dict:
        """A page as the cards partial shows it, in the shape of the API's page links
        ({id, title, summary, path}): the one place a page record becomes a card."""
        return {
            "id": page["id"],
            "type": page["meta"]["type"],
            "title": page["title"],
            "summary": page.get("summary") or truncate(plain_text(page.get("intro") or "")),
            "path": page["meta"]["translations"][language]["path"],
        }

    def top_tasks(self, language: str) -> list[dict]:
        """The home page's top tasks that lead to a page available in `language`, then 'ask a question'."""
        tasks = []
        for title, hint, (kind, key) in TOP_TASKS:
            if kind == "topic":
                page_id = self.content.topic_id(key)
            else:
                page_id = next(iter(self.content.page_ids_of_type(key)), None)
            path = self.content.path(page_id, language) if page_id is not None else None
            if path:
                tasks.append({"title": str(title), "hint": str(hint), "path": path})
            if path and key == "guide.IncentiveIndexPage":
                tasks.append(
                    {
                        "title": _("Check which incentives fit"),
                        "hint": _("A few questions about your project; the answers side by side"),
                        "path": incentive_checker_path(language),
                    }
                )
        tasks.append(
            {
                "title": _("Ask a question"),
                "hint": _("Write to AZPROMO: no EHİS account needed"),
                "path": enquiry_path(language),
            }
        )
        return tasks

    def rich(self, language: str):
        return lambda html: clean_html(html, lambda page_id: self.content.path(page_id, language))

    def absolute(self, path: str) -> str:
        return self.base_url + path

    def organization(self) -> dict:
        return {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "name": _("Ministry of Economy of the Republic of Azerbaijan"),
            "url": self.absolute("/"),
            "logo": self.absolute(asset_url("icon-512.png")),
            "department": {
                "@type": "GovernmentOrganization",
                "name": _("Azerbaijan Export and Investment Promotion Agency (AZPROMO)"),
                "url": "https://www.azpromo.az/",
            },
        }

    def _base_context(self, language: str) -> dict:
        return {
            "language": language,
            "navigation": self.navigation(language),
            "rich": self.rich(language),
        }

    def _render(self, template: str, context: dict, language: str) -> str:
        with translation.override(language):
            return self.env.get_template(template).render(context)

    # Pages of the CMS -----------------------------------------------------------------------------

    def breadcrumbs(self, page_id: int, language: str) -> list[dict]:
        crumbs = []
        for ancestor in [*self.content.ancestors(page_id), page_id]:
            page = self.content.version(ancestor, language)
            if page is not None:
                crumbs.append({"title": page["title"], "path": page["meta"]["translations"][language]["path"]})
        return crumbs

    def switcher(self, page_id: int, language: str, page: dict | None = None) -> list[dict]:
        """The language links: the page in each language it exists in, else a 'not translated' notice."""
        page = page or next(iter(self.content.pages[page_id].values()))
        translations = page["meta"]["translations"]
        options = []
        for option in language_options(language):
            code = option["code"]
            if code in translations:
                option["path"] = translations[code]["path"]
            else:
                option.update(path=not_translated_path(page_id, code), untranslated=True)
                with translation.override(code):
                    option["note"] = _("not translated yet")
            options.append(option)
        return options

    def alternates(self, page: dict) -> list[dict]:
        translations = page["meta"]["translations"]
        if not translations:
            return []
        links = [
            {"hreflang": code, "url": translations[code]["url"]}
            for code in self.content.languages
            if code in translations
        ]
        default = translations.get(self.default_language) or translations[next(iter(translations))]
        links.append({"hreflang": "x-default", "url": default["url"]})
        return links

    def description(self, page: dict) -> str:
        text = page.get("summary") or plain_text(
            page.get("intro") or page.get("overview") or page.get("description") or ""
        )
        return truncate(text or page["title"])

    def json_ld(self, page_id: int, page: dict, language: str, breadcrumbs: list[dict]) -> list[dict]:
        data = []
        if page["meta"]["type"] == "guide.HomePage":
            data.append(self.organization())
        if len(breadcrumbs) > 1:
            data.append(
                {
                    "@context": "https://schema.org",
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": position,
                            "name": crumb["title"],
                            "item": self.absolute(crumb["path"]),
                        }
                        for position, crumb in enumerate(breadcrumbs, start=1)
                    ],
                }
            )
        questions = [
            item
            for field in ("body",)
            for block in page.get(field) or []
            if block.get("type") == "faq"
            for item in block["value"].get("items", [])
        ]
        if page["meta"]["type"] == "guide.ProcedurePage":
            data.append(self.how_to(page, language))
        if questions:
            data.append(
                {
                    "@context": "https://schema.org",
                    "@type": "FAQPage",
                    "inLanguage": language,
                    "mainEntity": [
                        {
                            "@type": "Question",
                            "name": item["question"],
                            "acceptedAnswer": {"@type": "Answer", "text": plain_text(item["answer"])},
                        }
                        for item in questions
                    ],
                }
            )
        return data

    def how_to(self, page: dict, language: str) -> dict:
        """A procedure as schema.org's HowTo: its steps, the documents to bring, its confirmed cost."""
        url = page["meta"]["translations"][language]["url"]
        steps = [block["value"] for block in page.get("steps") or [] if block.get("type") == "step"]
        data = {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": page["title"],
            "description": page.get("summary") or "",
            "inLanguage": language,
            "supply": [
                {"@type": "HowToSupply", "name": document["name"]}
                for step in steps
                for document in step.get("documents") or []
            ],
            "step": [
                {
                    "@type": "HowToStep",
                    "position": position,
                    "name": step["title"],
                    "text": step.get("result") or step["title"],
                    "url": f"{url}#step-{position}",
                }
                for position, step in enumerate(steps, start=1)
            ],
        }
        totals = page.get("totals") or {}
        if totals.get("cost_complete") and len(totals.get("costs") or []) == 1:
            cost = totals["costs"][0]
            data["estimatedCost"] = {"@type": "MonetaryAmount", "currency": cost["currency"], "value": cost["amount"]}
        return data

    def section_path(self, page_id: int, language: str) -> str | None:
        chain = [*self.content.ancestors(page_id), page_id]
        if len(chain) < 2:
            return None
        return self.content.path(chain[1], language)

    def page_context(self, page_id: int, language: str, page: dict | None = None) -> dict:
        page = page or self.content.pages[page_id][language]
        breadcrumbs = (
            self.breadcrumbs(page_id, language)
            if page_id in self.content.pages
            else [{"title": page["title"], "path": page["meta"]["translations"].get(language, {}).get("path", "")}]
        )
        translations = page["meta"]["translations"]
        canonical = translations.get(language, {}).get("url") or self.absolute(f"/{language}/")
        children = self.content.children(page_id, language)
        return {
            **self._base_context(language),
            "page": page,
            "children": children,
            "child_cards": [self.card(child, language) for child in children],
            "top_tasks": self.top_tasks(language) if page["meta"]["type"] == "guide.HomePage" else [],
            "breadcrumbs": breadcrumbs if len(breadcrumbs) > 1 else [],
            "switcher": self.switcher(page_id, language, page),
            "section_path": self.section_path(page_id, language),
            "current_path": translations.get(language, {}).get("path"),
            "filters": self.filters(page_id, page, language),
            "seo": {
                "title": page.get("seo_title") or page["meta"].get("seo_title") or page["title"],
                "description": self.description(page),
                "canonical": canonical,
                "alternates": self.alternates(page),
                "og_type": "article" if page["meta"]["type"] in ARTICLE_TYPES else "website",
                "image": self.absolute(asset_url("icon-512.png")),
                "json_ld": self.json_ld(page_id, page, language, breadcrumbs),
                "noindex": False,
            },
        }

    def filters(self, page_id: int, page: dict, language: str) -> list[dict]:
        page_type = page["meta"]["type"]
        children = self.content.children(page_id, language)

        def options(terms):
            # In the alphabetical order of the page's language: Əczaçılıq after Emal, not after Z.
            unique = {term["key"]: term["name"] for term in terms if term}
            return sort_by_name(
                ({"key": key, "name": name} for key, name in unique.items()), language, name=lambda o: o["name"]
            )

        if page_type == "guide.ProjectIndexPage":
            # Statuses in the order a project goes through them.
            labels = {child["status"]: child["status_label"] for child in children}
            present = set(labels)
            statuses = [status for status in PROJECT_STATUSES if status in present] + sorted(
                present - set(PROJECT_STATUSES)
            )
            return [
                {
                    "name": "sector",
                    "label": _("Sector"),
                    "all": _("All sectors"),
                    "options": options(child.get("sector") for child in children),
                },
                {
                    "name": "region",
                    "label": _("Region"),
                    "all": _("All regions"),
                    "options": options(child.get("region") for child in children),
                },
                {
                    "name": "status",
                    "label": _("Status"),
                    "all": _("All statuses"),
                    "options": [{"key": status, "name": labels[status]} for status in statuses],
                },
            ]
        if page_type == "guide.IncentiveIndexPage":
            return [
                {
                    "name": "sector",
                    "label": _("Sector"),
                    "all": _("All sectors"),
                    "options": options(term for child in children for term in child.get("sectors") or []),
                },
                {
                    "name": "region",
                    "label": _("Region"),
                    "all": _("All regions"),
                    "options": options(term for child in children for term in child.get("regions") or []),
                },
            ]
        return []

    def render_page(self, page_id: int, language: str, page: dict | None = None) -> str:
        page = page or self.content.pages[page_id][language]
        template = TEMPLATE_BY_TYPE[page["meta"]["type"]]
        with translation.override(language):
            return self._render(template, self.page_context(page_id, language, page), language)

    # Pages of the site itself -------------------------------------------------------------------

    def _special_context(self, language: str, path_by_language: dict[str, str], title: str, noindex: bool) -> dict:
        switcher = language_options(language, path_by_language)
        alternates = [{"hreflang": code, "url": self.absolute(path)} for code, path in path_by_language.items()]
        if not noindex:
            alternates.append({"hreflang": "x-default", "url": self.absolute(path_by_language[self.default_language])})
        return {
            **self._base_context(language),
            "switcher": switcher,
            "breadcrumbs": [],
            "seo": {
                "title": title,
                "description": title,
                "canonical": self.absolute(path_by_language[language]),
                "alternates": alternates,
                "og_type": "website",
                "image": self.absolute(asset_url("icon-512.png")),
                "json_ld": [],
                "noindex": noindex,
            },
        }

    def render_not_translated(self, page_id: int, language: str) -> str:
        names = language_names()
        versions = [
            {
                "code": code,
                "name": names[code],
                "title": self.content.pages[page_id][code]["title"],
                "path": self.content.path(page_id, code),
            }
            for code in self.content.available_languages(page_id)
        ]
        with translation.override(language):
            context = self._special_context(
                language,
                {code: not_translated_path(page_id, code) for code in self.content.languages},
                _("This page is not translated yet"),
                True,
            )
        context["switcher"] = self.switcher(page_id, language)
        context["versions"] = versions
        return self._render("pages/not_translated.html", context, language)

    def render_special(self, template: str, slug: str | None, language: str, title: str, noindex: bool, **extra) -> str:
        """A page of the site itself at /{language}/{slug}/; without a slug (the 'not found' page),
        its language links lead to each language's home page."""
        paths = {code: f"/{code}/{slug}/" if slug else f"/{code}/" for code in self.content.languages}
        with translation.override(language):
            context = self._special_context(language, paths, str(title), noindex)
        context.update(extra)
        return self._render(template, context, language)

    def render_text(self, template: str, **context) -> str:
        return self.env.get_template(template).render(context)
