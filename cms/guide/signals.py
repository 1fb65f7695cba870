"""Turns Wagtail's content events into `ContentChange`s for the background task."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core.languages import default_language, language_codes, localized
from cms.core.publishing import content_changed, queue_content_change

from . import availability
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


def _page_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        availability.record(instance)
        content_changed()  # a live page saved without a publish still changes what the API serves


def _migrated(sender, using="default", **kwargs):
    # Pages created or changed by migrations were saved without the signal's help (or before the
    # table existed): write every page's languages again from the rule.
    from django.db import connections

    from .models import PageLanguage

    connection = connections[using]
    if PageLanguage._meta.db_table in connection.introspection.table_names():
        with connection.cursor() as cursor:
            columns = {column.name for column in connection.introspection.get_table_description(cursor, Page._meta.db_table)}
        # On a new database wagtail-modeltranslation adds the pages' language columns after this
        # signal (and there is no translated page yet): nothing to record.
        if localized("title", default_language()) in columns:
            availability.record_all()
    # A deployment migrates: what the code serialises may have changed with it.
    content_changed()


def _served_record_changed(sender, **kwargs):
    """An image, document, view restriction or site changed: pages' JSON shows them."""
    content_changed()


def connect():
    from django.apps import apps
    from django.db.models.signals import post_migrate
    from wagtail.models import get_page_models

    for model in get_page_models():
        if hasattr(model, "translation_required") and not model._meta.abstract:
            post_save.connect(_page_saved, sender=model, dispatch_uid=f"guide_{model.__name__}_availability")
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site

    for model in (get_image_model(), get_document_model(), PageViewRestriction, Site):
        for signal in (post_save, post_delete):
            signal.connect(_served_record_changed, sender=model, dispatch_uid=f"guide_{model.__name__}_{signal is post_save}_served")
    post_migrate.connect(_migrated, sender=apps.get_app_config("guide"), dispatch_uid="guide_availability_after_migrate")
    page_published.connect(_published, dispatch_uid="guide_page_published")
    page_unpublished.connect(_unpublished, dispatch_uid="guide_page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="guide_page_moved")
    pre_delete.connect(_about_to_delete, sender=Page, dispatch_uid="guide_page_pre_delete")
    post_delete.connect(_deleted, sender=Page, dispatch_uid="guide_page_deleted")
    for model in (TaxRate, LegalAct, Sector, Region):
        post_save.connect(_reference_data_saved, sender=model, dispatch_uid=f"guide_{model.__name__}_saved")
