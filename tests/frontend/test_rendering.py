"""Rendering: safe rich text, optional fields, the shared base template and the editors' preview."""

import json

import pytest
from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from frontend.build import page_files
from frontend.render import Renderer, page_file
from frontend.richtext import clean_html
from frontend.site import SiteContent
from frontend.source import ContentReader, InProcessSource

pytestmark = pytest.mark.django_db
ATTACK = (
    '<p>Rates<script>alert("x")</script><img src=x onerror="alert(1)">'
    '<a href="javascript:alert(2)" onclick="alert(3)">click</a><iframe src="https://evil.example"></iframe></p>'
)


def test_rich_text_keeps_its_markup_and_loses_every_script():
    html = str(clean_html(ATTACK + "<h2>Who pays</h2><ul><li><b>bold</b></li></ul>"))
    assert '<h2 id="h-who-pays">Who pays</h2><ul><li><b>bold</b></li></ul>' in html
    for forbidden in ("<script", "alert(", "onerror", "onclick", "javascript:", "<iframe", "<img"):
        assert forbidden not in html


def test_rich_text_headings_get_ids_from_their_words_in_every_alphabet():
    html = str(clean_html("<h2>Kim ödəyir?</h2><p>x</p><h3>Кто <b>платит</b></h3><h2></h2>"))
    assert '<h2 id="h-kim-ödəyir">Kim ödəyir?</h2>' in html
    assert '<h3 id="h-кто-платит">Кто <b>платит</b></h3>' in html
    assert "<h2></h2>" in html  # no words, no id


def test_internal_links_lead_to_the_page_in_the_language_being_read():
    html = str(
        clean_html(
            '<p><a linktype="page" id="7">VAT</a> and <a linktype="page" id="8">gone</a></p>',
            lambda page_id: "/en/investors-guide/taxation/vat/" if page_id == 7 else None,
        )
    )
    assert html == '<p><a href="/en/investors-guide/taxation/vat/">VAT</a> and gone</p>'


def _render_new_page(page):
    """Publishes `page` and renders it from the API, as the builder would."""
    reader = ContentReader(InProcessSource())
    versions = {language: reader.page(language, page.pk) for language in ("az", "en", "ru")}
    content = SiteContent.read(reader, ["az", "en", "ru"])
    content.set_page(page.pk, {language: data for language, data in versions.items() if data})
    return page_files(Renderer(content), page.pk)


def test_a_page_with_its_optional_fields_empty_renders(demo_content):
    from cms.guide.models import IncentiveIndexPage, IncentivePage

    index = IncentiveIndexPage.objects.get()
    page = IncentivePage(
        title_az="Sadə güzəşt",
        slug_az="sade-guzest",
        summary_az="Qısa izah.",
        issuing_body_az="İqtisadiyyat Nazirliyi",
        how_to_apply_az="<p>Müraciət edin.</p>",
        benefits_az=[
            {"type": "benefit", "value": {"title": "Vergi güzəşti", "description": "", "duration_years": None}}
        ],
    )
    index.add_child(instance=page)
    page.save_revision().publish()

    files = _render_new_page(page)
    html = files[page_file(page.translations["az"]["path"])].decode()
    assert "<h1>Sadə güzəşt</h1>" in html and "Vergi güzəşti" in html
    assert "Minimal hədd yoxdur" in html  # no minimum investment
    assert "Son yoxlama tarixi" not in html  # never reviewed: no date shown
    assert files[page_file(f"/en/not-translated/{page.pk}/")].decode().count("Sadə güzəşt") >= 1


def test_script_in_a_published_article_is_not_in_the_page(demo_content):
    from cms.guide.models import GuidePage, TopicPage

    topic = TopicPage.objects.first()
    page = GuidePage(
        title_az="Sınaq", slug_az="sinaq", summary_az="Sınaq.", body_az=[{"type": "text", "value": ATTACK}]
    )
    topic.add_child(instance=page)
    page.save_revision().publish()

    html = _render_new_page(page)[page_file(page.translations["az"]["path"])].decode()
    body = html.split("<article>")[1].split("</article>")[0]
    assert "Rates" in body
    for forbidden in ("<script", "onerror", "onclick", "javascript:", "<iframe"):
        assert forbidden not in body


def test_base_template_renders_for_a_dynamic_page_with_only_a_language(built_site, settings):
    settings.DIST_DIR = built_site
    template = engines["jinja2"].get_template("base.html")
    with translation.override("ru"):  # as LocaleMiddleware does for /ru/ paths
        html = template.render({"language": "ru"})
    assert '<html lang="ru"' in html and 'action="/ru/search/"' in html
    assert "Перейти к основному содержанию" in html
    menu = json.loads((built_site / "navigation.json").read_text(encoding="utf-8"))["ru"]
    assert len(menu) == 5 and all(f'href="{item["path"]}"' in html for item in menu)
    with translation.override("en"):
        html = template.render(
            {
                "language": "en",
                "page_title": "Search",
                "alternates": {"az": "/az/search/", "en": "/en/search/", "ru": "/ru/search/"},
            }
        )
    assert "<title>Search — Invest in Azerbaijan</title>" in html
    assert '<link rel="alternate" hreflang="az" href="/az/search/">' in html
    assert 'href="/az/search/" hreflang="az"' in html


def test_base_template_menu_comes_from_the_last_build(built_site, settings):
    settings.DIST_DIR = built_site
    html = engines["jinja2"].get_template("base.html").render({"language": "en"})
    assert 'href="/en/investment-projects/"' in html


def test_editors_preview_uses_the_public_templates_for_each_language(built_site, settings, demo_content):
    from cms.guide.models import GuidePage

    settings.DIST_DIR = built_site
    page = GuidePage.objects.live().first().specific
    page.title_en = "Draft: corporate profit tax"
    response = page.serve_preview(RequestFactory().get("/"), "en")
    html = response.content.decode()
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    assert "<h1>Draft: corporate profit tax</h1>" in html and '<html lang="en"' in html
    assert 'class="skip-link"' in html and 'aria-label="Breadcrumbs"' in html
    assert [code for code, _name in page.preview_modes] == ["az", "en", "ru"]


def test_project_images_are_shown_with_their_description_as_alt_text(demo_content):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from cms.guide.models import ProjectImage, ProjectPage

    project = ProjectPage.objects.live().first()
    image = Image.objects.create(title="Site plan", file=get_test_image_file(size=(1200, 800)))
    project.images.add(
        ProjectImage(
            image=image,
            caption_az="Sənaye parkında tikinti sahəsinin planı",
            caption_en="Plan of the building plot in the park",
            caption_ru="План участка в промышленном парке",
        )
    )
    project.save_revision().publish()

    files = _render_new_page(project)
    html = files[page_file(project.translations["en"]["path"])].decode()
    assert 'alt="Plan of the building plot in the park"' in html
    assert 'width="960" height="640"' in html  # scaled to fit 960×720, never cropped
    ru = files[page_file(project.translations["ru"]["path"])].decode()
    assert 'alt="План участка в промышленном парке"' in ru
