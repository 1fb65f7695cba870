from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from cms.guide.snippets import LegalAct, TaxRate

pytestmark = pytest.mark.django_db


def rate(**overrides):
    fields = dict(
        key="test-rate",
        name_az="Test dərəcəsi",
        name_en="Test rate",
        name_ru="Тестовая ставка",
        applies_to_az="Hamıya",
        applies_to_en="Everyone",
        applies_to_ru="Всем",
        category="tax",
        value=Decimal("18"),
        unit="percent",
    )
    fields.update(overrides)
    return TaxRate(**fields)


def test_percentage_above_one_hundred_is_refused_on_the_value_field():
    with pytest.raises(ValidationError) as error:
        rate(value=Decimal("180")).full_clean()
    assert "value" in error.value.message_dict


def test_negative_amount_is_refused():
    with pytest.raises(ValidationError) as error:
        rate(value=Decimal("-1"), unit="azn").full_clean()
    assert "value" in error.value.message_dict


def test_end_date_before_start_date_is_refused_on_the_end_date():
    import datetime

    with pytest.raises(ValidationError) as error:
        rate(effective_from=datetime.date(2026, 1, 1), effective_to=datetime.date(2025, 12, 31)).full_clean()
    assert "effective_to" in error.value.message_dict


def test_every_language_of_a_rate_name_is_required():
    with pytest.raises(ValidationError) as error:
        rate(name_ru="").full_clean()
    assert "name_ru" in error.value.message_dict


@pytest.mark.parametrize(
    ("language", "value", "unit", "shown"),
    [
        ("en", "18", "percent", "18%"),
        ("en", "0.5", "percent", "0.5%"),
        ("en", "200000", "azn", "200,000 AZN"),
        ("en", "20", "usd", "20 USD"),
        ("en", "20.0000", "percent", "20%"),
        ("az", "0.5", "percent", "0,5%"),
        ("az", "200000", "azn", "200\u00a0000 AZN"),
        ("az", "20.0000", "percent", "20%"),
        ("ru", "18", "percent", "18\u00a0%"),
        ("ru", "0.5", "percent", "0,5\u00a0%"),
        ("ru", "200000", "azn", "200\u00a0000 AZN"),
    ],
)
def test_display_value_formats_the_figure_for_readers_of_each_language(language, value, unit, shown):
    from django.utils import translation

    with translation.override(language):
        assert rate(value=Decimal(value), unit=unit).display_value == shown


def test_legal_act_citation_gives_title_number_and_date():
    import datetime

    act = LegalAct(key="x", title="Tax Code", number="905-IQ", date=datetime.date(2000, 7, 11))
    # A no-break space keeps the number with its sign at the end of a line.
    assert act.citation == "Tax Code, №\u00a0905-IQ, 11.07.2000"


def test_legal_act_citation_does_not_repeat_a_number_its_title_gives():
    import datetime

    act = LegalAct(key="x", title="Decree No. 923 on ASAN Visa", number="923", date=datetime.date(2016, 6, 1))
    assert act.citation == "Decree No. 923 on ASAN Visa, 01.06.2016"
