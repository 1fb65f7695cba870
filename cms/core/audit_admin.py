"""The audit log in the Wagtail admin: read-only, for users with `core.view_auditentry` (Auditors)."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from .audit import AuditAction, AuditEntry


def audit_log(request):
    if not request.user.has_perm("core.view_auditentry"):
        raise PermissionDenied
    entries = AuditEntry.objects.select_related(None)
    action = request.GET.get("action", "")
    subject = request.GET.get("subject", "").strip()
    if action:
        entries = entries.filter(action=action)
    if subject:
        entries = entries.filter(subject__icontains=subject)
    page = Paginator(entries, 100).get_page(request.GET.get("p"))
    return render(
        request,
        "core/audit_log.html",
        {
            "page_title": _("Audit log"),
            "header_icon": "list-ul",
            "page": page,
            "actions": AuditAction.choices,
            "action": action,
            "subject": subject,
        },
    )
