"""Loading the demo Investor's Guide from `demo_content/`.

The content is data (plain Python dicts with a value per language); this module turns it into
snippets and published pages. Everything is matched by a stable key or by its Azerbaijani slug
under its parent, so running the loader again updates what is there instead of adding copies.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.utils import translation
from wagtail.models import Page, Site

from cms.core.languages import default_language, language_codes, localized

from . import models as guide_models
from .demo_content import guide as guide_data
from .demo_content import investment as investment_data
from .demo_content import procedures as procedures_data
from .demo_content import taxonomy as taxonomy_data
from .snippets import Institution, LegalAct, Region, Sector, TaxRate

_Snippet = TypeVar("_Snippet", Sector, Region, LegalAct, TaxRate, Institution)


@dataclass
class LoadReport:
    """How many of each kind were created and updated, by model, in the order they were loaded."""

    created: dict[type[Model], int] = field(default_factory=dict)
    updated: dict[type[Model], int] = field(default_factory=dict)

    def count(self, model: type[Model], created: bool) -> None:
        bucket = self.created if created else self.updated
        bucket[model] = bucket.get(model, 0) + 1

    def lines(self) -> list[str]:
        """One line per kind, in English (the console's language), named by the model's plural."""
        models = dict.fromkeys([*self.created, *self.updated])
        with translation.override("en"):
            return [
                f"{str(model._meta.verbose_name_plural).capitalize()}: "
                f"{self.created.get(model, 0)} created, {self.updated.get(model, 0)} updated"
                for model in models
            ]


def set_translated(obj, name: str, values: dict[str, object] | None) -> None:
    for language in language_codes():
        setattr(obj, localized(name, language), (values or {}).get(language) or ("" if values is not None else None))


def parse_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


class DemoLoader:
    def __init__(self, progress: Callable[[str], None] | None = None):
        self.report = LoadReport()
        self.progress = progress or (lambda _message: None)
        self.legal_acts: dict[str, LegalAct] = {}
        self.tax_rates: dict[str, TaxRate] = {}
        self.sectors: dict[str, Sector] = {}
        self.regions: dict[str, Region] = {}
        self.institutions: dict[str, Institution] = {}
        self.pages_by_key: dict[str, Page] = {}
        self.pending_relations: list[Callable[[], Page]] = []

    # Reference data ------------------------------------------------------------------------

    def _upsert_snippet(self, model: type[_Snippet], key: str, translated: dict, plain: dict) -> _Snippet:
        obj = model.objects.filter(key=key).first()
        created = obj is None
        obj = obj or model(key=key)
        for name, values in translated.items():
            set_translated(obj, name, values)
        for name, value in plain.items():
            setattr(obj, name, value)
        obj.full_clean()
        obj.save()
        self.report.count(model, created)
        return obj

    def load_taxonomy(self) -> None:
        for item in taxonomy_data.SECTORS:
            self.sectors[item["key"]] = self._upsert_snippet(Sector, item["key"], {"name": item["name"]}, {})
        for item in taxonomy_data.REGIONS:
            self.regions[item["key"]] = self._upsert_snippet(Region, item["key"], {"name": item["name"]}, {})
        for item in taxonomy_data.LEGAL_ACTS:
            self.legal_acts[item["key"]] = self._upsert_snippet(
                LegalAct,
                item["key"],
                {"title": item["title"]},
                {
                    "number": item.get("number") or "",
                    "date": parse_date(item.get("date")),
                    "official_url": item.get("url") or "",
                },
            )
        for item in taxonomy_data.TAX_RATES:
            rate = self._upsert_snippet(
                TaxRate,
                item["key"],
                {"name": item["name"], "note": item.get("note") or {}, "applies_to": item["applies_to"]},
                {
                    "category": item["category"],
                    "value": Decimal(str(item["value"])),
                    "unit": item["unit"],
                    "effective_from": parse_date(item.get("effective_from")),
                    "effective_to": parse_date(item.get("effective_to")),
                },
            )
            rate.legal_basis.set([self.legal_acts[key] for key in item.get("legal_basis", [])])
            self.tax_rates[item["key"]] = rate
        for item in procedures_data.INSTITUTIONS:
            self.institutions[item["key"]] = self._upsert_snippet(
                Institution,
                item["key"],
                {"name": item["name"], "address": item.get("address") or {}, "hours": item.get("hours") or {}},
                {"phone": item.get("phone") or "", "website": item.get("website") or ""},
            )

    # Stream content ------------------------------------------------------------------------

    def stream(self, blocks: list) -> list[dict]:
        """Turns the content's (type, value) blocks into StreamField raw data."""
        raw = []
        for block_type, value in blocks:
            if block_type == "rate_table":
                value = {
                    "heading": value.get("heading", ""),
                    "rates": [self.tax_rates[key].pk for key in value["rates"]],
                }
            elif block_type == "link":
                value = {
                    "title": value["title"],
                    "url": value.get("url", ""),
                    "document": None,
                    "description": value.get("description", ""),
                }
            raw.append({"type": block_type, "value": value})
        return raw

    def translated_stream(self, per_language: dict[str, list] | None) -> dict[str, list]:
        return {language: self.stream((per_language or {}).get(language, [])) for language in language_codes()}

    @staticmethod
    def list_stream(block_type: str, per_language: dict[str, list] | None) -> dict[str, list]:
        return {
            language: [{"type": block_type, "value": value} for value in (per_language or {}).get(language, [])]
            for language in language_codes()
        }

    # Pages ---------------------------------------------------------------------------------

    def upsert_page(
        self, parent: Page, model, key: str, item: dict, translated: dict, plain: dict | None = None
    ) -> Page:
        """Creates or updates the child of `parent` with the item's Azerbaijani slug, and publishes it."""
        slug_az = item["slug"]["az"] if "slug" in item else "home"
        existing = model.objects.child_of(parent).filter(**{localized("slug", "az"): slug_az}).first()
        page = existing or model()
        set_translated(page, "title", item["title"])
        set_translated(page, "slug", item.get("slug") or {language: slug_az for language in language_codes()})
        for name, values in translated.items():
            for language in language_codes():
                setattr(page, localized(name, language), values.get(language))
        for name, value in (plain or {}).items():
            setattr(page, name, value)
        if existing is None:
            parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.count(model, existing is None)
        self.pages_by_key[key] = page
        return page

    @staticmethod
    def ensure_base_data() -> Page:
        """The tree root, the default locale and the editorial groups, as the migrations leave them.

        A database that was flushed (as transactional tests do) has lost what data migrations
        created; the loader puts it back so that it can always run on a migrated database.
        """
        from importlib import import_module

        from django.apps import apps
        from wagtail.models import Locale

        # A flush may drop the content types that Django caches by id; never trust the cache here.
        ContentType.objects.clear_cache()
        if not Locale.objects.exists():
            Locale.objects.create(language_code=default_language())
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(
                instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page))
            )
        if not Group.objects.filter(name="Moderators").exists():
            import_module("cms.guide.migrations.0002_editorial_groups").create_editorial_groups(apps, None)
            import_module("cms.guide.migrations.0006_procedures").grant_public_body_permissions(apps)
        return root

    def home(self) -> guide_models.HomePage:
        root = self.ensure_base_data()
        home = guide_models.HomePage.objects.first()
        if home is None:
            # Wagtail's initial data leaves a placeholder welcome page where the home page goes.
            for placeholder in Page.objects.filter(depth=2, content_type__model="page", numchild=0):
                placeholder.delete()
            root.refresh_from_db()
        home = self.upsert_page(
            root,
            guide_models.HomePage,
            "home",
            {"title": guide_data.HOME["title"], "slug": {language: "home" for language in language_codes()}},
            {"intro": guide_data.HOME["intro"]},
        )
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        # The site's address is where the public site is served, so that "View live" and every
        # link Wagtail makes from it lead there.
        public = urlsplit(settings.PUBLIC_BASE_URL)
        site.hostname = public.hostname or "localhost"
        site.port = public.port or (443 if public.scheme == "https" else 80)
        site.root_page = home
        site.site_name = "Invest in Azerbaijan"
        site.save()
        return home

    def index(self, home: Page, model, name: str) -> Page:
        item = guide_data.INDEXES[name]
        return self.upsert_page(home, model, f"index:{name}", item, {"intro": item["intro"]})

    def load_pages(self) -> None:
        home = self.home()
        self.progress("home page")

        guide_index = self.index(home, guide_models.GuideIndexPage, "guide")
        for topic in guide_data.TOPICS:
            topic_page = self.upsert_page(
                guide_index,
                guide_models.TopicPage,
                f"topic:{topic['key']}",
                topic,
                {"intro": topic["intro"]},
                {"topic_key": topic["key"]},
            )
            for article in topic["articles"]:
                page = self.upsert_page(
                    topic_page,
                    guide_models.GuidePage,
                    article["key"],
                    article,
                    {"summary": article["summary"], "body": self.translated_stream(article["body"])},
                    {"last_reviewed": parse_date(article.get("last_reviewed"))},
                )
                self._after(self._set_legal_basis(page, article.get("legal_basis", [])))
                self._after(self._set_related(page, article.get("related", [])))
        self.progress("investor's guide")

        incentives_index = self.index(home, guide_models.IncentiveIndexPage, "incentives")
        for item in investment_data.INCENTIVES:
            page = self.upsert_page(
                incentives_index,
                guide_models.IncentivePage,
                item["key"],
                item,
                {
                    "summary": item["summary"],
                    "body": self.translated_stream(item.get("body")),
                    "benefits": self._benefits(item["benefits"]),
                    "how_to_apply": item["how_to_apply"],
                    "issuing_body": item["issuing_body"],
                    "conditions_to_check": self._conditions(item.get("conditions_to_check", [])),
                },
                {
                    "min_investment": Decimal(item["min_investment"]) if item.get("min_investment") else None,
                    "state_share_limit": item.get("state_share_limit"),
                    "min_export_share": item.get("min_export_share"),
                    "sector_minimums": [
                        guide_models.IncentiveSectorMinimum(
                            sector=self.sectors[sector], amount=Decimal(amount), currency=currency, sort_order=i
                        )
                        for i, (sector, amount, currency) in enumerate(item.get("sector_minimums", []))
                    ],
                    "currency": item.get("currency") or "AZN",
                    "open_to_legal_entities": "legal_entity" in item.get("legal_forms", []),
                    "open_to_individual_entrepreneurs": "individual_entrepreneur" in item.get("legal_forms", []),
                    "last_reviewed": parse_date(item.get("last_reviewed")),
                },
            )
            self._after(self._set_m2m(page, "sectors", [self.sectors[key] for key in item.get("sectors", [])]))
            self._after(self._set_m2m(page, "regions", [self.regions[key] for key in item.get("regions", [])]))
            self._after(self._set_legal_basis(page, item.get("legal_basis", [])))
        self.progress("incentives")

        projects_index = self.index(home, guide_models.ProjectIndexPage, "projects")
        for item in investment_data.PROJECTS:
            self.upsert_page(
                projects_index,
                guide_models.ProjectPage,
                item["key"],
                item,
                {
                    "summary": item["summary"],
                    "description": item["description"],
                    "partners": {
                        language: [
                            {"type": "partner", "value": partner[language]} for partner in item.get("partners", [])
                        ]
                        for language in language_codes()
                    },
                },
                {
                    "sector": self.sectors[item["sector"]],
                    "region": self.regions[item["region"]],
                    "investment_value": Decimal(item["investment_value"]),
                    "currency": item["currency"],
                    "status": item["status"],
                    "start_year": item.get("start_year"),
                    "latitude": Decimal(str(item["latitude"])).quantize(Decimal("0.00001"))
                    if item.get("latitude") is not None
                    else None,
                    "longitude": Decimal(str(item["longitude"])).quantize(Decimal("0.00001"))
                    if item.get("longitude") is not None
                    else None,
                    "last_reviewed": parse_date(item.get("last_reviewed")),
                },
            )
        self.progress("projects")

        sectors_index = self.index(home, guide_models.SectorIndexPage, "sectors")
        for item in investment_data.PRIORITY_SECTORS:
            page = self.upsert_page(
                sectors_index,
                guide_models.PrioritySectorPage,
                item["key"],
                item,
                {
                    "summary": item["summary"],
                    "overview": item["overview"],
                    "key_figures": {
                        language: [
                            {
                                "type": "figure",
                                "value": {
                                    "label": fig["label"][language],
                                    "value": fig["value"][language],
                                    "source": fig.get("source", ""),
                                },
                            }
                            for fig in item.get("key_figures", [])
                        ]
                        for language in language_codes()
                    },
                    "opportunities": {
                        language: [
                            {
                                "type": "opportunity",
                                "value": {"title": opp["title"][language], "text": opp["text"][language]},
                            }
                            for opp in item.get("opportunities", [])
                        ]
                        for language in language_codes()
                    },
                },
                {"sector": self.sectors[item["sector"]], "last_reviewed": parse_date(item.get("last_reviewed"))},
            )
            self._after(
                self._set_m2m(
                    page, "related_incentives", [self.pages_by_key[key] for key in item.get("incentives", [])]
                )
            )
            self._after(
                self._set_m2m(page, "related_projects", [self.pages_by_key[key] for key in item.get("projects", [])])
            )
        self.progress("priority sectors")

        services_index = self.index(home, guide_models.ServiceIndexPage, "services")
        for item in investment_data.SERVICES:
            self.upsert_page(
                services_index,
                guide_models.ServicePage,
                item["key"],
                item,
                {
                    "summary": item["summary"],
                    "description": item["description"],
                    "who_may_use": item["who_may_use"],
                    "steps": self.list_stream("step", item["steps"]),
                    "fee": item["fee"],
                    "duration": item["duration"],
                },
                {
                    "responsible_body": item["responsible_body"],
                    "ehis_url": item.get("ehis_url") or "",
                    "appeal_cta": bool(item.get("appeal_cta")),
                    "last_reviewed": parse_date(item.get("last_reviewed")),
                },
            )
        self.progress("services")

        for item in procedures_data.PROCEDURES:
            page = self.upsert_page(
                self.pages_by_key[f"topic:{item['topic']}"],
                guide_models.ProcedurePage,
                item["key"],
                item,
                {
                    "summary": item["summary"],
                    "purpose": item["purpose"],
                    "audience": item["audience"],
                    "steps": self._procedure_steps(item["steps"]),
                },
                {"last_reviewed": parse_date(item.get("last_reviewed"))},
            )
            self._after(self._set_m2m(page, "services", [self.pages_by_key[key] for key in item.get("services", [])]))
            self._after(self._set_legal_basis(page, item.get("legal_basis", [])))
        self.progress("procedures")

        # Relations between pages are set once every page exists, then published together.
        touched: dict[int, Page] = {}
        for apply in self.pending_relations:
            page = apply()
            touched[page.pk] = page
        for page in touched.values():
            page.save_revision().publish()

    def _benefits(self, benefits: list[dict]) -> dict[str, list]:
        return {
            language: [
                {
                    "type": "benefit",
                    "value": {
                        "title": benefit["title"][language],
                        "description": benefit.get("description", {}).get(language, ""),
                        "duration_years": benefit.get("duration_years"),
                        "rate": self.tax_rates[benefit["rate"]].pk if benefit.get("rate") else None,
                    },
                }
                for benefit in benefits
            ]
            for language in language_codes()
        }

    @staticmethod
    def _conditions(conditions: list[dict]) -> dict[str, list]:
        """Conditions to check; "check_with" left out means the issuing body, and is stored empty."""
        return {
            language: [
                {
                    "type": "condition",
                    "value": {
                        "condition": condition["condition"][language],
                        "check_with": (condition.get("check_with") or {}).get(language, ""),
                    },
                }
                for condition in conditions
            ]
            for language in language_codes()
        }

    def _procedure_steps(self, steps: list[dict]) -> dict[str, list]:
        """The steps in each language: the texts translated, the figures the same in every one."""

        def text(value, language: str) -> str:
            return (value or {}).get(language) or ""

        return {
            language: [
                {
                    "type": "step",
                    "value": {
                        "title": text(step["title"], language),
                        "institution": self.institutions[step["institution"]].pk,
                        "parallel": bool(step.get("parallel")),
                        "documents": [
                            {"name": text(document["name"], language), "source": text(document.get("source"), language)}
                            for document in step.get("documents", [])
                        ],
                        "result": text(step["result"], language),
                        "fee": self.tax_rates[step["fee"]].pk if step.get("fee") else None,
                        "amount": str(step["amount"]) if step.get("amount") is not None else None,
                        "currency": step.get("currency") or "",
                        "cost_note": text(step.get("cost_note"), language),
                        "days_min": step.get("days_min"),
                        "days_max": step.get("days_max"),
                        "unconfirmed": bool(step.get("unconfirmed")),
                        "online_url": step.get("online_url") or "",
                        "legal_basis": [self.legal_acts[key].pk for key in step.get("legal_basis", [])],
                        "complaints": text(step.get("complaints"), language),
                    },
                }
                for step in steps
            ]
            for language in language_codes()
        }

    def _after(self, relation: Callable[[], Page]) -> None:
        self.pending_relations.append(relation)

    def _set_m2m(self, page: Page, name: str, objects: list) -> Callable[[], Page]:
        def apply() -> Page:
            getattr(page, name).set(objects)
            return page

        return apply

    def _set_legal_basis(self, page: Page, keys: list[str]) -> Callable[[], Page]:
        return self._set_m2m(page, "legal_basis", [self.legal_acts[key] for key in keys])

    def _set_related(self, page: guide_models.GuidePage, keys: list[str]) -> Callable[[], Page]:
        def apply() -> Page:
            page.related_links.set(
                [
                    guide_models.RelatedPageLink(target=self.pages_by_key[key], sort_order=i)
                    for i, key in enumerate(keys)
                ]
            )
            return page

        return apply

    def load(self) -> LoadReport:
        with transaction.atomic(), translation.override(default_language()):
            self.load_taxonomy()
            self.progress("reference data")
            self.load_pages()
        return self.report
