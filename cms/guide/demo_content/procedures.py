"""Demo procedures for the Investor's Guide: what an investor does, step by step, with the body
responsible for each step, its cost, its time, the documents to bring and the legal basis.

Plain data, no Django imports. Every translated value is a dict with the keys "az", "en" and "ru".
Keys in "institution" refer to INSTITUTIONS below; "fee" and "legal_basis" to taxonomy.TAX_RATES and
taxonomy.LEGAL_ACTS; "services" to investment.SERVICES; "topic" to the topics of guide.TOPICS.

Every figure comes from the project's fact sheet, with its source beside it. A step whose cost or
time the fact sheet does not confirm has ``unconfirmed: True``: the page then says so and names the
step's institution as the body to confirm it with. Times are in working days; a step with nothing to
wait for of its own (the registration documents handed over at the end of the registration) is 0.
"""


def _t(az, en, ru):
    return {"az": az, "en": en, "ru": ru}


def _a(url, text):
    return f'<a href="{url}">{text}</a>'


def _doc(name, source):
    """One document to bring: what it is and where it comes from."""
    return {"name": name, "source": source}


LAST_REVIEWED = "2026-12-01"

_EMPTY = _t("", "", "")

URL_SIMA_TOKEN = "https://sima.az/az/token"
URL_REGISTRATION_DOCS = "https://www.taxes.gov.az/en/page/yerli-investisiyali-kommersiya-huquqi-sexsler-ucun"
URL_EVISA = "https://www.evisa.gov.az"


# ---------------------------------------------------------------------------
# Institutions
# Address, hours and phone stay empty: the fact sheet gives none. A website is given only where the
# fact sheet's sources are on the body's own site.
# ---------------------------------------------------------------------------

INSTITUTIONS = [
    {
        "key": "state-tax-service",
        "name": _t("Dövlət Vergi Xidməti", "State Tax Service", "Государственная налоговая служба"),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "https://www.taxes.gov.az",
    },
    {
        "key": "state-migration-service",
        "name": _t("Dövlət Miqrasiya Xidməti", "State Migration Service", "Государственная миграционная служба"),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "https://migration.gov.az",
    },
    {
        # Runs ASAN Visa (https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa). The agency's own
        # site is not among the fact sheet's sources; the e-visa portal is the step's online_url.
        "key": "asan-agency",
        "name": _t(
            "Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi (ASAN)",
            "State Agency for Public Service and Social Innovations (ASAN)",
            "Государственное агентство по обслуживанию граждан и социальным инновациям (ASAN)",
        ),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "",
    },
    {
        "key": "ministry-of-economy",
        "name": _t("İqtisadiyyat Nazirliyi", "Ministry of Economy", "Министерство экономики"),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "https://economy.gov.az",
    },
    {
        "key": "economic-zones-agency",
        "name": _t(
            "İqtisadi Zonaların İnkişafı Agentliyi",
            "Economic Zones Development Agency",
            "Агентство развития экономических зон",
        ),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "https://economiczones.gov.az",
    },
    {
        # The guide calls them "the customs authorities"; the fact sheet names no customs body or site.
        "key": "customs-authorities",
        "name": _t("Gömrük orqanları", "Customs authorities", "Таможенные органы"),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "",
    },
    {
        # The paper filing needs a notarised application
        # (https://www.taxes.gov.az/en/page/yerli-investisiyali-kommersiya-huquqi-sexsler-ucun).
        "key": "notary",
        "name": _t("Notarius", "Notary", "Нотариус"),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "",
    },
    {
        # ASAN İmza (SIM-based) and SİMA (app or token): https://sima.az/az/token. The fact sheet does not
        # say which body issues them, so the step names the services, not a body.
        "key": "e-signature-service",
        "name": _t(
            "Elektron imza xidməti (ASAN İmza, SİMA)",
            "E-signature service (ASAN İmza, SİMA)",
            "Сервис электронной подписи (ASAN İmza, SİMA)",
        ),
        "address": _EMPTY,
        "hours": _EMPTY,
        "phone": "",
        "website": "",
    },
]


# ---------------------------------------------------------------------------
# Where to complain. An administrative act can be challenged in court within 30 days of notification
# (source: https://nhmt-az.org/frontend/pages/qa-inner.php?qa=38); administrative proceedings can start on
# an administrative complaint (Law on Administrative Proceedings, Art. 28). The State Tax Service and the
# Economic Zones Development Agency work under the Ministry of Economy
# (source: https://economy.gov.az/en/article/statute-of-the-ministry/21260).
# ---------------------------------------------------------------------------

_COMPLAINTS_TAX_SERVICE = _t(
    "Qərardan Dövlət Vergi Xidmətinə və ya onun yanında fəaliyyət göstərdiyi İqtisadiyyat Nazirliyinə inzibati "
    "şikayət verə, yaxud qərar barədə sizə məlumat verildiyi gündən 30 gün ərzində məhkəməyə müraciət edə "
    "bilərsiniz.",
    "You can file an administrative complaint with the State Tax Service or the Ministry of Economy, under which "
    "it works, or challenge the decision in court within 30 days of being notified of it.",
    "Решение можно обжаловать административной жалобой в Государственную налоговую службу или в Министерство "
    "экономики, при котором она действует, либо оспорить в суде в течение 30 дней со дня уведомления о нём.",
)

_COMPLAINTS_MIGRATION_SERVICE = _t(
    "Qərardan Dövlət Miqrasiya Xidmətinə inzibati şikayət verə, yaxud qərar barədə sizə məlumat verildiyi "
    "gündən 30 gün ərzində məhkəməyə müraciət edə bilərsiniz.",
    "You can file an administrative complaint with the State Migration Service, or challenge the decision in "
    "court within 30 days of being notified of it.",
    "Решение можно обжаловать административной жалобой в Государственную миграционную службу либо оспорить "
    "в суде в течение 30 дней со дня уведомления о нём.",
)

_COMPLAINTS_MINISTRY = _t(
    "Qərardan İqtisadiyyat Nazirliyinə inzibati şikayət verə, yaxud qərar barədə sizə məlumat verildiyi gündən "
    "30 gün ərzində məhkəməyə müraciət edə bilərsiniz.",
    "You can file an administrative complaint with the Ministry of Economy, or challenge the decision in court "
    "within 30 days of being notified of it.",
    "Решение можно обжаловать административной жалобой в Министерство экономики либо оспорить в суде в "
    "течение 30 дней со дня уведомления о нём.",
)

_COMPLAINTS_ZONES_AGENCY = _t(
    "Qərardan İqtisadi Zonaların İnkişafı Agentliyinə və ya onun yanında fəaliyyət göstərdiyi İqtisadiyyat "
    "Nazirliyinə inzibati şikayət verə, yaxud qərar barədə sizə məlumat verildiyi gündən 30 gün ərzində "
    "məhkəməyə müraciət edə bilərsiniz.",
    "You can file an administrative complaint with the Economic Zones Development Agency or the Ministry of "
    "Economy, under which it works, or challenge the decision in court within 30 days of being notified of it.",
    "Решение можно обжаловать административной жалобой в Агентство развития экономических зон или в "
    "Министерство экономики, при котором оно действует, либо оспорить в суде в течение 30 дней со дня "
    "уведомления о нём.",
)


# ---------------------------------------------------------------------------
# Documents used in more than one procedure
# ---------------------------------------------------------------------------

_DOC_CHARTER = _doc(
    _t("MMC-nin nizamnaməsi", "The LLC's charter", "Устав ООО"),
    _t("Təsisçilər hazırlayır", "Drawn up by the founders", "Составляют учредители"),
)
_DOC_FOUNDING_DECISION = _doc(
    _t("Şirkətin təsis edilməsi haqqında qərar", "Decision to found the company", "Решение об учреждении компании"),
    _t("Təsisçilər qəbul edir", "Adopted by the founders", "Принимают учредители"),
)
_DOC_LEGAL_ADDRESS = _doc(
    _t("Hüquqi ünvanı təsdiq edən sənəd", "Proof of the legal address", "Документ, подтверждающий юридический адрес"),
    _t(
        "Təsisçilər ünvandakı binanın mülkiyyətçisindən alır",
        "The founders obtain it from the owner of the premises at that address",
        "Учредители получают его у собственника помещения по этому адресу",
    ),
)
_DOC_TAX_SERVICE_LIST = _doc(
    _t(
        "Dövlət Vergi Xidmətinin siyahısındakı digər sənədlər",
        "The other documents on the State Tax Service checklist",
        "Другие документы из перечня Государственной налоговой службы",
    ),
    _t(
        "Siyahı Dövlət Vergi Xidmətinin saytında (taxes.gov.az) dərc olunub",
        "The checklist is published on the State Tax Service website (taxes.gov.az)",
        "Перечень опубликован на сайте Государственной налоговой службы (taxes.gov.az)",
    ),
)
_DOC_MIGRATION_SERVICE_LIST = _doc(
    _t(
        "Ərizə və Dövlət Miqrasiya Xidmətinin siyahısındakı sənədlər",
        "The application and the documents on the State Migration Service's list",
        "Заявление и документы из перечня Государственной миграционной службы",
    ),
    _t(
        "Dövlət Miqrasiya Xidməti (migration.gov.az)",
        "State Migration Service (migration.gov.az)",
        "Государственная миграционная служба (migration.gov.az)",
    ),
)

