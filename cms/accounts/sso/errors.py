from django.utils.translation import gettext_lazy as _

# What the applicant is told, by kind of failure. The precise reason goes to the audit log and the
# server log; the page says what happened and what to do, without helping an attacker.
_MESSAGES = {
    "not_configured": _("Sign-in through the e-government portal is not available at the moment."),
    "no_pending_sign_in": _("This sign-in link has already been used or has expired. Please start signing in again."),
    "state_mismatch": _("This sign-in could not be verified and was stopped. Please start signing in again."),
    "expired_sign_in": _("The sign-in took too long and has expired. Please start signing in again."),
    "provider_error": _("The e-government sign-on service did not complete the sign-in. Please try again."),
    "provider_unreachable": _(
        "The e-government sign-on service cannot be reached at the moment. Please try again later."
    ),
    "invalid_token": _(
        "The answer from the e-government sign-on service could not be verified, so you have not been "
        "signed in. Please try again."
    ),
    "missing_identity": _(
        "The e-government sign-on service did not send your personal identification number (FIN), "
        "so no e-cabinet could be opened."
    ),
    "suspended": _("Access to your e-cabinet has been restricted by the operator. Please contact AZPROMO for details."),
}

# The verification failures, each its own code in the log, one message for the applicant.
TOKEN_FAILURES = {
    "bad_signature",
    "unknown_key",
    "wrong_algorithm",
    "wrong_issuer",
    "wrong_audience",
    "expired_token",
    "wrong_nonce",
    "malformed_token",
    "missing_claim",
    "subject_mismatch",
}


class SignOnError(Exception):
    """A sign-in that must not go on. `code` is precise (for the log and tests)."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def message(self):
        key = "invalid_token" if self.code in TOKEN_FAILURES else self.code
        return _MESSAGES.get(key, _MESSAGES["provider_error"])
