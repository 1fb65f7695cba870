"""The database filter and the Python rule for availability agree on every page."""

import pytest
from wagtail.models import Page

from cms.api.views import available_in
from cms.guide.availability import is_available
from cms.guide.models import GuidePage, IncentivePage, ServicePage

pytestmark = pytest.mark.django_db


def test_filter_and_rule_agree_after_translations_are_removed(demo_content):
    article, incentive, service = GuidePage.objects.first(), IncentivePage.objects.first(), ServicePage.objects.first()
    article.summary_en = "   "  # whitespace is not a translation
    article.save()
    incentive.benefits_ru = []  # an empty stream is not a translation
    incentive.save()
    service.fee_en = None
    service.fee_ru = ""
    service.save()

    pages = list(Page.objects.filter(depth__gte=2).specific())
    for language in ("az", "en", "ru"):
        by_filter = set(Page.objects.filter(available_in(language)).values_list("pk", flat=True))
        by_rule = {page.pk for page in pages if is_available(page, language)}
        assert by_filter == by_rule, language
    assert article.pk not in set(Page.objects.filter(available_in("en")).values_list("pk", flat=True))
    assert incentive.pk not in set(Page.objects.filter(available_in("ru")).values_list("pk", flat=True))
    assert service.pk not in set(Page.objects.filter(available_in("ru")).values_list("pk", flat=True))
