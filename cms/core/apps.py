from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import logs

        # Every line logged while a request is handled carries its id (cms/core/logs.py).
        request_started.connect(logs.start_request, dispatch_uid="cms.core.logs.start_request")
        request_finished.connect(logs.finish_request, dispatch_uid="cms.core.logs.finish_request")

        from django.core import checks

        from .limits import check_rate_limits
        from .security import connect_signals
        from .settings_schema import check_settings

        connect_signals()
        checks.register(check_rate_limits)
        checks.register(check_settings)
