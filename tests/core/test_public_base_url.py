"""Every absolute URL the portal writes follows PUBLIC_BASE_URL: the build, open data and the API."""

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from frontend import build, opendata

ELSEWHERE = "http://portal.example:8123"
ABSOLUTE = re.compile(r"https?://[^\s\"'<>,;)]+")
# Addresses of other organisations the site links to on purpose.
THIRD_PARTY = (
    "https://www.azpromo.az",
    "https://creativecommons.org",
    "https://schema.org",
    "http://www.sitemaps.org",
    "http://www.w3.org",
    "https://www.w3.org",
    "https://e-qanun.az",
    "https://www.e-qanun.az",
    "https://www.taxes.gov.az",
    "https://taxes.gov.az",
    "https://www.economy.gov.az",
    "https://economy.gov.az",
    "https://www.e-gov.az",
    "https://e-gov.az",
)


def _own_urls(text: str) -> list[str]:
    return [
        url for url in ABSOLUTE.findall(text) if "127.0.0.1" in url or "localhost" in url or url.startswith(ELSEWHERE)
    ]


def test_the_admin_and_api_base_urls_follow_public_base_url_unless_set():
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("WAGTAILADMIN_", "WAGTAILAPI_"))
    }
    environment.update(PUBLIC_BASE_URL=ELSEWHERE + "/", DJANGO_SETTINGS_MODULE="cms.settings.test")
    script = "from django.conf import settings as s; print(s.PUBLIC_BASE_URL, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    shown = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split()
    assert shown == [ELSEWHERE] * 3

    environment["WAGTAILAPI_BASE_URL"] = "https://cms.internal"
    shown = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split()
    assert shown == [ELSEWHERE, ELSEWHERE, "https://cms.internal"]


@pytest.mark.django_db
def test_the_api_links_lead_to_public_base_url(client, settings, demo_content):
    settings.PUBLIC_BASE_URL = ELSEWHERE
    settings.WAGTAILAPI_BASE_URL = ELSEWHERE  # as the settings derive it (test above)
    for language in ("az", "en", "ru"):
        listing = client.get(f"/{language}/api/v2/pages/", {"type": "guide.GuidePage", "limit": 5}).json()
        for item in listing["items"]:
            meta = item["meta"]
            assert meta["detail_url"].startswith(f"{ELSEWHERE}/{language}/api/v2/pages/")
            assert meta["html_url"].startswith(f"{ELSEWHERE}/{language}/")
        detail = client.get(f"/{language}/api/v2/pages/{listing['items'][0]['id']}/").json()
        assert detail["meta"]["html_url"] == detail["meta"]["translations"][language]["url"]
        assert detail["meta"]["html_url"].startswith(f"{ELSEWHERE}/{language}/")
        assert detail["meta"]["parent"]["meta"]["html_url"].startswith(f"{ELSEWHERE}/{language}/")
        rates = client.get(f"/{language}/api/v2/tax-rates/", {"limit": 3}).json()
        assert all(rate["meta"]["detail_url"].startswith(ELSEWHERE) for rate in rates["items"])


@pytest.mark.django_db
def test_the_demo_site_record_is_served_where_the_public_site_is(settings):
    from wagtail.models import Site

    from cms.guide.demo import DemoLoader

    settings.PUBLIC_BASE_URL = ELSEWHERE
    DemoLoader().home()
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == ELSEWHERE
    assert site.root_page.specific.full_url.startswith(ELSEWHERE + "/")


@pytest.mark.django_db
def test_the_built_site_and_open_data_use_public_base_url(settings, tmp_path, demo_content):
    settings.PUBLIC_BASE_URL = ELSEWHERE
    settings.WAGTAILAPI_BASE_URL = settings.WAGTAILADMIN_BASE_URL = ELSEWHERE
    dist = tmp_path / "dist"
    build.full_build(dist)
    site = dist.resolve()
    checked = {"html": 0, "canonical": 0, "open data": 0}
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".xml", ".txt", ".json", ".csv", ".webmanifest") or ".build" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        wrong = [url for url in _own_urls(text) if not url.startswith(ELSEWHERE)]
        assert not wrong, (path.relative_to(site), wrong[:3])
        if path.suffix == ".html" and 'rel="canonical"' in text:
            checked["canonical"] += 1
            assert re.search(rf'<link rel="canonical" href="{re.escape(ELSEWHERE)}/', text)
            assert re.search(rf'hreflang="[a-z-]+" href="{re.escape(ELSEWHERE)}/', text)
            assert re.search(rf'property="og:url" content="{re.escape(ELSEWHERE)}/', text)
        if "open-data" in path.parts and path.suffix in (".json", ".csv"):
            checked["open data"] += 1
    assert (
        checked["canonical"] > 100 and checked["open data"] == len(opendata.DATASETS) * 3 * 2
    )  # every data set, 3 languages, JSON and CSV
    projects = json.loads((site / "open-data" / "en" / "projects.json").read_text(encoding="utf-8"))
    assert all(item["url"].startswith(f"{ELSEWHERE}/en/") for item in projects["items"])
    assert f"Sitemap: {ELSEWHERE}/sitemap.xml" in (site / "robots.txt").read_text()
    assert django_settings.PUBLIC_BASE_URL == ELSEWHERE
    _check_filters_are_in_alphabetical_order(site)


def _check_filters_are_in_alphabetical_order(site: Path) -> None:
    """The sector and region filters of the projects and incentives lists, in each language's order."""
    from cms.core.formatting import sort_by_name

    select = re.compile(r'<select id="filter-(sector|region)" name="\1">(.*?)</select>', re.S)
    option = re.compile(r'<option value="[^"]+">([^<]+)</option>')
    seen = {}
    for language in ("az", "en", "ru"):
        for path in (site / language).rglob("index.html"):
            for name, options in select.findall(path.read_text(encoding="utf-8")):
                names = [html.unescape(text) for text in option.findall(options)]
                assert names == sort_by_name(names, language), (path.relative_to(site), names)
                seen[(language, name)] = names
    assert len(seen) == 6
    # Names that code-point order put last are among them, and not last.
    azerbaijani = [name for (language, _facet), names in seen.items() if language == "az" for name in names[:-1]]
    assert any(name[0] in "ƏİÇŞÖÜĞ" for name in azerbaijani), seen
