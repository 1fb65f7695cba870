"""The authentication backend of applicants' sessions."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend


class ApplicantBackend(BaseBackend):
    """The backend the sign-on records in an applicant's session (views.callback).

    It checks no credentials (applicants sign in through the identity provider only, never with a
    password) and grants no permissions (ModelBackend, also listed, still answers those). What it
    does is read a session's user together with the applicant profile that every e-cabinet
    request needs (ApplicantSessionMiddleware, applicant_required): one statement instead of two.
    Sessions opened before it, recorded with ModelBackend, go on as they were."""

    def authenticate(self, request, **credentials):
        return None

    def get_user(self, user_id):
        model = get_user_model()
        try:
            user = model._default_manager.select_related("applicant").get(pk=user_id)
        except model.DoesNotExist:
            return None
        # As ModelBackend: a deactivated user's session signs no one in.
        return user if getattr(user, "is_active", True) else None
