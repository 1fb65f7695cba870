from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "cms.accounts"
    label = "accounts"
    verbose_name = _("Applicants")

    def ready(self):
        from . import staff_sign_in

        staff_sign_in.connect()
