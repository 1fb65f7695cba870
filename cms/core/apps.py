from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from .security import connect_signals

        connect_signals()
