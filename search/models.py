"""What search keeps in the database: editors' synonyms and best bets, the query log, and the
embedded backend's index (one entry per page and language, and the vocabulary for "did you mean").
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel

LANGUAGE_CHOICES = settings.LANGUAGES

# Characters that would change the meaning of a synonym rule in Elasticsearch's Solr format.
_RULE_SYNTAX = re.compile(r"[,;=>#\\]")


def split_terms(text: str) -> list[str]:
    """The terms of a synonym group: one per line, blank lines ignored, duplicates dropped."""
    seen: dict[str, str] = {}
    for line in (text or "").splitlines():
        term = " ".join(line.split())
        if term and term.casefold() not in seen:
            seen[term.casefold()] = term
    return list(seen.values())


class SynonymGroup(models.Model):
    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("What the group is about, for editors only, e.g. 'VAT'."),
    )
    terms = models.TextField(
        _("terms"),
        help_text=_(
            "One term per line, in any language: ƏDV, VAT, НДС, value added tax. A search for any of "
            "them also finds pages that use the others."
        ),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to stop applying the group without deleting it.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [FieldPanel("name"), FieldPanel("terms"), FieldPanel("active")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return self.name

    @property
    def term_list(self) -> list[str]:
        return split_terms(self.terms)

    @property
    def terms_preview(self) -> str:
        return " · ".join(self.term_list)

    def clean(self):
        super().clean()
        terms = self.term_list
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two terms, one per line.")})
        bad = [term for term in terms if _RULE_SYNTAX.search(term)]
        if bad:
            raise ValidationError(
                {"terms": _("Terms cannot contain , ; = > # or \\: %(terms)s") % {"terms": ", ".join(bad)}}
            )


class BestBet(models.Model):
    """An editor's pick: for this query in this language, this page comes first."""

    query = models.CharField(
        _("query"),
        max_length=200,
        help_text=_("The search as visitors type it, e.g. 'vat'. Case, accents and Azerbaijani letters do not matter."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=LANGUAGE_CHOICES,
        help_text=_("The language of the search the pick applies to."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("The page to recommend. It is shown only if it is published and translated into this language."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"),
        default=0,
        help_text=_("When several pages are pinned to one query, lower numbers come first."),
    )
    normalized_query = models.CharField(max_length=200, editable=False, db_index=True)

    panels = [FieldPanel("query"), FieldPanel("language"), PageChooserPanel("page"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["language", "normalized_query", "sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["normalized_query", "language", "page"], name="search_bestbet_unique_page_per_query"
            ),
        ]
        verbose_name = _("best bet")
        verbose_name_plural = _("best bets")

    def __str__(self):
        return f"{self.query} [{self.language}] → {self.page}"

    def save(self, *args, **kwargs):
        from .analysis import analyzer

        self.normalized_query = " ".join(analyzer(self.language).folded_tokens(self.query))[:200]
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        from .analysis import analyzer

        if self.language and not analyzer(self.language).folded_tokens(self.query or ""):
            raise ValidationError({"query": _("The query must contain at least one word.")})


class QueryLogEntry(models.Model):
    """One search as it was asked. No address, user, session or cookie is kept: only the words."""

    query = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    result_count = models.PositiveIntegerField(_("results"))
    took_ms = models.PositiveIntegerField(_("time (ms)"))
    backend = models.CharField(_("backend"), max_length=20)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["result_count", "language"], name="search_querylog_zero_idx")]
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")

    def __str__(self):
        return f"{self.query} [{self.language}]"


class IndexEntry(models.Model):
    """The embedded backend's document: one page in one language.

    The analysed columns (`*_terms`) hold the output of `search.analysis`; the database's own full
    text engine (an FTS5 table on SQLite, a tsvector column on PostgreSQL, both added by migration
    0002) indexes them with no further stemming, so both databases match the same words.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    page_type = models.CharField(max_length=20)
    topic = models.CharField(max_length=60, blank=True)
    sectors = models.CharField(max_length=500, blank=True)  # space-separated keys
    regions = models.CharField(max_length=500, blank=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    title_terms = models.TextField(blank=True)
    summary_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    title_prefixes = models.TextField(blank=True)  # folded, unstemmed title words for autocomplete
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="search_indexentry_page_language")]
        indexes = [
            models.Index(fields=["language", "page_type"], name="search_entry_lang_type_idx"),
            # Covers what a search reads of every match (language, then the facet columns), so the
            # full text match joins a narrow index instead of the wide rows with their texts.
            models.Index(
                fields=["id", "language", "page_type", "topic", "sectors", "regions"], name="search_entry_facets_idx"
            ),
        ]

    def __str__(self):
        return f"{self.title} [{self.language}]"


class VocabularyTerm(models.Model):
    """A word of the indexed text, folded, with the form it is written in: "did you mean" offers it."""

    language = models.CharField(max_length=8)
    folded = models.CharField(max_length=100)
    surface = models.CharField(max_length=100)
    stem = models.CharField(max_length=100)
    length = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "folded"], name="search_vocabulary_unique")]
        indexes = [
            models.Index(fields=["language", "length"], name="search_vocabulary_len_idx"),
            models.Index(fields=["language", "stem"], name="search_vocabulary_stem_idx"),
        ]


class CacheGeneration(models.Model):
    """A number changed whenever something search keeps in memory may have changed.

    Each process caches facet labels and best bets with the generation it read them at, and reads
    them again when the number has changed: publishing, a saved sector, region or best bet, and
    any write to the index all change it, whichever process did the work.
    """

    name = models.CharField(max_length=40, primary_key=True)
    value = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.name}: {self.value}"


class Passage(models.Model):
    """A piece of a published page the assistant can quote: one section, FAQ answer, step or rate row.

    Built by `search.passages` from the page in one language, rebuilt with the page's search
    documents; the text is the page's own, the anchor the one the static site gives the place.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8, help_text="The language of the page version this comes from.")
    position = models.PositiveIntegerField(help_text="Order on the page: earlier passages come first.")
    kind = models.CharField(
        max_length=20, help_text="text, summary, faq, step, facts, rate, benefit or callout: the part of the page."
    )
    title = models.CharField(max_length=255, help_text="The page's title in this language.")
    section = models.CharField(max_length=500, blank=True, help_text="The headings above the passage, joined by ›.")
    anchor = models.CharField(max_length=120, blank=True, help_text="The id of the place on the page, without #.")
    url = models.CharField(max_length=600, help_text="The page's public path with the anchor.")
    text = models.TextField(help_text="The page's words, as a reader sees them.")
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="The page's last-reviewed date, or its last publication (see date_source)."
    )
    date_source = models.CharField(
        max_length=10,
        help_text="'reviewed' when last_reviewed is the editor's review date, 'published' when the page has none.",
    )
    facts = models.JSONField(
        default=list, blank=True, help_text="Structured facts of the passage: a rate row's figures."
    )
    text_terms = models.TextField(blank=True, help_text="The text through the language's search analysis.")
    context_terms = models.TextField(blank=True, help_text="The title and headings through the same analysis.")

    class Meta:
        ordering = ["page_id", "language", "position"]
        indexes = [models.Index(fields=["language", "page"], name="search_passage_lang_page_idx")]

    def __str__(self):
        return f"{self.title} › {self.section} [{self.language}]"


class CuratedAnswer(models.Model):
    """An editor's answer: when a question reads like one of these, the assistant points to this page."""

    language = models.CharField(
        _("language"),
        max_length=8,
        choices=LANGUAGE_CHOICES,
        help_text=_("The language the questions are asked in."),
    )
    questions = models.TextField(
        _("questions"),
        help_text=_(
            "One question per line, worded as investors ask it. Case, punctuation and Azerbaijani letters do not matter."
        ),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("The page that answers. It is used only while it is published and translated into this language."),
    )
    anchor = models.CharField(
        _("section"),
        max_length=120,
        blank=True,
        help_text=_("Optional: the id of the section that answers (the part after # in its link)."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to stop using the answer without deleting it.")
    )
    suggested = models.BooleanField(
        _("suggest on the assistant's page"),
        default=False,
        help_text=_(
            "Tick to offer the first question as an example on the assistant's page, under the page's section."
        ),
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("questions"),
        PageChooserPanel("page"),
        FieldPanel("anchor"),
        FieldPanel("active"),
        FieldPanel("suggested"),
    ]

    class Meta:
        ordering = ["language", "pk"]
        verbose_name = _("curated answer")
        verbose_name_plural = _("curated answers")

    def __str__(self):
        first = split_terms(self.questions)[:1]
        return f"{first[0] if first else ''} [{self.language}] → {self.page}"

    @property
    def question_list(self) -> list[str]:
        return split_terms(self.questions)


class AssistantQuestion(models.Model):
    """One question put to the assistant. No address, user, session or cookie: the redacted words only."""

    question = models.CharField(_("question"), max_length=300)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    answered = models.BooleanField(_("answered"))
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("page")
    )
    took_ms = models.PositiveIntegerField(_("time (ms)"))
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("assistant question")
        verbose_name_plural = _("assistant questions")

    def __str__(self):
        return f"{self.question} [{self.language}]"


class AssistantFeedback(models.Model):
    """A reader's "did this answer your question?" after an answer: the redacted question and yes or no."""

    question = models.CharField(_("question"), max_length=300)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    answered = models.BooleanField(_("answered"), help_text=_("Whether the assistant gave an answer or declined."))
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("page")
    )
    helpful = models.BooleanField(_("helpful"), help_text=_("The reader's answer: yes or no."))
    created_at = models.DateTimeField(_("given at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("assistant feedback")
        verbose_name_plural = _("assistant feedback")

    def __str__(self):
        return f"{self.question} [{self.language}]: {'yes' if self.helpful else 'no'}"
