"""The core app's part of the admin: the security log, and on a staging site the same banner as its
public pages (cms/core/deployment.py)."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.core.deployment import is_staging

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


@hooks.register("insert_global_admin_css")
def environment_banner_css():
    return (
        format_html('<link rel="stylesheet" href="{}">', static("core/environment-banner.css")) if is_staging() else ""
    )


# Wagtail writes this hook's output at the top of every admin page's body, the sign-in page included.
@hooks.register("insert_global_admin_js")
def environment_banner():
    if not is_staging():
        return ""
    return format_html(
        '<div class="environment-banner" role="note"><p>{}</p></div>',
        gettext("Staging environment — not the official site"),
    )
