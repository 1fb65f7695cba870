"""Publishing: a change re-renders what shows it, unpublished pages leave, a failed build changes nothing."""

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


def test_publishing_a_change_rewrites_the_page_its_listing_and_the_open_data(private_site, django_capture_on_commit_callbacks):
    from cms.guide.models import ProjectPage

    project = ProjectPage.objects.live().first()
    project.title_en = "Solar park on the Absheron peninsula, second phase"
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()

    page_path = project.translations["en"]["path"]
    assert "<h1>Solar park on the Absheron peninsula, second phase</h1>" in read(private_site, page_path)
    listing = project.get_parent().specific.translations["en"]["path"]
    assert "Solar park on the Absheron peninsula, second phase" in read(private_site, listing)
    assert "Solar park on the Absheron peninsula, second phase" in (private_site / "open-data/en/projects.json").read_text()
    # The other languages kept their own titles.
    assert project.title_az in read(private_site, project.translations["az"]["path"])


def test_unpublishing_removes_the_page_from_the_site_the_listing_and_the_sitemaps(private_site, django_capture_on_commit_callbacks):
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
        assert f'href="{paths["en"]}"' not in html.read_text(encoding="utf-8"), f"{html} still links to the withdrawn page"


def test_a_page_that_loses_a_translation_offers_the_languages_it_exists_in(private_site, django_capture_on_commit_callbacks):
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
    assert f'href="{service.translations["en"]["path"]}"' in notice and f'href="{service.translations["az"]["path"]}"' in notice
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


def test_changes_before_the_first_build_touch_nothing(tmp_path, settings):
    settings.DIST_DIR = tmp_path / "dist"
    assert build.update([1]) == set()
    assert not (tmp_path / "dist").exists()
