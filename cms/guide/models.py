"""The Investor's Guide: page types.

The tree is: Home → Investor's Guide → topic sections → guide articles; and Home → Incentives,
Priority sectors, Investment projects, Services, each an index holding its pages. Every text field
is translated (az, en, ru) by modeltranslation (see `translation.py`); `translation_required`
names the fields a language version needs before the page is offered in that language.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.forms import CheckboxSelectMultiple
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.translator import translator
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.core.bodies import Body
from cms.core.languages import default_language, language_codes, localized

from . import availability, paths
from .api_fields import (
    ChoiceLabelField,
    LegalActListField,
    PageLinkListField,
    ProcedureTotalsField,
    TermField,
    TermListField,
)
from .blocks import (
    RICH_TEXT_FEATURES,
    BenefitBlock,
    ConditionBlock,
    GuideStreamBlock,
    KeyFigureBlock,
    OpportunityBlock,
    PartnerBlock,
    ProcedureStepsBlock,
    StepBlock,
)
from .forms import TranslatedPageForm
from .snippets import Currency, Institution, LegalAct, Region, Sector, TaxRate  # noqa: F401  (registers the snippet models)


class TranslatedPage(Page):
    """What every page of the portal shares: availability per language and its language links."""

    translation_required: tuple[str, ...] = ("title", "slug")
    base_form_class = TranslatedPageForm
    # The public site is built by `frontend/` from the API; this template only serves the
    # embedded default until a static build exists.
    template = "guide/page.html"

    class Meta:
        abstract = True

    # Validation and naming in the default language --------------------------------------------
    #
    # modeltranslation turns `title`, `slug`, `summary`, … into accessors of the *active* language's
    # column, and Wagtail validates and names a page through them (`full_clean`, `minimal_clean`,
    # `draft_title`, `str(page)`, slug checks). The active language is the admin's, so with the
    # admin in English an Azerbaijani-only page looked blank. The default language is the version
    # that must be complete, so that is the one these checks read; other languages are checked by
    # the form (a started version must be finished, see `forms.py`).

    def __str__(self):
        return (
            getattr(self, localized("title", translation.get_language() or default_language()), None)
            or self.default_title
        )

    @property
    def default_title(self) -> str:
        return getattr(self, localized("title", default_language())) or ""

    def _set_core_field_defaults(self):
        # The slug made from the title, and `draft_title`, come from the default language.
        with translation.override(default_language()):
            super()._set_core_field_defaults()

    def clean_fields(self, exclude=None):
        """Validates each translated field's default-language value with the field's own rules.

        The untranslated accessor (`title`) is left out: it reads the admin's language. Errors are
        reported on the default language's column (`title_az`), which is a field of the form.
        """
        exclude = set(exclude or ())
        translated = set(translator.get_options_for_model(type(self)).all_fields) - exclude
        errors: dict[str, list] = {}
        try:
            super().clean_fields(exclude=exclude | translated)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in translated:
            field, column = self._meta.get_field(name), localized(name, default_language())
            if column in exclude:
                continue
            value = getattr(self, column)
            if field.blank and value in field.empty_values:
                continue
            try:
                setattr(self, column, field.clean(value, self))
            except ValidationError as error:
                errors[column] = error.error_list
        if errors:
            raise ValidationError(errors)

    def minimal_clean(self):
        # What Wagtail checks before saving a draft: a title, and slugs free among the siblings.
        self._set_core_field_defaults()
        column = localized("title", default_language())
        try:
            setattr(self, column, self._meta.get_field("title").clean(getattr(self, column), self))
        except ValidationError as error:
            raise ValidationError({column: error.error_list}) from error
        self._check_slug_is_unique()

    def _check_slug_is_unique(self):
        errors = self.slug_clashes(self.get_parent())
        if errors:
            raise ValidationError(errors)

    def slug_clashes(self, parent) -> dict[str, str]:
        """Each language's slug, where it is filled, must be free among `parent`'s other children.

        An empty slug is a language the page is not written in, never a clash. Returns the errors
        by slug column.
        """
        if parent is None:
            return {}
        siblings = parent.get_children()
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        errors = {}
        for language in language_codes():
            column = localized("slug", language)
            slug = getattr(self, column, None)
            if slug and siblings.filter(**{column: slug}).exists():
                errors[column] = _("The slug '%(page_slug)s' is already used by another page in the same section.") % {
                    "page_slug": slug
                }
        return errors

    def clean(self):
        # Page.clean without wagtail-modeltranslation's slug check (see `use_own_slug_check`).
        super(Page, self).clean()
        self._check_slug_is_unique()

    @classmethod
    def use_own_slug_check(cls) -> None:
        """Undoes wagtail-modeltranslation's wrapping of `clean` on `Page` and the guide's page types.

        Its check compares each language's slug with the siblings' and so finds two pages that both
        lack an English slug "already in use"; `_check_slug_is_unique` checks filled slugs only.
        Called once the library has patched the models (`GuideConfig.ready`).
        """
        for model in [Page, cls, *_subclasses(cls)]:
            clean = model.__dict__.get("clean")
            if clean is not None and clean.__module__ == "wagtail_modeltranslation.patch_wagtailadmin":
                wrapped = dict(zip(clean.__code__.co_freevars, clean.__closure__ or (), strict=True))[
                    "old_clean"
                ].cell_contents
                model.clean = wrapped

    def save_revision(self, *args, **kwargs):
        # A revision is named (`object_str`, `draft_title`) after the default language's title.
        with translation.override(default_language()):
            return super().save_revision(*args, **kwargs)

    @property
    def available_languages(self) -> list[str]:
        return availability.available_languages(self)

    @property
    def translations(self) -> dict:
        return paths.language_versions(self)

    @property
    def preview_modes(self):
        """One preview per language: editors see each version as the public site will show it."""
        from django.conf import settings

        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        from django.conf import settings

        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        # Rendered from the page's API representation by the public site's own templates.
        from frontend.preview import render_preview

        return render_preview(self, mode_name)


def _subclasses(cls) -> list[type]:
    found = []
    for subclass in cls.__subclasses__():
        found += [subclass, *_subclasses(subclass)]
    return found


class ContentPage(TranslatedPage):
    """A page with a summary and a review date: articles, incentives, sectors, projects, services."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One or two plain sentences (at most 300 characters) shown in listings, search results and link previews."
        ),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The date an editor last checked the page against the law. Shown to readers as 'Last reviewed'."),
    )

    translation_required: tuple[str, ...] = ("title", "slug", "summary")
    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        abstract = True


