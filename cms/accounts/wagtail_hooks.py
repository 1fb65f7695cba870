from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.core import audit_admin

from . import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("applicants/", admin_views.applicant_list, name="accounts_applicant_list"),
        path("applicants/<int:pk>/", admin_views.applicant_detail, name="accounts_applicant_detail"),
        path("applicants/<int:pk>/suspension/", admin_views.applicant_suspension, name="accounts_applicant_suspension"),
        path("applicants/corrections/", admin_views.correction_list, name="accounts_correction_list"),
        path("applicants/corrections/<int:pk>/", admin_views.correction_decision, name="accounts_correction_decision"),
        path("audit-log/", audit_admin.audit_log, name="core_audit_log"),
        path("two-factor/enrol/", admin_views.two_factor_enrol, name="accounts_two_factor_enrol"),
        path("two-factor/verify/", admin_views.two_factor_verify, name="accounts_two_factor_verify"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def applicants_menu_item():
    return PermissionMenuItem(
        _("Applicants"), reverse("accounts_applicant_list"), icon_name="user", order=900, permission="accounts.view_person"
    )


@hooks.register("register_admin_menu_item")
def corrections_menu_item():
    return PermissionMenuItem(
        _("Correction requests"),
        reverse("accounts_correction_list"),
        icon_name="edit",
        order=901,
        permission="accounts.decide_correction",
    )


@hooks.register("register_admin_menu_item")
def audit_menu_item():
    return PermissionMenuItem(
        _("Audit log"), reverse("core_audit_log"), icon_name="list-ul", order=902, permission="core.view_auditentry"
    )
