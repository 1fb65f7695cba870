"""Every interface string the portal shows has an Azerbaijani and a Russian translation.

The catalogues under `locales/` are maintained by hand (Django's `makemessages` cannot read the
Jinja2 templates and would drop their strings), so nothing else notices a string that was added to
the code but not to the catalogues: the page then shows English to an Azerbaijani or Russian
reader. These tests extract the strings from the sources the way the runtime looks them up —

* Python modules of cms/, search/ and frontend/, by Babel's extractor,
* Jinja2 templates (frontend/templates/), by the portal's own environment,
* Django templates (cms/**/templates/, search/templates/), by Django's `templatize`, then Babel,

— and check each against the catalogues Django loads for az and ru. They also check that every
catalogue parses, holds each message once, and keeps the placeholders of its msgids.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib  # the dev extra
import pytest
from babel.messages import extract as babel
from django.apps import apps
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PYTHON_ROOTS = ("cms", "search", "frontend")
JINJA_ROOTS = ("frontend/templates",)
DJANGO_TEMPLATE_GLOBS = ("cms/**/templates/**/*", "search/templates/**/*")
SKIPPED_DIRS = {"migrations", "tests", "__pycache__", "node_modules", ".venv"}
# Languages whose readers must never see an English fallback; en shows the msgid when empty.
TRANSLATED_LANGUAGES = ("az", "ru")

# Django's gettext functions beside Babel's defaults, in Babel's notation: None for one message
# at the first argument; otherwise the message arguments' positions, (n, "c") for the context.
KEYWORDS = {
    **babel.DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}


@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str | None
    context: str | None
    where: str  # path:line of the first use found

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _skipped(path: Path) -> bool:
    return bool(SKIPPED_DIRS.intersection(path.relative_to(ROOT).parts))


def _babel_messages(code: str, where: str) -> list[Message]:
    """The messages of the gettext calls in Python `code`, by Babel's extractor (calls whose text
    is not a literal are left out: see test_gettext_calls_in_python_have_literal_text)."""
    found = []
    for lineno, message, _comments, context in babel.extract("python", io.BytesIO(code.encode()), keywords=KEYWORDS):
        singular, plural = message if isinstance(message, tuple) else (message, None)
        found.append(Message(singular, plural, context, f"{where}:{lineno}"))
    return found


# --- Python ---------------------------------------------------------------------------------------


def python_sources() -> list[Path]:
    files = []
    for root in PYTHON_ROOTS:
        files.extend(p for p in sorted((ROOT / root).rglob("*.py")) if not _skipped(p))
    return files


def extract_python() -> list[Message]:
    return [m for path in python_sources() for m in _babel_messages(path.read_text(encoding="utf-8"), _relative(path))]


# --- Jinja2 ---------------------------------------------------------------------------------------


def jinja_sources() -> list[Path]:
    files = []
    for root in JINJA_ROOTS:
        files.extend(p for p in sorted((ROOT / root).rglob("*")) if p.is_file() and not _skipped(p))
    return files


def extract_jinja() -> list[Message]:
    """By the portal's own Jinja2 environment (its i18n extension is what Babel's Jinja2 plugin runs)."""
    from frontend.jinja import environment

    env = environment()
    messages = []
    for path in jinja_sources():
        source = path.read_text(encoding="utf-8")
        for lineno, function, message in env.extract_translations(source):
            where = f"{_relative(path)}:{lineno}"
            parts = message if isinstance(message, tuple) else (message,)
            if function in ("pgettext", "npgettext"):
                context, parts = parts[0], parts[1:]
            else:
                context = None
            singular = parts[0]
            plural = parts[1] if function.startswith(("ngettext", "npgettext")) and len(parts) > 1 else None
            if not isinstance(singular, str):
                continue  # a variable passed to _(); nothing to look up
            messages.append(Message(singular, plural if isinstance(plural, str) else None, context, where))
    return messages


# --- Django templates -----------------------------------------------------------------------------


def django_template_sources() -> list[Path]:
    files = set()
    for pattern in DJANGO_TEMPLATE_GLOBS:
        files.update(p for p in ROOT.glob(pattern) if p.is_file() and not _skipped(p))
    return sorted(files)


def extract_django_templates() -> list[Message]:
    """Django's `templatize` turns a template into Python gettext calls, line for line, as
    `makemessages` does before it hands the text to xgettext; Babel reads those."""
    from django.utils.translation.template import templatize

    messages = []
    for path in django_template_sources():
        code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        # The blanked-out template text keeps the template's indentation, which Python would read.
        code = "\n".join(line.lstrip() for line in code.splitlines())
        messages.extend(_babel_messages(code, _relative(path)))
    return messages


EXTRACTORS = {
    "python": extract_python,
    "jinja2": extract_jinja,
    "django templates": extract_django_templates,
}


@functools.cache
def extracted() -> dict[str, list[Message]]:
    return {kind: extractor() for kind, extractor in EXTRACTORS.items()}


@functools.cache
def used_messages() -> dict[tuple[str | None, str], Message]:
    """Each distinct message (by context and msgid), with the first place it is used."""
    unique: dict[tuple[str | None, str], Message] = {}
    for kind in EXTRACTORS:
        for message in extracted()[kind]:
            unique.setdefault(message.key, message)
    return unique


# --- Catalogues -----------------------------------------------------------------------------------


def locale_dirs() -> list[Path]:
    """The project's locale directories in Django's order: LOCALE_PATHS, then the project's apps."""
    dirs = [Path(p) for p in settings.LOCALE_PATHS]
    for config in apps.get_app_configs():
        path = Path(config.path) / "locale"
        ours = any(path.is_relative_to(ROOT / root) for root in PYTHON_ROOTS)
        if ours and path.is_dir() and path not in dirs:
            dirs.append(path)
    return dirs


