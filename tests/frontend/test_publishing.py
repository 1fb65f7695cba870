"""Publishing: a change re-renders what shows it, unpublished pages leave, a failed build changes nothing."""

import json

import pytest
from django.conf import settings

from frontend import build
from frontend.render import Renderer, page_file

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def read(dist, path):
    return (dist / page_file(path)).read_text(encoding="utf-8")


def live_files(dist):
    root = dist.resolve()
    return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()}


def test_publishing_a_change_rewrites_the_page_its_listing_and_the_open_data(
    private_site, django_capture_on_commit_callbacks
):
    from cms.guide.models import ProjectPage

    project = ProjectPage.objects.live().first()
    project.title_en = "Solar park on the Absheron peninsula, second phase"
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()

    page_path = project.translations["en"]["path"]
    assert "<h1>Solar park on the Absheron peninsula, second phase</h1>" in read(private_site, page_path)
    listing = project.get_parent().specific.translations["en"]["path"]
    assert "Solar park on the Absheron peninsula, second phase" in read(private_site, listing)
    assert (
        "Solar park on the Absheron peninsula, second phase"
        in (private_site / "open-data/en/projects.json").read_text()
    )
    # The other languages kept their own titles.
    assert project.title_az in read(private_site, project.translations["az"]["path"])


def test_unpublishing_removes_the_page_from_the_site_the_listing_and_the_sitemaps(
    private_site, django_capture_on_commit_callbacks
):
    from cms.guide.models import GuidePage

    page = GuidePage.objects.live().filter(related_links__isnull=True).first() or GuidePage.objects.live().first()
    paths = {language: version["path"] for language, version in page.translations.items()}
    urls = {language: version["url"] for language, version in page.translations.items()}
    parent_path = page.get_parent().specific.translations["en"]["path"]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    for language, path in paths.items():
        assert not (private_site / page_file(path)).exists()
        assert urls[language] not in (private_site / f"sitemap-{language}.xml").read_text()
    assert f'href="{paths["en"]}"' not in read(private_site, parent_path)
    for html in private_site.resolve().rglob("*.html"):
        assert f'href="{paths["en"]}"' not in html.read_text(encoding="utf-8"), (
            f"{html} still links to the withdrawn page"
        )


def test_a_page_that_loses_a_translation_offers_the_languages_it_exists_in(
    private_site, django_capture_on_commit_callbacks
):
    from cms.guide.models import ServicePage

    service = ServicePage.objects.live().first()
    ru_path = service.translations["ru"]["path"]
    for name in service.translation_required:
        setattr(service, f"{name}_ru", "" if name != "steps" else [])
    with django_capture_on_commit_callbacks(execute=True):
        service.save_revision().publish()

    assert not (private_site / page_file(ru_path)).exists()
    notice = read(private_site, f"/ru/not-translated/{service.pk}/")
    assert '<html lang="ru"' in notice and "Эта страница ещё не переведена" in notice
    assert (
        f'href="{service.translations["en"]["path"]}"' in notice
        and f'href="{service.translations["az"]["path"]}"' in notice
    )
    english = read(private_site, service.translations["en"]["path"])
    assert f'href="/ru/not-translated/{service.pk}/"' in english
    assert 'hreflang="ru"' not in english.split("</head>")[0]


def test_a_build_that_fails_half_way_leaves_the_live_site_exactly_as_it_was(private_site, monkeypatch):
    before = live_files(private_site)
    live = private_site.resolve()
    rendered = []
    original = Renderer.render_page

    def render_then_fail(self, page_id, language, page=None):
        rendered.append(page_id)
        if len(rendered) > 20:
            raise RuntimeError("disk full")
        return original(self, page_id, language, page)

    monkeypatch.setattr(Renderer, "render_page", render_then_fail)
    with pytest.raises(RuntimeError, match="disk full"):
        build.full_build(private_site)

    assert private_site.resolve() == live
    assert live_files(private_site) == before
    assert [path.name for path in build.builds_root(private_site).iterdir() if path.is_dir()] == ["copy"]


def test_a_full_build_swaps_the_new_site_in_and_keeps_the_previous_one(private_site):
    previous = private_site.resolve()
    new = build.full_build(private_site)
    assert private_site.is_symlink() and private_site.resolve() == new != previous
    assert previous.exists()
    assert (new / "az/index.html").is_file()


def test_a_site_built_by_other_code_is_built_whole_on_the_next_change(private_site, caplog):
    """After a deployment, the live build was made by the code before it (its saved content may
    lack a field the templates now read): a publish then builds everything, not a piece."""
    previous = private_site.resolve()
    assert build.built_by_this_code(previous)
    (previous / build.CODE_FILE).write_text("the code of an earlier deployment")
    (previous / "az/index.html").write_text("stale")
    with caplog.at_level("INFO", logger="frontend.build"):
        touched = build.update([1])
    new = private_site.resolve()
    assert new != previous and build.built_by_this_code(new)
    assert "az/index.html" in touched and (new / "az/index.html").read_text() != "stale"
    assert "made by other code" in caplog.text
    # The next change is an ordinary update again, in the same build.
    from cms.guide.models import GuidePage

    build.update([GuidePage.objects.live().first().pk])
    assert private_site.resolve() == new


