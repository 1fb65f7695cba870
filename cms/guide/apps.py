from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "cms.guide"
    label = "guide"
    verbose_name = _("Investor's Guide")

    def ready(self):
        from . import signals
        from .models import TranslatedPage

        signals.connect()
        TranslatedPage.use_own_slug_check()
