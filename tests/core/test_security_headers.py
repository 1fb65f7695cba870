"""The security headers as Django sends them: the same public policies on the built site's files,
the pages rendered on request, the e-cabinet and the API; the admin and the API's reader with
their own Content-Security-Policy; and nothing inline in the public templates, which the policy
would refuse. (The same values through nginx: tests/deploy/test_nginx.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cms.core.headers import content_security_policy, permissions_policy, public_headers
from tests.frontend.conftest import built_site, private_site  # noqa: F401  (the shared full build)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def one_of_each(response, names) -> dict[str, str]:
    headers = {}
    for name in names:
        values = [value for key, value in response.headers.items() if key.lower() == name.lower()]
        assert len(values) == 1, (response.request["PATH_INFO"], name, values)
        headers[name] = values[0]
    return headers


def test_the_public_policy_forbids_inline_code_other_hosts_and_framing():
    policy = dict(directive.split(" ", 1) for directive in content_security_policy("/en/").split("; "))
    assert policy["default-src"] == policy["script-src"] == policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == policy["object-src"] == "'none'"
    assert "unsafe" not in content_security_policy("/az/cabinet/") and "unsafe" not in content_security_policy(
        "/api/search"
    )
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions_policy()


@pytest.fixture
def static_files(settings):
    """/static/ answered from the apps' folders, as collectstatic would gather them (no STATIC_ROOT here)."""
    settings.WHITENOISE_USE_FINDERS = True


def test_built_files_dynamic_pages_the_cabinet_and_the_api_carry_the_same_public_headers(
    private_site, static_files, client
):
    css = next((private_site / "assets").glob("site.*.css")).name
    expected = public_headers()
    paths = [
        "/en/",  # a built page
        f"/assets/{css}",  # a built asset
        "/en/no-such-page/",  # the build's "not found" page
        "/static/search/autocomplete.js",  # a file of the application's own
        "/az/search/?q=vergi",  # search, rendered on request
        "/en/cabinet/signed-out/",  # the e-cabinet
        "/api/openapi.json",
        "/api/search?q=tax&lang=en",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == (404 if "no-such" in path else 200), (path, response.status_code)
        assert one_of_each(response, expected) == expected, path
    enquiry = client.get("/en/enquiry/", follow=True)
    assert enquiry.status_code == 200 and one_of_each(enquiry, expected) == expected


def test_the_admin_and_the_api_reader_have_their_own_policies(client):
    admin = client.get("/admin/login/")
    assert admin.status_code == 200
    admin_policy = one_of_each(admin, ["Content-Security-Policy"])["Content-Security-Policy"]
    assert admin_policy == content_security_policy("/admin/") != content_security_policy("/")
    assert "frame-ancestors 'self'" in admin_policy  # the admin shows page previews in a frame
    assert one_of_each(admin, ["Permissions-Policy"])["Permissions-Policy"] == permissions_policy()

    docs = client.get("/api/docs")
    docs_policy = one_of_each(docs, ["Content-Security-Policy"])["Content-Security-Policy"]
    assert docs_policy == content_security_policy("/api/docs")
    assert "script-src 'self';" in docs_policy and "frame-ancestors 'none'" in docs_policy


def test_the_api_reader_is_served_from_the_portal_itself(static_files, client):
    page = client.get("/api/docs").content.decode()
    addresses = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert addresses, page
    assert all(address.startswith("/") and not address.startswith("//") for address in addresses), addresses
    assert "cdn" not in page.lower() and "unpkg" not in page.lower() and "jsdelivr" not in page.lower()
    assert '"validatorUrl": null' in page  # no badge fetched from validator.swagger.io
    for address in addresses:
        assert client.get(address).status_code == 200, address


# An element or attribute the public policy refuses: a <style> block, a style attribute, an
# event handler attribute, or a <script> with code in it (a JSON-LD data block is not code).
INLINE_CODE = re.compile(
    r"<style\b|\sstyle\s*=|\son[a-z]+\s*=|<script(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>",
    re.IGNORECASE,
)
PUBLIC_TEMPLATES = [
    ROOT / "frontend" / "templates",
    ROOT / "search" / "jinja2",
    ROOT / "cms" / "accounts" / "templates" / "devidp",
]


def test_no_public_or_cabinet_template_carries_inline_code():
    found = []
    for folder in PUBLIC_TEMPLATES:
        for template in folder.rglob("*.html"):
            for match in INLINE_CODE.finditer(template.read_text(encoding="utf-8")):
                found.append(f"{template.relative_to(ROOT)}: {match.group(0)}")
    assert found == []


def test_no_built_page_carries_inline_code(built_site):  # noqa: F811
    found = []
    for page in built_site.resolve().rglob("*.html"):
        for match in INLINE_CODE.finditer(page.read_text(encoding="utf-8")):
            found.append(f"{page.relative_to(built_site.resolve())}: {match.group(0)}")
    assert found == []
