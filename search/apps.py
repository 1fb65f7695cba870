from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import indexer, signals

        indexer.register()
        signals.connect()

    def warm(self):
        """Called by cms.core.startup when a web worker starts: the commonest terms' phrase lists
        are read in the background (search/backends/warming.py)."""
        from django.conf import settings

        if settings.ELASTICSEARCH_URL:
            return
        from .backends import database, warming  # noqa: F401 - the database backend names the lists' reader

        warming.start()
