"""Choice codes in the content contract come with their labels, in the language of the endpoint.

A client filters by the code and shows the label; the label is the model's own choice as the
catalogues translate it, so neither the static site nor any other client keeps a copy of it.
"""

import pytest
from django.utils import translation

from cms.guide.blocks import CalloutBlock

pytestmark = pytest.mark.django_db

LANGUAGES = ("az", "en", "ru")

# What a reader of each language is shown (locales/*/LC_MESSAGES/django.po): field, code, (az, en, ru).
LABELS = {
    "status": {
        "proposal": ("Təklif", "Proposal", "Предложение"),
        "seeking_investor": ("İnvestor axtarılır", "Seeking an investor", "Ищет инвестора"),
        "in_progress": ("İcra olunur", "In progress", "Реализуется"),
        "completed": ("Başa çatıb", "Completed", "Завершён"),
    },
    "responsible_body": {
        "MIN": ("İqtisadiyyat Nazirliyi", "Ministry of Economy", "Министерство экономики"),
        "AZP": ("AZPROMO", "AZPROMO", "AZPROMO"),
    },
    "legal_forms": {
        "legal_entity": ("Hüquqi şəxslər", "Legal entities", "Юридические лица"),
        "individual_entrepreneur": ("Fərdi sahibkarlar", "Individual entrepreneurs", "Индивидуальные предприниматели"),
    },
    "tone": {
        "info": ("Məlumat", "Information", "Информация"),
        "tip": ("Məsləhət", "Tip", "Совет"),
        "warning": ("Xəbərdarlıq", "Warning", "Внимание"),
    },
}


def label(field, code, language):
    return LABELS[field][code][LANGUAGES.index(language)]


def listing(client, language, page_type):
    response = client.get(f"/{language}/api/v2/pages/", {"type": page_type, "fields": "*", "limit": 100})
    assert response.status_code == 200, response.content[:500]
    items = response.json()["items"]
    assert items, page_type
    return items


def callouts(page):
    return [block["value"] for block in page.get("body") or [] if block["type"] == "callout"]


# (page type, field, the (code, label) pairs a page shows of it; a list of codes has a label for each, in order)
CHOICES = [
    ("guide.ProjectPage", "status", lambda page: [(page["status"], page["status_label"])]),
    (
        "guide.ServicePage",
        "responsible_body",
        lambda page: [(page["responsible_body"], page["responsible_body_label"])],
    ),
    (
        "guide.IncentivePage",
        "legal_forms",
        lambda page: list(zip(page["legal_forms"], page["legal_forms_labels"], strict=True)),
    ),
    ("guide.GuidePage", "tone", lambda page: [(callout["tone"], callout["tone_label"]) for callout in callouts(page)]),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("page_type", "field", "pairs"), CHOICES, ids=[case[1] for case in CHOICES])
def test_each_choice_code_comes_with_its_label_in_the_endpoints_language(
    client, demo_content, language, page_type, field, pairs
):
    shown = [pair for page in listing(client, language, page_type) for pair in pairs(page)]
    assert set(shown) == {(code, label(field, code, language)) for code, _shown in shown}
    assert len({code for code, _shown in shown}) >= 2, f"the demo shows one {field} only: nothing is told apart"


def test_a_page_in_detail_carries_the_same_labels(client, demo_content):
    project = listing(client, "ru", "guide.ProjectPage")[0]
    detail = client.get(f"/ru/api/v2/pages/{project['id']}/").json()
    assert detail["status_label"] == label("status", detail["status"], "ru")


def test_a_tone_no_longer_offered_is_shown_as_information():
    block = CalloutBlock()
    with translation.override("az"):
        value = block.get_api_representation(block.to_python({"tone": "danger", "text": "<p>Diqqət</p>"}))
    assert (value["tone"], value["tone_label"]) == ("info", "Məlumat")
