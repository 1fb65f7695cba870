"""The staff's appeal pages as a member of staff meets them: who can be assigned and why nobody,
what the page says after each action, the history in words, the membership form, and the demo's
development admin ready to work."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from wagtail.users.models import UserProfile

from cms.appeals.models import Body, Role, StaffMembership
from cms.appeals.workflow import STAFF_ROLES, TRANSITIONS

from . import factories

pytestmark = pytest.mark.django_db


def client_as(user, language="en"):
    """A signed-in member of staff, with the admin in `language` (their own account setting)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def named(user, first, last):
    user.first_name, user.last_name = first, last
    user.save()
    return user


def flash(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_the_development_admin_holds_memberships_of_both_bodies_and_can_be_assigned(settings):
    settings.DEBUG = True
    call_command("ensure_dev_admin", stdout=io.StringIO())
    call_command("ensure_dev_admin", stdout=io.StringIO())  # running it again changes nothing
    admin = get_user_model().objects.get(username="admin")
    held = set(StaffMembership.objects.filter(user=admin).values_list("body", "role"))
    assert held == {(body, role) for body in Body.values for role in (Role.REGISTRAR, Role.HANDLER, Role.SUPERVISOR)}
    assert {"Appeal registrars", "Appeal handlers", "Appeal supervisors"} <= set(
        admin.groups.values_list("name", flat=True)
    )

    ministry = factories.registered(factories.person())
    azpromo = factories.registered(factories.person(), body=Body.AZPROMO)
    client = client_as(admin)
    inbox = client.get("/admin/appeals/").content.decode()
    assert re.search(rf'<option value="{admin.pk}">[^<]*</option>', inbox)
    assert "Nobody can be assigned" not in inbox
    for appeal in (ministry, azpromo):
        detail = client.get(f"/admin/appeals/{appeal.pk}/").content.decode()
        assert re.search(rf'<select name="assignee"><option value="{admin.pk}"', detail)
        response = client.post(
            f"/admin/appeals/{appeal.pk}/action/", {"action": "assign", "assignee": admin.pk}, follow=True
        )
        assert flash(response) == [f"Appeal {appeal.number} assigned to Demo Administrator."]


def test_assign_with_nobody_to_offer_says_why_and_who_can_add_a_handler():
    appeal = factories.registered(factories.person())
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    factories.staff(Body.AZPROMO, Role.HANDLER)  # a handler of the other body is no help
    inbox = client_as(registrar).get("/admin/appeals/").content.decode()
    assert "Nobody can be assigned yet." in inbox
    assert "Ministry of Economy has none" in inbox
    assert "Ask an appeal supervisor or an administrator to add a staff membership" in inbox
    assert "Assign the selected appeals to" not in inbox  # no empty list of people
    detail = client_as(registrar).get(f"/admin/appeals/{appeal.pk}/").content.decode()
    assert "Nobody can be assigned yet." in detail and '<select name="assignee">' not in detail

    supervisor = factories.staff(Body.MINISTRY, Role.SUPERVISOR)  # may add memberships
    detail = client_as(supervisor).get(f"/admin/appeals/{appeal.pk}/").content.decode()
    assert '<a href="/admin/snippets/appeals/staffmembership/add/">' in detail


def test_after_each_action_staff_are_told_what_happened_to_which_appeal():
    appeal = factories.registered(factories.person())
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    handler = named(factories.staff(Body.MINISTRY, Role.HANDLER), "Nigar", "Əliyeva")
    as_registrar, as_handler = client_as(registrar), client_as(handler)
    url = f"/admin/appeals/{appeal.pk}/action/"
    number = appeal.number

    said = flash(as_registrar.post(url, {"action": "assign", "assignee": handler.pk}, follow=True))
    assert said == [f"Appeal {number} assigned to Nigar Əliyeva."]
    assert flash(as_handler.post(url, {"action": "start_review"}, follow=True)) == [
        f"Review of appeal {number} started."
    ]
    said = flash(as_handler.post(url, {"action": "answer", "comment": "ƏDV 20 gün ərzində qaytarılır."}, follow=True))
    assert said == [f"Appeal {number} answered. The answer has been sent to the applicant."]
    assert not any("Done:" in message for message in said)

    # In Azerbaijani, the same in Azerbaijani.
    other = factories.registered(factories.person())
    said = flash(
        client_as(registrar, "az").post(
            f"/admin/appeals/{other.pk}/action/", {"action": "assign", "assignee": handler.pk}, follow=True
        )
    )
    assert said == [f"{other.number} nömrəli müraciət Nigar Əliyeva icraçısına təyin edildi."]


def test_every_staff_action_has_its_own_message():
    from cms.appeals.admin_views import done_message

    appeal = factories.registered(factories.person())
    buttons = [name for name, t in TRANSITIONS.items() if t.roles & STAFF_ROLES and not t.own_form]
    assert "answer" in buttons and "note" not in buttons  # a note has a form and a message of its own
    with translation.override("en"):
        generic = [name for name in buttons if done_message(name, appeal).startswith(f"Appeal {appeal.number}: ")]
    assert not generic


def test_the_history_names_each_step_and_state_in_words():
    appeal = factories.registered(factories.person())
    supervisor = named(factories.staff(Body.MINISTRY, Role.SUPERVISOR), "Rauf", "Həsənov")
    handler = factories.staff(Body.MINISTRY, Role.HANDLER)
    client = client_as(supervisor)
    url = f"/admin/appeals/{appeal.pk}/action/"
    client.post(url, {"action": "assign", "assignee": handler.pk})
    client.post(url, {"action": "start_review"})
    client.post(f"/admin/appeals/{appeal.pk}/note/", {"text": "Vergi idarəsinə sorğu göndərilib."})
    html = client.get(f"/admin/appeals/{appeal.pk}/").content.decode()
    history = html[html.index("<h2>History</h2>") :]
    cells = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cell)).strip()
        for cell in re.findall(r"<td>(.*?)</td>", history, re.S)
    ]
    rows = [cells[i + 1 : i + 4] for i in range(0, len(cells), 5)]
    assert rows[0][0] == "Appeal sent" and rows[0][2] == "Draft → Submitted"
    assert rows[1][0] == "Appeal registered" and rows[1][1] == "the portal" and rows[1][2] == "Submitted → Registered"
    assert rows[2] == ["Handler assigned", "Rauf Həsənov (Supervisor)", "Registered → Assigned"]
    assert rows[3] == ["Review started", "Rauf Həsənov (Supervisor)", "Assigned → In review"]
    assert rows[4] == ["Internal note added", "Rauf Həsənov (Supervisor)", "—"]
    for code in ("start_review", "in_review", "(supervisor)", "Submitted: Submitted"):
        assert code not in re.sub(r'data-action="[^"]*"', "", history)


