"""The client refuses every ID token it must not trust. Tokens are crafted here with keys of our own."""

import time

import pytest
from django.utils import translation
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from cms.accounts.sso.claims import identity_from_claims, voens_from_certificates
from cms.accounts.sso.errors import SignOnError
from cms.accounts.sso.tokens import verify_id_token

ISSUER = "https://sso.example.az"
CLIENT_ID = "invest-az"
NONCE = "n-0S6_WzA2Mj"


@pytest.fixture(scope="module")
def provider_key():
    return RSAKey.generate_key(2048, parameters={"kid": "provider-1", "use": "sig"})


@pytest.fixture(scope="module")
def attacker_key():
    # Same key id as the provider's: only the signature can tell them apart.
    return RSAKey.generate_key(2048, parameters={"kid": "provider-1", "use": "sig"})


@pytest.fixture(scope="module")
def jwks(provider_key):
    return KeySet([provider_key]).as_dict(private=False)


def claims(**changes):
    now = int(time.time())
    values = {
        "iss": ISSUER,
        "sub": "b1f0c2",
        "aud": CLIENT_ID,
        "iat": now,
        "exp": now + 300,
        "nonce": NONCE,
        "user": {
            "pin": "5ZJBKQH",
            "firstName": "Aysel",
            "lastName": "Məmmədova",
            "patronymic": "Rauf qızı",
            "citizenship": "AZE",
            "phone": "+994501112233",
        },
    }
    values.update(changes)
    return {key: value for key, value in values.items() if value is not None}


def sign(key, payload, alg="RS256"):
    return jwt.encode({"alg": alg, "kid": key.kid}, payload, key)


def verify(token, jwks, nonce=NONCE):
    return verify_id_token(token, jwks=jwks, issuer=ISSUER, client_id=CLIENT_ID, nonce=nonce, leeway=60)


def test_a_well_formed_token_is_accepted_and_its_claims_returned(provider_key, jwks):
    verified = verify(sign(provider_key, claims()), jwks)
    assert verified["user"]["pin"] == "5ZJBKQH"


def test_a_token_signed_with_another_key_is_refused(attacker_key, jwks):
    with pytest.raises(SignOnError) as refused:
        verify(sign(attacker_key, claims()), jwks)
    assert refused.value.code == "bad_signature"


def test_a_token_whose_payload_was_changed_after_signing_is_refused(provider_key, jwks):
    header, _payload, signature = sign(provider_key, claims()).split(".")
    forged_payload = sign(provider_key, claims(user={"pin": "9ZZZZZZ"})).split(".")[1]
    with pytest.raises(SignOnError) as refused:
        verify(f"{header}.{forged_payload}.{signature}", jwks)
    assert refused.value.code == "bad_signature"


def test_an_unsigned_token_is_refused(jwks):
    import base64
    import json

    def part(data):
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    with pytest.raises(SignOnError) as refused:
        verify(f"{part({'alg': 'none'})}.{part(claims())}.", jwks)
    assert refused.value.code in {"wrong_algorithm", "malformed_token", "bad_signature"}


def test_a_token_for_another_client_is_refused(provider_key, jwks):
    with pytest.raises(SignOnError) as refused:
        verify(sign(provider_key, claims(aud="another-portal")), jwks)
    assert refused.value.code == "wrong_audience"


def test_a_token_for_several_audiences_must_name_us_as_the_authorised_party(provider_key, jwks):
    with pytest.raises(SignOnError) as refused:
        verify(sign(provider_key, claims(aud=[CLIENT_ID, "another-portal"], azp="another-portal")), jwks)
    assert refused.value.code == "wrong_audience"
    assert verify(sign(provider_key, claims(aud=[CLIENT_ID, "another-portal"], azp=CLIENT_ID)), jwks)


def test_an_expired_token_is_refused(provider_key, jwks):
    issued = int(time.time()) - 3600
    with pytest.raises(SignOnError) as refused:
        verify(sign(provider_key, claims(iat=issued, exp=issued + 300)), jwks)
    assert refused.value.code == "expired_token"


def test_a_token_without_expiry_is_refused(provider_key, jwks):
    with pytest.raises(SignOnError) as refused:
        verify(sign(provider_key, claims(exp=None)), jwks)
    assert refused.value.code in {"expired_token", "missing_claim"}


def test_a_token_from_another_issuer_is_refused(provider_key, jwks):
    with pytest.raises(SignOnError) as refused:
        verify(sign(provider_key, claims(iss="https://evil.example")), jwks)
    assert refused.value.code == "wrong_issuer"


def test_a_token_with_another_nonce_is_refused(provider_key, jwks):
    with pytest.raises(SignOnError) as refused:
        verify(sign(provider_key, claims(nonce="replayed-from-another-sign-in")), jwks)
    assert refused.value.code == "wrong_nonce"


def test_a_token_without_a_nonce_is_refused(provider_key, jwks):
    with pytest.raises(SignOnError) as refused:
        verify(sign(provider_key, claims(nonce=None)), jwks)
    assert refused.value.code == "wrong_nonce"


def test_a_token_signed_with_a_symmetric_algorithm_is_refused(jwks):
    from joserfc.jwk import OctKey

    secret = OctKey.generate_key(256, parameters={"kid": "provider-1"})
    with pytest.raises(SignOnError) as refused:
        verify(jwt.encode({"alg": "HS256", "kid": "provider-1"}, claims(), secret), jwks)
    assert refused.value.code in {"wrong_algorithm", "unknown_key", "malformed_token"}


def test_claims_without_a_fin_are_refused_with_a_clear_message(provider_key, jwks):
    verified = verify(sign(provider_key, claims(user={"firstName": "Aysel", "lastName": "Məmmədova"})), jwks)
    with pytest.raises(SignOnError) as refused:
        identity_from_claims(verified)
    assert refused.value.code == "missing_identity"
    with translation.override("en"):
        assert "personal identification number (FIN)" in str(refused.value.message)
    with translation.override("az"):
        assert "fərdi identifikasiya nömrənizi (FİN)" in str(refused.value.message)


def test_the_identity_follows_the_configured_claim_paths():
    identity = identity_from_claims(
        {"sub": "x", "person": {"fin": "5zjbkqh", "name": "Aysel", "surname": "Məmmədova"}},
        paths={"fin": "person.fin", "first_name": "person.name", "last_name": "person.surname"},
        voens=["1700812341", "not-a-voen", "1700812341"],
    )
    assert (identity.fin, identity.first_name, identity.last_name) == ("5ZJBKQH", "Aysel", "Məmmədova")
    assert identity.voens == ("1700812341",)


def test_voens_are_read_from_the_certificate_list():
    certificates = {"certificates": [{"structureData": {"voen": "1700812341"}}, {"structureName": "no organisation"}]}
    assert voens_from_certificates(certificates, "structureData.voen") == ["1700812341"]
