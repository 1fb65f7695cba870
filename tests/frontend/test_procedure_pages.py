"""Procedures on the built site: the totals of the API at the top, numbered steps with their
figures, a checklist of documents, JSON-LD HowTo, the links from topics and services, open data."""

import csv
import io
import json
import re

import pytest
from django.conf import settings

from cms.guide.models import ProcedurePage
from frontend.render import page_file

from .conftest import api_pages

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def procedures(client, language):
    return [page for page in api_pages(client, language) if page["meta"]["type"] == "guide.ProcedurePage"]


def built(built_site, page, language):
    return (built_site / page_file(page["meta"]["translations"][language]["path"])).read_text(encoding="utf-8")


def json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_procedure_shows_its_computed_totals_and_every_step(client, built_site, language):
    pages = procedures(client, language)
    assert pages
    for page in pages:
        html = built(built_site, page, language)
        totals = page["totals"]
        totals_box = html.split('id="totals"', 1)[1].split("</section>", 1)[0]
        for cost in totals["costs"]:
            assert cost["display"] in totals_box, (page["title"], cost)
        assert f"<dd>{totals['steps']}</dd>" in totals_box
        assert f"<dd>{totals['institutions']}</dd>" in totals_box
        steps = [block["value"] for block in page["steps"]]
        stored_steps = list(getattr(ProcedurePage.objects.get(pk=page["id"]), f"steps_{language}").raw_data)
        assert re.findall(r'<li id="step-(\d+)">', html) == [str(n) for n in range(1, len(steps) + 1)]
        for number, step in enumerate(steps, start=1):
            section = html.split(f'<li id="step-{number}">', 1)[1].split("</li>\n    <li id=", 1)[0]
            assert step["title"] in section
            if step["institution"]:
                assert step["institution"]["name"].replace('"', "&#34;") in section.replace("&quot;", "&#34;")
            assert section.count('type="checkbox"') == len(step["documents"])
            # Each box is named by the id its document is stored with (a tick follows the document,
            # not its place), the same at every build.
            stored = stored_steps[number - 1]["value"]["documents"]
            assert [document["id"] for document in step["documents"]] == [item["id"] for item in stored]
            assert re.findall(r'type="checkbox" name="([^"]+)"', section) == [
                f"document-{item['id']}" for item in stored
            ]
            if step["unconfirmed"]:
                assert 'class="callout warning"' in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_procedure_is_described_as_a_how_to_with_its_steps_and_documents(client, built_site, language):
    for page in procedures(client, language):
        how_to = [item for item in json_ld(built(built_site, page, language)) if item["@type"] == "HowTo"]
        assert len(how_to) == 1
        how_to = how_to[0]
        assert how_to["name"] == page["title"] and how_to["inLanguage"] == language
        assert [step["position"] for step in how_to["step"]] == list(range(1, len(page["steps"]) + 1))
        assert all(step["url"].endswith(f"#step-{step['position']}") for step in how_to["step"])
        documents = [d["name"] for block in page["steps"] for d in block["value"]["documents"]]
        assert [supply["name"] for supply in how_to["supply"]] == documents
        if page["totals"]["cost_complete"] and len(page["totals"]["costs"]) == 1:
            assert how_to["estimatedCost"]["value"] == page["totals"]["costs"][0]["amount"]
        else:
            assert "estimatedCost" not in how_to


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_topic_lists_its_procedures_apart_from_its_articles(client, built_site, language):
    from cms.guide.models import ProcedurePage

    by_id = {page["id"]: page for page in api_pages(client, language)}
    for page in procedures(client, language):
        topic = by_id[ProcedurePage.objects.get(pk=page["id"]).get_parent().pk]
        html = built(built_site, topic, language)
        listing = html.split('id="procedures"', 1)[1].split("</ul>", 1)[0]
        assert f'href="{page["meta"]["translations"][language]["path"]}"' in listing