class HomePage(TranslatedPage):
    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The welcome text at the top of the home page: two or three sentences."),
    )

    translation_required = ("title", "intro")
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "guide.GuideIndexPage",
        "guide.IncentiveIndexPage",
        "guide.SectorIndexPage",
        "guide.ProjectIndexPage",
        "guide.ServiceIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class IndexPage(TranslatedPage):
    """A section that lists its child pages."""

    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        help_text=_("A short introduction shown above the list of pages in this section."),
    )

    translation_required = ("title", "slug", "intro")
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["guide.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


class GuideIndexPage(IndexPage):
    subpage_types = ["guide.TopicPage"]

    class Meta:
        verbose_name = _("investor's guide index")
        verbose_name_plural = _("investor's guide indexes")


class TopicPage(TranslatedPage):
    """A topic section of the guide: taxation, customs, migration and visas, …"""

    topic_key = models.SlugField(
        _("topic code"),
        max_length=40,
        unique=True,
        help_text=_("A stable code for the topic, e.g. 'taxation'. Search filters and appeal categories use it."),
    )
    intro = RichTextField(
        _("introduction"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What this topic covers, shown above the list of its articles."),
    )

    translation_required = ("title", "slug", "intro")
    content_panels = Page.content_panels + [FieldPanel("topic_key"), FieldPanel("intro")]
    api_fields = [APIField("topic_key"), APIField("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.FilterField("topic_key")]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = ["guide.GuidePage", "guide.ProcedurePage"]

    class Meta:
        verbose_name = _("topic section")
        verbose_name_plural = _("topic sections")


class GuidePage(ContentPage):
    """A guide article: what the rule is, what the investor must do, and on what legal basis."""

    body = StreamField(
        GuideStreamBlock(),
        verbose_name=_("body"),
        help_text=_("The article: text, key facts, rate tables, steps, questions and answers, call-outs and links."),
    )
    legal_basis = ParentalManyToManyField(
        LegalAct,
        blank=True,
        related_name="guide_pages",
        verbose_name=_("legal basis"),
        help_text=_("The laws and decrees this article is based on. They are cited at the end of the page."),
    )

    translation_required = ("title", "slug", "summary", "body")
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("legal_basis", widget=CheckboxSelectMultiple), FieldPanel("last_reviewed")],
            heading=_("Legal basis and review"),
        ),
        InlinePanel(
            "related_links", label=_("Related pages"), help_text=_("Other pages a reader of this one will need.")
        ),
    ]
    # What the API reads of related tables, fetched for a whole listing at once.
    api_prefetch = ("legal_basis", "related_links__target")
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("legal_basis", serializer=LegalActListField()),
        APIField("last_reviewed"),
        APIField("related_pages", serializer=PageLinkListField()),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("body")]
    parent_page_types = ["guide.TopicPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("guide article")
        verbose_name_plural = _("guide articles")

    @property
    def related_pages(self):
        # `.all()`, so that a listing's prefetch (`api_prefetch`) serves every page's links at once.
        return [link.target for link in self.related_links.all() if link.target_id]


class RelatedPageLink(Orderable):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("A page to suggest at the end of the article."),
    )

    panels = [PageChooserPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


class IncentiveIndexPage(IndexPage):
    subpage_types = ["guide.IncentivePage"]

    class Meta:
        verbose_name = _("incentives index")
        verbose_name_plural = _("incentives indexes")


class LegalForm(models.TextChoices):
    """Who may receive an incentive (`IncentivePage.legal_forms`), as the API names them."""

    LEGAL_ENTITY = "legal_entity", _("Legal entities")
    INDIVIDUAL_ENTREPRENEUR = "individual_entrepreneur", _("Individual entrepreneurs")


class IncentivePage(ContentPage):
    """A privilege or exemption, with its eligibility as structured data."""

    body = StreamField(
        GuideStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Optional further explanation: text, key facts, FAQ, links."),
    )
    sectors = ParentalManyToManyField(
        Sector,
        blank=True,
        related_name="incentives",
        verbose_name=_("eligible sectors"),
        help_text=_("Sectors the incentive is open to. Leave all unticked if it is open to every sector."),
    )
    regions = ParentalManyToManyField(
        Region,
        blank=True,
        related_name="incentives",
        verbose_name=_("eligible regions"),
        help_text=_("Regions the incentive applies in. Leave all unticked if it applies everywhere."),
    )
    min_investment = models.DecimalField(
        _("minimum investment"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The smallest investment that qualifies, if there is one. Leave empty if there is no minimum."),
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.AZN,
        help_text=_("The currency of the minimum investment."),
    )
    open_to_legal_entities = models.BooleanField(
        _("open to legal entities"), default=True, help_text=_("Tick if companies (legal entities) can receive it.")
    )
    open_to_individual_entrepreneurs = models.BooleanField(
        _("open to individual entrepreneurs"),
        default=False,
        help_text=_("Tick if individual entrepreneurs can receive it."),
    )
    open_to_new_businesses = models.BooleanField(
        _("open to new businesses"),
        default=True,
        help_text=_("Tick if a business that does not exist yet can receive it. Used by the incentive checker."),
    )
    open_to_expansions = models.BooleanField(
        _("open to expansions"),
        default=True,
        help_text=_("Tick if an existing business that expands can receive it. Used by the incentive checker."),
    )
    state_share_limit = models.PositiveSmallIntegerField(
        _("excluded from state share (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Businesses in which the state holds this percentage or more cannot receive it (e.g. 30). "
            "Leave empty if the state's share does not matter."
        ),
    )
    min_export_share = models.PositiveSmallIntegerField(
        _("minimum export share (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "The share of output that must be exported (e.g. 75). Leave empty if there is no export requirement."
        ),
    )
    conditions_to_check = StreamField(
        [("condition", ConditionBlock())],
        blank=True,
        verbose_name=_("conditions to check"),
        help_text=_(
            "Conditions the checker cannot settle from the investor's answers, each with who confirms it. "
            "An investor who meets every other condition is told 'possibly eligible' and shown these."
        ),
    )
    benefits = StreamField(
        [("benefit", BenefitBlock())],
        verbose_name=_("benefits"),
        help_text=_("Each benefit with how many years it lasts."),
    )
    how_to_apply = RichTextField(
        _("how to apply"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Who applies where, with which documents, and how long it takes."),
    )
    issuing_body = models.CharField(
        _("issuing body"),
        max_length=200,
        help_text=_("The authority that grants the incentive, e.g. the Ministry of Economy."),
    )
    legal_basis = ParentalManyToManyField(
        LegalAct,
        blank=True,
        related_name="incentive_pages",
        verbose_name=_("legal basis"),
        help_text=_("The laws and decrees that grant the incentive."),
    )

    translation_required = ("title", "slug", "summary", "benefits", "how_to_apply", "issuing_body")
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("sectors", widget=CheckboxSelectMultiple),
                FieldPanel("regions", widget=CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("min_investment"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("open_to_legal_entities"), FieldPanel("open_to_individual_entrepreneurs")]),
                FieldRowPanel([FieldPanel("open_to_new_businesses"), FieldPanel("open_to_expansions")]),
                FieldRowPanel([FieldPanel("state_share_limit"), FieldPanel("min_export_share")]),
                InlinePanel(
                    "sector_minimums",
                    heading=_("Minimum investment by sector"),
                    label=_("Minimum for a sector"),
                    help_text=_(
                        "Where the minimum differs by sector, the smallest amount that can qualify in each. "
                        "The checker uses a sector's own minimum before the general one above."
                    ),
                ),
                FieldPanel("conditions_to_check"),
            ],
            heading=_("Eligibility"),
        ),
        FieldPanel("benefits"),
        FieldPanel("how_to_apply"),
        FieldPanel("issuing_body"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("legal_basis", widget=CheckboxSelectMultiple), FieldPanel("last_reviewed")],
            heading=_("Legal basis and review"),
        ),
    ]
    # What the API reads of related tables, fetched for a whole listing at once.
    api_prefetch = ("sectors", "regions", "legal_basis", "sector_minimums__sector")
    api_fields = [
        APIField("summary"),
        APIField("sectors", serializer=TermListField()),
        APIField("regions", serializer=TermListField()),
        APIField("min_investment"),
        APIField("currency"),
        APIField("sector_minimums"),
        APIField("legal_forms"),
        APIField("legal_forms_labels", serializer=ChoiceLabelField(LegalForm, source="legal_forms")),
        APIField("open_to_new_businesses"),
        APIField("open_to_expansions"),
        APIField("state_share_limit"),
        APIField("min_export_share"),
        APIField("conditions_to_check"),
        APIField("benefits"),
        APIField("how_to_apply"),
        APIField("issuing_body"),
        APIField("body"),
        APIField("legal_basis", serializer=LegalActListField()),
        APIField("last_reviewed"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("benefits"),
        index.SearchField("how_to_apply"),
        index.SearchField("body"),
    ]
    parent_page_types = ["guide.IncentiveIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("incentive")
        verbose_name_plural = _("incentives")

    @property
    def legal_forms(self) -> list[str]:
        forms = []
        if self.open_to_legal_entities:
            forms.append(LegalForm.LEGAL_ENTITY.value)
        if self.open_to_individual_entrepreneurs:
            forms.append(LegalForm.INDIVIDUAL_ENTREPRENEUR.value)
        return forms


class IncentiveSectorMinimum(Orderable):
    """The minimum investment of an incentive in one sector, where it differs by sector."""

    page = ParentalKey(IncentivePage, on_delete=models.CASCADE, related_name="sector_minimums")
    sector = models.ForeignKey(
        Sector,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("sector"),
        help_text=_("The sector this minimum applies to."),
    )
    amount = models.DecimalField(
        _("minimum investment"),
        max_digits=16,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text=_("The smallest investment that can qualify in this sector."),
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.AZN,
        help_text=_("The currency of the amount, as the law states it."),
    )

    panels = [FieldRowPanel([FieldPanel("sector"), FieldPanel("amount"), FieldPanel("currency")])]
    api_fields = [APIField("sector", serializer=TermField()), APIField("amount"), APIField("currency")]

    class Meta(Orderable.Meta):
        verbose_name = _("minimum investment for a sector")
        verbose_name_plural = _("minimum investments by sector")


class SectorIndexPage(IndexPage):
    subpage_types = ["guide.PrioritySectorPage"]

    class Meta:
        verbose_name = _("priority sectors index")
        verbose_name_plural = _("priority sectors indexes")


class PrioritySectorPage(ContentPage):
    sector = models.ForeignKey(
        Sector,
        on_delete=models.PROTECT,
        related_name="sector_pages",
        verbose_name=_("sector"),
        help_text=_("The sector of the taxonomy this page presents; projects and incentives are matched by it."),
    )
    overview = RichTextField(
        _("overview"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Why invest in this sector: the case in two or three paragraphs."),
    )
    key_figures = StreamField(
        [("figure", KeyFigureBlock())],
        blank=True,
        verbose_name=_("key figures"),
        help_text=_("A few figures with their sources."),
    )
    opportunities = StreamField(
        [("opportunity", OpportunityBlock())],
        blank=True,
        verbose_name=_("opportunities"),
        help_text=_("Concrete openings for investors in this sector."),
    )
    related_incentives = ParentalManyToManyField(
        "guide.IncentivePage",
        blank=True,
        related_name="+",
        verbose_name=_("related incentives"),
        help_text=_("Incentives an investor in this sector should know."),
    )
    related_projects = ParentalManyToManyField(
        "guide.ProjectPage",
        blank=True,
        related_name="+",
        verbose_name=_("related projects"),
        help_text=_("Investment projects in this sector to show on the page."),
    )

    translation_required = ("title", "slug", "summary", "overview")
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("sector"),
        FieldPanel("overview"),
        FieldPanel("key_figures"),
        FieldPanel("opportunities"),
        FieldPanel("related_incentives", widget=CheckboxSelectMultiple),
        FieldPanel("related_projects", widget=CheckboxSelectMultiple),
        FieldPanel("last_reviewed"),
    ]
    # What the API reads of related tables, fetched for a whole listing at once.
    api_prefetch = ("sector", "related_incentives", "related_projects")
    api_fields = [
        APIField("summary"),
        APIField("sector", serializer=TermField()),
        APIField("overview"),
        APIField("key_figures"),
        APIField("opportunities"),
        APIField("incentives", serializer=PageLinkListField()),
        APIField("projects", serializer=PageLinkListField()),
        APIField("last_reviewed"),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("overview"), index.SearchField("opportunities")]
    parent_page_types = ["guide.SectorIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("priority sector")
        verbose_name_plural = _("priority sectors")

    @property
    def incentives(self):
        return list(self.related_incentives.all())

    @property
    def projects(self):
        return list(self.related_projects.all())


class ProjectIndexPage(IndexPage):
    subpage_types = ["guide.ProjectPage"]

    class Meta:
        verbose_name = _("investment projects index")
        verbose_name_plural = _("investment projects indexes")


class ProjectPage(ContentPage):
    class Status(models.TextChoices):
        PROPOSAL = "proposal", _("Proposal")
        SEEKING_INVESTOR = "seeking_investor", _("Seeking an investor")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the project is, what it needs and what it offers an investor."),
    )
    sector = models.ForeignKey(
        Sector,
        on_delete=models.PROTECT,
        related_name="projects",
        verbose_name=_("sector"),
        help_text=_("The project's sector; listings and search filter by it."),
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="projects",
        verbose_name=_("region"),
        help_text=_("The economic region where the project is located."),
    )
    investment_value = models.DecimalField(
        _("investment value"),
        max_digits=16,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text=_("The total (or indicative) investment, as a number without spaces."),
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.USD,
        help_text=_("The currency of the investment value."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SEEKING_INVESTOR,
        help_text=_("Where the project stands; listings can be filtered by it."),
    )
    partners = StreamField(
        [("partner", PartnerBlock())],
        blank=True,
        verbose_name=_("partners"),
        help_text=_("Public bodies or companies involved, one per entry."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year work starts or started."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Location in decimal degrees, e.g. 40.40930 for Baku."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Location in decimal degrees, e.g. 49.86709 for Baku."),
    )

    translation_required = ("title", "slug", "summary", "description")
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sector"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("investment_value"), FieldPanel("currency")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("start_year")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Project data"),
        ),
        FieldPanel("partners"),
        InlinePanel("images", label=_("Images"), help_text=_("Photos or plans of the site, each with a description.")),
        FieldPanel("last_reviewed"),
    ]
    # What the API reads of related tables, fetched for a whole listing at once.
    api_prefetch = ("sector", "region", "images__image")
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("sector", serializer=TermField()),
        APIField("region", serializer=TermField()),
        APIField("investment_value"),
        APIField("currency"),
        APIField("status"),
        APIField("status_label", serializer=ChoiceLabelField(Status, source="status")),
        APIField("partners"),
        APIField("start_year"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("images"),
        APIField("last_reviewed"),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("description")]
    parent_page_types = ["guide.ProjectIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("investment project")
        verbose_name_plural = _("investment projects")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})


