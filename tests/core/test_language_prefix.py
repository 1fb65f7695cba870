"""Addresses that start with a language code the portal does not have are not sent on to /az/…."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_404(settings, tmp_path):
    """A build that holds only its "not found" pages, one per language."""
    for language, text in {"az": "Səhifə tapılmadı", "en": "Page not found", "ru": "Страница не найдена"}.items():
        (tmp_path / language).mkdir()
        (tmp_path / language / "404.html").write_text(f"<title>{text}</title>", encoding="utf-8")
    settings.DIST_DIR = tmp_path
    return tmp_path


@pytest.mark.parametrize("path", ["/de/", "/de", "/DE/", "/fr/guide/", "/fr-ca/", "/tr/vergiler/?q=1", "/zh_Hant/"])
def test_another_languages_prefix_answers_the_sites_not_found_page_at_once(client, site_404, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Location" not in response
    assert b"".join(response.streaming_content).decode() == "<title>Səhifə tapılmadı</title>"


def test_the_not_found_page_is_in_the_visitors_language(client, site_404):
    response = client.get("/de/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9")
    assert response.status_code == 404
    assert b"".join(response.streaming_content).decode() == "<title>Страница не найдена</title>"
    assert response["Content-Language"] == "ru"
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/EN/", "/en/"),
        ("/Az/", "/az/"),
        ("/en-gb/", "/en/"),
        ("/en-GB/investors-guide/?q=vat", "/en/investors-guide/?q=vat"),
        ("/ru_RU/", "/ru/"),
        ("/RU", "/ru/"),
    ],
)
def test_another_spelling_of_one_of_our_languages_leads_to_it(client, site_404, path, target):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize("path", ["/az/az/", "/ru/ru/", "/az/de/", "/en/no-such-page/"])
def test_a_missing_page_under_our_languages_is_the_sites_not_found_page(client, site_404, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Location" not in response
    assert b"<title>" in b"".join(response.streaming_content)


def test_an_address_without_a_language_still_leads_to_the_visitors_language(client, site_404):
    response = client.get("/search/", {"q": "vergi"})
    assert response.status_code == 302
    assert response["Location"] == "/az/search/?q=vergi"
    assert client.get("/api/no-such-endpoint").status_code == 404
    assert "Location" not in client.get("/api/no-such-endpoint")


def test_without_a_build_the_not_found_answer_is_still_direct(client, settings, tmp_path):
    settings.DIST_DIR = tmp_path / "missing"
    response = client.get("/de/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "Location" not in response
