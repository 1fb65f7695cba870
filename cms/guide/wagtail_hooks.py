"""The guide in the admin: reference data as snippets with lists that an editor can scan, moving
pages whatever the admin's language, and the editor's script that shows where an error is."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.move_page import MovePageAction
from wagtail.admin import messages
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.languages import default_language, language_codes

from .models import TranslatedPage
from .snippets import Institution, LegalAct, Region, Sector, TaxRate


class TaxRateViewSet(SnippetViewSet):
    model = TaxRate
    icon = "table"
    menu_label = _("Tax rates and fees")
    list_display = ["name", "display_value", "category", "effective_from", "effective_to", "key"]
    list_filter = ["category", "unit"]
    search_fields = ["name", "key", "applies_to"]
    ordering = ["category", "key"]


class LegalActViewSet(SnippetViewSet):
    model = LegalAct
    icon = "doc-full"
    menu_label = _("Legal acts")
    list_display = ["title", "number", "date", "key"]
    search_fields = ["title", "number", "key"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    list_display = ["name", "key"]
    search_fields = ["name", "key"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "key"]
    search_fields = ["name", "key"]


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "home"
    menu_label = _("Public bodies")
    list_display = ["name", "phone", "website", "key"]
    search_fields = ["name", "key"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "folder-inverse"
    menu_order = 250
    items = (TaxRateViewSet, LegalActViewSet, SectorViewSet, RegionViewSet, InstitutionViewSet)


register_snippet(ReferenceDataGroup)


@hooks.register("before_move_page")
def move_in_the_default_language(request, page, destination):
    """Moves a guide page with its content read in the default language.

    Wagtail moves and re-validates a plain `Page` read in the active language, which is the
    admin's: a page not written in it would fail validation as untitled. The admin's own
    message and redirect follow, as in Wagtail's view.
    """
    page = page.specific
    if not isinstance(page, TranslatedPage):
        return None
    clashes = page.slug_clashes(destination)
    if clashes:
        for message in clashes.values():
            messages.error(request, str(message))
        return redirect("wagtailadmin_pages:move", page.id)
    if request.method != "POST":
        return None
    with translation.override(default_language()):
        MovePageAction(page, destination, pos="last-child", user=request.user).execute()
    page.refresh_from_db()
    messages.success(
        request,
        gettext("Page '%(page_title)s' moved.") % {"page_title": page.get_admin_display_title()},
        buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=(page.id,)), gettext("Edit"))],
    )
    for hook in hooks.get_hooks("after_move_page"):
        result = hook(request, page)
        if hasattr(result, "status_code"):
            return result
    return redirect("wagtailadmin_explore", destination.id)


@hooks.register("insert_editor_js")
def editor_errors_script():
    """Shows each error of the page editor: its language turned on, and a list of links to them."""
    return format_html(
        '<script src="{}" data-languages="{}" data-summary-title="{}"></script>',
        static("guide/editor-errors.js"),
        " ".join(language_codes()),
        gettext("Errors to correct"),
    )
