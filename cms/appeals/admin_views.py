"""The staff's appeal pages in the Wagtail admin: the inbox, an appeal, its actions, reports.

Every page asks `access` which appeals the member of staff may see; an appeal of another body
answers 404 as if it did not exist. Every look at an appeal is written to the audit log, since it
holds personal data (Regulation 1.5, 6.1.3).
"""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.core.audit import AuditAction, record

from . import access, reports, staff
from .attachments import AttachmentError
from .models import Body, Category, Kind, Role, Status
from .workflow import NOT_CONSIDERED_REASONS, TRANSITIONS, TransitionError
from .views import file_response


def _require_staff(request) -> dict:
    roles = access.staff_roles(request.user)
    if not roles:
        raise PermissionDenied
    return roles


def _appeal(request, pk: int):
    try:
        return access.appeal_for_staff(request.user, pk)
    except access.AppealNotFound:
        raise Http404 from None


def inbox(request):
    roles = _require_staff(request)
    filters = {key: request.GET.get(key, "") for key in ("status", "body", "kind", "category", "assignee", "deadline")}
    if not any(filters.values()) and "status" not in request.GET:
        filters["status"] = "open"
    queryset = staff.inbox(request.user, **filters)
    page = Paginator(queryset, 50).get_page(request.GET.get("p"))
    bodies = sorted(roles)
    may_assign = any(roles[b] & {Role.REGISTRAR, Role.SUPERVISOR} for b in bodies)
    handlers = {}
    for body in bodies:
        for user in staff.handlers_of(body):
            handlers[user.pk] = user
    return render(
        request,
        "appeals/admin/inbox.html",
        {
            "page_title": _("Appeals"),
            "header_icon": "mail",
            "page": page,
            "filters": filters,
            "statuses": [("open", _("Open"))] + [c for c in Status.choices if c[0] != Status.DRAFT],
            "bodies": [(b, Body(b).label) for b in bodies],
            "kinds": Kind.choices,
            "categories": Category.objects.all(),
            "handlers": sorted(handlers.values(), key=lambda u: u.get_username()),
            "may_assign": may_assign,
            "today": timezone.localdate(),
        },
    )


@require_POST
def bulk_assign(request):
    _require_staff(request)
    ids = [int(value) for value in request.POST.getlist("appeal") if value.isdigit()]
    assignee = request.POST.get("assignee", "")
    if not ids or not assignee.isdigit():
        messages.error(request, _("Choose the appeals and a handler."))
        return redirect("appeals_admin_inbox")
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=int(assignee)).first()
    appeals = list(access.staff_appeals(request.user).filter(pk__in=ids))
    done, refused = staff.bulk_assign(request.user, appeals, user)
    if done:
        messages.success(request, _("%(count)d appeals assigned.") % {"count": done})
    if refused:
        messages.error(request, _("Not assigned: %(numbers)s.") % {"numbers": ", ".join(refused)})
    return redirect(request.POST.get("next") or "appeals_admin_inbox")


def detail(request, pk: int):
    roles = _require_staff(request)
    appeal = _appeal(request, pk)
    record(AuditAction.PERSONAL_DATA_VIEWED, request=request, subject=f"appeal {appeal.number}")
    from .services import timeline, visible_attachments, visible_messages

    actions = staff.available_to(request.user, appeal)
    return render(
        request,
        "appeals/admin/detail.html",
        {
            "page_title": _("Appeal %(number)s") % {"number": appeal.number},
            "header_icon": "mail",
            "appeal": appeal,
            "events": timeline(appeal, for_staff=True),
            "thread": visible_messages(appeal, for_staff=True),
            "files": [f for f in visible_attachments(appeal, for_staff=True) if f.message_id is None],
            "actions": [(name, TRANSITIONS[name]) for name in actions],
            "handlers": staff.handlers_of(appeal.body),
            "reasons": NOT_CONSIDERED_REASONS,
            "may_note": bool(roles.get(appeal.body, frozenset()) & {Role.REGISTRAR, Role.HANDLER, Role.SUPERVISOR}),
            "today": timezone.localdate(),
            "overdue": appeal.is_overdue(),
        },
    )


@require_POST
def action(request, pk: int):
    _require_staff(request)
    appeal = _appeal(request, pk)
    name = request.POST.get("action", "")
    params = {}
    if request.POST.get("assignee", "").isdigit():
        params["assignee"] = int(request.POST["assignee"])
    for key in ("forwarded_to", "reason"):
        if key in request.POST:
            params[key] = request.POST[key]
    if request.POST.get("extension_days", "").strip():
        try:
            params["extension_days"] = int(request.POST["extension_days"])
        except ValueError:
            messages.error(request, _("The extension must be a number of days."))
            return redirect("appeals_admin_detail", pk=appeal.pk)
    try:
        staff.act(request.user, appeal, name, comment=request.POST.get("comment", ""), files=request.FILES.getlist("files"), **params)
    except (TransitionError, AttachmentError) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Done: %(action)s.") % {"action": TRANSITIONS[name].label})
    return redirect("appeals_admin_detail", pk=appeal.pk)


@require_POST
def note(request, pk: int):
    _require_staff(request)
    appeal = _appeal(request, pk)
    try:
        staff.add_note(request.user, appeal, request.POST.get("text", ""), request.FILES.getlist("files"))
    except (TransitionError, AttachmentError) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The note has been added."))
    return redirect("appeals_admin_detail", pk=appeal.pk)


def attachment(request, pk: int, file_id: int):
    _require_staff(request)
    appeal = _appeal(request, pk)
    found = appeal.attachments.filter(pk=file_id).first()
    if found is None:
        raise Http404
    record(AuditAction.PERSONAL_DATA_VIEWED, request=request, subject=f"appeal {appeal.number}", attachment=found.name)
    return file_response(found)


def _period(request) -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    try:
        start = datetime.date.fromisoformat(request.GET.get("from", ""))
    except ValueError:
        start = today.replace(month=1, day=1)
    try:
        end = datetime.date.fromisoformat(request.GET.get("to", ""))
    except ValueError:
        end = today
    return start, end


def report(request):
    _require_staff(request)
    start, end = _period(request)
    body = request.GET.get("body", "")
    data = reports.build(request.user, start=start, end=end, body=body)
    export = request.GET.get("format", "")
    if export in ("csv", "xlsx"):
        content, content_type = (reports.to_csv(data), "text/csv; charset=utf-8") if export == "csv" else (reports.to_xlsx(data), reports.XLSX_TYPE)
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="appeals-{start}-{end}.{export}"'
        return response
    return render(
        request,
        "appeals/admin/report.html",
        {
            "page_title": _("Appeal reports"),
            "header_icon": "table",
            "data": data,
            "start": start,
            "end": end,
            "body": body,
            "bodies": [(b, Body(b).label) for b in access.visible_bodies(request.user)],
            "charts": reports.charts(data),
            "query": request.GET.urlencode(),
        },
    )
