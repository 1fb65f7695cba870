"""What may not be written to a log: the one place that knows how personal data looks in free text.

The search query log (search/service.py) and every log line of the application (cms/core/logs.py)
cut the same things before anything is written: e-mail addresses, FİNs (the 7-character personal
identification code of an Azerbaijani identity card), VÖENs (the 10-digit taxpayer number) and
phone numbers. A visitor types these in every way a person can: a FİN in lower case, with spaces or
dashes inside, glued to the word "FİN"; an address with a full-width ＠ from a phone's keyboard.
The text is NFKC-normalised first, so that full-width and other compatibility forms of letters,
digits, at-signs and dots are matched as their plain forms, and invisible format characters
(zero-width spaces and joiners) are dropped so that they cannot split a number.

The rules prefer cutting a harmless token now and then (a 7-character code of letters and digits,
a 9-digit figure) over letting one identity number through; ordinary words, years and dates, times,
addresses of machines and short figures stay.
"""

from __future__ import annotations

import re
import unicodedata

MARK = "[…]"

# Dots that NFKC leaves as they are (ideographic full stops, the one-dot leader).
_DOTS = str.maketrans({"\u3002": ".", "\uff61": ".", "\u2024": ".", "\u2e33": "."})

_EMAIL = re.compile(
    r"[^\s@<>()\[\]\"',;]+\s*(?:@|\(at\)|\[at\])\s*[^\s@<>()\[\]\"',;]+\.[^\s@<>()\[\]\"',;]*[^\s@<>()\[\]\"',;.]"
    r"|[^\s@<>()\[\]\"',;]+@[^\s@<>()\[\]\"',;]+",
    re.IGNORECASE,
)

# A FİN after its name, glued or not ("FİN5ABC12D", "fin: 5abc 12d", "ФИН 5ABC-12D", "PIN 5ZJB KQH").
_FIN_AFTER_LABEL = re.compile(
    r"(?<![^\W\d_])(?P<label>f[iİı]n|pin|фин)(?P<gap>[\s:#№=\-]*)"
    r"(?P<code>[0-9a-z](?:[\s\-.]?[0-9a-z]){6})(?![0-9a-z])",
    re.IGNORECASE,
)
# A FİN on its own: 7 letters and digits, at least one of each, in any case, not part of a longer
# run of letters and digits of the Latin alphabet; single spaces, dashes or dots may sit inside.
# Not a link of a longer chain joined by dashes or dots ("MIN-2026-000123", "v1.2.3-beta").
_FIN_LIKE = re.compile(r"(?:[0-9A-Za-z][\s\-.]?){6}[0-9A-Za-z](?![0-9A-Za-z])(?![\-.][0-9A-Za-z])")
_MEASURE = re.compile(r"^\d+(?:ms|s|sec|min|kb|mb|gb|px)$")
_TOKEN_START = re.compile(r"(?<![0-9A-Za-z])(?<![0-9A-Za-z][\-.])[0-9A-Za-z]")
# In capitals glued to a word in small letters ("myfin5ABC12Dplease").
_FIN_IN_CAPITALS = re.compile(r"(?<![0-9A-Z])(?=[0-9A-Z]{0,6}[0-9])(?=[0-9A-Z]{0,6}[A-Z])[0-9A-Z]{7}(?![0-9A-Z])")

# A VÖEN after its name, however its 10 digits are grouped.
_VOEN_AFTER_LABEL = re.compile(
    r"(?<![^\W\d_])(?P<label>v[öo]en|tin|инн)(?P<gap>[\s:#№=\-]*)(?P<code>\d(?:[\s\-.]?\d){9})(?!\d)", re.IGNORECASE
)
# Phone numbers: international (+994 50 123 45 67), local (050 123-45-67, (050) 1234567).
_PHONE_INTERNATIONAL = re.compile(r"\+\s?\d(?:[\s\-.()]{0,2}\d){7,14}(?!\d)")
_PHONE_LOCAL = re.compile(r"(?<![\d.:/\-])\(?0\d{2}\)?[\s\-.]?\d{3}[\s\-.]?\d{2}[\s\-.]?\d{2}(?![\d])")
# Any run of 9 to 15 digits: a VÖEN (10), a phone number written without spaces (9 to 12).
_LONG_DIGITS = re.compile(r"(?<!\d)\d{9,15}(?!\d)")


def normalise(text: str) -> str:
    """NFKC, other dots as ".", and no invisible format characters (category Cf)."""
    # NFKC spells "…" as "...": a line redacted before keeps its marks as they were.
    text = unicodedata.normalize("NFKC", text).translate(_DOTS).replace("[...]", MARK)
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def _is_fin_like(code: str) -> bool:
    """7 letters and digits with at least one of each. Written in pieces, each piece holds a digit
    or is one character long, or else the letters are capitals beside a piece that mixes letters and
    digits: "5ABC 12D", "5ab-c12d" and "5ZJB KQH" are codes; "in 2025 a", "VAT-2025" are words."""
    plain = re.sub(r"[\s\-.]", "", code)
    if not (any(c.isdigit() for c in plain) and any(c.isalpha() for c in plain)):
        return False
    pieces = re.split(r"[\s\-.]", code)
    if len(pieces) > 1 and any(_MEASURE.match(p) for p in pieces):
        return False  # figures with units ("200 0 12ms", "1.5 kb 3s")
    mixed = any(any(c.isdigit() for c in p) and any(c.isalpha() for c in p) for p in pieces)
    return len(pieces) == 1 or all(
        any(c.isdigit() for c in p) or len(p) == 1 or (mixed and p.isupper()) for p in pieces
    )


def _keep_label(match: re.Match) -> str:
    return f"{match['label']}{match['gap'] or ' '}{MARK}"


def _keep_fin_label(match: re.Match) -> str:
    """As `_keep_label`, unless the "label" is the start of a word ("final 2025 a"): a code glued
    to its name starts with a digit or a capital, and every FİN holds a digit."""
    code = match["code"]
    if not any(c.isdigit() for c in code) or (not match["gap"] and not (code[0].isdigit() or code[0].isupper())):
        return match.group(0)
    return _keep_label(match)


def redact(text: str) -> str:
    """The text with every e-mail address, FİN, VÖEN and phone number replaced by "[…]"."""
    if not text:
        return text
    text = normalise(text)
    text = _EMAIL.sub(MARK, text)
    text = _FIN_AFTER_LABEL.sub(_keep_fin_label, text)
    text = _VOEN_AFTER_LABEL.sub(_keep_label, text)
    text = _PHONE_INTERNATIONAL.sub(MARK, text)
    text = _PHONE_LOCAL.sub(MARK, text)
    text = _LONG_DIGITS.sub(MARK, text)
    text = _cut_fin_like(text)
    return _FIN_IN_CAPITALS.sub(MARK, text)


def _cut_fin_like(text: str) -> str:
    """Each place where a run of letters and digits starts is tried, so that words before a code
    ("ab 12 5AB-C12D") cannot swallow its first characters into a candidate that is then kept."""
    pieces, done = [], 0
    for start in _TOKEN_START.finditer(text):
        if start.start() < done:
            continue
        match = _FIN_LIKE.match(text, start.start())
        if match and _is_fin_like(match.group(0)):
            pieces += [text[done : match.start()], MARK]
            done = match.end()
    return "".join(pieces) + text[done:]
