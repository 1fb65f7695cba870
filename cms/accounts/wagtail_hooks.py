from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from cms.core import audit_admin

from . import admin_views, invitations


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
        # Not under two-factor/: those pages open before the second factor, this one must not.
        path("staff-invitations/<int:user_id>/", admin_views.staff_invitation, name="accounts_staff_invitation"),
    ]


@hooks.register("register_user_listing_buttons")
def staff_invitation_button(user, request_user):
    """In the admin's list of users: invite a member of staff to set up their second factor."""
    if not request_user.has_perm("accounts.add_staffdeviceinvitation") or not invitations.may_enter_the_admin(user):
        return []
    return [
        Button(
            _("Invite to set up two-step sign-in"),
            reverse("accounts_staff_invitation", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
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
        _("Applicants"),
        reverse("accounts_applicant_list"),
        icon_name="user",
        order=900,
        permission="accounts.view_person",
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
