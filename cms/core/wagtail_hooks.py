from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import security_admin


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("security-log/", security_admin.security_log, name="core_security_log")]


class SecurityLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("core.view_securityevent")


@hooks.register("register_admin_menu_item")
def security_log_menu_item():
    return SecurityLogMenuItem(_("Security log"), reverse("core_security_log"), icon_name="warning", order=903)
