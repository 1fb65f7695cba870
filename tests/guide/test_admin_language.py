"""An editor whose admin speaks English or Russian works on pages written only in Azerbaijani.

The admin's language is the editor's own preference; the content's default language is az. Saving,
publishing, moderating, copying, moving, reverting and previewing must read and validate the
Azerbaijani version (the one that must be complete), never the admin language's empty version.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from cms.guide.models import GuidePage, TopicPage

pytestmark = pytest.mark.django_db
ADMIN_LANGUAGES = ["az", "en", "ru"]


def editor_client(client, language, group=None):
    model = get_user_model()
    if group:
        user = model.objects.create_user(
            f"{group.lower()}-{language}", f"{group.lower()}@example.az", "x", is_staff=True
        )
        user.groups.add(Group.objects.get(name=group))
    else:
        user = model.objects.create_superuser(f"root-{language}", "root@example.az", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def article_form(title="Sınaq məqaləsi", slug="sinaq-meqalesi", **overrides):
    data = {
        "title_az": title,
        "slug_az": slug,
        "summary_az": "Qısa xülasə.",
        "body_az": streamfield([("text", rich_text("<p>Mətn.</p>"))]),
        "title_en": "",
        "slug_en": "",
        "summary_en": "",
        "body_en": streamfield([]),
        "title_ru": "",
        "slug_ru": "",
        "summary_ru": "",
        "body_ru": streamfield([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def add(client, topic, action, **form):
    return client.post(f"/admin/pages/add/guide/guidepage/{topic.pk}/", {**article_form(**form), action: "1"})


@pytest.fixture
def topic(demo_content):
    return TopicPage.objects.get(topic_key="taxation")


def created(topic, slug="sinaq-meqalesi"):
    return GuidePage.objects.child_of(topic).get(slug_az=slug)


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_an_azerbaijani_only_article_publishes_whatever_the_admin_language(client, topic, language):
    editor_client(client, language)
    response = add(client, topic, "action-publish")
    assert response.status_code == 302, response
    page = created(topic)
    assert page.live
    assert not any((page.title_en, page.slug_en, page.summary_en, page.title_ru))  # nothing copied into other languages
    assert page.draft_title == "Sınaq məqaləsi"
    assert page.get_latest_revision().object_str == "Sınaq məqaləsi"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_an_azerbaijani_only_draft_saves_and_goes_to_moderation_in_another_admin_language(client, topic, language):
    editor_client(client, language)
    assert add(client, topic, "action-save").status_code == 302  # the default button saves a draft
    page = created(topic)
    assert not page.live and page.draft_title == "Sınaq məqaləsi"

    editor = editor_client(client, language, group="Editors")
    response = editor.post(
        f"/admin/pages/{page.pk}/edit/", {**article_form(summary_az="Yeni xülasə."), "action-submit": "1"}
    )
    assert response.status_code == 302, response
    page.refresh_from_db()
    assert page.current_workflow_state is not None
    assert page.get_latest_revision().as_object().summary_az == "Yeni xülasə."


@pytest.mark.parametrize("language", ["en", "ru"])
def test_two_azerbaijani_only_articles_can_stand_side_by_side(client, topic, language):
    """Their empty English and Russian slugs are not a clash: only filled slugs must be unique."""
    editor_client(client, language)
    assert add(client, topic, "action-publish").status_code == 302
    response = add(client, topic, "action-publish", title="İkinci məqalə", slug="ikinci-meqale")
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert created(topic, "ikinci-meqale").live


def test_a_filled_slug_used_by_a_sibling_is_still_refused_on_its_field(client, topic):
    editor_client(client, "en")
    sibling = GuidePage.objects.child_of(topic).live().exclude(slug_ru="").first()
    response = add(
        client,
        topic,
        "action-publish",
        slug_ru=sibling.slug_ru,
        title_ru="Статья",
        summary_ru="Кратко.",
        body_ru=streamfield([("text", rich_text("<p>Текст.</p>"))]),
    )
    assert response.status_code == 200
    assert "slug_ru" in response.context["form"].errors


@pytest.mark.parametrize("language", ["en", "ru"])
def test_an_azerbaijani_only_article_can_be_edited_reverted_previewed_copied_and_moved(client, topic, language):
    editor_client(client, language)
    assert add(client, topic, "action-publish").status_code == 302
    page = created(topic)
    first_revision = page.get_latest_revision()
    edit = client.post(
        f"/admin/pages/{page.pk}/edit/", {**article_form(summary_az="İkinci xülasə."), "action-publish": "1"}
    )
    assert edit.status_code == 302
    page.refresh_from_db()
    assert page.summary_az == "İkinci xülasə."

    # Revert to the first revision: the edit form opens with it and publishes it.
    assert client.get(f"/admin/pages/{page.pk}/revisions/{first_revision.pk}/revert/").status_code == 200
    revert = client.post(
        f"/admin/pages/{page.pk}/edit/", {**article_form(), "revision": first_revision.pk, "action-publish": "1"}
    )
    assert revert.status_code == 302
    page.refresh_from_db()
    assert page.summary_az == "Qısa xülasə."

    # Preview: the form is checked, then the Azerbaijani version is shown.
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    assert client.post(preview_url, article_form(summary_az="Önbaxış xülasəsi.")).json() == {
        "is_valid": True,
        "is_available": True,
    }
    shown = client.get(preview_url, {"mode": "az"})
    assert shown.status_code == 200 and "Önbaxış xülasəsi." in shown.content.decode()

    # Copy under the same topic with a new Azerbaijani title and slug only.
    copy = client.post(
        f"/admin/pages/{page.pk}/copy/",
        {
            "new_title_az": "Məqalənin surəti",
            "new_slug_az": "meqalenin-sureti",
            "new_title_en": "",
            "new_slug_en": "",
            "new_title_ru": "",
            "new_slug_ru": "",
            "new_parent_page": topic.pk,
            "publish_copies": "on",
        },
    )
    assert copy.status_code == 302, copy.context["form"].errors if copy.context else copy
    assert created(topic, "meqalenin-sureti").title_az == "Məqalənin surəti"

    # Move to another topic that already holds pages without an English or Russian slug.
    other = TopicPage.objects.exclude(pk=topic.pk).first()
    add(client, other, "action-publish", title="Orada olan", slug="orada-olan")
    confirm = client.post(f"/admin/pages/{page.pk}/move/{other.pk}/confirm/")
    assert confirm.status_code == 302
    page.refresh_from_db()
    assert page.get_parent().pk == other.pk
    assert page.url_path_az.endswith("/sinaq-meqalesi/")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_page_names_in_the_admin_fall_back_to_azerbaijani(client, topic, language):
    editor_client(client, language)
    add(client, topic, "action-publish")
    page = created(topic)
    from django.utils import translation

    with translation.override(language):
        assert str(page) == "Sınaq məqaləsi"
        assert Page.objects.get(pk=page.pk).get_admin_display_title() == "Sınaq məqaləsi"
    explorer = client.get(f"/admin/pages/{topic.pk}/")
    assert "Sınaq məqaləsi" in explorer.content.decode()


def test_a_move_that_would_clash_with_a_slug_in_any_language_is_refused(client, topic):
    editor_client(client, "en")
    page = GuidePage.objects.child_of(topic).live().exclude(slug_ru__isnull=True).exclude(slug_ru="").first()
    other = TopicPage.objects.exclude(pk=topic.pk).first()
    add(
        client,
        other,
        "action-publish",
        title="Başqa",
        slug="basqa",
        title_ru="Статья",
        slug_ru=page.slug_ru,
        summary_ru="Кратко.",
        body_ru=streamfield([("text", rich_text("<p>Текст.</p>"))]),
    )
    response = client.post(f"/admin/pages/{page.pk}/move/{other.pk}/confirm/", follow=True)
    page.refresh_from_db()
    assert page.get_parent().pk == topic.pk
    assert page.slug_ru in response.content.decode()


HALF_RUSSIAN = {"title_ru": "Пробная статья", "slug_ru": "probnaya-statya"}
EXPECTED = {
    "en": "Summary (Russian): required, because the version in this language has been started. "
    "Fill it in, or leave every field of this language empty.",
    "ru": "Краткое описание (русский): обязательное поле, так как версия на этом языке уже начата. "
    "Заполните его или оставьте пустыми все поля этого языка.",
    "az": "Qısa məzmun (rus dili): bu dildə versiyaya başlanıldığı üçün mütləqdir. "
    "Sahəni doldurun və ya bu dilin bütün sahələrini boş saxlayın.",
}


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_a_half_done_russian_version_names_the_field_by_its_label_in_the_admin_language(client, topic, language):
    editor_client(client, language)
    response = add(client, topic, "action-publish", **HALF_RUSSIAN)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["summary_ru"] == [EXPECTED[language]]
    assert "body_ru" in errors and not any(name.endswith(("_az", "_en")) for name in errors)
    html = response.content.decode()
    # The message stands in the Russian summary field's own error box …
    field = html[html.index('data-contentpath="summary_ru"') :]
    assert field.index("error-message") < field.index('name="summary_ru"')
    assert EXPECTED[language].split(":")[0] in field[: field.index('name="summary_ru"')]
    # … and the editor's script, which shows the language and lists the errors as links, is there.
    assert 'src="/static/guide/editor-errors.js" data-languages="az en ru"' in html
