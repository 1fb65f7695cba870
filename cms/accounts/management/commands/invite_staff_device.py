"""Issues an invitation to set up the second factor from the shell, for operators (the first
administrator of a new installation, or when the admin cannot be reached): prints the link to
pass on. Replaces any earlier invitation of the member."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.accounts import invitations


class Command(BaseCommand):
    help = "Issues a one-time link for a member of staff to set up their second factor, and prints it."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Remove the member's current authenticator (a lost or changed phone) and invite them to set up a new one.",
        )

    def handle(self, *args, username, replace, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user {username!r}.")
        try:
            token = invitations.issue(user, replace=replace, via="command")
        except invitations.NotInvitable as exc:
            hint = (
                " Add --replace to remove it and invite them to set up a new one."
                if invitations.has_authenticator(user)
                else ""
            )
            raise CommandError(f"{exc}{hint}") from exc
        invitation = user.device_invitation
        self.stdout.write(invitations.invitation_url(token))
        self.stdout.write(
            f"Pass this link on to {username}; it works once, until {invitation.expires_at:%Y-%m-%d %H:%M %Z}, "
            "after signing in with their password."
        )
