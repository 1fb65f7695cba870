"""Creates (or resets) the development administrator that `make demo` prints, with what a member
of staff needs to work the demo's appeals: a membership of both bodies (Ministry and AZPROMO) as
registrar, handler and supervisor, so that the admin registers, assigns (to itself, too), answers
and receives complaints, and the groups that go with those roles. Until the admin has an
authenticator, each run prints a new invitation link to set one up (the only way to get the key)."""

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from cms.accounts import invitations
from cms.appeals.models import Body, Role, StaffMembership

USERNAME = "admin"
PASSWORD = "invest-az-demo"
ROLES = (Role.REGISTRAR, Role.HANDLER, Role.SUPERVISOR)
# The groups of the data migration appeals/0002 (admin access and the appeals menu), per role.
ROLE_GROUPS = {
    Role.REGISTRAR: "Appeal registrars",
    Role.HANDLER: "Appeal handlers",
    Role.SUPERVISOR: "Appeal supervisors",
}


class Command(BaseCommand):
    help = "Creates the development admin account with staff memberships of both bodies (refused when DEBUG is off)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The development admin account is only for development (DEBUG is off).")
        user, _created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.az"}
        )
        # A name, so that lists of handlers and the history read as names.
        user.first_name, user.last_name = "Demo", "Administrator"
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        # A reset admin is not left locked out by wrong passwords typed earlier.
        axes_reset(username=USERNAME)
        for body in Body.values:
            for role in ROLES:
                StaffMembership.objects.get_or_create(user=user, body=body, role=role)
        user.groups.add(*Group.objects.filter(name__in=ROLE_GROUPS.values()))
        self.stdout.write(self.style.SUCCESS(f"Development admin: {USERNAME} / {PASSWORD}"))
        self.stdout.write(
            "Staff memberships: "
            + "; ".join(
                f"{Body(body).label}: {', '.join(str(Role(role).label) for role in ROLES)}" for body in Body.values
            )
        )
        if settings.STAFF_TWO_FACTOR_REQUIRED and not invitations.has_authenticator(user):
            link = invitations.invitation_url(invitations.issue(user, via="ensure_dev_admin"))
            self.stdout.write(f"Second factor: open {link} to enrol (sign in as {USERNAME}, then scan the QR code)")
