"""Demo taxonomy for the Investor's Guide: sectors, economic regions, legal acts
and the taxes and fees that the guide pages refer to.

Every translated value is a dict with the keys "az", "en" and "ru".
Rates must be checked against the current Tax Code before publication.
"""


def _t(az, en, ru):
    return {"az": az, "en": en, "ru": ru}


# ---------------------------------------------------------------------------
# Sectors
# ---------------------------------------------------------------------------

SECTORS = [
    {
        "key": "agriculture",
        "name": _t(
            "Kənd təsərrüfatı və qida emalı",
            "Agriculture and food processing",
            "Сельское хозяйство и пищевая переработка",
        ),
    },
    {"key": "chemicals", "name": _t("Kimya və neft-kimya", "Chemicals and petrochemicals", "Химия и нефтехимия")},
    {"key": "pharmaceuticals", "name": _t("Əczaçılıq", "Pharmaceuticals", "Фармацевтика")},
    {
        "key": "textiles",
        "name": _t("Toxuculuq və yüngül sənaye", "Textiles and light industry", "Текстильная и лёгкая промышленность"),
    },
    {
        "key": "machinery-metallurgy",
        "name": _t("Maşınqayırma və metallurgiya", "Machinery and metallurgy", "Машиностроение и металлургия"),
    },
    {
        "key": "construction-materials",
        "name": _t("Tikinti materialları", "Construction materials", "Строительные материалы"),
    },
    {
        "key": "ict",
        "name": _t(
            "İnformasiya və kommunikasiya texnologiyaları",
            "Information and communication technologies",
            "Информационно-коммуникационные технологии",
        ),
    },
    {"key": "tourism", "name": _t("Turizm", "Tourism", "Туризм")},
    {"key": "logistics", "name": _t("Logistika və nəqliyyat", "Logistics and transport", "Логистика и транспорт")},
    {"key": "renewable-energy", "name": _t("Bərpa olunan enerji", "Renewable energy", "Возобновляемая энергетика")},
    {"key": "shipbuilding", "name": _t("Gəmiqayırma", "Shipbuilding", "Судостроение")},
    {"key": "waste-recycling", "name": _t("Tullantıların emalı", "Waste recycling", "Переработка отходов")},
]


# ---------------------------------------------------------------------------
# Economic regions (division of 2021)
# ---------------------------------------------------------------------------

REGIONS = [
    {"key": "baku", "name": _t("Bakı", "Baku", "Баку")},
    {"key": "absheron-khizi", "name": _t("Abşeron-Xızı", "Absheron-Khizi", "Абшерон-Хызы")},
    {"key": "mountainous-shirvan", "name": _t("Dağlıq Şirvan", "Mountainous Shirvan", "Нагорный Ширван")},
    {"key": "ganja-dashkasan", "name": _t("Gəncə-Daşkəsən", "Ganja-Dashkasan", "Гянджа-Дашкесан")},
    {"key": "karabakh", "name": _t("Qarabağ", "Karabakh", "Карабах")},
    {"key": "gazakh-tovuz", "name": _t("Qazax-Tovuz", "Gazakh-Tovuz", "Газах-Товуз")},
    {"key": "guba-khachmaz", "name": _t("Quba-Xaçmaz", "Guba-Khachmaz", "Губа-Хачмаз")},
    {"key": "lankaran-astara", "name": _t("Lənkəran-Astara", "Lankaran-Astara", "Ленкорань-Астара")},
    {"key": "central-aran", "name": _t("Mərkəzi Aran", "Central Aran", "Центральный Аран")},
    {"key": "mil-mughan", "name": _t("Mil-Muğan", "Mil-Mughan", "Миль-Муган")},
    {"key": "sheki-zagatala", "name": _t("Şəki-Zaqatala", "Sheki-Zagatala", "Шеки-Загатала")},
    {"key": "east-zangezur", "name": _t("Şərqi Zəngəzur", "East Zangezur", "Восточный Зангезур")},
    {"key": "nakhchivan", "name": _t("Naxçıvan", "Nakhchivan", "Нахчыван")},
    {"key": "shirvan-salyan", "name": _t("Şirvan-Salyan", "Shirvan-Salyan", "Ширван-Сальян")},
]


# ---------------------------------------------------------------------------
# Legal acts
# number and date are given only where the source material states them;
# otherwise they are left empty and must be filled in from the official text.
# ---------------------------------------------------------------------------

