"""The assistant's page, /{lang}/ask/, served without JavaScript: asking, bad input, the reader's
"did this answer your question?", the example questions editors choose, and the editors' report."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from search.models import AssistantFeedback, AssistantQuestion, CuratedAnswer

pytestmark = pytest.mark.django_db


def test_the_page_offers_a_question_box_in_each_language(indexed, client):
    for language, label in (("az", "Sualınız"), ("en", "Your question"), ("ru", "Ваш вопрос")):
        response = client.get(f"/{language}/ask/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<label for="ask-q">{label}</label>' in html
        assert 'class="ask-passage"' not in html


def test_an_answer_quotes_the_page_and_links_to_its_section(indexed, client):
    html = client.get("/en/ask/", {"q": "How long does a work permit for a foreign employee take?"}).content.decode()
    assert "<h2>The guide's answer</h2>" in html
    assert '<a href="/en/investors-guide/labour-and-employment/work-permits/#' in html
    assert "Source:" in html and ("Last checked:" in html or "Last updated:" in html)


def test_a_question_outside_the_guide_is_declined_with_the_ways_to_ask_a_person(indexed, client):
    html = client.get("/ru/ask/", {"q": "Какая погода будет завтра в Баку?"}).content.decode()
    assert "В путеводителе нет ответа на этот вопрос" in html
    assert 'href="/ru/enquiry/"' in html and 'href="/ru/cabinet/appeals/new/"' in html
    assert 'class="ask-passage"' not in html


@pytest.mark.parametrize("question", ["", "   ", "x" * 301])
def test_an_empty_or_too_long_question_is_a_field_error(indexed, client, question):
    response = client.get("/az/ask/", {"q": question})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and 'id="ask-q-error"' in html


def test_the_reader_says_whether_the_answer_helped_and_only_the_redacted_words_are_kept(indexed, client):
    question = "Does a foreign director need a work permit? Write to me at aysel@example.az"
    response = client.post("/en/ask/", {"q": question, "helpful": "no"})
    assert response.status_code == 303
    assert response["Location"].startswith("/en/ask/?q=") and "feedback=thanks" in response["Location"]
    kept = AssistantFeedback.objects.get()
    assert kept.helpful is False and kept.language == "en"
    assert "aysel@example.az" not in kept.question and "work permit" in kept.question
    assert "Thank you." in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("data", [{"q": "VAT rate"}, {"q": "VAT rate", "helpful": "maybe"}, {"helpful": "yes"}])
def test_feedback_without_a_question_or_a_yes_or_no_is_refused_and_keeps_nothing(indexed, client, data):
    response = client.post("/en/ask/", data)
    assert response.status_code == 400
    assert not AssistantFeedback.objects.exists()


def test_example_questions_are_the_curated_answers_editors_mark_grouped_by_section(indexed, client):
    vat = Page.objects.get(slug_en="value-added-tax")
    permits = Page.objects.get(slug_en="work-permits")
    CuratedAnswer.objects.create(language="az", page=vat, questions="ƏDV neçə faizdir?\nƏDV dərəcəsi", suggested=True)
    CuratedAnswer.objects.create(language="az", page=permits, questions="İş icazəsi lazımdırmı?", suggested=True)
    CuratedAnswer.objects.create(language="az", page=permits, questions="Gizli sual", suggested=False)
    html = client.get("/az/ask/").content.decode()
    assert "İnvestorların verdiyi suallar" in html
    assert "ƏDV neçə faizdir?" in html and "İş icazəsi lazımdırmı?" in html
    assert "ƏDV dərəcəsi" not in html and "Gizli sual" not in html  # only the first question, only if marked
    # Under their sections, in Azerbaijani alphabetical order: Əmək before Vergilər.
    assert html.index("Əmək") < html.index("İş icazəsi lazımdırmı?") < html.index("Vergilər") < html.index("ƏDV neçə")


def test_the_editors_report_lists_declined_questions_and_answers_that_did_not_help(indexed, client):
    for _ in range(2):
        AssistantQuestion.objects.create(question="sabah hava necə olacaq", language="az", answered=False, took_ms=5)
    AssistantQuestion.objects.create(question="ƏDV neçə faizdir", language="az", answered=True, took_ms=5)
    AssistantFeedback.objects.create(question="What is the VAT rate?", language="en", answered=True, helpful=False)
    AssistantFeedback.objects.create(question="How do I register?", language="en", answered=True, helpful=True)
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@azpromo.az", "x"))
    html = client.get("/admin/search/assistant-to-do/").content.decode()
    assert "sabah hava necə olacaq" in html and "what is the vat rate?" in html
    assert "ədv neçə faizdir" not in html.lower() and "how do i register?" not in html
    english = client.get("/admin/search/assistant-to-do/", {"language": "en"}).content.decode()
    assert "what is the vat rate?" in english and "sabah hava" not in english
