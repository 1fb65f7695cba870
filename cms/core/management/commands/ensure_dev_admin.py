"""Creates (or resets) the development administrator that `make demo` prints."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "invest-az-demo"


class Command(BaseCommand):
    help = "Creates the development admin account (refused when DEBUG is off)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The development admin account is only for development (DEBUG is off).")
        user, _created = get_user_model().objects.get_or_create(username=USERNAME, defaults={"email": "admin@example.az"})
        user.is_staff = user.is_superuser = True
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(self.style.SUCCESS(f"Development admin: {USERNAME} / {PASSWORD}"))
