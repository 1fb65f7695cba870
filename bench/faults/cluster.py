"""A PostgreSQL cluster of the fault runs' own: initdb into a temporary folder, a free loopback port,
trust authentication, stopped and deleted at the end.

The machine's shared server (5432) is never touched: a run restarts its database on purpose, and
nobody else's work should go down with it. PostgreSQL refuses to run as root, so under root the
cluster belongs to the `postgres` system user and its commands run through `runuser`.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps them out of PATH), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(Path(path).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class TemporaryCluster:
    """`with TemporaryCluster() as cluster:` … `cluster.url("name")`, `cluster.restart()`."""

    def __init__(self, *, owner: str = "postgres"):
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL's binaries (initdb, pg_ctl) are not installed")
        self.owner = owner if os.geteuid() == 0 else None
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="invest-az-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.commands_log = self.folder / "commands.log"

    def _run(self, *command: str, check: bool = True) -> int:
        """Runs a PostgreSQL command as the cluster's owner; its output goes to the cluster's log.

        Never into a pipe: the server that `pg_ctl start` or `restart` leaves running would hold
        the pipe open, and reading it to its end would wait for the server to stop."""
        prefix = ["runuser", "-u", self.owner, "--"] if self.owner else []
        with open(self.commands_log, "a") as log:
            returncode = subprocess.run(
                [*prefix, *command], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            ).returncode
        if check and returncode != 0:
            raise RuntimeError(
                f"{Path(command[0]).name} failed ({returncode}): {self.commands_log.read_text(errors='replace')[-2000:]}"
            )
        return returncode

    def __enter__(self) -> TemporaryCluster:
        if self.owner:
            user = pwd.getpwnam(self.owner)
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"
        )
        # fsync off: only the server restarts, never the machine, so the operating system keeps every
        # write; what a commit guarantees (synchronous_commit) is unchanged. It makes migrating fast.
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c max_connections=200 -c fsync=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        return self

    def __exit__(self, *exc) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def restart(self, mode: str = "fast") -> float:
        """Restarts the server (every connection is cut); returns the seconds until it answers again."""
        started = time.monotonic()
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "restart")
        while self._run(str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), check=False) != 0:
            time.sleep(0.05)
        return time.monotonic() - started