# The registration step shared by the two LLC procedures ends with these documents in hand.
_RESULT_EXTRACT_AND_VOEN = _t(
    "Hüquqi şəxslərin dövlət reyestrindən çıxarış və VÖEN göstərilən vergi ödəyicisinin uçota alınması haqqında "
    "şəhadətnamə (onun surəti, məsələn, investisiya təşviqi sənədi üçün lazımdır)",
    "An extract from the state register of legal entities and the taxpayer registration certificate with the "
    "VÖEN (a copy is needed, for example, for an investment promotion certificate)",
    "Выписка из государственного реестра юридических лиц и свидетельство о постановке на налоговый учёт с VÖEN "
    "(его копия нужна, например, для документа о поощрении инвестиций)",
)


# ===========================================================================
# PROCEDURES
# ===========================================================================

_LLC_ONLINE = {
    "key": "llc-registration-online",
    "topic": "company-setup",
    "services": ["electronic-company-registration"],
    "slug": _t(
        "mmc-nin-onlayn-qeydiyyati-addim-addim",
        "llc-online-registration-step-by-step",
        "onlayn-registraciya-ooo-poshagovo",
    ),
    "title": _t(
        "Xarici təsisçili MMC-nin onlayn qeydiyyatı",
        "Registering an LLC with foreign founders online",
        "Онлайн-регистрация ООО с иностранными учредителями",
    ),
    "summary": _t(
        "Xarici təsisçili MMC-ni Dövlət Vergi Xidmətində onlayn qeydiyyatdan keçirmək olar: ərizə gücləndirilmiş "
        "elektron imza ilə imzalanır, dövlət rüsumu tutulmur, qeydiyyat 2 iş günü çəkir.",
        "An LLC with foreign founders can be registered online with the State Tax Service: the application is "
        "signed with an enhanced e-signature, no state duty is charged, and registration takes two working days.",
        "ООО с иностранными учредителями можно зарегистрировать в Государственной налоговой службе онлайн: "
        "заявление подписывается усиленной электронной подписью, госпошлина не взимается, регистрация занимает "
        "2 рабочих дня.",
    ),
    "purpose": _t(
        "<p>Şirkət hüquqi şəxslərin dövlət reyestrinə daxil edilir və vergi ödəyicisinin eyniləşdirmə nömrəsini "
        "(VÖEN) alır; bundan sonra fəaliyyətə başlaya bilər. Qeydiyyat “bir pəncərə” prinsipi ilə aparılır: "
        "bütün prosedur bir qurumda, Dövlət Vergi Xidmətində keçir.</p>"
        "<p>Xarici iştirak payına məhdudiyyət yoxdur, MMC üçün minimal nizamnamə kapitalı tələb olunmur. "
        "Kapital nizamnamədə göstərilən müddətdə, lakin 3 aydan gec olmayaraq ödənilir.</p>",
        "<p>The company is entered in the state register of legal entities and receives its taxpayer "
        "identification number (VÖEN), after which it can start operating. Registration follows the one-window "
        "principle: a single body, the State Tax Service, handles the whole procedure.</p>"
        "<p>There are no limits on foreign shareholding, and an LLC needs no minimum capital. The capital is paid "
        "within the period set in the charter, which may not exceed three months.</p>",
        "<p>Компания вносится в государственный реестр юридических лиц и получает идентификационный номер "
        "налогоплательщика (VÖEN), после чего может начать работу. Регистрация идёт по принципу «единого "
        "окна»: всю процедуру проводит один орган — Государственная налоговая служба.</p>"
        "<p>Ограничений на долю иностранного участия нет, минимальный уставный капитал для ООО не установлен. "
        "Капитал оплачивается в срок, указанный в уставе, но не более 3 месяцев.</p>",
    ),
    "audience": _t(
        "<p>Azərbaycanda təkbaşına və ya yerli tərəfdaşlarla məhdud məsuliyyətli cəmiyyət yaradan xarici "
        "fiziki və hüquqi şəxslər. Ərizəni imzalayan şəxsin gücləndirilmiş elektron imzası olmalıdır. "
        "Qeyri-rezident " + _a(URL_SIMA_TOKEN, "SİMA tokenini") + " yalnız daimi yaşama icazəsi olduqda ala "
        "bilər. Elektron imzası olmayan təsisçilər şirkəti dövlət rüsumu ödəməklə kağız formada qeydiyyatdan "
        "keçirə bilər.</p>",
        "<p>Foreign individuals and companies setting up a limited liability company in Azerbaijan, on their own "
        "or with local partners. Whoever signs the application needs an enhanced e-signature. A non-resident can "
        "obtain a " + _a(URL_SIMA_TOKEN, "SİMA token") + " only with a permanent residence permit. Founders "
        "without an e-signature can register the company on paper instead and pay the state duty.</p>",
        "<p>Иностранные граждане и компании, которые создают в Азербайджане общество с ограниченной "
        "ответственностью самостоятельно или с местными партнёрами. У того, кто подписывает заявление, должна "
        "быть усиленная электронная подпись. Нерезидент может получить " + _a(URL_SIMA_TOKEN, "токен SİMA") + " "
        "только при наличии разрешения на постоянное проживание. Учредители без электронной подписи могут "
        "зарегистрировать компанию на бумаге с уплатой госпошлины.</p>",
    ),
    "legal_basis": ["state-duty-law", "e-signature-law", "one-stop-shop-order-2458", "administrative-proceedings-law"],
    "last_reviewed": LAST_REVIEWED,
    "steps": [
        {
            "title": _t(
                "Gücləndirilmiş elektron imza alın (ASAN İmza və ya SİMA)",
                "Get an enhanced e-signature (ASAN İmza or SİMA)",
                "Получите усиленную электронную подпись (ASAN İmza или SİMA)",
            ),
            "institution": "e-signature-service",
            "parallel": False,
            "documents": [
                # source: https://sima.az/az/token
                _doc(
                    _t(
                        "Daimi yaşama icazəsi (SİMA tokeni alan qeyri-rezident üçün)",
                        "Permanent residence permit (for a non-resident applying for a SİMA token)",
                        "Разрешение на постоянное проживание (для нерезидента, оформляющего токен SİMA)",
                    ),
                    _t("Dövlət Miqrasiya Xidməti", "State Migration Service", "Государственная миграционная служба"),
                ),
            ],
            "result": _t(
                "Əl ilə atılan imza ilə eyni hüquqi qüvvəyə malik gücləndirilmiş elektron imza",
                "An enhanced e-signature with the same legal force as a handwritten signature",
                "Усиленная электронная подпись, равная по юридической силе собственноручной",
            ),
            # The fact sheet gives neither a price nor a time for ASAN İmza or SİMA.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "İmzalayan şəxsin artıq ASAN İmza və ya SİMA imzası varsa, bu addım lazım deyil.",
                "Skip this step if the signer already has an ASAN İmza or SİMA signature.",
                "Если у подписанта уже есть подпись ASAN İmza или SİMA, этот шаг не нужен.",
            ),
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["e-signature-law"],  # source: https://www.taxes.gov.az/az/post/1951
            "complaints": _EMPTY,
        },
        {
            "title": _t(
                "Qeydiyyat ərizəsini Dövlət Vergi Xidmətinə onlayn təqdim edin",
                "File the registration application online with the State Tax Service",
                "Подайте заявление о регистрации в Государственную налоговую службу онлайн",
            ),
            "institution": "state-tax-service",
            "parallel": False,
            # source: https://www.taxes.gov.az/en/page/yerli-investisiyali-kommersiya-huquqi-sexsler-ucun
            "documents": [_DOC_CHARTER, _DOC_FOUNDING_DECISION, _DOC_LEGAL_ADDRESS, _DOC_TAX_SERVICE_LIST],
            "result": _t(
                "Şirkət hüquqi şəxslərin dövlət reyestrinə daxil edilir",
                "The company is entered in the state register of legal entities",
                "Компания вносится в государственный реестр юридических лиц",
            ),
            # source: http://www.justice.gov.az/?view=informer&id=16 (Law on State Duty, Art. 20-1.3)
            # source: https://azefinance.az/en/blogaz/2283-online-registration-of-commercial-legal-entities-electronic-service.html
            "fee": "state-duty-electronic-registration",
            "amount": None,
            "currency": None,
            "cost_note": _EMPTY,
            "days_min": 2,  # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "days_max": 2,  # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "unconfirmed": False,
            # The fact sheet gives the State Tax Service's site, not the address of the e-service itself.
            "online_url": "https://www.taxes.gov.az",
            "legal_basis": ["state-duty-law", "one-stop-shop-order-2458", "e-signature-law"],
            "complaints": _COMPLAINTS_TAX_SERVICE,
        },
        {
            "title": _t(
                "Reyestrdən çıxarışı və VÖEN-i alın",
                "Receive the register extract and the VÖEN",
                "Получите выписку из реестра и VÖEN",
            ),
            "institution": "state-tax-service",
            "parallel": False,
            "documents": [],
            "result": _RESULT_EXTRACT_AND_VOEN,
            # source: https://azefinance.az/en/blogaz/2283-online-registration-of-commercial-legal-entities-electronic-service.html
            "fee": None,
            "amount": "0",
            "currency": "AZN",
            "cost_note": _t(
                "Ödənişsiz elektron qeydiyyata daxildir.",
                "Included in the free electronic registration.",
                "Входит в бесплатную электронную регистрацию.",
            ),
            # Handed over when the 2 working days of the previous step end: no wait of its own.
            # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "days_min": 0,
            "days_max": 0,
            "unconfirmed": False,
            "online_url": "",
            "legal_basis": ["one-stop-shop-order-2458"],
            "complaints": _COMPLAINTS_TAX_SERVICE,
        },
    ],
}


