"""The appeals in the Wagtail admin: the inbox and reports for staff with a membership, and the
rules an administrator maintains (deadline rules, transferred days, categories, memberships)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import access, admin_views, outbox_admin
from .models import CalendarException, Category, DeadlineRule, StaffMembership


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("appeals/", admin_views.inbox, name="appeals_admin_inbox"),
        path("appeals/assign/", admin_views.bulk_assign, name="appeals_admin_bulk_assign"),
        path("appeals/reports/", admin_views.report, name="appeals_admin_report"),
        path("appeals/<int:pk>/", admin_views.detail, name="appeals_admin_detail"),
        path("appeals/<int:pk>/action/", admin_views.action, name="appeals_admin_action"),
        path("appeals/<int:pk>/note/", admin_views.note, name="appeals_admin_note"),
        path("appeals/<int:pk>/files/<int:file_id>/", admin_views.attachment, name="appeals_admin_file"),
        path("appeals/outbox/", outbox_admin.outbox_view, name="appeals_admin_outbox"),
        path(
            "appeals/outbox/<int:pk>/send-again/", outbox_admin.send_again_view, name="appeals_admin_outbox_send_again"
        ),
    ]


class AppealsStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_appeals_staff(request.user)


@hooks.register("register_admin_menu_item")
def appeals_menu_item():
    return AppealsStaffMenuItem(_("Appeals"), reverse("appeals_admin_inbox"), icon_name="mail", order=150)


@hooks.register("register_admin_menu_item")
def appeal_reports_menu_item():
    return AppealsStaffMenuItem(_("Appeal reports"), reverse("appeals_admin_report"), icon_name="table", order=151)


class OutboxMenuItem(MenuItem):
    def is_shown(self, request):
        return outbox_admin.may_see_outbox(request.user)


@hooks.register("register_admin_menu_item")
def outbox_menu_item():
    return OutboxMenuItem(_("E-mail outbox"), reverse("appeals_admin_outbox"), icon_name="warning", order=153)


class DeadlineRuleViewSet(SnippetViewSet):
    model = DeadlineRule
    icon = "time"
    list_display = ["purpose", "kind", "body", "days", "unit", "statutory", "active"]
    list_filter = ["purpose", "active"]


class CalendarExceptionViewSet(SnippetViewSet):
    model = CalendarException
    icon = "date"
    list_display = ["date", "is_working_day", "note"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    list_display = ["key", "name_az", "name_en", "name_ru", "topic_key", "active"]


def staff_users():
    """Who may hold a staff membership: active accounts that may open the administration (staff
    status, an administrator, or admin access through a group, as Wagtail's own user form gives
    it); never an applicant's account or the development provider's, which hold none of these."""
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    may_open_admin = (
        Q(is_staff=True)
        | Q(is_superuser=True)
        | Q(groups__permissions__in=admin_access)
        | Q(user_permissions__in=admin_access)
    )
    return (
        get_user_model()
        .objects.filter(may_open_admin, is_active=True, applicant__isnull=True)
        .distinct()
        .order_by("username")
    )


class StaffMembershipForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.fields["user"]
        user.queryset = staff_users()
        user.label_from_instance = lambda u: (
            f"{u.get_full_name()} ({u.get_username()})" if u.get_full_name() else u.get_username()
        )
        user.help_text = _(
            "Only staff accounts are listed: active accounts that may open the administration. A new member of staff first gets an account under Settings → Users, in the group of their role (for example “Appeal handlers”)."
        )


class StaffMembershipViewSet(SnippetViewSet):
    model = StaffMembership
    icon = "group"
    list_display = ["user", "body", "role"]
    list_filter = ["body", "role"]
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("body"), FieldPanel("role")], base_form_class=StaffMembershipForm
    )


class AppealSettingsGroup(SnippetViewSetGroup):
    menu_label = _("Appeal settings")
    menu_icon = "cog"
    menu_order = 152
    items = (DeadlineRuleViewSet, CalendarExceptionViewSet, CategoryViewSet, StaffMembershipViewSet)


register_snippet(AppealSettingsGroup)