def test_a_service_links_to_the_procedures_that_belong_to_it(client, built_site):
    linked = [(page, service) for page in procedures(client, "en") for service in page["service_pages"]]
    assert linked, "no demo procedure names a service"
    by_id = {page["id"]: page for page in api_pages(client, "en")}
    for procedure, service in linked:
        html = built(built_site, by_id[service["id"]], "en")
        section = html.split('id="procedures-heading"', 1)[1].split("</section>", 1)[0]
        assert f'href="{procedure["meta"]["translations"]["en"]["path"]}"' in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_open_data_lists_every_procedure_with_its_totals_and_every_step(client, built_site, language):
    pages = procedures(client, language)
    document = json.loads((built_site / f"open-data/{language}/procedures.json").read_text(encoding="utf-8"))
    assert document["licence"]["id"] == "CC-BY-4.0"
    records = {record["id"]: record for record in document["items"]}
    assert set(records) == {page["id"] for page in pages}
    for page in pages:
        assert records[page["id"]]["steps"] == page["totals"]["steps"]
        assert records[page["id"]]["days_max"] == page["totals"]["days_max"]
    rows = list(csv.DictReader(io.StringIO((built_site / f"open-data/{language}/procedure-steps.csv").read_text())))
    assert len(rows) == sum(len(page["steps"]) for page in pages)
    assert all(row["url"].split("#")[1] == f"step-{row['step']}" for row in rows)


def test_naming_a_service_in_a_procedure_adds_the_procedure_to_that_service_page(
    client, private_site, django_capture_on_commit_callbacks
):
    from cms.guide.models import ProcedurePage, ServicePage

    procedure = ProcedurePage.objects.live().first()
    service = ServicePage.objects.live().exclude(pk__in=procedure.services.all()).first()
    service_page = client.get(f"/en/api/v2/pages/{service.pk}/").json()
    listed_before = built(private_site, service_page, "en")
    link = f'href="{client.get(f"/en/api/v2/pages/{procedure.pk}/").json()["meta"]["translations"]["en"]["path"]}"'
    assert link not in listed_before

    procedure.services.add(service)
    with django_capture_on_commit_callbacks(execute=True):
        procedure.save_revision().publish()

    assert link in built(private_site, service_page, "en")


def test_a_step_marked_as_running_with_the_one_before_is_shown_so_and_counted_once(
    client, private_site, django_capture_on_commit_callbacks
):
    from cms.guide.models import ProcedurePage

    def timed(step):
        return bool(step.value.get("days_max")) and not step.value.get("unconfirmed")

    # A procedure with two timed steps one after the other: the second is marked to run with the first.
    procedure, second = next(
        (page, number)
        for page in ProcedurePage.objects.live()
        for number in range(2, len(page.steps_az) + 1)
        if timed(page.steps_az[number - 2]) and timed(page.steps_az[number - 1])
    )
    before = client.get(f"/en/api/v2/pages/{procedure.pk}/").json()["totals"]
    for language in LANGUAGES:
        raw = getattr(procedure, f"steps_{language}").raw_data
        raw[second - 1]["value"]["parallel"] = True
        setattr(procedure, f"steps_{language}", raw)
    with django_capture_on_commit_callbacks(execute=True):
        procedure.save_revision().publish()

    page = client.get(f"/en/api/v2/pages/{procedure.pk}/").json()
    steps = [block["value"] for block in page["steps"]]
    first, other = steps[second - 2], steps[second - 1]
    # The two steps now take as long as the longer of them, not their sum.
    assert page["totals"]["days_max"] < before["days_max"]
    assert page["totals"]["days_max"] == before["days_max"] - min(first["days_max"], other["days_max"])
    assert page["totals"]["days_min"] == before["days_min"] - min(first["days_min"], other["days_min"])
    html = built(private_site, page, "en")
    section = html.split(f'<li id="step-{second}">', 1)[1]
    assert section.lstrip().startswith(f'<p class="and">At the same time as step {second - 1}</p>')
