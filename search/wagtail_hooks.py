"""Search in the admin: synonym groups, best bets and the assistant's curated answers (snippets);
searches that found nothing, questions the assistant could not answer well, and the health of the
search backends."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import BestBet, CuratedAnswer, SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonyms")
    list_display = ["name", "terms_preview", "active", "updated_at"]
    list_filter = ["active"]
    search_fields = ["name", "terms"]
    ordering = ["name"]


class BestBetViewSet(SnippetViewSet):
    model = BestBet
    icon = "pick"
    menu_label = _("Best bets")
    list_display = ["query", "language", "page", "sort_order"]
    list_filter = ["language"]
    search_fields = ["query"]
    ordering = ["language", "normalized_query", "sort_order"]


class CuratedAnswerViewSet(SnippetViewSet):
    model = CuratedAnswer
    icon = "help"
    menu_label = _("Assistant's answers")
    list_display = ["__str__", "language", "active", "suggested"]
    list_filter = ["language", "active", "suggested"]
    search_fields = ["questions"]
    ordering = ["language", "pk"]


class SearchGroup(SnippetViewSetGroup):
    menu_label = _("Search")
    menu_icon = "search"
    menu_order = 260
    items = (SynonymGroupViewSet, BestBetViewSet, CuratedAnswerViewSet)


register_snippet(SearchGroup)


@hooks.register("register_admin_urls")
def register_search_admin_urls():
    return [
        path("search/zero-results/", admin_views.zero_results, name="search_zero_results"),
        path("search/health/", admin_views.search_health, name="search_health"),
        path("search/assistant-to-do/", admin_views.assistant_questions, name="search_assistant_to_do"),
    ]


@hooks.register("register_reports_menu_item")
def register_zero_results_report():
    return MenuItem(_("Searches with no results"), reverse("search_zero_results"), icon_name="search", order=900)


@hooks.register("register_reports_menu_item")
def register_search_health_report():
    return MenuItem(_("Search health"), reverse("search_health"), icon_name="pulse", order=910)


@hooks.register("register_reports_menu_item")
def register_assistant_to_do_report():
    return MenuItem(
        _("Questions the guide did not answer"), reverse("search_assistant_to_do"), icon_name="help", order=905
    )
