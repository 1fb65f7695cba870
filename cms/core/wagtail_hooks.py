"""The admin's part of a staging site: the same banner as its public pages (cms/core/deployment.py)."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks

from cms.core.deployment import is_staging


@hooks.register("insert_global_admin_css")
def environment_banner_css():
    return format_html('<link rel="stylesheet" href="{}">', static("core/environment-banner.css")) if is_staging() else ""


# Wagtail writes this hook's output at the top of every admin page's body, the sign-in page included.
@hooks.register("insert_global_admin_js")
def environment_banner():
    if not is_staging():
        return ""
    return format_html('<div class="environment-banner" role="note"><p>{}</p></div>', _("Staging environment — not the official site"))
