"""Names of the citizenship codes the sign-on returns, in the portal's languages.

EHİS gives citizenship as an ICAO 9303 code: ISO 3166-1 alpha-3 for a country ("AZE", "TUR") and
the codes ICAO adds for people without one ("XXA" stateless, "XXB"/"XXC" refugees, "XXX"
unspecified). No maintained list of country names in Azerbaijani is installed with the portal
(Babel and pycountry are not dependencies, and Babel's names are keyed by alpha-2), so this is a
small table of the codes applicants actually bring: Azerbaijan, its neighbours and the countries
most investors come from. A code not in it is shown as the code itself, which is what the
registry says, rather than guessed.
"""

from __future__ import annotations

from django.conf import settings

# code: (Azerbaijani, English, Russian)
NAMES: dict[str, tuple[str, str, str]] = {
    "AZE": ("Azərbaycan", "Azerbaijan", "Азербайджан"),
    "TUR": ("Türkiyə", "Türkiye", "Турция"),
    "RUS": ("Rusiya", "Russia", "Россия"),
    "GEO": ("Gürcüstan", "Georgia", "Грузия"),
    "IRN": ("İran", "Iran", "Иран"),
    "KAZ": ("Qazaxıstan", "Kazakhstan", "Казахстан"),
    "UZB": ("Özbəkistan", "Uzbekistan", "Узбекистан"),
    "TKM": ("Türkmənistan", "Turkmenistan", "Туркменистан"),
    "KGZ": ("Qırğızıstan", "Kyrgyzstan", "Киргизия"),
    "UKR": ("Ukrayna", "Ukraine", "Украина"),
    "BLR": ("Belarus", "Belarus", "Беларусь"),
    "ISR": ("İsrail", "Israel", "Израиль"),
    "CHN": ("Çin", "China", "Китай"),
    "JPN": ("Yaponiya", "Japan", "Япония"),
    "KOR": ("Cənubi Koreya", "South Korea", "Республика Корея"),
    "IND": ("Hindistan", "India", "Индия"),
    "PAK": ("Pakistan", "Pakistan", "Пакистан"),
    "ARE": ("Birləşmiş Ərəb Əmirlikləri", "United Arab Emirates", "Объединённые Арабские Эмираты"),
    "SAU": ("Səudiyyə Ərəbistanı", "Saudi Arabia", "Саудовская Аравия"),
    "QAT": ("Qətər", "Qatar", "Катар"),
    "EGY": ("Misir", "Egypt", "Египет"),
    "GBR": ("Birləşmiş Krallıq", "United Kingdom", "Великобритания"),
    "USA": ("Amerika Birləşmiş Ştatları", "United States", "Соединённые Штаты Америки"),
    "DEU": ("Almaniya", "Germany", "Германия"),
    "FRA": ("Fransa", "France", "Франция"),
    "ITA": ("İtaliya", "Italy", "Италия"),
    "NLD": ("Niderland", "Netherlands", "Нидерланды"),
    "CHE": ("İsveçrə", "Switzerland", "Швейцария"),
    "AUT": ("Avstriya", "Austria", "Австрия"),
    "POL": ("Polşa", "Poland", "Польша"),
    "HUN": ("Macarıstan", "Hungary", "Венгрия"),
    "XXA": ("vətəndaşlığı olmayan şəxs", "stateless person", "лицо без гражданства"),
    "XXB": ("qaçqın", "refugee", "беженец"),
    "XXC": ("qaçqın", "refugee", "беженец"),
    "XXX": ("vətəndaşlığı göstərilməyib", "nationality not stated", "гражданство не указано"),
}
_COLUMN = {"az": 0, "en": 1, "ru": 2}


def citizenship_name(code: str, language: str) -> str:
    """ "Türkiyə" for ("TUR", "az"); an unknown code is returned as it is."""
    code = (code or "").strip().upper()
    names = NAMES.get(code)
    if names is None:
        return code
    return names[_COLUMN.get(language, _COLUMN[settings.LANGUAGE_CODE])]
