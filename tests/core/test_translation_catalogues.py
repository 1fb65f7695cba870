"""Every interface string the portal shows has an Azerbaijani and a Russian translation.

The catalogues under `locales/` are maintained by hand (Django's `makemessages` cannot read the
Jinja2 templates and would drop their strings), so nothing else notices a string that was added to
the code but not to the catalogues: the page then shows English to an Azerbaijani or Russian
reader. These tests extract the strings from the sources the way the runtime looks them up —

* Python modules of cms/, search/ and frontend/ (gettext and friends, read with `ast`),
* Jinja2 templates (frontend/templates/, search/jinja2/), read by the portal's own environment,
* Django templates (cms/**/templates/, search/templates/), read with Django's `templatize`,

— and check each against the catalogues Django loads for az and ru. They also check that every
catalogue parses, holds each message once, and keeps the placeholders of its msgids.
"""

from __future__ import annotations

import ast
import functools
import io
import os
import re
import shutil
import subprocess
import tokenize
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib  # the dev extra
import pytest
from django.apps import apps
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PYTHON_ROOTS = ("cms", "search", "frontend")
JINJA_ROOTS = ("frontend/templates", "search/jinja2")
DJANGO_TEMPLATE_GLOBS = ("cms/**/templates/**/*", "search/templates/**/*")
SKIPPED_DIRS = {"migrations", "tests", "__pycache__", "node_modules", ".venv"}
# Languages whose readers must never see an English fallback; en shows the msgid when empty.
TRANSLATED_LANGUAGES = ("az", "ru")

# The gettext functions and where their arguments are: (context, singular, plural) positions.
PYTHON_FUNCTIONS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
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


def _argument(node, keywords, position, *keyword_names):
    """A call's argument by its position, else by one of its keyword names."""
    if position is None:
        return None
    if position < len(node.args):
        return node.args[position]
    for keyword in keyword_names:
        if keyword in keywords:
            return keywords[keyword]
    return None


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _skipped(path: Path) -> bool:
    return bool(SKIPPED_DIRS.intersection(path.relative_to(ROOT).parts))


# --- Python ---------------------------------------------------------------------------------------


def _function_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_messages(tree: ast.AST, where: str) -> tuple[list[Message], list[str]]:
    """The messages of the gettext calls in `tree`, and the calls whose text is not a literal."""
    found, dynamic = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _function_name(node.func)
        if name not in PYTHON_FUNCTIONS:
            continue
        context_at, singular_at, plural_at = PYTHON_FUNCTIONS[name]
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        argument = functools.partial(_argument, node, keywords)

        singular = argument(singular_at, "message", "singular", "msgid")
        if singular is None:
            continue  # `_` used for something else, e.g. a throwaway called with no text
        text = _literal(singular)
        plural_node = argument(plural_at, "plural")
        context_node = argument(context_at, "context")
        plural = _literal(plural_node) if plural_node is not None else None
        context = _literal(context_node) if context_node is not None else None
        if (
            text is None
            or (plural_node is not None and plural is None)
            or (context_node is not None and context is None)
        ):
            dynamic.append(f"{where}:{node.lineno} {ast.unparse(node)[:120]}")
            continue
        found.append(Message(text, plural, context, f"{where}:{node.lineno}"))
    return found, dynamic


def python_sources() -> list[Path]:
    files = []
    for root in PYTHON_ROOTS:
        files.extend(p for p in sorted((ROOT / root).rglob("*.py")) if not _skipped(p))
    return files


def extract_python() -> list[Message]:
    messages = []
    for path in python_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found, _dynamic = _call_messages(tree, _relative(path))
        messages.extend(found)
    return messages


# --- Jinja2 ---------------------------------------------------------------------------------------


def jinja_sources() -> list[Path]:
    files = []
    for root in JINJA_ROOTS:
        files.extend(p for p in sorted((ROOT / root).rglob("*")) if p.is_file() and not _skipped(p))
    return files


def extract_jinja() -> list[Message]:
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


def _templatized_calls(code: str):
    """(function, literal arguments, line) of each gettext call in `templatize` output."""
    # Blanked-out template text keeps the template's indentation, which means nothing here.
    code = "\n".join(line.lstrip() for line in code.splitlines())
    tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    for index, token in enumerate(tokens[:-1]):
        if token.type != tokenize.NAME or token.string not in PYTHON_FUNCTIONS:
            continue
        if tokens[index + 1].string != "(":
            continue
        depth, end = 0, index + 1
        for end in range(index + 1, len(tokens)):
            if tokens[end].string == "(":
                depth += 1
            elif tokens[end].string == ")":
                depth -= 1
                if depth == 0:
                    break
        call_text = " ".join(t.string for t in tokens[index : end + 1])
        yield token.string, ast.parse(call_text, mode="eval").body, token.start[0]


def extract_django_templates() -> list[Message]:
    from django.utils.translation.template import templatize

    messages = []
    for path in django_template_sources():
        code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for _name, call, lineno in _templatized_calls(code):
            found, _dynamic = _call_messages(call, _relative(path))
            messages.extend(Message(m.msgid, m.plural, m.context, f"{_relative(path)}:{lineno}") for m in found)
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
    """xgettext-style extraction cannot see text built at run time; such text is never translated."""
    dynamic = []
    for path in python_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        dynamic.extend(_call_messages(tree, _relative(path))[1])
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