_LLC_PAPER = {
    "key": "llc-registration-paper",
    "topic": "company-setup",
    "services": [],
    "slug": _t(
        "mmc-nin-kagiz-formada-qeydiyyati-addim-addim",
        "llc-paper-registration-step-by-step",
        "registraciya-ooo-na-bumage-poshagovo",
    ),
    "title": _t(
        "Xarici təsisçili MMC-nin kağız formada qeydiyyatı",
        "Registering an LLC with foreign founders on paper",
        "Регистрация ООО с иностранными учредителями на бумаге",
    ),
    "summary": _t(
        "Elektron imzası olmayan təsisçilər qeydiyyat sənədlərini Dövlət Vergi Xidmətinə “bir pəncərə” "
        "vasitəsilə kağız formada təqdim edirlər. Dövlət rüsumu 11 manatdır, qeydiyyat 2 iş günü çəkir.",
        "Founders without an e-signature file the registration documents on paper at the State Tax Service's "
        "one window. The state duty is AZN 11 and registration takes two working days.",
        "Учредители без электронной подписи подают документы на регистрацию на бумаге через «единое окно» "
        "Государственной налоговой службы. Госпошлина — 11 манатов, регистрация занимает 2 рабочих дня.",
    ),
    "purpose": _t(
        "<p>Nəticə onlayn qeydiyyatda olduğu kimidir: şirkət hüquqi şəxslərin dövlət reyestrinə daxil edilir və "
        "VÖEN alır. Fərq ondadır ki, ərizə notarial qaydada təsdiqlənir, sənədlər kağız formada təqdim olunur və "
        "dövlət rüsumu ödənilir.</p>"
        "<p>Xarici iştirak payına məhdudiyyət yoxdur, MMC üçün minimal nizamnamə kapitalı tələb olunmur. "
        "Kapital nizamnamədə göstərilən müddətdə, lakin 3 aydan gec olmayaraq ödənilir.</p>",
        "<p>The result is the same as with online registration: the company is entered in the state register "
        "of legal entities and receives its VÖEN. The difference is that the application is notarised, the "
        "documents are filed on paper and a state duty is paid.</p>"
        "<p>There are no limits on foreign shareholding, and an LLC needs no minimum capital. The capital is paid "
        "within the period set in the charter, which may not exceed three months.</p>",
        "<p>Результат тот же, что и при онлайн-регистрации: компания вносится в государственный реестр "
        "юридических лиц и получает VÖEN. Разница в том, что заявление заверяется нотариально, документы "
        "подаются на бумаге и уплачивается госпошлина.</p>"
        "<p>Ограничений на долю иностранного участия нет, минимальный уставный капитал для ООО не установлен. "
        "Капитал оплачивается в срок, указанный в уставе, но не более 3 месяцев.</p>",
    ),
    "audience": _t(
        "<p>MMC yaradan, lakin gücləndirilmiş elektron imzası olmayan xarici fiziki və hüquqi şəxslər. Elektron "
        "imza varsa, onlayn qeydiyyat daha sərfəlidir: o, dövlət rüsumundan azaddır.</p>",
        "<p>Foreign individuals and companies setting up an LLC who have no enhanced e-signature. If you have "
        "one, register online instead: electronic registration is free of state duty.</p>",
        "<p>Иностранные граждане и компании, которые создают ООО, но не имеют усиленной электронной подписи. "
        "Если подпись есть, выгоднее зарегистрироваться онлайн: электронная регистрация освобождена от "
        "госпошлины.</p>",
    ),
    "legal_basis": ["state-duty-law", "one-stop-shop-order-2458", "administrative-proceedings-law"],
    "last_reviewed": LAST_REVIEWED,
    "steps": [
        {
            "title": _t(
                "Qeydiyyat ərizəsini notariusda təsdiq etdirin",
                "Have the registration application notarised",
                "Заверьте заявление о регистрации у нотариуса",
            ),
            "institution": "notary",
            "parallel": False,
            # source: https://www.taxes.gov.az/en/page/yerli-investisiyali-kommersiya-huquqi-sexsler-ucun
            "documents": [
                _doc(
                    _t(
                        "Dövlət qeydiyyatı üçün ərizə",
                        "Application for state registration",
                        "Заявление о государственной регистрации",
                    ),
                    _t("Təsisçilər hazırlayır", "Drawn up by the founders", "Составляют учредители"),
                ),
            ],
            "result": _t(
                "Notarial qaydada təsdiqlənmiş qeydiyyat ərizəsi",
                "A notarised registration application",
                "Нотариально заверенное заявление о регистрации",
            ),
            # The fact sheet gives no notary fee and no time for this step.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _EMPTY,
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": [],
            "complaints": _EMPTY,
        },
        {
            "title": _t(
                "Dövlət rüsumunu ödəyin və sənədləri “bir pəncərə” vasitəsilə təqdim edin",
                "Pay the state duty and file the documents at the one window",
                "Оплатите госпошлину и подайте документы в «единое окно»",
            ),
            "institution": "state-tax-service",
            "parallel": False,
            # source: https://www.taxes.gov.az/en/page/yerli-investisiyali-kommersiya-huquqi-sexsler-ucun
            "documents": [
                _doc(
                    _t(
                        "Notarial qaydada təsdiqlənmiş ərizə",
                        "The notarised application",
                        "Нотариально заверенное заявление",
                    ),
                    _t("Əvvəlki addım", "The previous step", "Предыдущий шаг"),
                ),
                _doc(
                    _t("MMC-nin nizamnaməsi (2 nüsxə)", "The LLC's charter (2 copies)", "Устав ООО (2 экземпляра)"),
                    _t("Təsisçilər hazırlayır", "Drawn up by the founders", "Составляют учредители"),
                ),
                _DOC_FOUNDING_DECISION,
                _DOC_LEGAL_ADDRESS,
                _doc(
                    _t(
                        "Dövlət rüsumunun ödənilməsi barədə qəbz",
                        "Receipt for the state duty",
                        "Квитанция об уплате госпошлины",
                    ),
                    _t(
                        "Rüsumu ödədikdə verilir",
                        "Issued when you pay the duty",
                        "Выдаётся при уплате пошлины",
                    ),
                ),
                _DOC_TAX_SERVICE_LIST,
            ],
            "result": _t(
                "Şirkət hüquqi şəxslərin dövlət reyestrinə daxil edilir",
                "The company is entered in the state register of legal entities",
                "Компания вносится в государственный реестр юридических лиц",
            ),
            "fee": "state-duty-llc-registration",  # source: http://www.justice.gov.az/?view=informer&id=16
            "amount": None,
            "currency": None,
            "cost_note": _EMPTY,
            "days_min": 2,  # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "days_max": 2,  # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "unconfirmed": False,
            "online_url": "",
            "legal_basis": ["state-duty-law", "one-stop-shop-order-2458"],
            "complaints": _COMPLAINTS_TAX_SERVICE,
        },
        {
            "title": _t(
                "Reyestrdən çıxarışı və VÖEN-i alın",
                "Receive the register extract and the VÖEN",
                "Получите выписку из реестра и VÖEN",
            ),
            "institution": "state-tax-service",
            "parallel": False,
            "documents": [],
            "result": _RESULT_EXTRACT_AND_VOEN,
            # source: http://www.justice.gov.az/?view=informer&id=16
            "fee": None,
            "amount": "0",
            "currency": "AZN",
            "cost_note": _t(
                "Əvvəlki addımda ödənilmiş dövlət rüsumuna daxildir.",
                "Covered by the state duty paid in the previous step.",
                "Входит в госпошлину, уплаченную на предыдущем шаге.",
            ),
            # Handed over when the 2 working days of the previous step end: no wait of its own.
            # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "days_min": 0,
            "days_max": 0,
            "unconfirmed": False,
            "online_url": "",
            "legal_basis": ["one-stop-shop-order-2458"],
            "complaints": _COMPLAINTS_TAX_SERVICE,
        },
    ],
}


