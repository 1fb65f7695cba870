"""The staff's appeal pages in the Wagtail admin: the inbox, an appeal, its actions, reports.

Every page asks `access` which appeals the member of staff may see; an appeal of another body
answers 404 as if it did not exist. Every look at an appeal is written to the audit log, since it
holds personal data (Regulation 1.5, 6.1.3).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cms.core.audit import AuditAction, record

from . import access, outbox_admin, reports, staff
from .attachments import AttachmentError
from .models import Body, Category, Kind, Role, Status
from .views import file_response
from .workflow import NOT_CONSIDERED_REASONS, TRANSITIONS, TransitionError, event_label

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser


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


def _staff_name(user) -> str:
    return user.get_full_name() or user.get_username()


def _no_handlers_notice(request, bodies) -> dict | None:
    """Why "Assign" offers nobody, and who can change that: assignment needs a member of staff with
    the handler role in the appeal's body, and such a membership is added under Appeal settings."""
    if not bodies:
        return None
    may_add = request.user.has_perm("appeals.add_staffmembership")
    return {
        "bodies": ", ".join(str(Body(b).label) for b in bodies),
        "memberships_url": reverse("wagtailsnippets_appeals_staffmembership:add") if may_add else "",
    }


def inbox(request):
    roles = _require_staff(request)
    filters = {key: request.GET.get(key, "") for key in ("status", "body", "kind", "category", "assignee", "deadline")}
    if not any(filters.values()) and "status" not in request.GET:
        filters["status"] = "open"
    queryset = staff.inbox(request.user, **filters)
    page = Paginator(queryset, 50).get_page(request.GET.get("p"))
    bodies = sorted(roles)
    may_assign = any(roles[b] & {Role.REGISTRAR, Role.SUPERVISOR} for b in bodies)
    handlers: dict[int, AbstractBaseUser] = {}  # by pk: a member of several bodies is listed once
    bodies_without_handlers: list[str] = []
    for body in bodies:
        of_body = list(staff.handlers_of(body))
        handlers.update((user.pk, user) for user in of_body)
        if not of_body and roles[body] & {Role.REGISTRAR, Role.SUPERVISOR}:
            bodies_without_handlers.append(body)
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
            "no_handlers": _no_handlers_notice(request, bodies_without_handlers) if may_assign else None,
            "today": timezone.localdate(),
        },
    )


def _back_to_inbox(request):
    """The inbox page the form was sent from (its filters and page), or the inbox."""
    target = request.POST.get("next", "")
    inbox_path = reverse("appeals_admin_inbox")
    if target.startswith(inbox_path) and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("appeals_admin_inbox")


@require_POST
def bulk_assign(request):
    _require_staff(request)
    ids = [int(value) for value in request.POST.getlist("appeal") if value.isdigit()]
    assignee = request.POST.get("assignee", "")
    if not ids or not assignee.isdigit():
        messages.error(request, _("Choose the appeals and a handler."))
        return _back_to_inbox(request)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=int(assignee)).first()
    if user is None:
        messages.error(request, _("Choose the appeals and a handler."))
        return _back_to_inbox(request)
    appeals = list(access.staff_appeals(request.user).filter(pk__in=ids))
    done, refused = staff.bulk_assign(request.user, appeals, user)
    if done:
        messages.success(
            request,
            ngettext("%(count)d appeal assigned to %(handler)s.", "%(count)d appeals assigned to %(handler)s.", done)
            % {"count": done, "handler": _staff_name(user)},
        )
    if refused:
        messages.error(
            request,
            _(
                "Not assigned: %(numbers)s. %(handler)s is not a handler of their body, or their state does not allow it."
            )
            % {"numbers": ", ".join(refused), "handler": _staff_name(user)},
        )
    return _back_to_inbox(request)


