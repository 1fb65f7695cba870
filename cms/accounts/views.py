"""The sign-on endpoints and the e-cabinet's pages. Thin: the rules live in profiles, permissions
and the sign-on client; these views read the request, call them and render.
"""

from __future__ import annotations

import json
import logging
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cms.core import limits
from cms.core.audit import AuditAction, record
from cms.core.languages import language_codes
from cms.core.security import report

from .cabinet import ACTING_KEY, applicant_required, language_of, render_cabinet
from .citizenship import citizenship_name
from .forms import ContactsForm, CorrectionForm, EntityContactsForm, RepresentativeForm, correctable_field_choices
from .middleware import LAST_SEEN_KEY, applicant_of
from .models import CorrectionRequest, LegalEntity, Person, ProfileKind, Representation, Right
from .permissions import RepresentationError, can_act_for, entities_for, grant, revoke, rights_for
from .profiles import ApplicantSuspended, sign_in_person
from .sso import client
from .sso.config import sign_on_config
from .sso.errors import TOKEN_FAILURES, SignOnError

logger = logging.getLogger(__name__)

ID_TOKEN_KEY = "sign_on_id_token"


def _cabinet_url(name: str = "dashboard", language: str | None = None) -> str:
    with translation.override(language or translation.get_language()):
        return reverse(f"cabinet:{name}")


# The sign-on ------------------------------------------------------------------------------------


@never_cache
@require_GET
def sign_on_start(request):
    next_url = request.GET.get("next", "")
    if not next_url.startswith("/") or not url_has_allowed_host_and_scheme(next_url, None):
        next_url = _cabinet_url()
    decision = limits.hit("sign_on", request)
    if not decision.allowed:
        return limits.too_many_requests(request, decision, language=language_of(next_url))
    try:
        url, pending = client.begin(request, next_url=next_url)
    except SignOnError as exc:
        with translation.override(language_of(next_url)):
            return _failure(request, exc, status=503)
    # The pending sign-in waits in a signed cookie that only the callback receives, not in a
    # session: an anonymous start stores nothing on the server.
    response = HttpResponseRedirect(url)
    response.set_cookie(
        client.PENDING_COOKIE,
        pending,
        max_age=sign_on_config().pending_lifetime_seconds,
        path=reverse("sign_on:callback"),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",  # sent on the provider's top-level redirect back, not on cross-site requests
    )
    return response


# Sign-on failures that may be an attack (a forged or replayed callback, a token that does not
# verify) go to the security log as well; a provider that is down or a sign-in that took too long
# do not.
SUSPICIOUS_FAILURES = {"state_mismatch", "no_pending_sign_in", *TOKEN_FAILURES}


@never_cache
@require_GET
def sign_on_callback(request):
    language = language_of((client.pending_sign_in(request) or {}).get("next", ""))
    translation.activate(language)
    try:
        identity, tokens, next_url = client.complete(request)
        result = sign_in_person(identity, request=request)
    except SignOnError as exc:
        logger.warning("Sign-in refused: %s", exc)
        record(AuditAction.SIGN_IN_FAILED, request=request, reason=exc.code, detail=exc.detail[:500])
        if exc.code in SUSPICIOUS_FAILURES:
            report("invalid_token", request=request, reason=exc.code)
        response = _failure(request, exc, status=503 if exc.code in ("provider_unreachable", "not_configured") else 400)
        return _forget_pending(response)
    except ApplicantSuspended as exc:
        record(AuditAction.SIGN_IN_FAILED, request=request, subject=f"person {exc.person.fin}", reason="suspended")
        return _forget_pending(_failure(request, SignOnError("suspended"), status=403))

    # A new session at every sign-in: nothing from before it (a fixation attempt included) survives.
    request.session.flush()
    login(request, result.person.user, backend="cms.accounts.backends.ApplicantBackend")
    request.session[ID_TOKEN_KEY] = tokens["id_token"]
    request.session[LAST_SEEN_KEY] = int(time.time())
    translation.activate(language)
    record(AuditAction.SIGN_IN, request=request, subject=f"person {result.person.fin}", first=result.created)
    return _forget_pending(HttpResponseRedirect(next_url or _cabinet_url(language=language)))


def _forget_pending(response):
    response.delete_cookie(client.PENDING_COOKIE, path=reverse("sign_on:callback"), samesite="Lax")
    return response


def _failure(request, error: SignOnError, *, status: int):
    language = translation.get_language()
    return _render(
        request,
        "sign_in_failed.html",
        {"message": error.message, "retry_url": f"{reverse('sign_on:start')}?{urlencode({'next': _cabinet_url()})}"},
        title=_("Sign-in failed"),
        status=status,
        language=language,
    )


