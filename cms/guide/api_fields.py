"""Serializers for the guide's relations in Wagtail API v2, in the active language."""

from rest_framework import serializers

from .blocks import serialize_legal_act


class TermField(serializers.Field):
    """A sector or region: {id, key, name}."""

    def to_representation(self, term):
        return {"id": term.pk, "key": term.key, "name": term.name} if term else None


class TermListField(serializers.Field):
    def to_representation(self, manager):
        return [{"id": term.pk, "key": term.key, "name": term.name} for term in manager.all()]


class ChoiceLabelField(serializers.Field):
    """The label of a choice field's code, or of each code of a list, in the active language:
    `status_label` beside `status`. Clients filter by the code and show the label; the label is
    the model's own choice, translated by the catalogues, so no client keeps a copy of it."""

    def __init__(self, choices, **kwargs):
        self.labels = dict(choices.choices)
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        if isinstance(value, list | tuple):
            return [str(self.labels.get(code, code)) for code in value]
        return str(self.labels.get(value, value))


class LegalActListField(serializers.Field):
    def to_representation(self, manager):
        return [serialize_legal_act(act) for act in manager.all()]


class PageLinkListField(serializers.Field):
    """Links to other pages, reduced to those available in the active language."""

    def to_representation(self, pages):
        from wagtail.models import Page

        from .paths import page_link

        pages = list(pages)
        # Links held as plain pages are read as their own types in one query per type, not one per link.
        plain = [page.pk for page in pages if type(page) is Page and "specific" not in page.__dict__]
        if plain:
            specific = {page.pk: page for page in Page.objects.filter(pk__in=plain).specific()}
            pages = [specific.get(page.pk, page) if page.pk in specific else page for page in pages]
        links = (page_link(page) for page in pages)
        return [link for link in links if link is not None]


class ProcedureTotalsField(serializers.Field):
    """A procedure's totals, computed from its steps as the API shows them (`procedures.compute`)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, stream):
        from django.conf import settings
        from django.utils import translation

        from .procedures import compute

        steps = [
            step["value"]
            for step in stream.stream_block.get_api_representation(stream, self.context)
            if step.get("type") == "step"
        ]
        return compute(steps).as_json(translation.get_language() or settings.LANGUAGE_CODE)
