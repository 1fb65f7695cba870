"""/sign-on/start/: no server-side session for an anonymous start, and a limit per address."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from cms.accounts.sso.client import PENDING_COOKIE
from cms.core.security import SecurityEvent

pytestmark = pytest.mark.django_db


def test_anonymous_starts_store_no_session():
    client = Client()
    for _ in range(5):
        response = client.get("/sign-on/start/", {"next": "/en/cabinet/"})
        assert response.status_code == 302 and "/dev-idp/" in response["Location"]
        cookie = response.cookies[PENDING_COOKIE]
        assert cookie["httponly"] and cookie["path"] == "/sign-on/callback/" and int(cookie["max-age"]) > 0
    assert Session.objects.count() == 0
    assert "sessionid" not in client.cookies


@pytest.mark.parametrize(
    "language, words",
    [("az", "Həddən artıq çox sorğu"), ("en", "Too many requests"), ("ru", "Слишком много запросов")],
)
def test_starts_beyond_the_limit_answer_429_in_the_visitors_language(settings, language, words):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sign_on": "2/hour"}
    client = Client(REMOTE_ADDR="192.0.2.44")
    answers = [client.get("/sign-on/start/", {"next": f"/{language}/cabinet/"}) for _ in range(3)]
    assert [answer.status_code for answer in answers] == [302, 302, 429]
    refused = answers[2]
    assert 0 < int(refused["Retry-After"]) <= 3600
    text = refused.content.decode()
    assert f'<html lang="{language}"' in text and words in text
    assert PENDING_COOKIE not in refused.cookies
    assert SecurityEvent.objects.get(kind="rate_limited").detail["limit"] == "sign_on"


def test_a_callback_without_its_pending_sign_in_or_with_a_forged_one_is_an_invalid_token():
    client = Client()
    assert client.get("/sign-on/callback/", {"state": "x", "code": "y"}).status_code == 400
    client.cookies[PENDING_COOKIE] = "eyJzdGF0ZSI6ImZvcmdlZCJ9:forged:signature"
    assert client.get("/sign-on/callback/", {"state": "forged", "code": "y"}).status_code == 400
    reasons = list(SecurityEvent.objects.filter(kind="invalid_token").values_list("detail__reason", flat=True))
    assert sorted(reasons) == ["no_pending_sign_in", "state_mismatch"]
