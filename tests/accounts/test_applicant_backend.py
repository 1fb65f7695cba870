"""The backend of applicants' sessions: the user and the applicant profile in one read."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.accounts.backends import ApplicantBackend
from tests.appeals import factories

pytestmark = pytest.mark.django_db

BACKEND = "cms.accounts.backends.ApplicantBackend"


def reads_of(client, table: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/az/cabinet/appeals/")
    assert response.status_code == 200
    return [
        q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT") and f'FROM "{table}"' in q["sql"]
    ]


def test_a_session_of_the_sign_on_reads_user_and_profile_in_one_statement():
    person = factories.person(email="aysel@example.az")
    client = Client()
    client.force_login(person.user, backend=BACKEND)
    users = reads_of(client, "auth_user")
    assert len(users) == 1 and '"accounts_person"' in users[0]
    assert reads_of(client, "accounts_person") == []


def test_a_session_opened_before_it_still_signs_the_applicant_in():
    person = factories.person(email="aysel@example.az")
    client = Client()
    client.force_login(person.user, backend="django.contrib.auth.backends.ModelBackend")
    assert len(reads_of(client, "auth_user")) == 1
    assert len(reads_of(client, "accounts_person")) == 1


def test_a_deactivated_user_is_signed_out():
    person = factories.person(email="aysel@example.az")
    client = Client()
    client.force_login(person.user, backend=BACKEND)
    get_user_model().objects.filter(pk=person.user.pk).update(is_active=False)
    response = client.get("/az/cabinet/appeals/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("sign_on:start"))


def test_it_signs_no_one_in_by_password():
    get_user_model().objects.create_user(username="staff-member", password="correct horse battery")
    assert ApplicantBackend().authenticate(None, username="staff-member", password="correct horse battery") is None
