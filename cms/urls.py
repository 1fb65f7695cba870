from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.ninja import api as ninja_api
from cms.api.router import api_router
from search import views as search_views
from frontend import serving as frontend_serving

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", ninja_api.urls),
    path("", RedirectView.as_view(url=f"/{settings.LANGUAGE_CODE}/", permanent=False), name="root"),
]

urlpatterns += i18n_patterns(
    path("api/v2/", api_router.urls),
    path("search/", search_views.search_page, name="search"),
    # Public pages are files of the static build, answered by frontend.serving.StaticSiteMiddleware.
    # This pattern stays last: it gives Wagtail the name it reverses page URLs with (admin "View
    # live", the API's html_url) and answers the site's "not found" page for paths not built.
    re_path(r"^((?:[\w\-]+/)*)$", frontend_serving.page_view, name="wagtail_serve"),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
