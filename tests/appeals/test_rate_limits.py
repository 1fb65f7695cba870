"""Appeals, messages: beyond the applicant's limit, 429 with Retry-After, and nothing written."""

import pytest
from django.test import Client

from cms.appeals.models import Appeal, Message
from cms.core.security import SecurityEvent

from . import factories
from .test_idempotency import api_payload
from .test_submission import form_data, private_files

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def limit(settings, name, rate):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, name: rate}


def test_the_api_refuses_appeals_beyond_the_limit_before_filing_anything(client_for, applicant, settings):
    limit(settings, "appeal_submit", "2/hour")
    answers = [
        client_for.post("/api/appeals/", api_payload(subject=f"Sual {n}"), content_type="application/json")
        for n in range(3)
    ]
    assert [answer.status_code for answer in answers] == [201, 201, 429]
    refused = answers[2]
    assert refused.json()["detail"] and 0 < int(refused["Retry-After"]) <= 3600
    assert Appeal.objects.filter(filed_by=applicant).count() == 2
    # The limit is the applicant's: another one files as usual.
    other = Client()
    other.force_login(factories.person().user)
    assert other.post("/api/appeals/", api_payload(), content_type="application/json").status_code == 201
    event = SecurityEvent.objects.get(kind="rate_limited")
    assert event.detail["limit"] == "appeal_submit" and event.user_label == f"applicant #{applicant.user.pk}"


def test_the_form_refuses_appeals_beyond_the_limit_and_keeps_what_was_typed(client_for, applicant, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    limit(settings, "appeal_submit", "1/hour")
    assert client_for.post("/en/cabinet/appeals/new/", form_data()).status_code == 302
    refused = client_for.post(
        "/en/cabinet/appeals/new/", form_data(subject="Second appeal", files=[SimpleUploadedFile("a.pdf", PDF)])
    )
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 3600
    text = refused.content.decode()
    assert "Please try again in" in text and 'value="Second appeal"' in text
    assert Appeal.objects.filter(filed_by=applicant).count() == 1
    assert len(private_files(settings)) == 0  # the refused form's file was never stored


def test_messages_beyond_the_limit_are_refused_through_the_api_and_the_page(client_for, applicant, settings):
    limit(settings, "appeal_message", "2/hour")
    appeal = factories.registered(applicant)
    api = f"/api/appeals/{appeal.public_id}/messages"
    page = f"/az/cabinet/appeals/{appeal.public_id}/message/"
    assert client_for.post(api, {"text": "Birinci sual."}, content_type="application/json").status_code == 201
    assert client_for.post(page, {"text": "İkinci sual."}).status_code == 302
    before = Message.objects.filter(appeal=appeal).count()

    refused_api = client_for.post(api, {"text": "Üçüncü."}, content_type="application/json")
    assert refused_api.status_code == 429 and 0 < int(refused_api["Retry-After"]) <= 3600
    refused_page = client_for.post(page, {"text": "Dördüncü."})
    assert refused_page.status_code == 429 and 0 < int(refused_page["Retry-After"]) <= 3600
    text = refused_page.content.decode()
    assert '<html lang="az"' in text and "Həddən artıq çox sorğu" in text
    assert Message.objects.filter(appeal=appeal).count() == before