LEGAL_ACTS = [
    {
        "key": "tax-code",
        "title": _t(
            "Azərbaycan Respublikasının Vergi Məcəlləsi",
            "Tax Code of the Republic of Azerbaijan",
            "Налоговый кодекс Азербайджанской Республики",
        ),
        "number": "905-IQ",
        "date": "2000-07-11",
        "url": "",
    },
    {
        "key": "customs-tariff-law",
        "title": _t(
            "“Gömrük tarifi haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On Customs Tariff”",
            "Закон Азербайджанской Республики «О таможенном тарифе»",
        ),
        "number": "",
        "date": "",
        "url": "",
    },
    {
        "key": "investment-activity-law",
        "title": _t(
            "“İnvestisiya fəaliyyəti haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On Investment Activity”",
            "Закон Азербайджанской Республики «Об инвестиционной деятельности»",
        ),
        "number": "",
        "date": "2022-07-27",
        "url": "",
    },
    {
        "key": "decree-745-its",
        "title": _t(
            "“İnvestisiyaların təşviqi ilə bağlı əlavə tədbirlər haqqında” Azərbaycan Respublikası Prezidentinin Fərmanı",
            "Decree of the President of the Republic of Azerbaijan “On additional measures related to investment promotion”",
            "Указ Президента Азербайджанской Республики «О дополнительных мерах, связанных со стимулированием инвестиций»",
        ),
        "number": "745",
        "date": "2016-01-18",
        "url": "",
    },
    {
        "key": "decree-877-its",
        "title": _t(
            "Azərbaycan Respublikası Prezidentinin 877 nömrəli Fərmanı (texnika, texnoloji avadanlıq və qurğuların idxalına dair təsdiqedici sənəd)",
            "Decree No. 877 of the President of the Republic of Azerbaijan (confirmation document for importing machinery, technological equipment and installations)",
            "Указ Президента Азербайджанской Республики № 877 (подтверждающий документ на ввоз техники, технологического оборудования и установок)",
        ),
        "number": "877",
        "date": "2016-04-20",
        "url": "",
    },
    {
        "key": "decree-1913-its",
        "title": _t(
            "Azərbaycan Respublikası Prezidentinin 1913 nömrəli Fərmanı (investisiya təşviqi mexanizminin təkmilləşdirilməsi)",
            "Decree No. 1913 of the President of the Republic of Azerbaijan (improvement of the investment promotion mechanism)",
            "Указ Президента Азербайджанской Республики № 1913 (совершенствование механизма поощрения инвестиций)",
        ),
        "number": "1913",
        "date": "2022-12-20",
        "url": "",
    },
    {
        "key": "afez-decree-1032",
        "title": _t(
            "Azərbaycan Respublikası Prezidentinin 1032 nömrəli Fərmanı (Ələt Azad İqtisadi Zonası)",
            "Decree No. 1032 of the President of the Republic of Azerbaijan (Alat Free Economic Zone)",
            "Указ Президента Азербайджанской Республики № 1032 (Алятская свободная экономическая зона)",
        ),
        "number": "1032",
        "date": "2020-05-22",
        "url": "",
    },
    {
        "key": "afez-law",
        "title": _t(
            "“Ələt Azad İqtisadi Zonası haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On the Alat Free Economic Zone”",
            "Закон Азербайджанской Республики «Об Алятской свободной экономической зоне»",
        ),
        "number": "",
        "date": "",
        "url": "https://afez.az/why-afez/legal-basis",
    },
    {
        "key": "liberated-territories-decree",
        "title": _t(
            "Azərbaycan Respublikası Prezidentinin işğaldan azad edilmiş ərazilərdə iqtisadi inkişafın sürətləndirilməsinə dair Fərmanı",
            "Decree of the President of the Republic of Azerbaijan on accelerating economic development in the liberated territories",
            "Указ Президента Азербайджанской Республики об ускорении экономического развития на освобождённых от оккупации территориях",
        ),
        "number": "",
        "date": "2021-12-10",
        "url": "",
    },
    {
        "key": "citizens-appeals-law",
        "title": _t(
            "“Vətəndaşların müraciətləri haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On Citizens' Appeals”",
            "Закон Азербайджанской Республики «Об обращениях граждан»",
        ),
        "number": "1308-IVQ",
        "date": "2015-09-30",
        "url": "",
    },
    {
        "key": "administrative-proceedings-law",
        "title": _t(
            "“İnzibati icraat haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On Administrative Proceedings”",
            "Закон Азербайджанской Республики «Об административном производстве»",
        ),
        "number": "1036-IIQ",
        "date": "2005-10-21",
        "url": "http://justice.gov.az/senedler/58?culture=en",
    },
    {
        "key": "state-duty-law",
        "title": _t(
            "“Dövlət rüsumu haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On State Duty”",
            "Закон Азербайджанской Республики «О государственной пошлине»",
        ),
        "number": "",
        "date": "",
        "url": "",
    },
    {
        "key": "asan-visa-decree-923",
        "title": _t(
            "Azərbaycan Respublikası Prezidentinin 923 nömrəli Fərmanı (“ASAN Viza” sisteminin yaradılması)",
            "Decree No. 923 of the President of the Republic of Azerbaijan (establishment of the ASAN Visa system)",
            "Указ Президента Азербайджанской Республики № 923 (создание системы «ASAN Виза»)",
        ),
        "number": "923",
        "date": "2016-06-01",
        "url": "",
    },
    {
        "key": "migration-code",
        "title": _t(
            "Azərbaycan Respublikasının Miqrasiya Məcəlləsi",
            "Migration Code of the Republic of Azerbaijan",
            "Миграционный кодекс Азербайджанской Республики",
        ),
        "number": "",
        "date": "",
        "url": "",
    },
    {
        "key": "unemployment-insurance-law",
        "title": _t(
            "“İşsizlikdən sığorta haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On Unemployment Insurance”",
            "Закон Азербайджанской Республики «О страховании от безработицы»",
        ),
        "number": "765-VQ",
        "date": "2017-06-30",
        "url": "",
    },
    {
        "key": "social-insurance-law",
        "title": _t(
            "“Sosial sığorta haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On Social Insurance”",
            "Закон Азербайджанской Республики «О социальном страховании»",
        ),
        "number": "",
        "date": "",
        "url": "",
    },
    {
        "key": "e-signature-law",
        "title": _t(
            "“Elektron imza və elektron sənəd haqqında” Azərbaycan Respublikasının Qanunu",
            "Law of the Republic of Azerbaijan “On Electronic Signature and Electronic Document”",
            "Закон Азербайджанской Республики «Об электронной подписи и электронном документе»",
        ),
        "number": "602-IIQ",
        "date": "2004-03-09",
        "url": "",
    },
    {
        "key": "azpromo-charter-decree",
        "title": _t(
            "Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyinin (AZPROMO) Nizamnaməsini təsdiq edən Azərbaycan Respublikası Prezidentinin Fərmanı",
            "Decree of the President of the Republic of Azerbaijan approving the Charter of the Azerbaijan Export and Investment Promotion Agency (AZPROMO)",
            "Указ Президента Азербайджанской Республики об утверждении Устава Агентства по продвижению экспорта и инвестиций Азербайджана (AZPROMO)",
        ),
        "number": "",
        "date": "2021-07-23",
        "url": "",
    },
    {
        "key": "eco-zones-agency-decree",
        "title": _t(
            "İqtisadi Zonaların İnkişafı Agentliyinin yaradılmasına dair Azərbaycan Respublikası Prezidentinin Fərmanı",
            "Decree of the President of the Republic of Azerbaijan establishing the Economic Zones Development Agency",
            "Указ Президента Азербайджанской Республики о создании Агентства развития экономических зон",
        ),
        "number": "",
        "date": "2021-01-22",
        "url": "",
    },
    {
        "key": "decree-1063-export",
        "title": _t(
            "Azərbaycan Respublikası Prezidentinin 1063 nömrəli Fərmanı (ixracın təşviqi)",
            "Decree No. 1063 of the President of the Republic of Azerbaijan (export promotion)",
            "Указ Президента Азербайджанской Республики № 1063 (стимулирование экспорта)",
        ),
        "number": "1063",
        "date": "2016-10-05",
        "url": "",
    },
    {
        "key": "cabinet-decision-470-export",
        "title": _t(
            "Azərbaycan Respublikası Nazirlər Kabinetinin 470 nömrəli Qərarı (ixracın təşviqi mexanizmləri)",
            "Decision No. 470 of the Cabinet of Ministers of the Republic of Azerbaijan (export promotion mechanisms)",
            "Постановление Кабинета Министров Азербайджанской Республики № 470 (механизмы стимулирования экспорта)",
        ),
        "number": "470",
        "date": "2018-10-31",
        "url": "",
    },
    {
        "key": "one-stop-shop-order-2458",
        "title": _t(
            "Azərbaycan Respublikası Prezidentinin 2458 nömrəli Sərəncamı (sahibkarlıq subyektlərinin “bir pəncərə” prinsipi ilə qeydiyyatı)",
            "Executive Order No. 2458 of the President of the Republic of Azerbaijan (registration of businesses on the one-stop-shop principle)",
            "Распоряжение Президента Азербайджанской Республики № 2458 (регистрация субъектов предпринимательства по принципу «единого окна»)",
        ),
        "number": "2458",
        "date": "2007-10-25",
        "url": "",
    },
    {
        "key": "strategy-2022-2026",
        "title": _t(
            "Azərbaycan Respublikasının 2022–2026-cı illərdə sosial-iqtisadi inkişaf Strategiyası",
            "Socio-Economic Development Strategy of the Republic of Azerbaijan for 2022–2026",
            "Стратегия социально-экономического развития Азербайджанской Республики на 2022–2026 годы",
        ),
        "number": "",
        "date": "2022-07-22",
        "url": "",
    },
]


