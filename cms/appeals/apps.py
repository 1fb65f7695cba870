from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    name = "cms.appeals"
    label = "appeals"
    verbose_name = _("Appeals")
    default_auto_field = "django.db.models.BigAutoField"

    def warm(self):
        """Called by cms.core.startup when a web worker starts: the holiday calendar the due dates
        are counted on (the `holidays` package imports every country's rules on first use)."""
        from django.utils import timezone

        from .deadlines import public_holidays

        year = timezone.localdate().year
        for upcoming in (year, year + 1):
            public_holidays(upcoming)
