from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class TaxpayerKind(StrEnum):
    SOLE_PROPRIETOR = "sole_proprietor"
    LEGAL_ENTITY = "legal_entity"


@dataclass(frozen=True)
class Activity:
    code: str
    name: str
    main: bool = False

    def as_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "main": self.main}


@dataclass(frozen=True)
class Taxpayer:
    """A taxpayer registration (VÖEN): a sole proprietor or a legal entity."""

    voen: str
    kind: TaxpayerKind
    name: str
    # The proprietor of a sole proprietorship, or the head of a legal entity.
    person_fin: str
    person_name: str = ""
    legal_form: str = ""
    address: str = ""
    activities: tuple[Activity, ...] = ()
    registered_on: datetime.date | None = None
    tax_authority: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class ResidencePermit:
    kind: str  # "temporary" or "permanent"
    number: str
    issued_on: datetime.date | None = None
    valid_until: datetime.date | None = None


class DataExchange(Protocol):
    def taxpayer(self, voen: str) -> Taxpayer | None: ...

    def residence_permit(self, fin: str) -> ResidencePermit | None: ...

    def registration_address(self, fin: str) -> str: ...


class SignOnOnlyExchange:
    """No data exchange connected: every lookup finds nothing, and profiles rest on the sign-on."""

    def taxpayer(self, voen: str) -> Taxpayer | None:
        return None

    def residence_permit(self, fin: str) -> ResidencePermit | None:
        return None

    def registration_address(self, fin: str) -> str:
        return ""
