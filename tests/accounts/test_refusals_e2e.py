"""Sign-ins that must be refused over real HTTP, with a clear message and nothing created."""

import re

import pytest
from django.contrib.auth import get_user_model

from cms.accounts.models import Person
from cms.core.audit import AuditAction, AuditEntry

pytestmark = pytest.mark.django_db(transaction=True)


def applicants():
    return get_user_model().objects.filter(username__startswith="applicant:").count(), Person.objects.count()


def callback_url_for(browser, identity="citizen"):
    """Runs the flow up to the provider's redirect back to the portal, without following it."""
    page = browser.open("/cabinet/")
    response = browser.submit(page, form_containing=f'value="{identity}"', allow_redirects=False)
    assert response.status_code == 302  # back to the authorization endpoint
    response = browser.get(browser.base_url + response.headers["Location"], allow_redirects=False)
    assert response.status_code == 302 and "/sign-on/callback/" in response.headers["Location"]
    return response.headers["Location"]


def test_a_forged_state_is_refused_and_nothing_is_created(browser):
    session = browser()
    callback = callback_url_for(session)
    forged = re.sub(r"state=[^&]+", "state=forged-by-an-attacker", callback)
    page = session.get(forged)
    assert page.status_code == 400
    assert 'id="sign-in-error"' in page.text and "yoxlanıla bilmədi" in page.text
    assert applicants() == (0, 0)
    assert AuditEntry.objects.get(action=AuditAction.SIGN_IN_FAILED).detail["reason"] == "state_mismatch"
    # The attempt used up the pending sign-in: even the genuine callback cannot finish it now.
    assert session.get(callback).status_code == 400
    assert applicants() == (0, 0)


def test_a_replayed_callback_is_refused(browser):
    session = browser()
    callback = callback_url_for(session)
    assert session.get(callback).url.endswith("/az/cabinet/")
    assert applicants() == (1, 1)
    replay = session.get(callback)
    assert replay.status_code == 400
    assert 'id="sign-in-error"' in replay.text
    # Replayed from another browser (a stolen link) it fails the same way.
    assert browser().get(callback).status_code == 400
    reasons = list(
        AuditEntry.objects.filter(action=AuditAction.SIGN_IN_FAILED).values_list("detail__reason", flat=True)
    )
    assert reasons == ["no_pending_sign_in", "no_pending_sign_in"]
    assert applicants() == (1, 1)


def test_a_sign_on_without_a_fin_is_refused_and_nothing_is_created(browser, identities):
    data = identities.read()
    citizen = next(item for item in data["identities"] if item["key"] == "citizen")
    del citizen["user"]["pin"]
    identities.write(data)
    page = browser().sign_in("citizen")
    assert page.status_code == 400
    assert "fərdi identifikasiya nömrənizi (FİN) göndərmədi" in page.text
    assert applicants() == (0, 0)
    assert AuditEntry.objects.get(action=AuditAction.SIGN_IN_FAILED).detail["reason"] == "missing_identity"
