"""Which languages a page or snippet is available in: the one place that decides it.

A page is available in a language only when every field it declares in `translation_required`
is filled in that language. The API, the static site, search and the sitemaps all ask here.
"""

from __future__ import annotations

from collections.abc import Iterable

from cms.core.languages import default_language, language_codes, localized


def is_filled(value) -> bool:
    """True when a translated value carries content (text, a non-empty stream or list)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0  # StreamValue, lists
    except TypeError:
        return True


def required_fields(obj) -> tuple[str, ...]:
    return tuple(getattr(obj, "translation_required", ("title",)))


def missing_fields(obj, language: str) -> list[str]:
    """The required fields of `obj` that are empty in `language`."""
    return [name for name in required_fields(obj) if not is_filled(getattr(obj, localized(name, language), None))]


def is_available(obj, language: str) -> bool:
    return not missing_fields(obj, language)


def available_languages(obj) -> list[str]:
    """The languages, in settings order, in which `obj` has all its required fields."""
    return [language for language in language_codes() if is_available(obj, language)]


def available_pages_filter(language: str):
    """Pages of any type available in `language`, as one filter on the page table.

    Reads the rows `record` keeps (`PageLanguage`, indexed by language and page) rather than testing
    every type's required columns: one indexed look-up instead of a scan of every page table.
    """
    from django.db.models import Q

    from .models import PageLanguage

    return Q(pk__in=PageLanguage.objects.filter(language=language).values("page_id"))


def record(page) -> list[str]:
    """Writes the languages `page` is available in (the rule above) as its `PageLanguage` rows.

    Read back from the database, not from the instance: Wagtail saves a page holding a draft's
    values with `update_fields` limited to its bookkeeping, and the row keeps the published ones.
    """
    from .models import PageLanguage

    stored = type(page)._default_manager.filter(pk=page.pk).first()
    languages = available_languages(stored) if stored is not None else []
    current = set(PageLanguage.objects.filter(page_id=page.pk).values_list("language", flat=True))
    if current != set(languages):
        PageLanguage.objects.filter(page_id=page.pk).exclude(language__in=languages).delete()
        PageLanguage.objects.bulk_create(
            [PageLanguage(page_id=page.pk, language=language) for language in languages if language not in current]
        )
    return languages


def record_all() -> int:
    """Rewrites every page's `PageLanguage` rows from the rule; returns the number of rows."""
    from django.db import transaction
    from wagtail.models import Page

    from .models import PageLanguage

    with transaction.atomic():
        PageLanguage.objects.all().delete()
        rows = [
            PageLanguage(page_id=page.pk, language=language)
            for page in Page.objects.specific().iterator(chunk_size=500)
            if hasattr(page, "translation_required")
            for language in available_languages(page)
        ]
        PageLanguage.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def filter_available(pages: Iterable, language: str) -> list:
    """The pages (specific instances) available in `language`, in their given order."""
    return [page for page in pages if is_available(page, language)]


def language_in_words(code: str) -> str:
    """The language's name in the active (admin) language, e.g. "Russian" or "rus dili"."""
    from django.utils.translation import pgettext

    names = {
        "az": pgettext("language", "Azerbaijani"),
        "en": pgettext("language", "English"),
        "ru": pgettext("language", "Russian"),
    }
    if code in names:
        return names[code]
    from cms.core.languages import language_name

    return language_name(code)


def incomplete_translation_errors(
    values_by_field: dict[str, dict[str, object]], field_labels: dict[str, str]
) -> dict[str, str]:
    """Form errors for translations that are started but not finished.

    `values_by_field` maps a required field to its values per language, `field_labels` to its
    label (in the admin's language). The default language must be complete; any other language
    must be either complete or entirely empty. The result maps the localized field name
    (e.g. "summary_en") to a message that names the field as the form labels it and the language
    in the admin's language: "Summary (Russian): required, because …".
    """
    from django.utils.text import capfirst
    from django.utils.translation import gettext as _

    errors: dict[str, str] = {}
    default = default_language()
    for language in language_codes():
        filled = {name: is_filled(values.get(language)) for name, values in values_by_field.items()}
        if language != default and not any(filled.values()):
            continue
        for name, ok in filled.items():
            if ok:
                continue
            if language == default:
                message = _("%(field)s (%(language)s): required, because every page is published in this language.")
            else:
                message = _(
                    "%(field)s (%(language)s): required, because the version in this language has been started. "
                    "Fill it in, or leave every field of this language empty."
                )
            label = capfirst(str(field_labels.get(name, name)))
            errors[localized(name, language)] = message % {"field": label, "language": language_in_words(language)}
    return errors
