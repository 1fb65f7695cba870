"""Bad input to public endpoints is answered 400 (or 404, or a field error), never a server error.

The known failures each have a test; `test_no_public_endpoint_answers_a_server_error` then sends
a set of hostile values to every public parameter. Some of these fail only on PostgreSQL (a NUL
byte reaching the database): run this file with DATABASE_URL=postgres://… as well.
"""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from cms.core.text import check_email, check_text, text_problem

pytestmark = pytest.mark.django_db

HUGE = str(2**63)
HOSTILE = [
    "\x00", "a\x00b", "\x01", "\x1b[2J", "\x7f", "\u0085", "\u2028", " ", '"', "'", '"unclosed', "\\", "%", "%00",
    "*", "?", "(", ")", "[", "{", "$", "^", ".*", "(a+)+$", "' OR 1=1 --", "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>", "-1", "0", HUGE, "-" + HUGE, "9" * 400, "9" * 5000, "1e309", "NaN", "ə" * 300, "x" * 5000,
    "\U0001f600", "\ufeff", "../../etc/passwd",
]  # fmt: skip


@translation.override("en")
def test_the_text_rule():
    assert text_problem("Bakı, Azərbaycan — 2026") is None
    assert text_problem("two\nlines\tand a tab", multiline=True) is None
    assert "NUL" in text_problem("a\x00")
    assert "U+001B" in text_problem("\x1b", multiline=True)
    assert "one line" in text_problem("a\nb")
    assert text_problem("\ud800") is not None
    with pytest.raises(ValidationError):
        check_text("a\x00b", multiline=True)
    assert check_email("  aysel@example.az ") == "aysel@example.az"
    for bad in ["x\r\nBcc: a@b.az", "a" * 250 + "@example.az", "no-at", "a@b\x00.az"]:
        with pytest.raises(ValidationError):
            check_email(bad)


@pytest.mark.parametrize(
    "path, params",
    [
        ("/en/api/v2/pages/find/", {"id": "abc"}),
        ("/en/api/v2/pages/", {"offset": HUGE}),
        ("/en/api/v2/pages/", {"limit": HUGE}),
        ("/en/api/v2/pages/", {"search": "tax\x00"}),
        ("/en/api/v2/pages/", {"locale": "en\x00"}),
        ("/en/api/v2/pages/", {"search": "tax", "search_operator": "xor"}),
        ("/en/api/v2/tax-rates/", {"offset": HUGE}),
        ("/en/api/v2/pages/find/", {"id": "9" * 5000}),  # beyond the 4,300 digits Python reads
        ("/en/api/v2/sectors/", {"offset": "9" * 5000}),
        ("/api/search", {"q": "tax\x00", "lang": "en"}),
        ("/en/search/", {"q": "tax\x01"}),
        ("/az/enquiry/", {"x": "\x00"}),
    ],
)
def test_the_known_failures_are_400s_that_say_why(client, path, params):
    response = client.get(path, params)
    assert response.status_code == 400, response.content[:300]
    body = response.content.decode()
    named = next(iter(params))
    assert named in body or "NUL" in body or "control character" in body


@pytest.mark.parametrize("search", ['"', " ", 'tax"', "\u2028", '"" ""'])
def test_search_syntax_the_sqlite_index_refuses_is_searched_as_words(client, search):
    response = client.get("/en/api/v2/pages/", {"search": search})
    assert response.status_code == 200
    assert "items" in response.json()


def test_a_nul_byte_in_a_path_is_a_400(client):
    assert client.get("/en/a%00b/").status_code == 400
    assert client.get("/api/appeals/%00").status_code == 400


def test_the_refusal_is_in_the_language_of_the_address(client):
    response = client.get("/az/search/", {"q": "a\x00"})
    assert response.status_code == 400
    assert "NUL" in response.content.decode() and "icazə verilmir" in response.content.decode()


PUBLIC = [
    (
        "/{lang}/api/v2/pages/",
        ["type", "fields", "order", "offset", "limit", "search", "locale", "child_of", "descendant_of"],
    ),
    ("/{lang}/api/v2/pages/find/", ["id", "html_path"]),
    ("/{lang}/api/v2/pages/3/", ["fields"]),
    ("/{lang}/api/v2/tax-rates/", ["offset", "limit", "fields", "order"]),
    ("/api/search", ["q", "lang", "type", "topic", "page"]),
    ("/api/search/autocomplete", ["q", "lang"]),
    ("/{lang}/search/", ["q", "type", "page"]),
    ("/{lang}/enquiry/", ["category"]),
]


@pytest.mark.parametrize("path, names", PUBLIC, ids=[p for p, _n in PUBLIC])
def test_no_public_endpoint_answers_a_server_error(client, path, names):
    failures = []
    for index, value in enumerate(HOSTILE):
        lang = ("az", "en", "ru")[index % 3]
        for name in names:
            response = client.get(path.format(lang=lang), {name: value})
            if response.status_code >= 500:
                failures.append((name, value, response.status_code))
    assert failures == []