def catalogue_files() -> list[Path]:
    return sorted(p for d in locale_dirs() for p in d.glob("*/LC_MESSAGES/django.po"))


@functools.cache
def load(path: Path):
    return polib.pofile(str(path), encoding="utf-8", wrapwidth=0)


def _translated(entry) -> bool:
    if entry.obsolete or "fuzzy" in entry.flags:
        return False  # compilemessages leaves both out of the .mo
    if entry.msgid_plural:
        forms = entry.msgstr_plural
        return bool(forms) and all(text.strip() for text in forms.values())
    return bool(entry.msgstr.strip())


def translations(language: str) -> dict[tuple[str | None, str], object]:
    """The translated entries a reader of `language` gets; the first catalogue Django reads wins."""
    entries: dict[tuple[str | None, str], object] = {}
    for directory in locale_dirs():
        path = directory / language / "LC_MESSAGES" / "django.po"
        if not path.exists():
            continue
        for entry in load(path):
            if _translated(entry):
                entries.setdefault((entry.msgctxt, entry.msgid), entry)
    return entries


PLACEHOLDER = re.compile(r"%\(\w+\)[-#0+ ]*\d*(?:\.\d+)?[sdifrxXeEgGc]|%[sdifr]|%%|\{\w*\}")


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def _position(where: str) -> tuple[str, int]:
    path, _colon, line = where.rpartition(":")
    return (path, int(line))


def _catalogue_id(path: Path) -> str:
    return _relative(path)


# --- Tests ----------------------------------------------------------------------------------------


def test_extractors_find_strings_in_every_kind_of_source():
    """An extractor that silently finds nothing would make the completeness test pass vacuously."""
    counts = {kind: len(messages) for kind, messages in extracted().items()}
    assert all(counts.values()), counts
    assert python_sources() and jinja_sources() and django_template_sources()


