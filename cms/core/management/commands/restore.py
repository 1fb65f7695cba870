"""Restores a backup into an empty database and empty folders, and verifies it (cms/core/backup.py)."""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.core.backup import BackupError, RestoreTarget, restore, summary


class Command(BaseCommand):
    help = "Restore a backup folder into an empty database and empty media/attachment folders, then verify every table and file."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup folder (backup-YYYYMMDD-HHMMSS).")
        parser.add_argument(
            "--database-url", help="Restore into this database instead of the configured one (it must be empty)."
        )
        parser.add_argument("--media-root", help="Restore media here instead of MEDIA_ROOT (it must be empty).")
        parser.add_argument(
            "--private-root", help="Restore appeal attachments here instead of APPEALS_PRIVATE_ROOT (it must be empty)."
        )

    def handle(self, *args, backup, database_url=None, media_root=None, private_root=None, **options):
        configured = RestoreTarget.configured()
        target = RestoreTarget(
            database_url or configured.database_url,
            Path(media_root) if media_root else configured.media_root,
            Path(private_root) if private_root else configured.private_root,
        )
        try:
            manifest = restore(Path(backup), target, key=os.environ.get("BACKUP_ENCRYPTION_KEY") or None)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored and verified: {summary(manifest)}.")
