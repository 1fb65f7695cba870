"""A staging site (cms/settings/staging.py, cms/core/deployment.py) cannot pass for the official one:
a banner in the visitor's language on the built pages, the pages rendered on request, the
e-cabinet and the admin; no indexing; and e-mail only to the allow-list."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.mail import EmailMessage

from cms.core.deployment import AllowListEmailBackend
from frontend import build
from tests.frontend.conftest import built_site, private_site  # noqa: F401  (the shared full build)

pytestmark = pytest.mark.django_db

BANNER = {
    "az": "Sınaq mühiti — rəsmi sayt deyil",
    "en": "Staging environment — not the official site",
    "ru": "Тестовая среда — не официальный сайт",
}


@pytest.fixture
def staging(settings):
    settings.DEPLOYMENT_ENVIRONMENT = "staging"
    settings.MIDDLEWARE = [settings.MIDDLEWARE[0], "cms.core.deployment.NoIndexMiddleware", *settings.MIDDLEWARE[1:]]
    return settings


def test_pages_rendered_on_request_and_the_cabinet_carry_the_banner_in_their_language(staging, private_site, client):  # noqa: F811
    for language, text in BANNER.items():
        for path in (f"/{language}/search/?q=vergi", f"/{language}/cabinet/signed-out/"):
            response = client.get(path)
            page = response.content.decode()
            assert response.status_code == 200 and text in page, path
            assert '<meta name="robots" content="noindex, nofollow">' in page, path
            assert response["X-Robots-Tag"] == "noindex, nofollow", path
    # A built file served by Django is marked too (nginx serves the same file: the banner is in it).
    assert client.get("/en/")["X-Robots-Tag"] == "noindex, nofollow"


def test_the_admin_carries_the_banner_on_its_sign_in_page_and_inside(staging, client, django_user_model):
    assert BANNER["en"] in client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    editor = django_user_model.objects.create_superuser("staging-editor", "editor@example.az", "a-long-password-1")
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(editor)
    assert BANNER["ru"] in client.get("/admin/").content.decode()


def test_the_production_site_has_no_banner_and_may_be_indexed(private_site, client, settings):  # noqa: F811
    settings.DEPLOYMENT_ENVIRONMENT = "production"
    page = client.get("/en/search/?q=tax")
    assert BANNER["en"] not in page.content.decode() and "X-Robots-Tag" not in page
    assert BANNER["en"] not in client.get("/admin/login/").content.decode()


def test_a_build_made_on_staging_carries_the_banner_and_keeps_crawlers_out(staging, built_site, tmp_path):  # noqa: F811
    dist = tmp_path / "dist"
    build.full_build(dist)
    for language, text in BANNER.items():
        page = (dist / language / "index.html").read_text(encoding="utf-8")
        assert text in page and 'content="noindex, nofollow"' in page, language
    assert (dist / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nDisallow: /\n"
    # The shared build, made with the production default, has neither.
    assert BANNER["en"] not in (built_site / "en" / "index.html").read_text(encoding="utf-8")
    assert "Sitemap:" in (built_site / "robots.txt").read_text(encoding="utf-8")


def test_staging_mail_reaches_only_the_allow_list_and_the_catch_all(settings):
    settings.STAGING_EMAIL_ALLOWED = ["tester@azpromo.az", "@economy.gov.az"]
    settings.STAGING_EMAIL_CATCH_ALL = "staging-inbox@azpromo.az"
    sent = []

    class Recorder(AllowListEmailBackend):
        """The allow-list's decisions, handed to an in-memory outbox instead of an SMTP server."""

        def open(self):
            self.connection = self.connection or "no connection needed"
            return False

        def _send(self, message):
            sent.append(message)
            return True

    messages = [
        EmailMessage("Appeal registered", "…", to=["investor@example.com"], cc=["Officer <officer@economy.gov.az>"]),
        EmailMessage("Answer", "…", to=["Tester <tester@azpromo.az>"], bcc=["someone@example.org"]),
    ]
    assert Recorder().send_messages(messages) == 2
    assert [(m.to, m.cc, m.bcc) for m in sent] == [
        (["staging-inbox@azpromo.az"], ["Officer <officer@economy.gov.az>"], []),
        (["Tester <tester@azpromo.az>", "staging-inbox@azpromo.az"], [], []),
    ]
    assert messages[0].to == ["investor@example.com"]  # the caller's message is left as it was

    settings.STAGING_EMAIL_CATCH_ALL = ""
    sent.clear()
    assert Recorder().send_messages([EmailMessage("Appeal registered", "…", to=["investor@example.com"])]) == 1
    assert sent == []  # nobody allowed and no catch-all: not sent, and not retried either
    assert mail.outbox == []
