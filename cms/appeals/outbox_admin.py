"""The outbox in the Wagtail admin: the e-mails the portal gave up on, and "Send again".

A message is given up after OUTBOX_MAX_ATTEMPTS failures or when the mail server refuses its
recipient for good (cms/appeals/outbox.py); from then on only a person can help (correct the
address with the applicant, fix the mail server) and send it again. Administrators see every
failed message; a supervisor sees those about the appeals of their bodies, as they answer for
the applicant being told.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, outbox
from .models import OutboxMessage, Role


def supervised_bodies(user) -> list[str]:
    return sorted(body for body, roles in access.staff_roles(user).items() if Role.SUPERVISOR in roles)


def may_see_outbox(user) -> bool:
    return bool(getattr(user, "is_superuser", False) or supervised_bodies(user))


def failed_messages(user) -> QuerySet[OutboxMessage]:
    if not may_see_outbox(user):
        raise PermissionDenied
    failed = (
        OutboxMessage.objects.filter(failed_at__isnull=False, sent_at__isnull=True)
        .select_related("appeal")
        .order_by("-failed_at", "-pk")
    )
    if user.is_superuser:
        return failed
    return failed.filter(appeal__in=access.staff_appeals(user).filter(body__in=supervised_bodies(user)))


def outbox_view(request):
    failed = failed_messages(request.user)
    return render(
        request,
        "appeals/admin/outbox.html",
        {
            "page_title": _("E-mail outbox"),
            "header_icon": "mail",
            "failed": failed[:200],
            "failed_count": failed.count(),
            "waiting_count": outbox.waiting().count() if request.user.is_superuser else None,
        },
    )


@require_POST
def send_again_view(request, pk: int):
    message = get_object_or_404(failed_messages(request.user), pk=pk)
    outbox.send_again(message)
    messages.success(request, _("The e-mail is back in line and will be sent shortly."))
    return redirect("appeals_admin_outbox")
