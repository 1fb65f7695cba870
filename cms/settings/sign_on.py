"""The EHİS sign-on (OAuth 2.0 / OpenID Connect client) and the e-government data exchange.

Every endpoint and secret comes from the environment. The development and test settings replace
them with `development_provider()`, which points the client at the development identity provider
mounted under /dev-idp/ on the same server; production refuses to start with it.
"""

from pathlib import Path

from .environment import env_int, env_list, env_str


def sign_on_from_environment() -> dict:
    return {
        "CLIENT_ID": env_str("EHIS_SSO_CLIENT_ID"),
        "CLIENT_SECRET": env_str("EHIS_SSO_CLIENT_SECRET"),
        "AUTHORIZATION_URL": env_str("EHIS_SSO_AUTHORIZATION_URL"),
        "TOKEN_URL": env_str("EHIS_SSO_TOKEN_URL"),
        "JWKS_URL": env_str("EHIS_SSO_JWKS_URL"),
        "ISSUER": env_str("EHIS_SSO_ISSUER"),
        "USERINFO_URL": env_str("EHIS_SSO_USERINFO_URL"),
        "CERTIFICATES_URL": env_str("EHIS_SSO_CERTIFICATES_URL"),
        "END_SESSION_URL": env_str("EHIS_SSO_END_SESSION_URL"),
        "REDIRECT_URI": env_str("EHIS_SSO_REDIRECT_URI"),
        "SCOPES": env_str("EHIS_SSO_SCOPES", "openid user certificate"),
        "TOKEN_AUTH_METHOD": env_str("EHIS_SSO_TOKEN_AUTH_METHOD", "client_secret_basic"),
        "CLAIMS": {
            "fin": env_str("EHIS_SSO_CLAIM_FIN", "user.pin"),
            "first_name": env_str("EHIS_SSO_CLAIM_FIRST_NAME", "user.firstName"),
            "last_name": env_str("EHIS_SSO_CLAIM_LAST_NAME", "user.lastName"),
            "patronymic": env_str("EHIS_SSO_CLAIM_PATRONYMIC", "user.patronymic"),
            "citizenship": env_str("EHIS_SSO_CLAIM_CITIZENSHIP", "user.citizenship"),
            "phone": env_str("EHIS_SSO_CLAIM_PHONE", "user.phone"),
        },
        "CERTIFICATE_VOEN_PATH": env_str("EHIS_SSO_CERTIFICATE_VOEN_PATH", "structureData.voen"),
        "CITIZEN_VALUES": env_list("EHIS_SSO_CITIZEN_VALUES", ["AZE"]),
        "STATELESS_VALUES": env_list("EHIS_SSO_STATELESS_VALUES", ["XXA"]) + [""],
        "ALGORITHMS": env_list("EHIS_SSO_ALGORITHMS", ["RS256"]),
        "LEEWAY_SECONDS": env_int("EHIS_SSO_LEEWAY_SECONDS", 60),
        "TIMEOUT_SECONDS": env_int("EHIS_SSO_TIMEOUT_SECONDS", 10),
    }


def exchange_from_environment() -> dict:
    return {"BACKEND": env_str("EHIS_EXCHANGE_BACKEND", "cms.accounts.exchange.base.SignOnOnlyExchange")}


DEV_IDP_CLIENT_ID = "invest-az-development"
# Not a secret: the development provider only exists in development and test settings.
DEV_IDP_CLIENT_SECRET = "development-client-secret-not-for-production"


def development_provider(var_dir: Path) -> dict:
    """Settings for the development identity provider and a client pointed at it (paths = this server)."""
    from cms.accounts.devidp.keys import development_signing_key

    sign_on = sign_on_from_environment()
    sign_on.update(
        {
            "CLIENT_ID": DEV_IDP_CLIENT_ID,
            "CLIENT_SECRET": DEV_IDP_CLIENT_SECRET,
            "AUTHORIZATION_URL": "/dev-idp/authorize/",
            "TOKEN_URL": "/dev-idp/token/",
            "JWKS_URL": "/dev-idp/.well-known/jwks.json",
            "ISSUER": "/dev-idp",
            "USERINFO_URL": "/dev-idp/userinfo/",
            "CERTIFICATES_URL": "/dev-idp/certificates/",
            "END_SESSION_URL": "/dev-idp/logout/",
            "REDIRECT_URI": "",
            "SCOPES": "openid user certificate",
        }
    )
    return {
        "EHIS_SSO": sign_on,
        "EHIS_EXCHANGE": {"BACKEND": "cms.accounts.exchange.fixtures.FixtureExchange"},
        "OAUTH2_PROVIDER": {
            "OIDC_ENABLED": True,
            "OIDC_RSA_PRIVATE_KEY": development_signing_key(var_dir),
            "OAUTH2_VALIDATOR_CLASS": "cms.accounts.devidp.validator.DigitalLoginShapedValidator",
            "SCOPES": {
                "openid": "OpenID Connect",
                "user": "The person's identity (FIN, names, citizenship, phone)",
                "certificate": "The person's e-signature certificates (VÖEN)",
            },
            "DEFAULT_SCOPES": ["openid"],
            "PKCE_REQUIRED": True,
            "ACCESS_TOKEN_EXPIRE_SECONDS": 300,
            "AUTHORIZATION_CODE_EXPIRE_SECONDS": 60,
            "ID_TOKEN_EXPIRE_SECONDS": 300,
        },
    }