_WORK_PERMIT = {
    "key": "work-permit",
    "topic": "labour",
    "services": [],
    "slug": _t("is-icazesi-addim-addim", "work-permit-step-by-step", "razreshenie-na-rabotu-poshagovo"),
    "title": _t(
        "Əcnəbi işçi üçün iş icazəsinin alınması",
        "Getting a work permit for a foreign employee",
        "Оформление разрешения на работу для иностранного работника",
    ),
    "summary": _t(
        "Əcnəbi işçi cəlb edən işəgötürən Dövlət Miqrasiya Xidmətinə müraciət edir. İcazə yalnız həmin işəgötürən "
        "yanında işləmək üçün 1 ilədək verilir və hər dəfə 1 ilədək uzadılır.",
        "An employer hiring a foreign national applies to the State Migration Service. The permit covers work "
        "for that employer only, is issued for up to one year and can be renewed for up to a year at a time.",
        "Работодатель, нанимающий иностранца, обращается в Государственную миграционную службу. Разрешение "
        "действует только для работы у этого работодателя, выдаётся на срок до 1 года и продлевается каждый "
        "раз не более чем на год.",
    ),
    "purpose": _t(
        "<p>İş icazəsi şirkətə əcnəbi işçini qanuni əsasla işə götürməyə imkan verir. İcazə 1 il müddətinə, "
        "əmək müqaviləsinin müddəti daha qısadırsa, həmin müddətə verilir və yalnız icazədə göstərilən "
        "işəgötürənin yanında işləmək üçün etibarlıdır. Əcnəbilər əmək miqrasiyası kvotası çərçivəsində işə cəlb "
        "olunur.</p>",
        "<p>The work permit lets the company lawfully employ a foreign national. It is issued for one year, or "
        "for the term of the employment contract if that is shorter, and is valid only for work with the employer "
        "named in it. Foreign workers are hired within the labour-migration quota.</p>",
        "<p>Разрешение на работу позволяет компании законно нанять иностранного работника. Оно выдаётся на "
        "1 год, а если трудовой договор короче, — на срок договора, и действует только для работы у указанного "
        "в нём работодателя. Иностранцы привлекаются в пределах квоты трудовой миграции.</p>",
    ),
    "audience": _t(
        "<p>Azərbaycanda əcnəbi işçi cəlb edən işəgötürənlər. Aşağıdakı şəxslərdən iş icazəsi tələb olunmur:</p><ul>"
        "<li>daimi yaşama icazəsi olan əcnəbilərdən;</li>"
        "<li>Azərbaycan vətəndaşı ilə nikahda olan əcnəbilərdən;</li>"
        "<li>təsisçisi əcnəbi olan şirkətlərin, xarici şirkətlərin filial və nümayəndəliklərinin rəhbərlərindən "
        "və rəhbər müavinlərindən;</li>"
        "<li>İT texnoparklarının rezidentlərində çalışan xarici mütəxəssislərdən.</li></ul>"
        "<p>İşğaldan azad edilmiş ərazilərdə 1 yanvar 2023-cü ildən 1 yanvar 2028-ci ilədək kvota tətbiq "
        "olunmur, icazə 2 ilədək verilir və daha tez rəsmiləşdirilə bilər.</p>",
        "<p>Employers in Azerbaijan hiring a foreign national. No work permit is needed for:</p><ul>"
        "<li>holders of a permanent residence permit;</li>"
        "<li>foreign nationals married to Azerbaijani citizens;</li>"
        "<li>heads and deputy heads of companies with a foreign founder, and of branches and representative "
        "offices of foreign companies;</li>"
        "<li>foreign specialists working for IT technopark residents.</li></ul>"
        "<p>In the liberated territories, from 1 January 2023 to 1 January 2028, no quota applies and permits "
        "are issued for up to two years and can be processed faster.</p>",
        "<p>Работодатели в Азербайджане, нанимающие иностранцев. Разрешение на работу не требуется:</p><ul>"
        "<li>обладателям разрешения на постоянное проживание;</li>"
        "<li>иностранцам, состоящим в браке с гражданами Азербайджана;</li>"
        "<li>руководителям и заместителям руководителей компаний с иностранным учредителем, а также филиалов и "
        "представительств иностранных компаний;</li>"
        "<li>иностранным специалистам, работающим у резидентов IT-технопарков.</li></ul>"
        "<p>На освобождённых территориях с 1 января 2023 года по 1 января 2028 года квота не применяется, "
        "разрешения выдаются на срок до 2 лет и могут оформляться быстрее.</p>",
    ),
    "legal_basis": ["migration-code", "administrative-proceedings-law"],
    "last_reviewed": LAST_REVIEWED,
    "steps": [
        {
            "title": _t(
                "İşəgötürən Dövlət Miqrasiya Xidmətinə müraciət edir",
                "The employer applies to the State Migration Service",
                "Работодатель обращается в Государственную миграционную службу",
            ),
            "institution": "state-migration-service",
            "parallel": False,
            "documents": [_DOC_MIGRATION_SERVICE_LIST],  # source: https://migration.gov.az/en/useful_detail/592
            "result": _t(
                "1 il (və ya əmək müqaviləsinin daha qısa müddəti) üçün, yalnız bu işəgötürənin yanında etibarlı "
                "iş icazəsi",
                "A work permit for one year (or the shorter term of the employment contract), valid for this "
                "employer only",
                "Разрешение на работу на 1 год (или на более короткий срок трудового договора), действующее "
                "только у этого работодателя",
            ),
            # Reported in 2019 and UNVERIFIED for 2026: source: https://www.today.az/news/society/186276.html
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "1 il üçün 1 000 manat, 6 ay üçün 500 manat — bu məbləğləri 2019-cu ilin sentyabrında Today.az "
                "xəbər saytı dərc edib. Hazırkı məbləğ təsdiqlənməyib.",
                "AZN 1,000 for one year and AZN 500 for six months, as reported by the news site Today.az in "
                "September 2019. The current fee is not confirmed.",
                "1 000 манатов за 1 год и 500 манатов за 6 месяцев — такие суммы сообщил новостной сайт "
                "Today.az в сентябре 2019 года. Действующий размер не подтверждён.",
            ),
            # The fact sheet gives a processing time only for the liberated territories.
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["migration-code"],
            "complaints": _COMPLAINTS_MIGRATION_SERVICE,
        },
        {
            "title": _t(
                "Müddət bitməzdən əvvəl icazəni uzadın",
                "Renew the permit before it expires",
                "Продлите разрешение до истечения срока",
            ),
            "institution": "state-migration-service",
            "parallel": False,
            "documents": [_DOC_MIGRATION_SERVICE_LIST],  # source: https://migration.gov.az/en/useful_detail/592
            "result": _t(
                "İcazə daha 1 ilədək uzadılır; başqa işəgötürənə keçid üçün yeni icazə lazımdır",
                "The permit is extended for up to one more year; a move to another employer needs a new permit",
                "Разрешение продлено ещё не более чем на 1 год; для перехода к другому работодателю нужно новое",
            ),
            # The fact sheet gives no renewal fee and no renewal time.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _EMPTY,
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["migration-code"],
            "complaints": _COMPLAINTS_MIGRATION_SERVICE,
        },
    ],
}


