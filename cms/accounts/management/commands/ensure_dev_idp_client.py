"""Registers (or refreshes) the portal as a client of the development identity provider."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Creates or updates the development identity provider's OAuth application for the portal."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            action="append",
            dest="base_urls",
            help="An origin the portal is served on (repeatable); default http://127.0.0.1:8000 and http://localhost:8000.",
        )

    def handle(self, *args, base_urls=None, **options):
        if not settings.DEV_IDP_ENABLED:
            raise CommandError("The development identity provider is switched off in these settings.")
        from oauth2_provider.models import get_application_model

        origins = [url.rstrip("/") for url in (base_urls or ["http://127.0.0.1:8000", "http://localhost:8000"])]
        sso = settings.EHIS_SSO
        Application = get_application_model()
        application = Application.objects.filter(client_id=sso["CLIENT_ID"]).first() or Application(
            client_id=sso["CLIENT_ID"]
        )
        application.name = "Invest in Azerbaijan (development)"
        application.client_type = Application.CLIENT_CONFIDENTIAL
        application.authorization_grant_type = Application.GRANT_AUTHORIZATION_CODE
        application.algorithm = Application.RS256_ALGORITHM
        application.skip_authorization = True
        application.client_secret = sso["CLIENT_SECRET"]  # hashed on save
        application.redirect_uris = " ".join(f"{origin}/sign-on/callback/" for origin in origins)
        application.post_logout_redirect_uris = " ".join(f"{origin}/sign-on/signed-out/" for origin in origins)
        application.save()
        self.stdout.write(
            self.style.SUCCESS(f"Development sign-on client {application.client_id} ready for {', '.join(origins)}")
        )
