"""What modeltranslation translates: every text a reader sees, in az, en and ru."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    GuideIndexPage,
    GuidePage,
    HomePage,
    IncentiveIndexPage,
    IncentivePage,
    PrioritySectorPage,
    ProcedurePage,
    ProjectImage,
    ProjectIndexPage,
    ProjectPage,
    SectorIndexPage,
    ServiceIndexPage,
    ServicePage,
    TopicPage,
)
from .snippets import Institution, LegalAct, Region, Sector, TaxRate

ALL_LANGUAGES = ("az", "en", "ru")


# Reference data is short and shared by every page: it must exist in every language.
@register(Sector)
class SectorTR(TranslationOptions):
    fields = ("name",)
    required_languages = ALL_LANGUAGES


@register(Region)
class RegionTR(TranslationOptions):
    fields = ("name",)
    required_languages = ALL_LANGUAGES


@register(LegalAct)
class LegalActTR(TranslationOptions):
    fields = ("title",)
    required_languages = ALL_LANGUAGES


@register(TaxRate)
class TaxRateTR(TranslationOptions):
    fields = ("name", "note", "applies_to")
    required_languages = {"default": (), **{lang: ("name", "applies_to") for lang in ALL_LANGUAGES}}


@register(Institution)
class InstitutionTR(TranslationOptions):
    fields = ("name", "address", "hours")
    required_languages = {"default": (), **{lang: ("name",) for lang in ALL_LANGUAGES}}


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro",)


@register(GuideIndexPage)
@register(IncentiveIndexPage)
@register(SectorIndexPage)
@register(ProjectIndexPage)
@register(ServiceIndexPage)
@register(TopicPage)
class IndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(GuidePage)
class GuidePageTR(TranslationOptions):
    fields = ("summary", "body")


@register(IncentivePage)
class IncentivePageTR(TranslationOptions):
    fields = ("summary", "body", "benefits", "how_to_apply", "issuing_body", "conditions_to_check")


@register(PrioritySectorPage)
class PrioritySectorPageTR(TranslationOptions):
    fields = ("summary", "overview", "key_figures", "opportunities")


@register(ProjectPage)
class ProjectPageTR(TranslationOptions):
    fields = ("summary", "description", "partners")


@register(ProjectImage)
class ProjectImageTR(TranslationOptions):
    fields = ("caption",)


@register(ServicePage)
class ServicePageTR(TranslationOptions):
    fields = ("summary", "description", "who_may_use", "steps", "fee", "duration")


@register(ProcedurePage)
class ProcedurePageTR(TranslationOptions):
    fields = ("summary", "purpose", "audience", "steps")
