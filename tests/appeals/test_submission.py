"""Submitting through the e-cabinet: the acknowledgement, drafts, and bad input refused whole."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.appeals.models import Appeal, Attachment, Body, Message, OutboxMessage, Status

from . import factories

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    + b"\x00" * 32
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def form_data(**overrides):
    data = {
        "body": Body.MINISTRY, "kind": "application", "category": factories.category().pk,
        "subject": "ƏDV qaytarılması", "text": "Əlavə dəyər vergisinin qaytarılması barədə.",
        "answer_language": "az", "contact_email": "aysel@example.az", "consent": "on", "action": "submit",
    }  # fmt: skip
    data.update(overrides)
    return data


def private_files(settings):
    root = settings.APPEALS_PRIVATE_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_a_submitted_appeal_is_registered_acknowledged_on_screen_and_by_email(
    client_for, applicant, settings, django_capture_on_commit_callbacks
):
    files = [
        SimpleUploadedFile("müqavilə.pdf", PDF),
        SimpleUploadedFile("scan.png", PNG),
        SimpleUploadedFile("cədvəl.docx", docx_bytes()),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for.post("/az/cabinet/appeals/new/", form_data(files=files))
    assert response.status_code == 302
    appeal = Appeal.objects.get(filed_by=applicant)
    assert appeal.status == Status.REGISTERED
    assert appeal.number.startswith("MIN-")
    assert sorted(appeal.attachments.values_list("name", "content_type")) == [
        ("cədvəl.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("müqavilə.pdf", "application/pdf"),
        ("scan.png", "image/png"),
    ]
    # Stored outside MEDIA, under random names.
    stored = private_files(settings)
    assert len(stored) == 3 and all(str(settings.APPEALS_PRIVATE_ROOT) in str(p) for p in stored)
    assert not any(str(settings.MEDIA_ROOT) in str(p) for p in stored)

    page = client_for.get(response["Location"])
    text = page.content.decode()
    assert appeal.number in text
    assert "20" in text and "acknowledgement" in text
    # The acknowledgement left through the outbox (the immediate task backend sends it on commit).
    outbox = OutboxMessage.objects.get(appeal=appeal, to="aysel@example.az")
    assert outbox.sent_at is not None
    assert [m.to for m in mail.outbox] == [["aysel@example.az"]]
    assert appeal.number in mail.outbox[0].subject


def test_a_draft_is_saved_without_a_number_and_submitted_later(client_for, applicant):
    response = client_for.post("/az/cabinet/appeals/new/", form_data(text="", consent="", action="draft"))
    assert response.status_code == 302
    draft = Appeal.objects.get(filed_by=applicant)
    assert (draft.status, draft.number, draft.due_date) == (Status.DRAFT, None, None)
    assert OutboxMessage.objects.count() == 0

    response = client_for.post(f"/az/cabinet/appeals/{draft.public_id}/edit/", form_data())
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.REGISTERED and draft.number


@pytest.mark.parametrize(
    "files, message_part",
    [
        ([SimpleUploadedFile("big.pdf", PDF + b"0" * (2 * 1024 * 1024))], "larger than"),
        ([SimpleUploadedFile(f"f{i}.pdf", PDF) for i in range(6)], "at most 5"),
        ([SimpleUploadedFile("program.pdf", EXE)], "is not a PDF"),
        ([SimpleUploadedFile("photo.pdf", PNG)], "does not match its name"),
    ],
    ids=["too-large", "too-many", "wrong-type", "content-does-not-match-name"],
)
def test_bad_attachments_are_refused_and_nothing_is_saved(client_for, settings, files, message_part):
    settings.APPEALS_MAX_ATTACHMENT_BYTES = 1024 * 1024
    settings.LANGUAGE_CODE = "en"
    response = client_for.post("/en/cabinet/appeals/new/", form_data(files=files))
    assert response.status_code == 400
    assert message_part in response.content.decode()
    assert Appeal.objects.count() == 0
    assert Attachment.objects.count() == 0
    assert private_files(settings) == []


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"text": "   "}, "This field is required."),
        ({"text": "a" * 100_000}, "At most 20000 characters are allowed; this text has 100000."),
        ({"consent": ""}, "Your consent is needed to consider the appeal."),
    ],
    ids=["empty-text", "hundred-thousand-characters", "no-consent"],
)
def test_invalid_text_is_refused_with_a_clear_error(client_for, overrides, message):
    response = client_for.post("/en/cabinet/appeals/new/", form_data(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Appeal.objects.count() == 0
    assert OutboxMessage.objects.count() == 0


def test_markup_in_the_text_is_kept_as_text_and_shown_escaped(client_for, applicant):
    markup = '<script>alert("x")</script><b>qalın</b>'
    client_for.post("/en/cabinet/appeals/new/", form_data(text=markup, subject="<i>Mövzu</i>"))
    appeal = Appeal.objects.get(filed_by=applicant)
    assert appeal.text == markup
    page = client_for.get(f"/en/cabinet/appeals/{appeal.public_id}/").content.decode()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;b&gt;qalın&lt;/b&gt;" in page
    assert "<script>alert" not in page
    assert "&lt;i&gt;Mövzu&lt;/i&gt;" in page


def test_a_file_failure_after_the_first_file_leaves_no_appeal_and_no_files(client_for, settings):
    files = [SimpleUploadedFile("good.pdf", PDF), SimpleUploadedFile("bad.docx", EXE)]
    response = client_for.post("/en/cabinet/appeals/new/", form_data(files=files))
    assert response.status_code == 400
    assert Appeal.objects.count() == 0
    assert private_files(settings) == []


def test_the_applicant_follows_up_complains_rates_and_sees_no_internal_notes(client_for, applicant):
    from cms.appeals.staff import act, add_note

    appeal = factories.registered(applicant)
    registrar = factories.staff(Body.MINISTRY, "registrar")
    handler = factories.staff(Body.MINISTRY, "handler")
    supervisor = factories.staff(Body.MINISTRY, "supervisor")
    act(registrar, appeal, "assign", assignee=handler)
    add_note(handler, appeal, "Daxili qeyd: vergi şöbəsi ilə razılaşdırmaq.")
    base = f"/en/cabinet/appeals/{appeal.public_id}/"

    assert client_for.post(base + "message/", {"text": "Əlavə sual."}).status_code == 302
    assert client_for.post(base + "complaint/", {"text": "Cavab gecikir."}).status_code == 302
    assert OutboxMessage.objects.filter(to=supervisor.email, subject__contains=appeal.number).exists()

    act(handler, appeal, "start_review")
    act(handler, appeal, "answer", comment="Cavabımız budur.")
    assert client_for.post(base + "rate/", {"rating": "4", "comment": "Faydalı idi."}).status_code == 302
    appeal.refresh_from_db()
    assert appeal.rating == 4

    page = client_for.get(base).content.decode()
    assert "Əlavə sual." in page and "Cavabımız budur." in page
    assert "Daxili qeyd" not in page
    assert "assign" not in [e for e in page.split('data-action="')[1:] if e.startswith("assign")]
    assert appeal.messages.filter(kind=Message.Kind.NOTE).count() == 1


def test_the_dashboard_links_to_the_appeals(client_for):
    page = client_for.get("/en/cabinet/").content.decode()
    assert 'href="/en/cabinet/appeals/"' in page and 'href="/en/cabinet/appeals/new/"' in page


def test_a_suggestion_is_stored(client_for, applicant):
    response = client_for.post("/en/cabinet/appeals/suggestion/", {"text": "Mobil tətbiq olsa yaxşı olardı."})
    assert response.status_code == 302
    assert applicant.suggestions.get().text.startswith("Mobil")


def test_the_form_speaks_the_language_of_its_page(client_for):
    """Hints computed from settings are translated when shown, not once at start-up."""
    english = client_for.get("/en/cabinet/appeals/new/", follow=True).content.decode()
    russian = client_for.get("/ru/cabinet/appeals/new/", follow=True).content.decode()
    azerbaijani = client_for.get("/az/cabinet/appeals/new/", follow=True).content.decode()
    assert "At most 20000 characters." in english
    assert "Ən çoxu 20000 simvol." in azerbaijani
    assert "Ən çoxu" not in english
    assert "20000" in russian and "Ən çoxu" not in russian


def test_an_empty_form_names_every_missing_field_at_once(client_for):
    response = client_for.post("/en/cabinet/appeals/new/", {"action": "submit", "answer_language": "en"})
    assert response.status_code == 400
    page = response.content.decode()
    for field in ("body", "category", "text", "consent", "contact_email"):
        wrapper = page.split(f'for="id_{field}', 1)[0].rsplit('<div class="field', 1)[1]
        assert wrapper.startswith(" has-error"), field
    assert "Your consent is needed to consider the appeal." in page
    assert "Give an e-mail address for the acknowledgement and the answer." in page
    assert Appeal.objects.count() == 0


def test_a_form_with_errors_starts_with_a_summary_linking_each_problem_to_its_field(client_for):
    import re

    page = client_for.post("/en/cabinet/appeals/new/", {"action": "submit", "answer_language": "en"}).content.decode()
    summary = re.search(r'<div class="notice error-summary"[^>]*>(.*?)</div>', page, re.S)
    assert summary and page.index("error-summary") < page.index('<div class="field'), "the summary comes first"
    links = re.findall(r'<a href="#(field-[\w-]+)">([^<]+)</a>', summary.group(1))
    assert {target for target, _text in links} >= {
        "field-body",
        "field-category",
        "field-text",
        "field-consent",
        "field-contact_email",
    }
    for target, _text in links:
        assert f'id="{target}"' in page, target  # every link lands on its field
    assert any("Your consent is needed" in text for _target, text in links)
