"""/cabinet/ opens in the language of the page the visitor came from; the e-cabinet names
countries, not codes."""

import re

import pytest
from django.test import Client

from cms.accounts.citizenship import citizenship_name
from cms.accounts.models import Person, ProfileKind

pytestmark = pytest.mark.django_db

TURKISH = "tr-TR,tr;q=0.9"


@pytest.mark.parametrize(
    ("query", "headers", "cookie", "expected"),
    [
        ("", {"Referer": "http://testserver/en/guide/taxation/", "Accept-Language": TURKISH}, "", "en"),
        ("", {"Referer": "http://testserver/ru/", "Accept-Language": "az"}, "en", "ru"),
        ("?lang=ru", {"Referer": "http://testserver/en/", "Accept-Language": "en"}, "", "ru"),
        ("?next=/en/cabinet/appeals/", {"Accept-Language": TURKISH}, "", "en"),
        ("", {"Referer": "https://elsewhere.example/ru/", "Accept-Language": TURKISH}, "en", "en"),
        ("", {"Referer": "http://testserver/search/", "Accept-Language": TURKISH}, "ru", "ru"),
        ("", {"Accept-Language": "tr-TR,tr;q=0.9,ru;q=0.8,en;q=0.7"}, "", "ru"),
        ("", {"Accept-Language": "en-GB,en;q=0.9"}, "", "en"),
        ("", {"Accept-Language": TURKISH}, "", "az"),
        ("?lang=de&next=https://elsewhere.example/en/", {}, "", "az"),
        ("", {}, "", "az"),
    ],
    ids=[
        "turkish-browser-from-english-page",
        "referer-before-cookie",
        "lang-parameter-first",
        "next-parameter",
        "foreign-referer-ignored",
        "referer-without-language-then-cookie",
        "browser-limited-to-our-languages",
        "english-browser",
        "turkish-browser-alone",
        "bad-parameters",
        "nothing-known",
    ],
)
def test_cabinet_root_follows_the_page_the_visitor_came_from(query, headers, cookie, expected):
    client = Client()
    if cookie:
        client.cookies["django_language"] = cookie
    response = client.get(f"/cabinet/{query}", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == f"/{expected}/cabinet/"


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("AZE", "az", "Azərbaycan"),
        ("TUR", "az", "Türkiyə"),
        ("TUR", "en", "Türkiye"),
        ("TUR", "ru", "Турция"),
        ("XXA", "az", "vətəndaşlığı olmayan şəxs"),
        ("XXA", "en", "stateless person"),
        ("XXA", "ru", "лицо без гражданства"),
        ("tur", "en", "Türkiye"),
        ("ZZQ", "en", "ZZQ"),
        ("", "en", ""),
    ],
)
def test_citizenship_codes_are_named_in_the_readers_language(code, language, name):
    assert citizenship_name(code, language) == name


@pytest.mark.parametrize(
    ("citizenship", "language", "shown", "hidden"),
    [
        ("TUR", "az", "Türkiyə", ">TUR<"),
        ("XXA", "ru", "лицо без гражданства", ">XXA<"),
        ("AZE", "en", "Azerbaijan", ">AZE<"),
    ],
)
def test_my_data_shows_the_country_not_the_code(citizenship, language, shown, hidden):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username=f"applicant-{citizenship}", password=None)
    Person.objects.create(
        user=user,
        fin="7TR2K8N",
        kind=ProfileKind.FOREIGNER,
        last_name="Yılmaz",
        first_name="Mehmet",
        citizenship=citizenship,
    )
    client = Client()
    client.force_login(user)
    page = client.get(f"/{language}/cabinet/my-data/").content.decode()
    assert f"<dd>{shown}</dd>" in page
    assert hidden not in page


def test_the_cabinet_menu_is_the_same_on_every_page_of_it():
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username="applicant-menu", password=None)
    Person.objects.create(
        user=user, fin="5ZJBKQH", kind=ProfileKind.PHYSICAL_PERSON, last_name="Məmmədova", first_name="Aysel"
    )
    client = Client()
    client.force_login(user)
    menus = set()
    for path in ("", "my-data/", "corrections/", "representatives/", "appeals/", "appeals/suggestion/"):
        page = client.get(f"/en/cabinet/{path}", follow=True).content.decode()
        bar = page.split('class="cabinet-bar"', 1)[1].split("</nav>", 1)[0]
        menus.add(tuple(re.findall(r'<a href="([^"]+)"', bar)))
    assert len(menus) == 1, menus
    assert "/en/cabinet/appeals/" in menus.pop()
