"""Production: PostgreSQL, Elasticsearch, a task worker and nginx in front (docker-compose.yml).

Everything secret or site-specific must come from the environment; the checks below refuse to
start with a development default left in place.
"""

from django.core.exceptions import ImproperlyConfigured

from cms.core.logs import logging_config

from .base import *  # noqa: F403
from .environment import env_bool, env_int, env_str, weak_secret_reason

DEBUG = False
DEPLOYMENT_ENVIRONMENT = "production"
SECRET_KEY = env_str("DJANGO_SECRET_KEY", required=True)
if _weakness := weak_secret_reason(SECRET_KEY):
    raise ImproperlyConfigured(
        f"DJANGO_SECRET_KEY is not fit for production: {_weakness}. Generate one with: "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
if not env_str("DATABASE_URL"):
    raise ImproperlyConfigured("DATABASE_URL must point at the production PostgreSQL database.")

# One JSON object a line, for the log collector (cms/core/logs.py); LOG_FORMAT=text to read by eye.
LOG_FORMAT = env_str("LOG_FORMAT", "json")
LOGGING = logging_config(json=LOG_FORMAT == "json", level=env_str("LOG_LEVEL", "INFO"), levels=LOG_LEVELS)  # noqa: F405

TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_str("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# The site and every subdomain are https only (includeSubDomains already says so): the domain may
# be submitted to the browsers' preload list. nginx sends the same value (deploy/nginx.conf).
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# The sign-on. The development identity provider must never run here: it signs in anyone as
# anyone, with a key that lives on a developer's disk.
if DEV_IDP_ENABLED or env_bool("DEV_IDP_ENABLED", False) or "oauth2_provider" in INSTALLED_APPS:  # noqa: F405
    raise ImproperlyConfigured("The development identity provider (DEV_IDP_ENABLED) cannot be used in production.")
if EHIS_EXCHANGE["BACKEND"].endswith(".FixtureExchange"):  # noqa: F405
    raise ImproperlyConfigured("EHIS_EXCHANGE_BACKEND points at the development fixtures.")
for _name in (
    "AUTHORIZATION_URL",
    "TOKEN_URL",
    "JWKS_URL",
    "ISSUER",
    "USERINFO_URL",
    "CERTIFICATES_URL",
    "END_SESSION_URL",
    "REDIRECT_URI",
):
    _value = EHIS_SSO[_name]  # noqa: F405
    if _value and not _value.startswith("https://"):
        raise ImproperlyConfigured(f"EHIS_SSO_{_name} must be an https:// URL in production, not {_value!r}.")
if EHIS_SSO["CLIENT_ID"] and not EHIS_SSO["CLIENT_SECRET"]:  # noqa: F405
    raise ImproperlyConfigured("EHIS_SSO_CLIENT_SECRET must be set with EHIS_SSO_CLIENT_ID.")
if not STAFF_TWO_FACTOR_REQUIRED:  # noqa: F405
    raise ImproperlyConfigured("Staff must use a second factor in production (STAFF_TWO_FACTOR_REQUIRED).")
# nginx in front appends the client's address to X-Forwarded-For (deploy/nginx.conf).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