# ---------------------------------------------------------------------------
# Taxes and fees
# value: decimal string; unit: percent | azn | usd | azn_per_100m2
# ---------------------------------------------------------------------------

TAX_RATES = [
    # --- Profit tax -------------------------------------------------------
    {
        "key": "profit-tax",
        "name": _t("Mənfəət vergisi", "Corporate profit tax", "Налог на прибыль"),
        "category": "tax",
        "value": "20",
        "unit": "percent",
        "note": _t(
            "Neft-qaz hasilatının pay bölgüsü sazişləri üzrə fəaliyyət göstərən şirkətlər həmin sazişlərin şərtlərinə əsasən vergiyə cəlb olunur.",
            "Companies operating under oil and gas production sharing agreements are taxed under the terms of those agreements.",
            "Компании, работающие по соглашениям о разделе продукции в нефтегазовой отрасли, облагаются на условиях этих соглашений.",
        ),
        "applies_to": _t(
            "Rezident hüquqi şəxslər bütün mənbələrdən əldə etdikləri mənfəətə, qeyri-rezidentlərin daimi nümayəndəlikləri isə Azərbaycan mənbəli mənfəətə görə ödəyir.",
            "Resident companies on their worldwide profit, and permanent establishments of non-residents on profit from Azerbaijani sources.",
            "Юридические лица-резиденты — с прибыли из всех источников, постоянные представительства нерезидентов — с прибыли из источников в Азербайджане.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    # --- VAT --------------------------------------------------------------
    {
        "key": "vat-standard",
        "name": _t(
            "Əlavə dəyər vergisi (ƏDV), əsas dərəcə",
            "Value added tax (VAT), standard rate",
            "Налог на добавленную стоимость (НДС), основная ставка",
        ),
        "category": "tax",
        "value": "18",
        "unit": "percent",
        "note": None,
        "applies_to": _t(
            "ƏDV ödəyicisi kimi qeydiyyatda olan şəxslərin vergi tutulan malların təqdimatı, işlərin görülməsi və xidmətlərin göstərilməsi əməliyyatları.",
            "Taxable supplies of goods, works and services by VAT-registered persons.",
            "Облагаемые операции плательщиков НДС по поставке товаров, выполнению работ и оказанию услуг.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "vat-threshold",
        "name": _t(
            "ƏDV qeydiyyatı üçün dövriyyə həddi",
            "VAT registration threshold",
            "Порог регистрации в качестве плательщика НДС",
        ),
        "category": "tax",
        "value": "200000",
        "unit": "azn",
        "note": _t(
            "2026-cı ildən pərakəndə ticarət və əhaliyə xidmət sahəsində POS-terminallar vasitəsilə nağdsız dövriyyə bu həddin hesablanmasında 0,5 əmsalı ilə nəzərə alınır.",
            "From 2026, cashless POS-terminal turnover in retail trade and consumer services is counted towards the threshold at a coefficient of 0.5.",
            "С 2026 года безналичный оборот через POS-терминалы в розничной торговле и сфере услуг населению учитывается при расчёте порога с коэффициентом 0,5.",
        ),
        "applies_to": _t(
            "İstənilən ardıcıl 12 ay ərzində vergi tutulan əməliyyatlarının həcmi bu məbləği keçən və ya bir əməliyyatının dəyəri bu məbləğdən çox olan şəxslər ƏDV qeydiyyatına alınmalıdır.",
            "Any person whose taxable turnover exceeds this amount in any 12 consecutive months, or whose single transaction exceeds it, must register for VAT.",
            "Лицо обязано встать на учёт по НДС, если его облагаемый оборот за любые 12 месяцев подряд или стоимость отдельной операции превышает эту сумму.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "vat-export",
        "name": _t("İxrac üzrə ƏDV dərəcəsi", "VAT on exports", "НДС при экспорте"),
        "category": "tax",
        "value": "0",
        "unit": "percent",
        "note": None,
        "applies_to": _t(
            "Malların ixracına sıfır dərəcə tətbiq olunur.",
            "Exports of goods are zero-rated.",
            "Экспорт товаров облагается по нулевой ставке.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "import-vat",
        "name": _t("İdxal zamanı ƏDV", "Import VAT", "НДС при импорте"),
        "category": "tax",
        "value": "18",
        "unit": "percent",
        "note": _t(
            "Vergi bazası gömrük dəyəri, gömrük rüsumu və aksiz məbləğinin cəmidir; minimum azadolma həddi yoxdur.",
            "The base is customs value plus customs duty and excise; there is no de minimis threshold.",
            "Базой служат таможенная стоимость, таможенная пошлина и акциз; минимальный необлагаемый порог не установлен.",
        ),
        "applies_to": _t(
            "Azərbaycana idxal olunan mallar. İnvestisiya təşviqi sənədi sahibləri və sənaye parkı rezidentləri üçün texnika və avadanlığın idxalına güzəştlər nəzərdə tutulub.",
            "Goods imported into Azerbaijan. Holders of the Investment Promotion Certificate and industrial park residents may import machinery and equipment under exemptions.",
            "Товары, ввозимые в Азербайджан. Для обладателей документа о поощрении инвестиций и резидентов промышленных парков предусмотрены льготы при ввозе техники и оборудования.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    # --- Personal income tax (2026 scale, non-oil, non-state sector) -----
    {
        "key": "pit-2026-up-to-2500",
        "name": _t(
            "Gəlir vergisi: aylıq 2 500 manatadək əmək haqqı (2026)",
            "Personal income tax: monthly salary up to AZN 2,500 (2026)",
            "Подоходный налог: месячная зарплата до 2 500 манатов (2026)",
        ),
        "category": "tax",
        "value": "3",
        "unit": "percent",
        "note": _t(
            "2027-ci ildə 5%, 2028-ci ildən 7%.", "5% in 2027 and 7% from 2028.", "В 2027 году — 5%, с 2028 года — 7%."
        ),
        "applies_to": _t(
            "Neft-qaz və dövlət sektorundan kənarda çalışan işçilərin 2 500 manatadək aylıq əmək gəliri.",
            "Monthly employment income of up to AZN 2,500 of employees outside the oil and gas and public sectors.",
            "Месячный доход по найму до 2 500 манатов у работников вне нефтегазового и государственного секторов.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": "2026-01-01",
        "effective_to": "2026-12-31",
    },
    {
        "key": "pit-2026-2500-8000",
        "name": _t(
            "Gəlir vergisi: aylıq 2 500–8 000 manat əmək haqqı (2026)",
            "Personal income tax: monthly salary AZN 2,500–8,000 (2026)",
            "Подоходный налог: месячная зарплата 2 500–8 000 манатов (2026)",
        ),
        "category": "tax",
        "value": "10",
        "unit": "percent",
        "note": _t(
            "75 manat + 2 500 manatdan artıq hissənin 10%-i (2027-ci ildə 125 manat + 10%, 2028-ci ildən 175 manat + 10%).",
            "AZN 75 + 10% of the part over AZN 2,500 (2027: AZN 125 + 10%; from 2028: AZN 175 + 10%).",
            "75 манатов + 10% с суммы, превышающей 2 500 манатов (2027: 125 манатов + 10%; с 2028: 175 манатов + 10%).",
        ),
        "applies_to": _t(
            "Neft-qaz və dövlət sektorundan kənarda çalışan işçilərin aylıq əmək gəlirinin 2 500 manatdan 8 000 manatadək olan hissəsi.",
            "Monthly employment income between AZN 2,500 and AZN 8,000 of employees outside the oil and gas and public sectors.",
            "Часть месячного дохода по найму от 2 500 до 8 000 манатов у работников вне нефтегазового и государственного секторов.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": "2026-01-01",
        "effective_to": "2026-12-31",
    },
    {
        "key": "pit-2026-over-8000",
        "name": _t(
            "Gəlir vergisi: aylıq 8 000 manatdan çox əmək haqqı (2026)",
            "Personal income tax: monthly salary over AZN 8,000 (2026)",
            "Подоходный налог: месячная зарплата свыше 8 000 манатов (2026)",
        ),
        "category": "tax",
        "value": "14",
        "unit": "percent",
        "note": _t(
            "625 manat + 8 000 manatdan artıq hissənin 14%-i (2027-ci ildə 675 manat + 14%, 2028-ci ildən 725 manat + 14%).",
            "AZN 625 + 14% of the part over AZN 8,000 (2027: AZN 675 + 14%; from 2028: AZN 725 + 14%).",
            "625 манатов + 14% с суммы, превышающей 8 000 манатов (2027: 675 манатов + 14%; с 2028: 725 манатов + 14%).",
        ),
        "applies_to": _t(
            "Neft-qaz və dövlət sektorundan kənarda çalışan işçilərin 8 000 manatdan yuxarı aylıq əmək gəliri.",
            "Monthly employment income above AZN 8,000 of employees outside the oil and gas and public sectors.",
            "Месячный доход по найму свыше 8 000 манатов у работников вне нефтегазового и государственного секторов.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": "2026-01-01",
        "effective_to": "2026-12-31",
    },
    {
        "key": "pit-entrepreneur",
        "name": _t(
            "Fərdi sahibkarların gəlir vergisi",
            "Income tax on individual entrepreneurs",
            "Подоходный налог индивидуальных предпринимателей",
        ),
        "category": "tax",
        "value": "20",
        "unit": "percent",
        "note": None,
        "applies_to": _t(
            "Fərdi sahibkarların sahibkarlıq fəaliyyətindən əldə etdiyi gəlir.",
            "Business income of individual entrepreneurs.",
            "Доход индивидуальных предпринимателей от предпринимательской деятельности.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "rental-income-tax",
        "name": _t(
            "Yaşayış sahəsinin icarəyə verilməsindən gəlir vergisi",
            "Income tax on renting out housing",
            "Подоходный налог со сдачи жилья в аренду",
        ),
        "category": "tax",
        "value": "10",
        "unit": "percent",
        "note": _t(
            "2026-cı ilədək dərəcə 14% idi.",
            "The rate was 14% until the end of 2025.",
            "До конца 2025 года ставка составляла 14%.",
        ),
        "applies_to": _t(
            "Fiziki şəxslərin yaşayış sahəsini icarəyə verməkdən əldə etdiyi gəlir.",
            "Income of individuals from renting out residential property.",
            "Доход физических лиц от сдачи жилых помещений в аренду.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": "2026-01-01",
        "effective_to": None,
    },
    # --- Withholding taxes on payments to non-residents --------------------
    {
        "key": "wht-dividends",
        "name": _t(
            "Dividendlərdən ödəmə mənbəyində vergi",
            "Withholding tax on dividends",
            "Налог у источника выплаты на дивиденды",
        ),
        "category": "tax",
        "value": "5",
        "unit": "percent",
        "note": _t(
            "2024-cü il yanvarın 1-dək dərəcə 10% idi. İkiqat vergitutmanın aradan qaldırılması haqqında saziş daha aşağı dərəcə nəzərdə tuta bilər.",
            "The rate was 10% before 1 January 2024. A double tax treaty may provide a lower rate.",
            "До 1 января 2024 года ставка составляла 10%. Соглашение об избежании двойного налогообложения может предусматривать более низкую ставку.",
        ),
        "applies_to": _t(
            "Azərbaycanda daimi nümayəndəliyi olmayan qeyri-rezidentlərə ödənilən dividendlər.",
            "Dividends paid to non-residents without a permanent establishment in Azerbaijan.",
            "Дивиденды, выплачиваемые нерезидентам, не имеющим постоянного представительства в Азербайджане.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": "2024-01-01",
        "effective_to": None,
    },
    {
        "key": "wht-interest",
        "name": _t(
            "Faizlərdən ödəmə mənbəyində vergi", "Withholding tax on interest", "Налог у источника выплаты на проценты"
        ),
        "category": "tax",
        "value": "10",
        "unit": "percent",
        "note": _t(
            "Rezident banklara və bankların daimi nümayəndəliklərinə ödənilən faizlərə tətbiq edilmir.",
            "Does not apply to interest paid to resident banks or to permanent establishments of banks.",
            "Не применяется к процентам, выплачиваемым банкам-резидентам и постоянным представительствам банков.",
        ),
        "applies_to": _t(
            "Daimi nümayəndəliyi olmayan qeyri-rezidentlərə ödənilən faizlər.",
            "Interest paid to non-residents without a permanent establishment.",
            "Проценты, выплачиваемые нерезидентам без постоянного представительства.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "wht-royalties",
        "name": _t(
            "Royaltidən ödəmə mənbəyində vergi", "Withholding tax on royalties", "Налог у источника выплаты на роялти"
        ),
        "category": "tax",
        "value": "14",
        "unit": "percent",
        "note": None,
        "applies_to": _t(
            "Daimi nümayəndəliyi olmayan qeyri-rezidentlərə ödənilən royalti.",
            "Royalties paid to non-residents without a permanent establishment.",
            "Роялти, выплачиваемые нерезидентам без постоянного представительства.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "wht-rent",
        "name": _t(
            "İcarə haqqından ödəmə mənbəyində vergi",
            "Withholding tax on rent",
            "Налог у источника выплаты на арендную плату",
        ),
        "category": "tax",
        "value": "14",
        "unit": "percent",
        "note": None,
        "applies_to": _t(
            "Daimi nümayəndəliyi olmayan qeyri-rezidentlərə daşınar və daşınmaz əmlakın icarəsinə görə ödənilən haqq.",
            "Rent for movable and immovable property paid to non-residents without a permanent establishment.",
            "Арендная плата за движимое и недвижимое имущество, выплачиваемая нерезидентам без постоянного представительства.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "wht-other",
        "name": _t(
            "Digər Azərbaycan mənbəli gəlirlərdən ödəmə mənbəyində vergi",
            "Withholding tax on other Azerbaijan-source income",
            "Налог у источника выплаты на прочие доходы из источников в Азербайджане",
        ),
        "category": "tax",
        "value": "10",
        "unit": "percent",
        "note": _t(
            "Aşağı vergi tutulan ölkələrə ödənişlər: 10%; risk sığortası və təkrarsığorta: 4%; telekommunikasiya və beynəlxalq daşımalar: 6%.",
            "Payments to low-tax jurisdictions: 10%; risk insurance and reinsurance: 4%; telecommunications and international transport: 6%.",
            "Выплаты в страны с льготным налогообложением — 10%; страхование рисков и перестрахование — 4%; телекоммуникации и международные перевозки — 6%.",
        ),
        "applies_to": _t(
            "Daimi nümayəndəliyi olmayan qeyri-rezidentin Azərbaycan mənbəli digər gəlirləri.",
            "Other Azerbaijan-source income of non-residents without a permanent establishment.",
            "Прочие доходы нерезидентов без постоянного представительства из источников в Азербайджане.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    # --- Property and simplified tax --------------------------------------
    {
        "key": "property-tax-legal-entities",
        "name": _t(
            "Hüquqi şəxslərin əmlak vergisi", "Property tax on legal entities", "Налог на имущество юридических лиц"
        ),
        "category": "tax",
        "value": "1",
        "unit": "percent",
        "note": _t(
            "Vergi əsas vəsaitlərin orta illik qalıq dəyərindən hesablanır.",
            "Charged on the average annual residual value of fixed assets.",
            "Исчисляется от среднегодовой остаточной стоимости основных средств.",
        ),
        "applies_to": _t(
            "Balansında əsas vəsaitlər olan müəssisələr.",
            "Enterprises that hold fixed assets on their balance sheet.",
            "Предприятия, имеющие на балансе основные средства.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "simplified-tax",
        "name": _t("Sadələşdirilmiş vergi", "Simplified tax", "Упрощённый налог"),
        "category": "tax",
        "value": "2",
        "unit": "percent",
        "note": _t(
            "İctimai iaşə üçün 8%; 2026-cı ildən üç il ərzində POS-terminallar vasitəsilə nağdsız dövriyyəyə 6%.",
            "Catering: 8%, or 6% on cashless POS turnover for three years from 2026.",
            "Для общественного питания — 8%, а с 2026 года в течение трёх лет — 6% с безналичного оборота через POS-терминалы.",
        ),
        "applies_to": _t(
            "ƏDV ödəyicisi olmayan və istənilən 12 ay ərzində vergi tutulan dövriyyəsi 200 000 manatdan çox olmayan şəxslər.",
            "Persons not registered for VAT whose taxable turnover in any 12-month period does not exceed AZN 200,000.",
            "Лица, не зарегистрированные как плательщики НДС, облагаемый оборот которых за любые 12 месяцев не превышает 200 000 манатов.",
        ),
        "legal_basis": ["tax-code"],
        "effective_from": "2019-01-01",
        "effective_to": None,
    },
    # --- Payroll contributions (non-oil private sector) -------------------
    {
        "key": "ssc-employer",
        "name": _t(
            "Məcburi dövlət sosial sığorta haqqı (işəgötürən)",
            "Social insurance contribution (employer)",
            "Взнос на обязательное социальное страхование (работодатель)",
        ),
        "category": "tax",
        "value": "22",
        "unit": "percent",
        "note": _t(
            "Aylıq əmək haqqının ilk 200 manatına 22%, 200 manatdan artıq hissəsinə 15%. Cari dərəcəni Dövlət Vergi Xidməti ilə dəqiqləşdirin.",
            "22% on the first AZN 200 of monthly pay and 15% on the part above. Confirm the current rate with the State Tax Service.",
            "22% с первых 200 манатов месячной зарплаты и 15% с превышающей части. Действующую ставку уточняйте в Государственной налоговой службе.",
        ),
        "applies_to": _t(
            "Qeyri-neft özəl sektorunda işəgötürənlərin hesabladığı əmək haqqı fondu.",
            "Payroll of employers in the non-oil private sector.",
            "Фонд оплаты труда работодателей ненефтяного частного сектора.",
        ),
        "legal_basis": ["social-insurance-law"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "ssc-employee",
        "name": _t(
            "Məcburi dövlət sosial sığorta haqqı (işçi)",
            "Social insurance contribution (employee)",
            "Взнос на обязательное социальное страхование (работник)",
        ),
        "category": "tax",
        "value": "3",
        "unit": "percent",
        "note": _t(
            "Aylıq 200 manatadək 3%; 200 manatdan yuxarı — 6 manat + artıq hissənin 10%-i. Cari dərəcəni Dövlət Vergi Xidməti ilə dəqiqləşdirin.",
            "3% up to AZN 200 a month; above that, AZN 6 + 10% of the excess. Confirm the current rate with the State Tax Service.",
            "3% с дохода до 200 манатов в месяц; свыше — 6 манатов + 10% с превышения. Действующую ставку уточняйте в Государственной налоговой службе.",
        ),
        "applies_to": _t(
            "Qeyri-neft özəl sektorunda çalışan işçilərin əmək haqqından tutulur.",
            "Withheld from the salaries of employees in the non-oil private sector.",
            "Удерживается из заработной платы работников ненефтяного частного сектора.",
        ),
        "legal_basis": ["social-insurance-law"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "unemployment-employer",
        "name": _t(
            "İşsizlikdən sığorta haqqı (işəgötürən)",
            "Unemployment insurance (employer)",
            "Страхование от безработицы (работодатель)",
        ),
        "category": "tax",
        "value": "0.5",
        "unit": "percent",
        "note": _t(
            "Növbəti ayın 15-dək ödənilir.",
            "Due by the 15th of the following month.",
            "Уплачивается до 15-го числа следующего месяца.",
        ),
        "applies_to": _t(
            "İşəgötürənin əmək haqqı fondu.", "The employer's payroll.", "Фонд оплаты труда работодателя."
        ),
        "legal_basis": ["unemployment-insurance-law"],
        "effective_from": "2018-01-01",
        "effective_to": None,
    },
    {
        "key": "unemployment-employee",
        "name": _t(
            "İşsizlikdən sığorta haqqı (işçi)",
            "Unemployment insurance (employee)",
            "Страхование от безработицы (работник)",
        ),
        "category": "tax",
        "value": "0.5",
        "unit": "percent",
        "note": None,
        "applies_to": _t(
            "İşçinin əmək haqqından tutulur.",
            "Withheld from the employee's salary.",
            "Удерживается из заработной платы работника.",
        ),
        "legal_basis": ["unemployment-insurance-law"],
        "effective_from": "2018-01-01",
        "effective_to": None,
    },
    {
        "key": "health-insurance-employer",
        "name": _t(
            "İcbari tibbi sığorta haqqı (işəgötürən)",
            "Mandatory health insurance (employer)",
            "Обязательное медицинское страхование (работодатель)",
        ),
        "category": "tax",
        "value": "2",
        "unit": "percent",
        "note": _t(
            "Aylıq 8 000 manatadək əmək haqqına 2%, 8 000 manatdan artıq hissəyə 0,5%.",
            "2% on monthly pay up to AZN 8,000 and 0.5% on the part above.",
            "2% с месячной зарплаты до 8 000 манатов и 0,5% с превышающей части.",
        ),
        "applies_to": _t(
            "Qeyri-neft özəl sektorunda işəgötürənin əmək haqqı fondu.",
            "Payroll of employers in the non-oil private sector.",
            "Фонд оплаты труда работодателей ненефтяного частного сектора.",
        ),
        "legal_basis": [],
        "effective_from": "2021-01-01",
        "effective_to": None,
    },
    {
        "key": "health-insurance-employee",
        "name": _t(
            "İcbari tibbi sığorta haqqı (işçi)",
            "Mandatory health insurance (employee)",
            "Обязательное медицинское страхование (работник)",
        ),
        "category": "tax",
        "value": "2",
        "unit": "percent",
        "note": _t(
            "Aylıq 8 000 manatadək əmək haqqından 2%, 8 000 manatdan artıq hissədən 0,5%.",
            "2% on monthly pay up to AZN 8,000 and 0.5% on the part above.",
            "2% с месячной зарплаты до 8 000 манатов и 0,5% с превышающей части.",
        ),
        "applies_to": _t(
            "Qeyri-neft özəl sektorunda çalışan işçilərin əmək haqqından tutulur.",
            "Withheld from the salaries of employees in the non-oil private sector.",
            "Удерживается из заработной платы работников ненефтяного частного сектора.",
        ),
        "legal_basis": [],
        "effective_from": "2021-01-01",
        "effective_to": None,
    },
    # --- State duties for company registration -----------------------------
    {
        "key": "state-duty-llc-registration",
        "name": _t(
            "Kommersiya hüquqi şəxsinin dövlət qeydiyyatına görə dövlət rüsumu (kağız müraciət)",
            "State duty for registering a commercial legal entity (paper filing)",
            "Госпошлина за регистрацию коммерческого юридического лица (подача на бумаге)",
        ),
        "category": "fee",
        "value": "11",
        "unit": "azn",
        "note": _t(
            "Kənd təsərrüfatı hüquqi şəxsləri üçün 3 manat; yenidən qeydiyyat üçün məbləğin 50%-i.",
            "Agricultural legal entities: AZN 3; re-registration: 50% of the amount.",
            "Для сельскохозяйственных юридических лиц — 3 маната; за перерегистрацию — 50% суммы.",
        ),
        "applies_to": _t(
            "MMC və səhmdar cəmiyyətləri daxil olmaqla hüquqi şəxslərin kağız formada müraciət əsasında qeydiyyatı.",
            "Registration of legal entities, including LLCs and joint-stock companies, filed on paper.",
            "Регистрация юридических лиц, в том числе ООО и акционерных обществ, по заявлению на бумажном носителе.",
        ),
        "legal_basis": ["state-duty-law"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "state-duty-branch-registration",
        "name": _t(
            "Xarici hüquqi şəxsin filial və nümayəndəliyinin qeydiyyatına görə dövlət rüsumu",
            "State duty for registering a branch or representative office of a foreign legal entity",
            "Госпошлина за регистрацию филиала или представительства иностранного юридического лица",
        ),
        "category": "fee",
        "value": "220",
        "unit": "azn",
        "note": _t(
            "Banklar, sığorta şirkətləri və birjalar da eyni məbləği ödəyir.",
            "Banks, insurers and exchanges pay the same amount.",
            "Столько же платят банки, страховые компании и биржи.",
        ),
        "applies_to": _t(
            "Xarici hüquqi şəxslərin Azərbaycandakı filial və nümayəndəliklərinin dövlət qeydiyyatı.",
            "State registration of branches and representative offices of foreign legal entities in Azerbaijan.",
            "Государственная регистрация филиалов и представительств иностранных юридических лиц в Азербайджане.",
        ),
        "legal_basis": ["state-duty-law"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "state-duty-electronic-registration",
        "name": _t(
            "Elektron qeydiyyata görə dövlət rüsumu",
            "State duty for electronic registration",
            "Госпошлина за электронную регистрацию",
        ),
        "category": "fee",
        "value": "0",
        "unit": "azn",
        "note": _t(
            "Gücləndirilmiş elektron imza ilə təqdim olunan müraciətlər rüsumdan azaddır.",
            "Filings signed with an enhanced electronic signature are free of duty.",
            "Заявления, подписанные усиленной электронной подписью, пошлиной не облагаются.",
        ),
        "applies_to": _t(
            "Yerli və xarici investisiyalı kommersiya hüquqi şəxslərinin elektron qaydada dövlət qeydiyyatı.",
            "Electronic state registration of commercial legal entities, whether locally or foreign-owned.",
            "Электронная государственная регистрация коммерческих юридических лиц, в том числе с иностранными инвестициями.",
        ),
        "legal_basis": ["state-duty-law"],
        "effective_from": None,
        "effective_to": None,
    },
    # --- Visas and residence ----------------------------------------------
    {
        "key": "asan-visa-standard",
        "name": _t(
            "“ASAN Viza” elektron vizası (adi qaydada)",
            "ASAN Visa e-visa (standard)",
            "Электронная виза «ASAN Виза» (в обычном порядке)",
        ),
        "category": "fee",
        "value": "20",
        "unit": "usd",
        "note": _t("3 iş günü ərzində verilir.", "Issued within 3 working days.", "Выдаётся в течение 3 рабочих дней."),
        "applies_to": _t(
            "Birdəfəlik giriş və 30 günədək qalma hüququ verən elektron viza.",
            "Single-entry electronic visa for a stay of up to 30 days.",
            "Однократная электронная виза на срок пребывания до 30 дней.",
        ),
        "legal_basis": ["asan-visa-decree-923"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "asan-visa-urgent",
        "name": _t(
            "“ASAN Viza” elektron vizası (təcili qaydada)",
            "ASAN Visa e-visa (urgent)",
            "Электронная виза «ASAN Виза» (в срочном порядке)",
        ),
        "category": "fee",
        "value": "50",
        "unit": "usd",
        "note": _t(
            "Bayram günləri də daxil olmaqla 3 saat ərzində verilir.",
            "Issued within 3 hours, including on public holidays.",
            "Выдаётся в течение 3 часов, в том числе в праздничные дни.",
        ),
        "applies_to": _t(
            "Birdəfəlik giriş və 30 günədək qalma hüququ verən elektron viza.",
            "Single-entry electronic visa for a stay of up to 30 days.",
            "Однократная электронная виза на срок пребывания до 30 дней.",
        ),
        "legal_basis": ["asan-visa-decree-923"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "trp-fee-1-year",
        "name": _t(
            "Müvəqqəti yaşama icazəsinə görə dövlət rüsumu (1 il)",
            "Temporary residence permit state fee (1 year)",
            "Госпошлина за разрешение на временное проживание (1 год)",
        ),
        "category": "fee",
        "value": "160",
        "unit": "azn",
        "note": _t(
            "Yetkinlik yaşına çatmış şəxslər üçün, müraciətə 15 iş günü ərzində baxılmaqla. 20 iş günü ərzində baxılmaqla — 120 manat.",
            "Adult applicant, 15-working-day processing. With 20-working-day processing: AZN 120.",
            "Для совершеннолетнего заявителя при рассмотрении за 15 рабочих дней. При рассмотрении за 20 рабочих дней — 120 манатов.",
        ),
        "applies_to": _t(
            "Dövlət Miqrasiya Xidmətinə 1 il müddətinə müvəqqəti yaşama icazəsi üçün müraciət edən əcnəbilər.",
            "Foreign nationals applying to the State Migration Service for a one-year temporary residence permit.",
            "Иностранцы, обращающиеся в Государственную миграционную службу за разрешением на временное проживание сроком на 1 год.",
        ),
        "legal_basis": ["state-duty-law", "migration-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "trp-fee-2-years",
        "name": _t(
            "Müvəqqəti yaşama icazəsinə görə dövlət rüsumu (2 il)",
            "Temporary residence permit state fee (2 years)",
            "Госпошлина за разрешение на временное проживание (2 года)",
        ),
        "category": "fee",
        "value": "320",
        "unit": "azn",
        "note": _t(
            "Yetkinlik yaşına çatmış şəxslər üçün, müraciətə 15 iş günü ərzində baxılmaqla.",
            "Adult applicant, 15-working-day processing.",
            "Для совершеннолетнего заявителя при рассмотрении за 15 рабочих дней.",
        ),
        "applies_to": _t(
            "Dövlət Miqrasiya Xidmətinə 2 il müddətinə müvəqqəti yaşama icazəsi üçün müraciət edən əcnəbilər.",
            "Foreign nationals applying to the State Migration Service for a two-year temporary residence permit.",
            "Иностранцы, обращающиеся в Государственную миграционную службу за разрешением на временное проживание сроком на 2 года.",
        ),
        "legal_basis": ["state-duty-law", "migration-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "trp-fee-3-years",
        "name": _t(
            "Müvəqqəti yaşama icazəsinə görə dövlət rüsumu (3 il)",
            "Temporary residence permit state fee (3 years)",
            "Госпошлина за разрешение на временное проживание (3 года)",
        ),
        "category": "fee",
        "value": "480",
        "unit": "azn",
        "note": _t(
            "Yetkinlik yaşına çatmış şəxslər üçün, müraciətə 15 iş günü ərzində baxılmaqla.",
            "Adult applicant, 15-working-day processing.",
            "Для совершеннолетнего заявителя при рассмотрении за 15 рабочих дней.",
        ),
        "applies_to": _t(
            "Dövlət Miqrasiya Xidmətinə 3 il müddətinə müvəqqəti yaşama icazəsi üçün müraciət edən əcnəbilər.",
            "Foreign nationals applying to the State Migration Service for a three-year temporary residence permit.",
            "Иностранцы, обращающиеся в Государственную миграционную службу за разрешением на временное проживание сроком на 3 года.",
        ),
        "legal_basis": ["state-duty-law", "migration-code"],
        "effective_from": None,
        "effective_to": None,
    },
    {
        "key": "work-permit-liberated-1y-5days",
        "name": _t(
            "İşğaldan azad edilmiş ərazilər üçün iş icazəsi haqqı (1 il, 5 iş günü)",
            "Work permit fee for the liberated territories (1 year, 5 working days)",
            "Плата за разрешение на работу на освобождённых территориях (1 год, 5 рабочих дней)",
        ),
        "category": "fee",
        "value": "1400",
        "unit": "azn",
        "note": _t(
            "Mənbələrdə məbləğlər icazə müddətlərinə fərqli şəkildə uyğunlaşdırılır; ödənişdən əvvəl Dövlət Miqrasiya Xidməti ilə dəqiqləşdirin.",
            "Published sources match the amounts to permit terms differently; confirm with the State Migration Service before paying.",
            "В опубликованных источниках суммы соотносятся со сроками разрешения по-разному; перед оплатой уточните в Государственной миграционной службе.",
        ),
        "applies_to": _t(
            "İşğaldan azad edilmiş ərazilərdə fəaliyyət üçün əcnəbi işçi cəlb edən işəgötürənlər; icazə 5 iş günü ərzində rəsmiləşdirilir.",
            "Employers engaging foreign workers for activities in the liberated territories, with the permit processed within 5 working days.",
            "Работодатели, привлекающие иностранных работников для деятельности на освобождённых территориях, при оформлении разрешения за 5 рабочих дней.",
        ),
        "legal_basis": ["migration-code"],
        "effective_from": "2023-01-01",
        "effective_to": "2028-01-01",
    },
]
