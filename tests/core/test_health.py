"""/health/live and /health/ready, as the container runtime and the balancer read them."""

import datetime

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_live_answers_without_asking_any_dependency(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health/live")
    assert response.status_code == 200 and response.json() == {"ok": True}
    assert "no-cache" in response["Cache-Control"]


def test_ready_reports_the_database_the_search_backend_the_task_queue_and_free_space(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    report = response.json()
    assert report["ok"] is True
    assert report["database"]["ok"] is True
    assert report["search"] == {"ok": True, "active": "database", "fallback": False}
    assert report["tasks"]["ok"] is True
    assert report["storage"]["attachments"]["free_bytes"] > 0 and report["storage"]["media"]["ok"] is True


def test_ready_answers_503_when_the_disk_for_attachments_is_nearly_full(client, settings):
    settings.HEALTH_MIN_FREE_BYTES = 10**18  # more than any disk has
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["storage"]["ok"] is False and response.json()["database"]["ok"] is True


def test_ready_answers_503_when_background_tasks_wait_too_long(client, settings):
    from django_tasks_db.models import DBTaskResult, get_date_max

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    settings.HEALTH_MAX_TASK_LAG_SECONDS = 300
    waiting = DBTaskResult.objects.create(
        task_path="cms.core.publishing.content_changed",
        args_kwargs={"args": [], "kwargs": {}},
        queue_name="default",
        backend_name="default",
        priority=0,
        run_after=get_date_max(),
    )
    DBTaskResult.objects.filter(pk=waiting.pk).update(enqueued_at=timezone.now() - datetime.timedelta(minutes=20))
    response = client.get("/health/ready")
    assert response.status_code == 503
    tasks = response.json()["tasks"]
    assert tasks["ok"] is False and tasks["lag_seconds"] >= 1200


def test_health_paths_refuse_writes(client):
    assert client.post("/health/ready").status_code == 405
