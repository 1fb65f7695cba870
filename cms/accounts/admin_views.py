"""Staff views in the Wagtail admin: applicants (suspend, restore), correction requests (decide),
the staff member's second factor (enrol through an invitation, verify) and the invitations
administrators issue. Every look at an applicant's personal data is written to the audit log.
"""

from __future__ import annotations

import math
from base64 import b32encode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.core.audit import AuditAction, record

from . import invitations
from .citizenship import citizenship_name
from .forms import DecisionForm, SuspensionForm
from .middleware import admin_return_url
from .models import CorrectionRequest, Person
from .permissions import entities_for, rights_for


def _deny_unless(request, perm: str):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def applicant_list(request):
    _deny_unless(request, "accounts.view_person")
    query = request.GET.get("q", "").strip()
    people = Person.objects.all()
    if query:
        people = people.filter(
            Q(fin__iexact=query) | Q(last_name__icontains=query) | Q(first_name__icontains=query) | Q(voen=query)
        )
    page = Paginator(people, 50).get_page(request.GET.get("p"))
    record(
        AuditAction.PERSONAL_DATA_VIEWED,
        request=request,
        subject="applicant list",
        query=query,
        shown=[p.fin for p in page],
    )
    return render(
        request,
        "accounts/admin/applicant_list.html",
        {"page_title": _("Applicants"), "header_icon": "user", "page": page, "query": query},
    )


def applicant_detail(request, pk: int):
    _deny_unless(request, "accounts.view_person")
    person = get_object_or_404(Person, pk=pk)
    record(AuditAction.PERSONAL_DATA_VIEWED, request=request, subject=f"person {person.fin}")
    return render(
        request,
        "accounts/admin/applicant_detail.html",
        {
            "page_title": person.full_name,
            "header_icon": "user",
            "person": person,
            "citizenship": citizenship_name(person.citizenship, get_language()),
            "entities": [(entity, sorted(rights_for(person, entity))) for entity in entities_for(person)],
            "corrections": person.correction_requests.all(),
            "form": SuspensionForm(),
            "may_suspend": request.user.has_perm("accounts.suspend_person"),
        },
    )


@require_POST
def applicant_suspension(request, pk: int):
    _deny_unless(request, "accounts.suspend_person")
    form = SuspensionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason."))
        return redirect("accounts_applicant_detail", pk=pk)
    with transaction.atomic():
        person = get_object_or_404(Person.objects.select_for_update(), pk=pk)
        suspend = request.POST.get("action") == "suspend"
        set_suspension(person, suspended=suspend, reason=form.cleaned_data["reason"], request=request)
    messages.success(
        request, _("The applicant has been suspended.") if suspend else _("The applicant's access has been restored.")
    )
    return redirect("accounts_applicant_detail", pk=pk)


def set_suspension(person: Person, *, suspended: bool, reason: str, request=None, actor=None) -> None:
    """Suspends or restores an applicant (Regulation 7.2.5); the next request of theirs notices."""
    person.suspended_at = timezone.now() if suspended else None
    person.suspension_reason = reason if suspended else ""
    person.save(update_fields=["suspended_at", "suspension_reason"])
    record(
        AuditAction.APPLICANT_SUSPENDED if suspended else AuditAction.APPLICANT_RESTORED,
        request=request,
        actor=actor,
        subject=f"person {person.fin}",
        reason=reason,
    )


def correction_list(request):
    _deny_unless(request, "accounts.decide_correction")
    status = request.GET.get("status", CorrectionRequest.Status.PENDING)
    items = CorrectionRequest.objects.select_related("person").filter(status=status)
    record(AuditAction.PERSONAL_DATA_VIEWED, request=request, subject="correction requests", status=status)
    return render(
        request,
        "accounts/admin/correction_list.html",
        {
            "page_title": _("Correction requests"),
            "header_icon": "edit",
            "items": items,
            "status": status,
            "statuses": CorrectionRequest.Status.choices,
            "form": DecisionForm(),
        },
    )


@require_POST
def correction_decision(request, pk: int):
    _deny_unless(request, "accounts.decide_correction")
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason for the decision."))
        return redirect("accounts_correction_list")
    approve = request.POST.get("decision") == "approve"
    decide_correction(
        get_object_or_404(CorrectionRequest, pk=pk),
        approve=approve,
        reason=form.cleaned_data["reason"],
        staff=request.user,
        request=request,
    )
    messages.success(request, _("The decision has been saved."))
    return redirect("accounts_correction_list")


