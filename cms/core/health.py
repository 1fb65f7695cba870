"""Health endpoints for the container runtime and the load balancer.

`/health/live`: the process answers (no dependency is asked, so a database outage does not make
the orchestrator restart every web container). `/health/ready`: the portal can do its work: the
database answers, which search backend serves, how long the oldest waiting background task has
waited, and how much room is left for uploaded and private files. 503 when it cannot.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def database_report() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "vendor": connection.vendor}


def search_report() -> dict:
    from search.service import public_health

    try:
        report = public_health()
    except Exception as exc:  # noqa: BLE001  a search fault must show here, not as a 500
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": report["ok"], "active": report["active"], "fallback": report["fallback"]}


def task_queue_report(now=None) -> dict:
    """The wait of the oldest task that is due and not yet picked up (database task backend only)."""
    backend = settings.TASKS["default"]["BACKEND"]
    if not backend.startswith("django_tasks_db."):
        return {"ok": True, "backend": backend.rsplit(".", 1)[-1], "lag_seconds": 0}
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    try:
        oldest = DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    except DatabaseError as exc:
        return {"ok": False, "error": type(exc).__name__}
    lag = max(0.0, (now - oldest).total_seconds()) if oldest else 0.0
    return {"ok": lag <= settings.HEALTH_MAX_TASK_LAG_SECONDS, "backend": "database", "lag_seconds": round(lag, 1)}


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def storage_report() -> dict:
    folders = {"media": Path(settings.MEDIA_ROOT), "attachments": Path(settings.APPEALS_PRIVATE_ROOT)}
    report: dict[str, dict[str, object]] = {}
    for name, folder in folders.items():
        free = shutil.disk_usage(_existing(folder)).free
        report[name] = {"free_bytes": free, "ok": free >= settings.HEALTH_MIN_FREE_BYTES}
    return {**report, "ok": all(item["ok"] for item in report.values())}


@never_cache
@require_safe
def live(request):
    return JsonResponse({"ok": True})


@never_cache
@require_safe
def ready(request):
    checks = {
        "database": database_report(),
        "search": search_report(),
        "tasks": task_queue_report(),
        "storage": storage_report(),
    }
    ok = all(check["ok"] for check in checks.values())
    return JsonResponse({"ok": ok, **checks}, status=200 if ok else 503)