@never_cache
@require_POST
def sign_out(request):
    language = request.POST.get("language", "")
    if language not in language_codes():
        language = settings.LANGUAGE_CODE
    person = applicant_of(request.user)
    id_token = request.session.get(ID_TOKEN_KEY, "")
    if person is not None:
        record(AuditAction.SIGN_OUT, request=request, subject=f"person {person.fin}")
    logout(request)
    local = _cabinet_url("signed_out", language)
    if id_token:
        provider = client.end_session_url(
            request,
            id_token=id_token,
            post_logout_redirect_uri=request.build_absolute_uri(reverse("sign_on:signed_out")),
            state=language,
        )
        if provider:
            return HttpResponseRedirect(provider)
    return HttpResponseRedirect(local)


@require_GET
def signed_out_at_provider(request):
    language = request.GET.get("state", "")
    return HttpResponseRedirect(_cabinet_url("signed_out", language if language in language_codes() else None))


@require_GET
def cabinet_root(request):
    """/cabinet/ without a language: the language of the page the visitor came from, then the
    language cookie, then the browser's languages (only those the portal speaks), then the default.

    A Turkish browser on /en/ must land in the English cabinet: the browser's language says what
    the visitor reads best among all languages, the page they were on says which of ours they chose.
    """
    return HttpResponseRedirect(_cabinet_url(language=visitor_language(request)))


def visitor_language(request) -> str:
    codes = language_codes()
    chosen = request.GET.get("lang", "")
    if chosen in codes:
        return chosen
    next_url = request.GET.get("next", "")
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(next_url, None) and _prefix(next_url) in codes:
        return _prefix(next_url)
    referer = _own_referer_path(request)
    if referer is not None and _prefix(referer) in codes:
        return _prefix(referer)
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if cookie in codes:
        return cookie
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        primary = code.split("-", 1)[0].lower()
        if primary in codes:
            return primary
    return settings.LANGUAGE_CODE


def _prefix(path: str) -> str:
    return path.lstrip("/").split("/", 1)[0]


def _own_referer_path(request) -> str | None:
    """The path of the Referer, when it is a page of this portal (same host), else None."""
    from urllib.parse import urlsplit

    referer = request.headers.get("Referer", "")
    if not referer:
        return None
    parts = urlsplit(referer)
    allowed = {request.get_host()}
    allowed.add(urlsplit(settings.PUBLIC_BASE_URL).netloc)
    if parts.scheme not in ("http", "https") or parts.netloc not in allowed:
        return None
    return parts.path or "/"


# The e-cabinet ----------------------------------------------------------------------------------


def _render(request, template: str, context: dict, *, title: str, status: int = 200, language: str | None = None):
    person = applicant_of(request.user)
    acting = getattr(request, "acting", None)
    extra = {
        "rights": sorted(rights_for(person, acting)) if person and acting else [],
        "kind_labels": dict(ProfileKind.choices),
        "right_labels": dict(Right.choices),
    }
    return render_cabinet(
        request, f"cabinet/{template}", {**extra, **context}, title=title, status=status, language=language
    )


@applicant_required
@require_GET
def dashboard(request):
    person = request.person
    return _render(
        request,
        "dashboard.html",
        {
            "entities": entities_for(person),
            "pending_corrections": person.correction_requests.filter(status=CorrectionRequest.Status.PENDING).count(),
            "act_as_url": _cabinet_url("act_as"),
        },
        title=_("E-cabinet"),
    )


@applicant_required
@require_POST
def act_as(request):
    voen = request.POST.get("voen", "")
    if not voen:
        request.session.pop(ACTING_KEY, None)
        messages.success(request, _("You now act in your own name."))
    else:
        entity = LegalEntity.objects.filter(voen=voen).first()
        if entity is None or not rights_for(request.person, entity):
            messages.error(request, _("You have no rights to act for this entity."))
        else:
            request.session[ACTING_KEY] = entity.voen
            messages.success(request, _("You now act for %(name)s.") % {"name": entity.name})
    return HttpResponseRedirect(_cabinet_url())


@applicant_required
@require_http_methods(["GET", "POST"])
def my_data(request):
    person, entity = request.person, request.acting
    may_edit_entity = entity is not None and can_act_for(person, entity, Right.MANAGE_REPRESENTATIVES)
    form = ContactsForm(instance=person, prefix="person")
    entity_form = EntityContactsForm(instance=entity, prefix="entity") if may_edit_entity else None
    if request.method == "POST":
        if request.POST.get("which") == "entity" and may_edit_entity:
            entity_form = EntityContactsForm(request.POST, instance=entity, prefix="entity")
            if entity_form.is_valid():
                entity_form.save()
                record(
                    AuditAction.CONTACTS_CHANGED,
                    request=request,
                    subject=f"entity {entity.voen}",
                    fields=entity_form.changed_data,
                )
                messages.success(request, _("The entity's contact details have been saved."))
                return HttpResponseRedirect(request.path)
        else:
            form = ContactsForm(request.POST, instance=person, prefix="person")
            if form.is_valid():
                form.save()
                record(
                    AuditAction.CONTACTS_CHANGED,
                    request=request,
                    subject=f"person {person.fin}",
                    fields=form.changed_data,
                )
                messages.success(request, _("Your contact details have been saved."))
                return HttpResponseRedirect(request.path)
    return _render(
        request,
        "my_data.html",
        {
            "form": form,
            "entity_form": entity_form,
            "download_url": _cabinet_url("download"),
            "corrections_url": _cabinet_url("corrections"),
            "citizenship": citizenship_name(person.citizenship, translation.get_language()),
        },
        title=_("My data"),
    )


