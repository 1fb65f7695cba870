"""The deployment's periodic commands: each runs at its interval, and one that fails stops none."""

import pytest
from django.core.management import call_command, get_commands

from cms.core import schedule


def test_every_scheduled_command_exists():
    known = get_commands()
    assert [item.command for item in schedule.SCHEDULE if item.command not in known] == []


def test_the_outbox_deadline_alerts_sessions_and_scheduled_publishing_are_all_scheduled():
    assert {item.command for item in schedule.SCHEDULE} >= {
        "publish_scheduled",
        "send_appeal_outbox",
        "appeals_deadline_alerts",
        "clearsessions",
        "backup",
    }


def test_commands_run_at_start_and_then_each_at_its_own_interval():
    ran = []
    last_run = {}
    schedule.run_due(last_run, 1000.0, run=ran.append)
    assert sorted(ran) == sorted(item.command for item in schedule.SCHEDULE)
    ran.clear()
    schedule.run_due(last_run, 1059.0, run=ran.append)
    assert ran == []
    schedule.run_due(last_run, 1060.0, run=ran.append)
    assert sorted(ran) == ["publish_scheduled", "send_appeal_outbox"]  # the daily ones wait their day
    ran.clear()
    schedule.run_due(last_run, 1000.0 + 24 * 3600, run=ran.append)
    assert sorted(ran) == sorted(item.command for item in schedule.SCHEDULE)


def test_a_failing_command_is_reported_and_the_others_still_run():
    ran = []

    def run(command):
        if command == "send_appeal_outbox":
            raise ConnectionRefusedError("mail server down")
        ran.append(command)

    outcomes = dict(schedule.run_due({}, 0.0, run=run))
    assert outcomes["send_appeal_outbox"] == "ConnectionRefusedError: mail server down"
    assert set(ran) == {item.command for item in schedule.SCHEDULE} - {"send_appeal_outbox"}


@pytest.mark.django_db(transaction=True)  # as the scheduler runs them: between transactions
def test_run_schedule_once_runs_every_command_against_the_database(capsys):
    call_command("run_schedule", "--once")
    printed = capsys.readouterr().out
    for item in schedule.SCHEDULE:
        assert f"{item.command}: done" in printed
