"""E-mails: every message the portal sends is rendered here and handed to the outbox.

A kind of message is one Django template of plain text (`appeals/email/applicant/registered.txt`,
`core/email/security_alert.txt`) that extends `core/email/message.txt` and fills its two blocks,
`subject` and `body`: one file per kind, so
that a message's subject and body are read, reviewed and changed together. Its sentences are
`{% translate %}` and `{% blocktranslate %}` strings, so each language comes from the catalogues;
the template holds only the layout (which facts, which paragraphs). The caller passes the facts
ready to read (a date formatted by cms/core/formatting.py in the message's language, a link).

`render()` fills a template in one language. `send()` renders and writes the message to the outbox
(`MAIL_OUTBOX`, the appeals' outbox: a row in the caller's transaction, sent after the commit,
retried through a mail server outage), which is the portal's one way out. The outbox is named by a
setting, not imported: core is below the apps and imports none of them.

The text is plain: nothing is HTML-escaped. The subject is one line. The body is paragraphs
separated by one blank line, with no spaces at the ends of lines, however many lines the template's
tags leave empty: a template may put `{% if %}` on a line of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.conf import settings
from django.template import Context, Engine
from django.utils import translation
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Email:
    subject: str
    body: str


def render(template_name: str, language: str, context: Mapping[str, object]) -> Email:
    # The site's Django template engine: its folders and libraries, and in development its reload
    # of an edited template. No context processors run: a message knows only what its sender passes.
    # The template extends core/email/message.txt, which renders the block that `part` names.
    template = Engine.get_default().get_template(template_name)
    with translation.override(language):
        subject, body = (
            template.render(Context({**context, "part": part}, autoescape=False)) for part in ("subject", "body")
        )
    if not subject.strip() or not body.strip():
        raise ValueError(f"{template_name} gives no subject or no body: it extends core/email/message.txt")
    return Email(subject=one_line(subject), body=paragraphs(body))


def send(template_name: str, *, to: str, language: str, context: Mapping[str, object], **outbox):
    """Renders the message in `language` and writes it to the outbox for `to`; `outbox` passes on
    what the outbox keeps beside it (the appeal, a key that writes it once). Returns what the
    outbox returns: the stored message, or None when its key was used already."""
    email = render(template_name, language, context)
    enqueue = import_string(settings.MAIL_OUTBOX)
    return enqueue(to=to, subject=email.subject, body=email.body, language=language, **outbox)


def one_line(text: str) -> str:
    return " ".join(text.split())


def paragraphs(text: str) -> str:
    """The lines of `text` without trailing spaces, runs of empty lines made one, none at the ends."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")
