"""The Jinja2 environment shared by the static builder and the dynamic pages (search, e-cabinet).

Django's Jinja2 backend uses `environment()` for views; the static builder calls it directly, so
both render the same templates with the same filters and translations.
"""

from django.utils import translation
from jinja2 import Environment, select_autoescape


def environment(**options) -> Environment:
    options.setdefault("autoescape", select_autoescape(["html", "xml"]))
    env = Environment(extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_callables(
        gettext=translation.gettext,
        ngettext=translation.ngettext,
        newstyle=True,
    )
    return env