def personal_data(person: Person) -> dict:
    """Everything the portal holds about a person, as they may download it (Regulation 9.1.2)."""
    fields = [
        "fin", "kind", "last_name", "first_name", "patronymic", "citizenship", "registration_address",
        "sign_on_phone", "voen", "activities", "taxpayer_registered_on", "tax_authority",
        "residence_permit_kind", "residence_permit_number", "residence_permit_issued_on",
        "residence_permit_valid_until", "contact_email", "contact_phone", "corrections", "created_at", "refreshed_at",
    ]  # fmt: skip
    return {
        "person": {name: getattr(person, name) for name in fields},
        "acts_for": [
            {"voen": entity.voen, "name": entity.name, "rights": sorted(rights_for(person, entity))}
            for entity in entities_for(person)
        ],
        "correction_requests": list(
            person.correction_requests.values(
                "field",
                "current_value",
                "proposed_value",
                "explanation",
                "status",
                "created_at",
                "decided_at",
                "decision_reason",
            )
        ),
        "exported_at": timezone.now(),
    }


@applicant_required
@require_GET
def download(request):
    person = request.person
    record(AuditAction.PERSONAL_DATA_EXPORTED, request=request, subject=f"person {person.fin}")
    body = json.dumps(personal_data(person), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="my-data-{person.fin}.json"'
    return response


@applicant_required
@require_http_methods(["GET", "POST"])
def corrections(request):
    person = request.person
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        field = form.cleaned_data["field"]
        with transaction.atomic():
            correction = CorrectionRequest.objects.create(
                person=person,
                field=field,
                current_value=person.effective(field),
                proposed_value=form.cleaned_data["proposed_value"],
                explanation=form.cleaned_data["explanation"],
            )
            record(
                AuditAction.CORRECTION_REQUESTED,
                request=request,
                subject=f"person {person.fin}",
                request_id=correction.pk,
                field=field,
            )
        messages.success(
            request, _("Your request has been sent. Staff will review it and you will see the decision here.")
        )
        return HttpResponseRedirect(request.path)
    return _render(
        request,
        "corrections.html",
        {
            "form": form,
            "requests": person.correction_requests.all(),
            "field_labels": dict(correctable_field_choices()),
        },
        title=_("Corrections"),
    )


@applicant_required
@require_http_methods(["GET", "POST"])
def representatives(request):
    person, entity = request.person, request.acting
    if entity is None or not can_act_for(person, entity, Right.MANAGE_REPRESENTATIVES):
        if request.method == "POST":
            return _render(request, "forbidden.html", {}, title=_("Not allowed"), status=403)
        own = Representation.objects.filter(fin=person.fin, revoked_at__isnull=True).select_related("entity")
        return _render(
            request,
            "representatives.html",
            {"managing": False, "own": own, "headed": LegalEntity.objects.filter(head_fin=person.fin)},
            title=_("Representatives"),
        )

    form = RepresentativeForm()
    if request.method == "POST":
        try:
            if request.POST.get("action") == "revoke":
                revoke(person, entity, request.POST.get("fin", ""), request=request)
                messages.success(request, _("The responsible person's rights have been revoked."))
                return HttpResponseRedirect(request.path)
            form = RepresentativeForm(request.POST)
            if form.is_valid():
                grant(person, entity, form.cleaned_data["fin"], form.cleaned_data["rights"], request=request)
                messages.success(request, _("The responsible person's rights have been saved."))
                return HttpResponseRedirect(request.path)
        except RepresentationError as exc:
            form.add_error(None, str(exc))
    active = list(entity.representations.filter(revoked_at__isnull=True))
    names = {p.fin: p.full_name for p in Person.objects.filter(fin__in=[r.fin for r in active])}
    return _render(
        request,
        "representatives.html",
        {
            "managing": True,
            "form": form,
            "active": [
                {"representation": r, "name": names.get(r.fin, ""), "rights": sorted(r.rights())} for r in active
            ],
            "revoked": entity.representations.filter(revoked_at__isnull=False)[:20],
        },
        title=_("Representatives"),
    )


@require_GET
def signed_out(request):
    return _render(request, "signed_out.html", {"sign_in_url": _cabinet_url()}, title=_("You have signed out"))
