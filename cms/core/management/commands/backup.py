"""Backs up the database, media and private appeal attachments (cms/core/backup.py)."""

import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.core.backup import BackupError, backup, summary


class Command(BaseCommand):
    help = "Write a backup (database, media, appeal attachments, manifest) under a folder; encrypted when BACKUP_ENCRYPTION_KEY is set."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BACKUP_DIR),
            help="The folder that holds the backups (default: BACKUP_DIR).",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=settings.BACKUP_KEEP,
            help="How many backups to keep; older ones are removed (default: BACKUP_KEEP).",
        )

    def handle(self, *args, output, keep, **options):
        try:
            result = backup(Path(output), key=os.environ.get("BACKUP_ENCRYPTION_KEY") or None, keep=keep or None)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        encrypted = any(item["encrypted"] for item in result.manifest["artifacts"].values())
        self.stdout.write(
            f"Backup written to {result.folder} ({summary(result.manifest)}{', encrypted' if encrypted else ''})."
        )
