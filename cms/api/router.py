from django.urls import get_script_prefix, get_urlconf
from django.utils import translation
from wagtail.api.v2.router import WagtailAPIRouter

from .views import (
    InstitutionsAPIViewSet,
    LegalActsAPIViewSet,
    RegionsAPIViewSet,
    SectorsAPIViewSet,
    TaxRatesAPIViewSet,
    TranslatedPagesAPIViewSet,
)

# Stands for an object's id in a reversed address, then replaced by the id: no real id is this long.
_SENTINEL = 918273645546372819


class ReversingOnceRouter(WagtailAPIRouter):
    """Wagtail's router, reversing an endpoint's detail address once per endpoint and language.

    Every item of a listing carries its `detail_url`; `reverse()` for each of them was a tenth of
    serialising a listing. The address differs from one object to the next only by the id, so it
    is reversed once with a stand-in id (per model, active language, URL configuration and script
    prefix, all of which `reverse()` reads) and the id put in its place.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._detail_templates: dict[tuple, tuple[str, str] | None] = {}

    def get_object_detail_urlpath(self, model, pk):
        if type(pk) is not int:
            return super().get_object_detail_urlpath(model, pk)
        key = (model, translation.get_language(), get_urlconf(), get_script_prefix())
        try:
            template = self._detail_templates[key]
        except KeyError:
            path = super().get_object_detail_urlpath(model, _SENTINEL)
            template = None
            if path is not None and path.count(str(_SENTINEL)) == 1:
                template = tuple(path.split(str(_SENTINEL)))
            self._detail_templates[key] = template
        if template is None:
            return super().get_object_detail_urlpath(model, pk)
        return f"{template[0]}{pk}{template[1]}"


api_router = ReversingOnceRouter("wagtailapi")
api_router.register_endpoint("pages", TranslatedPagesAPIViewSet)
api_router.register_endpoint("tax-rates", TaxRatesAPIViewSet)
api_router.register_endpoint("legal-acts", LegalActsAPIViewSet)
api_router.register_endpoint("sectors", SectorsAPIViewSet)
api_router.register_endpoint("regions", RegionsAPIViewSet)
api_router.register_endpoint("institutions", InstitutionsAPIViewSet)