def test_changes_before_the_first_build_touch_nothing(tmp_path, settings):
    settings.DIST_DIR = tmp_path / "dist"
    assert build.update([1]) == set()
    assert not (tmp_path / "dist").exists()


# Rendering less: what a publish re-renders, and proof that it is all that changes ----------------


def vat_article():
    from cms.guide.models import GuidePage

    return GuidePage.objects.get(slug_en="value-added-tax")


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def publish_with_plan(page, capture, monkeypatch):
    plans = []
    original = build.update
    monkeypatch.setattr(build, "update", lambda *args, **kwargs: original(*args, plan_out=plans, **kwargs))
    publish(page, capture)
    return plans[-1]


def assert_same_as_a_full_build(private_site, tmp_path):
    """The live build, updated in place, holds exactly the files a full build of the same content makes."""
    fresh = build.full_build(tmp_path / "fresh" / "dist")
    updated, full = live_files(private_site), live_files(fresh.parent.parent / "dist")
    updated.pop(build.STATE_FILE), full.pop(build.STATE_FILE), updated.pop(build.LAST_UPDATE_FILE)
    assert sorted(updated) == sorted(full)
    differing = [name for name in full if updated[name] != full[name]]
    assert differing == [], f"stale after the update: {differing[:10]}"


def test_a_sentence_changed_in_the_vat_article_re_renders_that_page_alone(
    private_site, django_capture_on_commit_callbacks, monkeypatch, tmp_path
):
    article = vat_article()
    blocks = [dict(block) for block in article.body_en.raw_data]
    text = next(block for block in blocks if block["type"] == "text")
    text["value"] = text["value"].replace("</p>", " Rates are reviewed every year.</p>", 1)
    article.body_en = blocks
    plan = publish_with_plan(article, django_capture_on_commit_callbacks, monkeypatch)

    assert plan.reasons == {page_file(article.translations["en"]["path"]): "the page changed (en)"}
    report = json.loads((private_site / build.LAST_UPDATE_FILE).read_text(encoding="utf-8"))
    assert report["files"] == plan.reasons and report["replaced"] == list(plan.reasons)
    assert "Rates are reviewed every year." in read(private_site, article.translations["en"]["path"])
    assert_same_as_a_full_build(private_site, tmp_path)


def test_a_new_title_and_summary_reach_the_listing_links_and_breadcrumbs_and_nothing_else_is_stale(
    private_site, django_capture_on_commit_callbacks, monkeypatch, tmp_path
):
    article = vat_article()
    article.title_ru = "НДС: ставки и регистрация"
    article.summary_ru = "Ставка 18 %, экспорт облагается по нулевой ставке."
    plan = publish_with_plan(article, django_capture_on_commit_callbacks, monkeypatch)

    topic_file = page_file(article.get_parent().specific.translations["ru"]["path"])
    assert plan.reasons[topic_file] == "lists 'НДС: ставки и регистрация'"
    # In Azerbaijani and English only the article itself (its language switcher names the Russian title).
    own = {page_file(article.translations[language]["path"]) for language in ("az", "en")}
    assert {name for name in plan.reasons if name.startswith(("az/", "en/"))} == own, plan.reasons
    assert "sitemap-ru.xml" not in plan.reasons and "navigation.json" not in plan.reasons
    assert "НДС: ставки и регистрация" in read(private_site, article.get_parent().specific.translations["ru"]["path"])
    assert_same_as_a_full_build(private_site, tmp_path)


def test_a_section_renamed_and_moved_to_a_new_slug_updates_every_page_that_shows_it(
    private_site, django_capture_on_commit_callbacks, tmp_path
):
    from cms.guide.models import TopicPage

    topic = TopicPage.objects.get(topic_key="taxation")
    topic.title_en = "Taxes"
    topic.slug_en = "taxes"
    publish(topic, django_capture_on_commit_callbacks)
    assert "/en/investors-guide/taxes/value-added-tax/" in read(private_site, "/en/investors-guide/taxes/")
    assert_same_as_a_full_build(private_site, tmp_path)


def test_a_project_withdrawn_leaves_the_listings_the_sector_pages_and_the_open_data(
    private_site, django_capture_on_commit_callbacks, tmp_path
):
    from cms.guide.models import ProjectPage

    project = ProjectPage.objects.live().first()
    with django_capture_on_commit_callbacks(execute=True):
        project.unpublish()
    listed = json.loads((private_site / "open-data/en/projects.json").read_text(encoding="utf-8"))
    assert project.pk not in [item["id"] for item in (listed if isinstance(listed, list) else listed["items"])]
    assert_same_as_a_full_build(private_site, tmp_path)
