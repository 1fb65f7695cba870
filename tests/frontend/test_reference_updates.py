"""Reference data edits: a tax rate, legal act, sector, region or public body re-renders what shows it, nothing else.

The proof is a comparison with full builds: the files whose bytes a full build of the new content
changes are exactly the files the update rewrote, and exactly the files it rendered at all.
"""

import json
from decimal import Decimal

import pytest
from django.conf import settings

from frontend import build
from frontend.render import page_file
from frontend.site import references_shown

from .conftest import api_pages

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]
BOOKKEEPING = {build.STATE_FILE, build.LAST_UPDATE_FILE}


def live_files(dist):
    root = dist.resolve()
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and str(path.relative_to(root)) not in BOOKKEEPING
    }


def shown_by_pages(client) -> dict[tuple[str, int], set[int]]:
    """For every reference item, the live pages whose API JSON shows it, in any language."""
    shown: dict[tuple[str, int], set[int]] = {}
    for language in LANGUAGES:
        for page in api_pages(client, language):
            for item in references_shown(page):
                shown.setdefault(item, set()).add(page["id"])
    return shown


def most_shown(client, kind):
    from cms.guide.signals import REFERENCE_KINDS

    model = next(model for model, name in REFERENCE_KINDS.items() if name == kind)
    shown = shown_by_pages(client)
    return max(model.objects.all(), key=lambda item: (len(shown.get((kind, item.pk), ())), -item.pk))


def edit(snippet, kind):
    if kind == "tax-rates":
        snippet.value = snippet.value + Decimal("1")
    elif kind == "legal-acts":
        snippet.number = "1234-VIQ"
    elif kind == "sectors":
        snippet.name_en = f"{snippet.name_en} and services"
    elif kind == "institutions":
        snippet.phone = "+994 12 000 00 01"
    else:
        snippet.name_ru = f"{snippet.name_ru} (экономический район)"
    snippet.save()


@pytest.mark.parametrize("kind", ["tax-rates", "legal-acts", "sectors", "regions", "institutions"])
def test_the_pages_citing_a_snippet_are_the_pages_that_show_it(client, demo_content, kind):
    """What the CMS names (reference index and many-to-many relations) is what the pages show."""
    from cms.guide.signals import REFERENCE_KINDS, pages_citing

    shown = shown_by_pages(client)
    model = next(model for model, name in REFERENCE_KINDS.items() if name == kind)
    items = list(model.objects.all())
    assert any(shown.get((kind, item.pk)) for item in items), f"the demo shows no {kind} on any page"
    for item in items:
        assert pages_citing(item) == shown.get((kind, item.pk), set()), item


@pytest.mark.parametrize("kind", ["tax-rates", "legal-acts", "sectors", "regions", "institutions"])
def test_an_edit_rewrites_exactly_the_files_whose_output_changed(
    private_site, client, django_capture_on_commit_callbacks, tmp_path, kind
):
    snippet = most_shown(client, kind)
    before = live_files(private_site)
    with django_capture_on_commit_callbacks(execute=True):
        edit(snippet, kind)
    report = json.loads((private_site / build.LAST_UPDATE_FILE).read_text(encoding="utf-8"))

    fresh = build.full_build(tmp_path / "fresh" / "dist")
    full = live_files(fresh.parent.parent / "dist")
    updated = live_files(private_site)
    assert sorted(updated) == sorted(full), "files added or left behind"
    assert [name for name in full if updated[name] != full[name]] == [], "stale after the update"

    differing = {name for name in full if before.get(name) != full[name]}
    assert any(name.endswith("index.html") for name in differing), "the edit should change some page"
    assert set(report["replaced"]) == differing
    assert report["removed"] == []
    # Rendered is what was rewritten, but where a field is in a page's data and its template does not
    # print it (a sector page's own sector, and the cards listing it): those are rendered to compare.
    rendered_alike = set(report["files"]) - differing
    assert set(report["files"]) >= differing
    if kind in ("tax-rates", "legal-acts"):
        assert rendered_alike == set()
    assert len(rendered_alike) <= len(differing), sorted(rendered_alike)
    label = build.REFERENCE_LABELS[kind]
    for name, reason in report["files"].items():
        assert reason.startswith((f"shows the changed {label} '{snippet.key}'", "lists ", "may list ")), (name, reason)


def test_a_rate_edit_re_renders_the_citing_pages_in_every_language_and_the_rate_data(
    private_site, client, django_capture_on_commit_callbacks
):
    rate = most_shown(client, "tax-rates")
    citing = shown_by_pages(client)[("tax-rates", rate.pk)]
    with django_capture_on_commit_callbacks(execute=True):
        edit(rate, "tax-rates")
    report = json.loads((private_site / build.LAST_UPDATE_FILE).read_text(encoding="utf-8"))

    pages = {page_file(path) for page_id in citing for path in _paths(client, page_id)}
    # The rate's own data set, and the procedures' when a procedure's step costs it (their totals).
    from cms.guide.models import ProcedurePage

    sets = ["tax-rates"]
    if ProcedurePage.objects.filter(pk__in=citing).exists():
        sets += ["procedures", "procedure-steps"]
    data = {
        f"open-data/{language}/{name}.{extension}"
        for language in LANGUAGES
        for name in sets
        for extension in ("json", "csv")
    }
    assert set(report["files"]) == pages | data
    for name in pages:
        assert report["files"][name] == f"shows the changed tax rate '{rate.key}' ({name.split('/')[0]})"
    assert sorted(report["pages"]) == sorted(citing)


def _paths(client, page_id):
    for language in LANGUAGES:
        answer = client.get(f"/{language}/api/v2/pages/{page_id}/")
        if answer.status_code == 200:
            yield answer.json()["meta"]["translations"][language]["path"]


def test_an_edit_found_only_in_the_live_build_is_still_rendered(private_site, client, monkeypatch):
    """A page the CMS did not name (its index entry not written yet) but the live site shows the
    rate on is re-read all the same: the update looks in the build's own data too."""
    rate = most_shown(client, "tax-rates")
    citing = shown_by_pages(client)[("tax-rates", rate.pk)]
    rate.value = rate.value + Decimal("2")
    rate.save()  # outside a commit capture: nothing queued
    build.update([], references={"tax-rates": [rate.pk]})
    report = json.loads((private_site / build.LAST_UPDATE_FILE).read_text(encoding="utf-8"))
    assert sorted(report["pages"]) == sorted(citing)
    assert {page_file(path) for page_id in citing for path in _paths(client, page_id)} <= set(report["replaced"])
