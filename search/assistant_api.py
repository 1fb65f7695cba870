"""POST /api/assistant/ask: the assistant over HTTP (django-ninja), for the site and the mobile app."""

from __future__ import annotations

from ninja import Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from cms.core.throttling import SharedLimit

from . import assistant

# The same limit as search, counted together with it: one budget per client address.
router = Router(tags=["assistant"], throttle=[SharedLimit("search")])


class AskIn(Schema):
    question: str = Field(
        description=f"The question in the investor's words, at most {assistant.MAX_QUESTION_LENGTH} characters."
    )
    lang: str = Field(description="az, en or ru: the language of the question and of the answer.")


class PassageOut(Schema):
    text: str = Field(description="The page's own words, quoted as they are.")
    page_id: int = Field(description="The page id (as in /{lang}/api/v2/pages/{id}/).")
    title: str
    url: str = Field(description="The page's public path with the anchor of the passage.")
    section: str = Field(description="The headings above the passage, joined by ›; empty at the top of the page.")
    last_reviewed: str | None = Field(description="ISO date: when the page was last reviewed (see date_source).")
    date_source: str = Field(
        description="'reviewed': last_reviewed is the editor's review date; 'published': the page has none, "
        "so it is the date it was last published."
    )


class FactOut(Schema):
    kind: str = Field(description="'rate': a tax rate or fee.")
    key: str
    name: str
    value: str
    applies_to: str
    note: str
    legal_basis: list[str] = Field(description="Citations of the acts it rests on.")
    page_id: int
    url: str


class SuggestionOut(Schema):
    kind: str = Field(description="search, enquiry (AZPROMO, no sign-in) or appeal (signed in with EHİS).")
    label: str
    url: str


class AnswerOut(Schema):
    answered: bool = Field(description="false: the guide does not cover the question; see suggestions.")
    passages: list[PassageOut] = Field(description="One to three passages, best first; none when not answered.")
    facts: list[FactOut] = Field(description="Structured facts of the passages: rates with their legal basis.")
    suggestions: list[SuggestionOut] = Field(
        description="Where to go next; the ways to ask a person when not answered."
    )


class ErrorOut(Schema):
    detail: str


@router.post(
    "/ask",
    response={200: AnswerOut, 400: ErrorOut, 429: ErrorOut},
    summary="Answer a question with the guide's own words and their sources",
)
def ask(request, payload: AskIn):
    question, lang, errors = assistant.parse_question(payload.dict())
    if errors:
        raise HttpError(400, "; ".join(f"{name}: {message}" for name, message in errors.items()))
    result = assistant.answer(question, lang)
    assistant.log_question(result)
    return result.as_dict()
