"""Demo procedures (development placeholder; replaced by the full content)."""


def _t(az, en, ru):
    return {"az": az, "en": en, "ru": ru}


INSTITUTIONS = [
    {
        "key": "state-tax-service",
        "name": _t("Dövlət Vergi Xidməti", "State Tax Service", "Государственная налоговая служба"),
        "website": "https://www.taxes.gov.az",
    },
    {
        "key": "asan-service",
        "name": _t("“ASAN xidmət”", "ASAN Service", "«ASAN xidmət»"),
        "website": "https://asan.gov.az",
    },
]

PROCEDURES = [
    {
        "key": "llc-registration-online",
        "topic": "company-setup",
        "services": [],
        "slug": _t("mmc-onlayn-qeydiyyat", "registering-an-llc-online", "registratsiya-ooo-onlain"),
        "title": _t("MMC-nin onlayn qeydiyyatı", "Registering an LLC online", "Онлайн-регистрация ООО"),
        "summary": _t("Qısa.", "Short.", "Кратко."),
        "purpose": _t("<p>Məqsəd.</p>", "<p>Purpose.</p>", "<p>Цель.</p>"),
        "audience": _t("<p>Kim.</p>", "<p>Who.</p>", "<p>Кто.</p>"),
        "legal_basis": ["state-duty-law"],
        "last_reviewed": "2026-11-20",
        "steps": [
            {
                "title": _t("Elektron imza alın", "Get an e-signature", "Получите электронную подпись"),
                "institution": "asan-service",
                "documents": [{"name": _t("Pasport", "Passport", "Паспорт"), "source": _t("", "", "")}],
                "result": _t("İmza", "Signature", "Подпись"),
                "unconfirmed": True,
            },
            {
                "title": _t("Qeydiyyat", "File", "Подайте"),
                "institution": "state-tax-service",
                "result": _t("Çıxarış", "Extract", "Выписка"),
                "fee": "state-duty-electronic-registration",
                "days_min": 2,
                "days_max": 2,
                "legal_basis": ["state-duty-law"],
            },
            {
                "title": _t("Möhür", "Seal", "Печать"),
                "institution": "state-tax-service",
                "parallel": True,
                "result": _t("Möhür", "Seal", "Печать"),
                "fee": "state-duty-llc-registration",
                "days_min": 1,
                "days_max": 3,
            },
        ],
    },
]
