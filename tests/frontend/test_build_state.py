"""The build's stored state kept between updates: the text written and when the file is read again."""

import json
import os

from frontend import build
from frontend.site import SiteContent


def page(pk: int, title: str, language: str = "en", related=None) -> dict:
    return {
        "id": pk,
        "title": title,
        "summary": "",
        "related_pages": related or [],
        "meta": {"type": "guide.GuidePage", "translations": {language: {"path": f"/{language}/guide/{pk}/"}}},
    }


def whole_json(content: SiteContent) -> str:
    return json.dumps(
        {"languages": content.languages, "pages": content.pages, "reference": content.reference},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def test_state_text_is_that_of_the_whole_after_pages_change():
    content = SiteContent(
        ["az", "en"],
        {1: {"en": page(1, 'Vergi — ə, ş "x" \u2028')}, 2: {"en": page(2, "Two")}},
        {"en": {"tax-rates": [{"id": 5, "note": "ü"}]}},
    )
    original = content.to_json()
    assert original == whole_json(content)

    changed = content.copy()
    changed.set_page(
        2, {"en": page(2, "Two, renamed", related=[{"id": 1, "title": "Old", "summary": "", "path": "/x/"}])}
    )
    changed.set_page(3, {"en": page(3, "Three")})
    changed.set_page(1, {})
    assert changed.to_json() == whole_json(changed)
    assert '"Two, renamed"' in changed.to_json() and '"1":' not in changed.to_json()

    linked = changed.copy()
    linked.set_page(1, {"en": page(1, "One again")})
    assert linked.refresh_links(1) == {2}
    assert linked.to_json() == whole_json(linked)
    assert '"title":"One again","summary":"","path":"/en/guide/1/"' in linked.to_json()
    # The copies made from it are unchanged by the changes of the later ones.
    assert content.to_json() == original and changed.to_json() == whole_json(changed)


def test_pages_showing_follows_page_changes():
    rates = {"type": "rate_table", "value": {"rates": [{"id": 5}]}}
    content = SiteContent(["en"], {1: {"en": {**page(1, "One"), "body": [rates]}}, 2: {"en": page(2, "Two")}}, {})
    assert content.pages_showing({("tax-rates", 5)}) == {1: {("tax-rates", 5)}}
    changed = content.copy()
    changed.set_page(1, {"en": page(1, "One")})
    changed.set_page(2, {"en": {**page(2, "Two"), "body": [rates]}})
    assert changed.pages_showing({("tax-rates", 5)}) == {2: {("tax-rates", 5)}}
    assert content.pages_showing({("tax-rates", 5)}) == {1: {("tax-rates", 5)}}


def test_state_written_by_another_process_is_read_again(tmp_path):
    (tmp_path / ".build").mkdir()
    ours = SiteContent(["en"], {1: {"en": page(1, "Ours")}}, {})
    (tmp_path / build.STATE_FILE).write_text(ours.to_json(), encoding="utf-8")
    build._remember_state(tmp_path, ours)
    assert build._load_state(tmp_path) is ours

    # Another writer replaces the file (a new inode, as `write_atomic` does), even with the same size.
    theirs = SiteContent(["en"], {1: {"en": page(1, "Them")}}, {})
    replacement = tmp_path / ".build" / "other.tmp"
    replacement.write_text(theirs.to_json(), encoding="utf-8")
    os.replace(replacement, tmp_path / build.STATE_FILE)
    loaded = build._load_state(tmp_path)
    assert loaded is not ours
    assert loaded.version(1, "en")["title"] == "Them"
    assert build._load_state(tmp_path) is loaded
