"""The incentive checker's page, /{lang}/incentives/check/: a GET form without JavaScript, its
verdicts from cms/guide/eligibility.py, the comparison in the URL, and bad input answered with a
field error (400), never a server error."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from django.utils import translation

from cms.guide.models import IncentivePage

pytestmark = pytest.mark.django_db

CHEMICALS_IN_ABSHERON = {
    "sector": "chemicals",
    "region": "absheron-khizi",
    "amount": "300000",
    "currency": "AZN",
    "legal_form": "legal_entity",
    "project": "new",
    "state_share": "0",
    "export_share": "",
}


def incentive(slug_en: str) -> IncentivePage:
    return IncentivePage.objects.get(slug_en=slug_en)


def card(html: str, page: IncentivePage) -> str:
    match = re.search(rf'<li class="card" id="incentive-{page.pk}">(.*?)</li>\s*(?:<li class="card"|</ol>)', html, re.S)
    assert match, f"no result for {page}"
    return match.group(1)


@pytest.mark.parametrize(
    ("language", "heading", "button"),
    [
        ("az", "Hansı təşviqlər investisiyanıza uyğundur?", "Təşviqləri yoxlayın"),
        ("en", "Which incentives fit your investment?", "Check the incentives"),
        ("ru", "Какие льготы подходят вашим инвестициям?", "Проверить льготы"),
    ],
)
def test_the_questions_are_asked_in_each_language(client, language, heading, button):
    response = client.get(f"/{language}/incentives/check/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html and button in html
    assert 'method="get"' in html
    for name in ("sector", "region", "amount", "currency", "legal_form", "project", "state_share", "export_share"):
        assert f'name="{name}"' in html
    assert "verdict-" not in html


def test_answers_list_each_incentive_with_its_verdict_reasons_and_benefits(client):
    response = client.get("/en/incentives/check/", CHEMICALS_IN_ABSHERON)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="verdict verdict-') == IncentivePage.objects.live().count()
    certificate = card(html, incentive("investment-promotion-certificate"))
    assert "Not eligible" in certificate
    assert "The planned investment (300,000 AZN) is below the minimum of 500,000 AZN." in certificate
    assert "Profit tax cut by half — 7 years" in certificate
    parks = card(html, incentive("industrial-parks"))
    assert "Possibly eligible" in parks
    assert "Registration as a resident of a park" in parks
    assert "Economic Zones Development Agency under the Ministry of Economy" in parks
    assert "Profit tax exemption — 10 years" in parks
    # The answers stay in the form, so the visitor can change one and ask again.
    assert '<option value="chemicals" selected>' in html
    assert 'name="amount" value="300000"' in html


def test_an_amount_in_dollars_is_not_converted_but_sent_to_the_issuing_body(client):
    html = client.get(
        "/en/incentives/check/", {**CHEMICALS_IN_ABSHERON, "amount": "3000000", "currency": "USD"}
    ).content.decode()
    certificate = card(html, incentive("investment-promotion-certificate"))
    assert "Possibly eligible" in certificate
    assert "official exchange rate" in certificate and "3,000,000 USD" in certificate


def test_two_ticked_incentives_are_compared_side_by_side_from_the_url_alone(client):
    picked = [incentive("industrial-parks"), incentive("investment-promotion-certificate")]
    response = client.get("/en/incentives/check/", {**CHEMICALS_IN_ABSHERON, "compare": [page.pk for page in picked]})
    assert response.status_code == 200
    html = response.content.decode()
    table = re.search(r'<table class="compare">(.*?)</table>', html, re.S).group(1)
    assert table.count('<th scope="col">') == 2
    for page in picked:
        assert f">{page.title_en}</a></th>" in table
        assert f'value="{page.pk}" id="compare-{page.pk}" checked' in html
    assert "Minimum investment" in table and "500,000 AZN" in table
    assert "Profit tax exemption — 10 years" in table and "Profit tax cut by half — 7 years" in table


def test_the_answers_read_in_russian_with_the_same_verdicts(client):
    html = client.get("/ru/incentives/check/", CHEMICALS_IN_ABSHERON).content.decode()
    with translation.override("ru"):
        certificate = card(html, incentive("investment-promotion-certificate"))
    assert "Не подходит" in certificate
    assert "Сумма инвестиций (300 000 AZN) меньше минимальной: 500 000 AZN." in certificate.replace("\xa0", " ")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"amount": "-5"}, "amount", "The amount cannot be negative."),
        ({"amount": "a lot"}, "amount", "Enter the amount in digits, e.g. 750000."),
        ({"amount": "1" * 40}, "amount", "The amount is too large."),
        ({"sector": "astrology"}, "sector", "Choose a sector from the list."),
        ({"region": "atlantis"}, "region", "Choose a region from the list."),
        ({"region": ""}, "region", "Choose the region where the business will operate."),
        ({"currency": "GBP"}, "currency", "Choose AZN, USD or EUR."),
        ({"legal_form": "trust"}, "legal_form", "Choose one of the legal forms shown."),
        ({"project": ""}, "project", "Say whether the business is new or expanding."),
        ({"state_share": "140"}, "state_share", "Enter a whole number from 0 to 100."),
        ({"export_share": "half"}, "export_share", "Enter a whole number from 0 to 100."),
        ({"compare": "99999999"}, "compare", "Pick incentives from the list of results."),
        ({"compare": "x"}, "compare", "Pick incentives from the list of results."),
    ],
)
def test_bad_answers_are_field_errors_never_server_errors(client, change, field, message):
    response = client.get("/en/incentives/check/", {**CHEMICALS_IN_ABSHERON, **change})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert f'<a href="#field-{field}">' in html and message in html
    assert 'class="verdict verdict-' not in html


def test_one_ticked_incentive_asks_for_a_second(client):
    page = incentive("industrial-parks")
    response = client.get("/en/incentives/check/", {**CHEMICALS_IN_ABSHERON, "compare": page.pk})
    assert response.status_code == 400
    assert "Pick at least two incentives to compare." in response.content.decode()


def test_a_changed_benefit_shows_in_the_next_answer(client):
    """The checker reads the published incentive on every request: nothing to rebuild."""
    page = incentive("industrial-parks")
    benefits = page.benefits_en.raw_data
    benefits[0]["value"]["duration_years"] = 12
    page.benefits_en = benefits
    page.save_revision().publish()
    html = client.get("/en/incentives/check/", CHEMICALS_IN_ABSHERON).content.decode()
    assert "Profit tax exemption — 12 years" in card(html, incentive("industrial-parks"))


def test_the_longest_answer_with_every_incentive_compared_keeps_the_page_weight_budget(client):
    """At most 50 KB gzip with the site's stylesheet and script, as for every page of the portal."""
    every = [page.pk for page in IncentivePage.objects.live()]
    response = client.get("/ru/incentives/check/", {**CHEMICALS_IN_ABSHERON, "compare": every})
    assert response.status_code == 200
    html = response.content
    assert html.count(b'<th scope="col">') == len(every)
    assets = Path(__file__).resolve().parents[2] / "frontend" / "assets"
    weight = sum(
        len(gzip.compress(data, 9))
        for data in (html, *(assets.joinpath(name).read_bytes() for name in ("site.css", "site.js")))
    )
    assert weight <= 50 * 1024, f"{weight / 1024:.1f} KB"


def test_a_rate_change_shows_in_every_answer_that_cites_it(client):
    """Benefits cite the tax rates they spare; the answer reads each rate's current figure."""
    from cms.guide.snippets import TaxRate

    html = client.get("/en/incentives/check/", CHEMICALS_IN_ABSHERON).content.decode()
    citing = html.count("(Corporate profit tax: 20%)")
    assert citing >= 5  # the certificate, the parks, technology parks, the liberated territories, Nakhchivan, …
    rate = TaxRate.objects.get(key="profit-tax")
    rate.value = 18
    rate.save()
    html = client.get("/en/incentives/check/", CHEMICALS_IN_ABSHERON).content.decode()
    assert "(Corporate profit tax: 20%)" not in html
    assert html.count("(Corporate profit tax: 18%)") == citing


def test_the_checker_shares_the_search_rate_limit(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "2/min"}
    codes = [client.get("/en/incentives/check/").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert "Retry-After" in client.get("/en/incentives/check/")
