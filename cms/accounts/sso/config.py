"""The sign-on configuration, read from `settings.EHIS_SSO` (see cms/settings/sign_on.py).

Endpoints may be absolute URLs (the real sign-on) or paths starting with "/", which mean "this
server": that is how the development identity provider under /dev-idp/ is reached, on whatever
host and port the portal is served.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from django.conf import settings


@dataclass(frozen=True)
class SignOnConfig:
    client_id: str
    client_secret: str
    authorization_url: str
    token_url: str
    jwks_url: str
    issuer: str
    scopes: tuple[str, ...]
    userinfo_url: str = ""
    certificates_url: str = ""
    end_session_url: str = ""
    redirect_uri: str = ""
    token_auth_method: str = "client_secret_basic"
    claims: dict[str, str] = field(default_factory=dict)
    certificate_voen_path: str = "structureData.voen"
    citizen_values: tuple[str, ...] = ("AZE",)
    stateless_values: tuple[str, ...] = ("", "XXA")
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_seconds: int = 60
    timeout_seconds: int = 10
    pending_lifetime_seconds: int = 600

    @property
    def is_configured(self) -> bool:
        return all([self.client_id, self.authorization_url, self.token_url, self.jwks_url, self.issuer])

    def absolute(self, url: str, request) -> str:
        """An endpoint as an absolute URL; a path is taken relative to the current request's origin."""
        if not url or "://" in url:
            return url
        return urljoin(request.build_absolute_uri("/"), url)

    def callback_url(self, request) -> str:
        return self.redirect_uri or request.build_absolute_uri("/sign-on/callback/")

    def wants_certificates(self) -> bool:
        return "certificate" in self.scopes and bool(self.certificates_url)


def sign_on_config() -> SignOnConfig:
    raw = dict(settings.EHIS_SSO)
    scopes = raw.pop("SCOPES", "openid")
    if isinstance(scopes, str):
        scopes = scopes.split()
    tuples = {"CITIZEN_VALUES", "STATELESS_VALUES", "ALGORITHMS"}
    kwargs: dict[str, Any] = {key.lower(): (tuple(value) if key in tuples else value) for key, value in raw.items()}
    return SignOnConfig(scopes=tuple(scopes), **kwargs)