@transaction.atomic
def decide_correction(correction: CorrectionRequest, *, approve: bool, reason: str, staff, request=None) -> None:
    correction = CorrectionRequest.objects.select_for_update().get(pk=correction.pk)
    if correction.status != CorrectionRequest.Status.PENDING:
        raise PermissionDenied("This request has been decided already.")
    correction.status = CorrectionRequest.Status.APPROVED if approve else CorrectionRequest.Status.REJECTED
    correction.decided_at = timezone.now()
    correction.decided_by = staff
    correction.decision_reason = reason
    correction.save()
    if approve:
        person = Person.objects.select_for_update().get(pk=correction.person_id)
        person.corrections = {**person.corrections, correction.field: correction.proposed_value}
        person.save(update_fields=["corrections"])
    record(
        AuditAction.CORRECTION_APPROVED if approve else AuditAction.CORRECTION_REJECTED,
        request=request,
        actor=staff,
        subject=f"person {correction.person.fin}",
        request_id=correction.pk,
        field=correction.field,
        reason=reason,
    )


# The second factor ------------------------------------------------------------------------------


class TokenForm(forms.Form):
    data: MultiValueDict  # request.POST, or Django's empty MultiValueDict when unbound: both copy

    token = forms.CharField(
        label=_lazy("6-digit code"),
        help_text=_lazy("The code your authenticator app shows now; it changes every 30 seconds."),
        max_length=6,
        min_length=6,
        validators=[RegexValidator(r"^[0-9]{6}$", _lazy("Type the 6 digits of the code, without spaces."))],
        error_messages={
            "required": _lazy("Type the 6-digit code from your authenticator app."),
            "min_length": _lazy("Type the 6 digits of the code, without spaces."),
            "max_length": _lazy("Type the 6 digits of the code, without spaces."),
        },
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": "[0-9]{6}",
                "spellcheck": "false",
            }
        ),
    )

    def __init__(self, *args, focus: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if focus or self.is_bound:
            # Straight to the field, where a wrong code's message is; on the first visit of the
            # set-up page the steps above it come first.
            self.fields["token"].widget.attrs["autofocus"] = True
        if self.data:
            # Authenticator apps and people copy codes as "123 456".
            self.data = self.data.copy()
            self.data["token"] = "".join(self.data.get("token", "").split())


def _next(request) -> str:
    return admin_return_url(request.POST.get("next") or request.GET.get("next"), request)


def _signed_in_with_code(request, devices, form: TokenForm, wrong: str):
    """The device whose code the form carries, now verified for this session; otherwise None, and
    the form says why beside its field. After a wrong code django-otp makes the next try wait
    (1, 2, 4 … seconds): the person is told how long, not that a right code is wrong."""
    if not form.is_valid():
        return None
    token = form.cleaned_data["token"]
    waits = []
    for device in devices:
        allowed, detail = device.verify_is_allowed()
        if not allowed:
            waits.append(detail.get("locked_until") if detail else None)
            continue
        if device.verify_token(token):
            otp_login(request, device)
            return device
    if waits and len(waits) == len(devices):
        until = max((w for w in waits if w is not None), default=timezone.now())
        seconds = max(1, math.ceil((until - timezone.now()).total_seconds()))
        form.add_error(
            "token",
            ngettext(
                "Too many wrong codes in a row. Wait %(seconds)d second and try again with the code your app shows then.",
                "Too many wrong codes in a row. Wait %(seconds)d seconds and try again with the code your app shows then.",
                seconds,
            )
            % {"seconds": seconds},
        )
    else:
        form.add_error("token", wrong)
    return None


def _qr_svg(uri: str) -> str:
    """The otpauth:// address as a QR code, drawn here as inline SVG: no image request, and the
    key never leaves the server for a third party."""
    svg = segno.make(uri, error="m").svg_inline(
        border=4,
        dark="#000",
        light="#fff",
        omitsize=True,
        svgclass="two-factor-qr",
        title=_("QR code of your sign-in key"),
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


def two_factor_enrol(request):
    """A staff member without a confirmed authenticator adds one, through the invitation this
    session opened (cms/accounts/invitations.py): scan the key, type a code. Without one the page
    says whom to ask, and shows no key."""
    if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect(f"{reverse('accounts_two_factor_verify')}?{urlencode({'next': _next(request)})}")
    invitation = invitations.opened_invitation(request)
    if invitation is None:
        return _invitation_needed(request)
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first() or TOTPDevice.objects.create(
        user=request.user, name=_("Authenticator app"), confirmed=False
    )
    form = TokenForm(request.POST or None)
    wrong = _(
        "The code is not right. Check that the time on your phone is set automatically, and type the code it shows now."
    )
    if request.method == "POST" and _signed_in_with_code(request, [device], form, wrong):
        with transaction.atomic():
            if not invitations.use(invitation):
                # Replaced or expired while the page was open: the code opens nothing.
                request.session.pop(DEVICE_ID_SESSION_KEY, None)
                return _invitation_needed(request)
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            record(AuditAction.STAFF_DEVICE_ENROLLED, request=request, subject=f"staff {request.user.get_username()}")
        request.session.pop(invitations.SESSION_KEY, None)
        messages.success(request, _("Two-step sign-in is set up. Next time, have your authenticator app at hand."))
        return redirect(_next(request))
    secret = b32encode(device.bin_key).decode()
    return render(
        request,
        "accounts/admin/two_factor_enrol.html",
        {
            "page_title": _("Set up two-step sign-in"),
            "header_icon": "key",
            "secret": secret,
            # Four letters at a time, as authenticator apps accept it and people read it.
            "secret_groups": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "config_url": device.config_url,
            "qr_svg": mark_safe(_qr_svg(device.config_url)),  # noqa: S308 (SVG generated here from our own data)
            "next": _next(request),
            "form": form,
        },
    )


def _invitation_needed(request):
    return render(
        request,
        "accounts/admin/two_factor_invitation_needed.html",
        {"page_title": _("Set up two-step sign-in"), "header_icon": "key"},
    )


def two_factor_verify(request):
    devices = TOTPDevice.objects.filter(user=request.user, confirmed=True)
    if not devices.exists():
        return redirect(f"{reverse('accounts_two_factor_enrol')}?{urlencode({'next': _next(request)})}")
    if request.user.is_verified():
        return redirect(_next(request))
    form = TokenForm(request.POST or None, focus=True)
    wrong = _("The code is not right. Type the code your authenticator app shows now.")
    if request.method == "POST" and _signed_in_with_code(request, devices, form, wrong):
        return redirect(_next(request))
    return render(
        request,
        "accounts/admin/two_factor_verify.html",
        {"page_title": _("Two-step sign-in"), "header_icon": "key", "next": _next(request), "form": form},
    )


# Invitations to set up the second factor -----------------------------------------------------


def two_factor_invitation(request, token: str):
    """The link of an invitation (outside the admin's own sign-in check: the person may not be
    signed in yet). The token goes into the session and the address bar moves on, so that the
    token is in no later page's address, history entry or Referer; then the password, as the
    invited account, and the set-up."""
    invitation = invitations.usable(invitations.token_hash(token))
    if invitation is None:
        return _invitation_refused(
            request,
            _(
                "This invitation link cannot be used: it has expired, has been used already, or a newer invitation replaced it."
            ),
        )
    if request.user.is_authenticated and request.user.pk != invitation.user_id:
        return _invitation_refused(
            request,
            _(
                "This invitation is for another account. Sign out, then open the link again and sign in as the member of staff it was issued for."
            ),
        )
    request.session[invitations.SESSION_KEY] = invitation.token_hash
    enrol = reverse("accounts_two_factor_enrol")
    if request.user.is_authenticated:
        return redirect(enrol)
    return redirect(f"{reverse('wagtailadmin_login')}?{urlencode({'next': enrol})}")


def _invitation_refused(request, reason: str):
    return render(request, "accounts/admin/two_factor_invitation_refused.html", {"reason": reason}, status=404)


@never_cache
def staff_invitation(request, user_id: int):
    """An administrator invites a member of staff to set up their second factor; the link is shown
    here once (only its hash is kept) for them to pass on."""
    _deny_unless(request, "accounts.add_staffdeviceinvitation")
    member = get_object_or_404(get_user_model(), pk=user_id)
    if not invitations.may_enter_the_admin(member):
        raise Http404
    has_authenticator = invitations.has_authenticator(member)
    link = None
    if request.method == "POST":
        replace = request.POST.get("replace") == "1"
        if has_authenticator and not replace:
            messages.error(request, _("Confirm that the member's current authenticator is to be removed."))
        else:
            token = invitations.issue(member, issued_by=request.user, replace=replace, request=request)
            link = invitations.invitation_url(token, request)
            has_authenticator = False
    pending = getattr(member, "device_invitation", None) if link is None else None
    if pending is not None and (pending.used_at or pending.expires_at <= timezone.now()):
        pending = None
    return render(
        request,
        "accounts/admin/staff_invitation.html",
        {
            "page_title": _("Invitation to set up two-step sign-in"),
            "header_icon": "key",
            "member": member,
            "has_authenticator": has_authenticator,
            "pending": pending,
            "link": link,
            "hours": settings.STAFF_DEVICE_INVITATION_HOURS,
        },
    )
