"""Editors write and submit; Moderators publish."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Workflow

from cms.guide.models import GuidePage

pytestmark = pytest.mark.django_db


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.az", "x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_editorial_groups_exist_with_their_page_permissions():
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")
    editor_page_perms = {p.permission.codename for p in editors.page_permissions.all()}
    moderator_page_perms = {p.permission.codename for p in moderators.page_permissions.all()}
    assert editor_page_perms == {"add_page", "change_page"}
    assert {"add_page", "change_page", "publish_page"} <= moderator_page_perms


def test_moderation_workflow_applies_to_every_page(demo_content):
    article = GuidePage.objects.live().first()
    workflow = article.get_workflow()
    assert workflow is not None and workflow.active
    assert [task.specific.groups.get().name for task in workflow.tasks] == ["Moderators"]
    assert Workflow.objects.filter(name="Moderators approval").count() == 1


def test_editor_cannot_publish_but_can_edit(demo_content):
    editor = member_of("Editors", "editor")
    article = GuidePage.objects.live().first()
    permissions = article.permissions_for_user(editor)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


def test_moderator_can_publish(demo_content):
    moderator = member_of("Moderators", "moderator")
    article = GuidePage.objects.live().first()
    assert article.permissions_for_user(moderator).can_publish()


def test_editor_publish_attempt_through_the_admin_submits_for_moderation_instead(client, demo_content):
    editor = member_of("Editors", "editor")
    client.force_login(editor)
    article = GuidePage.objects.live().first()
    old_title = article.title_az
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    # An editor's edit form offers no publish action at all …
    assert b'name="action-publish"' not in response.content
    assert b'name="action-submit"' in response.content
    # … and the publish action itself refuses them, leaving the live page untouched.
    article.title_az = "Dəyişdirilmiş başlıq"
    revision = article.save_revision(user=editor)
    with pytest.raises(PublishPermissionError):
        PublishPageRevisionAction(revision, user=editor).execute()
    article.refresh_from_db()
    assert article.title_az == old_title and article.live


def test_editor_cannot_change_reference_data(client, demo_content):
    editor = member_of("Editors", "editor")
    client.force_login(editor)
    assert client.get("/admin/snippets/guide/taxrate/").status_code == 200
    assert client.get("/admin/snippets/guide/taxrate/add/").status_code in (302, 403)
