"""Backup and restore: a round trip gives back every page, revision, snippet, appeal, message and
attachment, byte for byte, on the database the suite runs on (SQLite, or PostgreSQL in CI); a
damaged or mismatched backup, a wrong key and a non-empty target are refused before anything is
written."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from cms.core import backup as backups
from tests.appeals import factories

pytestmark = pytest.mark.django_db(transaction=True)  # pg_dump reads committed rows only

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + bytes(range(256))
KEY_TABLES = {
    "wagtailcore_page": "pages",
    "wagtailcore_revision": "revisions",
    "guide_taxrate": "rates and fees",
    "guide_legalact": "legal acts",
    "appeals_appeal": "appeals",
    "appeals_message": "messages",
    "appeals_attachment": "attachments",
}


@pytest.fixture
def stored_appeal():
    from cms.appeals.models import Message

    filer = factories.person()
    appeal = factories.registered(filer, subject="Ehtiyat nüsxəsi — sınaq", contact_email="aysel@example.az")
    from cms.appeals import attachments

    checked = attachments.check_files([SimpleUploadedFile("müqavilə.pdf", PDF)])
    written: list[str] = []
    message = Message.objects.create(appeal=appeal, kind=Message.Kind.APPLICANT, text="Sənəd əlavə olunur.")
    attachments.store(appeal, checked, written=written, message=message)
    return appeal


@pytest.fixture
def uploaded_document():
    """A document an editor uploaded: a row, and a file under MEDIA_ROOT."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    return Document.objects.create(title="Vergi Məcəlləsi (çıxarış)", file=ContentFile(PDF, name="vergi-mecellesi.pdf"))


@pytest.fixture
def empty_target(tmp_path):
    """A new, empty database of the same kind as the suite's, and two empty folders."""
    if connection.vendor == "sqlite":
        yield backups.RestoreTarget(
            f"sqlite:///{tmp_path / 'restored.sqlite3'}", tmp_path / "media", tmp_path / "private"
        )
        return
    name = f"restore_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    db = connection.settings_dict
    url = f"postgres://{db['USER'] or ''}{':' + db['PASSWORD'] if db.get('PASSWORD') else ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"
    try:
        yield backups.RestoreTarget(url, tmp_path / "media", tmp_path / "private")
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restored_rows(target: backups.RestoreTarget, table: str) -> int:
    handle = backups._connect(target)
    try:
        cursor = handle.cursor()
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        return cursor.fetchone()[0]
    finally:
        handle.close()


def live_rows(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        return cursor.fetchone()[0]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_restores_every_row_and_file_byte_for_byte(
    stored_appeal, uploaded_document, empty_target, tmp_path, settings
):
    key = Fernet.generate_key().decode()
    made = backups.backup(tmp_path / "backups", key=key)
    assert sorted(path.name for path in made.folder.iterdir()) == sorted(
        [
            "manifest.json",
            "files.tar.enc",
            *(name for name in made.manifest["artifacts"] if name.startswith("database")),
        ]
    )
    assert all(item["encrypted"] for item in made.manifest["artifacts"].values())
    assert PDF not in (made.folder / "files.tar.enc").read_bytes()  # sealed, not only renamed

    backups.restore(made.folder, empty_target, key=key)

    for table in KEY_TABLES:
        assert restored_rows(empty_target, table) == live_rows(table) > 0, table
    attachment = stored_appeal.attachments.get()
    original = Path(settings.APPEALS_PRIVATE_ROOT) / attachment.stored_name
    restored = empty_target.private_root / attachment.stored_name
    assert restored.read_bytes() == original.read_bytes() == PDF
    assert sha(restored) == attachment.sha256
    live_media = backups.folder_checksums(Path(settings.MEDIA_ROOT))
    assert uploaded_document.file.name in live_media and backups.folder_checksums(empty_target.media_root) == live_media


def test_the_commands_back_up_and_restore_into_the_folders_and_database_they_are_given(
    stored_appeal, empty_target, tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("BACKUP_ENCRYPTION_KEY", raising=False)
    call_command("backup", "--output", str(tmp_path / "backups"), "--keep", "3")
    [folder] = backups.backups_in(tmp_path / "backups")
    call_command(
        "restore",
        str(folder),
        "--database-url",
        empty_target.database_url,
        "--media-root",
        str(empty_target.media_root),
        "--private-root",
        str(empty_target.private_root),
    )
    printed = capsys.readouterr().out
    assert "Backup written to" in printed and "Restored and verified" in printed
    assert restored_rows(empty_target, "appeals_appeal") == live_rows("appeals_appeal")


def test_a_damaged_backup_is_refused_and_nothing_is_restored(stored_appeal, empty_target, tmp_path):
    made = backups.backup(tmp_path / "backups")
    archive = made.folder / "files.tar"
    data = bytearray(archive.read_bytes())
    data[len(data) // 3] ^= 0xFF
    archive.write_bytes(bytes(data))
    with pytest.raises(backups.BackupError, match="checksum"):
        backups.restore(made.folder, empty_target)
    assert not empty_target.private_root.exists() and not empty_target.media_root.exists()
    if empty_target.vendor == "sqlite":
        assert not Path(empty_target.db["NAME"]).exists()


def test_a_wrong_key_or_a_missing_key_is_refused(stored_appeal, empty_target, tmp_path):
    made = backups.backup(tmp_path / "backups", key=Fernet.generate_key().decode())
    with pytest.raises(backups.BackupError, match="cannot be decrypted"):
        backups.restore(made.folder, empty_target, key=Fernet.generate_key().decode())
    with pytest.raises(backups.BackupError, match="encrypted"):
        backups.restore(made.folder, empty_target)
    with pytest.raises(backups.BackupError, match="not a valid Fernet key"):
        backups.backup(tmp_path / "other", key="not-a-key")


def test_a_restore_into_a_database_or_folder_that_is_not_empty_is_refused(stored_appeal, empty_target, tmp_path):
    made = backups.backup(tmp_path / "backups")
    empty_target.private_root.mkdir(parents=True)
    (empty_target.private_root / "left-over").write_bytes(b"x")
    with pytest.raises(backups.BackupError, match="not empty"):
        backups.restore(made.folder, empty_target)
    (empty_target.private_root / "left-over").unlink()
    backups.restore(made.folder, empty_target)
    with pytest.raises(backups.BackupError, match=r"database .* is not empty"):
        backups.restore(made.folder, backups.RestoreTarget(empty_target.database_url, tmp_path / "m2", tmp_path / "p2"))


def test_retention_keeps_the_newest_backups(tmp_path):

    root = tmp_path / "backups"
    for day in range(1, 6):
        folder = root / f"backup-202611{day:02d}-030000"
        folder.mkdir(parents=True)
        (folder / "manifest.json").write_text("{}")
    (root / ".backup-20261106-030000.partial").mkdir()  # an unfinished one is never counted
    removed = backups.prune(root, keep=2)
    assert [path.name for path in removed] == [
        "backup-20261101-030000",
        "backup-20261102-030000",
        "backup-20261103-030000",
    ]
    assert [path.name for path in backups.backups_in(root)] == ["backup-20261104-030000", "backup-20261105-030000"]


def test_a_backup_inside_a_transaction_is_refused_rather_than_waiting_for_ever(tmp_path):
    from django.db import transaction

    with transaction.atomic(), pytest.raises(backups.BackupError, match="inside a database transaction"):
        backups.backup(tmp_path / "backups")
    assert backups.backups_in(tmp_path / "backups") == []