class ProjectImage(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("A photo or plan of the project."),
    )
    caption = models.CharField(
        _("description"),
        max_length=255,
        help_text=_("What the image shows. Read aloud to blind visitors, so describe it, do not just name it."),
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]
    api_fields = [
        APIField("image"),
        APIField("caption"),
        # A size the public site can show as it is: at most 960×720, never cropped.
        APIField("rendition", serializer=ImageRenditionField("max-960x720", source="image")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("project image")
        verbose_name_plural = _("project images")


class ServiceIndexPage(IndexPage):
    subpage_types = ["guide.ServicePage"]

    class Meta:
        verbose_name = _("services index")
        verbose_name_plural = _("services indexes")


class ServicePage(ContentPage):
    """A service of the Ministry of Economy or AZPROMO."""

    description = RichTextField(
        _("what it is"), features=RICH_TEXT_FEATURES, help_text=_("What the service gives the investor.")
    )
    who_may_use = RichTextField(
        _("who may use it"), features=RICH_TEXT_FEATURES, help_text=_("Who is eligible and on what conditions.")
    )
    steps = StreamField(
        [("step", StepBlock())], verbose_name=_("steps"), help_text=_("How to use the service, step by step.")
    )
    fee = models.CharField(_("fee"), max_length=200, help_text=_("What it costs, e.g. 'Free of charge'."))
    duration = models.CharField(_("time"), max_length=200, help_text=_("How long it takes, e.g. '5 working days'."))
    responsible_body = models.CharField(
        _("responsible body"), max_length=3, choices=Body.choices, help_text=_("Who provides the service.")
    )
    ehis_url = models.URLField(
        _("e-service link"),
        blank=True,
        help_text=_(
            "Where the service is interactive: the address of the e-service on the e-government portal (EHİS)."
        ),
    )
    appeal_cta = models.BooleanField(
        _("offer 'Submit an appeal'"),
        default=False,
        help_text=_("Show a button that leads the visitor to submit an appeal from their e-cabinet."),
    )

    translation_required = ("title", "slug", "summary", "description", "who_may_use", "steps", "fee", "duration")
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("who_may_use"),
        FieldPanel("steps"),
        FieldRowPanel([FieldPanel("fee"), FieldPanel("duration")]),
        FieldPanel("responsible_body"),
        FieldRowPanel([FieldPanel("ehis_url"), FieldPanel("appeal_cta")]),
        FieldPanel("last_reviewed"),
    ]
    api_prefetch = ("procedures",)
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("who_may_use"),
        APIField("steps"),
        APIField("fee"),
        APIField("duration"),
        APIField("responsible_body"),
        APIField("responsible_body_label", serializer=ChoiceLabelField(Body, source="responsible_body")),
        APIField("ehis_url"),
        APIField("appeal_cta"),
        APIField("procedures", serializer=PageLinkListField(source="procedure_pages")),
        APIField("last_reviewed"),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("description"), index.SearchField("who_may_use")]
    parent_page_types = ["guide.ServiceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def procedure_pages(self):
        """The live procedures that name this service, in the tree's order (`.all()`, so that a
        listing's prefetch serves every service at once)."""
        return sorted((page for page in self.procedures.all() if page.live), key=lambda page: page.path)


def step_figures(step) -> tuple:
    """What a procedure's step states that is the same in every language: its body, cost, time,
    the "at the same time" mark, e-service and legal basis."""
    value = step.value
    return (
        getattr(value.get("institution"), "pk", None),
        bool(value.get("parallel")),
        getattr(value.get("fee"), "pk", None),
        value.get("amount"),
        value.get("currency") or None if value.get("amount") is not None else None,
        value.get("days_min"),
        value.get("days_max"),
        bool(value.get("unconfirmed")),
        value.get("online_url") or "",
        tuple(getattr(act, "pk", None) for act in value.get("legal_basis") or ()),
    )


class ProcedurePage(ContentPage):
    """A procedure step by step: each step's body, documents, result, cost, time and legal basis.

    The totals (steps, bodies, cost per currency, time range) are computed from the steps
    (`procedures.compute`), never typed.
    """

    purpose = RichTextField(
        _("what it achieves"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the investor has at the end of the procedure, in two or three sentences."),
    )
    audience = RichTextField(
        _("who needs it"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Who must go through the procedure, and who is exempt."),
    )
    steps = StreamField(
        ProcedureStepsBlock(),
        verbose_name=_("steps"),
        help_text=_(
            "The steps in order. Body, cost, time and legal basis must be the same in every language; "
            "the totals at the top of the page are computed from them."
        ),
    )
    services = ParentalManyToManyField(
        "guide.ServicePage",
        blank=True,
        related_name="procedures",
        verbose_name=_("services"),
        help_text=_("The services of the Ministry or AZPROMO this procedure belongs to; they link to it."),
    )
    legal_basis = ParentalManyToManyField(
        LegalAct,
        blank=True,
        related_name="procedure_pages",
        verbose_name=_("legal basis"),
        help_text=_("The laws and decrees that govern the whole procedure. They are cited at the end of the page."),
    )

    translation_required = ("title", "slug", "summary", "purpose", "audience", "steps")
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("purpose"),
        FieldPanel("audience"),
        FieldPanel("steps"),
        FieldPanel("services", widget=CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("legal_basis", widget=CheckboxSelectMultiple), FieldPanel("last_reviewed")],
            heading=_("Legal basis and review"),
        ),
    ]
    api_prefetch = ("legal_basis", "services")
    api_fields = [
        APIField("summary"),
        APIField("purpose"),
        APIField("audience"),
        APIField("steps"),
        APIField("totals", serializer=ProcedureTotalsField(source="steps")),
        APIField("service_pages", serializer=PageLinkListField()),
        APIField("legal_basis", serializer=LegalActListField()),
        APIField("last_reviewed"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("audience"),
        index.SearchField("steps"),
    ]
    parent_page_types = ["guide.TopicPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")

    @property
    def service_pages(self):
        return [page for page in self.services.all() if page.live]

    def clean(self):
        super().clean()
        self._check_figures_agree()

    def _check_figures_agree(self):
        """Each language version's steps state the same figures as the default language's.

        The steps are translated as a whole; their figures must not drift apart, or the totals
        would differ by language. A version not started (no steps) is not compared.
        """
        reference_language = default_language()
        reference_name = translation.get_language_info(reference_language)["name_translated"]
        reference = [step_figures(step) for step in getattr(self, localized("steps", reference_language)) or ()]
        errors = {}
        for language in language_codes():
            if language == reference_language:
                continue
            steps = getattr(self, localized("steps", language)) or ()
            if not len(steps):
                continue
            figures = [step_figures(step) for step in steps]
            if len(figures) != len(reference):
                errors[localized("steps", language)] = _(
                    "This version has %(count)d steps; the version in %(language)s has %(reference)d. "
                    "Every version lists the same steps."
                ) % {"count": len(figures), "language": reference_name, "reference": len(reference)}
                continue
            differing = [
                str(number) for number, (a, b) in enumerate(zip(figures, reference, strict=True), start=1) if a != b
            ]
            if differing:
                errors[localized("steps", language)] = _(
                    "Steps %(steps)s differ from the version in %(language)s in their body, cost, time, e-service "
                    "or legal basis. These figures must be the same in every language."
                ) % {"steps": ", ".join(differing), "language": reference_name}
        if errors:
            raise ValidationError(errors)


class PageLanguage(models.Model):
    """A language a live or draft page is available in, stored so that listings filter on an index.

    The rows are the rule of `availability.py` written down: `availability.record` keeps them in
    step on every save of a page, and `availability.record_all` fills them after `migrate`.
    Nobody edits them.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="available_languages_rows")
    language = models.CharField(max_length=16)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "page"], name="guide_pagelanguage_language_page")]
        verbose_name = _("page language")
        verbose_name_plural = _("page languages")

    def __str__(self):
        return f"{self.page_id} {self.language}"
