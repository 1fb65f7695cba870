"""PostgreSQL restarted while applicants submit: every appeal answered as accepted is in the database
with its file, clients saw only 5xx answers or cut connections, and submissions succeed again.

Runs a short version of bench/faults/postgres_restart.py, on a PostgreSQL cluster the run starts
itself (never the machine's server). Skipped where PostgreSQL's binaries are not installed, and
failing then under CI=true. Most of its time is the migration of the new database.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "faults" / "postgres_restart.py"
sys.path.insert(0, str(SCRIPT.parent))

from cluster import binaries  # noqa: E402


def test_every_accepted_appeal_survives_a_postgresql_restart_and_submissions_resume():
    if binaries() is None:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(
                "PostgreSQL's binaries (initdb, pg_ctl) are missing; CI=true, so the restart test must run",
                pytrace=False,
            )
        pytest.skip("PostgreSQL's binaries (initdb, pg_ctl) are not installed")
    environment = {
        key: value for key, value in os.environ.items() if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--clients", "4", "--seconds", "12", "--restart-at", "4", "--mode", "fast"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    report = run.stdout + run.stderr[-3000:]
    assert run.returncode == 0, report
    assert ", 0 accepted but missing, 0 wrong or without their file, 0 filed twice," in run.stdout, report
    assert "4xx or other wrong answers: 0" in run.stdout, report
