"""The API's reader (/api/docs): Swagger UI from the portal's own files, working under its policy."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_developer_reads_the_api_with_nothing_loaded_from_another_host(live_portal, phone):
    elsewhere = []
    phone.on(
        "request",
        lambda request: (
            None if request.url.startswith((live_portal.url, "data:", "blob:")) else elsewhere.append(request.url)
        ),
    )
    phone.goto(live_portal("/api/docs"))
    phone.get_by_role("heading", name="Invest in Azerbaijan API").wait_for()
    operation = phone.locator(".opblock-summary").first
    operation.click()
    phone.locator(".opblock-body").first.wait_for()
    assert elsewhere == []
    # The browser fixture fails the test on any complaint about the Content-Security-Policy.
