"""Editors' changes to synonyms apply at once: the cache is cleared and Elasticsearch's set replaced."""

import logging

from django.db.models.signals import post_delete, post_save

from .models import SynonymGroup
from .query import clear_synonym_cache

logger = logging.getLogger(__name__)


def _synonyms_changed(sender, instance, **kwargs):
    clear_synonym_cache()
    from . import service

    es = service.elasticsearch_backend()
    if es is not None:
        try:
            es.push_synonyms()
        except Exception:
            logger.exception("Could not update the Elasticsearch synonyms sets; they update at the next rebuild.")


def connect():
    post_save.connect(_synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms_saved")
    post_delete.connect(_synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms_deleted")
