"""From the sign-on's claims to a `SignOnIdentity`, following the claim paths in the settings.

The real sign-on nests the person in a "user" object (user.pin is the FIN); the paths are settings
so that a change on the provider's side is a configuration change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import SignOnError

FIN_PATTERN = re.compile(r"^[0-9A-Z]{7}$")
VOEN_PATTERN = re.compile(r"^[0-9]{10}$")

DEFAULT_CLAIM_PATHS = {
    "fin": "user.pin",
    "first_name": "user.firstName",
    "last_name": "user.lastName",
    "patronymic": "user.patronymic",
    "citizenship": "user.citizenship",
    "phone": "user.phone",
}


@dataclass(frozen=True)
class SignOnIdentity:
    subject: str
    fin: str
    first_name: str
    last_name: str
    patronymic: str = ""
    citizenship: str = ""
    phone: str = ""
    voens: tuple[str, ...] = ()


def claim_at(data, path: str):
    """The value at a dotted path ("user.pin"), or None."""
    value = data
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _text(data, path: str) -> str:
    value = claim_at(data, path) if path else None
    return "" if value is None else str(value).strip()


def identity_from_claims(claims: dict, *, paths: dict[str, str] | None = None, voens=()) -> SignOnIdentity:
    paths = {**DEFAULT_CLAIM_PATHS, **(paths or {})}
    fin = _text(claims, paths["fin"]).upper()
    if not fin:
        raise SignOnError("missing_identity", f"no FIN at {paths['fin']!r}")
    if not FIN_PATTERN.match(fin):
        raise SignOnError("missing_identity", "the FIN claim is not a 7-character FIN")
    return SignOnIdentity(
        subject=str(claims.get("sub", "")),
        fin=fin,
        first_name=_text(claims, paths["first_name"]),
        last_name=_text(claims, paths["last_name"]),
        patronymic=_text(claims, paths["patronymic"]),
        citizenship=_text(claims, paths["citizenship"]).upper(),
        phone=_text(claims, paths["phone"]),
        voens=tuple(dict.fromkeys(voen for voen in voens if VOEN_PATTERN.match(voen))),
    )


def voens_from_certificates(certificates, voen_path: str) -> list[str]:
    """The VÖENs in the certificate list that the "certificate" scope gives access to."""
    if isinstance(certificates, dict):
        # Either {"certificates": [...]} or {"data": [...]}, depending on the deployment.
        certificates = certificates.get("certificates", certificates.get("data", []))
    voens = []
    for certificate in certificates or []:
        voen = _text(certificate, voen_path)
        if voen:
            voens.append(voen)
    return voens
