"""Open data (Regulation 9.1.1): the guide's structured data as JSON and CSV, per language.

Each data set is a list of flat records built from the content contract. JSON keeps lists as
lists; CSV joins them with "; " so that every file opens in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json

from django.utils import translation
from django.utils.translation import gettext as _

from .site import SiteContent

LICENCE = {"id": "CC-BY-4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
DATASETS = (
    "projects",
    "incentives",
    "procedures",
    "procedure-steps",
    "tax-rates",
    "legal-acts",
    "sectors",
    "regions",
)


def dataset_title(name: str) -> str:
    return {
        "projects": _("Investment projects"),
        "incentives": _("Incentives"),
        "procedures": _("Procedures"),
        "procedure-steps": _("Steps of the procedures"),
        "tax-rates": _("Tax rates and fees"),
        "legal-acts": _("Legal acts"),
        "sectors": _("Sectors"),
        "regions": _("Regions"),
    }[name]


def _pages(content: SiteContent, page_type: str, language: str) -> list[dict]:
    pages = (content.version(pk, language) for pk in content.page_ids_of_type(page_type))
    return [page for page in pages if page is not None]


def projects(content: SiteContent, language: str) -> list[dict]:
    return [
        {
            "id": page["id"],
            "title": page["title"],
            "url": page["meta"]["translations"][language]["url"],
            "summary": page["summary"],
            "sector_key": (page.get("sector") or {}).get("key"),
            "sector": (page.get("sector") or {}).get("name"),
            "region_key": (page.get("region") or {}).get("key"),
            "region": (page.get("region") or {}).get("name"),
            "investment_value": page.get("investment_value"),
            "currency": page.get("currency"),
            "status": page.get("status"),
            "status_label": page.get("status_label"),
            "start_year": page.get("start_year"),
            "latitude": page.get("latitude"),
            "longitude": page.get("longitude"),
            "last_reviewed": page.get("last_reviewed"),
        }
        for page in _pages(content, "guide.ProjectPage", language)
    ]


def incentives(content: SiteContent, language: str) -> list[dict]:
    return [
        {
            "id": page["id"],
            "title": page["title"],
            "url": page["meta"]["translations"][language]["url"],
            "summary": page["summary"],
            "sector_keys": [term["key"] for term in page.get("sectors") or []],
            "region_keys": [term["key"] for term in page.get("regions") or []],
            "min_investment": page.get("min_investment"),
            "currency": page.get("currency"),
            "legal_forms": page.get("legal_forms") or [],
            "legal_forms_label": ", ".join(page.get("legal_forms_labels") or []),
            "issuing_body": page.get("issuing_body"),
            "benefits": [benefit["value"]["title"] for benefit in page.get("benefits") or []],
            "legal_basis": [act["key"] for act in page.get("legal_basis") or []],
            "last_reviewed": page.get("last_reviewed"),
        }
        for page in _pages(content, "guide.IncentivePage", language)
    ]


def procedures(content: SiteContent, language: str) -> list[dict]:
    """One record per procedure, with its computed totals."""
    records = []
    for page in _pages(content, "guide.ProcedurePage", language):
        totals = page.get("totals") or {}
        records.append(
            {
                "id": page["id"],
                "title": page["title"],
                "url": page["meta"]["translations"][language]["url"],
                "summary": page["summary"],
                "steps": totals.get("steps"),
                "public_bodies": totals.get("institutions"),
                "total_cost": [f"{cost['amount']} {cost['currency']}" for cost in totals.get("costs") or []],
                "cost_complete": totals.get("cost_complete"),
                "days_min": totals.get("days_min"),
                "days_max": totals.get("days_max"),
                "time_complete": totals.get("time_complete"),
                "legal_basis": [act["key"] for act in page.get("legal_basis") or []],
                "last_reviewed": page.get("last_reviewed"),
            }
        )
    return records


def procedure_steps(content: SiteContent, language: str) -> list[dict]:
    """One record per step of every procedure, in order."""
    records = []
    for page in _pages(content, "guide.ProcedurePage", language):
        steps = [block["value"] for block in page.get("steps") or [] if block.get("type") == "step"]
        for number, step in enumerate(steps, start=1):
            fee = step.get("fee") or {}
            # A cost not confirmed is not given as a figure; a fee in a currency by its ISO code, as amounts are.
            if step.get("unconfirmed"):
                cost, unit = None, None
            elif fee:
                cost, unit = fee.get("value"), fee.get("currency") or fee.get("unit")
            else:
                cost, unit = step.get("amount"), step.get("currency")
            records.append(
                {
                    "procedure_id": page["id"],
                    "procedure": page["title"],
                    "step": number,
                    "title": step.get("title"),
                    "public_body": (step.get("institution") or {}).get("name"),
                    "same_time_as_previous": bool(step.get("parallel")),
                    "fee_key": fee.get("key"),
                    "cost": cost,
                    "cost_unit": unit,
                    "cost_note": step.get("cost_note") or None,
                    "days_min": step.get("days_min"),
                    "days_max": step.get("days_max"),
                    "cost_confirmed": not step.get("unconfirmed"),
                    "result": step.get("result"),
                    "documents": [document.get("name") for document in step.get("documents") or []],
                    "online_url": step.get("online_url") or None,
                    "legal_basis": [act["key"] for act in step.get("legal_basis") or []],
                    "url": f"{page['meta']['translations'][language]['url']}#step-{number}",
                }
            )
    return records


def tax_rates(content: SiteContent, language: str) -> list[dict]:
    acts = {act["id"]: act["key"] for act in content.reference_items(language, "legal-acts")}
    fields = (
        "key",
        "name",
        "category",
        "value",
        "unit",
        "display_value",
        "note",
        "applies_to",
        "effective_from",
        "effective_to",
    )
    return [
        {
            **{name: rate.get(name) for name in fields},
            "legal_basis": [acts.get(act["id"]) for act in rate.get("legal_basis") or []],
        }
        for rate in content.reference_items(language, "tax-rates")
    ]


def legal_acts(content: SiteContent, language: str) -> list[dict]:
    fields = ("key", "title", "number", "date", "official_url", "citation")
    return [{name: act.get(name) for name in fields} for act in content.reference_items(language, "legal-acts")]


def terms(kind: str):
    def build(content: SiteContent, language: str) -> list[dict]:
        return [{"key": term["key"], "name": term["name"]} for term in content.reference_items(language, kind)]

    return build


BUILDERS = {
    "projects": projects,
    "incentives": incentives,
    "procedures": procedures,
    "procedure-steps": procedure_steps,
    "tax-rates": tax_rates,
    "legal-acts": legal_acts,
    "sectors": terms("sectors"),
    "regions": terms("regions"),
}


def to_csv(records: list[dict]) -> str:
    if not records:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                key: "; ".join(str(v) for v in value) if isinstance(value, list) else ("" if value is None else value)
                for key, value in record.items()
            }
        )
    return buffer.getvalue()


def open_data_files(content: SiteContent, language: str) -> tuple[dict[str, bytes], list[dict]]:
    """The files of every data set in `language` ({relative path: bytes}) and the list the page shows."""
    files, listing = {}, []
    with translation.override(language):
        for name in DATASETS:
            records = BUILDERS[name](content, language)
            base = f"open-data/{language}/{name}"
            document = {
                "dataset": name,
                "title": dataset_title(name),
                "language": language,
                "licence": LICENCE,
                "items": records,
            }
            files[f"{base}.json"] = json.dumps(document, ensure_ascii=False, indent=1).encode()
            files[f"{base}.csv"] = to_csv(records).encode("utf-8")
            listing.append(
                {
                    "name": name,
                    "title": dataset_title(name),
                    "count": len(records),
                    "json": f"/{base}.json",
                    "csv": f"/{base}.csv",
                }
            )
    return files, listing
