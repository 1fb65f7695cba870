"""Every appeal URL and API endpoint against every kind of caller.

The appeal is filed by a responsible person with the "submit appeals" right for a legal entity.
Who may do what:

    caller                                   read (page, file, API)   act (message, complaint, API message)
    the filer (owner)                        yes                       yes
    the entity's head                        yes                       yes
    a representative with "read appeals"     yes                       no  → 404
    a representative without appeal rights   no → 404                  no  → 404
    another applicant                        no → 404                  no  → 404
    staff of the other body (AZPROMO)        e-cabinet: sent to sign in; API: 403; admin: 404
    anonymous                                e-cabinet: sent to sign in; API: 401

A refusal never tells whether the appeal exists: the answer for an appeal one may not see is
the same as for an address where there is none.
"""

import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cms.accounts.models import Representation
from cms.appeals.models import Body, Message, Role
from cms.appeals.services import submit

from . import factories
from .test_submission import PDF

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    head = factories.person()
    company = factories.entity(head)
    filer = factories.representative(company, head, submit_right=True)
    reader = factories.representative(company, head, read_right=True)
    no_rights = factories.person()
    Representation.objects.create(entity=company, fin=no_rights.fin, granted_by=head, can_manage_representatives=True)
    appeal = submit(filer, company, factories.appeal_input(), [SimpleUploadedFile("akt.pdf", PDF)])
    return {
        "appeal": appeal,
        "file": appeal.attachments.get(),
        "owner": filer.user,
        "head": head.user,
        "representative_with_right": reader.user,
        "representative_without_right": no_rights.user,
        "another_applicant": factories.person().user,
        "staff_of_the_other_body": factories.staff(Body.AZPROMO, Role.SUPERVISOR),
        "anonymous": None,
    }


