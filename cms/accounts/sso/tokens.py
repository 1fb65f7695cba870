"""Verifying the ID token: signature (against the provider's JWKS), issuer, audience, expiry, nonce.

Kept apart from the HTTP flow so that every refusal can be tested with tokens crafted in the test.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from joserfc import jwt
from joserfc.errors import (
    BadSignatureError,
    ExpiredTokenError,
    InvalidClaimError,
    JoseError,
    MissingClaimError,
    UnsupportedAlgorithmError,
)
from joserfc.jwk import KeySet, KeySetSerialization

from .errors import SignOnError


def verify_id_token(
    id_token: str,
    *,
    jwks: KeySetSerialization,
    issuer: str,
    client_id: str,
    nonce: str,
    algorithms: tuple[str, ...] = ("RS256",),
    leeway: int = 60,
    now: Callable[[], int] | None = None,
) -> dict:
    """The ID token's claims, or SignOnError with the precise reason."""
    try:
        key_set = KeySet.import_key_set(jwks)
    except (JoseError, ValueError, TypeError) as exc:
        raise SignOnError("unknown_key", f"the provider's JWKS cannot be read: {exc}") from exc
    try:
        token = jwt.decode(id_token, key_set, algorithms=list(algorithms))
    except BadSignatureError as exc:
        raise SignOnError("bad_signature", "the ID token's signature does not verify") from exc
    except UnsupportedAlgorithmError as exc:
        raise SignOnError("wrong_algorithm", str(exc)) from exc
    except (ValueError, JoseError) as exc:
        # An unknown "kid" or a token that is not a JWS at all.
        code = "unknown_key" if "key" in str(exc).lower() else "malformed_token"
        raise SignOnError(code, str(exc)) from exc

    registry = jwt.JWTClaimsRegistry(
        now=now or (lambda: int(time.time())),
        leeway=leeway,
        iss={"essential": True, "value": issuer},
        sub={"essential": True},
        aud={"essential": True, "value": client_id},
        exp={"essential": True},
        iat={"essential": True},
    )
    try:
        registry.validate(token.claims)
    except ExpiredTokenError as exc:
        raise SignOnError("expired_token", "the ID token has expired") from exc
    except (InvalidClaimError, MissingClaimError) as exc:
        code = {"iss": "wrong_issuer", "aud": "wrong_audience", "exp": "expired_token"}.get(exc.claim, "missing_claim")
        raise SignOnError(code, str(exc)) from exc
    except JoseError as exc:
        raise SignOnError("malformed_token", str(exc)) from exc

    claims = token.claims
    # With several audiences, OIDC Core 3.1.3.7 requires us to be the authorised party.
    if isinstance(claims.get("aud"), list) and len(claims["aud"]) > 1 and claims.get("azp") != client_id:
        raise SignOnError("wrong_audience", "the ID token was issued to another party (azp)")
    if not nonce or claims.get("nonce") != nonce:
        raise SignOnError("wrong_nonce", "the ID token's nonce is not the one this sign-in sent")
    return claims
