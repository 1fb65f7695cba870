"""Dates, numbers and alphabetical order in each language (cms.core.formatting)."""

import datetime
from decimal import Decimal

import pytest

from cms.core.formatting import collation_key, format_date, format_number, format_percent, plain_number, sort_by_name

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "shown"),
    [("az", "5 noyabr 2026"), ("en", "5 November 2026"), ("ru", "5 ноября 2026")],
)
def test_a_date_is_written_with_the_months_form_each_language_uses(language, shown):
    assert format_date(datetime.date(2026, 11, 5), language) == shown
    assert format_date("2026-11-05", language) == shown


def test_azerbaijani_month_names_are_lower_case_all_year():
    names = [format_date(datetime.date(2026, month, 1), "az").split()[1] for month in range(1, 13)]
    assert names == [
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ]


def test_russian_months_are_in_the_genitive_all_year():
    names = [format_date(datetime.date(2026, month, 1), "ru").split()[1] for month in range(1, 13)]
    assert names == [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ]


def test_a_moment_is_dated_on_the_portals_calendar(settings):
    settings.TIME_ZONE = "Asia/Baku"
    late_evening_utc = datetime.datetime(2026, 11, 5, 21, 30, tzinfo=datetime.UTC)
    assert format_date(late_evening_utc, "en") == "6 November 2026"


@pytest.mark.parametrize("value", [Decimal("20.0000"), Decimal("2E+1"), Decimal("1.6E+2"), 20, "20"])
def test_a_whole_number_is_never_written_in_scientific_notation(value):
    assert "E" not in plain_number(value)
    assert plain_number(value) in ("20", "160")
    for language in ("az", "en", "ru"):
        assert "E" not in format_number(value, language)


@pytest.mark.parametrize(
    ("language", "million", "half", "percent", "small_percent"),
    [
        ("az", f"1{NBSP}500{NBSP}000", "0,5", "20%", "0,5%"),
        ("en", "1,500,000", "0.5", "20%", "0.5%"),
        ("ru", f"1{NBSP}500{NBSP}000", "0,5", f"20{NBSP}%", f"0,5{NBSP}%"),
    ],
)
def test_numbers_are_grouped_and_marked_as_each_language_writes_them(language, million, half, percent, small_percent):
    assert format_number(Decimal("1500000.0000"), language) == million
    assert format_number(Decimal("0.5000"), language) == half
    assert format_percent(Decimal("20.0000"), language) == percent
    assert format_percent(Decimal("0.50"), language) == small_percent


def test_a_fixed_number_of_decimals_rounds_and_keeps_them():
    assert format_number("1234.5", "en", decimals=2) == "1,234.50"
    assert format_number("1234.5", "az", decimals=0) == f"1{NBSP}234"


def test_text_that_is_not_a_number_is_shown_as_it_is():
    assert format_number("n/a", "en") == "n/a"
    assert format_number(None, "en") == ""


# Real sector and region names of the guide, shuffled.
AZERBAIJANI = [
    "Turizm",
    "İnformasiya və kommunikasiya texnologiyaları",
    "Əczaçılıq",
    "Kənd təsərrüfatı",
    "Çay istehsalı",
    "Alternativ enerji",
    "Şəki",
    "Xidmətlər",
    "Qida sənayesi",
    "Ismayıllı",
    "Gəncə",
    "Göygöl",
    "Üzümçülük",
    "Ucar",
    "Zaqatala",
    "Sumqayıt",
    "Cəlilabad",
    "Emal sənayesi",
    "Ğ-test",
    "Həyat sığortası",
    "Ordubad",
    "Ömür",
]


def test_azerbaijani_names_follow_the_azerbaijani_alphabet():
    assert sort_by_name(AZERBAIJANI, "az") == [
        "Alternativ enerji",
        "Cəlilabad",
        "Çay istehsalı",
        "Emal sənayesi",
        "Əczaçılıq",
        "Gəncə",
        "Göygöl",
        "Ğ-test",
        "Həyat sığortası",
        "Xidmətlər",
        "Ismayıllı",
        "İnformasiya və kommunikasiya texnologiyaları",
        "Kənd təsərrüfatı",
        "Qida sənayesi",
        "Ordubad",
        "Ömür",
        "Sumqayıt",
        "Şəki",
        "Turizm",
        "Ucar",
        "Üzümçülük",
        "Zaqatala",
    ]


def test_azerbaijani_dotted_and_dotless_i_are_two_letters():
    # ı comes before i (and x before l); the capitals I and İ are those letters, not the Latin ones.
    assert sort_by_name(["iki", "İmişli", "ılıq", "Ixtisas"], "az") == ["Ixtisas", "ılıq", "iki", "İmişli"]


def test_russian_names_follow_the_russian_alphabet_with_yo_as_ye():
    names = ["Ёлка", "Яблоко", "Ель", "ёж", "Ежевика", "Абшерон", "Шемаха", "Zeta"]
    assert sort_by_name(names, "ru") == ["Абшерон", "ёж", "Ежевика", "Ёлка", "Ель", "Шемаха", "Яблоко", "Zeta"]


def test_english_ignores_case_and_accents_first():
    assert sort_by_name(["Zebra", "éclair", "Eagle", "apple", "Apple", "Ǆ"], "en")[:5] == [
        "apple",
        "Apple",
        "Eagle",
        "éclair",
        "Zebra",
    ]


def test_digits_before_letters_and_shorter_words_first():
    assert sort_by_name(["Baku 2", "Baku", "Bakı", "2026 plan"], "az") == ["2026 plan", "Bakı", "Baku", "Baku 2"]
    assert collation_key("", "az") < collation_key("a", "az")


def test_the_site_templates_and_the_e_mails_write_dates_the_same_way():
    from frontend.jinja import environment

    template = environment().from_string("{{ day|date(language) }}")
    assert template.render(day=datetime.date(2026, 11, 5), language="az") == "5 noyabr 2026"
    assert template.render(day=datetime.date(2026, 11, 5), language="ru") == "5 ноября 2026"