def test_bulk_assignment_returns_to_the_inbox_page_it_came_from_and_nowhere_else():
    appeal = factories.registered(factories.person())
    registrar = factories.staff(Body.MINISTRY, Role.REGISTRAR)
    handler = named(factories.staff(Body.MINISTRY, Role.HANDLER), "Nigar", "Əliyeva")
    client = client_as(registrar)
    response = client.post(
        "/admin/appeals/assign/",
        {"appeal": [appeal.pk], "assignee": handler.pk, "next": "/admin/appeals/?kind=application"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/admin/appeals/?kind=application"
    assert flash(response) == ["1 appeal assigned to Nigar Əliyeva."]
    for elsewhere in ("https://evil.example/admin/appeals/", "//evil.example/", "/admin/pages/"):
        response = client.post(
            "/admin/appeals/assign/", {"appeal": [appeal.pk], "assignee": handler.pk, "next": elsewhere}
        )
        assert response["Location"] == "/admin/appeals/"
    # A handler that does not exist is a message, not an error page.
    response = client.post("/admin/appeals/assign/", {"appeal": [appeal.pk], "assignee": "999999"}, follow=True)
    assert response.status_code == 200 and flash(response)[-1] == "Choose the appeals and a handler."


def test_the_membership_form_offers_staff_accounts_only():
    applicant = factories.person()
    provider_account = get_user_model().objects.create_user("dev-idp:citizen", password=None)
    left = get_user_model().objects.create_user("left.staff", is_staff=True, is_active=False)
    old_style = get_user_model().objects.create_user("staff.flag", is_staff=True)
    through_group = get_user_model().objects.create_user("new.handler")
    through_group.groups.add(Group.objects.get(name="Appeal handlers"))
    superuser = get_user_model().objects.create_superuser("root", password="x")
    client = client_as(superuser)
    form = client.get("/admin/snippets/appeals/staffmembership/add/").content.decode()
    select = re.search(r'<select name="user".*?</select>', form, re.S).group(0)
    offered = set(re.findall(r'<option value="(\d+)"', select))
    assert offered == {str(old_style.pk), str(through_group.pk), str(superuser.pk)}
    assert not {str(applicant.user.pk), str(provider_account.pk), str(left.pk)} & offered

    response = client.post(
        "/admin/snippets/appeals/staffmembership/add/", {"user": applicant.user.pk, "body": "MIN", "role": "handler"}
    )
    assert response.status_code == 200 and not StaffMembership.objects.filter(user=applicant.user).exists()
    assert "Select a valid choice" in response.content.decode()
    response = client.post(
        "/admin/snippets/appeals/staffmembership/add/", {"user": through_group.pk, "body": "MIN", "role": "handler"}
    )
    assert (
        response.status_code == 302
        and StaffMembership.objects.filter(user=through_group, body="MIN", role="handler").exists()
    )


def test_every_field_of_the_appeal_page_is_drawn_as_a_field_and_wide_parts_scroll_in_their_own_box():
    """Wagtail draws a box only around inputs that say their type; on a phone the history table and
    the fieldsets must not push the page sideways."""
    appeal = factories.registered(factories.person())
    html = (
        client_as(factories.staff(Body.MINISTRY, Role.SUPERVISOR)).get(f"/admin/appeals/{appeal.pk}/").content.decode()
    )
    forms = "".join(re.findall(r'<form[^>]*class="appeal-action".*?</form>', html, re.S))
    inputs = [tag for tag in re.findall(r"<input\b[^>]*>", forms)]
    assert inputs and all(" type=" in tag for tag in inputs), [tag for tag in inputs if " type=" not in tag]
    assert '<div class="appeals-scroll"><table class="listing">' in html
    assert "min-inline-size: 0" in html
