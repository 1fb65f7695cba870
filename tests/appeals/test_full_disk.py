"""A full disk for attachments: the applicant is told plainly, and nothing half-filed stays behind.

`APPEALS_PRIVATE_ROOT` is put on a real 1 MiB tmpfs, so the kernel itself answers ENOSPC in the
middle of a write (mounting needs root; elsewhere the test is skipped, and fails under CI=true).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cms.appeals.models import Appeal, Attachment, Message, Status

from . import factories
from .test_submission import PDF, form_data

pytestmark = pytest.mark.django_db

DISK_BYTES = 1024 * 1024


def unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}; CI=true, so the full-disk test must run", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def tiny_disk(settings, tmp_path):
    """A 1 MiB file system, mounted for this test only, holding the attachments folder."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES},mode=0700", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        unavailable(f"cannot mount a tmpfs here ({mounted.stderr.strip() or 'mount failed'})")
    settings.APPEALS_PRIVATE_ROOT = disk / "appeals"
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def pdf(name: str, size: int) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF + b"0" * (size - len(PDF)), content_type="application/pdf")


def everything_on(disk: Path) -> list[Path]:
    return sorted(path for path in disk.rglob("*"))


@pytest.fixture
def applicant_client():
    applicant = factories.person(email="aysel@example.az")
    client = Client()
    client.force_login(applicant.user)
    return applicant, client


# Small files are held in memory and streamed into the folder; large ones are first spooled to a
# temporary file and then copied across file systems: both ways of writing must clean up.
@pytest.mark.parametrize("spooled", [False, True], ids=["in-memory", "temporary-file"])
def test_a_full_disk_gives_a_clear_error_and_leaves_no_appeal_and_no_file(
    tiny_disk, applicant_client, settings, spooled
):
    _applicant, client = applicant_client
    if spooled:
        settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    # The first file fits; the second runs out of room half-way through its write.
    files = [pdf("müqavilə.pdf", 600 * 1024), pdf("əlavə.pdf", 600 * 1024)]

    response = client.post("/az/cabinet/appeals/new/", form_data(files=files))

    assert response.status_code == 507
    page = response.content.decode()
    assert "Portal hazırda faylları saxlaya bilmir: yaddaşı doludur." in page  # in the page's language
    assert 'name="subject"' in page and "ƏDV qaytarılması" in page  # the form comes back filled in
    assert Appeal.objects.count() == 0 and Attachment.objects.count() == 0
    assert everything_on(tiny_disk) == [tiny_disk / "appeals"]  # no file, not even the appeal's folder

    # Without files, the same applicant can still file the appeal.
    response = client.post("/az/cabinet/appeals/new/", form_data())
    assert response.status_code == 302
    assert Appeal.objects.get().status == Status.REGISTERED


def test_a_message_that_does_not_fit_is_refused_with_the_reason_and_the_appeal_keeps_its_files(
    tiny_disk, applicant_client
):
    _applicant, client = applicant_client
    response = client.post("/en/cabinet/appeals/new/", form_data(files=[pdf("contract.pdf", 300 * 1024)]))
    assert response.status_code == 302
    appeal = Appeal.objects.get()
    kept = everything_on(tiny_disk)
    messages_before = Message.objects.count()

    response = client.post(
        f"/en/cabinet/appeals/{appeal.public_id}/message/",
        {"text": "The signed copy.", "files": [pdf("signed.pdf", 900 * 1024)]},
        follow=True,
    )

    assert response.status_code == 200
    assert "its storage is full" in response.content.decode()
    assert Message.objects.count() == messages_before
    assert list(appeal.attachments.values_list("name", flat=True)) == ["contract.pdf"]
    assert everything_on(tiny_disk) == kept
    stored = appeal.attachments.get()
    assert (tiny_disk / "appeals" / stored.stored_name).stat().st_size == stored.size
