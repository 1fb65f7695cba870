from wagtail.api.v2.router import WagtailAPIRouter

from .views import LegalActsAPIViewSet, RegionsAPIViewSet, SectorsAPIViewSet, TaxRatesAPIViewSet, TranslatedPagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", TranslatedPagesAPIViewSet)
api_router.register_endpoint("tax-rates", TaxRatesAPIViewSet)
api_router.register_endpoint("legal-acts", LegalActsAPIViewSet)
api_router.register_endpoint("sectors", SectorsAPIViewSet)
api_router.register_endpoint("regions", RegionsAPIViewSet)
