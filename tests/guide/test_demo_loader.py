import re

import pytest
from wagtail.models import Page

from cms.guide import models as guide
from cms.guide.demo import DemoLoader
from cms.guide.snippets import LegalAct, Region, Sector, TaxRate

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        **{
            model.__name__: model.objects.count()
            for model in (
                guide.TopicPage,
                guide.GuidePage,
                guide.IncentivePage,
                guide.PrioritySectorPage,
                guide.ProjectPage,
                guide.ServicePage,
                TaxRate,
                LegalAct,
                Sector,
                Region,
            )
        },
        "related links": guide.RelatedPageLink.objects.count(),
    }


def test_demo_content_meets_the_guides_minimum(demo_content):
    found = counts()
    assert found["TopicPage"] >= 7
    assert found["GuidePage"] >= 15
    assert found["IncentivePage"] >= 5
    assert found["PrioritySectorPage"] >= 6
    assert found["ProjectPage"] >= 10
    assert found["ServicePage"] >= 6
    assert found["LegalAct"] >= 10
    assert found["live pages"] - 1 >= 50  # the tree root is not a page of the guide


def test_required_incentives_are_present(demo_content):
    titles = " ".join(guide.IncentivePage.objects.values_list("title_en", flat=True)).lower()
    for expected in ("investment promotion", "industrial park", "technolog", "alat", "liberated"):
        assert expected in titles, expected


def test_running_the_loader_twice_gives_the_same_counts(demo_content):
    before = counts()
    report = DemoLoader().load()
    assert counts() == before
    assert not report.created, f"the second run created {report.created}"


def test_every_demo_page_is_available_in_every_language(demo_content):
    for page in Page.objects.live().filter(depth__gte=2).specific():
        assert page.available_languages == ["az", "en", "ru"], (page.pk, page.title)


def test_no_page_has_unpublished_changes_after_loading(demo_content):
    assert not Page.objects.filter(depth__gte=2, has_unpublished_changes=True).exists()


@pytest.mark.django_db(transaction=True)
def test_loader_runs_on_a_flushed_database():
    """An emptied database (flushed: the data migrations' rows gone too): the loader builds it again."""
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("flush", "--noinput", verbosity=0)
    assert not Page.objects.exists()
    DemoLoader().load()
    assert guide.HomePage.objects.get().live
    assert Group.objects.filter(name="Editors").exists()
    assert Page.objects.get(depth=1).get_children().count() == 1


def test_the_loader_reports_each_kind_once_in_english_plurals(demo_content, capsys, caplog):
    import logging

    from django.core.management import call_command
    from django.utils import translation

    from frontend import build

    build._told_no_build.clear()
    with translation.override("az"), caplog.at_level(logging.INFO):
        call_command("load_demo_content")
    output = capsys.readouterr().out.splitlines()
    kinds = [line.split(":")[0].strip() for line in output[:-1]]
    assert sorted(kinds) == sorted(
        [
            "Sectors",
            "Regions",
            "Legal acts",
            "Tax rates and fees",
            "Home pages",
            "Investor's guide indexes",
            "Topic sections",
            "Guide articles",
            "Incentives indexes",
            "Incentives",
            "Investment projects indexes",
            "Investment projects",
            "Priority sectors indexes",
            "Priority sectors",
            "Services indexes",
            "Services",
            "Public bodies",
            "Procedures",
        ]
    ), output
    assert all(re.fullmatch(r"  [A-Z][a-z' ]+: 0 created, [1-9]\d* updated", line) for line in output[:-1]), output
    assert output[-1] == "Demo content is in place."
    # The static build is not there in this test's settings: said at most once, not once per page.
    no_build = [record for record in caplog.records if "No static build" in record.getMessage()]
    assert len(no_build) <= 1, len(no_build)
    assert not [record for record in caplog.records if "0 files written" in record.getMessage()]
