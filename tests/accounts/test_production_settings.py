"""Production settings refuse what must never run in production. Each case imports
cms.settings.production in a fresh interpreter, as a production process would."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "q8Zr2-LxV9mNt4Kp0wYbHs7EjUc5AgTd3RfWn6oBiMv1lQeXyS",
    "DATABASE_URL": "postgres://invest:secret@db.example:5432/invest",
}


def load_production(**extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("EHIS_", "DEV_IDP", "STAFF_TWO"))}
    env.update(PRODUCTION_ENV, **extra)
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    code = "import django.conf as c; c.settings.INSTALLED_APPS; print('started')"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_production_starts_with_a_proper_configuration():
    result = load_production(
        EHIS_SSO_CLIENT_ID="invest-az",
        EHIS_SSO_CLIENT_SECRET="s3cret",
        EHIS_SSO_AUTHORIZATION_URL="https://digital.login.gov.az/grant-permission",
        EHIS_SSO_TOKEN_URL="https://apidigital.login.gov.az/ssoauth/oauth2/token",
        EHIS_SSO_JWKS_URL="https://apidigital.login.gov.az/ssoauth/oauth2/jwks",
        EHIS_SSO_ISSUER="https://apidigital.login.gov.az",
    )
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_production_refuses_to_start_with_the_development_provider():
    result = load_production(DEV_IDP_ENABLED="1")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "development identity provider" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("EHIS_EXCHANGE_BACKEND", "cms.accounts.exchange.fixtures.FixtureExchange", "development fixtures"),
        ("EHIS_SSO_TOKEN_URL", "http://sso.example/token", "https://"),
        ("EHIS_SSO_TOKEN_URL", "/dev-idp/token/", "https://"),
        ("STAFF_TWO_FACTOR_REQUIRED", "0", "second factor"),
    ],
)
def test_production_refuses_development_shortcuts(variable, value, message):
    result = load_production(**{variable: value})
    assert result.returncode != 0
    assert message in result.stderr


ENV_EXAMPLE = ROOT / "deploy" / "env.example"


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        ("k" * 60, "distinct characters"),
        ("change-me-to-a-long-random-value-of-at-least-forty-characters", "placeholder"),
        ("insecure-development-key-change-me", "placeholder"),
        ("Zq9-shortbutrandom", "at least 50"),
    ],
)
def test_production_refuses_a_placeholder_short_or_repetitive_secret_key(secret, message):
    result = load_production(DJANGO_SECRET_KEY=secret)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr and message in result.stderr


def test_the_secret_key_of_the_example_environment_file_is_refused():
    values = dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.startswith("#")
    )
    result = load_production(DJANGO_SECRET_KEY=values["DJANGO_SECRET_KEY"])
    assert result.returncode != 0 and "DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.parametrize("settings_module", ["cms.settings.production", "cms.settings.staging"])
def test_the_deployment_checks_find_nothing_to_warn_about(settings_module):
    """`manage.py check --deploy` as an operator runs it before a release: not one warning."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("EHIS_", "DEV_IDP", "STAFF_TWO", "DJANGO_"))
    }
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE=settings_module, DJANGO_ALLOWED_HOSTS="invest.az")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
