"""Turns Wagtail's content events into `ContentChange`s for the background task."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core.languages import language_codes
from cms.core.publishing import queue_content_change

from .paths import page_path
from .snippets import LegalAct, Region, Sector, TaxRate


def _paths(page) -> dict[str, list[str]]:
    return {language: [page_path(page, language)] for language in language_codes()}


def _published(sender, instance, **kwargs):
    queue_content_change("published", [instance.pk])


def _unpublished(sender, instance, **kwargs):
    queue_content_change("unpublished", [instance.pk], _paths(instance))


def _moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before != url_path_after:
        queue_content_change("moved", [instance.pk])


def _about_to_delete(sender, instance, **kwargs):
    # The paths must be read before the row is gone.
    instance._paths_before_delete = _paths(instance.specific) if instance.live else {}


def _deleted(sender, instance, **kwargs):
    paths = getattr(instance, "_paths_before_delete", {})
    if paths:
        queue_content_change("deleted", [instance.pk], paths)


def _reference_data_saved(sender, instance, **kwargs):
    """A tax rate, legal act, sector or region changed: every live page that cites it is stale."""
    page_ids = [
        reference.object_id
        for reference in ReferenceIndex.get_references_to(instance)
        if reference.base_content_type.model_class() is Page or issubclass(reference.base_content_type.model_class(), Page)
    ]
    queue_content_change("reference_data", sorted({int(pk) for pk in page_ids}))


def connect():
    page_published.connect(_published, dispatch_uid="guide_page_published")
    page_unpublished.connect(_unpublished, dispatch_uid="guide_page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="guide_page_moved")
    pre_delete.connect(_about_to_delete, sender=Page, dispatch_uid="guide_page_pre_delete")
    post_delete.connect(_deleted, sender=Page, dispatch_uid="guide_page_deleted")
    for model in (TaxRate, LegalAct, Sector, Region):
        post_save.connect(_reference_data_saved, sender=model, dispatch_uid=f"guide_{model.__name__}_saved")
