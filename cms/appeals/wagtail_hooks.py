"""The appeals in the Wagtail admin: the inbox and reports for staff with a membership, and the
rules an administrator maintains (deadline rules, transferred days, categories, memberships)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import access, admin_views
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


class StaffMembershipViewSet(SnippetViewSet):
    model = StaffMembership
    icon = "group"
    list_display = ["user", "body", "role"]
    list_filter = ["body", "role"]


class AppealSettingsGroup(SnippetViewSetGroup):
    menu_label = _("Appeal settings")
    menu_icon = "cog"
    menu_order = 152
    items = (DeadlineRuleViewSet, CalendarExceptionViewSet, CategoryViewSet, StaffMembershipViewSet)


register_snippet(AppealSettingsGroup)
