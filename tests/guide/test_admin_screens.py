"""Every editor-facing screen of the guide opens: page editors of each type, previews and snippet lists."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from cms.guide import models as guide

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    guide.HomePage,
    guide.GuideIndexPage,
    guide.TopicPage,
    guide.GuidePage,
    guide.IncentiveIndexPage,
    guide.IncentivePage,
    guide.SectorIndexPage,
    guide.PrioritySectorPage,
    guide.ProjectIndexPage,
    guide.ProjectPage,
    guide.ServiceIndexPage,
    guide.ServicePage,
    guide.ProcedurePage,
]


@pytest.fixture
def admin_client(client, demo_content):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.az", "x"))
    return client


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_edit_screen_of_each_page_type_shows_every_language(admin_client, page_type):
    page = page_type.objects.first()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    content = response.content.decode()
    for language in ("az", "en", "ru"):
        assert f'name="title_{language}"' in content
    for name in page_type.translation_required:
        if name not in ("title", "slug"):
            # Plain fields render as inputs; StreamFields as a panel named after the field.
            assert any(marker in content for marker in (f'name="{name}_ru"', f"{name}_ru-section")), name


def test_an_editor_can_start_a_procedure_in_a_topic(admin_client):
    topic = guide.TopicPage.objects.get(topic_key="company-setup")
    response = admin_client.get(f"/admin/pages/add/guide/procedurepage/{topic.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    for language in ("az", "en", "ru"):
        assert f"steps_{language}-section" in content or f'name="steps_{language}' in content


@pytest.mark.parametrize("snippet", ["taxrate", "legalact", "sector", "region", "institution"])
def test_reference_data_lists_and_forms_open(admin_client, snippet):
    assert admin_client.get(f"/admin/snippets/guide/{snippet}/").status_code == 200
    assert admin_client.get(f"/admin/snippets/guide/{snippet}/add/").status_code == 200


def test_page_explorer_lists_the_guide(admin_client):
    home = guide.HomePage.objects.get()
    response = admin_client.get(f"/admin/pages/{home.pk}/")
    assert response.status_code == 200
    children = Page.objects.child_of(home)
    assert children.count() == 5
    # The explorer shows each section, linked to its own listing.
    content = response.content.decode()
    for child in children:
        assert f'href="/admin/pages/{child.pk}/"' in content, child.title
