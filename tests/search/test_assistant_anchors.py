"""Every passage the assistant can cite links to a place that exists on its built page."""

import re
from collections import defaultdict
from urllib.parse import urlsplit

import pytest

from search.models import Passage
from tests.frontend.conftest import built_site  # noqa: F401 - the session's build of the demo

pytestmark = pytest.mark.django_db
_ID = re.compile(r'\sid="([^"]+)"')


def test_every_passage_anchor_is_an_id_on_its_page(indexed, built_site):  # noqa: F811
    root = built_site.resolve()
    anchors: dict[str, set[str]] = defaultdict(set)
    for url in Passage.objects.values_list("url", flat=True):
        path, _sep, anchor = url.partition("#")
        assert anchor, f"{url} has no anchor"
        anchors[urlsplit(path).path].add(anchor)
    assert len(anchors) > 100  # every page in every language it is available in
    for path, wanted in anchors.items():
        html = (root / path.strip("/") / "index.html").read_text(encoding="utf-8")
        found = _ID.findall(html)
        ids = set(found)
        assert wanted <= ids, f"{path}: no element with the id(s) {sorted(wanted - ids)}"
        assert len(found) == len(ids), f"{path}: ids used twice: {sorted(i for i in ids if found.count(i) > 1)}"
