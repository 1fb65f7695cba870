"""The development identity provider, mounted at /dev-idp/ by cms/urls.py only when
`settings.DEV_IDP_ENABLED` is on (development and test settings; production refuses it).

django-oauth-toolkit reverses its views in the "oauth2_provider" namespace, so this module is
included under that namespace.
"""

from django.urls import path, re_path
from oauth2_provider import views as oauth_views

from . import views

app_name = "oauth2_provider"

urlpatterns = [
    path("authorize/", views.DevAuthorizationView.as_view(), name="authorize"),
    path("token/", oauth_views.TokenView.as_view(), name="token"),
    re_path(
        r"^\.well-known/openid-configuration/?$",
        oauth_views.ConnectDiscoveryInfoView.as_view(),
        name="oidc-connect-discovery-info",
    ),
    path(".well-known/jwks.json", oauth_views.JwksInfoView.as_view(), name="jwks-info"),
    path("userinfo/", oauth_views.UserInfoView.as_view(), name="user-info"),
    path("certificates/", views.CertificatesView.as_view(), name="dev-idp-certificates"),
    path("sign-in/", views.sign_in, name="dev-idp-sign-in"),
    path("logout/", views.end_session, name="dev-idp-logout"),
]
