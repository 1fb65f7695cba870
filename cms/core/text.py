"""What text the portal accepts from outside: one rule for forms, API schemas and addresses.

Text that comes in (a form field, a JSON string, a query parameter) is refused when it holds a
character no person types: a NUL byte (PostgreSQL cannot store one and answers an error), another
control character (they break e-mail headers and log lines and hide text from whoever reads it
later), or half of a UTF-16 surrogate pair (not a character at all: no database or encoder takes
it). Multi-line text may keep tab and line breaks; a single-line value keeps none of them.

E-mail addresses are read by Django's EmailValidator and are at most 254 characters (RFC 5321, and
the size of the columns that keep them): an address with a line break in it would otherwise reach
an SMTP header.

The checks are plain functions (`text_problem`, `check_text`, `check_email`); `TextValidator` is
their form for Django fields, `guard_text_fields` attaches it to a form's text fields, and
`SingleLine`/`MultiLine`/`EmailAddress` are their form for django-ninja (pydantic) schemas.
"""

from __future__ import annotations

import re
from typing import Annotated

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from pydantic import AfterValidator

EMAIL_MAX = 254

# C0 controls, DEL, C1 controls and lone surrogates; multi-line text keeps tab, LF and CR.
_SINGLE_LINE_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MULTI_LINE_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

NUL_MESSAGE = _("This text contains a NUL byte, which is not allowed.")
CONTROL_MESSAGE = _("This text contains a control character (U+%(code)04X), which is not allowed.")
LINE_BREAK_MESSAGE = _("This text must be on one line: it contains a tab or a line break.")


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why `value` is refused, in the active language; None when it is acceptable."""
    pattern = _MULTI_LINE_FORBIDDEN if multiline else _SINGLE_LINE_FORBIDDEN
    found = pattern.search(value)
    if found is None:
        return None
    char = found.group()
    if char == "\x00":
        return str(NUL_MESSAGE)
    if char in "\t\n\r":
        return str(LINE_BREAK_MESSAGE)
    return str(CONTROL_MESSAGE) % {"code": ord(char)}


def check_text(value: str, *, multiline: bool = False) -> str:
    """`value` unchanged, or ValidationError (code "control_characters") saying what is wrong."""
    problem = text_problem(value, multiline=multiline)
    if problem:
        raise ValidationError(problem, code="control_characters")
    return value


@deconstructible
class TextValidator:
    """`check_text` as a Django field validator."""

    def __init__(self, multiline: bool = False):
        self.multiline = multiline

    def __call__(self, value) -> None:
        if isinstance(value, str):
            check_text(value, multiline=self.multiline)

    def __eq__(self, other) -> bool:
        return isinstance(other, TextValidator) and other.multiline == self.multiline


_email_validator = EmailValidator()  # Django's message, translated by Django


def check_email(value: str) -> str:
    """`value` stripped if it is a valid address of at most 254 characters; else ValidationError."""
    value = value.strip()
    if len(value) > EMAIL_MAX:
        raise ValidationError(
            gettext("An e-mail address has at most %(max)d characters; this one has %(count)d.")
            % {"max": EMAIL_MAX, "count": len(value)},
            code="max_length",
        )
    check_text(value)
    _email_validator(value)
    return value


def guard_text_fields(form) -> None:
    """Adds the text rule to every text field of `form` (multi-line where the widget is a textarea)."""
    from django import forms

    for field in form.fields.values():
        if isinstance(field, forms.CharField) and not any(isinstance(v, TextValidator) for v in field.validators):
            multiline = isinstance(field.widget, forms.Textarea)
            field.validators = [*field.validators, TextValidator(multiline=multiline)]
        if isinstance(field, forms.EmailField) and field.max_length is None:
            # A model's EmailField brings its 254 already; a plain form field has no limit.
            field.max_length = EMAIL_MAX
            field.validators = [*field.validators, _max_email_length]


def _max_email_length(value: str) -> None:
    if isinstance(value, str) and len(value) > EMAIL_MAX:
        check_email(value)


class TextFieldsGuard:
    """A form mixin: every text field follows the portal's text rule (see `guard_text_fields`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        guard_text_fields(self)


def _pydantic(check):
    def validate(value: str) -> str:
        try:
            return check(value)
        except ValidationError as error:
            raise ValueError(" ".join(error.messages)) from None

    return AfterValidator(validate)


SingleLine = Annotated[str, _pydantic(lambda value: check_text(value))]
MultiLine = Annotated[str, _pydantic(lambda value: check_text(value, multiline=True))]
EmailAddress = Annotated[str, _pydantic(lambda value: check_email(value) if value.strip() else "")]


def query_problem(request) -> str | None:
    """Why the address (path and query parameters) of `request` is refused; None when it is not."""
    problem = text_problem(request.path_info)
    if problem:
        return problem
    for key, values in request.GET.lists():
        for text in (key, *values):
            problem = text_problem(text)
            if problem:
                return problem
    return None
