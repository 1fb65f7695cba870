from types import SimpleNamespace

from django.utils import translation

from cms.guide.availability import available_languages, incomplete_translation_errors, is_filled, missing_fields


def page(**fields):
    obj = SimpleNamespace(translation_required=("title", "summary"))
    for name in ("title", "summary"):
        for lang in ("az", "en", "ru"):
            setattr(obj, f"{name}_{lang}", fields.get(f"{name}_{lang}"))
    return obj


def test_is_filled_treats_blank_text_and_empty_streams_as_missing():
    assert not is_filled(None)
    assert not is_filled("   ")
    assert not is_filled([])
    assert is_filled("Gömrük")
    assert is_filled([("text", "<p>x</p>")])


def test_page_is_available_only_in_languages_with_every_required_field():
    obj = page(
        title_az="Vergilər",
        summary_az="Xülasə",
        title_en="Taxes",
        summary_en="",
        title_ru="Налоги",
        summary_ru="Кратко",
    )
    assert available_languages(obj) == ["az", "ru"]
    assert missing_fields(obj, "en") == ["summary"]


def test_untouched_language_is_not_an_error_but_a_started_one_must_be_finished():
    values = {
        "title": {"az": "Vergilər", "en": "Taxes", "ru": ""},
        "summary": {"az": "Xülasə", "en": "", "ru": ""},
    }
    errors = incomplete_translation_errors(values, {"title": "Title", "summary": "Summary"})
    assert set(errors) == {"summary_en"}
    # The field by its label and the language by its name, both in the admin's language (az here).
    assert errors["summary_en"].startswith("Summary (ingilis dili): ")
    with translation.override("en"):
        assert incomplete_translation_errors(values, {"title": "Title", "summary": "Summary"})["summary_en"].startswith(
            "Summary (English): required"
        )


def test_default_language_must_be_complete():
    values = {"title": {"az": "", "en": "Taxes", "ru": ""}, "summary": {"az": "Xülasə", "en": "S", "ru": ""}}
    errors = incomplete_translation_errors(values, {"title": "Title", "summary": "Summary"})
    assert set(errors) == {"title_az"}
    assert errors["title_az"].startswith("Title (Azərbaycan dili): ")
    with translation.override("ru"):
        assert incomplete_translation_errors(values, {"title": "Title", "summary": "Summary"})["title_az"].startswith(
            "Title (азербайджанский): "
        )