def test_gettext_calls_in_python_have_literal_text():
    """Extraction cannot see text built at run time (a variable, an f-string); it is never translated."""
    dynamic = []
    for path in python_sources():
        with path.open("rb") as source:
            for lineno, function, arguments, _comments in babel.extract_python(source, KEYWORDS.keys(), (), {}):
                # Babel gives None for an argument that is not a literal string; the text arguments are
                # those the keyword names (not ngettext's count, say).
                arguments = arguments if isinstance(arguments, tuple) else (arguments,)
                spec = KEYWORDS[function] or (1,)
                texts = [arguments[(p if isinstance(p, int) else p[0]) - 1] for p in spec]
                if any(text is None for text in texts):
                    dynamic.append(f"{_relative(path)}:{lineno} {function}(…)")
    assert not dynamic, "gettext called with text that is not a literal:\n" + "\n".join(dynamic)


PO_LINE = re.compile(r'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\[\\"ntr])*"')


@pytest.mark.parametrize("path", catalogue_files(), ids=_catalogue_id)
def test_catalogue_parses(path):
    # polib forgives some errors (an unterminated string, say) that stop compilemessages, so
    # every line is also checked against the grammar of a .po file, and by msgfmt where installed.
    bad = [
        f"  line {number}: {line}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if line.strip() and not line.startswith("#") and not PO_LINE.fullmatch(line.strip())
    ]
    assert not bad, f"{_relative(path)} has lines that are not valid .po syntax:\n" + "\n".join(bad)
    msgfmt = shutil.which("msgfmt")
    if msgfmt:
        result = subprocess.run([msgfmt, "--check-format", "-o", os.devnull, str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    catalogue = load(path)
    assert catalogue.metadata.get("Content-Type", "").lower().endswith("charset=utf-8")
    assert len(catalogue) > 0


@pytest.mark.parametrize("path", catalogue_files(), ids=_catalogue_id)
def test_catalogue_has_no_duplicate_messages(path):
    seen = Counter((entry.msgctxt, entry.msgid) for entry in load(path) if not entry.obsolete)
    duplicates = sorted((ctx or "", msgid) for (ctx, msgid), count in seen.items() if count > 1)
    assert not duplicates, f"{len(duplicates)} msgids appear more than once in {_relative(path)}:\n" + "\n".join(
        f"  [{ctx}] {msgid!r}" if ctx else f"  {msgid!r}" for ctx, msgid in duplicates
    )


@pytest.mark.parametrize("path", catalogue_files(), ids=_catalogue_id)
def test_translations_keep_the_placeholders(path):
    problems = []
    for entry in load(path):
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            singular, plural = placeholders(entry.msgid), placeholders(entry.msgid_plural)
            for index, text in sorted(entry.msgstr_plural.items()):
                if not text:
                    continue
                # The first form may follow the singular msgid; every other form the plural one.
                got = placeholders(text)
                if got != plural and not (index == 0 and got == singular):
                    problems.append((entry.msgid, f"msgstr[{index}]", plural, got))
        elif entry.msgstr:
            expected, got = placeholders(entry.msgid), placeholders(entry.msgstr)
            if expected != got:
                problems.append((entry.msgid, "msgstr", expected, got))
    assert not problems, f"placeholders differ in {_relative(path)}:\n" + "\n".join(
        f"  {msgid!r} {field}: expected {dict(expected)}, found {dict(got)}" for msgid, field, expected, got in problems
    )


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_string_is_translated(language):
    available = translations(language)
    missing = []
    for key, message in sorted(used_messages().items(), key=lambda item: _position(item[1].where)):
        entry = available.get(key)
        # gettext finds a singular entry only by its msgid, and ngettext a plural one only by both.
        if entry is None or bool(message.plural) != bool(entry.msgid_plural):
            missing.append(message)
    assert not missing, (
        f"{len(missing)} strings have no {language} translation "
        f"(add them to locales/{language}/LC_MESSAGES/django.po):\n"
        + "\n".join(
            f"  {m.where}: "
            + (f"[{m.context}] " if m.context else "")
            + repr(m.msgid)
            + (f" / {m.plural!r}" if m.plural else "")
            for m in missing
        )
    )