_RESIDENCE_THROUGH_INVESTMENT = {
    "key": "temporary-residence-through-investment",
    "topic": "migration",
    "services": [],
    "slug": _t(
        "investisiya-ile-muveqqeti-yasamaq-icazesi-addim-addim",
        "residence-permit-through-investment-step-by-step",
        "razreshenie-na-prozhivanie-za-investicii-poshagovo",
    ),
    "title": _t(
        "İnvestisiya əsasında müvəqqəti yaşama icazəsi",
        "Temporary residence permit through investment",
        "Разрешение на временное проживание на основании инвестиций",
    ),
    "summary": _t(
        "Ölkə iqtisadiyyatına ən azı 500 000 manat investisiya yatırmış və ya dəyəri ən azı 100 000 manat olan "
        "daşınmaz əmlaka, müddətli bank əmanətinə yaxud dövlət qiymətli kağızlarına malik əcnəbi Dövlət Miqrasiya "
        "Xidmətindən müvəqqəti yaşama icazəsi ala bilər.",
        "A foreign national who has invested at least AZN 500,000 in the economy, or holds real estate, a term "
        "deposit or government securities worth at least AZN 100,000, can obtain a temporary residence permit "
        "from the State Migration Service.",
        "Иностранец, вложивший в экономику не менее 500 000 манатов или имеющий недвижимость, срочный депозит "
        "либо государственные ценные бумаги на сумму не менее 100 000 манатов, может получить в "
        "Государственной миграционной службе разрешение на временное проживание.",
    ),
    "purpose": _t(
        "<p>İcazə investora Azərbaycanda 1, 2 və ya 3 il yaşamağa imkan verir. Onu Dövlət Miqrasiya Xidməti "
        "Miqrasiya Məcəlləsinin 45-ci maddəsində göstərilən əsaslarla verir. Yaşamaq icazəsi işləmək hüququ "
        "vermir: muzdlu işləyəcəksinizsə, iş icazəsinin tələb olunub-olunmadığını ayrıca yoxlayın.</p>",
        "<p>The permit lets an investor live in Azerbaijan for one, two or three years. It is issued by the "
        "State Migration Service on the grounds set out in Article 45 of the Migration Code. A residence permit "
        "is not a right to work: if you will be employed, check separately whether you need a work permit.</p>",
        "<p>Разрешение позволяет инвестору жить в Азербайджане 1, 2 или 3 года. Его выдаёт Государственная "
        "миграционная служба по основаниям статьи 45 Миграционного кодекса. Разрешение на проживание не даёт "
        "права на работу: если вы будете работать по найму, отдельно проверьте, нужно ли разрешение на "
        "работу.</p>",
    ),
    "audience": _t(
        "<p>Aşağıdakı əsaslardan birinə malik əcnəbi investorlar:</p><ul>"
        "<li>ölkə iqtisadiyyatına ən azı 500 000 manat investisiya;</li>"
        "<li>dəyəri ən azı 100 000 manat olan daşınmaz əmlak;</li>"
        "<li>ən azı 100 000 manatlıq müddətli bank əmanəti;</li>"
        "<li>nominal dəyəri ən azı 100 000 manat olan dövlət qiymətli kağızları.</li></ul>"
        "<p>Bank əmanəti əsasında verilmiş icazə əmanət geri götürüldükdə və ya 100 000 manatdan aşağı "
        "düşdükdə ləğv edilir. Təsisçisi əcnəbi olan şirkətin rəhbəri və ya rəhbər müavini də bu icazəni "
        "ala bilər.</p>",
        "<p>Foreign investors with one of these grounds:</p><ul>"
        "<li>an investment of at least AZN 500,000 in the economy;</li>"
        "<li>real estate worth at least AZN 100,000;</li>"
        "<li>a term bank deposit of at least AZN 100,000;</li>"
        "<li>government securities with a nominal value of at least AZN 100,000.</li></ul>"
        "<p>A permit granted on the basis of a deposit is revoked if the deposit is withdrawn or falls below "
        "AZN 100,000. The head or deputy head of a company with a foreign founder can also obtain the "
        "permit.</p>",
        "<p>Иностранные инвесторы, у которых есть одно из оснований:</p><ul>"
        "<li>инвестиции в экономику страны не менее 500 000 манатов;</li>"
        "<li>недвижимость стоимостью не менее 100 000 манатов;</li>"
        "<li>срочный банковский депозит не менее 100 000 манатов;</li>"
        "<li>государственные ценные бумаги номинальной стоимостью не менее 100 000 манатов.</li></ul>"
        "<p>Разрешение, выданное на основании депозита, аннулируется, если депозит снят или стал меньше "
        "100 000 манатов. Получить разрешение может и руководитель или заместитель руководителя компании с "
        "иностранным учредителем.</p>",
    ),
    "legal_basis": ["migration-code", "state-duty-law", "administrative-proceedings-law"],
    "last_reviewed": LAST_REVIEWED,
    "steps": [
        {
            "title": _t(
                "Viza lazımdırsa, səfər üçün ASAN Viza alın",
                "If you need a visa, get an ASAN Visa for the trip",
                "Если нужна виза, оформите ASAN Visa для поездки",
            ),
            "institution": "asan-agency",
            "parallel": False,
            "documents": [],
            "result": _t(
                "30 günədək qalma üçün birdəfəlik elektron viza",
                "A single-entry e-visa for a stay of up to 30 days",
                "Однократная электронная виза для пребывания до 30 дней",
            ),
            "fee": "asan-visa-standard",  # source: https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "Vizasız gələ bilən ölkələrin vətəndaşlarına lazım deyil.",
                "Not needed by citizens of countries with visa-free entry.",
                "Не нужна гражданам стран с безвизовым въездом.",
            ),
            "days_min": 3,  # source: https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa
            "days_max": 3,  # source: https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa
            "unconfirmed": False,
            "online_url": URL_EVISA,
            "legal_basis": ["asan-visa-decree-923"],
            "complaints": _EMPTY,
        },
        {
            "title": _t(
                "Dövlət rüsumunu ödəyin və Dövlət Miqrasiya Xidmətinə müraciət edin",
                "Pay the state duty and apply to the State Migration Service",
                "Оплатите госпошлину и обратитесь в Государственную миграционную службу",
            ),
            "institution": "state-migration-service",
            "parallel": False,
            "documents": [
                # source: https://migration.gov.az/en/page/73
                _doc(
                    _t(
                        "Əsası təsdiq edən sənədlər: investisiya, daşınmaz əmlak, bank əmanəti və ya dövlət "
                        "qiymətli kağızları",
                        "Proof of your ground: the investment, real estate, bank deposit or government securities",
                        "Документы, подтверждающие основание: инвестиции, недвижимость, банковский депозит или "
                        "государственные ценные бумаги",
                    ),
                    _t(
                        "İnvestisiyanızın yerləşdiyi bank, reyestr və ya şirkət",
                        "The bank, registry or company that holds your investment",
                        "Банк, реестр или компания, где находятся ваши вложения",
                    ),
                ),
                _doc(
                    _t(
                        "Dövlət rüsumunun ödənilməsi barədə qəbz",
                        "Receipt for the state duty",
                        "Квитанция об уплате госпошлины",
                    ),
                    _t(
                        "Rüsumu ödədikdə verilir",
                        "Issued when you pay the duty",
                        "Выдаётся при уплате пошлины",
                    ),
                ),
                _DOC_MIGRATION_SERVICE_LIST,
            ],
            "result": _t(
                "Seçilmiş müddətə — 1, 2 və ya 3 il — müvəqqəti yaşama icazəsi",
                "A temporary residence permit for the term you chose: one, two or three years",
                "Разрешение на временное проживание на выбранный срок: 1, 2 или 3 года",
            ),
            "fee": "trp-fee-1-year",  # source: https://migrationto.az/az-ask.htm
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "Yetkinlik yaşına çatmış şəxs üçün 1 illik icazə, 15 iş günü ərzində baxılmaqla. 2 illik icazə "
                "320 manat, 3 illik 480 manat; 20 iş günü ərzində baxılmaqla 1 illik icazə 120 manat.",
                "A one-year permit for an adult, processed within 15 working days. A two-year permit costs AZN 320 "
                "and a three-year one AZN 480; with processing within 20 working days, a one-year permit costs AZN 120.",
                "Разрешение на 1 год для совершеннолетнего при рассмотрении за 15 рабочих дней. Разрешение на 2 года "
                "стоит 320 манатов, на 3 года — 480; при рассмотрении за 20 рабочих дней разрешение на 1 год — 120 манатов.",
            ),
            "days_min": 15,  # source: https://migrationto.az/az-ask.htm
            "days_max": 15,  # source: https://migrationto.az/az-ask.htm
            "unconfirmed": False,
            "online_url": "",
            "legal_basis": ["migration-code", "state-duty-law"],
            "complaints": _COMPLAINTS_MIGRATION_SERVICE,
        },
    ],
}


