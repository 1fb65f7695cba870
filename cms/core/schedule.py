"""The periodic commands of a deployment, as data, and the loop that runs them.

Production runs `manage.py run_schedule` as its own service (docker-compose.yml, `scheduler`); each
command is safe to run twice and safe to run late, so a restart of the scheduler loses nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.core.management import call_command

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Periodic:
    command: str
    every_seconds: int
    why: str


SCHEDULE = (
    Periodic("publish_scheduled", 60, "pages and revisions scheduled by editors go live on time"),
    Periodic("send_appeal_outbox", 60, "e-mails to applicants and staff, with retries after a mail server outage"),
    Periodic("appeals_deadline_alerts", 24 * 3600, "staff are told of appeals due soon and overdue"),
    Periodic("clearsessions", 24 * 3600, "expired sessions of applicants and staff are deleted"),
    Periodic("backup", 24 * 3600, "a daily backup of the database and the files, older ones pruned (BACKUP_KEEP)"),
)


def due(last_run: dict[str, float], now: float, schedule=SCHEDULE) -> list[Periodic]:
    """The commands whose interval has passed since their last run (all of them at start-up)."""
    return [item for item in schedule if now - last_run.get(item.command, float("-inf")) >= item.every_seconds]


def run_due(
    last_run: dict[str, float], now: float, *, run: Callable[[str], object] = call_command, schedule=SCHEDULE
) -> list[tuple[str, str | None]]:
    """Runs what is due; a command that fails is logged and tried again at its next interval,
    and never keeps the others from running. Returns (command, error or None) per command run."""
    outcomes: list[tuple[str, str | None]] = []
    for item in due(last_run, now, schedule):
        last_run[item.command] = now
        try:
            run(item.command)
        except Exception as exc:  # noqa: BLE001  one failing command must not stop the schedule
            logger.exception("Scheduled command %s failed", item.command)
            outcomes.append((item.command, f"{type(exc).__name__}: {exc}"))
        else:
            outcomes.append((item.command, None))
    return outcomes


def run_forever(*, tick_seconds: float = 15, clock=time.monotonic, sleep=time.sleep) -> None:
    last_run: dict[str, float] = {}
    while True:
        run_due(last_run, clock())
        sleep(tick_seconds)
