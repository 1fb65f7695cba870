"""Hostile input to the appeals API and the e-cabinet forms: 400 or a field error naming the problem.

Run these on PostgreSQL too (DATABASE_URL=postgres://…): a NUL byte reaching the database is an
error there (SQLite stores it), so only there does a missed check show as a server error.
"""

import json

import pytest
from django.test import Client

from cms.appeals.models import Appeal, OutboxMessage

from . import factories
from .test_enquiries_and_reports import _clear_rate_limit, enquiry_data  # noqa: F401  (the fixture clears the limit)
from .test_idempotency import api_payload
from .test_submission import form_data

pytestmark = pytest.mark.django_db

TEXT_FIELDS = [
    "body",
    "kind",
    "category",
    "subject",
    "text",
    "answer_language",
    "contact_email",
    "entity_voen",
    "client_token",
]


def post_json(client, path, payload):
    return client.post(path, json.dumps(payload), content_type="application/json")


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_a_nul_byte_in_any_text_field_of_the_api_is_a_400_naming_the_field(client_for, field):
    response = post_json(client_for, "/api/appeals/", api_payload(**{field: "ab\x00cd"}))
    assert response.status_code == 400, response.content[:300]
    data = response.json()
    assert field in data["detail"] and "NUL" in data["detail"]
    assert Appeal.objects.count() == 0


@pytest.mark.parametrize("value", ["a\x07b", "a\x1bb", "a\x7fb", "a\x85b", "\ud800"])
def test_control_characters_and_lone_surrogates_are_refused_by_the_api(client_for, value):
    response = client_for.post("/api/appeals/", json.dumps(api_payload(text=value)), content_type="application/json")
    assert response.status_code == 400
    assert "text" in response.json()["detail"]


def test_a_multi_line_text_keeps_tabs_and_line_breaks_a_subject_does_not(client_for):
    ok = post_json(client_for, "/api/appeals/", api_payload(text="Birinci sətir\n\tİkinci sətir\r\nÜçüncü"))
    assert ok.status_code == 201
    refused = post_json(client_for, "/api/appeals/", api_payload(subject="İki\nsətir"))
    assert refused.status_code == 400 and "subject" in refused.json()["detail"]


def test_a_nul_byte_in_a_message_is_a_400(client_for, applicant):
    appeal = factories.registered(applicant)
    response = post_json(client_for, f"/api/appeals/{appeal.public_id}/messages", {"text": "sual\x00"})
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]


@pytest.mark.parametrize(
    "email, fragment",
    [
        ("x\r\nBcc: victim@example.com", "contact_email"),
        ("a" * 250 + "@example.az", "254"),
        ("not-an-address", "contact_email"),
        ("aysel@example.az\x00", "NUL"),
    ],
    ids=["header-injection", "over-254", "no-at-sign", "nul"],
)
def test_the_api_checks_the_contact_email(client_for, email, fragment):
    response = post_json(client_for, "/api/appeals/", api_payload(contact_email=email))
    assert response.status_code == 400
    assert fragment in response.json()["detail"]
    assert Appeal.objects.count() == 0 and OutboxMessage.objects.count() == 0


@pytest.mark.parametrize("client_kind", ["signed-in", "anonymous"])
def test_a_multipart_post_without_a_boundary_is_a_400(applicant, client_kind):
    client = Client(enforce_csrf_checks=True)
    if client_kind == "signed-in":
        client.force_login(applicant.user)
    response = client.generic(
        "POST", "/api/appeals/", b"--x\r\n", content_type="multipart/form-data", headers={"Accept-Language": "en"}
    )
    assert response.status_code == 400
    assert "form data" in response.json()["detail"]
    # The same for a form page.
    page = client.generic("POST", "/en/enquiry/", b"--x\r\n", content_type="multipart/form-data; boundary=")
    assert page.status_code == 400


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"subject": "ƏDV\x00"}, "NUL byte"),
        ({"text": "Mətn\x1b[31m"}, "control character (U+001B)"),
        ({"contact_email": "x\r\nBcc: victim@example.com"}, "Enter a valid email address."),
        ({"contact_email": "a" * 250 + "@example.az"}, "254"),
    ],
    ids=["nul-subject", "escape-in-text", "header-injection", "long-email"],
)
def test_the_e_cabinet_form_names_the_problem(client_for, overrides, message):
    response = client_for.post("/en/cabinet/appeals/new/", form_data(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Appeal.objects.count() == 0


def test_a_nul_byte_in_a_message_from_the_e_cabinet_is_refused(client_for, applicant):
    appeal = factories.registered(applicant)
    response = client_for.post(f"/en/cabinet/appeals/{appeal.public_id}/message/", {"text": "sual\x00"}, follow=True)
    assert "NUL byte" in response.content.decode()
    assert not appeal.messages.filter(text__contains="sual").exists()


@pytest.mark.parametrize("field", ["name", "company", "country", "text", "email"])
def test_the_enquiry_form_refuses_a_nul_byte_in_any_field(field):
    response = Client().post("/en/enquiry/", enquiry_data(**{field: "Maria\x00Rossi"}))
    assert response.status_code in (200, 400)
    assert "NUL" in response.content.decode() or "valid email" in response.content.decode(), response.content.decode()[
        :2000
    ]
    from cms.appeals.models import PendingEnquiry

    assert PendingEnquiry.objects.count() == 0
