"""The security log in the Wagtail admin: read-only, for users with `core.view_securityevent`
(the "Security officers" group, superusers), filtered by kind, severity, address and date."""

import datetime

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .security import SecurityEvent, SecurityKind, Severity


def _date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def security_log(request):
    if not request.user.has_perm("core.view_securityevent"):
        raise PermissionDenied
    events = SecurityEvent.objects.all()
    kind = request.GET.get("kind", "")
    severity = request.GET.get("severity", "")
    address = request.GET.get("address", "").strip()
    since, until = _date(request.GET.get("since", "")), _date(request.GET.get("until", ""))
    if kind in SecurityKind.values:
        events = events.filter(kind=kind)
    if severity in Severity.values:
        events = events.filter(severity=severity)
    if address:
        events = events.filter(ip_address__startswith=address[:45])
    if since:
        events = events.filter(at__date__gte=since)
    if until:
        events = events.filter(at__date__lte=until)
    page = Paginator(events, 100).get_page(request.GET.get("p"))
    filters = {"kind": kind, "severity": severity, "address": address, "since": since or "", "until": until or ""}
    return render(
        request,
        "core/security_log.html",
        {
            "page_title": _("Security log"),
            "header_icon": "warning",
            "page": page,
            "kinds": SecurityKind.choices,
            "severities": Severity.choices,
            "filters": filters,
            "query": urlencode({name: value for name, value in filters.items() if value}),
        },
    )
