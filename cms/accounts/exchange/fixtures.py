"""The development data exchange: registry answers read from a JSON file at every lookup.

Reading the file each time lets a developer (or a test) change a registry record between two
sign-ins and watch the profile follow.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from .base import Activity, ResidencePermit, Taxpayer, TaxpayerKind

DEFAULT_PATH = Path(__file__).with_name("dev_registry.json")


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


class FixtureExchange:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else DEFAULT_PATH

    def _data(self) -> dict:
        return json.loads(self.path.read_text(encoding="utf-8"))

    def taxpayer(self, voen: str) -> Taxpayer | None:
        record = self._data().get("taxpayers", {}).get(voen)
        if record is None:
            return None
        return Taxpayer(
            voen=voen,
            kind=TaxpayerKind(record["kind"]),
            name=record["name"],
            person_fin=record["person_fin"],
            person_name=record.get("person_name", ""),
            legal_form=record.get("legal_form", ""),
            address=record.get("address", ""),
            activities=tuple(Activity(**activity) for activity in record.get("activities", [])),
            registered_on=_date(record.get("registered_on")),
            tax_authority=record.get("tax_authority", ""),
            email=record.get("email", ""),
            phone=record.get("phone", ""),
            active=record.get("active", True),
        )

    def residence_permit(self, fin: str) -> ResidencePermit | None:
        record = self._data().get("residence_permits", {}).get(fin)
        if record is None:
            return None
        return ResidencePermit(
            kind=record["kind"],
            number=record["number"],
            issued_on=_date(record.get("issued_on")),
            valid_until=_date(record.get("valid_until")),
        )

    def registration_address(self, fin: str) -> str:
        return self._data().get("addresses", {}).get(fin, "")
