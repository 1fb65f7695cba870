"""docker-compose.yml read as data: no Docker engine runs here, so these check what the file says
against what the application needs (every stored file on a volume, every periodic command run,
health checks on the health endpoints)."""

from pathlib import PurePosixPath

import yaml

from cms.core.schedule import SCHEDULE
from tests.deploy.test_nginx import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
APP_SERVICES = [name for name, service in SERVICES.items() if service.get("build")]


def mounted(service: dict) -> list[PurePosixPath]:
    return [PurePosixPath(volume.split(":")[1]) for volume in service.get("volumes", [])]


def on_a_volume(path: str, service: dict) -> bool:
    return any(PurePosixPath(path).is_relative_to(target) for target in mounted(service))


def test_every_folder_the_application_writes_is_on_a_named_volume_in_every_app_container():
    assert set(APP_SERVICES) == {"web", "worker", "scheduler"}
    for name in APP_SERVICES:
        service = SERVICES[name]
        environment = service["environment"]
        for setting in ("MEDIA_ROOT", "APPEALS_PRIVATE_ROOT", "DIST_DIR"):
            assert on_a_volume(environment[setting], service), (name, setting)
        for volume in service["volumes"]:
            assert volume.split(":")[0] in COMPOSE["volumes"], (name, volume)
    # The scheduler makes the daily backup: onto a volume of its own, never inside the container.
    assert on_a_volume(SERVICES["scheduler"]["environment"]["BACKUP_DIR"], SERVICES["scheduler"])


def test_attachments_are_never_mounted_into_nginx():
    private = {volume.split(":")[0] for volume in SERVICES["web"]["volumes"] if "private" in volume}
    assert private and not private & {volume.split(":")[0] for volume in SERVICES["nginx"]["volumes"]}


def test_the_scheduler_runs_the_schedule_and_the_worker_runs_the_task_queue():
    assert SERVICES["scheduler"]["command"][-1] == "run_schedule"
    assert SERVICES["worker"]["command"][-1] == "db_worker"
    assert {item.command for item in SCHEDULE} >= {
        "send_appeal_outbox",
        "appeals_deadline_alerts",
        "clearsessions",
        "publish_scheduled",
    }


def test_web_and_nginx_are_health_checked_on_the_health_endpoints():
    assert "/health/ready" in " ".join(SERVICES["web"]["healthcheck"]["test"])
    assert "/health/live" in " ".join(SERVICES["nginx"]["healthcheck"]["test"])
    assert SERVICES["nginx"]["depends_on"]["web"]["condition"] == "service_healthy"


def test_no_password_has_a_default_value():
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert "change-me" not in text and "POSTGRES_PASSWORD:?" in text


def test_every_app_container_shares_one_redis_for_the_rate_limits():
    redis = SERVICES["redis"]
    assert redis["image"].startswith("redis:") and "redis-cli" in " ".join(redis["healthcheck"]["test"])
    for name in APP_SERVICES:
        assert SERVICES[name]["environment"]["REDIS_URL"] == "redis://redis:6379/0", name
        assert SERVICES[name]["depends_on"]["redis"]["condition"] == "service_healthy", name
