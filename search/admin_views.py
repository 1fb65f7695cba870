"""Admin reports: searches that found nothing (what to write or which synonym to add), and health."""

from datetime import timedelta

from django.db.models import Count, Max
from django.db.models.functions import Lower
from django.shortcuts import render
from django.utils import timezone

from . import service
from .models import QueryLogEntry

PERIODS = (7, 30, 90, 365)


def zero_result_queries(days: int, language: str | None = None, limit: int = 200):
    since = timezone.now() - timedelta(days=days)
    entries = QueryLogEntry.objects.filter(result_count=0, created_at__gte=since)
    if language:
        entries = entries.filter(language=language)
    return (
        entries.annotate(text=Lower("query"))
        .values("text", "language")
        .annotate(times=Count("id"), last_asked=Max("created_at"))
        .order_by("-times", "-last_asked")[:limit]
    )


def zero_results(request):
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    language = request.GET.get("language") or None
    from django.conf import settings

    if language not in dict(settings.LANGUAGES):
        language = None
    return render(
        request,
        "search/admin/zero_results.html",
        {
            "rows": zero_result_queries(days, language),
            "days": days,
            "periods": PERIODS,
            "language": language,
            "languages": settings.LANGUAGES,
        },
    )


def search_health(request):
    return render(request, "search/admin/health.html", {"report": service.health()})
