"""Staff views in the Wagtail admin: applicants (suspend, restore), correction requests (decide),
and the staff member's second factor (enrol, verify). Every look at an applicant's personal data
is written to the audit log.
"""

from __future__ import annotations

from base64 import b32encode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.core.audit import AuditAction, record

from .forms import DecisionForm, SuspensionForm
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
        people = people.filter(Q(fin__iexact=query) | Q(last_name__icontains=query) | Q(first_name__icontains=query) | Q(voen=query))
    page = Paginator(people, 50).get_page(request.GET.get("p"))
    record(AuditAction.PERSONAL_DATA_VIEWED, request=request, subject="applicant list", query=query, shown=[p.fin for p in page])
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
    messages.success(request, _("The applicant has been suspended.") if suspend else _("The applicant's access has been restored."))
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
    decide_correction(get_object_or_404(CorrectionRequest, pk=pk), approve=approve, reason=form.cleaned_data["reason"], staff=request.user, request=request)
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


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or reverse("wagtailadmin_home")
    return target if url_has_allowed_host_and_scheme(target, None) and target.startswith("/admin/") else reverse("wagtailadmin_home")


def two_factor_enrol(request):
    """A staff member without a confirmed authenticator adds one: scan the key, type a code."""
    if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect(f"{reverse('accounts_two_factor_verify')}?next={_next(request)}")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first() or TOTPDevice.objects.create(
        user=request.user, name=_("Authenticator app"), confirmed=False
    )
    error = ""
    if request.method == "POST":
        if device.verify_token(request.POST.get("token", "").strip()):
            device.confirmed = True
            device.save()
            otp_login(request, device)
            record(AuditAction.STAFF_DEVICE_ENROLLED, request=request, subject=f"staff {request.user.get_username()}")
            return redirect(_next(request))
        error = _("The code is not right. Check the time on your phone and try again.")
    return render(
        request,
        "accounts/admin/two_factor_enrol.html",
        {
            "page_title": _("Set up two-step sign-in"),
            "header_icon": "key",
            "secret": b32encode(device.bin_key).decode(),
            "config_url": device.config_url,
            "next": _next(request),
            "error": error,
        },
    )


def two_factor_verify(request):
    error = ""
    if request.method == "POST":
        token = request.POST.get("token", "").strip()
        for device in TOTPDevice.objects.filter(user=request.user, confirmed=True):
            if device.verify_token(token):
                otp_login(request, device)
                return redirect(_next(request))
        error = _("The code is not right. Try the current code from your authenticator app.")
    return render(
        request,
        "accounts/admin/two_factor_verify.html",
        {"page_title": _("Two-step sign-in"), "header_icon": "key", "next": _next(request), "error": error},
    )

