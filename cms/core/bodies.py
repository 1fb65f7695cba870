"""The public bodies the portal speaks for: the Ministry of Economy and AZPROMO.

One list for every app that names them: the addressee of an appeal (cms.appeals) and the provider
of a service in the guide (cms.guide), so that a body is stored, labelled and translated the same
way wherever it appears.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Body(models.TextChoices):
    """The value is the body's short code, with which its appeals' registration numbers begin."""

    MINISTRY = "MIN", _("Ministry of Economy")
    AZPROMO = "AZP", _("AZPROMO")
