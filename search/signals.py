"""Editors' changes apply at once: synonyms clear their cache and replace Elasticsearch's set;
best bets, sectors and regions make every process read its facet labels and best bets again."""

import logging

from django.db.models.signals import post_delete, post_save

from . import caching
from .models import BestBet, CuratedAnswer, SynonymGroup
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


def _cached_data_changed(sender, instance, **kwargs):
    caching.invalidate()


def connect():
    from cms.guide.snippets import Region, Sector

    post_save.connect(_synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms_saved")
    post_delete.connect(_synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms_deleted")
    # Topic pages reach the labels through publishing (the indexer's reaction changes the generation).
    for model in (BestBet, CuratedAnswer, Sector, Region):
        post_save.connect(_cached_data_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_cached_data_changed, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
