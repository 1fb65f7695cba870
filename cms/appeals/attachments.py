"""Attachments: checked by their content, stored outside the web root, served only through a view
that asks `access` first.

The type is read from the file's first bytes (`filetype`), never trusted from the name or the
browser; the name's extension must agree with it. Names are reduced to safe characters (letters of
any script are kept) and the file is stored under a random name in `APPEALS_PRIVATE_ROOT`.

A full disk is not the applicant's mistake: `write()` reports it as `StorageFull`, and the caller
removes every file it wrote (`removing_on_failure`), a partly written one included; its
transaction, if one was open, rolls back.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import unicodedata
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import filetype
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from .models import Appeal, Attachment, Message

# Detected MIME type → the extensions a name may carry for it.
ALLOWED_TYPES = {
    "application/pdf": ("pdf",),
    "image/jpeg": ("jpg", "jpeg"),
    "image/png": ("png",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("xlsx",),
}


class AttachmentError(ValueError):
    pass


class StorageFull(AttachmentError):
    """The folder for attachments has no room (or no quota) left. Nothing was filed; a later try,
    or the same appeal without files, can succeed. The views answer it with 507, not as a field
    error, since no change to the files would help."""

    def __init__(self):
        super().__init__(
            _("The portal cannot store files at the moment: its storage is full. Nothing has been sent. "
              "Please try again later, or send the appeal without attachments.")
        )  # fmt: skip


# The errors with which the file system says "no room": full, over quota, over the size limit.
NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def private_storage() -> FileSystemStorage:
    return FileSystemStorage(location=str(settings.APPEALS_PRIVATE_ROOT), base_url=None)


def max_bytes() -> int:
    return settings.APPEALS_MAX_ATTACHMENT_BYTES


def max_count() -> int:
    return settings.APPEALS_MAX_ATTACHMENTS


def sanitise_name(name: str) -> str:
    """A name safe to store and to send back: no path, no control or shell characters, ≤ 120 chars."""
    name = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    stem = re.sub(r"[^\w\- ]+", "_", stem, flags=re.UNICODE).strip(" ._-") or "file"
    extension = re.sub(r"[^A-Za-z0-9]+", "", extension).lower()[:10]
    stem = re.sub(r"[ _]{2,}", "_", stem)[:110]
    return f"{stem}.{extension}" if extension else stem


@dataclass(frozen=True)
class CheckedFile:
    upload: UploadedFile
    name: str
    content_type: str
    size: int


def check_files(files, *, already: int = 0) -> list[CheckedFile]:
    """Checks every upload before anything is stored; raises AttachmentError with the first problem."""
    files = [f for f in files if f]
    if already + len(files) > max_count():
        raise AttachmentError(_("You can attach at most %(count)d files.") % {"count": max_count()})
    checked = []
    for upload in files:
        name = sanitise_name(upload.name or "")
        if upload.size > max_bytes():
            raise AttachmentError(
                _("“%(name)s” is larger than %(size)d MB.") % {"name": name, "size": max_bytes() // (1024 * 1024)}
            )
        if upload.size == 0:
            raise AttachmentError(_("“%(name)s” is empty.") % {"name": name})
        upload.seek(0)
        head = upload.read(8192)
        upload.seek(0)
        kind = _guess_office(upload) if _is_zip(head) else filetype.guess(head)
        detected = kind.mime if kind else ""
        if detected not in ALLOWED_TYPES:
            raise AttachmentError(_("“%(name)s” is not a PDF, JPEG, PNG, DOCX or XLSX file.") % {"name": name})
        extension = name.rpartition(".")[2] if "." in name else ""
        if extension not in ALLOWED_TYPES[detected]:
            raise AttachmentError(
                _("The content of “%(name)s” does not match its name: it is a %(type)s file.")
                % {"name": name, "type": ALLOWED_TYPES[detected][0].upper()}
            )
        checked.append(CheckedFile(upload=upload, name=name, content_type=detected, size=upload.size))
    return checked


def _is_zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def _guess_office(upload):
    """DOCX and XLSX are ZIP files; their type is read from the whole archive's entries."""
    import zipfile

    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        return None
    finally:
        upload.seek(0)

    class Kind:
        def __init__(self, mime):
            self.mime = mime

    if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
        return Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
        return Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return None


@dataclass(frozen=True)
class WrittenFile:
    """A checked upload on disk, its row not written yet."""

    checked: CheckedFile
    stored_name: str
    sha256: str


def write(appeal: Appeal, checked: list[CheckedFile], *, written: list[str]) -> list[WrittenFile]:
    """Writes the files into the appeal's folder, before the transaction that records them, so that
    the transaction (and the registration number's lock at its end) never waits for the disk.

    The stored names are appended to `written`, so that the caller can remove the files again if
    the transaction that records them fails (see `removing_on_failure`): a file never outlives
    the failure, and a row (`record`) never exists without its file.
    """
    storage = private_storage()
    files = []
    for item in checked:
        digest = hashlib.sha256()
        item.upload.seek(0)
        for chunk in item.upload.chunks():
            digest.update(chunk)
        item.upload.seek(0)
        name = f"{appeal.public_id}/{uuid.uuid4().hex}"
        # Listed before the write: a write that fails half-way leaves a partial file to remove.
        written.append(name)
        try:
            saved_name = storage.save(name, item.upload)
        except OSError as exc:
            if exc.errno in NO_ROOM:
                raise StorageFull from exc
            raise
        written[-1] = saved_name
        files.append(WrittenFile(checked=item, stored_name=saved_name, sha256=digest.hexdigest()))
    return files


def record(
    appeal: Appeal,
    files: list[WrittenFile],
    *,
    message: Message | None = None,
    from_staff: bool = False,
    internal: bool = False,
) -> list[Attachment]:
    """The rows of files `write` put on disk, in one statement, inside the caller's transaction."""
    if not files:
        return []
    return Attachment.objects.bulk_create(
        [
            Attachment(
                appeal=appeal,
                message=message,
                name=item.checked.name,
                stored_name=item.stored_name,
                content_type=item.checked.content_type,
                size=item.checked.size,
                sha256=item.sha256,
                from_staff=from_staff,
                internal=internal,
            )
            for item in files
        ]
    )


def store(
    appeal: Appeal,
    checked: list[CheckedFile],
    *,
    written: list[str],
    message: Message | None = None,
    from_staff: bool = False,
    internal: bool = False,
) -> list[Attachment]:
    """`write` and `record` at once, for a caller already inside its transaction (messages, staff)."""
    return record(
        appeal, write(appeal, checked, written=written), message=message, from_staff=from_staff, internal=internal
    )


@contextmanager
def removing_on_failure():
    """Yields the list `write()` fills; if the block raises, the files in it are deleted again,
    and the appeal's folder too when nothing else is left in it."""
    written: list[str] = []
    try:
        yield written
    except BaseException:
        storage = private_storage()
        for name in written:
            storage.delete(name)
        for folder in {os.path.dirname(storage.path(name)) for name in written}:
            try:
                os.rmdir(folder)
            except OSError:  # other files of the appeal are in it, or it was never made
                pass
        raise


def open_file(attachment: Attachment):
    return private_storage().open(attachment.stored_name, "rb")
