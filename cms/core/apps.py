from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from django.core import checks

        from .limits import check_rate_limits
        from .security import connect_signals

        connect_signals()
        checks.register(check_rate_limits)
