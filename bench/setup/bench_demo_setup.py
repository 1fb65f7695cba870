"""Times the set-up steps of `make demo` (after the package install) on a fresh database and site.

    .venv/bin/python bench/setup/bench_demo_setup.py                      # as `make demo` runs them now
    .venv/bin/python bench/setup/bench_demo_setup.py --separate           # one process per step, as before
    .venv/bin/python bench/setup/bench_demo_setup.py --root ../other-checkout --separate

Each run gets a new temporary VAR_DIR and DIST_DIR (SQLite database, search index, built site),
removed afterwards unless --keep. Default: `manage.py demo_setup`, which runs the steps in one
process and prints each step's time; "start-up" is the rest of the process's time (imports,
Django's set-up, checks). With --separate each step is its own `manage.py` command, as the
Makefile ran them up to commit 1d4acf5 (also for a checkout that has no `demo_setup`), and each
step's time includes its start-up. The machine's load (`uptime`) is printed before and after,
and beside the wall-clock total the processor time the set-up used (user + system, of all its
processes): on a busy machine the wall-clock figures stretch, the processor time much less, and
on a quiet one the two are close (the set-up is one thread at a time).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
STEP_LINE = re.compile(r"^(?P<step>[a-z_]+): (?P<seconds>[0-9.]+) s")


def separate_steps(port: int) -> list[tuple[str, list[str], bool]]:
    """The steps as the Makefile ran them one command each: (name, arguments, immediate tasks)."""
    return [
        ("migrate", ["migrate", "--noinput"], False),
        ("load_demo_content", ["load_demo_content"], True),
        ("rebuild_search_index", ["rebuild_search_index", "--no-progress"], True),
        ("load_search_demo", ["load_search_demo"], True),
        ("build_frontend", ["build_frontend", "--no-progress"], True),
        ("ensure_dev_admin", ["ensure_dev_admin"], False),
        ("ensure_dev_idp_client", ["ensure_dev_idp_client", *base_urls(port)], False),
    ]


def base_urls(port: int) -> list[str]:
    return ["--base-url", f"http://127.0.0.1:{port}", "--base-url", f"http://localhost:{port}"]


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(root: Path, arguments: list[str], env: dict[str, str], log) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [str(root / ".venv/bin/python"), "manage.py", *arguments],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    took = time.perf_counter() - started
    if result.returncode:
        log.flush()
        sys.exit(f"`manage.py {' '.join(arguments)}` failed (exit {result.returncode}); see {log.name}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).resolve().parents[2],
        help="The checkout to run (default: this one).",
    )
    parser.add_argument("--separate", action="store_true", help="One manage.py process per step, as before demo_setup.")
    parser.add_argument(
        "--no-snapshot", action="store_true", help="demo_setup: migrate from nothing, without the snapshot."
    )
    parser.add_argument("--port", type=int, default=8000, help="The port the sign-on client and PUBLIC_BASE_URL name.")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder (its path is printed).")
    args = parser.parse_args()

    root = args.root.resolve()
    folder = Path(tempfile.mkdtemp(prefix="bench-demo-setup-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "VAR_DIR": str(folder / "var"),
        "DIST_DIR": str(folder / "dist"),
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{args.port}",
    }
    env.pop("DATABASE_URL", None)  # the demo's embedded default: SQLite in VAR_DIR
    (folder / "var").mkdir()
    log_path = folder / "output.log"
    print(
        f"checkout {root}; {'one process per step' if args.separate else 'manage.py demo_setup'}; load before {load()}"
    )
    rows: list[tuple[str, float]] = []
    with log_path.open("w") as log:
        cpu_started = cpu_of_children()
        started = time.perf_counter()
        if args.separate:
            for name, arguments, immediate in separate_steps(args.port):
                step_env = {**env, "TASKS_BACKEND": IMMEDIATE} if immediate else env
                rows.append((name, run(root, arguments, step_env, log)))
        else:
            arguments = ["demo_setup", *base_urls(args.port), *(["--no-snapshot"] if args.no_snapshot else [])]
            took = run(root, arguments, {**env, "TASKS_BACKEND": IMMEDIATE}, log)
            log.flush()
            for line in log_path.read_text().splitlines():
                if match := STEP_LINE.match(line):
                    rows.append((match["step"], float(match["seconds"])))
            rows.insert(0, ("start-up (once)", took - sum(seconds for _name, seconds in rows)))
        total = time.perf_counter() - started
        cpu = cpu_of_children() - cpu_started
    for name, seconds in rows:
        print(f"  {name:<24} {seconds:6.1f} s")
    print(f"  {'total':<24} {total:6.1f} s   (processor time {cpu:.1f} s)")
    print(f"load after {load()}")
    if args.keep:
        print(f"kept {folder}")
    else:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
