"""Turns Wagtail's content events into `ContentChange`s for the background task."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
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


# Reference data by the name the content contract gives each kind (the API's paths).
REFERENCE_KINDS = {TaxRate: "tax-rates", LegalAct: "legal-acts", Sector: "sectors", Region: "regions"}


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
    cited = {int(reference.object_id) for reference in ReferenceIndex.get_references_to(snippet)
             if _page_model(reference.base_content_type)}
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


def _reference_data_saved(sender, instance, **kwargs):
    """A tax rate, legal act, sector or region changed: the pages that show it are stale."""
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


def connect():
    page_published.connect(_published, dispatch_uid="guide_page_published")
    page_unpublished.connect(_unpublished, dispatch_uid="guide_page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="guide_page_moved")
    pre_delete.connect(_about_to_delete, sender=Page, dispatch_uid="guide_page_pre_delete")
    post_delete.connect(_deleted, sender=Page, dispatch_uid="guide_page_deleted")
    for model in REFERENCE_KINDS:
        post_save.connect(_reference_data_saved, sender=model, dispatch_uid=f"guide_{model.__name__}_saved")
        pre_delete.connect(_reference_data_about_to_delete, sender=model, dispatch_uid=f"guide_{model.__name__}_pre_delete")
        post_delete.connect(_reference_data_deleted, sender=model, dispatch_uid=f"guide_{model.__name__}_deleted")
    m2m_changed.connect(_rate_legal_basis_changed, sender=TaxRate.legal_basis.through, dispatch_uid="guide_rate_legal_basis_changed")