_ASAN_VISA = {
    "key": "e-visa-application",
    "topic": "migration",
    "services": [],
    "slug": _t("asan-viza-addim-addim", "asan-visa-step-by-step", "elektronnaya-viza-asan-poshagovo"),
    "title": _t(
        "Elektron vizanın alınması (ASAN Viza)",
        "Getting an e-visa (ASAN Visa)",
        "Получение электронной визы (ASAN Visa)",
    ),
    "summary": _t(
        "30 günədək qalma üçün birdəfəlik elektron vizanı evisa.gov.az portalında onlayn alın: adi qaydada "
        "3 iş günü, təcili qaydada 3 saat ərzində verilir.",
        "Apply online at evisa.gov.az for a single-entry e-visa for a stay of up to 30 days. It is issued within "
        "three working days, or within three hours if you choose the urgent option.",
        "Однократную электронную визу для пребывания до 30 дней оформляют онлайн на evisa.gov.az: в обычном "
        "порядке за 3 рабочих дня, в срочном — за 3 часа.",
    ),
    "purpose": _t(
        "<p>Elektron viza Azərbaycana bir dəfə gəlməyə və 30 günədək qalmağa imkan verir, məsələn, işgüzar "
        "səfər və ya layihə sahəsi ilə ilkin tanışlıq üçün. 15 may 2018-ci ildən hava limanlarında verilən vizalar da "
        "ASAN Viza vasitəsilə rəsmiləşdirilir.</p>",
        "<p>The e-visa lets you enter Azerbaijan once and stay for up to 30 days, for example for a business "
        "trip or a first look at a project site. Since 15 May 2018, visas issued at airports have also been "
        "processed through ASAN Visa.</p>",
        "<p>Электронная виза позволяет один раз въехать в Азербайджан и находиться в стране до 30 дней, "
        "например для деловой поездки или первого знакомства с площадкой проекта. С 15 мая 2018 года визы в "
        "аэропортах также оформляются через ASAN Visa.</p>",
    ),
    "audience": _t(
        "<p>Azərbaycana gəlmək üçün viza tələb olunan əcnəbilər. Bəzi MDB ölkələrinin, Gürcüstanın və "
        "Türkiyənin vətəndaşları 90 günədək vizasız gələ bilər; siyahı dəyişə bildiyi üçün onu Azərbaycanın "
        "səfirliyi və ya konsulluğu ilə dəqiqləşdirin. Daha uzun müddət qalmaq üçün müvəqqəti yaşama icazəsi "
        "lazımdır.</p>",
        "<p>Foreign nationals who need a visa to visit Azerbaijan. Citizens of several CIS countries, Georgia and "
        "Türkiye can enter visa-free for up to 90 days; the list changes, so check it with an Azerbaijani embassy "
        "or consulate. For a longer stay you need a temporary residence permit.</p>",
        "<p>Иностранцы, которым для поездки в Азербайджан нужна виза. Граждане ряда стран СНГ, Грузии и Турции "
        "могут въезжать без визы на срок до 90 дней; перечень меняется, поэтому уточните его в посольстве или "
        "консульстве Азербайджана. Для более длительного пребывания нужно разрешение на временное "
        "проживание.</p>",
    ),
    "legal_basis": ["asan-visa-decree-923", "migration-code"],
    "last_reviewed": LAST_REVIEWED,
    "steps": [
        {
            "title": _t(
                "evisa.gov.az portalında müraciət edin və viza haqqını ödəyin",
                "Apply on evisa.gov.az and pay the visa fee",
                "Подайте заявку на evisa.gov.az и оплатите визовый сбор",
            ),
            "institution": "asan-agency",
            "parallel": False,
            "documents": [
                _doc(
                    _t("Onlayn müraciət forması", "The online application form", "Онлайн-форма заявки"),
                    _t(
                        "evisa.gov.az portalında doldurulur",
                        "Filled in on evisa.gov.az",
                        "Заполняется на портале evisa.gov.az",
                    ),
                ),
            ],
            "result": _t(
                "30 günədək qalma üçün birdəfəlik elektron viza",
                "A single-entry e-visa for a stay of up to 30 days",
                "Однократная электронная виза для пребывания до 30 дней",
            ),
            # source: https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa
            # source: https://sarajevo.mfa.gov.az/en/content/73/asan-viza-e-visa
            "fee": "asan-visa-standard",
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "Təcili qaydada viza bayram günləri də daxil olmaqla 3 saat ərzində verilir, haqqı daha yüksəkdir.",
                "An urgent visa is issued within three hours, public holidays included, for a higher fee.",
                "Срочная виза выдаётся за 3 часа, в том числе в праздничные дни, за более высокий сбор.",
            ),
            "days_min": 3,  # source: https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa
            "days_max": 3,  # source: https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa
            "unconfirmed": False,
            "online_url": URL_EVISA,
            "legal_basis": ["asan-visa-decree-923"],
            "complaints": _EMPTY,
        },
    ],
}


