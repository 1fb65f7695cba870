"""The e-cabinet's frame and guard, for every package that adds pages to it.

The accounts pages (cms/accounts/views.py) and the appeals pages (cms/appeals/views.py) share one
guard (`applicant_required`), one menu and one frame (`render_cabinet`: cabinet/layout.html's
context). Nothing here knows the sign-on protocol: a visitor who is not signed in is sent to the
sign-on's start by its URL name.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from cms.core.languages import language_codes

from .middleware import applicant_of
from .models import LegalEntity, Person
from .permissions import rights_for

# The session key of the legal entity the person acts for (its VÖEN).
ACTING_KEY = "acting_for_voen"


def applicant_required(view):
    """Sends a visitor who is not signed in as an applicant to the sign-on, and back here after it;
    sets `request.person` and `request.acting` for the view."""

    @wraps(view)
    @never_cache
    def wrapper(request, *args, **kwargs):
        person = applicant_of(request.user)
        if person is None:
            if request.session.pop("signed_out_idle", False):
                messages.info(request, _("You were signed out after a period of inactivity."))
            return HttpResponseRedirect(f"{reverse('sign_on:start')}?{urlencode({'next': request.get_full_path()})}")
        request.person = person
        request.acting = acting_entity(request, person)
        return view(request, *args, **kwargs)

    return wrapper


def acting_entity(request, person: Person) -> LegalEntity | None:
    """The entity the person acts for in this session, if they still hold a right for it."""
    voen = request.session.get(ACTING_KEY)
    if not voen:
        return None
    entity = LegalEntity.objects.filter(voen=voen).first()
    if entity is None or not rights_for(person, entity):
        request.session.pop(ACTING_KEY, None)
        return None
    return entity


def cabinet_nav(language: str) -> list[dict]:
    """The e-cabinet's menu, the same on every page of it (the appeals' pages are named by their
    URL names only: the accounts package does not import the appeals one)."""
    with translation.override(language):
        items = [
            ("cabinet:dashboard", _("Dashboard")),
            ("appeals:list", _("My appeals")),
            ("appeals:suggestion", _("Suggestions")),
            ("cabinet:my_data", _("My data")),
            ("cabinet:corrections", _("Corrections")),
            ("cabinet:representatives", _("Representatives")),
        ]
        return [{"path": reverse(name), "title": title} for name, title in items]


def language_of(path: str) -> str:
    code = path.strip("/").split("/", 1)[0]
    return code if code in language_codes() else settings.LANGUAGE_CODE


def render_cabinet(
    request,
    template: str,
    context: dict,
    *,
    title: str,
    status: int = 200,
    language: str | None = None,
    alternates: bool = True,
):
    """`template` inside the e-cabinet's frame: the menu, the person and the entity they act for,
    the messages, the sign-out, and the same page in the other languages (`alternates`, when the
    page is in its language's path; a page answering a form post offers none)."""
    language = language or translation.get_language()
    path = request.path
    person = getattr(request, "person", None) or applicant_of(request.user)
    in_language = alternates and language_of(path) == language and path.startswith(f"/{language}/")
    frame = {
        "language": language,
        "page_title": title,
        "alternates": {code: translate_url(path, code) for code in language_codes()} if in_language else {},
        "person": person,
        "acting": getattr(request, "acting", None),
        "messages": list(messages.get_messages(request)),
        "cabinet_nav": cabinet_nav(language) if person else [],
        "current_path": path,
        "sign_out_url": reverse("sign_on:sign_out"),
    }
    frame.update(context)
    return render(request, template, frame, status=status)
