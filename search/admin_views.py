"""Admin reports: searches that found nothing and questions the assistant did not answer well (what
to write, which synonym or curated answer to add), and health."""

from datetime import timedelta

from django.db.models import Count, Max
from django.db.models.functions import Lower
from django.shortcuts import render
from django.utils import timezone

from . import service
from .models import AssistantFeedback, AssistantQuestion, QueryLogEntry

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


def assistant_to_do(days: int, language: str | None = None, limit: int = 200) -> list[dict]:
    """The guide's to-do list: questions the assistant declined, and answers readers said did not
    help, each question once with how often, most frequent first."""
    since = timezone.now() - timedelta(days=days)
    declined = AssistantQuestion.objects.filter(answered=False, created_at__gte=since)
    unhelpful = AssistantFeedback.objects.filter(helpful=False, created_at__gte=since)
    if language:
        declined, unhelpful = declined.filter(language=language), unhelpful.filter(language=language)
    rows: dict[tuple[str, str], dict] = {}
    for reason, entries in (("declined", declined), ("not_helpful", unhelpful)):
        grouped = (
            entries.annotate(text=Lower("question"))
            .values("text", "language")
            .annotate(times=Count("id"), last_asked=Max("created_at"))
        )
        for item in grouped:
            row = rows.setdefault(
                (item["text"], item["language"]),
                {**item, "times": 0, "declined": 0, "not_helpful": 0, "last_asked": item["last_asked"]},
            )
            row[reason] += item["times"]
            row["times"] += item["times"]
            row["last_asked"] = max(row["last_asked"], item["last_asked"])
    return sorted(rows.values(), key=lambda row: (-row["times"], -row["last_asked"].timestamp()))[:limit]


def _period_and_language(request) -> tuple[int, str | None]:
    from django.conf import settings

    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    language = request.GET.get("language") or None
    return (days if days in PERIODS else 30), (language if language in dict(settings.LANGUAGES) else None)


def _report(request, template: str, rows) -> object:
    from django.conf import settings

    days, language = _period_and_language(request)
    return render(
        request,
        template,
        {
            "rows": rows(days, language),
            "days": days,
            "periods": PERIODS,
            "language": language,
            "languages": settings.LANGUAGES,
        },
    )


def zero_results(request):
    return _report(request, "search/admin/zero_results.html", zero_result_queries)


def assistant_questions(request):
    return _report(request, "search/admin/assistant_to_do.html", assistant_to_do)


def search_health(request):
    return render(request, "search/admin/health.html", {"report": service.health()})