_INVESTMENT_PROMOTION_CERTIFICATE = {
    "key": "its-and-import-exemption",
    "topic": "licences",
    "services": ["its-issuance", "equipment-import-confirmation"],
    "slug": _t(
        "investisiya-tesviqi-senedi-addim-addim",
        "investment-promotion-certificate-step-by-step",
        "dokument-o-pooshchrenii-investiciy-poshagovo",
    ),
    "title": _t(
        "İnvestisiya təşviqi sənədinin və idxal güzəştinin alınması",
        "Getting an investment promotion certificate and its import exemption",
        "Оформление документа о поощрении инвестиций и льготы на ввоз",
    ),
    "summary": _t(
        "İqtisadiyyat Nazirliyi sənədi şərtlərə cavab verən sənaye və turizm layihələrinə 5 iş günü ərzində "
        "verir. Sənəd 7 il vergi güzəştləri, təsdiqedici sənədlə isə texnika və avadanlığı ƏDV və gömrük "
        "rüsumu ödəmədən idxal etmək hüququ verir.",
        "The Ministry of Economy issues the certificate within five working days to eligible industrial and "
        "tourism projects. It gives seven years of tax relief and, with a confirmation document, the right to "
        "import machinery and equipment free of VAT and customs duties.",
        "Министерство экономики выдаёт документ за 5 рабочих дней промышленным и туристическим проектам, "
        "отвечающим условиям. Он даёт налоговые льготы на 7 лет, а с подтверждающим документом — право ввозить "
        "технику и оборудование без НДС и таможенных пошлин.",
    ),
    "purpose": _t(
        "<p>Sənəd 7 il müddətinə aşağıdakı güzəştləri verir:</p><ul>"
        "<li>mənfəət vergisinin (fərdi sahibkarlar üçün gəlir vergisinin) 50%-dən azadolma;</li>"
        "<li>əmlak vergisindən tam azadolma;</li>"
        "<li>torpaq vergisindən tam azadolma;</li>"
        "<li>təsdiqedici sənəd əsasında idxal olunan texnika, texnoloji avadanlıq və qurğulara görə ƏDV-dən və "
        "gömrük rüsumlarından azadolma.</li></ul>",
        "<p>The certificate gives the following relief for seven years:</p><ul>"
        "<li>exemption from 50% of profit tax (income tax for individual entrepreneurs);</li>"
        "<li>full exemption from property tax;</li>"
        "<li>full exemption from land tax;</li>"
        "<li>exemption from VAT and customs duties on imported machinery, technological equipment and "
        "installations, on the basis of a confirmation document.</li></ul>",
        "<p>Документ даёт на 7 лет следующие льготы:</p><ul>"
        "<li>освобождение от 50% налога на прибыль (для индивидуальных предпринимателей — подоходного "
        "налога);</li>"
        "<li>полное освобождение от налога на имущество;</li>"
        "<li>полное освобождение от земельного налога;</li>"
        "<li>освобождение от НДС и таможенных пошлин при ввозе техники, технологического оборудования и "
        "установок на основании подтверждающего документа.</li></ul>",
    ),
    # source: https://m.bizim.media/az/iqtisadiyyat/110652/... (3-year window from 1 Jan 2023);
    # source: https://report.az/biznes-xeberleri/azerbaycanda-investisiya-tesviqi-senedinin-verilmesi-qaydasi-deyisib06022026
    "audience": _t(
        "<p>Sənaye və ya turizm layihəsi həyata keçirən hüquqi şəxslər və fərdi sahibkarlar. Sənəd sənaye "
        "məhəllələrində və aqroparklarda, turizm-rekreasiya zonalarında, Bakı, Sumqayıt, Gəncə, Abşeron və "
        "işğaldan azad edilmiş ərazilərdən kənar şəhər və rayonlarda həyata keçirilən layihələrə, habelə strateji "
        "layihələrə verilir. Layihənin minimal həcmi sahədən və yerdən asılıdır; müraciət anında onun ən azı "
        "10%-i artıq investisiya edilmiş olmalıdır. Dövlət payı 30% və daha çox olan müəssisələr sənəd ala "
        "bilməz.</p><p>Bu şərtlər 1 yanvar 2023-cü ildən üç il müddətinə müəyyən edilib; 2026-cı ilin fevralında "
        "strateji layihələr üçün bu müddət altı ilədək uzadılıb. Üç il başa çatdıqdan sonra digər layihələrə sənədin "
        "verilməsi təsdiqlənməyib: İqtisadiyyat Nazirliyindən dəqiqləşdirin.</p>",
        "<p>Legal entities and individual entrepreneurs carrying out industrial or tourism projects. The "
        "certificate is issued for projects in industrial districts and agroparks, in tourism and recreation "
        "zones, in cities and districts other than Baku, Sumgait, Ganja, Absheron and the liberated territories, "
        "and for strategic projects. The minimum project size depends on the sector and location, and at least "
        "10% of it must already be invested when you apply. Entities that are 30% or more state-owned are not "
        "eligible.</p><p>These conditions were set for three years from 1 January 2023; in February 2026 the "
        "period was extended to six years for strategic projects. Whether other projects can still obtain the "
        "certificate after the three years is not confirmed: check with the Ministry of Economy.</p>",
        "<p>Юридические лица и индивидуальные предприниматели, реализующие промышленные или туристические "
        "проекты. Документ выдаётся для проектов в промышленных кварталах и агропарках, в "
        "туристско-рекреационных зонах, в городах и районах, кроме Баку, Сумгайыта, Гянджи, Абшерона и "
        "освобождённых территорий, а также для стратегических проектов. Минимальный объём проекта зависит от "
        "отрасли и места, и к моменту обращения должно быть вложено не менее 10% этой суммы. Предприятия, в "
        "которых доля государства составляет 30% и более, документ не получают.</p><p>Эти условия установлены на "
        "три года с 1 января 2023 года; в феврале 2026 года для стратегических проектов срок продлён до шести лет. "
        "Выдаётся ли документ другим проектам по истечении трёх лет, не подтверждено: уточните в Министерстве "
        "экономики.</p>",
    ),
    "legal_basis": [
        "decree-745-its",
        "decree-877-its",
        "decree-1913-its",
        "tax-code",
        "customs-tariff-law",
        "administrative-proceedings-law",
    ],
    "last_reviewed": LAST_REVIEWED,
    "steps": [
        {
            "title": _t(
                "Şirkəti Dövlət Vergi Xidmətində qeydiyyatdan keçirin",
                "Register the company with the State Tax Service",
                "Зарегистрируйте компанию в Государственной налоговой службе",
            ),
            "institution": "state-tax-service",
            "parallel": False,
            "documents": [_DOC_CHARTER, _DOC_FOUNDING_DECISION, _DOC_LEGAL_ADDRESS, _DOC_TAX_SERVICE_LIST],
            "result": _t(
                "Vergi ödəyicisinin uçota alınması haqqında şəhadətnamə; onun surəti müraciətə əlavə olunur",
                "The taxpayer registration certificate, a copy of which goes with the application",
                "Свидетельство о постановке на налоговый учёт; его копия прилагается к заявлению",
            ),
            # source: http://www.justice.gov.az/?view=informer&id=16 (Law on State Duty, Art. 20-1.3)
            "fee": "state-duty-electronic-registration",
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "Gücləndirilmiş elektron imza ilə onlayn qeydiyyat ödənişsizdir, kağız formada isə dövlət rüsumu "
                "tutulur. Şirkət artıq qeydiyyatdadırsa, bu addım lazım deyil.",
                "Free when filed online with an enhanced e-signature; a state duty applies on paper. Skip this "
                "step if the company is already registered.",
                "Бесплатно при подаче онлайн с усиленной электронной подписью; при подаче на бумаге взимается "
                "госпошлина. Если компания уже зарегистрирована, этот шаг не нужен.",
            ),
            "days_min": 2,  # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "days_max": 2,  # source: http://invest.gov.az/en/page/localize-in-Azerbaijan/establishing-a-business
            "unconfirmed": False,
            "online_url": "https://www.taxes.gov.az",
            "legal_basis": ["state-duty-law", "one-stop-shop-order-2458"],
            "complaints": _COMPLAINTS_TAX_SERVICE,
        },
        {
            "title": _t(
                "İqtisadiyyat Nazirliyinə investisiya təşviqi sənədi üçün müraciət edin",
                "Apply to the Ministry of Economy for the certificate",
                "Подайте в Министерство экономики заявление о выдаче документа о поощрении инвестиций",
            ),
            "institution": "ministry-of-economy",
            "parallel": False,
            # source: https://economy.gov.az/az/page/muracietler/sual-cavab/investisiya-tesviqi-mexanizmi
            "documents": [
                _doc(
                    _t(
                        "Meyarlara cavab verən biznes-plan",
                        "A business plan that meets the criteria",
                        "Бизнес-план, отвечающий критериям",
                    ),
                    _t("Müraciət edən hazırlayır", "Prepared by the applicant", "Готовит заявитель"),
                ),
                _doc(
                    _t(
                        "Minimal məbləğin ən azı 10%-nin investisiya edildiyini təsdiq edən sənədlər",
                        "Proof that at least 10% of the minimum amount has been invested",
                        "Документы, подтверждающие вложение не менее 10% минимальной суммы",
                    ),
                    _t("Müraciət edən təqdim edir", "Provided by the applicant", "Представляет заявитель"),
                ),
                _doc(
                    _t(
                        "Vergi ödəyicisinin uçota alınması haqqında şəhadətnamənin surəti",
                        "A copy of the taxpayer registration certificate",
                        "Копия свидетельства о постановке на налоговый учёт",
                    ),
                    _t("Dövlət Vergi Xidməti", "State Tax Service", "Государственная налоговая служба"),
                ),
            ],
            "result": _t(
                "7 il vergi və gömrük güzəştləri verən investisiya təşviqi sənədi",
                "An investment promotion certificate giving seven years of tax and customs relief",
                "Документ о поощрении инвестиций, дающий налоговые и таможенные льготы на 7 лет",
            ),
            # No fee is stated in the published rules: unconfirmed.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "Dərc olunmuş qaydalarda haqq göstərilməyib.",
                "The published rules state no fee.",
                "В опубликованных правилах плата не указана.",
            ),
            # source: https://economy.gov.az/az/page/muracietler/sual-cavab/investisiya-tesviqi-mexanizmi
            "days_min": 5,
            "days_max": 5,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["decree-745-its", "decree-1913-its"],
            "complaints": _COMPLAINTS_MINISTRY,
        },
        {
            "title": _t(
                "Texnika və avadanlığın idxalı üçün təsdiqedici sənəd alın",
                "Get the confirmation document for importing machinery and equipment",
                "Получите подтверждающий документ на ввоз техники и оборудования",
            ),
            "institution": "ministry-of-economy",
            "parallel": False,
            # source: https://economy.gov.az/en/page/itm (Decree No. 877)
            "documents": [
                _doc(
                    _t(
                        "İnvestisiya təşviqi sənədi",
                        "The investment promotion certificate",
                        "Документ о поощрении инвестиций",
                    ),
                    _t("Əvvəlki addım", "The previous step", "Предыдущий шаг"),
                ),
                _doc(
                    _t(
                        "İdxal olunacaq texnika, texnoloji avadanlıq və qurğuların siyahısı",
                        "A list of the machinery, technological equipment and installations to be imported",
                        "Перечень ввозимой техники, технологического оборудования и установок",
                    ),
                    _t("Müraciət edən hazırlayır", "Prepared by the applicant", "Готовит заявитель"),
                ),
            ],
            "result": _t(
                "Siyahıdakı texnika və avadanlığın ƏDV və gömrük rüsumları ödənilmədən idxalına əsas verən sənəd",
                "A document under which the listed machinery and equipment are imported free of VAT and customs duties",
                "Документ, на основании которого перечисленные техника и оборудование ввозятся без НДС и "
                "таможенных пошлин",
            ),
            # The fact sheet gives neither a fee nor a time for the confirmation document.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _EMPTY,
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["decree-877-its", "tax-code", "customs-tariff-law"],
            "complaints": _COMPLAINTS_MINISTRY,
        },
        {
            "title": _t(
                "Avadanlığı təsdiqedici sənədlə gömrük rəsmiləşdirməsindən keçirin",
                "Clear the equipment through customs with the confirmation document",
                "Пройдите таможенное оформление оборудования с подтверждающим документом",
            ),
            "institution": "customs-authorities",
            "parallel": False,
            "documents": [
                _doc(
                    _t("Təsdiqedici sənəd", "The confirmation document", "Подтверждающий документ"),
                    _t("İqtisadiyyat Nazirliyi", "Ministry of Economy", "Министерство экономики"),
                ),
            ],
            "result": _t(
                "Avadanlıq idxal ƏDV-si və gömrük rüsumu tutulmadan buraxılır",
                "The equipment is released without import VAT or customs duty",
                "Оборудование выпускается без ввозного НДС и таможенной пошлины",
            ),
            # Import VAT and duty exempt (source: https://economy.gov.az/az/page/muracietler/sual-cavab/investisiya-tesviqi-mexanizmi);
            # the customs processing fee schedule is UNVERIFIED in the fact sheet.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "ƏDV və gömrük rüsumu tutulmur; gömrük rəsmiləşdirməsi yığımlarını gömrük orqanları ilə dəqiqləşdirin.",
                "No VAT or customs duty is charged; confirm any customs clearance charges with the customs "
                "authorities.",
                "НДС и таможенная пошлина не взимаются; сборы за таможенное оформление уточните в таможенных органах.",
            ),
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["tax-code", "customs-tariff-law"],
            "complaints": _EMPTY,
        },
    ],
}


