"""The guide's reference data in the admin, as snippets with lists that an editor can scan."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .snippets import LegalAct, Region, Sector, TaxRate


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


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "folder-inverse"
    menu_order = 250
    items = (TaxRateViewSet, LegalActViewSet, SectorViewSet, RegionViewSet)


register_snippet(ReferenceDataGroup)
