"""The development identity provider's own pages: choosing a test identity, certificates, sign-out.

The provider keeps who is signed in at the provider under its own session key, apart from the
portal's sign-in, as a separate server would: signing in here says nothing to the portal until
the portal has run the whole authorization-code flow.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from oauth2_provider.models import get_application_model
from oauth2_provider.views import AuthorizationView
from oauth2_provider.views.generic import ScopedProtectedResourceView

from .identities import KIND_LABELS, USERNAME_PREFIX, identities, identity, identity_for_user

SESSION_KEY = "dev_idp_user_id"


def provider_user(request):
    user_id = request.session.get(SESSION_KEY)
    if user_id is None:
        return None
    return get_user_model().objects.filter(pk=user_id, username__startswith=USERNAME_PREFIX).first()


class DevAuthorizationView(AuthorizationView):
    """django-oauth-toolkit's authorization endpoint, with the provider's own idea of who is signed in."""

    login_url = reverse_lazy("oauth2_provider:dev-idp-sign-in")

    def dispatch(self, request, *args, **kwargs):
        request.user = provider_user(request) or AnonymousUser()
        return super().dispatch(request, *args, **kwargs)


@require_http_methods(["GET", "POST"])
def sign_in(request):
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    authorize = reverse("oauth2_provider:authorize")
    if not (next_url.startswith(authorize) and url_has_allowed_host_and_scheme(next_url, None)):
        return HttpResponseBadRequest("The sign-in page is reached from the authorization endpoint.")
    if request.method == "POST":
        chosen = identity(request.POST.get("identity", ""))
        if chosen is None:
            return HttpResponseBadRequest("Unknown test identity.")
        user, _created = get_user_model().objects.get_or_create(username=f"{USERNAME_PREFIX}{chosen['key']}")
        if user.has_usable_password():
            user.set_unusable_password()
            user.save(update_fields=["password"])
        request.session[SESSION_KEY] = user.pk
        return HttpResponseRedirect(next_url)
    rows = [
        {
            "key": item["key"],
            "label": KIND_LABELS.get(item["key"], item["key"]),
            "name": " ".join(
                filter(
                    None, [item["user"].get("lastName"), item["user"].get("firstName"), item["user"].get("patronymic")]
                )
            ),
            "fin": item["user"].get("pin", ""),
            "voens": [
                certificate.get("structureData", {}).get("voen", "") for certificate in item.get("certificates", [])
            ],
        }
        for item in identities()
    ]
    return render(request, "devidp/sign_in.html", {"identities": rows, "next": next_url})


class CertificatesView(ScopedProtectedResourceView):
    """What the "certificate" scope gives: the person's e-signature certificates, with their VÖENs."""

    required_scopes = ["certificate"]

    def get(self, request, *args, **kwargs):
        found = identity_for_user(request.resource_owner)
        return JsonResponse({"certificates": found.get("certificates", []) if found else []})


def end_session(request):
    """RP-initiated sign-out: forget the provider's session and go back where the client asked."""
    request.session.pop(SESSION_KEY, None)
    target = request.GET.get("post_logout_redirect_uri", "")
    application = get_application_model().objects.filter(client_id=request.GET.get("client_id", "")).first()
    if not target:
        return render(request, "devidp/signed_out.html", {})
    if application is None or not application.post_logout_redirect_uri_allowed(target):
        return HttpResponseBadRequest("post_logout_redirect_uri is not registered for this client.")
    state = request.GET.get("state")
    separator = "&" if "?" in target else "?"
    return HttpResponseRedirect(f"{target}{separator}state={state}" if state else target)
