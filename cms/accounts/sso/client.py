"""The OAuth 2.0 authorization-code flow with PKCE, state and nonce, against the EHİS sign-on.

`begin()` returns the provider's authorization URL and the pending sign-in (state, nonce, PKCE
verifier, where to go next), signed, for a short-lived cookie that only the callback receives: an
anonymous visitor who starts signing in leaves no session row behind, however often they start.
`complete()` checks the callback against that cookie once: the state is spent in the shared cache
before anything else, so a replayed callback (the cookie copied, or kept) finds nothing. It then
exchanges the code, verifies the ID token and returns who signed in. The protocol stays here: the
rest of the portal sees a `SignOnIdentity`.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import secrets
import time
from urllib.parse import urlencode

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.requests_client import OAuth2Session
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import constant_time_compare
from joserfc.jwk import KeySetSerialization

from .claims import SignOnIdentity, identity_from_claims, voens_from_certificates
from .config import SignOnConfig, sign_on_config
from .errors import SignOnError
from .tokens import verify_id_token

logger = logging.getLogger(__name__)

PENDING_COOKIE = "sign_on_pending"
_PENDING_SALT = "accounts.sign_on.pending"
JWKS_CACHE_SECONDS = 600


def _oauth_session(config: SignOnConfig, request, **kwargs) -> OAuth2Session:
    return OAuth2Session(
        client_id=config.client_id,
        client_secret=config.client_secret,
        scope=" ".join(config.scopes),
        redirect_uri=config.callback_url(request),
        token_endpoint_auth_method=config.token_auth_method,
        code_challenge_method="S256",
        **kwargs,
    )


def begin(request, *, next_url: str) -> tuple[str, str]:
    """The provider's authorization URL, and the signed pending sign-in for `PENDING_COOKIE`."""
    config = sign_on_config()
    if not config.is_configured:
        raise SignOnError("not_configured")
    state = secrets.token_urlsafe(32)
    nonce = secrets.token_urlsafe(32)
    code_verifier = secrets.token_urlsafe(64)
    pending = {
        "state": state,
        "nonce": nonce,
        "code_verifier": code_verifier,
        "next": next_url,
        "started": int(time.time()),
    }
    with _oauth_session(config, request) as oauth:
        url, _state = oauth.create_authorization_url(
            config.absolute(config.authorization_url, request),
            state=state,
            nonce=nonce,
            code_verifier=code_verifier,
        )
    return url, signing.dumps(pending, salt=_PENDING_SALT, compress=True)


def pending_sign_in(request) -> dict | None:
    """The sign-in this browser started (read, not spent), or None: for the language of the pages."""
    try:
        return signing.loads(request.COOKIES.get(PENDING_COOKIE, ""), salt=_PENDING_SALT)
    except signing.BadSignature:
        return None


def _spend(request, config: SignOnConfig) -> dict:
    """The pending sign-in of this callback, usable once; SignOnError if there is none."""
    raw = request.COOKIES.get(PENDING_COOKIE)
    if not raw:
        raise SignOnError("no_pending_sign_in", "no sign-in was started in this browser, or it was used")
    try:
        pending = signing.loads(raw, salt=_PENDING_SALT)
    except signing.BadSignature:
        raise SignOnError("state_mismatch", "the pending sign-in is not one this portal signed") from None
    spent_key = f"sign-on-spent:{hashlib.sha256(pending['state'].encode()).hexdigest()}"
    if not cache.add(spent_key, 1, timeout=config.pending_lifetime_seconds + 60):
        raise SignOnError("no_pending_sign_in", "this sign-in was used already")
    return pending


