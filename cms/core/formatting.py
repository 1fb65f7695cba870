"""Dates, numbers and alphabetical order as each of the portal's languages writes them.

One owner for what a reader sees of a date, a figure or the order of a list, used by the static
site, the search page, the API's reference data and the e-mails alike.

Why not the operating system's locale or Django's formats: the machine's locale differs between
developers, CI and production (and rarely has az_AZ), Django's Azerbaijani month names are
capitalised ("Noyabr"), and Python's `sorted()` orders by code point, which puts "Əczaçılıq" and
"İnformasiya" after "Z". The rules below are the languages' own (CLDR's, for the three we speak),
small enough to read and test; adding a language means adding its rows here.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from django.utils import timezone

T = TypeVar("T")

# Dates ----------------------------------------------------------------------------------------

# Month names in the form a date takes: Azerbaijani writes them in lower case ("5 noyabr 2026"),
# Russian in the genitive ("5 ноября 2026").
MONTHS = {
    "az": (
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
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ru": (
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
    ),
}


def _as_date(value) -> datetime.date:
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    if isinstance(value, datetime.datetime):
        # A moment is shown on the calendar of the portal's time zone, not UTC's.
        return (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    return value


def format_date(value, language: str) -> str:
    """5 November 2026 / 5 noyabr 2026 / 5 ноября 2026 (a date, a datetime or an ISO string)."""
    if not value:
        return ""
    date = _as_date(value)
    months = MONTHS.get(language, MONTHS["en"])
    return f"{date.day} {months[date.month - 1]} {date.year}"


# Numbers --------------------------------------------------------------------------------------

NBSP = "\u00a0"
# (thousands separator, decimal mark, how a percentage is written) per language, as CLDR has them.
NUMBER_SYMBOLS = {
    "az": (NBSP, ",", "{}%"),
    "en": (",", ".", "{}%"),
    "ru": (NBSP, ",", "{}" + NBSP + "%"),
}


def as_decimal(value) -> Decimal | None:
    """A finite Decimal from a number or its text; None for an empty or unreadable value."""
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def plain_number(value) -> str | None:
    """A number for machines, in positional notation and without trailing zeros: "20", "0.5".

    `str(Decimal("20.0000").normalize())` is "2E+1": never show or send a normalised Decimal as is.
    """
    number = as_decimal(value)
    return None if number is None else _positional(number)


def _positional(number: Decimal) -> str:
    number = number.normalize()
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    return f"{number:f}"


def format_number(value, language: str, decimals: int | None = None) -> str:
    """A figure as a reader of `language` writes it: 1,500,000.5 / 1 500 000,5.

    Without `decimals`, the number keeps the decimals it has (trailing zeros dropped); with it, it is
    rounded to that many places. A value that is not a number is returned as text.
    """
    number = as_decimal(value)
    if number is None:
        return "" if value in (None, "") else str(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals))
    text = _positional(number) if decimals is None else f"{number:f}"
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _dot, fraction = text.partition(".")
    group, mark, _percent = NUMBER_SYMBOLS.get(language, NUMBER_SYMBOLS["en"])
    grouped = f"{int(whole):,}".replace(",", group)
    return sign + grouped + (mark + fraction if fraction else "")


def format_percent(value, language: str) -> str:
    """18% / 0,5% / 18 % (Russian puts a space before the sign)."""
    pattern = NUMBER_SYMBOLS.get(language, NUMBER_SYMBOLS["en"])[2]
    return pattern.format(format_number(value, language))


# Alphabetical order ---------------------------------------------------------------------------

_LATIN = [
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
]
_CYRILLIC = [
    "а",
    "б",
    "в",
    "г",
    "д",
    "е",
    "ж",
    "з",
    "и",
    "й",
    "к",
    "л",
    "м",
    "н",
    "о",
    "п",
    "р",
    "с",
    "т",
    "у",
    "ф",
    "х",
    "ц",
    "ч",
    "ш",
    "щ",
    "ъ",
    "ы",
    "ь",
    "э",
    "ю",
    "я",
]
# Each language's letters in its own order; letters of another script follow (Latin after
# Cyrillic in Russian, as CLDR reorders them). A letter not listed sorts as its base letter with
# the accent as a secondary difference (é as e), so "Ç" is a letter of its own in Azerbaijani and
# a C with a cedilla in English.
_ALPHABETS = {
    # The Azerbaijani alphabet: x after h, q after k, ı before i; w (foreign words) after v.
    "az": [
        "a",
        "b",
        "c",
        "ç",
        "d",
        "e",
        "ə",
        "f",
        "g",
        "ğ",
        "h",
        "x",
        "ı",
        "i",
        "j",
        "k",
        "q",
        "l",
        "m",
        "n",
        "o",
        "ö",
        "p",
        "r",
        "s",
        "ş",
        "t",
        "u",
        "ü",
        "v",
        "w",
        "y",
        "z",
    ]
    + _CYRILLIC,
    "en": ["a", "b", "c", "d", "e", "ə", *_LATIN[5:8], "i", "ı", *_LATIN[9:]] + _CYRILLIC,
    "ru": _CYRILLIC + _LATIN,
}
# Russian dictionaries order ё as е (and й apart from и); the dots only break a tie.
_SECONDARY_OF = {"ru": {"ё": ("е", 1)}, "en": {}, "az": {}}
_RANKS = {language: {letter: index for index, letter in enumerate(letters)} for language, letters in _ALPHABETS.items()}
_LETTER_BASE = 10_000
_OTHER_BASE = 20_000


def _lower(text: str, language: str) -> str:
    if language == "az":
        # Turkic casing: I is the capital of ı, İ the capital of i.
        text = text.replace("I", "ı").replace("İ", "i")
    return unicodedata.normalize("NFC", text.lower())


def collation_key(text: str, language: str) -> tuple:
    """A key that sorts strings alphabetically in `language`: `sorted(names, key=...)`.

    Three levels, as dictionaries compare: letters first (spaces and punctuation before digits,
    digits before letters), then accents, then case (lower before upper).
    """
    text = unicodedata.normalize("NFC", str(text or ""))
    ranks = _RANKS.get(language, _RANKS["en"])
    secondary_of = _SECONDARY_OF.get(language, {})
    primary: list[int] = []
    secondary: list[int] = []
    for char in _lower(text, language):
        accent = 0
        if char in secondary_of:
            char, accent = secondary_of[char]
        rank = ranks.get(char)
        if rank is None:
            decomposed = unicodedata.normalize("NFD", char)
            base, marks = decomposed[0], decomposed[1:]
            if base in ranks:
                rank, accent = ranks[base], accent + sum(ord(mark) for mark in marks)
            elif unicodedata.category(char).startswith("M") and secondary:
                secondary[-1] += ord(char)  # a combining mark left over from lowering (i̇)
                continue
        if rank is not None:
            primary.append(_LETTER_BASE + rank)
        elif char.isdigit():
            primary.append(1_000 + unicodedata.digit(char, 0))
        elif char.isalpha():
            primary.append(_OTHER_BASE + ord(char))
        else:
            primary.append(ord(char) if char.isspace() else 100 + ord(char) % 900)
        secondary.append(accent)
    tertiary = tuple(1 if char.isupper() else 0 for char in text)
    return (tuple(primary), tuple(secondary), tertiary, text)


def sort_by_name(items: Iterable[T], language: str, name: Callable[[T], str] = str) -> list[T]:
    """`items` in alphabetical order of `name(item)` in `language`."""
    return sorted(items, key=lambda item: collation_key(name(item), language))