def client_as(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def requests_for(appeal_id, file_id):
    page = f"/en/cabinet/appeals/{appeal_id}/"
    return {
        "page": ("get", page, None),
        "file": ("get", f"{page}files/{file_id}/", None),
        "api_detail": ("get", f"/api/appeals/{appeal_id}", None),
        "message": ("post", f"{page}message/", {"text": "Sual"}),
        "complaint": ("post", f"{page}complaint/", {"text": "Şikayət"}),
        "withdraw": ("post", f"{page}withdraw/", {"reason": ""}),
        "api_message": ("post", f"/api/appeals/{appeal_id}/messages", {"text": "Sual"}),
    }


READS = {"page", "file", "api_detail"}
ACTS = {"message", "complaint", "api_message"}

ALLOWED = {
    "owner": READS | ACTS,
    "head": READS | ACTS,
    "representative_with_right": READS,
    "representative_without_right": set(),
    "another_applicant": set(),
    "staff_of_the_other_body": set(),
    "anonymous": set(),
}


def send(client, method, url, data):
    if method == "get":
        return client.get(url)
    if url.startswith("/api/"):
        return client.post(url, json.dumps(data), content_type="application/json")
    return client.post(url, data)


def refusal(response, caller, url) -> str:
    if url.startswith("/api/"):
        return {"anonymous": 401, "staff_of_the_other_body": 403}.get(caller, 404)
    if caller in ("anonymous", "staff_of_the_other_body"):
        return "sign-in"
    return 404


def outcome(response) -> object:
    if response.status_code == 302 and "/sign-on/start/" in response["Location"]:
        return "sign-in"
    return response.status_code


@pytest.mark.parametrize("caller", list(ALLOWED))
def test_only_the_allowed_callers_reach_an_appeal(world, caller):
    appeal = world["appeal"]
    client = client_as(world[caller])
    for name, (method, url, data) in requests_for(appeal.public_id, world["file"].pk).items():
        if name == "withdraw":
            continue  # its effect is final; checked on its own below
        response = send(client, method, url, data)
        if name in ALLOWED[caller]:
            assert response.status_code in (200, 201, 302), (caller, name, response.status_code)
            if response.status_code == 302:
                assert "/sign-on/" not in response["Location"], (caller, name)
        else:
            assert outcome(response) == refusal(response, caller, url), (caller, name, response.status_code)


@pytest.mark.parametrize("caller", [c for c, allowed in ALLOWED.items() if "page" not in allowed])
def test_a_refused_caller_cannot_tell_an_existing_appeal_from_a_missing_one(world, caller):
    client = client_as(world[caller])
    existing = requests_for(world["appeal"].public_id, world["file"].pk)
    missing = requests_for(uuid.uuid4(), 999999)
    for name, (method, url, data) in existing.items():
        real = send(client, method, url, data)
        absent = send(client, missing[name][0], missing[name][1], missing[name][2])
        assert outcome(real) == outcome(absent), (caller, name)
        if real.status_code == 404 and not url.startswith("/api/"):
            assert (
                real.content.replace(str(world["appeal"].public_id).encode(), b"")
                == absent.content.replace(missing[name][1].split("/")[4].encode(), b"").replace(
                    b"999999", str(world["file"].pk).encode()
                )
                or b"akt.pdf" not in real.content
            )


def test_nothing_was_written_by_refused_callers(world):
    appeal = world["appeal"]
    for caller in ("representative_with_right", "representative_without_right", "another_applicant", "anonymous"):
        client = client_as(world[caller])
        for _name, (method, url, data) in requests_for(appeal.public_id, world["file"].pk).items():
            if method == "post":
                send(client, method, url, data)
    appeal.refresh_from_db()
    assert appeal.status == "registered"
    assert appeal.messages.filter(kind__in=[Message.Kind.APPLICANT, Message.Kind.HANDLING_COMPLAINT]).count() == 0


def test_withdrawal_only_by_those_who_may_act(world):
    appeal = world["appeal"]
    url = f"/en/cabinet/appeals/{appeal.public_id}/withdraw/"
    assert client_as(world["representative_with_right"]).post(url).status_code == 404
    assert client_as(world["another_applicant"]).post(url).status_code == 404
    assert client_as(world["owner"]).post(url).status_code == 302
    appeal.refresh_from_db()
    assert appeal.status == "withdrawn"


def test_a_revoked_right_is_gone_at_the_next_request(world):
    appeal = world["appeal"]
    reader = world["representative_with_right"]
    client = client_as(reader)
    url = f"/en/cabinet/appeals/{appeal.public_id}/"
    assert client.get(url).status_code == 200
    Representation.objects.filter(fin=reader.applicant.fin).update(revoked_at="2026-01-01T00:00:00Z")
    assert client.get(url).status_code == 404


def test_staff_see_their_own_body_only_in_the_admin(world):
    appeal = world["appeal"]
    url = f"/admin/appeals/{appeal.pk}/"
    assert client_as(world["staff_of_the_other_body"]).get(url).status_code == 404
    assert (
        client_as(world["staff_of_the_other_body"])
        .get(f"/admin/appeals/{appeal.pk}/files/{world['file'].pk}/")
        .status_code
        == 404
    )
    ministry = factories.staff(Body.MINISTRY, Role.HANDLER)
    assert client_as(ministry).get(url).status_code == 200
    assert client_as(ministry).get(f"/admin/appeals/{appeal.pk}/files/{world['file'].pk}/").status_code == 200
    # Applicants never enter the admin.
    assert client_as(world["owner"]).get(url).status_code == 403


def test_a_representative_without_the_submit_right_cannot_file_for_the_entity(world):
    reader = world["representative_with_right"]
    client = client_as(reader)
    session = client.session
    session["acting_for_voen"] = world["appeal"].entity.voen
    session.save()
    assert client.get("/en/cabinet/appeals/new/").status_code == 403
    response = client.post(
        "/api/appeals/",
        json.dumps(
            {
                "body": "MIN",
                "kind": "application",
                "category": "taxation",
                "subject": "S",
                "text": "T",
                "consent": True,
                "entity_voen": world["appeal"].entity.voen,
            }
        ),
        content_type="application/json",
    )
    assert response.status_code == 403


def test_the_api_lists_and_creates_for_the_signed_in_applicant(world):
    owner = client_as(world["owner"])
    voen = world["appeal"].entity.voen
    listed = owner.get(f"/api/appeals/?entity_voen={voen}").json()
    assert [item["number"] for item in listed] == [world["appeal"].number]
    assert owner.get("/api/appeals/").json() == []  # nothing in the person's own name

    created = owner.post(
        "/api/appeals/",
        json.dumps(
            {
                "body": "AZP",
                "kind": "information",
                "category": "customs",
                "subject": "Gömrük",
                "text": "Sual",
                "consent": True,
                "answer_language": "en",
            }
        ),
        content_type="application/json",
    )
    assert created.status_code == 201
    assert created.json()["number"].startswith("AZP-")
    bad = owner.post(
        "/api/appeals/",
        json.dumps(
            {"body": "AZP", "kind": "information", "category": "customs", "subject": "", "text": "", "consent": False}
        ),
        content_type="application/json",
    )
    assert bad.status_code == 400
    assert set(bad.json()["errors"]) >= {"subject", "text", "consent"}
    assert "/api/appeals/" in json.dumps(Client().get("/api/openapi.json").json()["paths"])
