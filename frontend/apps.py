from django.apps import AppConfig


class FrontendConfig(AppConfig):
    """The static public site. An app so that it can own a command and react to content changes."""

    name = "frontend"
    verbose_name = "Public site"

    def ready(self):
        from cms.core.publishing import on_content_change

        from .publishing import rebuild_changed

        on_content_change(rebuild_changed)
