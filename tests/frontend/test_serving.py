"""The embedded default serves the build beside the admin and the API."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def served(built_site, settings):
    settings.DIST_DIR = built_site
    return built_site


def test_the_home_pages_answer_in_every_language(served, client):
    assert client.get("/")["Location"] == "/az/"
    for language in ("az", "en", "ru"):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert f'<html lang="{language}"'.encode() in b"".join(response.streaming_content)
        assert response["Cache-Control"] == "public, max-age=60"


def test_fingerprinted_assets_are_cached_for_good(served, client):
    css = next((served / "assets").glob("site.*.css")).name
    response = client.get(f"/assets/{css}")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/css")
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert client.get("/sw.js")["Cache-Control"] == "no-cache"


def test_the_api_still_answers_under_the_language_prefix(served, client):
    response = client.get("/en/api/v2/pages/", {"type": "guide.HomePage"})
    assert response.status_code == 200 and response.json()["meta"]["total_count"] == 1


def test_unknown_paths_get_the_sites_not_found_page_and_hidden_files_are_refused(served, client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404 and b"Page not found" in b"".join(response.streaming_content)
    assert client.get("/.build/content.json").status_code == 404


def test_a_folder_asked_without_its_slash_is_redirected(served, client):
    response = client.get("/en/investment-projects")
    assert response.status_code == 301 and response["Location"] == "/en/investment-projects/"
