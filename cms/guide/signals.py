"""Turns Wagtail's content events into `ContentChange`s for the background task."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.core.languages import default_language, language_codes, localized
from cms.core.publishing import content_changed, queue_content_change

from . import availability
from .paths import page_path
from .snippets import Institution, LegalAct, Region, Sector, TaxRate


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


# Reference data by the name the content contract gives each kind (the API's paths).
REFERENCE_KINDS = {
    TaxRate: "tax-rates",
    LegalAct: "legal-acts",
    Sector: "sectors",
    Region: "regions",
    Institution: "institutions",
}


def _page_model(content_type) -> bool:
    model = content_type.model_class()
    return model is not None and issubclass(model, Page)


def pages_citing(snippet) -> set[int]:
    """The live pages whose content shows `snippet`.

    Wagtail's reference index knows the foreign keys and the StreamField choosers (a rate table's
    rates, a project's sector); it does not record many-to-many fields, so those are asked of the
    relation itself: a page's legal basis, an incentive's sectors and regions, and the acts a tax
    rate rests on, which every page showing the rate shows too.
    """
    cited = {
        int(reference.object_id)
        for reference in ReferenceIndex.get_references_to(snippet)
        if _page_model(reference.base_content_type)
    }
    for relation in snippet._meta.related_objects:
        if not relation.many_to_many:
            continue
        related = getattr(snippet, relation.get_accessor_name()).all()
        if issubclass(relation.related_model, Page):
            cited |= set(related.values_list("pk", flat=True))
        elif relation.related_model in REFERENCE_KINDS:
            for other in related:
                cited |= pages_citing(other)
    return set(Page.objects.filter(pk__in=cited, live=True).values_list("pk", flat=True))


def _queue_reference_change(snippet, page_ids) -> None:
    queue_content_change("reference_data", sorted(page_ids), references={REFERENCE_KINDS[type(snippet)]: [snippet.pk]})


def _reference_data_saved(sender, instance, raw=False, **kwargs):
    """A tax rate, legal act, sector or region changed: the pages that show it are stale.

    Not for a row loaded as it is (`raw`: loaddata, a test database's restore): nothing changed."""
    if not raw:
        _queue_reference_change(instance, pages_citing(instance))


def _rate_legal_basis_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Acts added to or removed from a rate's legal basis (or rates from an act's): the rate's pages show them."""
    if reverse and action == "pre_clear":
        instance._rates_before_clear = list(instance.tax_rates.all())  # unknown once cleared
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        rates = [instance]
    elif action == "post_clear":
        rates = getattr(instance, "_rates_before_clear", [])
    else:
        rates = list(TaxRate.objects.filter(pk__in=pk_set or ()))
    for rate in rates:
        _reference_data_saved(TaxRate, rate)


def _reference_data_about_to_delete(sender, instance, **kwargs):
    # Who cites it must be read while the rows that say so exist.
    instance._pages_citing_before_delete = pages_citing(instance)


def _reference_data_deleted(sender, instance, **kwargs):
    _queue_reference_change(instance, getattr(instance, "_pages_citing_before_delete", set()))


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
            columns = {
                column.name for column in connection.introspection.get_table_description(cursor, Page._meta.db_table)
            }
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
            signal.connect(
                _served_record_changed,
                sender=model,
                dispatch_uid=f"guide_{model.__name__}_{signal is post_save}_served",
            )
    post_migrate.connect(
        _migrated, sender=apps.get_app_config("guide"), dispatch_uid="guide_availability_after_migrate"
    )
    page_published.connect(_published, dispatch_uid="guide_page_published")
    page_unpublished.connect(_unpublished, dispatch_uid="guide_page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="guide_page_moved")
    pre_delete.connect(_about_to_delete, sender=Page, dispatch_uid="guide_page_pre_delete")
    post_delete.connect(_deleted, sender=Page, dispatch_uid="guide_page_deleted")
    for model in REFERENCE_KINDS:
        post_save.connect(_reference_data_saved, sender=model, dispatch_uid=f"guide_{model.__name__}_saved")
        pre_delete.connect(
            _reference_data_about_to_delete, sender=model, dispatch_uid=f"guide_{model.__name__}_pre_delete"
        )
        post_delete.connect(_reference_data_deleted, sender=model, dispatch_uid=f"guide_{model.__name__}_deleted")
    m2m_changed.connect(
        _rate_legal_basis_changed, sender=TaxRate.legal_basis.through, dispatch_uid="guide_rate_legal_basis_changed"
    )
