"""Pages rendered on request (enquiry, search, e-cabinet) link to the stylesheet and script that the
live build serves, whatever the sources on disk hash to now."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_dynamic_pages_link_to_the_assets_of_the_live_build_after_the_sources_changed(private_site, client):
    assets = private_site.resolve() / "assets"
    # As after a deploy, or an edit of site.css, with no new build yet: the build's names are not
    # the sources' hashes any more.
    for extension in ("css", "js"):
        current = next(assets.glob(f"site.*.{extension}"))
        current.rename(current.with_name(f"site.0123456789.{extension}"))

    for path in ("/en/enquiry/", "/az/search/?q=vergi"):
        page = client.get(path, follow=True).content.decode()
        linked = set(re.findall(r'(/assets/site\.[0-9a-f]{10}\.(?:css|js))"', page))
        assert linked == {"/assets/site.0123456789.css", "/assets/site.0123456789.js"}, (path, linked)
        for asset in linked:
            assert client.get(asset).status_code == 200, asset
