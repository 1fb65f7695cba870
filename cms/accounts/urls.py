"""The e-cabinet (under /{lang}/cabinet/) and the sign-on endpoints (under /sign-on/, one fixed
callback address registered with the provider)."""

from django.urls import path

from . import views

sign_on_patterns = (
    [
        path("start/", views.sign_on_start, name="start"),
        path("callback/", views.sign_on_callback, name="callback"),
        path("sign-out/", views.sign_out, name="sign_out"),
        path("signed-out/", views.signed_out_at_provider, name="signed_out"),
    ],
    "sign_on",
)

cabinet_patterns = (
    [
        path("", views.dashboard, name="dashboard"),
        path("act-as/", views.act_as, name="act_as"),
        path("my-data/", views.my_data, name="my_data"),
        path("my-data/download/", views.download, name="download"),
        path("corrections/", views.corrections, name="corrections"),
        path("representatives/", views.representatives, name="representatives"),
        path("signed-out/", views.signed_out, name="signed_out"),
    ],
    "cabinet",
)
