"""Fixtures for the sign-on tests: registry data the test may change, the development provider
registered for the live server, and signing in over real HTTP the way a browser does."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from django.core.management import call_command

from cms.accounts.devidp.identities import DEFAULT_PATH as IDENTITIES_PATH
from cms.accounts.exchange.fixtures import DEFAULT_PATH as REGISTRY_PATH


@dataclass
class EditableJson:
    path: Path

    def read(self) -> dict:
        return json.loads(self.path.read_text(encoding="utf-8"))

    def write(self, data: dict) -> None:
        self.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def registry(tmp_path, settings) -> EditableJson:
    """The development data exchange, fed from a copy of its fixture that the test may change."""
    copy = tmp_path / "registry.json"
    shutil.copy(REGISTRY_PATH, copy)
    settings.EHIS_EXCHANGE = {
        "BACKEND": "cms.accounts.exchange.fixtures.FixtureExchange",
        "OPTIONS": {"path": str(copy)},
    }
    return EditableJson(copy)


@pytest.fixture
def identities(tmp_path, settings) -> EditableJson:
    """The development provider's test identities, from a copy the test may change."""
    copy = tmp_path / "identities.json"
    shutil.copy(IDENTITIES_PATH, copy)
    settings.DEV_IDP_IDENTITIES = str(copy)
    return EditableJson(copy)


@pytest.fixture
def portal(live_server, registry, identities):
    """The live portal with the development provider mounted and the portal registered as its client."""
    call_command("ensure_dev_idp_client", "--base-url", live_server.url, stdout=io.StringIO())
    return live_server.url


class Browser(requests.Session):
    """A requests session that fills in forms the way a person would: it keeps cookies, follows
    redirects and sends the CSRF token of the form it submits."""

    def __init__(self, base_url: str):
        super().__init__()
        self.base_url = base_url
        self.last = None

    def open(self, path: str, **kwargs) -> requests.Response:
        self.last = self.get(path if path.startswith("http") else self.base_url + path, **kwargs)
        return self.last

    def submit(
        self, response: requests.Response, *, form_containing: str, data: dict | None = None, **kwargs
    ) -> requests.Response:
        """Submits the form of `response` that contains `form_containing`, with its hidden fields."""
        for match in re.finditer(r"<form\b([^>]*)>(.*?)</form>", response.text, re.S):
            attributes, body = match.groups()
            if form_containing not in body:
                continue
            action = re.search(r'action="([^"]*)"', attributes)
            fields = {
                html.unescape(name): html.unescape(value)
                for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', body)
            }
            fields.update(data or {})
            target = html.unescape(action.group(1)) if action else response.url
            if target.startswith("/"):
                parts = urlsplit(response.url)
                target = f"{parts.scheme}://{parts.netloc}{target}"
            elif not target:
                target = response.url
            self.last = self.post(target, data=fields, headers={"Referer": response.url}, **kwargs)
            return self.last
        raise AssertionError(f"No form containing {form_containing!r} on {response.url}")

    def sign_in(self, identity_key: str, start: str = "/cabinet/") -> requests.Response:
        """Starts at an e-cabinet page, picks the identity on the provider's page, comes back."""
        page = self.open(start)
        assert "/dev-idp/sign-in/" in page.url, f"expected the provider's sign-in page, got {page.url}"
        return self.submit(page, form_containing=f'value="{identity_key}"')


@pytest.fixture
def browser(portal):
    sessions = []

    def make() -> Browser:
        session = Browser(portal)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()
