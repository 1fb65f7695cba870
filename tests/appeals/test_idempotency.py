"""Sending the same form twice (Back and send again, a double click, a retry) files one appeal.

A new appeal form carries its key in its address and in a hidden field; the appeal stores it, and
the database's unique constraint on (person, key) decides, so even two requests at the same moment
file one appeal. The enquiry form and the API (`Idempotency-Key`) work the same way.
"""

import re
from unittest import mock

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from cms.appeals import services
from cms.appeals.models import Appeal, OutboxMessage, PendingEnquiry, Status

from . import factories
from .test_enquiries_and_reports import _clear_rate_limit, enquiry_data  # noqa: F401  (the fixture clears the limit)
from .test_submission import form_data

pytestmark = pytest.mark.django_db


def open_new_form(client, language="az") -> tuple[str, str]:
    """The form's address (with its key) and the key in its hidden field, as a browser gets them."""
    response = client.get(f"/{language}/cabinet/appeals/new/")
    assert response.status_code == 302
    address = response["Location"]
    page = client.get(address).content.decode()
    key = re.search(r'name="submission_key" value="([^"]+)"', page).group(1)
    assert f"form={key}" in address
    return address, key


def test_back_and_send_again_files_one_appeal_and_shows_the_registered_one(client_for, applicant):
    address, key = open_new_form(client_for)
    first = client_for.post(address, form_data(submission_key=key))
    assert first.status_code == 302
    appeal = Appeal.objects.get()
    assert first["Location"].endswith(f"/az/cabinet/appeals/{appeal.public_id}/")

    # Back: the browser asks for the form's address again and gets the same key, with a notice.
    again = client_for.get(address).content.decode()
    assert f'value="{key}"' in again
    assert appeal.number in again

    second = client_for.post(address, form_data(submission_key=key))
    assert second.status_code == 302 and second["Location"] == first["Location"]
    assert Appeal.objects.count() == 1
    assert OutboxMessage.objects.filter(subject__contains=appeal.number).count() == 1
    detail = client_for.get(second["Location"]).content.decode()
    assert "ikinci dəfə qeydə alınmayıb" in detail


def test_a_new_form_gets_a_new_key_so_a_second_appeal_is_still_possible(client_for):
    _address, first_key = open_new_form(client_for)
    _address, second_key = open_new_form(client_for)
    assert first_key != second_key
    client_for.post("/az/cabinet/appeals/new/", form_data(submission_key=first_key))
    client_for.post("/az/cabinet/appeals/new/", form_data(submission_key=second_key, subject="Başqa sual"))
    assert Appeal.objects.count() == 2


def test_a_draft_saved_twice_from_the_same_form_is_one_draft_and_is_sent_once(client_for):
    address, key = open_new_form(client_for)
    for _ in range(2):
        response = client_for.post(address, form_data(submission_key=key, action="draft"))
        assert response.status_code == 302
    draft = Appeal.objects.get()
    assert draft.status == Status.DRAFT
    # Back to the form's first address now opens the draft.
    assert client_for.get(address)["Location"].endswith(f"/{draft.public_id}/edit/")
    edit = f"/az/cabinet/appeals/{draft.public_id}/edit/"
    assert client_for.post(edit, form_data(submission_key=key)).status_code == 302
    # Back to the draft's page, and send again: the registered appeal, not a 404 or a second one.
    assert client_for.get(edit)["Location"].endswith(f"/{draft.public_id}/")
    again = client_for.post(edit, form_data(submission_key=key))
    assert again.status_code == 302 and again["Location"].endswith(f"/{draft.public_id}/")
    assert Appeal.objects.get().status == Status.REGISTERED


def test_a_malformed_key_is_refused_with_a_message_not_an_error(client_for):
    response = client_for.post("/en/cabinet/appeals/new/", form_data(submission_key="<script>"))
    assert response.status_code == 400
    assert "This form has expired" in response.content.decode()
    assert Appeal.objects.count() == 0


def test_the_unique_key_decides_when_two_requests_pass_the_check_at_once(applicant):
    """The second request's look-up ran before the first committed: its insert must still find
    the first appeal rather than file another (on PostgreSQL it waits for the first to commit)."""
    first = services.submit(applicant, None, factories.appeal_input(), key="k" * 32)
    with mock.patch.object(services, "submitted_with", side_effect=[None, first]):
        second = services.submit(applicant, None, factories.appeal_input(), key="k" * 32)
    assert second.pk == first.pk and second.replayed
    assert Appeal.objects.count() == 1


def test_the_database_refuses_a_second_appeal_with_the_same_key(applicant):
    Appeal.objects.create(filed_by=applicant, body="MIN", kind="application", submission_key="same-key-123")
    with pytest.raises(IntegrityError), transaction.atomic():
        Appeal.objects.create(filed_by=applicant, body="MIN", kind="application", submission_key="same-key-123")
    # Other people's keys, and appeals without a key, do not collide.
    Appeal.objects.create(filed_by=factories.person(), body="MIN", kind="application", submission_key="same-key-123")
    Appeal.objects.create(filed_by=applicant, body="MIN", kind="application")
    Appeal.objects.create(filed_by=applicant, body="MIN", kind="application")


def test_the_enquiry_form_sent_twice_stores_one_enquiry_and_sends_one_email():
    client = Client()
    response = client.get("/en/enquiry/")
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    key = re.search(r'name="submission_key" value="([^"]+)"', page).group(1)
    for _ in range(2):
        assert client.post(response["Location"], enquiry_data(submission_key=key)).status_code == 200
    assert PendingEnquiry.objects.count() == 1
    assert OutboxMessage.objects.filter(to="maria@example.it").count() == 1


def api_payload(**overrides):
    payload = {
        "body": "MIN", "kind": "application", "category": "taxation", "subject": "ƏDV", "text": "Sual",
        "consent": True, "contact_email": "aysel@example.az",
    }  # fmt: skip
    payload.update(overrides)
    return payload


def test_the_api_answers_a_repeated_idempotency_key_with_the_same_appeal(client_for):
    headers = {"Idempotency-Key": "mobile-3f2a9c1e"}
    first = client_for.post("/api/appeals/", api_payload(), content_type="application/json", headers=headers)
    second = client_for.post("/api/appeals/", api_payload(), content_type="application/json", headers=headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Appeal.objects.count() == 1
    # The same key for a different appeal is a client's mistake, said as such.
    other = client_for.post(
        "/api/appeals/", api_payload(subject="Başqa"), content_type="application/json", headers=headers
    )
    assert other.status_code == 409
    # A key in the body works too; a malformed one is a 400.
    by_field = client_for.post(
        "/api/appeals/", api_payload(client_token="mobile-77aa11bb"), content_type="application/json"
    )
    again = client_for.post(
        "/api/appeals/", api_payload(client_token="mobile-77aa11bb"), content_type="application/json"
    )
    assert (by_field.status_code, again.status_code) == (201, 200)
    bad = client_for.post(
        "/api/appeals/", api_payload(), content_type="application/json", headers={"Idempotency-Key": "no"}
    )
    assert bad.status_code == 400
    assert Appeal.objects.count() == 2
