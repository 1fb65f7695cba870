"""Claims in the shape of the real sign-on: `sub` and a `user` object (pin, names, citizenship, phone)."""

from oauth2_provider.oauth2_validators import OAuth2Validator

from .identities import identity_for_user


class DigitalLoginShapedValidator(OAuth2Validator):
    oidc_claim_scope = {"sub": "openid", "user": "user"}

    def get_claim_dict(self, request):
        found = identity_for_user(request.user)
        if found is None:
            return {"sub": str(request.user.pk)}
        return {"sub": found["sub"], "user": dict(found["user"])}

    def get_discovery_claims(self, request):
        return ["sub", "user"]
