from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.accounts import admin_views as accounts_admin_views
from cms.accounts import views as accounts_views
from cms.accounts.urls import cabinet_patterns, sign_on_patterns
from cms.api.ninja import api as ninja_api
from cms.api.router import api_router
from cms.appeals.urls import appeal_patterns, enquiry_patterns
from cms.core import health
from cms.guide import checker as incentive_checker
from cms.guide import views as guide_views
from frontend import serving as frontend_serving
from search import views as search_views

urlpatterns = [
    # An invitation to set up the second factor opens before the person has signed in (cms/accounts/invitations.py).
    path(
        "admin/two-factor/invitation/<str:token>/",
        accounts_admin_views.two_factor_invitation,
        name="accounts_two_factor_invitation",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/<int:document_id>/", guide_views.document_by_id, name="document_by_id"),
    path("documents/", include(wagtaildocs_urls)),
    path("sign-on/", include(sign_on_patterns)),
    path("cabinet/", accounts_views.cabinet_root, name="cabinet_root"),
    path("api/", ninja_api.urls),
    path("health/live", health.live, name="health_live"),
    path("health/ready", health.ready, name="health_ready"),
    path("", RedirectView.as_view(url=f"/{settings.LANGUAGE_CODE}/", permanent=False), name="root"),
]

urlpatterns += i18n_patterns(
    path("api/v2/", api_router.urls),
    path("cabinet/appeals/", include(appeal_patterns)),
    path("cabinet/", include(cabinet_patterns)),
    path("enquiry/", include(enquiry_patterns)),
    path("search/", search_views.search_page, name="search"),
    path("ask/", search_views.ask_page, name="ask"),
    path(incentive_checker.PATH, incentive_checker.incentive_checker, name="incentive_checker"),
    # Public pages are files of the static build, answered by frontend.serving.StaticSiteMiddleware.
    # This pattern stays last: it gives Wagtail the name it reverses page URLs with (admin "View
    # live", the API's html_url) and answers the site's "not found" page for paths not built.
    # Nothing under api/, admin/ or documents/ is a page: without the exclusion, LocaleMiddleware turns every
    # 404 of /api/ and /admin/ into a redirect to /{lang}/api/… or /{lang}/admin/…, which this
    # pattern would match.
    re_path(r"^(?!api/|admin/|documents/)((?:[\w\-]+/)*)$", frontend_serving.page_view, name="wagtail_serve"),
    prefix_default_language=True,
)

# The development identity provider: only where the settings switch it on (never in production).
if settings.DEV_IDP_ENABLED and apps.is_installed("oauth2_provider"):
    urlpatterns.insert(0, path("dev-idp/", include("cms.accounts.devidp.urls", namespace="oauth2_provider")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# A database out of reach answers 503 with Retry-After (cms/core/errors.py), any other error 500.
handler500 = "cms.core.errors.server_error"