def complete(request) -> tuple[SignOnIdentity, dict, str]:
    """Who signed in, the raw claims, and where to go next; SignOnError when anything is off.

    The caller removes `PENDING_COOKIE` whatever the outcome."""
    config = sign_on_config()
    if not config.is_configured:
        raise SignOnError("not_configured")
    pending = _spend(request, config)
    if not constant_time_compare(request.GET.get("state", ""), pending["state"]):
        raise SignOnError("state_mismatch", "the callback's state is not the one this session sent")
    if time.time() - pending["started"] > config.pending_lifetime_seconds:
        raise SignOnError("expired_sign_in")
    if request.GET.get("error"):
        raise SignOnError("provider_error", f"{request.GET.get('error')}: {request.GET.get('error_description', '')}")
    code = request.GET.get("code")
    if not code:
        raise SignOnError("provider_error", "the callback carries no authorization code")

    token = _exchange_code(config, request, code, pending["code_verifier"])
    id_token = token.get("id_token")
    if not id_token:
        raise SignOnError("missing_claim", "the token response has no id_token")
    claims = _verify(config, request, id_token, pending["nonce"])

    if config.userinfo_url:
        userinfo = _get_json(config, request, config.userinfo_url, token["access_token"])
        if str(userinfo.get("sub", "")) != str(claims.get("sub")):
            raise SignOnError("subject_mismatch", "userinfo describes another subject than the ID token")
        # The signed ID token wins; userinfo only fills in what it does not carry.
        claims = {**userinfo, **claims}
    voens = []
    if config.wants_certificates():
        certificates = _get_json(config, request, config.certificates_url, token["access_token"])
        voens = voens_from_certificates(certificates, config.certificate_voen_path)
    identity = identity_from_claims(claims, paths=config.claims, voens=voens)
    return identity, {"id_token": id_token}, pending.get("next") or ""


def _exchange_code(config: SignOnConfig, request, code: str, code_verifier: str) -> dict:
    try:
        with _oauth_session(config, request) as oauth:
            return oauth.fetch_token(
                config.absolute(config.token_url, request),
                grant_type="authorization_code",
                code=code,
                code_verifier=code_verifier,
                timeout=config.timeout_seconds,
            )
    except requests.RequestException as exc:
        raise SignOnError("provider_unreachable", f"token endpoint: {exc}") from exc
    except (AuthlibBaseError, ValueError) as exc:
        raise SignOnError("provider_error", f"token endpoint refused the code: {exc}") from exc


def _verify(config: SignOnConfig, request, id_token: str, nonce: str) -> dict:
    verify = functools.partial(
        verify_id_token,
        id_token,
        issuer=config.absolute(config.issuer, request),
        client_id=config.client_id,
        nonce=nonce,
        algorithms=config.algorithms,
        leeway=config.leeway_seconds,
    )
    jwks_url = config.absolute(config.jwks_url, request)
    try:
        return verify(jwks=_jwks(config, jwks_url))
    except SignOnError as exc:
        if exc.code != "unknown_key":
            raise
    # The provider may have rotated its keys since we cached them: fetch once more.
    return verify(jwks=_jwks(config, jwks_url, refresh=True))


def _jwks(config: SignOnConfig, url: str, *, refresh: bool = False) -> KeySetSerialization:
    cache_key = f"sign-on-jwks:{url}"
    jwks = None if refresh else cache.get(cache_key)
    if jwks is None:
        try:
            response = requests.get(url, timeout=config.timeout_seconds)
            response.raise_for_status()
            jwks = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise SignOnError("provider_unreachable", f"JWKS endpoint: {exc}") from exc
        cache.set(cache_key, jwks, JWKS_CACHE_SECONDS)
    return jwks


def _get_json(config: SignOnConfig, request, url: str, access_token: str):
    try:
        response = requests.get(
            config.absolute(url, request),
            headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},
            timeout=config.timeout_seconds,
        )
        response.raise_for_status()
        return response.json()
    except (requests.RequestException, ValueError) as exc:
        raise SignOnError("provider_unreachable", f"{url}: {exc}") from exc


def end_session_url(request, *, id_token: str, post_logout_redirect_uri: str, state: str) -> str:
    """The provider's sign-out URL (OIDC RP-initiated logout), or "" when it has none configured."""
    config = sign_on_config()
    if not config.end_session_url:
        return ""
    query = urlencode(
        {
            "id_token_hint": id_token,
            "client_id": config.client_id,
            "post_logout_redirect_uri": post_logout_redirect_uri,
            "state": state,
        }
    )
    return f"{config.absolute(config.end_session_url, request)}?{query}"