def detail(request, pk: int):
    _require_staff(request)
    appeal = _appeal(request, pk)
    record(AuditAction.PERSONAL_DATA_VIEWED, request=request, subject=f"appeal {appeal.number}")
    from .services import timeline, visible_attachments, visible_messages

    available = staff.available_to(request.user, appeal)
    actions = [name for name in available if not TRANSITIONS[name].own_form]
    handlers = list(staff.handlers_of(appeal.body))
    assigning = any("assignee" in TRANSITIONS[name].params for name in actions)
    return render(
        request,
        "appeals/admin/detail.html",
        {
            "page_title": _("Appeal %(number)s") % {"number": appeal.number},
            "header_icon": "mail",
            "appeal": appeal,
            "events": [_history_row(event) for event in timeline(appeal, for_staff=True)],
            "thread": visible_messages(appeal, for_staff=True),
            "files": [f for f in visible_attachments(appeal, for_staff=True) if f.message_id is None],
            "actions": [(name, TRANSITIONS[name]) for name in actions],
            "handlers": handlers,
            "no_handlers": _no_handlers_notice(request, [appeal.body]) if assigning and not handlers else None,
            "reasons": NOT_CONSIDERED_REASONS,
            "may_note": "note" in available,
            "today": timezone.localdate(),
            "overdue": appeal.is_overdue(),
            "failed_emails": appeal.outbox.filter(failed_at__isnull=False, sent_at__isnull=True).order_by("-failed_at"),
            "may_see_outbox": outbox_admin.may_see_outbox(request.user),
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
        staff.act(
            request.user,
            appeal,
            name,
            comment=request.POST.get("comment", ""),
            files=request.FILES.getlist("files"),
            **params,
        )
    except (TransitionError, AttachmentError) as exc:
        messages.error(request, str(exc))
    else:
        appeal.refresh_from_db()
        messages.success(request, done_message(name, appeal))
    return redirect("appeals_admin_detail", pk=appeal.pk)


def _status_label(status: str) -> str:
    return str(Status(status).label) if status in Status.values else status


def _history_row(event) -> dict:
    """One line of the staff's history of an appeal, in words: what happened, who did it in which
    role, and the change of state, if any."""
    roles = {"applicant": _("applicant"), "system": _("the portal"), "staff": _("staff"), **dict(Role.choices)}
    role = str(roles.get(event.actor_role, event.actor_role))
    if event.actor is None:
        who = role
    else:
        person = getattr(event.actor, "applicant", None) if hasattr(event.actor, "applicant") else None
        who = f"{person.full_name if person else _staff_name(event.actor)} ({role})"
    changed = bool(event.to_status) and event.to_status != event.from_status
    return {
        "event": event,
        "label": event_label(event.action),
        "who": who,
        "change": (
            f"{_status_label(event.from_status)} → {_status_label(event.to_status)}"
            if changed and event.from_status
            else _status_label(event.to_status)
            if changed
            else "—"
        ),
    }


def done_message(name: str, appeal) -> str:
    """What the member of staff is told once an action is made, naming the appeal and the outcome."""
    values = {
        "number": appeal.number,
        "handler": _staff_name(appeal.assignee) if appeal.assignee else "—",
        "due": appeal.due_date.isoformat() if appeal.due_date else "—",
        "body": appeal.forwarded_to,
    }
    said = {
        "register": _("Appeal %(number)s registered; the answer is due on %(due)s. The applicant has been told."),
        "assign": _("Appeal %(number)s assigned to %(handler)s."),
        "reassign": _("Appeal %(number)s reassigned to %(handler)s."),
        "start_review": _("Review of appeal %(number)s started."),
        "extend_for_study": _(
            "The term of appeal %(number)s extended for extra study; the answer is now due on %(due)s. The applicant has been told."
        ),
        "request_information": _(
            "Additional information requested for appeal %(number)s; the answer is due on %(due)s."
        ),
        "ask_applicant": _("The applicant of appeal %(number)s has been asked for the information."),
        "resume_review": _("Review of appeal %(number)s resumed."),
        "answer": _("Appeal %(number)s answered. The answer has been sent to the applicant."),
        "close": _("Appeal %(number)s closed."),
        "forward": _("Appeal %(number)s forwarded to %(body)s. The applicant has been told."),
        "not_consider": _("Appeal %(number)s left unconsidered. The applicant has been told why."),
    }
    if name in said:
        return said[name] % values
    return _("Appeal %(number)s: %(event)s.") % {"number": appeal.number, "event": event_label(name)}


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
        content, content_type = (
            (reports.to_csv(data), "text/csv; charset=utf-8")
            if export == "csv"
            else (reports.to_xlsx(data), reports.XLSX_TYPE)
        )
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