_INDUSTRIAL_PARK_RESIDENCY = {
    "key": "industrial-park-resident-status",
    "topic": "licences",
    "services": ["industrial-park-residency"],
    "slug": _t(
        "senaye-parkinda-rezidentlik-addim-addim",
        "industrial-park-residency-step-by-step",
        "rezidentstvo-v-promyshlennom-parke-poshagovo",
    ),
    "title": _t(
        "Sənaye parkında rezident statusunun alınması",
        "Becoming a resident of an industrial park",
        "Получение статуса резидента промышленного парка",
    ),
    "summary": _t(
        "İqtisadi Zonaların İnkişafı Agentliyinin idarə etdiyi sənaye parklarının rezidentləri 10 il mənfəət, "
        "əmlak və torpaq vergisindən, texnika və avadanlığın idxalında ƏDV-dən azaddır. Torpaq uzunmüddətli "
        "icarəyə verilir.",
        "Residents of the industrial parks run by the Economic Zones Development Agency are exempt for ten years "
        "from profit, property and land tax and from import VAT on machinery and equipment. Land is provided on "
        "long-term lease.",
        "Резиденты промышленных парков, которыми управляет Агентство развития экономических зон, на 10 лет "
        "освобождаются от налога на прибыль, налога на имущество и земельного налога, а также от НДС при ввозе техники и оборудования. "
        "Земля предоставляется в долгосрочную аренду.",
    ),
    "purpose": _t(
        "<p>Rezident statusu qeydiyyat tarixindən 10 il müddətinə mənfəət, əmlak və torpaq vergisindən, habelə "
        "texnika və avadanlığın idxalında ƏDV-dən azadolma verir. Həmin texnika və avadanlıq gömrük "
        "rüsumlarından da azaddır, lakin bu güzəştin müddəti rəsmi mənbələrdə fərqli göstərilir (10 və ya "
        "7 il). Güzəştlər idxal olunan xammala şamil edilmir.</p>",
        "<p>Resident status gives ten years, counted from registration, of exemption from profit, property and "
        "land tax and from import VAT on machinery and equipment. The same machinery and equipment are also "
        "exempt from customs duties, but official sources give different periods for this exemption (ten or "
        "seven years). The exemptions do not cover imported raw materials.</p>",
        "<p>Статус резидента даёт на 10 лет с даты регистрации освобождение от налога на прибыль, налога на "
        "имущество и земельного налога, а также от НДС при ввозе техники и оборудования. Эти техника и оборудование освобождаются и от "
        "таможенных пошлин, но срок этой льготы в официальных источниках указан по-разному (10 или 7 лет). На "
        "ввозимое сырьё льготы не распространяются.</p>",
    ),
    "audience": _t(
        "<p>Parkın ixtisaslaşmasına uyğun istehsal layihəsi planlaşdıran sahibkarlar: Sumqayıt Kimya Sənaye "
        "Parkında kimya və neft-kimya, maşınqayırma, tikinti materialları, metallurgiya və elektrotexnika; "
        "Mingəçevirdə toxuculuq; Qaradağda gəmiqayırma; Pirallahıda əczaçılıq. Agentlik həmçinin Hacıqabul və "
        "Ağdam sənaye parklarını və Araz Vadisi İqtisadi Zonasını idarə edir.</p>",
        "<p>Entrepreneurs planning manufacturing projects that fit a park's specialisation: chemicals and "
        "petrochemicals, machinery, construction materials, metallurgy and electrical engineering in the Sumgait "
        "Chemical Industrial Park; textiles in Mingachevir; shipbuilding in Garadagh; pharmaceuticals in "
        "Pirallahi. The Agency also runs the Hajigabul and Aghdam industrial parks and the Araz Valley Economic "
        "Zone.</p>",
        "<p>Предприниматели, планирующие производственные проекты в соответствии со специализацией парка: "
        "химия и нефтехимия, машиностроение, стройматериалы, металлургия и электротехника в Сумгайытском "
        "химическом промышленном парке; текстиль в Мингячевире; судостроение в Гарадаге; фармацевтика в "
        "Пираллахи. Агентство также управляет Гаджикабульским и Агдамским промышленными парками и "
        "экономической зоной «Долина Араза».</p>",
    ),
    "legal_basis": ["eco-zones-agency-decree", "tax-code", "customs-tariff-law", "administrative-proceedings-law"],
    "last_reviewed": LAST_REVIEWED,
    "steps": [
        {
            "title": _t(
                "Parkı seçin və layihəni Agentliklə müzakirə edin",
                "Choose a park and discuss the project with the Agency",
                "Выберите парк и обсудите проект с Агентством",
            ),
            "institution": "economic-zones-agency",
            "parallel": False,
            "documents": [],
            "result": _t(
                "Layihəyə uyğun park və boş torpaq sahələri barədə məlumat",
                "A clear view of the park that suits the project and the plots available",
                "Понимание, какой парк подходит проекту и какие участки свободны",
            ),
            # The fact sheet gives no cost or time for this step.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _EMPTY,
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": [],
            "complaints": _EMPTY,
        },
        {
            "title": _t(
                "Rezident statusu üçün müraciət edin",
                "Apply for resident status",
                "Подайте заявление о статусе резидента",
            ),
            "institution": "economic-zones-agency",
            "parallel": False,
            "documents": [
                _doc(
                    _t(
                        "Rezidentlik ərizəsi və layihə sənədləri",
                        "The residency application and the project documents",
                        "Заявление о резидентстве и документы по проекту",
                    ),
                    _t("Müraciət edən hazırlayır", "Prepared by the applicant", "Готовит заявитель"),
                ),
            ],
            "result": _t(
                "Park rezidenti kimi qeydiyyat; 10 illik güzəştlər bu tarixdən hesablanır",
                "Registration as a park resident; the ten years of exemptions run from this date",
                "Регистрация в качестве резидента парка; десятилетние льготы отсчитываются с этой даты",
            ),
            # source: https://economiczones.gov.az/en/ustunlukler/vergi-ve-gomruk-guzestleri (10 years from
            # registration); the fact sheet gives no fee and no time for the application.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _EMPTY,
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["eco-zones-agency-decree", "tax-code"],
            "complaints": _COMPLAINTS_ZONES_AGENCY,
        },
        {
            "title": _t(
                "Torpaq sahəsi üçün uzunmüddətli icarə müqaviləsi bağlayın",
                "Sign a long-term lease for the plot",
                "Заключите договор долгосрочной аренды участка",
            ),
            "institution": "economic-zones-agency",
            "parallel": False,
            "documents": [],
            "result": _t(
                "Torpaq sahəsinin uzunmüddətli icarəsi; parklarda torpaq satılmır, yalnız icarəyə verilir",
                "A long-term lease of the plot; land in the parks is leased, not sold",
                "Долгосрочная аренда участка; землю в парках не продают, а только сдают в аренду",
            ),
            # source: https://economiczones.gov.az (Sumgait AZN 1,600 / 3,200; Pirallahi AZN 2,000 / 4,000 a year)
            # source: https://economiczones.gov.az/en/muracietler/tez-tez-verilen-suallar (land only leased)
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "İllik icarə haqqı: Sumqayıt Kimya Sənaye Parkında ilk hektar üçün 1 600 manat, hər növbəti hektar üçün "
                "3 200 manat; Pirallahı Sənaye Parkında 2 000 və 4 000 manat. Digər parklar üzrə Agentliyə müraciət "
                "edin.",
                "Yearly rent: AZN 1,600 for the first hectare and AZN 3,200 for each further hectare in the Sumgait "
                "Chemical Industrial Park; AZN 2,000 and AZN 4,000 in the Pirallahi Industrial Park. For other "
                "parks, ask the Agency.",
                "Годовая аренда: 1 600 манатов за первый гектар и 3 200 манатов за каждый следующий в Сумгайытском "
                "химическом промышленном парке; 2 000 и 4 000 манатов в Пираллахинском. По другим паркам "
                "обращайтесь в Агентство.",
            ),
            "days_min": None,
            "days_max": None,
            "unconfirmed": False,
            "online_url": "",
            "legal_basis": [],
            "complaints": _COMPLAINTS_ZONES_AGENCY,
        },
        {
            "title": _t(
                "Texnika və avadanlığı ƏDV və gömrük rüsumu ödəmədən idxal edin",
                "Import machinery and equipment free of VAT and customs duty",
                "Ввезите технику и оборудование без НДС и таможенной пошлины",
            ),
            "institution": "customs-authorities",
            "parallel": False,
            "documents": [
                _doc(
                    _t(
                        "Sənaye parkı rezidenti statusunu təsdiq edən sənəd",
                        "Proof of industrial park resident status",
                        "Документ, подтверждающий статус резидента промышленного парка",
                    ),
                    _t(
                        "İqtisadi Zonaların İnkişafı Agentliyi",
                        "Economic Zones Development Agency",
                        "Агентство развития экономических зон",
                    ),
                ),
            ],
            "result": _t(
                "Texnika və avadanlıq idxal ƏDV-si və gömrük rüsumu tutulmadan buraxılır",
                "The machinery and equipment are released without import VAT or customs duty",
                "Техника и оборудование выпускаются без ввозного НДС и таможенной пошлины",
            ),
            # source: https://economiczones.gov.az/en/ustunlukler/vergi-ve-gomruk-guzestleri (10 years);
            # conflicting: http://www.Economy.gov.az/az/page/muracietler/sual-cavab/senaye-zonalari (7 years
            # for customs duty) — UNVERIFIED which is current. The customs fee schedule is UNVERIFIED too.
            "fee": None,
            "amount": None,
            "currency": None,
            "cost_note": _t(
                "İdxal ƏDV-si 10 il tutulmur. Gömrük rüsumundan azadolmanın müddətini Agentlik 10 il, İqtisadiyyat "
                "Nazirliyi 7 il göstərir; hansının qüvvədə olduğu təsdiqlənməyib. Xammal güzəştə daxil deyil.",
                "No import VAT for ten years. For customs duty, the Agency gives ten years and the Ministry of "
                "Economy seven; which is current is not confirmed. Raw materials are not covered.",
                "Ввозной НДС не взимается 10 лет. Срок освобождения от таможенной пошлины Агентство называет "
                "10 лет, Министерство экономики — 7; какой действует, не подтверждено. Сырьё под льготу не "
                "подпадает.",
            ),
            "days_min": None,
            "days_max": None,
            "unconfirmed": True,
            "online_url": "",
            "legal_basis": ["tax-code", "customs-tariff-law"],
            "complaints": _EMPTY,
        },
    ],
}


# ---------------------------------------------------------------------------
# In display order
# ---------------------------------------------------------------------------

PROCEDURES = [
    _LLC_ONLINE,
    _LLC_PAPER,
    _WORK_PERMIT,
    _RESIDENCE_THROUGH_INVESTMENT,
    _ASAN_VISA,
    _INVESTMENT_PROMOTION_CERTIFICATE,
    _INDUSTRIAL_PARK_RESIDENCY,
]
