"""Backups that restore: the database, uploaded media and private appeal attachments, with a
manifest that lets a restore prove it gave everything back (Regulation 2.1.4, 2.7).

A backup is a folder:

    backup-20261130-151500/
      manifest.json          versions, row counts and digests per table, a checksum per file
      database.sqlite3       SQLite: an online copy (sqlite3's backup API, safe while serving)
      database.pgdump        PostgreSQL: pg_dump's custom format
      files.tar              media/ and private/ (appeal attachments)

With `BACKUP_ENCRYPTION_KEY` set (a Fernet key: `python -c "from cryptography.fernet import
Fernet; print(Fernet.generate_key().decode())"`), the database and the files are written
encrypted (`.enc`); the manifest holds no personal data (counts, digests, names of stored files are
random) and stays readable, so an operator can tell what a backup holds without the key.

A restore goes into an empty database and empty folders only, checks every artifact's checksum
before touching anything, and reports success only after the restored rows and files match the
manifest: a backup that cannot be restored is found at restore time, not after.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dj_database_url
from django.conf import settings
from django.db import connections

MANIFEST = "manifest.json"
FORMAT_VERSION = 1
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


# --- What a database holds, the same way on both ends --------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_digests(cursor, tables: list[str]) -> dict[str, dict]:
    """Row count and a digest of every row of each table, in primary-key order (the first column).

    Computed through a DB-API cursor, so it reads the live database, a restored SQLite file or a
    restored PostgreSQL database alike; values are compared as text, the same on both ends.
    """
    result = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT * FROM {_quote(table)} ORDER BY 1")  # noqa: S608  names from introspection
        digest = hashlib.sha256()
        count = 0
        for row in cursor.fetchall():
            digest.update(repr(tuple(_canonical(value) for value in row)).encode("utf-8"))
            count += 1
        result[table] = {"rows": count, "sha256": digest.hexdigest()}
    return result


def _canonical(value):
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    return value


# --- Files ----------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def folder_checksums(root: Path) -> dict[str, str]:
    """{relative path: sha256} of every file under `root` (empty when it does not exist)."""
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): sha256_file(path)
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def stored_folders() -> dict[str, Path]:
    return {"media": Path(settings.MEDIA_ROOT), "private": Path(settings.APPEALS_PRIVATE_ROOT)}


# --- Encryption -----------------------------------------------------------------------------------


def _fernet(key: str | None):
    if not key:
        return None
    from cryptography.fernet import Fernet

    try:
        return Fernet(key.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise BackupError(
            "BACKUP_ENCRYPTION_KEY is not a valid Fernet key (32 url-safe base64-encoded bytes)."
        ) from exc


def _seal(path: Path, fernet) -> Path:
    if fernet is None:
        return path
    sealed = path.with_name(path.name + ".enc")
    sealed.write_bytes(fernet.encrypt(path.read_bytes()))
    path.unlink()
    return sealed


def _unseal(path: Path, fernet, into: Path) -> Path:
    if not path.name.endswith(".enc"):
        return path
    if fernet is None:
        raise BackupError(f"{path.name} is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with.")
    from cryptography.fernet import InvalidToken

    try:
        plain = fernet.decrypt(path.read_bytes())
    except InvalidToken as exc:
        raise BackupError(f"{path.name} cannot be decrypted with this BACKUP_ENCRYPTION_KEY.") from exc
    target = into / path.name.removesuffix(".enc")
    target.write_bytes(plain)
    return target


# --- Backup ---------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    folder: Path
    manifest: dict


def _versions(vendor: str) -> dict:
    import django
    import wagtail

    versions = {
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": vendor,
    }
    if vendor == "postgresql":
        versions["pg_dump"] = subprocess.run(
            ["pg_dump", "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
    else:
        versions["sqlite"] = sqlite3.sqlite_version
    return versions


def _dump_database(folder: Path, alias: str) -> tuple[Path, dict]:
    """The database written to `folder`, and the digests of its tables as written.

    The digests describe the dump itself, not the database a moment later: SQLite's are read from
    the copy; PostgreSQL's in the same snapshot that pg_dump is given.
    """
    connection = connections[alias]
    if connection.in_atomic_block:
        # SQLite's online copy would wait for ever on the open transaction's lock, and pg_dump
        # would not see its rows: a backup is made between transactions, as the scheduler does.
        raise BackupError("A backup cannot be made inside a database transaction.")
    if connection.vendor == "sqlite":
        target = folder / "database.sqlite3"
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)  # consistent while the portal keeps writing
            tables = table_digests(destination.cursor(), _tables_of(destination, "sqlite"))
        finally:
            destination.close()
        return target, tables
    if connection.vendor == "postgresql":
        import psycopg

        target = folder / "database.pgdump"
        db = connection.settings_dict
        with psycopg.connect(**_psycopg_arguments(db)) as snapshot_holder:
            cursor = snapshot_holder.cursor()
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            row = cursor.fetchone()
            assert row is not None  # the SELECT of a function returns one row
            snapshot = row[0]
            tables = table_digests(cursor, _tables_of(snapshot_holder, "postgresql"))
            _run_pg(
                "pg_dump",
                ["--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}", "--file", str(target)],
                db,
            )
            cursor.execute("COMMIT")
        return target, tables
    raise BackupError(f"Backups of a {connection.vendor} database are not supported.")


def _psycopg_arguments(db: Mapping[str, Any]) -> dict:
    arguments = {"dbname": db["NAME"], "autocommit": True}
    for key, name in (("HOST", "host"), ("PORT", "port"), ("USER", "user"), ("PASSWORD", "password")):
        if db.get(key):
            arguments[name] = db[key]
    return arguments


def _pg_environment(db: Mapping[str, Any]) -> dict:
    environment = {**os.environ, "PGDATABASE": db["NAME"]}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            environment[variable] = str(db[key])
    return environment


def _run_pg(program: str, arguments: list[str], db: Mapping[str, Any]) -> None:
    if shutil.which(program) is None:
        raise BackupError(f"{program} is not installed (Debian: apt-get install postgresql-client).")
    result = subprocess.run([program, *arguments], env=_pg_environment(db), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()[-500:]}")


def _archive_files(folder: Path) -> tuple[Path, dict]:
    target = folder / "files.tar"
    checksums = {}
    with tarfile.open(target, "w") as archive:
        for name, root in stored_folders().items():
            checksums[name] = folder_checksums(root)
            for relative in checksums[name]:
                archive.add(root / relative, arcname=f"{name}/{relative}", recursive=False)
    return target, checksums


def backup(
    destination: Path, *, alias: str = "default", key: str | None = None, keep: int | None = None, now=None
) -> BackupResult:
    """Writes a new backup folder under `destination`; with `keep`, removes the oldest beyond it."""
    fernet = _fernet(key)
    now = now or datetime.datetime.now(datetime.UTC)
    destination.mkdir(parents=True, exist_ok=True)
    folder = destination / f"backup-{now:%Y%m%d-%H%M%S}"
    partial = destination / f".{folder.name}.partial"
    if folder.exists():
        raise BackupError(f"{folder} exists already.")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        connection = connections[alias]
        database, tables = _dump_database(partial, alias)
        files, file_checksums = _archive_files(partial)
        artifacts = {}
        for path in (database, files):
            plain = {"sha256": sha256_file(path), "bytes": path.stat().st_size, "encrypted": fernet is not None}
            artifacts[_seal(path, fernet).name] = plain
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": now.isoformat(),
            "versions": _versions(connection.vendor),
            "database": {"vendor": connection.vendor, "tables": tables},
            "files": file_checksums,
            "artifacts": artifacts,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(partial, folder)  # a backup folder exists only once it is complete
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if keep:
        prune(destination, keep)
    return BackupResult(folder, manifest)


def backups_in(destination: Path) -> list[Path]:
    return sorted(path for path in destination.glob("backup-*") if (path / MANIFEST).is_file())


def prune(destination: Path, keep: int) -> list[Path]:
    """Removes all but the newest `keep` complete backups; returns what it removed."""
    if keep < 1:
        raise BackupError("Keep at least one backup.")
    removed = backups_in(destination)[:-keep]
    for path in removed:
        shutil.rmtree(path)
    return removed


# --- Restore --------------------------------------------------------------------------------------


@dataclass
class RestoreTarget:
    """Where a restore writes: a database (as a DATABASE_URL) and the two file folders."""

    database_url: str
    media_root: Path
    private_root: Path

    @classmethod
    def configured(cls) -> RestoreTarget:
        db = settings.DATABASES["default"]
        if db["ENGINE"].endswith("sqlite3"):
            url = f"sqlite:///{db['NAME']}"
        else:
            url = f"postgres://{db.get('USER') or ''}{':' + db['PASSWORD'] if db.get('PASSWORD') else ''}@{db.get('HOST') or ''}{':' + str(db['PORT']) if db.get('PORT') else ''}/{db['NAME']}"
        return cls(url, Path(settings.MEDIA_ROOT), Path(settings.APPEALS_PRIVATE_ROOT))

    @property
    def db(self) -> dj_database_url.DBConfig:
        return dj_database_url.parse(self.database_url)

    @property
    def vendor(self) -> str:
        return "sqlite" if self.db["ENGINE"].endswith("sqlite3") else "postgresql"

    def folders(self) -> dict[str, Path]:
        return {"media": self.media_root, "private": self.private_root}


def read_manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BackupError(f"{folder} holds no {MANIFEST}: not a backup, or an unfinished one.") from exc
    except json.JSONDecodeError as exc:
        raise BackupError(f"{folder / MANIFEST} is damaged: {exc}.") from exc
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(
            f"Backup format {manifest.get('format')!r} is not the format this version restores ({FORMAT_VERSION})."
        )
    return manifest


def _connect(target: RestoreTarget):
    db = target.db
    if target.vendor == "sqlite":
        return sqlite3.connect(db["NAME"])
    import psycopg

    return psycopg.connect(**_psycopg_arguments(db))


def _tables_of(connection, vendor: str) -> list[str]:
    cursor = connection.cursor()
    if vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    else:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return [row[0] for row in cursor.fetchall()]


def _ensure_empty(target: RestoreTarget) -> None:
    if target.vendor == "sqlite":
        path = Path(target.db["NAME"])
        if path.exists() and path.stat().st_size > 0:
            connection = sqlite3.connect(path)
            try:
                if _tables_of(connection, "sqlite"):
                    raise BackupError(f"The database {path} is not empty: restore into a new, empty database.")
            finally:
                connection.close()
    else:
        connection = _connect(target)
        try:
            if _tables_of(connection, "postgresql"):
                raise BackupError(f"The database {target.db['NAME']} is not empty: restore into a new, empty database.")
        finally:
            connection.close()
    for name, folder in target.folders().items():
        if folder.exists() and any(folder.iterdir()):
            raise BackupError(f"The {name} folder {folder} is not empty: restore into empty folders.")


def _check_artifacts(folder: Path, manifest: dict, fernet, scratch: Path) -> dict[str, Path]:
    """Every artifact decrypted (when sealed) and its checksum checked; {plain name: path}."""
    plain = {}
    for name, expected in manifest["artifacts"].items():
        path = folder / name
        if not path.is_file():
            raise BackupError(f"{name} is missing from the backup.")
        readable = _unseal(path, fernet, scratch)
        if sha256_file(readable) != expected["sha256"]:
            raise BackupError(f"{name} does not match its checksum: the backup is damaged.")
        plain[readable.name] = readable
    return plain


def _restore_database(target: RestoreTarget, dump: Path) -> None:
    if target.vendor == "sqlite":
        if not dump.name.endswith(".sqlite3"):
            raise BackupError("This backup is of a PostgreSQL database: restore it into PostgreSQL.")
        Path(target.db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        source, destination = sqlite3.connect(dump), sqlite3.connect(target.db["NAME"])
        try:
            source.backup(destination)
        finally:
            source.close()
            destination.close()
        return
    if not dump.name.endswith(".pgdump"):
        raise BackupError("This backup is of a SQLite database: restore it into SQLite.")
    db = target.db
    _run_pg("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", db["NAME"], str(dump)], db)


def _restore_files(target: RestoreTarget, archive: Path) -> None:
    folders = target.folders()
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            top, _, relative = member.name.partition("/")
            if top not in folders or not member.isfile() or not relative:
                raise BackupError(f"Unexpected entry {member.name!r} in files.tar.")
            destination = (folders[top] / relative).resolve()
            if not destination.is_relative_to(folders[top].resolve()):
                raise BackupError(f"Entry {member.name!r} in files.tar points outside its folder.")
            destination.parent.mkdir(parents=True, exist_ok=True)
            source = tar.extractfile(member)
            assert source is not None  # a regular file (checked above) always has content to read
            with source, open(destination, "wb") as out:
                shutil.copyfileobj(source, out, CHUNK)


def verify_restored(target: RestoreTarget, manifest: dict) -> None:
    """Raises BackupError unless every table and file of the manifest is back, equal."""
    connection = _connect(target)
    try:
        tables = manifest["database"]["tables"]
        present = set(_tables_of(connection, target.vendor))
        lost = sorted(set(tables) - present)
        if lost:
            raise BackupError(f"Tables missing after the restore: {', '.join(lost[:10])}.")
        restored = table_digests(connection.cursor(), list(tables))
    finally:
        connection.close()
    different = sorted(table for table, expected in tables.items() if restored[table] != expected)
    if different:
        raise BackupError(f"Tables that differ from the backup after the restore: {', '.join(different[:10])}.")
    for name, folder in target.folders().items():
        if folder_checksums(folder) != manifest["files"].get(name, {}):
            raise BackupError(f"The restored {name} files differ from the backup.")


def restore(folder: Path, target: RestoreTarget | None = None, *, key: str | None = None) -> dict:
    """Restores a backup folder into an empty database and empty folders, then verifies it."""
    target = target or RestoreTarget.configured()
    manifest = read_manifest(folder)
    if manifest["database"]["vendor"] != target.vendor:
        raise BackupError(
            f"This backup is of a {manifest['database']['vendor']} database; the target is {target.vendor}."
        )
    fernet = _fernet(key)
    _ensure_empty(target)
    with tempfile.TemporaryDirectory(prefix="invest-az-restore-") as scratch:
        plain = _check_artifacts(folder, manifest, fernet, Path(scratch))
        dump = plain.get("database.sqlite3") or plain.get("database.pgdump")
        if dump is None or "files.tar" not in plain:
            raise BackupError("The backup lacks its database or its files.")
        _restore_database(target, dump)
        for path in target.folders().values():
            path.mkdir(parents=True, exist_ok=True)
        _restore_files(target, plain["files.tar"])
    verify_restored(target, manifest)
    return manifest


def summary(manifest: dict) -> str:
    tables = manifest["database"]["tables"]
    rows = sum(table["rows"] for table in tables.values())
    files = sum(len(items) for items in manifest["files"].values())
    return f"{len(tables)} tables, {rows} rows, {files} files"
