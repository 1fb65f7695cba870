"""Demo content for the Investor's Guide: incentives, priority sectors,
investment projects and the services of the Ministry of Economy and AZPROMO.

Every translated value is a dict with the keys "az", "en" and "ru".
Keys used in "sectors", "regions", "legal_basis" and "rates" refer to taxonomy.py.
Investment values of projects are indicative.
"""


def _t(az, en, ru):
    return {"az": az, "en": en, "ru": ru}


def _a(url, text):
    return f'<a href="{url}">{text}</a>'


LAST_REVIEWED = "2026-11-20"

# Official pages quoted on several pages
URL_ITS = "https://economy.gov.az/en/page/itm"
URL_ITS_FAQ_AZ = "https://economy.gov.az/az/page/muracietler/sual-cavab/investisiya-tesviqi-mexanizmi"
URL_ITS_UPTAKE = "https://www.trend.az/business/4113004.html"
URL_ITS_MINIMUMS = (
    "https://www.respublika-news.az/news/investisiyanin-heyata-kecirildiyi-iqtisadi-"
    "fealiyyet-saheleri-eraziler-ve-zonalar-habele-investisiya-layihesinin-hecmi-ile-"
    "bagli-minimal-mebleg"
)
URL_ITS_2026 = (
    "https://report.az/biznes-xeberleri/azerbaycanda-investisiya-tesviqi-senedinin-verilmesi-qaydasi-deyisib06022026"
)
URL_EZ = "https://economiczones.gov.az"
URL_EZ_BENEFITS = "https://economiczones.gov.az/en/ustunlukler/vergi-ve-gomruk-guzestleri"
URL_EZ_FAQ = "https://economiczones.gov.az/en/muracietler/tez-tez-verilen-suallar"
URL_TECHNOPARK = "https://mincom.gov.az/en/projects/technopark"
URL_AFEZ_FAQ = "https://afez.az/about/faq"
URL_AFEZ_LEGAL = "https://afez.az/why-afez/legal-basis"
URL_AFEZ_AREA = "https://en.trend.az/azerbaijan/politics/3882218.html"
URL_AFEZ_EXPORT = "https://en.trend.az/business/3779350.html"
URL_LIBERATED = (
    "https://economy.gov.az/en/post/1097/isgaldan-azad-edilmis-erazilerde-fealiyyet-"
    "gosteren-sahibkarlara-vergi-tesviqleri-verilir"
)
URL_ROAD_MAPS = "https://www.azernews.az/business/125543.html"
URL_PRIORITIES_2030 = (
    "https://en.azvision.az/news/139129/azerbaijan-names-five-socio-economic-"
    "development-priorities-for-next-decade.html"
)
URL_EXPORT_FAQ = "https://economy.gov.az/en/page/muracietler/sual-cavab/ixracin-ve-investisiyalarin-tesviqi"
URL_TARIFFS = "https://www.trade.gov/country-commercial-guides/azerbaijan-import-tariffs"
URL_REGISTRATION_DOCS = "https://www.taxes.gov.az/en/page/yerli-investisiyali-kommersiya-huquqi-sexsler-ucun"


# ===========================================================================
# INCENTIVES
# ===========================================================================

INCENTIVES = [
    # -----------------------------------------------------------------------
    {
        "key": "investment-promotion-certificate",
        "slug": _t(
            "investisiya-tesviqi-senedi", "investment-promotion-certificate", "dokument-o-pooshchrenii-investitsiy"
        ),
        "title": _t(
            "İnvestisiya təşviqi sənədi", "Investment Promotion Certificate", "Документ о поощрении инвестиций"
        ),
        "summary": _t(
            "İqtisadiyyat Nazirliyinin sənaye və turizm layihələri üçün verdiyi sənəd. Yeddi il müddətinə "
            "mənfəət vergisinin yarısından, əmlak və torpaq vergisindən, idxal olunan texnikaya görə ƏDV və "
            "gömrük rüsumlarından azadolma təmin edir.",
            "Issued by the Ministry of Economy for industrial and tourism projects. For seven years it halves "
            "profit tax and waives property tax, land tax, and VAT and customs duties on imported machinery.",
            "Выдаётся Министерством экономики для промышленных и туристических проектов. На семь лет "
            "освобождает от половины налога на прибыль, от налогов на имущество и землю, а также от НДС "
            "и таможенных пошлин при ввозе техники.",
        ),
        "body": {
            "az": [
                (
                    "text",
                    "<p>İnvestisiya təşviqi sənədi sənaye və turizm sahələrinə sərmayə yatıran hüquqi şəxslərə və "
                    "fərdi sahibkarlara yeddi il müddətinə vergi və gömrük güzəştləri verir. Sənəd Azərbaycan "
                    "Respublikası Prezidentinin 18 yanvar 2016-cı il tarixli 745 nömrəli Fərmanı ilə təsdiq "
                    "olunmuş qaydalara əsasən İqtisadiyyat Nazirliyi tərəfindən verilir. Mexanizm 20 dekabr "
                    "2022-ci il tarixli 1913 nömrəli Fərmanla təkmilləşdirilib, güzəştlərin özü isə Vergi "
                    "Məcəlləsində və “Gömrük tarifi haqqında” Qanunda nəzərdə tutulub.</p>"
                    "<p>2025-ci il oktyabrın 1-nə olan məlumata görə, 508 sahibkarlıq subyektinə 612 investisiya "
                    "təşviqi sənədi verilib. Bu layihələr üzrə nəzərdə tutulan investisiyaların həcmi təxminən "
                    "7,4 milyard manatdır.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Qısa məlumat",
                        "facts": [
                            {"label": "Sənədi verən qurum", "value": "İqtisadiyyat Nazirliyi"},
                            {"label": "Kimlər müraciət edə bilər", "value": "Hüquqi şəxslər və fərdi sahibkarlar"},
                            {"label": "Sahələr", "value": "Sənaye və turizm"},
                            {"label": "Qərarın verilmə müddəti", "value": "5 iş günü"},
                            {"label": "Güzəştlərin müddəti", "value": "7 il"},
                            {"label": "Kimlərə verilmir", "value": "Dövlət payı 30% və daha çox olan müəssisələrə"},
                        ],
                    },
                ),
                (
                    "text",
                    "<h3>Hansı layihələr uyğun sayılır</h3>"
                    "<p>2023-cü il yanvarın 1-dən sənəd aşağıdakı layihələr üçün verilə bilər:</p>"
                    "<ul><li>sənaye məhəllələrində və aqroparklarda həyata keçirilən layihələr;</li>"
                    "<li>turizm-rekreasiya zonalarında həyata keçirilən layihələr;</li>"
                    "<li>Bakı, Sumqayıt, Gəncə şəhərləri, Abşeron rayonu və işğaldan azad edilmiş ərazilər istisna "
                    "olmaqla, digər şəhər və rayonlarda həyata keçirilən layihələr;</li>"
                    "<li>Prezident tərəfindən strateji hesab edilən layihələr: Bakı, Sumqayıt, Gəncə və Abşeronda "
                    "ən azı 5 milyon manat, digər ərazilərdə ən azı 3 milyon manat. 2026-cı ilin fevralından "
                    "sənaye məhəlləsi rezidentlərinin strateji layihələri üçün bu hədd 1 milyon manatdır.</li></ul>"
                    "<p>Bundan əlavə, layihənin həcmi fəaliyyət sahəsindən və yerləşdiyi ərazidən asılı olaraq "
                    "müəyyən edilmiş minimal məbləğdən az olmamalıdır. Məsələn, qida məhsullarının istehsalı üçün "
                    "bu məbləğ sənaye məhəllələrində 0,5 milyon manat, müəyyən edilmiş ərazilərdə 0,3 milyon manat, "
                    "kimya sənayesi üçün müvafiq olaraq 1 milyon və 0,5 milyon manat, əczaçılıq üçün isə 5 milyon "
                    "manatdır.</p>"
                    "<p>Strateji istiqamətlərə yerli xammala əsaslanan istehsal, bərpa olunan enerji, "
                    "tullantıların emalı, suyun duzsuzlaşdırılması, özəl sənaye məhəllələri və özəlləşdirilmiş "
                    "qeyri-neft müəssisələri aiddir.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>2023-cü il yanvarın 1-dən tətbiq edilən uyğunluq şərtləri üç il müddətinə "
                        "müəyyən olunmuşdu. 2026-cı ilin fevralında strateji layihələr üçün bu müddət "
                        "2023-cü il yanvarın 1-dən hesablanmaqla altı ilədək uzadılıb. Müraciət "
                        "hazırlamazdan əvvəl hazırda qüvvədə olan şərtləri İqtisadiyyat Nazirliyi ilə "
                        "dəqiqləşdirin.</p>",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<p>The Investment Promotion Certificate gives companies and individual entrepreneurs that "
                    "invest in industry and tourism a seven-year package of tax and customs exemptions. It is "
                    "issued by the Ministry of Economy under the rules approved by Presidential Decree No. 745 of "
                    "18 January 2016. The mechanism was updated by Decree No. 1913 of 20 December 2022, while the "
                    "exemptions themselves are laid down in the Tax Code and the Law on Customs Tariff.</p>"
                    "<p>As of 1 October 2025, 612 certificates had been issued to 508 businesses, with around "
                    "AZN 7.4 billion of planned investment behind them.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "At a glance",
                        "facts": [
                            {"label": "Issued by", "value": "Ministry of Economy"},
                            {"label": "Who can apply", "value": "Legal entities and individual entrepreneurs"},
                            {"label": "Sectors", "value": "Industry and tourism"},
                            {"label": "Decision", "value": "Within 5 working days"},
                            {"label": "Term of exemptions", "value": "7 years"},
                            {"label": "Not available to", "value": "Entities with a state share of 30% or more"},
                        ],
                    },
                ),
                (
                    "text",
                    "<h3>Which projects qualify</h3>"
                    "<p>Since 1 January 2023 the certificate can be issued for projects that are:</p>"
                    "<ul><li>located in industrial districts or agroparks;</li>"
                    "<li>located in tourism and recreation zones;</li>"
                    "<li>carried out in cities and districts other than Baku, Sumgait, Ganja, Absheron and the "
                    "liberated territories;</li>"
                    "<li>designated by the President as strategic, with at least AZN 5 million invested in Baku, "
                    "Sumgait, Ganja or Absheron and at least AZN 3 million elsewhere. Since February 2026 the "
                    "threshold for strategic projects of industrial district residents is AZN 1 million.</li></ul>"
                    "<p>In addition, each project must reach a minimum amount that depends on the activity and "
                    "the location. For food production, for example, it is AZN 0.5 million in an industrial "
                    "district and AZN 0.3 million in the designated territories; for chemicals, AZN 1 million and "
                    "AZN 0.5 million respectively; for pharmaceuticals, AZN 5 million.</p>"
                    "<p>The strategic directions are production based on local raw materials, renewable energy, "
                    "waste recycling, water desalination, private industrial districts and privatised non-oil "
                    "plants.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>The eligibility conditions applied from 1 January 2023 were introduced for "
                        "three years. In February 2026 the period for strategic projects was extended to "
                        "six years counted from 1 January 2023. Before preparing an application, check "
                        "the conditions currently in force with the Ministry of Economy.</p>",
                    },
                ),
            ],
            "ru": [
                (
                    "text",
                    "<p>Документ о поощрении инвестиций предоставляет юридическим лицам и индивидуальным "
                    "предпринимателям, вкладывающим средства в промышленность и туризм, пакет налоговых и "
                    "таможенных льгот сроком на семь лет. Документ выдаёт Министерство экономики по правилам, "
                    "утверждённым Указом Президента № 745 от 18 января 2016 года. Механизм усовершенствован "
                    "Указом № 1913 от 20 декабря 2022 года, а сами льготы закреплены в Налоговом кодексе и "
                    "Законе «О таможенном тарифе».</p>"
                    "<p>По состоянию на 1 октября 2025 года 508 субъектам предпринимательства выдано 612 таких "
                    "документов; объём запланированных по ним инвестиций — около 7,4 млрд манатов.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Коротко о документе",
                        "facts": [
                            {"label": "Выдаёт", "value": "Министерство экономики"},
                            {
                                "label": "Кто может обратиться",
                                "value": "Юридические лица и индивидуальные предприниматели",
                            },
                            {"label": "Отрасли", "value": "Промышленность и туризм"},
                            {"label": "Срок рассмотрения", "value": "5 рабочих дней"},
                            {"label": "Срок действия льгот", "value": "7 лет"},
                            {"label": "Не выдаётся", "value": "Организациям с долей государства 30% и более"},
                        ],
                    },
                ),
                (
                    "text",
                    "<h3>Какие проекты подходят</h3>"
                    "<p>С 1 января 2023 года документ может быть выдан для проектов:</p>"
                    "<ul><li>в промышленных кварталах и агропарках;</li>"
                    "<li>в туристско-рекреационных зонах;</li>"
                    "<li>в городах и районах, кроме Баку, Сумгайыта, Гянджи, Абшерона и освобождённых "
                    "территорий;</li>"
                    "<li>признанных Президентом стратегическими: не менее 5 млн манатов в Баку, Сумгайыте, "
                    "Гяндже и на Абшероне и не менее 3 млн манатов в других местах. С февраля 2026 года для "
                    "стратегических проектов резидентов промышленных кварталов порог составляет 1 млн "
                    "манатов.</li></ul>"
                    "<p>Кроме того, объём проекта должен быть не ниже минимальной суммы, установленной в "
                    "зависимости от вида деятельности и места реализации. Например, для производства продуктов "
                    "питания это 0,5 млн манатов в промышленном квартале и 0,3 млн манатов на определённых "
                    "территориях, для химической промышленности — соответственно 1 млн и 0,5 млн манатов, для "
                    "фармацевтики — 5 млн манатов.</p>"
                    "<p>К стратегическим направлениям отнесены производство на основе местного сырья, "
                    "возобновляемая энергетика, переработка отходов, опреснение воды, частные промышленные "
                    "кварталы и приватизированные ненефтяные предприятия.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>Условия, действующие с 1 января 2023 года, были введены на три года. В феврале "
                        "2026 года для стратегических проектов этот срок продлён до шести лет, считая с "
                        "1 января 2023 года. Перед подготовкой заявления уточните действующие условия в "
                        "Министерстве экономики.</p>",
                    },
                ),
            ],
        },
        "sectors": [],
        "regions": [],
        "min_investment": None,
        "currency": "AZN",
        "legal_forms": ["legal_entity", "individual_entrepreneur"],
        # Eligibility the checker reads (Decree No. 1913 of 20 Dec 2022 and its minimum amounts): the
        # minimums by sector are the smallest the decree sets for the sector, in any location.
        "state_share_limit": 30,
        "sector_minimums": [("chemicals", "500000", "AZN"), ("pharmaceuticals", "5000000", "AZN")],
        "conditions_to_check": [
            {
                "condition": _t(
                    "Layihə sənaye və ya turizm sahəsindədir.",
                    "The project is in industry or tourism.",
                    "Проект относится к промышленности или туризму.",
                ),
                "check_with": None,
            },
            {
                "condition": _t(
                    "Layihə sənaye məhəlləsində, aqroparkda və ya turizm-rekreasiya zonasındadır, yaxud Bakı, "
                    "Sumqayıt, Gəncə, Abşeron və işğaldan azad edilmiş ərazilərdən kənardadır, yaxud "
                    "Prezident tərəfindən strateji layihə hesab edilib.",
                    "The project is in an industrial district, an agropark or a tourism and recreation zone, "
                    "or outside Baku, Sumgait, Ganja, Absheron and the liberated territories, or is "
                    "designated strategic by the President.",
                    "Проект реализуется в промышленном квартале, агропарке или туристско-рекреационной зоне, "
                    "либо за пределами Баку, Сумгайыта, Гянджи, Абшерона и освобождённых территорий, либо "
                    "признан Президентом стратегическим.",
                ),
                "check_with": None,
            },
            {
                "condition": _t(
                    "İnvestisiyanın həcmi fəaliyyət sahəsi və ərazi üçün müəyyən edilmiş minimal məbləğdən az "
                    "deyil, onun ən azı 10 faizi artıq yatırılıb.",
                    "The investment reaches the minimum set for the activity and the location, and at least "
                    "10% of that minimum has already been invested.",
                    "Объём инвестиций не ниже минимальной суммы для вида деятельности и места реализации, и "
                    "не менее 10% этой суммы уже вложено.",
                ),
                "check_with": None,
            },
        ],
        "benefits": [
            {
                "title": _t(
                    "Mənfəət vergisinin 50%-dən azadolma",
                    "Profit tax cut by half",
                    "Освобождение от 50% налога на прибыль",
                ),
                "description": _t(
                    "Hüquqi şəxslər mənfəət vergisinin, fərdi sahibkarlar isə gəlir vergisinin 50 faizindən azad edilir.",
                    "Legal entities are exempt from 50% of profit tax; individual entrepreneurs from 50% of income tax.",
                    "Юридические лица освобождаются от 50% налога на прибыль, индивидуальные предприниматели — от 50% подоходного налога.",
                ),
                "duration_years": 7,
                "rate": "profit-tax",
            },
            {
                "title": _t(
                    "Əmlak vergisindən azadolma", "Property tax exemption", "Освобождение от налога на имущество"
                ),
                "description": _t(
                    "Əmlak vergisindən tam azadolma.",
                    "Full exemption from property tax.",
                    "Полное освобождение от налога на имущество.",
                ),
                "duration_years": 7,
                "rate": "property-tax-legal-entities",
            },
            {
                "title": _t("Torpaq vergisindən azadolma", "Land tax exemption", "Освобождение от земельного налога"),
                "description": _t(
                    "Torpaq vergisindən tam azadolma.",
                    "Full exemption from land tax.",
                    "Полное освобождение от земельного налога.",
                ),
                "duration_years": 7,
            },
            {
                "title": _t(
                    "İdxal olunan texnikaya görə ƏDV və gömrük rüsumlarından azadolma",
                    "No VAT or customs duties on imported machinery",
                    "Освобождение от НДС и таможенных пошлин при ввозе техники",
                ),
                "description": _t(
                    "Texnika, texnoloji avadanlıq və qurğuların idxalı təsdiqedici sənəd əsasında ƏDV-dən və gömrük rüsumlarından azad edilir.",
                    "Imports of machinery, technological equipment and installations are exempt from VAT and customs duties on the basis of a confirmation document.",
                    "Ввоз техники, технологического оборудования и установок освобождается от НДС и таможенных пошлин на основании подтверждающего документа.",
                ),
                "duration_years": 7,
                "rate": "import-vat",
            },
        ],
        "how_to_apply": _t(
            "<p>İqtisadiyyat Nazirliyinə müraciət edərək aşağıdakı sənədləri təqdim edin:</p>"
            "<ul><li>müəyyən edilmiş meyarlara cavab verən biznes-plan;</li>"
            "<li>minimal investisiya məbləğinin ən azı 10 faizinin artıq yatırıldığını təsdiq edən sənədlər;</li>"
            "<li>vergi ödəyicisinin uçota alınması haqqında şəhadətnamənin surəti.</li></ul>"
            "<p>Nazirlik 5 iş günü ərzində qərar qəbul edir. Sənəd verildikdən sonra layihə üçün idxal olunan "
            "texnika və avadanlığa güzəşt ayrıca təsdiqedici sənəd əsasında tətbiq olunur.</p>",
            "<p>Apply to the Ministry of Economy with:</p>"
            "<ul><li>a business plan that meets the established criteria;</li>"
            "<li>documents showing that at least 10% of the minimum investment amount has already been "
            "invested;</li>"
            "<li>a copy of the taxpayer registration certificate.</li></ul>"
            "<p>The Ministry decides within 5 working days. Once the certificate has been issued, the "
            "exemption for imported machinery and equipment is applied on the basis of a separate "
            "confirmation document.</p>",
            "<p>Подайте заявление в Министерство экономики, приложив:</p>"
            "<ul><li>бизнес-план, отвечающий установленным критериям;</li>"
            "<li>документы, подтверждающие, что не менее 10% минимальной суммы инвестиций уже вложено;</li>"
            "<li>копию свидетельства о постановке на учёт налогоплательщика.</li></ul>"
            "<p>Министерство принимает решение в течение 5 рабочих дней. После выдачи документа льгота на "
            "ввозимые для проекта технику и оборудование применяется на основании отдельного "
            "подтверждающего документа.</p>",
        ),
        "issuing_body": _t("İqtisadiyyat Nazirliyi", "Ministry of Economy", "Министерство экономики"),
        "legal_basis": ["decree-745-its", "decree-877-its", "decree-1913-its", "tax-code", "customs-tariff-law"],
        "last_reviewed": LAST_REVIEWED,
    },
    # -----------------------------------------------------------------------
    {
        "key": "industrial-parks",
        "slug": _t("senaye-parklari", "industrial-parks", "promyshlennye-parki"),
        "title": _t(
            "Sənaye parklarında rezidentlik", "Industrial park residency", "Резидентство в промышленных парках"
        ),
        "summary": _t(
            "İqtisadi Zonaların İnkişafı Agentliyinin idarə etdiyi sənaye parklarının rezidentləri qeydiyyat "
            "tarixindən 10 il mənfəət, əmlak və torpaq vergisindən, texnika və avadanlığın idxalında ƏDV-dən "
            "azad edilir.",
            "Residents of industrial parks run by the Economic Zones Development Agency are exempt for ten "
            "years from registration from profit, property and land tax and from import VAT on machinery "
            "and equipment.",
            "Резиденты промышленных парков, которыми управляет Агентство развития экономических зон, на "
            "10 лет с даты регистрации освобождаются от налогов на прибыль, имущество и землю, а также от "
            "НДС при ввозе техники и оборудования.",
        ),
        "body": {
            "az": [
                (
                    "text",
                    "<p>Sənaye parkları İqtisadiyyat Nazirliyi yanında İqtisadi Zonaların İnkişafı Agentliyi "
                    "tərəfindən idarə olunur. Agentlik Azərbaycan Respublikası Prezidentinin 22 yanvar 2021-ci "
                    "il tarixli Fərmanı ilə yaradılıb. Parkların bir qismi müəyyən sahələr üzrə ixtisaslaşıb:</p>"
                    "<ul><li><b>Sumqayıt Kimya Sənaye Parkı</b> — kimya və neft-kimya, maşınqayırma, tikinti "
                    "materialları, metallurgiya, elektrotexnika;</li>"
                    "<li><b>Mingəçevir Sənaye Parkı</b> — toxuculuq;</li>"
                    "<li><b>Qaradağ Sənaye Parkı</b> — gəmiqayırma;</li>"
                    "<li><b>Pirallahı Sənaye Parkı</b> — əczaçılıq.</li></ul>"
                    "<p>Agentlik həmçinin Hacıqabul və Ağdam sənaye parklarını, Araz Vadisi İqtisadi Zonasını, "
                    "Masallı, Neftçala və Sabirabad sənaye məhəllələrini, eləcə də 51 aqroparkı idarə edir. "
                    "Parklarda torpaq satılmır, yalnız uzunmüddətli icarəyə verilir.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Əsas şərtlər",
                        "facts": [
                            {
                                "label": "Vergi güzəştlərinin müddəti",
                                "value": "Rezident kimi qeydiyyata alındığı tarixdən 10 il",
                            },
                            {
                                "label": "Sumqayıt Kimya Sənaye Parkında icarə haqqı",
                                "value": "İlk hektar üçün ildə 1 600 manat, hər növbəti hektar üçün 3 200 manat",
                            },
                            {
                                "label": "Pirallahı Sənaye Parkında icarə haqqı",
                                "value": "İlk hektar üçün ildə 2 000 manat, hər növbəti hektar üçün 4 000 manat",
                            },
                            {"label": "Torpaq", "value": "Yalnız uzunmüddətli icarə"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>Güzəştlər idxal olunan xammala şamil edilmir. Texnika və avadanlığın idxalında "
                        "gömrük rüsumlarından azadolmanın müddəti rəsmi mənbələrdə fərqli göstərilir, "
                        "ona görə də bu müddəti İqtisadi Zonaların İnkişafı Agentliyi ilə "
                        "dəqiqləşdirin.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Tez-tez verilən suallar",
                        "items": [
                            {
                                "question": "Parkda torpaq sahəsini mülkiyyətə almaq olarmı?",
                                "answer": "<p>Xeyr. Rezidentlərə torpaq yalnız uzunmüddətli icarə əsasında verilir.</p>",
                            },
                            {
                                "question": "İşğaldan azad edilmiş ərazilərdəki parklarda əlavə güzəştlər varmı?",
                                "answer": "<p>Bəli. Ağdam Sənaye Parkında və Araz Vadisi İqtisadi Zonasında 10 illik "
                                "güzəştlərlə yanaşı, 5 il ərzində əmək miqrasiyası kvotası tətbiq edilmir, "
                                "iş icazələri sadələşdirilmiş qaydada verilir, bəzi xammal növlərinin idxalı "
                                "isə 10 il ƏDV-dən azaddır.</p>",
                            },
                        ],
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<p>Industrial parks are managed by the Economic Zones Development Agency under the Ministry "
                    "of Economy, set up by Presidential Decree of 22 January 2021. Several parks specialise in "
                    "particular industries:</p>"
                    "<ul><li><b>Sumgait Chemical Industrial Park</b> — chemicals and petrochemicals, machinery, "
                    "construction materials, metallurgy, electrical engineering;</li>"
                    "<li><b>Mingachevir Industrial Park</b> — textiles;</li>"
                    "<li><b>Garadagh Industrial Park</b> — shipbuilding;</li>"
                    "<li><b>Pirallahi Industrial Park</b> — pharmaceuticals.</li></ul>"
                    "<p>The Agency also runs the Hajigabul and Aghdam industrial parks, the Araz Valley Economic "
                    "Zone, the Masalli, Neftchala and Sabirabad industrial districts and 51 agroparks. Land in "
                    "the parks is not sold; it is provided on long-term lease only.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Key terms",
                        "facts": [
                            {"label": "Tax exemptions", "value": "10 years from registration as a resident"},
                            {
                                "label": "Land lease, Sumgait Chemical Industrial Park",
                                "value": "AZN 1,600 a year for the first hectare, AZN 3,200 for each further hectare",
                            },
                            {
                                "label": "Land lease, Pirallahi Industrial Park",
                                "value": "AZN 2,000 a year for the first hectare, AZN 4,000 for each further hectare",
                            },
                            {"label": "Land", "value": "Long-term lease only"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>The exemptions do not cover imported raw materials. Official sources give "
                        "different periods for the customs duty exemption on imported machinery and "
                        "equipment, so confirm it with the Economic Zones Development Agency.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Can I buy land in a park?",
                                "answer": "<p>No. Residents receive land on long-term lease only.</p>",
                            },
                            {
                                "question": "Are there extra benefits in the parks in the liberated territories?",
                                "answer": "<p>Yes. In the Aghdam Industrial Park and the Araz Valley Economic Zone, "
                                "the ten-year exemptions come with further measures: no labour migration "
                                "quota for 5 years, simplified work permits, and a ten-year VAT exemption "
                                "on certain imported raw materials.</p>",
                            },
                        ],
                    },
                ),
            ],
            "ru": [
                (
                    "text",
                    "<p>Промышленными парками управляет Агентство развития экономических зон при Министерстве "
                    "экономики, созданное Указом Президента от 22 января 2021 года. Ряд парков специализируется "
                    "на определённых отраслях:</p>"
                    "<ul><li><b>Сумгайытский химический промышленный парк</b> — химия и нефтехимия, "
                    "машиностроение, строительные материалы, металлургия, электротехника;</li>"
                    "<li><b>Мингячевирский промышленный парк</b> — текстильная промышленность;</li>"
                    "<li><b>Гарадагский промышленный парк</b> — судостроение;</li>"
                    "<li><b>Пираллахинский промышленный парк</b> — фармацевтика.</li></ul>"
                    "<p>Агентству также подведомственны Гаджигабульский и Агдамский промышленные парки, "
                    "экономическая зона «Долина Араза», Масаллинский, Нефтчалинский и Сабирабадский "
                    "промышленные кварталы и 51 агропарк. Земля в парках не продаётся, а предоставляется только "
                    "в долгосрочную аренду.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Основные условия",
                        "facts": [
                            {
                                "label": "Срок налоговых льгот",
                                "value": "10 лет с даты регистрации в качестве резидента",
                            },
                            {
                                "label": "Аренда земли в Сумгайытском химическом промышленном парке",
                                "value": "1 600 манатов в год за первый гектар, 3 200 манатов за каждый следующий",
                            },
                            {
                                "label": "Аренда земли в Пираллахинском промышленном парке",
                                "value": "2 000 манатов в год за первый гектар, 4 000 манатов за каждый следующий",
                            },
                            {"label": "Земля", "value": "Только долгосрочная аренда"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>Льготы не распространяются на ввозимое сырьё. Срок освобождения от "
                        "таможенных пошлин при ввозе техники и оборудования в официальных источниках "
                        "указан по-разному, поэтому уточните его в Агентстве развития экономических "
                        "зон.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Часто задаваемые вопросы",
                        "items": [
                            {
                                "question": "Можно ли приобрести землю в парке в собственность?",
                                "answer": "<p>Нет. Резидентам земля предоставляется только в долгосрочную аренду.</p>",
                            },
                            {
                                "question": "Есть ли дополнительные льготы в парках на освобождённых территориях?",
                                "answer": "<p>Да. В Агдамском промышленном парке и экономической зоне «Долина "
                                "Араза» к десятилетним льготам добавляются и другие меры: в течение 5 лет "
                                "не применяется квота на трудовую миграцию, разрешения на работу выдаются "
                                "в упрощённом порядке, а ввоз отдельных видов сырья на 10 лет освобождён "
                                "от НДС.</p>",
                            },
                        ],
                    },
                ),
            ],
        },
        "sectors": [
            "chemicals",
            "pharmaceuticals",
            "textiles",
            "machinery-metallurgy",
            "construction-materials",
            "shipbuilding",
        ],
        "regions": ["baku", "absheron-khizi", "central-aran", "shirvan-salyan", "karabakh", "east-zangezur"],
        "min_investment": None,
        "currency": "AZN",
        "legal_forms": ["legal_entity", "individual_entrepreneur"],
        "conditions_to_check": [
            {
                "condition": _t(
                    "Layihə sahəsinə uyğun parkın rezidenti kimi qeydiyyata alınmaq.",
                    "Registration as a resident of a park that matches the project's sector.",
                    "Регистрация в качестве резидента парка, профиль которого соответствует проекту.",
                ),
                "check_with": None,
            },
        ],
        "benefits": [
            {
                "title": _t(
                    "Mənfəət vergisindən azadolma", "Profit tax exemption", "Освобождение от налога на прибыль"
                ),
                "description": _t(
                    "Rezident kimi qeydiyyata alındığı tarixdən mənfəət vergisindən tam azadolma.",
                    "Full exemption from profit tax from the date of registration as a resident.",
                    "Полное освобождение от налога на прибыль с даты регистрации в качестве резидента.",
                ),
                "duration_years": 10,
                "rate": "profit-tax",
            },
            {
                "title": _t(
                    "Əmlak vergisindən azadolma", "Property tax exemption", "Освобождение от налога на имущество"
                ),
                "description": _t(
                    "Parkdakı əmlaka görə əmlak vergisi ödənilmir.",
                    "No property tax on the resident's property.",
                    "Налог на имущество резидента не уплачивается.",
                ),
                "duration_years": 10,
                "rate": "property-tax-legal-entities",
            },
            {
                "title": _t("Torpaq vergisindən azadolma", "Land tax exemption", "Освобождение от земельного налога"),
                "description": _t(
                    "İcarəyə götürülmüş torpaq sahəsinə görə torpaq vergisi ödənilmir.",
                    "No land tax on the leased plot.",
                    "Земельный налог за арендуемый участок не уплачивается.",
                ),
                "duration_years": 10,
            },
            {
                "title": _t(
                    "Texnika və avadanlığın idxalında ƏDV-dən azadolma",
                    "Import VAT exemption on machinery and equipment",
                    "Освобождение от НДС при ввозе техники и оборудования",
                ),
                "description": _t(
                    "Park ərazisində istifadə üçün idxal olunan texnika, texnoloji avadanlıq və qurğular ƏDV-yə cəlb edilmir.",
                    "Machinery, technological equipment and installations imported for use in the park are free of import VAT.",
                    "Техника, технологическое оборудование и установки, ввозимые для использования в парке, не облагаются НДС.",
                ),
                "duration_years": 10,
                "rate": "import-vat",
            },
            {
                "title": _t(
                    "Texnika və avadanlığın idxalında gömrük rüsumlarından azadolma",
                    "Customs duty exemption on machinery and equipment",
                    "Освобождение от таможенных пошлин при ввозе техники и оборудования",
                ),
                "description": _t(
                    "Güzəştin müddəti İqtisadi Zonaların İnkişafı Agentliyi ilə dəqiqləşdirilməlidir.",
                    "The period of this exemption must be confirmed with the Economic Zones Development Agency.",
                    "Срок этой льготы необходимо уточнить в Агентстве развития экономических зон.",
                ),
                "duration_years": None,
            },
        ],
        "how_to_apply": _t(
            "<p>Rezidentlik müraciətlərinə İqtisadiyyat Nazirliyi yanında İqtisadi Zonaların İnkişafı "
            "Agentliyi baxır. Layihənizin sahəsinə uyğun parkı seçin, Agentliklə əlaqə saxlayın və "
            "rezidentlik üçün müraciət edin. Rezident kimi qeydiyyatdan sonra torpaq sahəsi üzrə "
            "uzunmüddətli icarə müqaviləsi bağlanılır. Ümumi suallar Agentliyin "
            + _a(URL_EZ_FAQ, "tez-tez verilən suallar")
            + " bölməsində cavablandırılır.</p>",
            "<p>Residency applications are handled by the Economic Zones Development Agency under the "
            "Ministry of Economy. Choose the park that matches your project, contact the Agency and apply for "
            "residency. After registration as a resident, a long-term lease is signed for the plot. Common "
            "questions are answered in the Agency's " + _a(URL_EZ_FAQ, "FAQ") + ".</p>",
            "<p>Заявления о резидентстве рассматривает Агентство развития экономических зон при Министерстве "
            "экономики. Выберите парк, соответствующий профилю проекта, свяжитесь с Агентством и подайте "
            "заявление. После регистрации в качестве резидента заключается договор долгосрочной аренды "
            "участка. Ответы на типичные вопросы приведены в "
            + _a(URL_EZ_FAQ, "разделе вопросов и ответов")
            + " на сайте Агентства.</p>",
        ),
        "issuing_body": _t(
            "İqtisadiyyat Nazirliyi yanında İqtisadi Zonaların İnkişafı Agentliyi",
            "Economic Zones Development Agency under the Ministry of Economy",
            "Агентство развития экономических зон при Министерстве экономики",
        ),
        "legal_basis": ["tax-code", "customs-tariff-law", "eco-zones-agency-decree"],
        "last_reviewed": LAST_REVIEWED,
    },
    # -----------------------------------------------------------------------
    {
        "key": "technology-parks",
        "slug": _t("texnologiya-parklari", "technology-parks", "tekhnoparki"),
        "title": _t(
            "İT şirkətləri üçün texnopark rezidentliyi",
            "Technology park residency for IT companies",
            "Резидентство технопарка для IT-компаний",
        ),
        "summary": _t(
            "Texnopark rezidenti statusu almış sistem inteqrasiyası və proqram təminatı şirkətləri, park "
            "ərazisindən kənarda yerləşsələr belə, 10 il mənfəət, əmlak və torpaq vergisindən azad edilir.",
            "System integration and software companies with technopark residency are exempt for ten years "
            "from profit, property and land tax, even if they are based outside a park.",
            "Компании в сфере системной интеграции и программного обеспечения со статусом резидента "
            "технопарка на 10 лет освобождаются от налогов на прибыль, имущество и землю, даже если "
            "находятся за пределами парка.",
        ),
        "body": {
            "az": [
                (
                    "text",
                    "<p>2023-cü il yanvarın 1-dən informasiya texnologiyaları sahəsində — sistem inteqrasiyası "
                    "və proqram təminatının hazırlanması ilə məşğul olan şirkətlər üçün xüsusi güzəşt rejimi "
                    "tətbiq olunur. Rejimdən İnnovasiya və Rəqəmsal İnkişaf Agentliyinin (İRİA) texnopark "
                    "rezidenti statusu verdiyi şirkətlər, o cümlədən park ərazisindən kənarda fəaliyyət "
                    "göstərənlər yararlana bilər.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Güzəştlər",
                        "facts": [
                            {
                                "label": "Mənfəət (gəlir) vergisi, dividendlərdən tutulan vergi, əmlak və torpaq vergisi",
                                "value": "10 il azad",
                            },
                            {
                                "label": "İşçilərin gəlir vergisi",
                                "value": "2026-cı il yanvarın 1-dən 7 il müddətinə 5%",
                            },
                            {"label": "Əcnəbi mütəxəssislər", "value": "İş icazəsi tələb olunmur"},
                            {
                                "label": "Sosial sığorta",
                                "value": "10 il ərzində minimum əmək haqqının 4 misli həcmində baza seçilə bilər",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "text": "<p>2023–2025-ci illərdə işçilərin aylıq gəlirinin 8 000 manatadək hissəsi "
                        "gəlir vergisindən azad idi, artıq hissəyə isə 5% tətbiq olunurdu. Köhnə "
                        "mənbələrdə bütün güzəştlər üçün 7 illik müddət göstərilir; bu məlumat artıq "
                        "aktual deyil.</p>",
                    },
                ),
                (
                    "link",
                    {
                        "title": "Texnoparklar haqqında rəsmi məlumat",
                        "url": URL_TECHNOPARK,
                        "description": "Texnopark rejimi barədə Rəqəmsal İnkişaf və Nəqliyyat Nazirliyinin səhifəsi (ingilis dilində).",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<p>Since 1 January 2023 a dedicated regime has applied to IT companies working in system "
                    "integration and software development. It is open to companies granted technopark "
                    "residency by the Innovation and Digital Development Agency (IDDA), including those "
                    "operating outside a park's premises.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Benefits",
                        "facts": [
                            {
                                "label": "Profit (income) tax, withholding tax on dividends, property and land tax",
                                "value": "Exempt for 10 years",
                            },
                            {"label": "Employees' income tax", "value": "Flat 5% for 7 years from 1 January 2026"},
                            {"label": "Foreign specialists", "value": "No work permit required"},
                            {
                                "label": "Social insurance",
                                "value": "Optional contribution base of 4 times the minimum wage for 10 years",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "text": "<p>From 2023 to 2025 employees paid no income tax on monthly earnings up to "
                        "AZN 8,000 and 5% on the excess. Older publications quote a seven-year term for "
                        "all technopark benefits; that information is out of date.</p>",
                    },
                ),
                (
                    "link",
                    {
                        "title": "Official information on technoparks",
                        "url": URL_TECHNOPARK,
                        "description": "The technopark page of the Ministry of Digital Development and Transport.",
                    },
                ),
            ],
            "ru": [
                (
                    "text",
                    "<p>С 1 января 2023 года для IT-компаний, занимающихся системной интеграцией и разработкой "
                    "программного обеспечения, действует специальный льготный режим. Им могут воспользоваться "
                    "компании, получившие статус резидента технопарка от Агентства инноваций и цифрового "
                    "развития (IDDA), в том числе работающие за пределами территории парка.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Льготы",
                        "facts": [
                            {
                                "label": "Налог на прибыль (подоходный налог), налог на дивиденды, налоги на имущество и землю",
                                "value": "Освобождение на 10 лет",
                            },
                            {
                                "label": "Подоходный налог работников",
                                "value": "5% в течение 7 лет с 1 января 2026 года",
                            },
                            {"label": "Иностранные специалисты", "value": "Разрешение на работу не требуется"},
                            {
                                "label": "Социальное страхование",
                                "value": "Право выбрать базу в размере 4 минимальных зарплат на 10 лет",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "text": "<p>В 2023–2025 годах месячный доход работников до 8 000 манатов не облагался "
                        "подоходным налогом, а с превышающей части взималось 5%. В старых публикациях "
                        "для всех льгот технопарков указан срок в семь лет — эти сведения устарели.</p>",
                    },
                ),
                (
                    "link",
                    {
                        "title": "Официальная информация о технопарках",
                        "url": URL_TECHNOPARK,
                        "description": "Страница Министерства цифрового развития и транспорта о режиме технопарков (на английском языке).",
                    },
                ),
            ],
        },
        "sectors": ["ict"],
        "regions": [],
        "min_investment": None,
        "currency": "AZN",
        "legal_forms": ["legal_entity", "individual_entrepreneur"],
        "conditions_to_check": [
            {
                "condition": _t(
                    "Sistem inteqrasiyası və ya proqram təminatı sahəsində fəaliyyət və texnopark rezidentliyi.",
                    "Work in system integration or software, and technopark residency.",
                    "Деятельность в области системной интеграции или программного обеспечения и резидентство "
                    "технопарка.",
                ),
                "check_with": None,
            },
        ],
        "benefits": [
            {
                "title": _t(
                    "Mənfəət və ya gəlir vergisindən azadolma",
                    "Profit or income tax exemption",
                    "Освобождение от налога на прибыль или подоходного налога",
                ),
                "description": _t(
                    "Hüquqi şəxslər mənfəət vergisindən, fərdi sahibkarlar gəlir vergisindən azaddır.",
                    "Companies pay no profit tax and individual entrepreneurs no income tax.",
                    "Компании не платят налог на прибыль, индивидуальные предприниматели — подоходный налог.",
                ),
                "duration_years": 10,
                "rate": "profit-tax",
            },
            {
                "title": _t(
                    "Dividendlərdən vergi tutulmur",
                    "No withholding tax on dividends",
                    "Дивиденды не облагаются налогом у источника",
                ),
                "description": _t(
                    "Səhmdarlara ödənilən dividendlər ödəmə mənbəyində vergiyə cəlb olunmur.",
                    "Dividends paid to shareholders are free of withholding tax.",
                    "Дивиденды, выплачиваемые акционерам, не облагаются налогом у источника выплаты.",
                ),
                "duration_years": 10,
                "rate": "wht-dividends",
            },
            {
                "title": _t(
                    "Əmlak və torpaq vergisindən azadolma",
                    "Property and land tax exemption",
                    "Освобождение от налогов на имущество и землю",
                ),
                "description": _t(
                    "Əmlak vergisi və torpaq vergisi ödənilmir.",
                    "No property tax or land tax.",
                    "Налог на имущество и земельный налог не уплачиваются.",
                ),
                "duration_years": 10,
                "rate": "property-tax-legal-entities",
            },
            {
                "title": _t(
                    "İşçilər üçün 5% gəlir vergisi", "5% income tax for employees", "Подоходный налог 5% для работников"
                ),
                "description": _t(
                    "2026-cı il yanvarın 1-dən işçilərin əmək haqqına vahid 5% dərəcə tətbiq olunur.",
                    "From 1 January 2026 employees' salaries are taxed at a flat 5%.",
                    "С 1 января 2026 года зарплата работников облагается по единой ставке 5%.",
                ),
                "duration_years": 7,
            },
            {
                "title": _t(
                    "Əcnəbi mütəxəssislər üçün iş icazəsi tələb olunmur",
                    "No work permits for foreign specialists",
                    "Разрешение на работу для иностранных специалистов не требуется",
                ),
                "description": _t(
                    "Texnopark rezidenti əcnəbi mütəxəssisləri iş icazəsi almadan işə cəlb edə bilər.",
                    "The resident may hire foreign specialists without a work permit.",
                    "Резидент может привлекать иностранных специалистов без разрешения на работу.",
                ),
                "duration_years": None,
            },
        ],
        "how_to_apply": _t(
            "<p>Texnopark rezidenti statusu İnnovasiya və Rəqəmsal İnkişaf Agentliyi (İRİA) tərəfindən "
            "verilir. Güzəştlər bu status əsasında tətbiq olunur. Rejim barədə rəsmi məlumat "
            + _a(URL_TECHNOPARK, "texnoparklar səhifəsində")
            + " dərc olunub.</p>",
            "<p>Technopark residency is granted by the Innovation and Digital Development Agency (IDDA), and "
            "the benefits apply on the basis of that status. Official information on the regime is published "
            "on the " + _a(URL_TECHNOPARK, "technopark page") + ".</p>",
            "<p>Статус резидента технопарка присваивает Агентство инноваций и цифрового развития (IDDA); "
            "льготы применяются на основании этого статуса. Официальная информация о режиме размещена на "
            + _a(URL_TECHNOPARK, "странице о технопарках")
            + ".</p>",
        ),
        "issuing_body": _t(
            "İnnovasiya və Rəqəmsal İnkişaf Agentliyi (İRİA)",
            "Innovation and Digital Development Agency (IDDA)",
            "Агентство инноваций и цифрового развития (IDDA)",
        ),
        "legal_basis": ["tax-code"],
        "last_reviewed": LAST_REVIEWED,
    },
    # -----------------------------------------------------------------------
    {
        "key": "alat-free-economic-zone",
        "slug": _t(
            "elet-azad-iqtisadi-zonasi", "alat-free-economic-zone", "alyatskaya-svobodnaya-ekonomicheskaya-zona"
        ),
        "title": _t("Ələt Azad İqtisadi Zonası", "Alat Free Economic Zone", "Алятская свободная экономическая зона"),
        "summary": _t(
            "Bakı Beynəlxalq Dəniz Ticarət Limanının yanında xüsusi hüquqi rejimə malik zona: ƏDV, ödəmə "
            "mənbəyində vergi və digər korporativ vergilərdən azadolma, rüsumsuz gömrük rejimi, xarici "
            "mülkiyyətə məhdudiyyət yoxdur.",
            "A zone next to the Baku International Sea Trade Port with its own legal regime: no VAT, "
            "withholding or other corporate taxes, duty-free movement of goods and no limits on foreign "
            "ownership.",
            "Зона с особым правовым режимом рядом с Бакинским международным морским торговым портом: "
            "освобождение от НДС, налога у источника и других корпоративных налогов, беспошлинный режим и "
            "отсутствие ограничений на иностранное владение.",
        ),
        "body": {
            "az": [
                (
                    "text",
                    "<p>Ələt Azad İqtisadi Zonası Azərbaycan Respublikası Prezidentinin 22 may 2020-ci il tarixli "
                    "1032 nömrəli Fərmanı ilə Bakı Beynəlxalq Dəniz Ticarət Limanına bitişik ərazidə yaradılıb. "
                    "2024-cü ilin aprelində zonanın Hakimiyyətinə 4 312,56 hektar ərazi verilib.</p>"
                    "<p>Zonada fəaliyyət “Ələt Azad İqtisadi Zonası haqqında” Qanunla və zonanın öz "
                    "qaydaları ilə tənzimlənir; bu aktlar ümumi iqtisadi qanunvericilikdən üstün tutulur. Bunun "
                    "üçün 80-dən çox qanuna dəyişiklik edilib. Zonadakı inzibati icraat da ümumi qanunla deyil, "
                    "zona haqqında qanunla tənzimlənir.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Əsas göstəricilər",
                        "facts": [
                            {"label": "Ərazi", "value": "4 312,56 hektar"},
                            {"label": "Yerləşmə", "value": "Bakı Beynəlxalq Dəniz Ticarət Limanının yanında"},
                            {"label": "İxrac tələbi", "value": "Məhsulun ən azı 75%-i ixrac olunmalıdır"},
                            {"label": "Xarici mülkiyyət", "value": "Məhdudiyyət yoxdur, yerli tərəfdaş tələb olunmur"},
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Tez-tez verilən suallar",
                        "items": [
                            {
                                "question": "Mənfəəti ölkədən çıxarmaq mümkündürmü?",
                                "answer": "<p>Bəli. Mənfəətin repatriasiyasına heç bir məhdudiyyət qoyulmur.</p>",
                            },
                            {
                                "question": "Azərbaycanın hansı ölkələrlə azad ticarət sazişi var?",
                                "answer": "<p>Zonanın məlumatına görə, Azərbaycanın 10 ölkə ilə azad ticarət sazişi "
                                "var: Rusiya, Gürcüstan, Ukrayna, Moldova, Belarus, Qazaxıstan, Özbəkistan, "
                                "Qırğızıstan, Türkmənistan və Tacikistan.</p>",
                            },
                        ],
                    },
                ),
                (
                    "link",
                    {
                        "title": "Ələt Azad İqtisadi Zonası: sual-cavab",
                        "url": URL_AFEZ_FAQ,
                        "description": "Zonanın rəsmi saytında güzəştlər və fəaliyyət şərtləri barədə suallar (ingilis dilində).",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<p>The Alat Free Economic Zone was established by Presidential Decree No. 1032 of 22 May 2020 "
                    "on land adjoining the Baku International Sea Trade Port. In April 2024, 4,312.56 hectares "
                    "were transferred to the zone's Authority.</p>"
                    "<p>Business in the zone is governed by the Law on the Alat Free Economic Zone and the zone's "
                    "own regulations, which take precedence over general economic legislation; more than 80 laws "
                    "were amended to make this possible. Administrative proceedings in the zone also follow the "
                    "zone's law rather than the general law.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Key figures",
                        "facts": [
                            {"label": "Area", "value": "4,312.56 hectares"},
                            {"label": "Location", "value": "Next to the Baku International Sea Trade Port"},
                            {"label": "Export requirement", "value": "At least 75% of output must be exported"},
                            {"label": "Foreign ownership", "value": "No limits; no local partner required"},
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Can profits be repatriated?",
                                "answer": "<p>Yes. There are no restrictions on repatriating profits.</p>",
                            },
                            {
                                "question": "Which countries does Azerbaijan have free trade agreements with?",
                                "answer": "<p>According to the zone, Azerbaijan has free trade agreements with 10 "
                                "countries: Russia, Georgia, Ukraine, Moldova, Belarus, Kazakhstan, "
                                "Uzbekistan, Kyrgyzstan, Turkmenistan and Tajikistan.</p>",
                            },
                        ],
                    },
                ),
                (
                    "link",
                    {
                        "title": "Alat Free Economic Zone: FAQ",
                        "url": URL_AFEZ_FAQ,
                        "description": "Questions and answers on incentives and operating conditions on the zone's official website.",
                    },
                ),
            ],
            "ru": [
                (
                    "text",
                    "<p>Алятская свободная экономическая зона создана Указом Президента № 1032 от 22 мая 2020 года "
                    "на территории, прилегающей к Бакинскому международному морскому торговому порту. В апреле "
                    "2024 года органу управления зоной передано 4 312,56 гектара.</p>"
                    "<p>Деятельность в зоне регулируется Законом «Об Алятской свободной экономической зоне» и "
                    "собственными правилами зоны, которые имеют приоритет перед общим экономическим "
                    "законодательством; для этого были внесены изменения более чем в 80 законов. "
                    "Административное производство в зоне также ведётся по закону о зоне, а не по общему "
                    "закону.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Основные показатели",
                        "facts": [
                            {"label": "Площадь", "value": "4 312,56 гектара"},
                            {
                                "label": "Расположение",
                                "value": "Рядом с Бакинским международным морским торговым портом",
                            },
                            {
                                "label": "Требование к экспорту",
                                "value": "Не менее 75% продукции должно экспортироваться",
                            },
                            {"label": "Иностранное владение", "value": "Без ограничений; местный партнёр не требуется"},
                        ],
                    },
                ),
                (
                    "faq",
                    {
                        "heading": "Часто задаваемые вопросы",
                        "items": [
                            {
                                "question": "Можно ли вывозить прибыль?",
                                "answer": "<p>Да. Ограничений на репатриацию прибыли нет.</p>",
                            },
                            {
                                "question": "С какими странами у Азербайджана есть соглашения о свободной торговле?",
                                "answer": "<p>По данным зоны, у Азербайджана заключены соглашения о свободной "
                                "торговле с 10 странами: Россией, Грузией, Украиной, Молдовой, Беларусью, "
                                "Казахстаном, Узбекистаном, Кыргызстаном, Туркменистаном и "
                                "Таджикистаном.</p>",
                            },
                        ],
                    },
                ),
                (
                    "link",
                    {
                        "title": "Алятская СЭЗ: вопросы и ответы",
                        "url": URL_AFEZ_FAQ,
                        "description": "Вопросы о льготах и условиях работы на официальном сайте зоны (на английском языке).",
                    },
                ),
            ],
        },
        "sectors": [],
        "regions": ["baku"],
        "min_investment": None,
        "currency": "AZN",
        "legal_forms": ["legal_entity"],
        "min_export_share": 75,
        "conditions_to_check": [
            {
                "condition": _t(
                    "Zonada fəaliyyət göstərmək üçün icazə.",
                    "Permission to operate in the zone.",
                    "Разрешение на деятельность в зоне.",
                ),
                "check_with": None,
            },
        ],
        "benefits": [
            {
                "title": _t(
                    "ƏDV və korporativ vergilərdən azadolma",
                    "No VAT or corporate taxes",
                    "Освобождение от НДС и корпоративных налогов",
                ),
                "description": _t(
                    "Zona iştirakçıları ƏDV-dən, ödəmə mənbəyində vergidən və digər korporativ vergilərdən azaddır.",
                    "Zone businesses are exempt from VAT, withholding tax and other corporate taxes.",
                    "Компании зоны освобождены от НДС, налога у источника выплаты и других корпоративных налогов.",
                ),
                "duration_years": None,
                "rate": "vat-standard",
            },
            {
                "title": _t("Gömrük rüsumları tətbiq edilmir", "No customs duties", "Таможенные пошлины не взимаются"),
                "description": _t(
                    "Zonaya daxil olan və zonadan çıxan mallara gömrük rüsumu tətbiq olunmur.",
                    "No customs duties on goods entering or leaving the zone.",
                    "Товары, ввозимые в зону и вывозимые из неё, не облагаются таможенными пошлинами.",
                ),
                "duration_years": None,
            },
            {
                "title": _t("İşçilərin gəlir vergisi", "Employees' income tax", "Подоходный налог работников"),
                "description": _t(
                    "Aylıq əmək haqqı 8 000 manatadək olan işçilər gəlir vergisi ödəmir.",
                    "Employees earning up to AZN 8,000 a month pay no income tax.",
                    "Работники с месячной зарплатой до 8 000 манатов не платят подоходный налог.",
                ),
                "duration_years": None,
            },
            {
                "title": _t(
                    "Könüllü sosial sığorta", "Optional social insurance", "Добровольное социальное страхование"
                ),
                "description": _t(
                    "İxtisaslı əcnəbi işçilər üçün sosial sığorta könüllüdür.",
                    "Social insurance is optional for skilled foreign staff.",
                    "Для квалифицированных иностранных работников социальное страхование добровольно.",
                ),
                "duration_years": None,
            },
            {
                "title": _t(
                    "Mülkiyyət və repatriasiyaya məhdudiyyət yoxdur",
                    "No ownership or repatriation limits",
                    "Без ограничений на владение и репатриацию",
                ),
                "description": _t(
                    "Xarici mülkiyyətə və mənfəətin ölkədən çıxarılmasına məhdudiyyət yoxdur, yerli tərəfdaş tələb olunmur.",
                    "No limits on foreign ownership or profit repatriation, and no local partner is required.",
                    "Ограничений на иностранное владение и вывоз прибыли нет; местный партнёр не требуется.",
                ),
                "duration_years": None,
            },
        ],
        "how_to_apply": _t(
            "<p>Zonada fəaliyyət göstərmək istəyən şirkətlər birbaşa Ələt Azad İqtisadi Zonasının "
            "Hakimiyyətinə müraciət edir. Zonanın hüquqi bazası və tez-tez verilən suallar "
            + _a(URL_AFEZ_LEGAL, "rəsmi saytda")
            + " dərc olunub. Məhsulun ən azı 75%-nin ixrac edilməsi "
            "tələbini biznes-planda nəzərə alın.</p>",
            "<p>Companies that wish to operate in the zone deal directly with the Alat Free Economic Zone "
            "Authority. The zone's legal framework and FAQ are published on its "
            + _a(URL_AFEZ_LEGAL, "official website")
            + ". Build the requirement to export at least 75% of "
            "output into your business plan.</p>",
            "<p>Компании, желающие работать в зоне, обращаются напрямую в орган управления Алятской "
            "свободной экономической зоной. Правовая база и ответы на частые вопросы опубликованы на "
            + _a(URL_AFEZ_LEGAL, "официальном сайте")
            + " зоны. Учтите в бизнес-плане требование "
            "экспортировать не менее 75% продукции.</p>",
        ),
        "issuing_body": _t(
            "Ələt Azad İqtisadi Zonasının Hakimiyyəti",
            "Alat Free Economic Zone Authority",
            "Орган управления Алятской свободной экономической зоной",
        ),
        "legal_basis": ["afez-decree-1032", "afez-law"],
        "last_reviewed": LAST_REVIEWED,
    },
    # -----------------------------------------------------------------------
    {
        "key": "liberated-territories",
        "slug": _t("isgaldan-azad-edilmis-eraziler", "liberated-territories", "osvobozhdennye-territorii"),
        "title": _t(
            "İşğaldan azad edilmiş ərazilərdə güzəştlər (Qarabağ və Şərqi Zəngəzur)",
            "Liberated territories regime (Karabakh and East Zangezur)",
            "Льготный режим на освобождённых территориях (Карабах и Восточный Зангезур)",
        ),
        "summary": _t(
            "2023-cü il yanvarın 1-dən Qarabağda və Şərqi Zəngəzurda qeydiyyatda olan və fəaliyyət göstərən "
            "sahibkarlar 10 il mənfəət və ya gəlir, əmlak, torpaq, sadələşdirilmiş vergidən və dividend "
            "vergisindən azaddır.",
            "Since 1 January 2023, businesses registered and operating in Karabakh and East Zangezur have been "
            "exempt for ten years from profit or income tax, property, land and simplified tax and tax on "
            "dividends.",
            "С 1 января 2023 года предприниматели, зарегистрированные и работающие в Карабахе и Восточном "
            "Зангезуре, на 10 лет освобождены от налога на прибыль или подоходного налога, налогов на "
            "имущество и землю, упрощённого налога и налога на дивиденды.",
        ),
        "body": {
            "az": [
                (
                    "text",
                    "<p>Güzəştlər Azərbaycan Respublikası Prezidentinin 10 dekabr 2021-ci il tarixli Fərmanı ilə "
                    "müəyyən edilmiş siyasətə əsaslanır və 2023-cü il yanvarın 1-dən işğaldan azad edilmiş "
                    "ərazilərdə qeydiyyata alınmış və orada fəaliyyət göstərən rezidentlərə 10 il müddətinə "
                    "tətbiq olunur. Bu müddətdə aşağıdakı vergilər ödənilmir:</p>"
                    "<ul><li>mənfəət vergisi (fərdi sahibkarlar üçün gəlir vergisi);</li>"
                    "<li>əmlak vergisi və torpaq vergisi;</li><li>sadələşdirilmiş vergi;</li>"
                    "<li>səhmdarlara ödənilən dividendlərdən vergi;</li>"
                    "<li>müəyyən istehsal sahələri üçün idxal olunan xammala görə ƏDV.</li></ul>"
                    "<p>Maliyyə xidmətləri, yük avtomobil daşımaları və dövlət büdcəsi hesabına ödəniş alan "
                    "podratçıların fəaliyyəti güzəştlərə şamil edilmir.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "İşəgötürənin sosial sığorta haqqından azadolma",
                        "facts": [
                            {"label": "2023–2025", "value": "100%"},
                            {"label": "2026–2028", "value": "80%"},
                            {"label": "2029–2030", "value": "60%"},
                            {"label": "2031–2032", "value": "40%"},
                        ],
                    },
                ),
                (
                    "text",
                    "<h3>Əcnəbi işçilərin cəlb edilməsi</h3>"
                    "<p>2023-cü il yanvarın 1-dən 2028-ci il yanvarın 1-dək bu ərazilərdə fəaliyyət üçün əcnəbilərə "
                    "iş icazəsi kvota tətbiq edilmədən, 2 ilədək müddətə verilir və daha qısa müddətdə "
                    "rəsmiləşdirilə bilər. Ağdam Sənaye Parkında və Araz Vadisi İqtisadi Zonasında 5 il ərzində "
                    "əmək miqrasiyası kvotası tətbiq olunmur, iş icazələri sadələşdirilmiş qaydada verilir.</p>",
                ),
                ("rate_table", {"heading": "İş icazəsi haqqı", "rates": ["work-permit-liberated-1y-5days"]}),
            ],
            "en": [
                (
                    "text",
                    "<p>The regime follows the policy set by the Presidential Decree of 10 December 2021 and has "
                    "applied since 1 January 2023 to residents registered and operating in the liberated "
                    "territories. For ten years they pay no:</p>"
                    "<ul><li>profit tax (income tax for individual entrepreneurs);</li>"
                    "<li>property tax or land tax;</li><li>simplified tax;</li>"
                    "<li>tax on dividends paid to shareholders;</li>"
                    "<li>import VAT on raw materials for certain types of manufacturing.</li></ul>"
                    "<p>Financial services, road freight and contractors paid from the state budget are excluded "
                    "from the exemptions.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Employer social insurance relief",
                        "facts": [
                            {"label": "2023–2025", "value": "100%"},
                            {"label": "2026–2028", "value": "80%"},
                            {"label": "2029–2030", "value": "60%"},
                            {"label": "2031–2032", "value": "40%"},
                        ],
                    },
                ),
                (
                    "text",
                    "<h3>Hiring foreign staff</h3>"
                    "<p>From 1 January 2023 to 1 January 2028, work permits for these territories are issued "
                    "outside the quota, for up to 2 years, and can be processed faster. In the Aghdam Industrial "
                    "Park and the Araz Valley Economic Zone the labour migration quota does not apply for 5 years "
                    "and work permits are issued under a simplified procedure.</p>",
                ),
                ("rate_table", {"heading": "Work permit fee", "rates": ["work-permit-liberated-1y-5days"]}),
            ],
            "ru": [
                (
                    "text",
                    "<p>Режим основан на политике, определённой Указом Президента от 10 декабря 2021 года, и с "
                    "1 января 2023 года применяется к резидентам, зарегистрированным и работающим на "
                    "освобождённых территориях. В течение 10 лет они не уплачивают:</p>"
                    "<ul><li>налог на прибыль (для индивидуальных предпринимателей — подоходный налог);</li>"
                    "<li>налог на имущество и земельный налог;</li><li>упрощённый налог;</li>"
                    "<li>налог на дивиденды, выплачиваемые акционерам;</li>"
                    "<li>НДС при ввозе сырья для отдельных видов производства.</li></ul>"
                    "<p>Льготы не распространяются на финансовые услуги, автомобильные грузоперевозки и "
                    "подрядчиков, получающих оплату из государственного бюджета.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Освобождение работодателя от социальных взносов",
                        "facts": [
                            {"label": "2023–2025", "value": "100%"},
                            {"label": "2026–2028", "value": "80%"},
                            {"label": "2029–2030", "value": "60%"},
                            {"label": "2031–2032", "value": "40%"},
                        ],
                    },
                ),
                (
                    "text",
                    "<h3>Привлечение иностранных работников</h3>"
                    "<p>С 1 января 2023 года по 1 января 2028 года разрешения на работу на этих территориях "
                    "выдаются вне квоты, на срок до 2 лет и могут оформляться быстрее. В Агдамском "
                    "промышленном парке и экономической зоне «Долина Араза» в течение 5 лет не применяется "
                    "квота на трудовую миграцию, а разрешения на работу выдаются в упрощённом порядке.</p>",
                ),
                (
                    "rate_table",
                    {"heading": "Плата за разрешение на работу", "rates": ["work-permit-liberated-1y-5days"]},
                ),
            ],
        },
        "sectors": [],
        "regions": ["karabakh", "east-zangezur"],
        "min_investment": None,
        "currency": "AZN",
        "legal_forms": ["legal_entity", "individual_entrepreneur"],
        "conditions_to_check": [
            {
                "condition": _t(
                    "Fəaliyyət maliyyə xidmətləri, yük avtomobil daşımaları və ya dövlət büdcəsindən ödənilən "
                    "podrat işləri deyil.",
                    "The activity is not financial services, road freight or contract work paid from the state budget.",
                    "Деятельность не относится к финансовым услугам, автомобильным грузоперевозкам или "
                    "подрядным работам, оплачиваемым из государственного бюджета.",
                ),
                "check_with": None,
            },
        ],
        "benefits": [
            {
                "title": _t(
                    "Mənfəət və ya gəlir vergisindən azadolma",
                    "Profit or income tax exemption",
                    "Освобождение от налога на прибыль или подоходного налога",
                ),
                "description": _t(
                    "Hüquqi şəxslər mənfəət vergisindən, fərdi sahibkarlar gəlir vergisindən azaddır.",
                    "Companies pay no profit tax and individual entrepreneurs no income tax.",
                    "Компании не платят налог на прибыль, индивидуальные предприниматели — подоходный налог.",
                ),
                "duration_years": 10,
                "rate": "profit-tax",
            },
            {
                "title": _t(
                    "Əmlak və torpaq vergisindən azadolma",
                    "Property and land tax exemption",
                    "Освобождение от налогов на имущество и землю",
                ),
                "description": _t(
                    "Əmlak vergisi və torpaq vergisi ödənilmir.",
                    "No property tax or land tax.",
                    "Налог на имущество и земельный налог не уплачиваются.",
                ),
                "duration_years": 10,
                "rate": "property-tax-legal-entities",
            },
            {
                "title": _t(
                    "Sadələşdirilmiş vergidən azadolma",
                    "Simplified tax exemption",
                    "Освобождение от упрощённого налога",
                ),
                "description": _t(
                    "Sadələşdirilmiş vergi ödəyiciləri də güzəştdən yararlanır.",
                    "Businesses on the simplified regime are exempt as well.",
                    "Льгота распространяется и на плательщиков упрощённого налога.",
                ),
                "duration_years": 10,
                "rate": "simplified-tax",
            },
            {
                "title": _t("Dividendlərdən vergi tutulmur", "No tax on dividends", "Дивиденды не облагаются налогом"),
                "description": _t(
                    "Səhmdarlara ödənilən dividendlər vergidən azaddır.",
                    "Dividends paid to shareholders are tax-free.",
                    "Дивиденды, выплачиваемые акционерам, освобождены от налога.",
                ),
                "duration_years": 10,
                "rate": "wht-dividends",
            },
            {
                "title": _t(
                    "Xammalın idxalında ƏDV-dən azadolma",
                    "Import VAT exemption on raw materials",
                    "Освобождение от НДС при ввозе сырья",
                ),
                "description": _t(
                    "Müəyyən istehsal sahələri üçün idxal olunan xammal ƏDV-yə cəlb edilmir.",
                    "Raw materials imported for certain types of manufacturing are free of VAT.",
                    "Сырьё, ввозимое для отдельных видов производства, не облагается НДС.",
                ),
                "duration_years": 10,
                "rate": "import-vat",
            },
            {
                "title": _t(
                    "İşəgötürənin sosial sığorta haqqının azaldılması",
                    "Reduced employer social insurance",
                    "Снижение социальных взносов работодателя",
                ),
                "description": _t(
                    "Azadolma 2023–2025-ci illərdə 100%, 2026–2028-ci illərdə 80%, 2029–2030-cu illərdə 60%, 2031–2032-ci illərdə 40% təşkil edir.",
                    "Relief of 100% in 2023–2025, 80% in 2026–2028, 60% in 2029–2030 and 40% in 2031–2032.",
                    "Освобождение составляет 100% в 2023–2025 годах, 80% в 2026–2028, 60% в 2029–2030 и 40% в 2031–2032 годах.",
                ),
                "duration_years": 10,
            },
            {
                "title": _t(
                    "Kvotasız iş icazələri", "Work permits outside the quota", "Разрешения на работу вне квоты"
                ),
                "description": _t(
                    "2028-ci il yanvarın 1-dək iş icazələri kvota tətbiq edilmədən, 2 ilədək müddətə verilir.",
                    "Until 1 January 2028 work permits are issued outside the quota for up to 2 years.",
                    "До 1 января 2028 года разрешения на работу выдаются вне квоты на срок до 2 лет.",
                ),
                "duration_years": 5,
            },
        ],
        "how_to_apply": _t(
            "<p>Güzəştlər işğaldan azad edilmiş ərazilərdə qeydiyyata alınmış və faktiki fəaliyyət göstərən "
            "vergi ödəyicilərinə tətbiq olunur. Fəaliyyətə başlamazdan əvvəl, xüsusən fəaliyyətiniz istisna "
            "edilən sahələrə yaxındırsa, güzəştlərin tətbiqi qaydasını İqtisadiyyat Nazirliyi yanında Dövlət "
            "Vergi Xidməti ilə dəqiqləşdirin. Əcnəbi işçilər üçün iş icazəsinə Dövlət Miqrasiya Xidmətinə "
            "işəgötürən müraciət edir.</p>",
            "<p>The exemptions apply to taxpayers registered in, and actually operating in, the liberated "
            "territories. Before starting, confirm with the State Tax Service under the Ministry of Economy "
            "how they will apply to your business, especially if your activity is close to one of the "
            "excluded ones. Work permits for foreign staff are requested by the employer from the State "
            "Migration Service.</p>",
            "<p>Льготы применяются к налогоплательщикам, зарегистрированным и фактически работающим на "
            "освобождённых территориях. До начала деятельности уточните порядок их применения в "
            "Государственной налоговой службе при Министерстве экономики, особенно если ваша деятельность "
            "близка к исключённым видам. Разрешения на работу для иностранных работников запрашивает "
            "работодатель в Государственной миграционной службе.</p>",
        ),
        "issuing_body": _t(
            "İqtisadiyyat Nazirliyi yanında Dövlət Vergi Xidməti",
            "State Tax Service under the Ministry of Economy",
            "Государственная налоговая служба при Министерстве экономики",
        ),
        "legal_basis": ["liberated-territories-decree", "tax-code", "migration-code"],
        "last_reviewed": LAST_REVIEWED,
    },
    # -----------------------------------------------------------------------
    {
        "key": "nakhchivan-tax-regime",
        "slug": _t("naxcivan-vergi-guzestleri", "nakhchivan-tax-incentives", "nalogovye-lgoty-nakhchyvan"),
        "title": _t(
            "Naxçıvanda vergi güzəştləri (2026-cı ildən)",
            "Nakhchivan tax incentives (from 2026)",
            "Налоговые льготы в Нахчыване (с 2026 года)",
        ),
        "summary": _t(
            "2026-cı il yanvarın 1-dən Naxçıvanda fəaliyyət göstərən sahibkarlara 10 il müddətinə "
            "işğaldan azad edilmiş ərazilərdəki rejimə bənzər vergi güzəştləri tətbiq olunur.",
            "From 1 January 2026, businesses in Nakhchivan receive for ten years the same package of tax "
            "exemptions as applies in the liberated territories.",
            "С 1 января 2026 года на предпринимателей в Нахчыване на 10 лет распространяется тот же пакет "
            "налоговых льгот, что и на освобождённых территориях.",
        ),
        "body": {
            "az": [
                (
                    "text",
                    "<p>2025-ci il dekabrın 9-da üçüncü oxunuşda qəbul edilmiş və 2026-cı il yanvarın 1-dən "
                    "qüvvəyə minmiş Vergi Məcəlləsi dəyişiklikləri işğaldan azad edilmiş ərazilər üçün nəzərdə "
                    "tutulmuş 10 illik güzəşt paketini Naxçıvana da şamil edib. Həmin paket mənfəət (gəlir), "
                    "əmlak, torpaq və sadələşdirilmiş vergidən, həmçinin dividendlərdən tutulan vergidən "
                    "azadolmanı əhatə edir.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Qısa məlumat",
                        "facts": [
                            {"label": "Başlama tarixi", "value": "1 yanvar 2026-cı il"},
                            {"label": "Müddət", "value": "10 il"},
                            {"label": "Hüquqi əsas", "value": "Vergi Məcəlləsi (2026-cı il dəyişiklikləri)"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>Naxçıvan üçün güzəştlərin dəqiq siyahısını, tətbiq şərtlərini və istisna "
                        "edilən fəaliyyət növlərini investisiya qərarı verməzdən əvvəl Vergi Məcəlləsinin "
                        "qüvvədə olan mətni əsasında və ya Dövlət Vergi Xidməti ilə dəqiqləşdirin.</p>",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<p>The Tax Code amendments adopted in the third reading on 9 December 2025, in force since "
                    "1 January 2026, extended the ten-year exemption package of the liberated territories to "
                    "Nakhchivan. That package covers profit (income) tax, property, land and simplified tax, and "
                    "tax on dividends.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "At a glance",
                        "facts": [
                            {"label": "Start date", "value": "1 January 2026"},
                            {"label": "Term", "value": "10 years"},
                            {"label": "Legal basis", "value": "Tax Code (2026 amendments)"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>Before making an investment decision, check the exact list of exemptions, "
                        "the conditions and any excluded activities for Nakhchivan against the current "
                        "text of the Tax Code or with the State Tax Service.</p>",
                    },
                ),
            ],
            "ru": [
                (
                    "text",
                    "<p>Поправки в Налоговый кодекс, принятые в третьем чтении 9 декабря 2025 года и "
                    "вступившие в силу 1 января 2026 года, распространили на Нахчыван десятилетний пакет "
                    "льгот, действующий на освобождённых территориях. Он включает освобождение от налога на "
                    "прибыль (подоходного налога), налогов на имущество и землю, упрощённого налога и налога "
                    "на дивиденды.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Коротко",
                        "facts": [
                            {"label": "Дата начала", "value": "1 января 2026 года"},
                            {"label": "Срок", "value": "10 лет"},
                            {"label": "Правовая основа", "value": "Налоговый кодекс (поправки 2026 года)"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "text": "<p>Прежде чем принимать инвестиционное решение, сверьте точный перечень льгот, "
                        "условия их применения и исключённые виды деятельности для Нахчывана с "
                        "действующей редакцией Налогового кодекса или уточните их в Государственной "
                        "налоговой службе.</p>",
                    },
                ),
            ],
        },
        "sectors": [],
        "regions": ["nakhchivan"],
        "min_investment": None,
        "currency": "AZN",
        "legal_forms": ["legal_entity", "individual_entrepreneur"],
        "benefits": [
            {
                "title": _t(
                    "Mənfəət və ya gəlir vergisindən azadolma",
                    "Profit or income tax exemption",
                    "Освобождение от налога на прибыль или подоходного налога",
                ),
                "description": _t(
                    "İşğaldan azad edilmiş ərazilərdə olduğu kimi.",
                    "As in the liberated territories.",
                    "Как на освобождённых территориях.",
                ),
                "duration_years": 10,
                "rate": "profit-tax",
            },
            {
                "title": _t(
                    "Əmlak və torpaq vergisindən azadolma",
                    "Property and land tax exemption",
                    "Освобождение от налогов на имущество и землю",
                ),
                "description": _t(
                    "İşğaldan azad edilmiş ərazilərdə olduğu kimi.",
                    "As in the liberated territories.",
                    "Как на освобождённых территориях.",
                ),
                "duration_years": 10,
                "rate": "property-tax-legal-entities",
            },
            {
                "title": _t(
                    "Sadələşdirilmiş vergi və dividend vergisindən azadolma",
                    "Simplified tax and dividend tax exemption",
                    "Освобождение от упрощённого налога и налога на дивиденды",
                ),
                "description": _t(
                    "İşğaldan azad edilmiş ərazilərdə olduğu kimi.",
                    "As in the liberated territories.",
                    "Как на освобождённых территориях.",
                ),
                "duration_years": 10,
                "rate": "simplified-tax",
            },
        ],
        "how_to_apply": _t(
            "<p>Güzəştlər Naxçıvanda qeydiyyatda olan və fəaliyyət göstərən vergi ödəyicilərinə Vergi "
            "Məcəlləsinə əsasən tətbiq olunur. Tətbiq qaydası barədə İqtisadiyyat Nazirliyi yanında Dövlət "
            "Vergi Xidmətinə müraciət edin.</p>",
            "<p>The exemptions apply under the Tax Code to taxpayers registered and operating in Nakhchivan. "
            "Ask the State Tax Service under the Ministry of Economy how they apply to your business.</p>",
            "<p>Льготы применяются на основании Налогового кодекса к налогоплательщикам, "
            "зарегистрированным и работающим в Нахчыване. О порядке их применения уточните в "
            "Государственной налоговой службе при Министерстве экономики.</p>",
        ),
        "issuing_body": _t(
            "İqtisadiyyat Nazirliyi yanında Dövlət Vergi Xidməti",
            "State Tax Service under the Ministry of Economy",
            "Государственная налоговая служба при Министерстве экономики",
        ),
        "legal_basis": ["tax-code"],
        "last_reviewed": LAST_REVIEWED,
    },
    # -----------------------------------------------------------------------
    {
        "key": "industrial-districts-and-agroparks",
        "slug": _t(
            "senaye-mehelleleri-ve-aqroparklar",
            "industrial-districts-and-agroparks",
            "promyshlennye-kvartaly-i-agroparki",
        ),
        "title": _t(
            "Sənaye məhəllələri və aqroparklar",
            "Industrial districts and agroparks",
            "Промышленные кварталы и агропарки",
        ),
        "summary": _t(
            "Sənaye məhəllələrində və aqroparklarda həyata keçirilən layihələr investisiya təşviqi sənədi "
            "almaq hüququ verir, bəzi sahələrdə minimal investisiya həddi isə daha aşağıdır.",
            "Projects in industrial districts and agroparks qualify for the Investment Promotion Certificate, "
            "in several sectors with lower minimum investment thresholds.",
            "Проекты в промышленных кварталах и агропарках дают право на документ о поощрении инвестиций, "
            "причём в ряде отраслей с пониженным минимальным порогом инвестиций.",
        ),
        "body": {
            "az": [
                (
                    "text",
                    "<p>İqtisadi Zonaların İnkişafı Agentliyi Masallı, Neftçala və Sabirabad sənaye "
                    "məhəllələrini, eləcə də 51 aqroparkı idarə edir. Bu ərazilərdə həyata keçirilən layihələr "
                    "2023-cü il yanvarın 1-dən investisiya təşviqi sənədinin verildiyi layihələr sırasındadır.</p>"
                    "<p>Məsələn, sənaye məhəlləsində qida məhsullarının istehsalı üçün minimal investisiya "
                    "məbləği 0,5 milyon manatdır. 2026-cı ilin fevralından sənaye məhəlləsi rezidentlərinin "
                    "strateji layihələri üçün minimal hədd 1 milyon manat müəyyən edilib, özəl sənaye "
                    "məhəllələrinin yaradılması isə strateji istiqamətlərdən biri hesab olunur.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Əsas rəqəmlər",
                        "facts": [
                            {"label": "Sənaye məhəllələri", "value": "Masallı, Neftçala, Sabirabad"},
                            {"label": "Aqroparklar", "value": "51"},
                            {
                                "label": "Qida istehsalı üçün minimal məbləğ (sənaye məhəlləsində)",
                                "value": "0,5 milyon manat",
                            },
                            {
                                "label": "Rezidentlərin strateji layihələri üçün minimal məbləğ",
                                "value": "1 milyon manat",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "text": "<p>Vergi və gömrük güzəştləri investisiya təşviqi sənədi vasitəsilə verilir. "
                        "Sənədin şərtləri və müraciət qaydası ayrıca səhifədə təsvir olunub.</p>",
                    },
                ),
            ],
            "en": [
                (
                    "text",
                    "<p>The Economic Zones Development Agency runs the Masalli, Neftchala and Sabirabad "
                    "industrial districts and 51 agroparks. Since 1 January 2023, projects located there have "
                    "been among those eligible for the Investment Promotion Certificate.</p>"
                    "<p>For food production in an industrial district, for instance, the minimum investment is "
                    "AZN 0.5 million. Since February 2026 strategic projects of industrial district residents "
                    "need at least AZN 1 million, and setting up private industrial districts is itself one of "
                    "the strategic directions.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Key figures",
                        "facts": [
                            {"label": "Industrial districts", "value": "Masalli, Neftchala, Sabirabad"},
                            {"label": "Agroparks", "value": "51"},
                            {"label": "Minimum for food production (industrial district)", "value": "AZN 0.5 million"},
                            {"label": "Minimum for residents' strategic projects", "value": "AZN 1 million"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "text": "<p>The tax and customs exemptions are granted through the Investment Promotion "
                        "Certificate. Its conditions and application procedure are described on a "
                        "separate page.</p>",
                    },
                ),
            ],
            "ru": [
                (
                    "text",
                    "<p>Агентство развития экономических зон управляет Масаллинским, Нефтчалинским и "
                    "Сабирабадским промышленными кварталами, а также 51 агропарком. С 1 января 2023 года "
                    "проекты, реализуемые на этих территориях, входят в число тех, на которые выдаётся документ "
                    "о поощрении инвестиций.</p>"
                    "<p>Например, для производства продуктов питания в промышленном квартале минимальная сумма "
                    "инвестиций составляет 0,5 млн манатов. С февраля 2026 года для стратегических проектов "
                    "резидентов промышленных кварталов порог установлен в 1 млн манатов, а создание частных "
                    "промышленных кварталов само по себе отнесено к стратегическим направлениям.</p>",
                ),
                (
                    "key_facts",
                    {
                        "heading": "Основные цифры",
                        "facts": [
                            {"label": "Промышленные кварталы", "value": "Масаллы, Нефтчала, Сабирабад"},
                            {"label": "Агропарки", "value": "51"},
                            {
                                "label": "Минимум для производства продуктов питания (промышленный квартал)",
                                "value": "0,5 млн манатов",
                            },
                            {"label": "Минимум для стратегических проектов резидентов", "value": "1 млн манатов"},
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "text": "<p>Налоговые и таможенные льготы предоставляются через документ о поощрении "
                        "инвестиций. Его условия и порядок получения описаны на отдельной странице.</p>",
                    },
                ),
            ],
        },
        "sectors": [],
        "regions": [],
        "min_investment": None,
        "currency": "AZN",
        "legal_forms": ["legal_entity", "individual_entrepreneur"],
        "state_share_limit": 30,
        "sector_minimums": [("chemicals", "1000000", "AZN"), ("pharmaceuticals", "5000000", "AZN")],
        "conditions_to_check": [
            {
                "condition": _t(
                    "Sənaye məhəlləsində və ya aqroparkda yer.",
                    "A site in an industrial district or an agropark.",
                    "Участок в промышленном квартале или агропарке.",
                ),
                "check_with": _t(
                    "İqtisadi Zonaların İnkişafı Agentliyi",
                    "Economic Zones Development Agency",
                    "Агентство развития экономических зон",
                ),
            },
            {
                "condition": _t(
                    "İnvestisiyanın həcmi fəaliyyət sahəsi üçün müəyyən edilmiş minimal məbləğdən az deyil.",
                    "The investment reaches the minimum set for the activity.",
                    "Объём инвестиций не ниже минимальной суммы для вида деятельности.",
                ),
                "check_with": _t("İqtisadiyyat Nazirliyi", "Ministry of Economy", "Министерство экономики"),
            },
        ],
        "benefits": [
            {
                "title": _t(
                    "Mənfəət vergisinin 50%-dən azadolma",
                    "Profit tax cut by half",
                    "Освобождение от 50% налога на прибыль",
                ),
                "description": _t(
                    "İnvestisiya təşviqi sənədi əsasında.",
                    "Under the Investment Promotion Certificate.",
                    "На основании документа о поощрении инвестиций.",
                ),
                "duration_years": 7,
                "rate": "profit-tax",
            },
            {
                "title": _t(
                    "Əmlak və torpaq vergisindən azadolma",
                    "Property and land tax exemption",
                    "Освобождение от налогов на имущество и землю",
                ),
                "description": _t(
                    "İnvestisiya təşviqi sənədi əsasında.",
                    "Under the Investment Promotion Certificate.",
                    "На основании документа о поощрении инвестиций.",
                ),
                "duration_years": 7,
                "rate": "property-tax-legal-entities",
            },
            {
                "title": _t(
                    "İdxal olunan texnikaya görə ƏDV və gömrük rüsumlarından azadolma",
                    "No VAT or customs duties on imported machinery",
                    "Освобождение от НДС и таможенных пошлин при ввозе техники",
                ),
                "description": _t(
                    "Təsdiqedici sənəd əsasında.",
                    "On the basis of a confirmation document.",
                    "На основании подтверждающего документа.",
                ),
                "duration_years": 7,
                "rate": "import-vat",
            },
        ],
        "how_to_apply": _t(
            "<p>Sənaye məhəlləsində və ya aqroparkda yer barədə İqtisadi Zonaların İnkişafı Agentliyinə, "
            "investisiya təşviqi sənədi üçün isə İqtisadiyyat Nazirliyinə müraciət edin.</p>",
            "<p>Contact the Economic Zones Development Agency about a site in an industrial district or "
            "agropark, and apply to the Ministry of Economy for the Investment Promotion Certificate.</p>",
            "<p>По вопросу размещения в промышленном квартале или агропарке обращайтесь в Агентство "
            "развития экономических зон, за документом о поощрении инвестиций — в Министерство "
            "экономики.</p>",
        ),
        "issuing_body": _t(
            "İqtisadiyyat Nazirliyi və İqtisadi Zonaların İnkişafı Agentliyi",
            "Ministry of Economy and Economic Zones Development Agency",
            "Министерство экономики и Агентство развития экономических зон",
        ),
        "legal_basis": ["decree-745-its", "decree-1913-its", "eco-zones-agency-decree"],
        "last_reviewed": LAST_REVIEWED,
    },
]


# ===========================================================================
# PRIORITY SECTORS
# ===========================================================================

PRIORITY_SECTORS = [
    # -----------------------------------------------------------------------
    {
        "key": "agro-food",
        "slug": _t(
            "kend-teserrufati-ve-qida-emali",
            "agriculture-and-food-processing",
            "selskoe-khozyaystvo-i-pishchevaya-pererabotka",
        ),
        "title": _t(
            "Kənd təsərrüfatı və qida emalı",
            "Agriculture and food processing",
            "Сельское хозяйство и пищевая переработка",
        ),
        "summary": _t(
            "Aqroparklarda, sənaye məhəllələrində və regionlarda qida emalı layihələri investisiya təşviqi "
            "sənədi ilə dəstəklənir; Qarabağda və Şərqi Zəngəzurda isə 10 illik vergi güzəştləri tətbiq olunur.",
            "Food processing projects in agroparks, industrial districts and the regions are supported by the "
            "Investment Promotion Certificate, and Karabakh and East Zangezur offer ten-year tax exemptions.",
            "Проекты пищевой переработки в агропарках, промышленных кварталах и регионах поддерживаются "
            "документом о поощрении инвестиций, а в Карабахе и Восточном Зангезуре действуют "
            "десятилетние налоговые льготы.",
        ),
        "sector": "agriculture",
        "overview": _t(
            "<p>Kənd təsərrüfatı məhsullarının emalı 2016-cı ilin sonunda qəbul edilmiş Strateji Yol "
            "Xəritələrinin əhatə etdiyi sahələrdən biridir. Qida məhsullarının istehsalı investisiya "
            "təşviqi sənədi ilə dəstəklənən fəaliyyət növləri sırasındadır: sənaye məhəlləsində minimal "
            "investisiya məbləği 0,5 milyon manat, müəyyən edilmiş ərazilərdə isə 0,3 milyon manatdır.</p>"
            "<p>İqtisadi Zonaların İnkişafı Agentliyi 51 aqroparkı, həmçinin Masallı, Neftçala və Sabirabad "
            "sənaye məhəllələrini idarə edir. Qarabağ və Şərqi Zəngəzurda fəaliyyət göstərən emal "
            "müəssisələri işğaldan azad edilmiş ərazilər üçün nəzərdə tutulmuş 10 illik vergi "
            "güzəştlərindən, o cümlədən müəyyən istehsal sahələri üçün idxal olunan xammala görə ƏDV-dən "
            "azadolmadan istifadə edə bilər.</p>"
            "<p>Xammalın və texnikanın böyük hissəsi idxal rüsumundan azaddır, hazır məhsullar və kənd "
            "təsərrüfatı məhsulları isə adətən 15% rüsuma cəlb olunur. Yerli emal ilə idxalı müqayisə "
            "edərkən bunu nəzərə almaq tövsiyə olunur.</p>",
            "<p>Agricultural processing is one of the sectors covered by the Strategic Road Maps adopted at "
            "the end of 2016. Food production is among the activities supported by the Investment "
            "Promotion Certificate, with a minimum investment of AZN 0.5 million in an industrial district "
            "and AZN 0.3 million in the designated territories.</p>"
            "<p>The Economic Zones Development Agency runs 51 agroparks and the Masalli, Neftchala and "
            "Sabirabad industrial districts. Processors operating in Karabakh and East Zangezur can use the "
            "ten-year tax exemptions of the liberated territories, including the import VAT exemption on "
            "raw materials for certain types of manufacturing.</p>"
            "<p>Most raw materials and machinery enter duty-free, while finished goods and agricultural "
            "products typically carry a 15% import duty, a point worth weighing when comparing local "
            "processing with imports.</p>",
            "<p>Переработка сельскохозяйственной продукции входит в число отраслей, охваченных "
            "Стратегическими дорожными картами, принятыми в конце 2016 года. Производство продуктов "
            "питания относится к видам деятельности, поддерживаемым документом о поощрении инвестиций: "
            "минимальная сумма инвестиций составляет 0,5 млн манатов в промышленном квартале и 0,3 млн "
            "манатов на определённых территориях.</p>"
            "<p>Агентство развития экономических зон управляет 51 агропарком, а также Масаллинским, "
            "Нефтчалинским и Сабирабадским промышленными кварталами. Перерабатывающие предприятия в "
            "Карабахе и Восточном Зангезуре могут пользоваться десятилетними налоговыми льготами для "
            "освобождённых территорий, включая освобождение от НДС при ввозе сырья для отдельных видов "
            "производства.</p>"
            "<p>Большая часть сырья и техники ввозится без пошлин, тогда как готовые товары и "
            "сельскохозяйственная продукция обычно облагаются пошлиной 15%. Это стоит учитывать, "
            "сравнивая местную переработку с импортом.</p>",
        ),
        "key_figures": [
            {"label": _t("Aqroparklar", "Agroparks", "Агропарки"), "value": _t("51", "51", "51"), "source": URL_EZ_FAQ},
            {
                "label": _t(
                    "Qida istehsalı üçün minimal məbləğ (sənaye məhəlləsi)",
                    "Minimum for food production (industrial district)",
                    "Минимум для производства продуктов питания (промышленный квартал)",
                ),
                "value": _t("0,5 milyon manat", "AZN 0.5 million", "0,5 млн манатов"),
                "source": URL_ITS_MINIMUMS,
            },
            {
                "label": _t(
                    "Kənd təsərrüfatı məhsullarına adi idxal rüsumu",
                    "Typical import duty on agricultural products",
                    "Обычная ввозная пошлина на сельхозпродукцию",
                ),
                "value": _t("15%", "15%", "15%"),
                "source": URL_TARIFFS,
            },
        ],
        "opportunities": [
            {
                "title": _t("İstixana təsərrüfatı", "Greenhouse production", "Тепличное производство"),
                "text": _t(
                    "Sənaye parklarında və aqroparklarda, o cümlədən işğaldan azad edilmiş ərazilərdə il boyu tərəvəz istehsalı.",
                    "Year-round vegetable growing in industrial parks and agroparks, including in the liberated territories.",
                    "Круглогодичное выращивание овощей в промышленных парках и агропарках, в том числе на освобождённых территориях.",
                ),
            },
            {
                "title": _t("Meyvə-tərəvəz emalı", "Fruit and vegetable processing", "Переработка фруктов и овощей"),
                "text": _t(
                    "İstehsal rayonlarına yaxın emal, qablaşdırma və soyuducu anbar təsərrüfatı.",
                    "Processing, packing and cold storage close to the growing areas.",
                    "Переработка, упаковка и холодильное хранение рядом с районами выращивания.",
                ),
            },
            {
                "title": _t(
                    "Taxıl saxlanması və yem istehsalı",
                    "Grain storage and feed",
                    "Хранение зерна и производство кормов",
                ),
                "text": _t(
                    "Sənaye məhəllələrində taxıl anbarları və yem zavodları.",
                    "Grain elevators and feed mills in the industrial districts.",
                    "Элеваторы и комбикормовые заводы в промышленных кварталах.",
                ),
            },
        ],
        "incentives": [
            "investment-promotion-certificate",
            "industrial-districts-and-agroparks",
            "liberated-territories",
        ],
        "projects": [
            "aghdam-greenhouse",
            "araz-valley-fruit-processing",
            "masalli-food-processing",
            "sabirabad-grain-storage",
        ],
    },
    # -----------------------------------------------------------------------
    {
        "key": "chemicals",
        "slug": _t("kimya-ve-neft-kimya", "chemicals-and-petrochemicals", "khimiya-i-neftekhimiya"),
        "title": _t("Kimya və neft-kimya", "Chemicals and petrochemicals", "Химия и нефтехимия"),
        "summary": _t(
            "Sumqayıt Kimya Sənaye Parkı kimya və neft-kimya layihələri üçün hazır sənaye meydançası və 10 "
            "illik vergi güzəştləri təklif edir.",
            "The Sumgait Chemical Industrial Park offers a ready industrial site and ten-year tax exemptions "
            "for chemical and petrochemical projects.",
            "Сумгайытский химический промышленный парк предлагает готовую промышленную площадку и "
            "десятилетние налоговые льготы для химических и нефтехимических проектов.",
        ),
        "sector": "chemicals",
        "overview": _t(
            "<p>Sumqayıt Kimya Sənaye Parkı kimya və neft-kimya, maşınqayırma, tikinti materialları, "
            "metallurgiya və elektrotexnika sahələri üzrə ixtisaslaşıb. Parkı İqtisadiyyat Nazirliyi "
            "yanında İqtisadi Zonaların İnkişafı Agentliyi idarə edir. Rezidentlər qeydiyyat tarixindən "
            "10 il mənfəət, əmlak və torpaq vergisindən, habelə texnika və avadanlığın idxalında ƏDV-dən "
            "azad edilir.</p>"
            "<p>Torpaq uzunmüddətli icarəyə verilir: ilk hektar üçün ildə 1 600 manat, hər növbəti hektar "
            "üçün 3 200 manat. Parkdan kənarda həyata keçirilən kimya layihələri ərazidən asılı olaraq 1 "
            "milyon və ya 0,5 milyon manatdan başlayan investisiya həcmi ilə investisiya təşviqi sənədi "
            "ala bilər.</p>",
            "<p>The Sumgait Chemical Industrial Park specialises in chemicals and petrochemicals, machinery, "
            "construction materials, metallurgy and electrical engineering. It is run by the Economic Zones "
            "Development Agency under the Ministry of Economy. Residents are exempt for ten years from "
            "registration from profit, property and land tax and from import VAT on machinery and "
            "equipment.</p>"
            "<p>Land is leased long-term at AZN 1,600 a year for the first hectare and AZN 3,200 for each "
            "further hectare. Chemical projects outside the park can obtain the Investment Promotion "
            "Certificate with an investment from AZN 1 million or AZN 0.5 million, depending on the "
            "location.</p>",
            "<p>Сумгайытский химический промышленный парк специализируется на химии и нефтехимии, "
            "машиностроении, строительных материалах, металлургии и электротехнике. Им управляет "
            "Агентство развития экономических зон при Министерстве экономики. Резиденты на 10 лет с даты "
            "регистрации освобождаются от налогов на прибыль, имущество и землю, а также от НДС при "
            "ввозе техники и оборудования.</p>"
            "<p>Земля предоставляется в долгосрочную аренду: 1 600 манатов в год за первый гектар и 3 200 "
            "манатов за каждый следующий. Химические проекты за пределами парка могут получить документ о "
            "поощрении инвестиций при объёме вложений от 1 млн или 0,5 млн манатов в зависимости от места "
            "реализации.</p>",
        ),
        "key_figures": [
            {
                "label": _t("İcarə haqqı, ilk hektar", "Land lease, first hectare", "Аренда, первый гектар"),
                "value": _t("ildə 1 600 manat", "AZN 1,600 a year", "1 600 манатов в год"),
                "source": URL_EZ,
            },
            {
                "label": _t(
                    "İcarə haqqı, hər növbəti hektar",
                    "Land lease, each further hectare",
                    "Аренда, каждый следующий гектар",
                ),
                "value": _t("ildə 3 200 manat", "AZN 3,200 a year", "3 200 манатов в год"),
                "source": URL_EZ,
            },
            {
                "label": _t(
                    "Rezidentlər üçün vergi güzəştləri",
                    "Tax exemptions for residents",
                    "Налоговые льготы для резидентов",
                ),
                "value": _t("10 il", "10 years", "10 лет"),
                "source": URL_EZ_BENEFITS,
            },
        ],
        "opportunities": [
            {
                "title": _t("Polimer məmulatları", "Polymer products", "Полимерные изделия"),
                "text": _t(
                    "Qablaşdırma, borular, plyonkalar və digər plastik məmulatların istehsalı.",
                    "Packaging, pipes, films and other plastic products.",
                    "Производство упаковки, труб, плёнок и других изделий из пластмасс.",
                ),
            },
            {
                "title": _t("Tikinti kimyası", "Construction chemicals", "Строительная химия"),
                "text": _t(
                    "Quru qarışıqlar, boyalar və izolyasiya materialları.",
                    "Dry mixes, paints and insulation materials.",
                    "Сухие смеси, краски и изоляционные материалы.",
                ),
            },
        ],
        "incentives": ["industrial-parks", "investment-promotion-certificate"],
        "projects": ["sumgait-polymer-products", "sumgait-dry-mix"],
    },
    # -----------------------------------------------------------------------
    {
        "key": "pharmaceuticals",
        "slug": _t("eczaciliq", "pharmaceuticals", "farmatsevtika"),
        "title": _t("Əczaçılıq", "Pharmaceuticals", "Фармацевтика"),
        "summary": _t(
            "Pirallahı Sənaye Parkı əczaçılıq istehsalı üçün nəzərdə tutulub; rezidentlər 10 il vergi "
            "güzəştlərindən yararlanır.",
            "The Pirallahi Industrial Park is dedicated to pharmaceutical manufacturing, and its residents "
            "enjoy ten-year tax exemptions.",
            "Пираллахинский промышленный парк предназначен для фармацевтического производства; его "
            "резиденты пользуются десятилетними налоговыми льготами.",
        ),
        "sector": "pharmaceuticals",
        "overview": _t(
            "<p>Bakının Pirallahı rayonunda yerləşən Pirallahı Sənaye Parkı əczaçılıq sahəsi üzrə "
            "ixtisaslaşıb. Rezidentlər qeydiyyat tarixindən 10 il mənfəət, əmlak və torpaq vergisindən, "
            "habelə texnika və avadanlığın idxalında ƏDV-dən azad edilir. Torpaq ilk hektar üçün ildə "
            "2 000 manat, hər növbəti hektar üçün 4 000 manat haqla icarəyə verilir.</p>"
            "<p>Park güzəştləri idxal olunan xammala şamil edilmir, bu səbəbdən substansiyaların və "
            "köməkçi maddələrin idxal xərclərini maliyyə modelində nəzərə almaq lazımdır. Parkdan kənarda "
            "əczaçılıq layihələri üçün investisiya təşviqi sənədinin minimal həddi 5 milyon manatdır.</p>",
            "<p>The Pirallahi Industrial Park, in Baku's Pirallahi district, specialises in "
            "pharmaceuticals. Residents are exempt for ten years from registration from profit, property "
            "and land tax and from import VAT on machinery and equipment. Land is leased at AZN 2,000 a year "
            "for the first hectare and AZN 4,000 for each further hectare.</p>"
            "<p>Park benefits do not extend to imported raw materials, so the cost of importing active "
            "substances and excipients should be built into the financial model. Outside the park, the "
            "minimum investment for an Investment Promotion Certificate in pharmaceuticals is "
            "AZN 5 million.</p>",
            "<p>Пираллахинский промышленный парк в Пираллахинском районе Баку специализируется на "
            "фармацевтике. Резиденты на 10 лет с даты регистрации освобождаются от налогов на прибыль, "
            "имущество и землю, а также от НДС при ввозе техники и оборудования. Аренда земли — 2 000 "
            "манатов в год за первый гектар и 4 000 манатов за каждый следующий.</p>"
            "<p>Льготы парка не распространяются на ввозимое сырьё, поэтому затраты на импорт "
            "действующих и вспомогательных веществ нужно заложить в финансовую модель. За пределами "
            "парка минимальный объём инвестиций для получения документа о поощрении инвестиций в "
            "фармацевтике составляет 5 млн манатов.</p>",
        ),
        "key_figures": [
            {
                "label": _t("İcarə haqqı, ilk hektar", "Land lease, first hectare", "Аренда, первый гектар"),
                "value": _t("ildə 2 000 manat", "AZN 2,000 a year", "2 000 манатов в год"),
                "source": URL_EZ,
            },
            {
                "label": _t(
                    "İcarə haqqı, hər növbəti hektar",
                    "Land lease, each further hectare",
                    "Аренда, каждый следующий гектар",
                ),
                "value": _t("ildə 4 000 manat", "AZN 4,000 a year", "4 000 манатов в год"),
                "source": URL_EZ,
            },
            {
                "label": _t(
                    "İnvestisiya təşviqi sənədi üçün minimal məbləğ",
                    "Minimum for the Investment Promotion Certificate",
                    "Минимум для документа о поощрении инвестиций",
                ),
                "value": _t("5 milyon manat", "AZN 5 million", "5 млн манатов"),
                "source": URL_ITS_MINIMUMS,
            },
        ],
        "opportunities": [
            {
                "title": _t("Generik dərman vasitələri", "Generic medicines", "Дженерические лекарства"),
                "text": _t(
                    "Bərk və maye dozalı generik preparatların istehsalı.",
                    "Manufacturing of solid and liquid generic dosage forms.",
                    "Производство твёрдых и жидких лекарственных форм дженериков.",
                ),
            },
            {
                "title": _t("Tibbi sərf materialları", "Medical consumables", "Медицинские расходные материалы"),
                "text": _t(
                    "Birdəfəlik tibbi məmulatlar və qablaşdırma.",
                    "Single-use medical products and packaging.",
                    "Одноразовые медицинские изделия и упаковка.",
                ),
            },
        ],
        "incentives": ["industrial-parks", "investment-promotion-certificate"],
        "projects": ["pirallahi-pharma"],
    },
    # -----------------------------------------------------------------------
    {
        "key": "textiles",
        "slug": _t("toxuculuq-ve-yungul-senaye", "textiles-and-light-industry", "tekstilnaya-i-legkaya-promyshlennost"),
        "title": _t("Toxuculuq və yüngül sənaye", "Textiles and light industry", "Текстильная и лёгкая промышленность"),
        "summary": _t(
            "Mingəçevir Sənaye Parkı toxuculuq üzrə ixtisaslaşıb; regionlarda yüngül sənaye layihələri "
            "investisiya təşviqi sənədi ala bilər.",
            "The Mingachevir Industrial Park specialises in textiles, and light industry projects in the "
            "regions can obtain the Investment Promotion Certificate.",
            "Мингячевирский промышленный парк специализируется на текстиле, а проекты лёгкой "
            "промышленности в регионах могут получить документ о поощрении инвестиций.",
        ),
        "sector": "textiles",
        "overview": _t(
            "<p>Kiçik və orta sahibkarlıq səviyyəsində istehlak mallarının istehsalı Strateji Yol "
            "Xəritələrinin əhatə etdiyi sahələrdəndir. Mərkəzi Aran iqtisadi rayonunda yerləşən Mingəçevir "
            "Sənaye Parkı toxuculuq üzrə ixtisaslaşıb və rezidentlərinə 10 il mənfəət, əmlak və torpaq "
            "vergisindən, texnika və avadanlığın idxalında ƏDV-dən azadolma təklif edir.</p>"
            "<p>Parkdan kənarda, Bakı, Sumqayıt, Gəncə, Abşeron və işğaldan azad edilmiş ərazilərdən "
            "(bu ərazilər üçün ayrıca rejim var) başqa şəhər və rayonlarda həyata keçirilən sənaye "
            "layihələri investisiya təşviqi sənədi əsasında 7 il müddətinə güzəştlər ala bilər.</p>",
            "<p>Consumer goods manufacturing by small and medium-sized businesses is one of the sectors "
            "covered by the Strategic Road Maps. The Mingachevir Industrial Park in the Central Aran "
            "economic region specialises in textiles and offers its residents ten years of exemption from "
            "profit, property and land tax and from import VAT on machinery and equipment.</p>"
            "<p>Outside the park, industrial projects in cities and districts other than Baku, Sumgait, "
            "Ganja, Absheron and the liberated territories (which have their own regime) can receive seven years of exemptions under the Investment Promotion "
            "Certificate.</p>",
            "<p>Производство потребительских товаров малым и средним бизнесом входит в число отраслей, "
            "охваченных Стратегическими дорожными картами. Мингячевирский промышленный парк в "
            "Центрально-Аранском экономическом районе специализируется на текстиле и предоставляет "
            "резидентам на 10 лет освобождение от налогов на прибыль, имущество и землю, а также от НДС "
            "при ввозе техники и оборудования.</p>"
            "<p>За пределами парка промышленные проекты в городах и районах, кроме Баку, Сумгайыта, "
            "Гянджи, Абшерона и освобождённых территорий (для них действует отдельный режим), могут получить льготы на 7 лет на основании документа о поощрении "
            "инвестиций.</p>",
        ),
        "key_figures": [
            {
                "label": _t(
                    "Park rezidentləri üçün vergi güzəştləri",
                    "Tax exemptions for park residents",
                    "Налоговые льготы для резидентов парка",
                ),
                "value": _t("10 il", "10 years", "10 лет"),
                "source": URL_EZ_BENEFITS,
            },
            {
                "label": _t(
                    "İnvestisiya təşviqi sənədi üzrə güzəştlər",
                    "Exemptions under the Investment Promotion Certificate",
                    "Льготы по документу о поощрении инвестиций",
                ),
                "value": _t("7 il", "7 years", "7 лет"),
                "source": URL_ITS,
            },
        ],
        "opportunities": [
            {
                "title": _t("İplik və parça istehsalı", "Yarn and fabric production", "Производство пряжи и тканей"),
                "text": _t(
                    "Əyirmə, toxuma və boyama-bitirmə prosesləri.",
                    "Spinning, weaving, dyeing and finishing.",
                    "Прядение, ткачество, крашение и отделка.",
                ),
            },
            {
                "title": _t("Tikiş istehsalı", "Garment manufacturing", "Швейное производство"),
                "text": _t(
                    "Geyim, iş paltarı və ev tekstili.",
                    "Apparel, workwear and home textiles.",
                    "Одежда, спецодежда и домашний текстиль.",
                ),
            },
        ],
        "incentives": ["industrial-parks", "investment-promotion-certificate"],
        "projects": ["mingachevir-textile"],
    },
    # -----------------------------------------------------------------------
    {
        "key": "ict",
        "slug": _t("informasiya-texnologiyalari", "information-technology", "informatsionnye-tekhnologii"),
        "title": _t("İnformasiya texnologiyaları", "Information technology", "Информационные технологии"),
        "summary": _t(
            "Texnopark rezidenti olan İT şirkətləri 10 il əsas vergilərdən azaddır, işçilərinin gəlir vergisi "
            "isə 5% təşkil edir.",
            "IT companies with technopark residency are exempt from the main business taxes for ten years, "
            "and their employees pay 5% income tax.",
            "IT-компании со статусом резидента технопарка на 10 лет освобождены от основных налогов, а их "
            "работники платят подоходный налог по ставке 5%.",
        ),
        "sector": "ict",
        "overview": _t(
            "<p>İnformasiya-kommunikasiya texnologiyaları Strateji Yol Xəritələrində prioritet sahələrdən "
            "biri kimi göstərilib. 2023-cü il yanvarın 1-dən sistem inteqrasiyası və proqram təminatı ilə "
            "məşğul olan şirkətlər İnnovasiya və Rəqəmsal İnkişaf Agentliyindən texnopark rezidenti "
            "statusu ala bilər; bunun üçün texnopark ərazisində yerləşmək şərt deyil.</p>"
            "<p>Rezidentlər 10 il mənfəət (gəlir) vergisindən, dividendlərdən tutulan vergidən, əmlak və "
            "torpaq vergisindən azaddır. 2026-cı ildən işçilərin əmək haqqına 7 il müddətinə 5% gəlir "
            "vergisi tətbiq olunur, əcnəbi mütəxəssislər üçün iş icazəsi tələb edilmir.</p>",
            "<p>Information and communication technology is one of the sectors covered by the Strategic "
            "Road Maps. Since 1 January 2023 companies working in system integration and software can obtain "
            "technopark residency from the Innovation and Digital Development Agency, without having to be "
            "located in a technopark.</p>"
            "<p>Residents are exempt for ten years from profit (income) tax, withholding tax on dividends, "
            "and property and land tax. From 2026 their employees' salaries are taxed at 5% for seven years, "
            "and foreign specialists do not need work permits.</p>",
            "<p>Информационно-коммуникационные технологии входят в число отраслей, охваченных "
            "Стратегическими дорожными картами. С 1 января 2023 года компании, занимающиеся системной "
            "интеграцией и программным обеспечением, могут получить статус резидента технопарка от "
            "Агентства инноваций и цифрового развития, не размещаясь на территории технопарка.</p>"
            "<p>Резиденты на 10 лет освобождены от налога на прибыль (подоходного налога), налога на "
            "дивиденды, налогов на имущество и землю. С 2026 года зарплата их работников на семь лет "
            "облагается по ставке 5%, а иностранным специалистам не требуется разрешение на работу.</p>",
        ),
        "key_figures": [
            {
                "label": _t(
                    "Əsas vergilərdən azadolma",
                    "Exemption from main business taxes",
                    "Освобождение от основных налогов",
                ),
                "value": _t("10 il", "10 years", "10 лет"),
                "source": URL_TECHNOPARK,
            },
            {
                "label": _t(
                    "İşçilərin gəlir vergisi (2026-cı ildən 7 il)",
                    "Employees' income tax (7 years from 2026)",
                    "Подоходный налог работников (7 лет с 2026 года)",
                ),
                "value": _t("5%", "5%", "5%"),
                "source": URL_TECHNOPARK,
            },
            {
                "label": _t(
                    "Əcnəbi mütəxəssislər üçün iş icazəsi",
                    "Work permits for foreign specialists",
                    "Разрешение на работу для иностранных специалистов",
                ),
                "value": _t("Tələb olunmur", "Not required", "Не требуется"),
                "source": URL_TECHNOPARK,
            },
        ],
        "opportunities": [
            {
                "title": _t("Proqram təminatı mərkəzləri", "Software development centres", "Центры разработки ПО"),
                "text": _t(
                    "Beynəlxalq müştərilər üçün proqram məhsullarının hazırlanması.",
                    "Building software products for international clients.",
                    "Разработка программных продуктов для международных клиентов.",
                ),
            },
            {
                "title": _t("Sistem inteqrasiyası", "System integration", "Системная интеграция"),
                "text": _t(
                    "Dövlət və özəl sektor üçün inteqrasiya layihələri.",
                    "Integration projects for public and private customers.",
                    "Интеграционные проекты для государственных и частных заказчиков.",
                ),
            },
        ],
        "incentives": ["technology-parks"],
        "projects": ["baku-software-centre"],
    },
    # -----------------------------------------------------------------------
    {
        "key": "tourism",
        "slug": _t("turizm", "tourism", "turizm"),
        "title": _t("Turizm", "Tourism", "Туризм"),
        "summary": _t(
            "Turizm investisiya təşviqi sənədinin verildiyi iki sahədən biridir; regionlarda və "
            "turizm-rekreasiya zonalarında otel layihələri 7 illik güzəştlərdən yararlana bilər.",
            "Tourism is one of the two sectors for which the Investment Promotion Certificate is issued, and "
            "hotel projects in the regions and in tourism and recreation zones can qualify for seven years "
            "of exemptions.",
            "Туризм — одна из двух отраслей, для которых выдаётся документ о поощрении инвестиций; "
            "гостиничные проекты в регионах и туристско-рекреационных зонах могут получить льготы на "
            "7 лет.",
        ),
        "sector": "tourism",
        "overview": _t(
            "<p>Turizm Strateji Yol Xəritələrinin əhatə etdiyi sahələrdəndir. İnvestisiya təşviqi sənədi "
            "sənaye ilə yanaşı turizm layihələrinə də verilir: turizm-rekreasiya zonalarında, habelə Bakı, "
            "Sumqayıt, Gəncə, Abşeron və işğaldan azad edilmiş ərazilərdən başqa şəhər və rayonlarda "
            "həyata keçirilən layihələr sənəd almaq hüququna malikdir.</p>"
            "<p>Qarabağda və Şərqi Zəngəzurda qeydiyyatda olan və fəaliyyət göstərən turizm müəssisələri "
            "isə 10 il mənfəət, əmlak və torpaq vergisindən azaddır, işəgötürənin sosial sığorta haqları "
            "üzrə də güzəşt tətbiq olunur.</p>",
            "<p>Tourism is one of the sectors covered by the Strategic Road Maps. The Investment Promotion "
            "Certificate is issued for tourism as well as industrial projects: those in tourism and "
            "recreation zones and in cities and districts other than Baku, Sumgait, Ganja, Absheron "
            "and the liberated territories are eligible.</p>"
            "<p>Tourism businesses registered and operating in Karabakh and East Zangezur are exempt for ten "
            "years from profit, property and land tax and also benefit from relief on employer social "
            "insurance contributions.</p>",
            "<p>Туризм входит в число отраслей, охваченных Стратегическими дорожными картами. Документ о "
            "поощрении инвестиций выдаётся не только промышленным, но и туристическим проектам: право на "
            "него имеют проекты в туристско-рекреационных зонах, а также в городах и районах, кроме Баку, "
            "Сумгайыта, Гянджи, Абшерона и освобождённых территорий.</p>"
            "<p>Туристические предприятия, зарегистрированные и работающие в Карабахе и Восточном "
            "Зангезуре, на 10 лет освобождены от налогов на прибыль, имущество и землю и пользуются "
            "льготой по социальным взносам работодателя.</p>",
        ),
        "key_figures": [
            {
                "label": _t(
                    "Güzəştlərin müddəti (investisiya təşviqi sənədi)",
                    "Term of exemptions (Investment Promotion Certificate)",
                    "Срок льгот (документ о поощрении инвестиций)",
                ),
                "value": _t("7 il", "7 years", "7 лет"),
                "source": URL_ITS,
            },
            {
                "label": _t("Sənədin verilmə müddəti", "Time to issue the certificate", "Срок выдачи документа"),
                "value": _t("5 iş günü", "5 working days", "5 рабочих дней"),
                "source": URL_ITS_FAQ_AZ,
            },
            {
                "label": _t(
                    "Bütün sahələr üzrə verilmiş sənədlər (1 oktyabr 2025)",
                    "Certificates issued, all sectors (1 October 2025)",
                    "Выдано документов по всем отраслям (1 октября 2025 года)",
                ),
                "value": _t("612", "612", "612"),
                "source": URL_ITS_UPTAKE,
            },
        ],
        "opportunities": [
            {
                "title": _t("Regional otellər", "Regional hotels", "Региональные гостиницы"),
                "text": _t(
                    "Tarixi şəhərlərdə və regional mərkəzlərdə orta və butik otellər.",
                    "Mid-range and boutique hotels in historic towns and regional centres.",
                    "Гостиницы среднего класса и бутик-отели в исторических городах и региональных центрах.",
                ),
            },
            {
                "title": _t("Dağ istirahəti", "Mountain recreation", "Горный отдых"),
                "text": _t(
                    "Şimal-şərq və şimal-qərb rayonlarında istirahət kompleksləri.",
                    "Recreation complexes in the north-eastern and north-western districts.",
                    "Рекреационные комплексы в северо-восточных и северо-западных районах.",
                ),
            },
            {
                "title": _t("Qarabağda qonaqpərvərlik", "Hospitality in Karabakh", "Гостеприимство в Карабахе"),
                "text": _t(
                    "10 illik vergi güzəştləri ilə otel və qonaq evləri.",
                    "Hotels and guest houses with ten-year tax exemptions.",
                    "Гостиницы и гостевые дома с десятилетними налоговыми льготами.",
                ),
            },
        ],
        "incentives": ["investment-promotion-certificate", "liberated-territories"],
        "projects": ["sheki-hotel", "guba-mountain-resort", "shusha-hotel"],
    },
    # -----------------------------------------------------------------------
    {
        "key": "logistics",
        "slug": _t("logistika-ve-neqliyyat", "logistics-and-transport", "logistika-i-transport"),
        "title": _t("Logistika və nəqliyyat", "Logistics and transport", "Логистика и транспорт"),
        "summary": _t(
            "Bakı Beynəlxalq Dəniz Ticarət Limanının yanındakı Ələt Azad İqtisadi Zonası ixrac yönümlü "
            "logistika və istehsal üçün xüsusi vergi və gömrük rejimi təklif edir.",
            "The Alat Free Economic Zone, next to the Baku International Sea Trade Port, offers a special tax "
            "and customs regime for export-oriented logistics and manufacturing.",
            "Алятская свободная экономическая зона рядом с Бакинским международным морским торговым "
            "портом предлагает особый налоговый и таможенный режим для экспортно ориентированной "
            "логистики и производства.",
        ),
        "sector": "logistics",
        "overview": _t(
            "<p>Logistika və ticarət Strateji Yol Xəritələrinin əhatə etdiyi sahələrdəndir. Bakı "
            "Beynəlxalq Dəniz Ticarət Limanına bitişik Ələt Azad İqtisadi Zonası 4 312,56 hektar ərazini "
            "əhatə edir və öz qanunu ilə tənzimlənir. Zona iştirakçıları ƏDV-dən və korporativ "
            "vergilərdən azaddır, zonaya daxil olan və zonadan çıxan mallara gömrük rüsumu tətbiq "
            "edilmir; bununla yanaşı, məhsulun ən azı 75%-i ixrac olunmalıdır.</p>"
            "<p>Azərbaycan MDB azad ticarət zonasının üzvüdür və zonanın məlumatına görə 10 ölkə ilə azad "
            "ticarət sazişinə malikdir. Ölkə Avrasiya İqtisadi İttifaqının üzvü deyil və Ümumdünya Ticarət "
            "Təşkilatına üzvlük üzrə danışıqlar aparır.</p>",
            "<p>Logistics and trade is one of the sectors covered by the Strategic Road Maps. The Alat Free "
            "Economic Zone, adjoining the Baku International Sea Trade Port, covers 4,312.56 hectares and "
            "operates under its own law. Zone businesses pay no VAT or corporate taxes, and goods entering "
            "or leaving the zone are free of customs duties; in return, at least 75% of output must be "
            "exported.</p>"
            "<p>Azerbaijan belongs to the CIS free trade area and, according to the zone, has free trade "
            "agreements with 10 countries. It is not a member of the Eurasian Economic Union and is "
            "negotiating membership of the World Trade Organization.</p>",
            "<p>Логистика и торговля входят в число отраслей, охваченных Стратегическими дорожными "
            "картами. Алятская свободная экономическая зона, примыкающая к Бакинскому международному "
            "морскому торговому порту, занимает 4 312,56 гектара и действует по собственному закону. "
            "Компании зоны не платят НДС и корпоративные налоги, товары ввозятся в зону и вывозятся из "
            "неё без таможенных пошлин; при этом не менее 75% продукции должно экспортироваться.</p>"
            "<p>Азербайджан участвует в зоне свободной торговли СНГ и, по данным зоны, имеет соглашения о "
            "свободной торговле с 10 странами. Страна не входит в Евразийский экономический союз и ведёт "
            "переговоры о вступлении во Всемирную торговую организацию.</p>",
        ),
        "key_figures": [
            {
                "label": _t(
                    "Ələt Azad İqtisadi Zonasının ərazisi",
                    "Area of the Alat Free Economic Zone",
                    "Площадь Алятской свободной экономической зоны",
                ),
                "value": _t("4 312,56 hektar", "4,312.56 hectares", "4 312,56 гектара"),
                "source": URL_AFEZ_AREA,
            },
            {
                "label": _t("Minimum ixrac payı", "Minimum export share", "Минимальная доля экспорта"),
                "value": _t("75%", "75%", "75%"),
                "source": URL_AFEZ_EXPORT,
            },
            {
                "label": _t(
                    "Azad ticarət sazişi olan ölkələr",
                    "Countries with free trade agreements",
                    "Страны с соглашениями о свободной торговле",
                ),
                "value": _t("10", "10", "10"),
                "source": URL_AFEZ_FAQ,
            },
        ],
        "opportunities": [
            {
                "title": _t("Anbar və paylama", "Warehousing and distribution", "Складирование и дистрибуция"),
                "text": _t(
                    "Limanın yanında tranzit və regional paylama mərkəzləri.",
                    "Transit and regional distribution centres next to the port.",
                    "Транзитные и региональные распределительные центры рядом с портом.",
                ),
            },
            {
                "title": _t(
                    "Əlavə dəyər yaradan logistika", "Value-added logistics", "Логистика с добавленной стоимостью"
                ),
                "text": _t(
                    "Zonada yığım, qablaşdırma və markalama xidmətləri.",
                    "Assembly, packing and labelling services inside the zone.",
                    "Сборка, упаковка и маркировка на территории зоны.",
                ),
            },
        ],
        "incentives": ["alat-free-economic-zone"],
        "projects": ["alat-logistics-warehouse", "garadagh-ship-repair"],
    },
    # -----------------------------------------------------------------------
    {
        "key": "renewable-energy",
        "slug": _t("berpa-olunan-enerji", "renewable-energy", "vozobnovlyaemaya-energetika"),
        "title": _t("Bərpa olunan enerji", "Renewable energy", "Возобновляемая энергетика"),
        "summary": _t(
            "“Yaşıl artım” milli prioritetlərdən biridir, bərpa olunan enerji isə investisiya təşviqi "
            "sənədi üzrə strateji istiqamətlər sırasındadır.",
            "Green growth is one of the national priorities, and renewable energy is among the strategic "
            "directions for the Investment Promotion Certificate.",
            "«Зелёный рост» — один из национальных приоритетов, а возобновляемая энергетика входит в "
            "число стратегических направлений для документа о поощрении инвестиций.",
        ),
        "sector": "renewable-energy",
        "overview": _t(
            "<p>2021-ci il fevralın 2-də təsdiq edilmiş “Azərbaycan 2030: sosial-iqtisadi inkişafa dair "
            "Milli Prioritetlər” sənədində müəyyən olunmuş beş prioritetdən biri yaşıl artımdır. 2026-cı "
            "ilin fevralında bərpa olunan enerji investisiya təşviqi sənədi üzrə strateji istiqamətlər "
            "sırasına daxil edilib. Strateji layihələr üçün minimal investisiya həcmi Bakı, Sumqayıt, Gəncə "
            "və Abşeronda 5 milyon manat, digər ərazilərdə 3 milyon manatdır.</p>"
            "<p>2025-ci il yanvarın 1-dən qüvvəyə minmiş Vergi Məcəlləsi dəyişiklikləri dövlət-özəl "
            "tərəfdaşlığı əsasında həyata keçirilən enerji layihələrinə dair müddəaları da əhatə edir. "
            "Naxçıvanda və işğaldan azad edilmiş ərazilərdə fəaliyyət göstərən enerji şirkətləri üçün "
            "həmçinin 10 illik vergi güzəştləri mövcuddur.</p>",
            "<p>Green growth is one of the five priorities set by “Azerbaijan 2030: National Priorities for "
            "Socio-Economic Development”, approved on 2 February 2021. In February 2026 renewable energy was "
            "added to the strategic directions of the Investment Promotion Certificate. Strategic projects "
            "need at least AZN 5 million in Baku, Sumgait, Ganja or Absheron and AZN 3 million "
            "elsewhere.</p>"
            "<p>The Tax Code amendments in force from 1 January 2025 also contain provisions on energy "
            "projects carried out as public–private partnerships. Energy companies operating in Nakhchivan "
            "and in the liberated territories can additionally benefit from ten-year tax exemptions.</p>",
            "<p>«Зелёный рост» — один из пяти приоритетов документа «Азербайджан 2030: национальные "
            "приоритеты социально-экономического развития», утверждённого 2 февраля 2021 года. В феврале "
            "2026 года возобновляемая энергетика включена в стратегические направления для документа о "
            "поощрении инвестиций. Минимальный объём стратегического проекта — 5 млн манатов в Баку, "
            "Сумгайыте, Гяндже и на Абшероне и 3 млн манатов в других местах.</p>"
            "<p>Поправки в Налоговый кодекс, действующие с 1 января 2025 года, содержат и положения об "
            "энергетических проектах на основе государственно-частного партнёрства. Энергетические "
            "компании, работающие в Нахчыване и на освобождённых территориях, могут также пользоваться "
            "десятилетними налоговыми льготами.</p>",
        ),
        "key_figures": [
            {
                "label": _t(
                    "Milli prioritetlər (2030-cu ilədək)",
                    "National priorities to 2030",
                    "Национальные приоритеты до 2030 года",
                ),
                "value": _t("5, o cümlədən yaşıl artım", "5, including green growth", "5, включая «зелёный рост»"),
                "source": URL_PRIORITIES_2030,
            },
            {
                "label": _t(
                    "Strateji layihə üçün minimal məbləğ (regionlarda)",
                    "Minimum for a strategic project (regions)",
                    "Минимум для стратегического проекта (регионы)",
                ),
                "value": _t("3 milyon manat", "AZN 3 million", "3 млн манатов"),
                "source": "",
            },
            {
                "label": _t(
                    "İnvestisiya təşviqi sənədi üzrə güzəştlər",
                    "Exemptions under the Investment Promotion Certificate",
                    "Льготы по документу о поощрении инвестиций",
                ),
                "value": _t("7 il", "7 years", "7 лет"),
                "source": URL_ITS,
            },
        ],
        "opportunities": [
            {
                "title": _t("Günəş elektrik stansiyaları", "Solar power plants", "Солнечные электростанции"),
                "text": _t(
                    "Regionlarda şəbəkəyə qoşulan günəş stansiyaları.",
                    "Grid-connected solar plants in the regions.",
                    "Сетевые солнечные электростанции в регионах.",
                ),
            },
            {
                "title": _t(
                    "Sənaye istehlakçıları üçün enerji",
                    "Energy for industrial users",
                    "Энергия для промышленных потребителей",
                ),
                "text": _t(
                    "Sənaye parkları və zonalar üçün bərpa olunan enerji həlləri.",
                    "Renewable energy solutions for industrial parks and zones.",
                    "Решения в области возобновляемой энергетики для промышленных парков и зон.",
                ),
            },
        ],
        "incentives": ["investment-promotion-certificate", "nakhchivan-tax-regime", "liberated-territories"],
        "projects": ["nakhchivan-solar"],
    },
    # -----------------------------------------------------------------------
    {
        "key": "waste-recycling",
        "slug": _t("tullantilarin-emali", "waste-recycling", "pererabotka-otkhodov"),
        "title": _t("Tullantıların emalı", "Waste recycling", "Переработка отходов"),
        "summary": _t(
            "Tullantıların emalı investisiya təşviqi sənədi üzrə strateji istiqamətlərdən biridir; layihələr "
            "sənaye parklarında da yerləşdirilə bilər.",
            "Waste recycling is one of the strategic directions for the Investment Promotion Certificate, "
            "and projects can also be located in industrial parks.",
            "Переработка отходов — одно из стратегических направлений для документа о поощрении "
            "инвестиций; проекты можно размещать и в промышленных парках.",
        ),
        "sector": "waste-recycling",
        "overview": _t(
            "<p>2026-cı ilin fevralında tullantıların emalı, bərpa olunan enerji və suyun "
            "duzsuzlaşdırılması ilə yanaşı, investisiya təşviqi sənədi üzrə strateji istiqamətlər sırasına "
            "daxil edilib. Sənaye məhəlləsi rezidentlərinin strateji layihələri üçün minimal hədd 1 milyon "
            "manatdır.</p>"
            "<p>Sənaye parkında yerləşən emal müəssisəsi rezident kimi 10 il mənfəət, əmlak və torpaq "
            "vergisindən, texnika və avadanlığın idxalında ƏDV-dən azad edilir. Yaşıl artım “Azərbaycan "
            "2030” milli prioritetlərindən biridir.</p>",
            "<p>In February 2026 waste recycling was named, together with renewable energy and water "
            "desalination, among the strategic directions of the Investment Promotion Certificate. "
            "Strategic projects of industrial district residents need at least AZN 1 million.</p>"
            "<p>A recycling plant located in an industrial park is, as a resident, exempt for ten years "
            "from profit, property and land tax and from import VAT on machinery and equipment. Green "
            "growth is one of the “Azerbaijan 2030” national priorities.</p>",
            "<p>В феврале 2026 года переработка отходов наряду с возобновляемой энергетикой и опреснением "
            "воды включена в стратегические направления для документа о поощрении инвестиций. Для "
            "стратегических проектов резидентов промышленных кварталов порог составляет 1 млн "
            "манатов.</p>"
            "<p>Перерабатывающее предприятие в промышленном парке как резидент на 10 лет освобождается от "
            "налогов на прибыль, имущество и землю, а также от НДС при ввозе техники и оборудования. "
            "«Зелёный рост» — один из национальных приоритетов «Азербайджан 2030».</p>",
        ),
        "key_figures": [
            {
                "label": _t(
                    "Sənaye məhəlləsi rezidentlərinin strateji layihələri üçün minimal məbləğ",
                    "Minimum for strategic projects of industrial district residents",
                    "Минимум для стратегических проектов резидентов промышленных кварталов",
                ),
                "value": _t("1 milyon manat", "AZN 1 million", "1 млн манатов"),
                "source": URL_ITS_2026,
            },
            {
                "label": _t(
                    "Sənaye parkı rezidentləri üçün vergi güzəştləri",
                    "Tax exemptions for industrial park residents",
                    "Налоговые льготы для резидентов промышленных парков",
                ),
                "value": _t("10 il", "10 years", "10 лет"),
                "source": URL_EZ_BENEFITS,
            },
        ],
        "opportunities": [
            {
                "title": _t(
                    "Plastik və kağız tullantılarının emalı",
                    "Plastic and paper recycling",
                    "Переработка пластика и бумаги",
                ),
                "text": _t(
                    "Çeşidləmə və təkrar xammal istehsalı.",
                    "Sorting and production of secondary raw materials.",
                    "Сортировка и производство вторичного сырья.",
                ),
            },
            {
                "title": _t("Sənaye tullantıları", "Industrial waste", "Промышленные отходы"),
                "text": _t(
                    "Sənaye parklarının rezidentləri üçün tullantıların idarə olunması xidmətləri.",
                    "Waste management services for industrial park residents.",
                    "Услуги по обращению с отходами для резидентов промышленных парков.",
                ),
            },
        ],
        "incentives": ["investment-promotion-certificate", "industrial-parks"],
        "projects": ["hajigabul-recycling"],
    },
]


# ===========================================================================
# PROJECTS
# Investment opportunities offered to investors. All investment values are
# indicative and are refined in the feasibility study.
# ===========================================================================


def _ezda():
    return _t(
        "İqtisadiyyat Nazirliyi yanında İqtisadi Zonaların İnkişafı Agentliyi",
        "Economic Zones Development Agency under the Ministry of Economy",
        "Агентство развития экономических зон при Министерстве экономики",
    )


def _azpromo():
    return _t(
        "Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi (AZPROMO)",
        "Azerbaijan Export and Investment Promotion Agency (AZPROMO)",
        "Агентство по продвижению экспорта и инвестиций Азербайджана (AZPROMO)",
    )


def _afez():
    return _t(
        "Ələt Azad İqtisadi Zonasının Hakimiyyəti",
        "Alat Free Economic Zone Authority",
        "Орган управления Алятской свободной экономической зоной",
    )


def _idda():
    return _t(
        "İnnovasiya və Rəqəmsal İnkişaf Agentliyi (İRİA)",
        "Innovation and Digital Development Agency (IDDA)",
        "Агентство инноваций и цифрового развития (IDDA)",
    )


PROJECTS = [
    # -----------------------------------------------------------------------
    {
        "key": "aghdam-greenhouse",
        "slug": _t(
            "agdam-senaye-parkinda-istixana-kompleksi",
            "greenhouse-complex-aghdam-industrial-park",
            "teplichnyy-kompleks-agdamskiy-promyshlennyy-park",
        ),
        "title": _t(
            "Ağdam Sənaye Parkında istixana kompleksi",
            "Greenhouse complex in the Aghdam Industrial Park",
            "Тепличный комплекс в Агдамском промышленном парке",
        ),
        "summary": _t(
            "Qarabağda, Ağdam Sənaye Parkında il boyu tərəvəz yetişdirilməsi üçün qablaşdırma xətti olan "
            "müasir istixana kompleksi.",
            "A modern greenhouse complex with a packing line for year-round vegetable growing in the Aghdam "
            "Industrial Park, Karabakh.",
            "Современный тепличный комплекс с упаковочной линией для круглогодичного выращивания овощей в "
            "Агдамском промышленном парке (Карабах).",
        ),
        "description": _t(
            "<p>İnvestorlara Ağdam Sənaye Parkında icarəyə götürülən sahədə istixana kompleksi, çeşidləmə "
            "və qablaşdırma xətti tikmək və istismar etmək təklif olunur. Məhsul daxili bazar üçün "
            "nəzərdə tutulur, bir hissəsinin ixracı da mümkündür.</p>"
            "<p>İşğaldan azad edilmiş ərazilərdəki sənaye parkının rezidenti kimi layihə şirkəti 10 illik "
            "vergi güzəştlərindən, iş icazələrinin sadələşdirilmiş qaydasından və bəzi xammal növlərinin "
            "idxalında ƏDV-dən azadolmadan yararlanacaq. 8 milyon manat həcmində investisiya ilkin "
            "qiymətləndirmədir və texniki-iqtisadi əsaslandırma zamanı dəqiqləşdiriləcək.</p>",
            "<p>Investors are invited to build and operate a greenhouse complex with a sorting and packing "
            "line on a leased site in the Aghdam Industrial Park. Output is intended for the domestic market, "
            "with scope to export part of it.</p>"
            "<p>As a resident of an industrial park in the liberated territories, the project company would "
            "benefit from ten-year tax exemptions, simplified work permits and the import VAT exemption on "
            "certain raw materials. The investment of AZN 8 million is an indicative estimate, to be refined "
            "in the feasibility study.</p>",
            "<p>Инвесторам предлагается построить и эксплуатировать тепличный комплекс с линией "
            "сортировки и упаковки на арендуемом участке в Агдамском промышленном парке. Продукция "
            "ориентирована на внутренний рынок, часть её можно экспортировать.</p>"
            "<p>Как резидент промышленного парка на освобождённых территориях проектная компания получит "
            "десятилетние налоговые льготы, упрощённый порядок оформления разрешений на работу и "
            "освобождение от НДС при ввозе отдельных видов сырья. Объём инвестиций в 8 млн манатов — "
            "ориентировочная оценка, которая будет уточнена в технико-экономическом обосновании.</p>",
        ),
        "sector": "agriculture",
        "region": "karabakh",
        "investment_value": "8000000",
        "currency": "AZN",
        "status": "seeking_investor",
        "partners": [_ezda()],
        "start_year": 2026,
        "latitude": 39.990,
        "longitude": 46.930,
    },
    # -----------------------------------------------------------------------
    {
        "key": "araz-valley-fruit-processing",
        "slug": _t(
            "araz-vadisi-iqtisadi-zonasinda-meyve-terevez-emali",
            "fruit-vegetable-processing-araz-valley",
            "pererabotka-fruktov-i-ovoshchey-dolina-araza",
        ),
        "title": _t(
            "Araz Vadisi İqtisadi Zonasında meyvə-tərəvəz emalı müəssisəsi",
            "Fruit and vegetable processing plant in the Araz Valley Economic Zone",
            "Завод по переработке фруктов и овощей в экономической зоне «Долина Араза»",
        ),
        "summary": _t(
            "Şərqi Zəngəzurda şirələr, konservlər və dondurulmuş məhsullar istehsal edəcək, soyuducu anbarı "
            "olan emal müəssisəsi.",
            "A processing plant with cold storage in East Zangezur, producing juices, preserves and frozen products.",
            "Перерабатывающее предприятие с холодильным складом в Восточном Зангезуре для выпуска соков, "
            "консервов и замороженной продукции.",
        ),
        "description": _t(
            "<p>Layihə Araz Vadisi İqtisadi Zonasında meyvə və tərəvəzin qəbulu, soyuducu anbarda "
            "saxlanması və emalı üçün müəssisənin yaradılmasını nəzərdə tutur. Məhsul çeşidinə şirələr, "
            "konservlər və dondurulmuş məhsullar daxil ola bilər.</p>"
            "<p>Zonada 10 illik vergi güzəştləri tətbiq olunur, 5 il ərzində əmək miqrasiyası kvotası "
            "tətbiq edilmir. Təxmini investisiya həcmi 6,5 milyon manatdır; yekun məbləğ layihənin "
            "gücündən asılı olaraq müəyyənləşəcək.</p>",
            "<p>The project is a plant in the Araz Valley Economic Zone for receiving, cold-storing and "
            "processing fruit and vegetables. The product range could include juices, preserves and frozen "
            "products.</p>"
            "<p>Ten-year tax exemptions apply in the zone, and the labour migration quota does not apply for "
            "5 years. The indicative investment is AZN 6.5 million; the final amount will depend on the "
            "chosen capacity.</p>",
            "<p>Проект предусматривает создание в экономической зоне «Долина Араза» предприятия по "
            "приёмке, холодильному хранению и переработке фруктов и овощей. В ассортимент могут войти "
            "соки, консервы и замороженная продукция.</p>"
            "<p>В зоне действуют десятилетние налоговые льготы, а квота на трудовую миграцию не "
            "применяется в течение 5 лет. Ориентировочный объём инвестиций — 6,5 млн манатов; итоговая "
            "сумма будет зависеть от выбранной мощности.</p>",
        ),
        "sector": "agriculture",
        "region": "east-zangezur",
        "investment_value": "6500000",
        "currency": "AZN",
        "status": "proposal",
        "partners": [_ezda()],
        "start_year": 2027,
        "latitude": 39.400,
        "longitude": 47.010,
    },
    # -----------------------------------------------------------------------
    {
        "key": "masalli-food-processing",
        "slug": _t(
            "masalli-senaye-mehellesinde-qida-emali",
            "food-processing-masalli-industrial-district",
            "pishchevoe-proizvodstvo-masallinskiy-promyshlennyy-kvartal",
        ),
        "title": _t(
            "Masallı Sənaye Məhəlləsində qida emalı müəssisəsi",
            "Food processing plant in the Masalli Industrial District",
            "Пищевое производство в Масаллинском промышленном квартале",
        ),
        "summary": _t(
            "Lənkəran-Astara iqtisadi rayonunda yerli kənd təsərrüfatı məhsullarının emalı və qablaşdırılması.",
            "Processing and packing of local farm produce in the Lankaran-Astara economic region.",
            "Переработка и упаковка местной сельхозпродукции в Ленкорань-Астаринском экономическом районе.",
        ),
        "description": _t(
            "<p>İnvestorlara Masallı Sənaye Məhəlləsində regionun kənd təsərrüfatı məhsullarını emal edən "
            "və qablaşdıran müəssisə yaratmaq təklif olunur.</p>"
            "<p>Sənaye məhəlləsində qida istehsalı layihəsi üçün investisiya təşviqi sənədinin minimal "
            "həddi 0,5 milyon manatdır. 2,5 milyon manat həcmində təxmini investisiya bu həddi keçir və "
            "layihəyə 7 illik vergi və gömrük güzəştləri üçün müraciət etməyə imkan verir.</p>",
            "<p>Investors are invited to set up a plant in the Masalli Industrial District to process and "
            "pack the region's farm produce.</p>"
            "<p>For a food production project in an industrial district, the minimum investment for the "
            "Investment Promotion Certificate is AZN 0.5 million. The indicative investment of "
            "AZN 2.5 million exceeds this threshold, allowing the project to apply for seven years of tax "
            "and customs exemptions.</p>",
            "<p>Инвесторам предлагается создать в Масаллинском промышленном квартале предприятие по "
            "переработке и упаковке сельхозпродукции региона.</p>"
            "<p>Для проекта по производству продуктов питания в промышленном квартале минимальный порог "
            "для получения документа о поощрении инвестиций — 0,5 млн манатов. Ориентировочный объём "
            "инвестиций в 2,5 млн манатов превышает этот порог, что позволяет претендовать на налоговые и "
            "таможенные льготы сроком на 7 лет.</p>",
        ),
        "sector": "agriculture",
        "region": "lankaran-astara",
        "investment_value": "2500000",
        "currency": "AZN",
        "status": "seeking_investor",
        "partners": [_ezda()],
        "start_year": 2026,
        "latitude": 39.040,
        "longitude": 48.665,
    },
    # -----------------------------------------------------------------------
    {
        "key": "sabirabad-grain-storage",
        "slug": _t(
            "sabirabad-senaye-mehellesinde-taxil-anbari-ve-yem-zavodu",
            "grain-storage-feed-mill-sabirabad-industrial-district",
            "zernokhranilishche-i-kombikormovyy-zavod-sabirabad",
        ),
        "title": _t(
            "Sabirabad Sənaye Məhəlləsində taxıl anbarı və yem zavodu",
            "Grain storage and feed mill in the Sabirabad Industrial District",
            "Зернохранилище и комбикормовый завод в Сабирабадском промышленном квартале",
        ),
        "summary": _t(
            "Mil-Muğan iqtisadi rayonunda taxılın saxlanması və heyvandarlıq üçün yem istehsalı.",
            "Grain storage and livestock feed production in the Mil-Mughan economic region.",
            "Хранение зерна и производство кормов для животноводства в Миль-Муганском экономическом районе.",
        ),
        "description": _t(
            "<p>Layihə Sabirabad Sənaye Məhəlləsində elevator tipli taxıl anbarının və yem zavodunun "
            "tikintisini nəzərdə tutur.</p>"
            "<p>Sənaye məhəllələrindəki layihələr investisiya təşviqi sənədi ala bilər. "
            "Təxmini investisiya həcmi 4 milyon manatdır və texniki-iqtisadi əsaslandırma zamanı "
            "dəqiqləşdiriləcək.</p>",
            "<p>The project covers the construction of an elevator-type grain store and a feed mill in the "
            "Sabirabad Industrial District.</p>"
            "<p>Projects in industrial districts can qualify for the Investment Promotion Certificate. The "
            "indicative investment is AZN 4 million and will be refined in the feasibility study.</p>",
            "<p>Проект предусматривает строительство зернохранилища элеваторного типа и комбикормового "
            "завода в Сабирабадском промышленном квартале.</p>"
            "<p>Проекты в промышленных кварталах могут получить документ о поощрении инвестиций. "
            "Ориентировочный объём инвестиций — 4 млн манатов; он будет уточнён в технико-экономическом "
            "обосновании.</p>",
        ),
        "sector": "agriculture",
        "region": "mil-mughan",
        "investment_value": "4000000",
        "currency": "AZN",
        "status": "proposal",
        "partners": [_ezda()],
        "start_year": 2027,
        "latitude": 40.010,
        "longitude": 48.480,
    },
    # -----------------------------------------------------------------------
    {
        "key": "sumgait-polymer-products",
        "slug": _t(
            "sumqayit-kimya-senaye-parkinda-polimer-memulatlari-zavodu",
            "polymer-products-plant-sumgait-chemical-industrial-park",
            "zavod-polimernykh-izdeliy-sumgayytskiy-khimicheskiy-park",
        ),
        "title": _t(
            "Sumqayıt Kimya Sənaye Parkında polimer məmulatları zavodu",
            "Polymer products plant in the Sumgait Chemical Industrial Park",
            "Завод полимерных изделий в Сумгайытском химическом промышленном парке",
        ),
        "summary": _t(
            "Qablaşdırma materialları, borular və plyonkalar istehsal edəcək polimer emalı zavodu.",
            "A polymer processing plant making packaging materials, pipes and films.",
            "Завод по переработке полимеров для выпуска упаковочных материалов, труб и плёнок.",
        ),
        "description": _t(
            "<p>İnvestorlara Sumqayıt Kimya Sənaye Parkında qablaşdırma materialları, borular və plyonkalar "
            "istehsal edən polimer emalı zavodu yaratmaq təklif olunur.</p>"
            "<p>Park rezidenti kimi şirkət 10 il mənfəət, əmlak və torpaq vergisindən, habelə texnika və "
            "avadanlığın idxalında ƏDV-dən azad olacaq. Torpaq ilk hektar üçün ildə 1 600 manat, hər "
            "növbəti hektar üçün 3 200 manat haqla icarəyə verilir. Təxmini investisiya həcmi 35 milyon "
            "ABŞ dollarıdır.</p>",
            "<p>Investors are invited to set up a polymer processing plant in the Sumgait Chemical "
            "Industrial Park producing packaging materials, pipes and films.</p>"
            "<p>As a park resident, the company would be exempt for ten years from profit, property and "
            "land tax and from import VAT on machinery and equipment. Land is leased at AZN 1,600 a year for "
            "the first hectare and AZN 3,200 for each further hectare. The indicative investment is "
            "USD 35 million.</p>",
            "<p>Инвесторам предлагается создать в Сумгайытском химическом промышленном парке завод по "
            "переработке полимеров для выпуска упаковочных материалов, труб и плёнок.</p>"
            "<p>Как резидент парка компания на 10 лет освобождается от налогов на прибыль, имущество и "
            "землю, а также от НДС при ввозе техники и оборудования. Аренда земли — 1 600 манатов в год "
            "за первый гектар и 3 200 манатов за каждый следующий. Ориентировочный объём инвестиций — "
            "35 млн долларов США.</p>",
        ),
        "sector": "chemicals",
        "region": "absheron-khizi",
        "investment_value": "35000000",
        "currency": "USD",
        "status": "seeking_investor",
        "partners": [_ezda()],
        "start_year": 2026,
        "latitude": 40.570,
        "longitude": 49.660,
    },
    # -----------------------------------------------------------------------
    {
        "key": "sumgait-dry-mix",
        "slug": _t(
            "sumqayit-kimya-senaye-parkinda-quru-tikinti-qarisiqlari",
            "dry-building-mixes-plant-sumgait-chemical-industrial-park",
            "zavod-sukhikh-stroitelnykh-smesey-sumgayyt",
        ),
        "title": _t(
            "Sumqayıt Kimya Sənaye Parkında quru tikinti qarışıqları zavodu",
            "Dry building mixes plant in the Sumgait Chemical Industrial Park",
            "Завод сухих строительных смесей в Сумгайытском химическом промышленном парке",
        ),
        "summary": _t(
            "Tikinti sektoru üçün yapışqanlar, suvaq və şpaklyovka qarışıqları istehsal edəcək zavod.",
            "A plant producing tile adhesives, plasters and fillers for the construction industry.",
            "Завод по выпуску плиточных клеев, штукатурок и шпаклёвок для строительной отрасли.",
        ),
        "description": _t(
            "<p>Sumqayıt Kimya Sənaye Parkı tikinti materialları istehsalı üzrə də ixtisaslaşıb. Layihə "
            "quru tikinti qarışıqları — kafel yapışqanları, suvaq və şpaklyovka istehsalı üçün zavodun "
            "yaradılmasını nəzərdə tutur.</p>"
            "<p>Rezident kimi şirkət 10 illik vergi güzəştlərindən istifadə edəcək. Təxmini investisiya "
            "həcmi 6 milyon manatdır.</p>",
            "<p>The Sumgait Chemical Industrial Park also specialises in construction materials. The project "
            "is a plant producing dry building mixes: tile adhesives, plasters and fillers.</p>"
            "<p>As a resident, the company would use the park's ten-year tax exemptions. The indicative "
            "investment is AZN 6 million.</p>",
            "<p>Сумгайытский химический промышленный парк специализируется в том числе на строительных "
            "материалах. Проект предусматривает завод сухих строительных смесей: плиточных клеев, "
            "штукатурок и шпаклёвок.</p>"
            "<p>Как резидент компания воспользуется десятилетними налоговыми льготами парка. "
            "Ориентировочный объём инвестиций — 6 млн манатов.</p>",
        ),
        "sector": "construction-materials",
        "region": "absheron-khizi",
        "investment_value": "6000000",
        "currency": "AZN",
        "status": "proposal",
        "partners": [_ezda()],
        "start_year": 2027,
        "latitude": 40.575,
        "longitude": 49.670,
    },
    # -----------------------------------------------------------------------
    {
        "key": "pirallahi-pharma",
        "slug": _t(
            "pirallahi-senaye-parkinda-eczaciliq-zavodu",
            "pharmaceutical-plant-pirallahi-industrial-park",
            "farmatsevticheskiy-zavod-pirallakhinskiy-promyshlennyy-park",
        ),
        "title": _t(
            "Pirallahı Sənaye Parkında əczaçılıq zavodu",
            "Pharmaceutical plant in the Pirallahi Industrial Park",
            "Фармацевтический завод в Пираллахинском промышленном парке",
        ),
        "summary": _t(
            "Generik dərman vasitələri istehsal edəcək, beynəlxalq keyfiyyət standartlarına uyğun zavod.",
            "A plant manufacturing generic medicines to international quality standards.",
            "Завод по производству дженериков в соответствии с международными стандартами качества.",
        ),
        "description": _t(
            "<p>İnvestorlara əczaçılıq üzrə ixtisaslaşmış Pirallahı Sənaye Parkında bərk və maye dozalı "
            "generik dərman vasitələri istehsal edən zavod qurmaq təklif olunur.</p>"
            "<p>Park rezidentləri 10 il mənfəət, əmlak və torpaq vergisindən, texnika və avadanlığın "
            "idxalında ƏDV-dən azaddır; idxal olunan xammala güzəşt şamil edilmir. Torpaq ilk hektar üçün "
            "ildə 2 000 manat, hər növbəti hektar üçün 4 000 manat haqla icarəyə verilir. Təxmini "
            "investisiya həcmi 25 milyon ABŞ dollarıdır.</p>",
            "<p>Investors are invited to build a plant manufacturing solid and liquid generic medicines in "
            "the Pirallahi Industrial Park, which specialises in pharmaceuticals.</p>"
            "<p>Park residents are exempt for ten years from profit, property and land tax and from import "
            "VAT on machinery and equipment; imported raw materials are not covered. Land is leased at "
            "AZN 2,000 a year for the first hectare and AZN 4,000 for each further hectare. The indicative "
            "investment is USD 25 million.</p>",
            "<p>Инвесторам предлагается построить в специализирующемся на фармацевтике Пираллахинском "
            "промышленном парке завод по выпуску твёрдых и жидких лекарственных форм дженериков.</p>"
            "<p>Резиденты парка на 10 лет освобождаются от налогов на прибыль, имущество и землю, а также "
            "от НДС при ввозе техники и оборудования; на ввозимое сырьё льгота не распространяется. "
            "Аренда земли — 2 000 манатов в год за первый гектар и 4 000 манатов за каждый следующий. "
            "Ориентировочный объём инвестиций — 25 млн долларов США.</p>",
        ),
        "sector": "pharmaceuticals",
        "region": "baku",
        "investment_value": "25000000",
        "currency": "USD",
        "status": "seeking_investor",
        "partners": [_ezda(), _azpromo()],
        "start_year": 2026,
        "latitude": 40.470,
        "longitude": 50.315,
    },
    # -----------------------------------------------------------------------
    {
        "key": "mingachevir-textile",
        "slug": _t(
            "mingecevir-senaye-parkinda-toxuculuq-fabriki",
            "textile-factory-mingachevir-industrial-park",
            "tekstilnaya-fabrika-mingyachevirskiy-promyshlennyy-park",
        ),
        "title": _t(
            "Mingəçevir Sənaye Parkında toxuculuq fabriki",
            "Textile factory in the Mingachevir Industrial Park",
            "Текстильная фабрика в Мингячевирском промышленном парке",
        ),
        "summary": _t(
            "Parça istehsalı, boyama və tikiş sexlərini birləşdirən toxuculuq fabriki.",
            "A textile factory combining fabric production, dyeing and sewing.",
            "Текстильная фабрика, объединяющая производство тканей, крашение и пошив.",
        ),
        "description": _t(
            "<p>Layihə toxuculuq üzrə ixtisaslaşmış Mingəçevir Sənaye Parkında parça istehsalı, boyama-"
            "bitirmə və tikiş sexlərindən ibarət fabrikin yaradılmasını nəzərdə tutur.</p>"
            "<p>Park rezidenti kimi şirkət 10 illik vergi güzəştlərindən və texnika idxalında ƏDV-dən "
            "azadolmadan yararlanacaq. Təxmini investisiya həcmi 12 milyon manatdır.</p>",
            "<p>The project is a factory in the Mingachevir Industrial Park, which specialises in textiles, "
            "with fabric production, dyeing and finishing, and sewing units.</p>"
            "<p>As a park resident, the company would use the ten-year tax exemptions and the import VAT "
            "exemption on machinery. The indicative investment is AZN 12 million.</p>",
            "<p>Проект предусматривает создание в специализирующемся на текстиле Мингячевирском "
            "промышленном парке фабрики с участками производства тканей, крашения и отделки, а также "
            "пошива.</p>"
            "<p>Как резидент парка компания получит десятилетние налоговые льготы и освобождение от НДС "
            "при ввозе техники. Ориентировочный объём инвестиций — 12 млн манатов.</p>",
        ),
        "sector": "textiles",
        "region": "central-aran",
        "investment_value": "12000000",
        "currency": "AZN",
        "status": "in_progress",
        "partners": [_ezda()],
        "start_year": 2026,
        "latitude": 40.770,
        "longitude": 47.050,
    },
    # -----------------------------------------------------------------------
    {
        "key": "garadagh-ship-repair",
        "slug": _t(
            "qaradag-senaye-parkinda-gemi-temiri",
            "ship-repair-garadagh-industrial-park",
            "sudoremont-garadagskiy-promyshlennyy-park",
        ),
        "title": _t(
            "Qaradağ Sənaye Parkında gəmi təmiri və gəmi avadanlığı istehsalı",
            "Ship repair and marine equipment plant in the Garadagh Industrial Park",
            "Судоремонт и производство судового оборудования в Гарадагском промышленном парке",
        ),
        "summary": _t(
            "Xəzər dənizində işləyən gəmilər üçün təmir xidmətləri və gəmi avadanlığı istehsalı.",
            "Repair services and marine equipment manufacturing for vessels operating in the Caspian Sea.",
            "Ремонт судов, работающих на Каспии, и производство судового оборудования.",
        ),
        "description": _t(
            "<p>Qaradağ Sənaye Parkı gəmiqayırma üzrə ixtisaslaşıb. İnvestorlara parkda gəmi təmiri "
            "xidmətləri və gəmi avadanlığı, o cümlədən metal konstruksiyalar istehsalı üzrə müəssisə "
            "yaratmaq təklif olunur.</p>"
            "<p>Rezident kimi şirkət 10 il mənfəət, əmlak və torpaq vergisindən azad olacaq. Təxmini "
            "investisiya həcmi 20 milyon ABŞ dollarıdır.</p>",
            "<p>The Garadagh Industrial Park specialises in shipbuilding. Investors are invited to set up a "
            "business in the park providing ship repair and manufacturing marine equipment, including "
            "metal structures.</p>"
            "<p>As a resident, the company would be exempt for ten years from profit, property and land tax. "
            "The indicative investment is USD 20 million.</p>",
            "<p>Гарадагский промышленный парк специализируется на судостроении. Инвесторам предлагается "
            "создать в парке предприятие по ремонту судов и производству судового оборудования, в том "
            "числе металлоконструкций.</p>"
            "<p>Как резидент компания на 10 лет освобождается от налогов на прибыль, имущество и землю. "
            "Ориентировочный объём инвестиций — 20 млн долларов США.</p>",
        ),
        "sector": "shipbuilding",
        "region": "baku",
        "investment_value": "20000000",
        "currency": "USD",
        "status": "proposal",
        "partners": [_ezda()],
        "start_year": 2027,
        "latitude": 40.300,
        "longitude": 49.690,
    },
    # -----------------------------------------------------------------------
    {
        "key": "neftchala-metal-structures",
        "slug": _t(
            "neftcala-senaye-mehellesinde-metal-konstruksiyalar-zavodu",
            "metal-structures-plant-neftchala-industrial-district",
            "zavod-metallokonstruktsiy-neftchalinskiy-promyshlennyy-kvartal",
        ),
        "title": _t(
            "Neftçala Sənaye Məhəlləsində metal konstruksiyalar zavodu",
            "Metal structures plant in the Neftchala Industrial District",
            "Завод металлоконструкций в Нефтчалинском промышленном квартале",
        ),
        "summary": _t(
            "Tikinti və kənd təsərrüfatı üçün metal konstruksiyalar istehsal edəcək zavod.",
            "A plant making steel structures for construction and agriculture.",
            "Завод по производству металлоконструкций для строительства и сельского хозяйства.",
        ),
        "description": _t(
            "<p>Layihə Neftçala Sənaye Məhəlləsində bina karkasları, anbar və istixana konstruksiyaları "
            "istehsal edən zavodun qurulmasını nəzərdə tutur.</p>"
            "<p>Sənaye məhəllələrindəki layihələr investisiya təşviqi sənədi ala bilər. "
            "Təxmini investisiya həcmi 5 milyon manatdır.</p>",
            "<p>The project is a plant in the Neftchala Industrial District producing building frames and "
            "structures for warehouses and greenhouses.</p>"
            "<p>Projects in industrial districts can qualify for the Investment Promotion Certificate. The "
            "indicative investment is AZN 5 million.</p>",
            "<p>Проект предусматривает строительство в Нефтчалинском промышленном квартале завода по "
            "выпуску каркасов зданий и конструкций для складов и теплиц.</p>"
            "<p>Проекты в промышленных кварталах могут получить документ о поощрении инвестиций. "
            "Ориентировочный объём инвестиций — 5 млн манатов.</p>",
        ),
        "sector": "machinery-metallurgy",
        "region": "shirvan-salyan",
        "investment_value": "5000000",
        "currency": "AZN",
        "status": "proposal",
        "partners": [_ezda()],
        "start_year": 2027,
        "latitude": 39.380,
        "longitude": 49.245,
    },
    # -----------------------------------------------------------------------
    {
        "key": "hajigabul-recycling",
        "slug": _t(
            "haciqabul-senaye-parkinda-tullantilarin-emali",
            "waste-recycling-plant-hajigabul-industrial-park",
            "zavod-po-pererabotke-otkhodov-gadzhigabulskiy-park",
        ),
        "title": _t(
            "Hacıqabul Sənaye Parkında tullantıların emalı zavodu",
            "Waste recycling plant in the Hajigabul Industrial Park",
            "Завод по переработке отходов в Гаджигабульском промышленном парке",
        ),
        "summary": _t(
            "Plastik, kağız və metal tullantılarını çeşidləyib təkrar xammala çevirəcək müəssisə.",
            "A facility sorting plastic, paper and metal waste and turning it into secondary raw materials.",
            "Предприятие по сортировке пластиковых, бумажных и металлических отходов и выпуску вторичного сырья.",
        ),
        "description": _t(
            "<p>İnvestorlara Hacıqabul Sənaye Parkında tullantıların çeşidlənməsi və emalı üzrə müəssisə "
            "yaratmaq təklif olunur. Tullantıların emalı 2026-cı ildən investisiya təşviqi sənədi üzrə "
            "strateji istiqamətlərdən biridir.</p>"
            "<p>Park rezidenti kimi şirkət 10 illik vergi güzəştlərindən yararlanacaq. Təxmini investisiya "
            "həcmi 9 milyon avrodur.</p>",
            "<p>Investors are invited to set up a waste sorting and recycling facility in the Hajigabul "
            "Industrial Park. Since 2026 waste recycling has been one of the strategic directions of the "
            "Investment Promotion Certificate.</p>"
            "<p>As a park resident, the company would benefit from ten-year tax exemptions. The indicative "
            "investment is EUR 9 million.</p>",
            "<p>Инвесторам предлагается создать в Гаджигабульском промышленном парке предприятие по "
            "сортировке и переработке отходов. С 2026 года переработка отходов относится к "
            "стратегическим направлениям для документа о поощрении инвестиций.</p>"
            "<p>Как резидент парка компания получит десятилетние налоговые льготы. Ориентировочный "
            "объём инвестиций — 9 млн евро.</p>",
        ),
        "sector": "waste-recycling",
        "region": "shirvan-salyan",
        "investment_value": "9000000",
        "currency": "EUR",
        "status": "seeking_investor",
        "partners": [_ezda()],
        "start_year": 2026,
        "latitude": 40.040,
        "longitude": 48.940,
    },
    # -----------------------------------------------------------------------
    {
        "key": "alat-logistics-warehouse",
        "slug": _t(
            "elet-azad-iqtisadi-zonasinda-logistika-anbari",
            "logistics-warehouse-alat-free-economic-zone",
            "logisticheskiy-sklad-alyatskaya-sez",
        ),
        "title": _t(
            "Ələt Azad İqtisadi Zonasında logistika anbarı",
            "Logistics warehouse in the Alat Free Economic Zone",
            "Логистический склад в Алятской свободной экономической зоне",
        ),
        "summary": _t(
            "Bakı Beynəlxalq Dəniz Ticarət Limanının yanında tranzit və paylama yükləri üçün müasir anbar kompleksi.",
            "A modern warehouse complex for transit and distribution cargo next to the Baku International "
            "Sea Trade Port.",
            "Современный складской комплекс для транзитных и дистрибуционных грузов рядом с Бакинским "
            "международным морским торговым портом.",
        ),
        "description": _t(
            "<p>Layihə Ələt Azad İqtisadi Zonasında tranzit, paylama və əlavə dəyər yaradan logistika "
            "xidmətləri (yığım, qablaşdırma, markalama) üçün anbar kompleksinin tikintisini nəzərdə "
            "tutur.</p>"
            "<p>Zona iştirakçıları ƏDV-dən və korporativ vergilərdən azaddır, mallar zonaya rüsumsuz daxil "
            "olur və zonadan rüsumsuz çıxır. Zonada məhsulun ən azı 75%-nin ixrac edilməsi tələbi "
            "mövcuddur, ona görə də biznes modeli Zonanın Hakimiyyəti ilə razılaşdırılmalıdır. Təxmini "
            "investisiya həcmi 15 milyon ABŞ dollarıdır.</p>",
            "<p>The project is a warehouse complex in the Alat Free Economic Zone for transit, distribution "
            "and value-added logistics services such as assembly, packing and labelling.</p>"
            "<p>Zone businesses pay no VAT or corporate taxes, and goods enter and leave the zone duty-free. "
            "The zone requires at least 75% of output to be exported, so the business model should be "
            "agreed with the Zone Authority. The indicative investment is USD 15 million.</p>",
            "<p>Проект предусматривает строительство в Алятской свободной экономической зоне складского "
            "комплекса для транзита, дистрибуции и логистических услуг с добавленной стоимостью — сборки, "
            "упаковки и маркировки.</p>"
            "<p>Компании зоны освобождены от НДС и корпоративных налогов, товары ввозятся в зону и "
            "вывозятся из неё без пошлин. В зоне действует требование экспортировать не менее 75% "
            "продукции, поэтому бизнес-модель следует согласовать с органом управления зоной. "
            "Ориентировочный объём инвестиций — 15 млн долларов США.</p>",
        ),
        "sector": "logistics",
        "region": "baku",
        "investment_value": "15000000",
        "currency": "USD",
        "status": "seeking_investor",
        "partners": [_afez()],
        "start_year": 2026,
        "latitude": 39.950,
        "longitude": 49.400,
    },
    # -----------------------------------------------------------------------
    {
        "key": "nakhchivan-solar",
        "slug": _t(
            "naxcivanda-gunes-elektrik-stansiyasi",
            "solar-power-plant-nakhchivan",
            "solnechnaya-elektrostantsiya-nakhchyvan",
        ),
        "title": _t(
            "Naxçıvanda günəş elektrik stansiyası",
            "Solar power plant in Nakhchivan",
            "Солнечная электростанция в Нахчыване",
        ),
        "summary": _t(
            "Naxçıvanda şəbəkəyə qoşulan günəş elektrik stansiyasının tikintisi və istismarı.",
            "Construction and operation of a grid-connected solar power plant in Nakhchivan.",
            "Строительство и эксплуатация сетевой солнечной электростанции в Нахчыване.",
        ),
        "description": _t(
            "<p>İnvestorlara Naxçıvanda şəbəkəyə qoşulan günəş elektrik stansiyası tikmək və istismar "
            "etmək təklif olunur. Şəbəkəyə qoşulma və elektrik enerjisinin satışı şərtləri səlahiyyətli "
            "qurumlarla ayrıca razılaşdırılmalıdır.</p>"
            "<p>2026-cı il yanvarın 1-dən Naxçıvanda 10 illik vergi güzəştləri tətbiq olunur, bərpa olunan "
            "enerji isə investisiya təşviqi sənədi üzrə strateji istiqamətlərdən biridir. Təxmini "
            "investisiya həcmi 30 milyon ABŞ dollarıdır və stansiyanın gücündən asılı olaraq "
            "dəqiqləşdiriləcək.</p>",
            "<p>Investors are invited to build and operate a grid-connected solar power plant in Nakhchivan. "
            "Grid connection and power sales terms have to be agreed separately with the competent "
            "authorities.</p>"
            "<p>Ten-year tax exemptions have applied in Nakhchivan since 1 January 2026, and renewable "
            "energy is one of the strategic directions of the Investment Promotion Certificate. The "
            "indicative investment is USD 30 million and will be refined according to the plant's "
            "capacity.</p>",
            "<p>Инвесторам предлагается построить и эксплуатировать в Нахчыване сетевую солнечную "
            "электростанцию. Условия подключения к сети и продажи электроэнергии согласовываются отдельно "
            "с компетентными органами.</p>"
            "<p>С 1 января 2026 года в Нахчыване действуют десятилетние налоговые льготы, а возобновляемая "
            "энергетика относится к стратегическим направлениям для документа о поощрении инвестиций. "
            "Ориентировочный объём инвестиций — 30 млн долларов США; он будет уточнён в зависимости от "
            "мощности станции.</p>",
        ),
        "sector": "renewable-energy",
        "region": "nakhchivan",
        "investment_value": "30000000",
        "currency": "USD",
        "status": "proposal",
        "partners": [_azpromo()],
        "start_year": 2027,
        "latitude": 39.250,
        "longitude": 45.450,
    },
    # -----------------------------------------------------------------------
    {
        "key": "sheki-hotel",
        "slug": _t("sekide-butik-otel", "boutique-hotel-sheki", "butik-otel-v-sheki"),
        "title": _t("Şəkidə butik otel", "Boutique hotel in Sheki", "Бутик-отель в Шеки"),
        "summary": _t(
            "Şəki şəhərində mədəni turizmə yönəlmiş butik otel.",
            "A boutique hotel in the town of Sheki aimed at cultural tourism.",
            "Бутик-отель в городе Шеки, ориентированный на культурный туризм.",
        ),
        "description": _t(
            "<p>İnvestorlara Şəki şəhərində restoranı və konfrans zalı olan butik otel tikmək və idarə "
            "etmək təklif olunur.</p>"
            "<p>Bakı, Sumqayıt, Gəncə, Abşeron və işğaldan azad edilmiş ərazilərdən kənarda həyata keçirilən "
            "turizm layihələri investisiya təşviqi sənədi ala bilər; sənəd 7 il müddətinə mənfəət vergisinin yarısından, "
            "əmlak və torpaq vergisindən azadolma verir. Təxmini investisiya həcmi 10 milyon manatdır.</p>",
            "<p>Investors are invited to build and run a boutique hotel with a restaurant and conference "
            "hall in the town of Sheki.</p>"
            "<p>Tourism projects outside Baku, Sumgait, Ganja, Absheron and the liberated territories can "
            "qualify for the Investment Promotion Certificate, which halves profit tax and waives property and land tax for seven "
            "years. The indicative investment is AZN 10 million.</p>",
            "<p>Инвесторам предлагается построить в городе Шеки и управлять бутик-отелем с рестораном и "
            "конференц-залом.</p>"
            "<p>Туристические проекты за пределами Баку, Сумгайыта, Гянджи, Абшерона и освобождённых "
            "территорий могут получить документ о поощрении инвестиций, который на 7 лет освобождает от половины налога на прибыль, "
            "а также от налогов на имущество и землю. Ориентировочный объём инвестиций — 10 млн "
            "манатов.</p>",
        ),
        "sector": "tourism",
        "region": "sheki-zagatala",
        "investment_value": "10000000",
        "currency": "AZN",
        "status": "seeking_investor",
        "partners": [_azpromo()],
        "start_year": 2026,
        "latitude": 41.195,
        "longitude": 47.170,
    },
    # -----------------------------------------------------------------------
    {
        "key": "guba-mountain-resort",
        "slug": _t("quba-rayonunda-dag-istirahet-kompleksi", "mountain-resort-guba", "gornyy-kurort-guba"),
        "title": _t(
            "Quba rayonunda dağ istirahət kompleksi",
            "Mountain resort in the Guba district",
            "Горный курортный комплекс в Губинском районе",
        ),
        "summary": _t(
            "Otel, kotteclər və ilboyu fəaliyyət üçün istirahət infrastrukturu olan dağ kompleksi.",
            "A mountain resort with a hotel, cottages and leisure facilities for year-round operation.",
            "Горный комплекс с гостиницей, коттеджами и инфраструктурой отдыха для круглогодичной работы.",
        ),
        "description": _t(
            "<p>Layihə Quba rayonunun dağlıq hissəsində otel, kotteclər, spa və aktiv istirahət "
            "infrastrukturundan ibarət istirahət kompleksinin yaradılmasını nəzərdə tutur.</p>"
            "<p>Layihə regionda həyata keçirildiyi üçün investisiya təşviqi sənədi ala bilər. "
            "Təxmini investisiya həcmi 20 milyon avrodur.</p>",
            "<p>The project is a resort in the mountains of the Guba district with a hotel, cottages, a spa "
            "and outdoor activity facilities.</p>"
            "<p>Being located in the regions, the project can qualify for the Investment Promotion "
            "Certificate. The indicative investment is EUR 20 million.</p>",
            "<p>Проект предусматривает создание в горной части Губинского района комплекса отдыха с "
            "гостиницей, коттеджами, спа и инфраструктурой для активного отдыха.</p>"
            "<p>Поскольку проект реализуется в регионе, он может получить документ о поощрении "
            "инвестиций. Ориентировочный объём инвестиций — 20 млн евро.</p>",
        ),
        "sector": "tourism",
        "region": "guba-khachmaz",
        "investment_value": "20000000",
        "currency": "EUR",
        "status": "in_progress",
        "partners": [_azpromo()],
        "start_year": 2026,
        "latitude": 41.330,
        "longitude": 48.420,
    },
    # -----------------------------------------------------------------------
    {
        "key": "shusha-hotel",
        "slug": _t("susada-otel", "hotel-shusha", "gostinitsa-v-shushe"),
        "title": _t("Şuşada otel", "Hotel in Shusha", "Гостиница в Шуше"),
        "summary": _t(
            "Şuşa şəhərində işgüzar və mədəni turizm üçün otel.",
            "A hotel in the city of Shusha for business and cultural travellers.",
            "Гостиница в городе Шуша для деловых и культурных поездок.",
        ),
        "description": _t(
            "<p>İnvestorlara Şuşa şəhərində işgüzar və mədəni turizmə xidmət edəcək otel tikmək və idarə "
            "etmək təklif olunur.</p>"
            "<p>Qarabağda qeydiyyatda olan və fəaliyyət göstərən şirkətlər 10 il mənfəət, əmlak və torpaq "
            "vergisindən azaddır, işəgötürənin sosial sığorta haqları üzrə güzəşt də tətbiq olunur. "
            "Təxmini investisiya həcmi 15 milyon manatdır.</p>",
            "<p>Investors are invited to build and operate a hotel in the city of Shusha serving business "
            "and cultural travellers.</p>"
            "<p>Companies registered and operating in Karabakh are exempt for ten years from profit, "
            "property and land tax and receive relief on employer social insurance contributions. The "
            "indicative investment is AZN 15 million.</p>",
            "<p>Инвесторам предлагается построить в городе Шуша и управлять гостиницей для деловых и "
            "культурных поездок.</p>"
            "<p>Компании, зарегистрированные и работающие в Карабахе, на 10 лет освобождены от налогов "
            "на прибыль, имущество и землю и пользуются льготой по социальным взносам работодателя. "
            "Ориентировочный объём инвестиций — 15 млн манатов.</p>",
        ),
        "sector": "tourism",
        "region": "karabakh",
        "investment_value": "15000000",
        "currency": "AZN",
        "status": "seeking_investor",
        "partners": [_azpromo()],
        "start_year": 2026,
        "latitude": 39.758,
        "longitude": 46.750,
    },
    # -----------------------------------------------------------------------
    {
        "key": "baku-software-centre",
        "slug": _t(
            "bakida-proqram-teminati-merkezi", "software-development-centre-baku", "tsentr-razrabotki-po-v-baku"
        ),
        "title": _t(
            "Bakıda proqram təminatı hazırlanması mərkəzi",
            "Software development centre in Baku",
            "Центр разработки программного обеспечения в Баку",
        ),
        "summary": _t(
            "Beynəlxalq müştərilər üçün proqram məhsulları hazırlayacaq və texnopark rezidenti olacaq mərkəz.",
            "A centre developing software for international clients and operating as a technopark resident.",
            "Центр разработки программного обеспечения для международных клиентов со статусом резидента технопарка.",
        ),
        "description": _t(
            "<p>İnvestorlara Bakıda proqram təminatının hazırlanması və sistem inteqrasiyası üzrə mərkəz "
            "açmaq təklif olunur.</p>"
            "<p>Texnopark rezidenti statusu ilə şirkət 10 il mənfəət vergisindən, dividendlərdən tutulan "
            "vergidən, əmlak və torpaq vergisindən azad olacaq; işçilərin əmək haqqına 5% gəlir vergisi "
            "tətbiq ediləcək, əcnəbi mütəxəssislər üçün iş icazəsi tələb olunmayacaq. Təxmini investisiya "
            "həcmi 3 milyon ABŞ dollarıdır.</p>",
            "<p>Investors are invited to open a software development and system integration centre in "
            "Baku.</p>"
            "<p>With technopark residency, the company would be exempt for ten years from profit tax, "
            "dividend withholding tax, and property and land tax; employees' salaries would be taxed at 5%, "
            "and foreign specialists would need no work permits. The indicative investment is "
            "USD 3 million.</p>",
            "<p>Инвесторам предлагается открыть в Баку центр разработки программного обеспечения и "
            "системной интеграции.</p>"
            "<p>Со статусом резидента технопарка компания на 10 лет освобождается от налога на прибыль, "
            "налога на дивиденды, налогов на имущество и землю; зарплата работников облагается по ставке "
            "5%, а иностранным специалистам не нужны разрешения на работу. Ориентировочный объём "
            "инвестиций — 3 млн долларов США.</p>",
        ),
        "sector": "ict",
        "region": "baku",
        "investment_value": "3000000",
        "currency": "USD",
        "status": "proposal",
        "partners": [_idda(), _azpromo()],
        "start_year": 2026,
        "latitude": 40.409,
        "longitude": 49.867,
    },
]


# ===========================================================================
# SERVICES of the Ministry of Economy and AZPROMO
# ===========================================================================

_FEE_CONFIRM_MINISTRY = _t(
    "Dərc olunmuş qaydalarda göstərilməyib; İqtisadiyyat Nazirliyi ilə dəqiqləşdirin",
    "Not stated in the published rules; confirm with the Ministry of Economy",
    "В опубликованных правилах не указана; уточняйте в Министерстве экономики",
)

SERVICES = [
    # -----------------------------------------------------------------------
    {
        "key": "its-issuance",
        "slug": _t(
            "investisiya-tesviqi-senedinin-verilmesi",
            "issuing-investment-promotion-certificate",
            "vydacha-dokumenta-o-pooshchrenii-investitsiy",
        ),
        "title": _t(
            "İnvestisiya təşviqi sənədinin verilməsi",
            "Issuing the Investment Promotion Certificate",
            "Выдача документа о поощрении инвестиций",
        ),
        "summary": _t(
            "İqtisadiyyat Nazirliyi sənaye və turizm layihələri həyata keçirən hüquqi şəxslərə və fərdi "
            "sahibkarlara investisiya təşviqi sənədini 5 iş günü ərzində verir.",
            "The Ministry of Economy issues the Investment Promotion Certificate to legal entities and "
            "individual entrepreneurs with industrial or tourism projects within 5 working days.",
            "Министерство экономики в течение 5 рабочих дней выдаёт документ о поощрении инвестиций "
            "юридическим лицам и индивидуальным предпринимателям с промышленными и туристическими "
            "проектами.",
        ),
        "description": _t(
            "<p>İnvestisiya təşviqi sənədi layihənin 7 il müddətinə vergi və gömrük güzəştlərinə malik "
            "olduğunu təsdiq edir: mənfəət vergisinin (fərdi sahibkarlar üçün gəlir vergisinin) 50%-dən, "
            "əmlak və torpaq vergisindən, idxal olunan texnika, texnoloji avadanlıq və qurğulara görə ƏDV "
            "və gömrük rüsumlarından azadolma.</p>"
            "<p>Sənəd Azərbaycan Respublikası Prezidentinin 18 yanvar 2016-cı il tarixli 745 nömrəli "
            "Fərmanı ilə təsdiq edilmiş qaydalar əsasında İqtisadiyyat Nazirliyi tərəfindən verilir.</p>",
            "<p>The Investment Promotion Certificate confirms that a project qualifies for seven years of "
            "tax and customs exemptions: 50% of profit tax (income tax for individual entrepreneurs), full "
            "exemption from property and land tax, and exemption from VAT and customs duties on imported "
            "machinery, technological equipment and installations.</p>"
            "<p>The certificate is issued by the Ministry of Economy under the rules approved by Presidential "
            "Decree No. 745 of 18 January 2016.</p>",
            "<p>Документ о поощрении инвестиций подтверждает право проекта на налоговые и таможенные "
            "льготы сроком на 7 лет: освобождение от 50% налога на прибыль (для индивидуальных "
            "предпринимателей — подоходного налога), от налогов на имущество и землю, а также от НДС и "
            "таможенных пошлин при ввозе техники, технологического оборудования и установок.</p>"
            "<p>Документ выдаёт Министерство экономики по правилам, утверждённым Указом Президента № 745 "
            "от 18 января 2016 года.</p>",
        ),
        "who_may_use": _t(
            "<p>Sənaye və ya turizm sahəsində layihə həyata keçirən, fəaliyyət sahəsi, ərazi və minimal "
            "investisiya həcmi üzrə şərtlərə cavab verən hüquqi şəxslər və fərdi sahibkarlar. Dövlət payı "
            "30% və daha çox olan müəssisələrə sənəd verilmir.</p>",
            "<p>Legal entities and individual entrepreneurs carrying out industrial or tourism projects that "
            "meet the conditions on activity, location and minimum investment. Entities with a state share "
            "of 30% or more are not eligible.</p>",
            "<p>Юридические лица и индивидуальные предприниматели, реализующие промышленные или "
            "туристические проекты, которые отвечают условиям по виду деятельности, месту реализации и "
            "минимальному объёму инвестиций. Организациям с долей государства 30% и более документ не "
            "выдаётся.</p>",
        ),
        "steps": {
            "az": [
                {
                    "title": "Uyğunluğu yoxlayın",
                    "text": "Layihənin fəaliyyət sahəsinin, yerləşdiyi ərazinin və investisiya həcminin qüvvədə olan şərtlərə cavab verdiyinə əmin olun.",
                },
                {
                    "title": "Sənədləri hazırlayın",
                    "text": "Meyarlara uyğun biznes-plan, minimal investisiya məbləğinin ən azı 10%-nin yatırıldığını təsdiq edən sənədlər və vergi ödəyicisinin uçota alınması haqqında şəhadətnamənin surəti.",
                },
                {"title": "Müraciət edin", "text": "Ərizəni və sənədləri İqtisadiyyat Nazirliyinə təqdim edin."},
                {"title": "Qərarı alın", "text": "Nazirlik müraciətə baxır və 5 iş günü ərzində sənədi verir."},
            ],
            "en": [
                {
                    "title": "Check eligibility",
                    "text": "Make sure the project's activity, location and investment amount meet the conditions in force.",
                },
                {
                    "title": "Prepare the documents",
                    "text": "A business plan meeting the criteria, proof that at least 10% of the minimum investment has been made, and a copy of the taxpayer registration certificate.",
                },
                {"title": "Apply", "text": "Submit the application and documents to the Ministry of Economy."},
                {
                    "title": "Receive the decision",
                    "text": "The Ministry reviews the application and issues the certificate within 5 working days.",
                },
            ],
            "ru": [
                {
                    "title": "Проверьте соответствие условиям",
                    "text": "Убедитесь, что вид деятельности, место реализации и объём инвестиций проекта отвечают действующим условиям.",
                },
                {
                    "title": "Подготовьте документы",
                    "text": "Бизнес-план, отвечающий критериям, документы о вложении не менее 10% минимальной суммы инвестиций и копия свидетельства о постановке на учёт налогоплательщика.",
                },
                {"title": "Подайте заявление", "text": "Направьте заявление и документы в Министерство экономики."},
                {
                    "title": "Получите решение",
                    "text": "Министерство рассматривает заявление и выдаёт документ в течение 5 рабочих дней.",
                },
            ],
        },
        "fee": _FEE_CONFIRM_MINISTRY,
        "duration": _t("5 iş günü", "5 working days", "5 рабочих дней"),
        "responsible_body": "MIN",
        "ehis_url": "",
        "appeal_cta": True,
    },
    # -----------------------------------------------------------------------
    {
        "key": "equipment-import-confirmation",
        "slug": _t(
            "texnika-idxalina-dair-tesdiqedici-sened",
            "equipment-import-confirmation-document",
            "podtverzhdayushchiy-dokument-na-vvoz-oborudovaniya",
        ),
        "title": _t(
            "Texnika və avadanlığın idxalına dair təsdiqedici sənəd",
            "Confirmation document for importing machinery and equipment",
            "Подтверждающий документ на ввоз техники и оборудования",
        ),
        "summary": _t(
            "İnvestisiya təşviqi sənədi sahibləri bu sənəd əsasında texnika, texnoloji avadanlıq və "
            "qurğuları ƏDV və gömrük rüsumları ödəmədən idxal edir.",
            "Holders of the Investment Promotion Certificate use this document to import machinery, "
            "technological equipment and installations free of VAT and customs duties.",
            "Обладатели документа о поощрении инвестиций на его основании ввозят технику, "
            "технологическое оборудование и установки без уплаты НДС и таможенных пошлин.",
        ),
        "description": _t(
            "<p>İnvestisiya təşviqi sənədi sahibləri 7 il ərzində idxal etdikləri texnika, texnoloji "
            "avadanlıq və qurğulara görə ƏDV-dən və gömrük rüsumlarından azaddır. Güzəşt Azərbaycan "
            "Respublikası Prezidentinin 20 aprel 2016-cı il tarixli 877 nömrəli Fərmanı ilə nəzərdə "
            "tutulmuş təsdiqedici sənəd əsasında tətbiq olunur.</p>",
            "<p>Holders of the Investment Promotion Certificate are exempt for seven years from VAT and "
            "customs duties on the machinery, technological equipment and installations they import. The "
            "exemption is applied on the basis of a confirmation document provided for by Presidential "
            "Decree No. 877 of 20 April 2016.</p>",
            "<p>Обладатели документа о поощрении инвестиций в течение 7 лет освобождены от НДС и "
            "таможенных пошлин при ввозе техники, технологического оборудования и установок. Льгота "
            "применяется на основании подтверждающего документа, предусмотренного Указом Президента "
            "№ 877 от 20 апреля 2016 года.</p>",
        ),
        "who_may_use": _t(
            "<p>Qüvvədə olan investisiya təşviqi sənədinə malik hüquqi şəxslər və fərdi sahibkarlar.</p>",
            "<p>Legal entities and individual entrepreneurs holding a valid Investment Promotion Certificate.</p>",
            "<p>Юридические лица и индивидуальные предприниматели, имеющие действующий документ о "
            "поощрении инвестиций.</p>",
        ),
        "steps": {
            "az": [
                {
                    "title": "İnvestisiya təşviqi sənədini alın",
                    "text": "Təsdiqedici sənəd yalnız qüvvədə olan investisiya təşviqi sənədinin sahiblərinə verilir.",
                },
                {
                    "title": "Siyahını hazırlayın",
                    "text": "Layihə üçün idxal ediləcək texnika, texnoloji avadanlıq və qurğuların siyahısını tərtib edin.",
                },
                {"title": "Nazirliyə müraciət edin", "text": "Müraciəti İqtisadiyyat Nazirliyinə təqdim edin."},
                {
                    "title": "Gömrük rəsmiləşdirməsi",
                    "text": "Güzəştin tətbiqi üçün gömrük rəsmiləşdirməsi zamanı təsdiqedici sənədi təqdim edin.",
                },
            ],
            "en": [
                {
                    "title": "Hold a certificate",
                    "text": "The confirmation document is available only to holders of a valid Investment Promotion Certificate.",
                },
                {
                    "title": "List the equipment",
                    "text": "Draw up a list of the machinery, technological equipment and installations to be imported for the project.",
                },
                {"title": "Apply to the Ministry", "text": "Submit the request to the Ministry of Economy."},
                {
                    "title": "Clear customs",
                    "text": "Present the confirmation document at customs clearance so that the exemption is applied.",
                },
            ],
            "ru": [
                {
                    "title": "Получите документ о поощрении инвестиций",
                    "text": "Подтверждающий документ выдаётся только обладателям действующего документа о поощрении инвестиций.",
                },
                {
                    "title": "Составьте перечень",
                    "text": "Подготовьте перечень техники, технологического оборудования и установок, ввозимых для проекта.",
                },
                {"title": "Обратитесь в министерство", "text": "Направьте запрос в Министерство экономики."},
                {
                    "title": "Таможенное оформление",
                    "text": "Предъявите подтверждающий документ при таможенном оформлении, чтобы льгота была применена.",
                },
            ],
        },
        "fee": _FEE_CONFIRM_MINISTRY,
        "duration": _t(
            "İqtisadiyyat Nazirliyi ilə dəqiqləşdirin",
            "Confirm with the Ministry of Economy",
            "Уточняйте в Министерстве экономики",
        ),
        "responsible_body": "MIN",
        "ehis_url": "",
        "appeal_cta": True,
    },
    # -----------------------------------------------------------------------
    {
        "key": "industrial-park-residency",
        "slug": _t(
            "senaye-parkinda-rezidentlik-ucun-muraciet",
            "applying-for-industrial-park-residency",
            "zayavka-na-rezidentstvo-v-promyshlennom-parke",
        ),
        "title": _t(
            "Sənaye parkında rezidentlik üçün müraciət",
            "Applying for industrial park residency",
            "Заявка на резидентство в промышленном парке",
        ),
        "summary": _t(
            "İqtisadi Zonaların İnkişafı Agentliyinin idarə etdiyi sənaye parklarında rezident olmaq və 10 "
            "illik vergi güzəştlərindən yararlanmaq barədə məlumat.",
            "How to become a resident of an industrial park run by the Economic Zones Development Agency "
            "and use ten years of tax exemptions.",
            "Как стать резидентом промышленного парка, которым управляет Агентство развития экономических "
            "зон, и воспользоваться десятилетними налоговыми льготами.",
        ),
        "description": _t(
            "<p>Sənaye parklarında rezidentlik məsələlərinə İqtisadiyyat Nazirliyi yanında İqtisadi "
            "Zonaların İnkişafı Agentliyi baxır. Rezidentlər qeydiyyat tarixindən 10 il mənfəət, əmlak və "
            "torpaq vergisindən, texnika və avadanlığın idxalında ƏDV-dən azad edilir. Torpaq sahəsi "
            "uzunmüddətli icarəyə verilir; güzəştlər idxal olunan xammala şamil edilmir.</p>",
            "<p>Industrial park residency is handled by the Economic Zones Development Agency under the "
            "Ministry of Economy. Residents are exempt for ten years from registration from profit, property "
            "and land tax and from import VAT on machinery and equipment. Land is provided on long-term "
            "lease, and the exemptions do not cover imported raw materials.</p>",
            "<p>Вопросы резидентства в промышленных парках рассматривает Агентство развития экономических "
            "зон при Министерстве экономики. Резиденты на 10 лет с даты регистрации освобождаются от "
            "налогов на прибыль, имущество и землю, а также от НДС при ввозе техники и оборудования. "
            "Земля предоставляется в долгосрочную аренду; на ввозимое сырьё льготы не "
            "распространяются.</p>",
        ),
        "who_may_use": _t(
            "<p>Parkın ixtisaslaşmasına uyğun istehsal layihəsi planlaşdıran sahibkarlar: Sumqayıtda kimya "
            "və neft-kimya, Mingəçevirdə toxuculuq, Qaradağda gəmiqayırma, Pirallahıda əczaçılıq və s.</p>",
            "<p>Entrepreneurs planning manufacturing projects that fit a park's specialisation: chemicals "
            "and petrochemicals in Sumgait, textiles in Mingachevir, shipbuilding in Garadagh, "
            "pharmaceuticals in Pirallahi, and others.</p>",
            "<p>Предприниматели, планирующие производственные проекты в соответствии со специализацией "
            "парка: химия и нефтехимия в Сумгайыте, текстиль в Мингячевире, судостроение в Гарадаге, "
            "фармацевтика в Пираллахи и другие.</p>",
        ),
        "steps": {
            "az": [
                {"title": "Parkı seçin", "text": "Layihənizin sahəsinə uyğun ixtisaslaşmış parkı müəyyən edin."},
                {
                    "title": "Agentliklə əlaqə saxlayın",
                    "text": "Layihəni və boş torpaq sahələrini İqtisadi Zonaların İnkişafı Agentliyi ilə müzakirə edin; ümumi suallar Agentliyin saytındakı sual-cavab bölməsində cavablandırılır.",
                },
                {
                    "title": "Rezidentlik üçün müraciət edin",
                    "text": "Rezidentlik ərizəsini layihə sənədləri ilə birlikdə Agentliyə təqdim edin.",
                },
                {
                    "title": "İcarə müqaviləsi bağlayın",
                    "text": "Rezident kimi qeydiyyatdan sonra torpaq sahəsi üzrə uzunmüddətli icarə müqaviləsi imzalanır.",
                },
            ],
            "en": [
                {"title": "Choose a park", "text": "Identify the park whose specialisation matches your project."},
                {
                    "title": "Contact the Agency",
                    "text": "Discuss the project and available plots with the Economic Zones Development Agency; its website FAQ answers common questions.",
                },
                {
                    "title": "Apply for residency",
                    "text": "Submit the residency application with the project documents to the Agency.",
                },
                {
                    "title": "Sign the lease",
                    "text": "After registration as a resident, a long-term lease is signed for the plot.",
                },
            ],
            "ru": [
                {
                    "title": "Выберите парк",
                    "text": "Определите парк, специализация которого соответствует вашему проекту.",
                },
                {
                    "title": "Свяжитесь с Агентством",
                    "text": "Обсудите проект и свободные участки с Агентством развития экономических зон; ответы на типичные вопросы есть на его сайте.",
                },
                {
                    "title": "Подайте заявление",
                    "text": "Направьте в Агентство заявление о резидентстве вместе с документами по проекту.",
                },
                {
                    "title": "Заключите договор аренды",
                    "text": "После регистрации в качестве резидента подписывается договор долгосрочной аренды участка.",
                },
            ],
        },
        "fee": _t(
            "Torpaq icarəsi: məsələn, Sumqayıt Kimya Sənaye Parkında ilk hektar üçün ildə 1 600 manat, hər "
            "növbəti hektar üçün 3 200 manat; Pirallahı Sənaye Parkında 2 000 və 4 000 manat",
            "Land lease: for example, AZN 1,600 a year for the first hectare and AZN 3,200 for each further "
            "hectare in the Sumgait Chemical Industrial Park; AZN 2,000 and AZN 4,000 in the Pirallahi "
            "Industrial Park",
            "Аренда земли: например, в Сумгайытском химическом промышленном парке 1 600 манатов в год за "
            "первый гектар и 3 200 манатов за каждый следующий; в Пираллахинском — 2 000 и 4 000 манатов",
        ),
        "duration": _t(
            "İqtisadi Zonaların İnkişafı Agentliyi ilə dəqiqləşdirin",
            "Confirm with the Economic Zones Development Agency",
            "Уточняйте в Агентстве развития экономических зон",
        ),
        "responsible_body": "MIN",
        "ehis_url": "",
        "appeal_cta": True,
    },
    # -----------------------------------------------------------------------
    {
        "key": "investor-consultation",
        "slug": _t(
            "investorlar-ucun-melumat-ve-meslehet",
            "investor-information-and-consultation",
            "informatsiya-i-konsultatsii-dlya-investorov",
        ),
        "title": _t(
            "İnvestorlar üçün məlumat və məsləhət",
            "Investor information and consultation",
            "Информация и консультации для инвесторов",
        ),
        "summary": _t(
            "İnvestisiya mühiti, güzəştlər, prioritet sahələr və layihələr barədə suallarınızı portalın "
            "elektron kabineti vasitəsilə AZPROMO-ya göndərin.",
            "Send AZPROMO your questions on the investment climate, incentives, priority sectors and "
            "projects through the portal's e-cabinet.",
            "Направляйте в AZPROMO вопросы об инвестиционном климате, льготах, приоритетных отраслях и "
            "проектах через электронный кабинет портала.",
        ),
        "description": _t(
            "<p>Azərbaycan İxracın və İnvestisiyaların Təşviqi Agentliyi (AZPROMO) İqtisadiyyat Nazirliyinin "
            "tabeliyində publik hüquqi şəxsdir. Agentliyin investorlarla işi xaricdə investisiya "
            "təqdimatlarının keçirilməsini, xarici investisiya qurumları ilə anlaşma memorandumlarının "
            "imzalanmasını və investisiya layihələrinin, o cümlədən Qarabağdakı layihələrin təqdimatını "
            "əhatə edir.</p>"
            "<p>Bu portal vasitəsilə investorlar AZPROMO-ya investisiya mühiti, güzəştlər, prioritet sahələr "
            "və bələdçidə dərc olunmuş layihələr barədə sual göndərə bilər. Məsləhət səlahiyyətli "
            "qurumların rəsmi prosedurlarını əvəz etmir.</p>",
            "<p>The Azerbaijan Export and Investment Promotion Agency (AZPROMO) is a public legal entity "
            "under the Ministry of Economy. Its work with investors includes investment roadshows abroad, "
            "memoranda of understanding with foreign investment agencies and presenting investment "
            "projects, including projects in Karabakh.</p>"
            "<p>Through this portal, investors can send AZPROMO questions about the investment climate, "
            "incentives, priority sectors and the projects published in the guide. The advice does not "
            "replace the official procedures of the competent authorities.</p>",
            "<p>Агентство по продвижению экспорта и инвестиций Азербайджана (AZPROMO) — публичное "
            "юридическое лицо в подчинении Министерства экономики. Работа агентства с инвесторами включает "
            "инвестиционные презентации за рубежом, меморандумы о взаимопонимании с иностранными "
            "инвестиционными агентствами и презентацию инвестиционных проектов, в том числе в "
            "Карабахе.</p>"
            "<p>Через этот портал инвесторы могут направить в AZPROMO вопросы об инвестиционном климате, "
            "льготах, приоритетных отраслях и проектах, опубликованных в справочнике. Консультация не "
            "заменяет официальных процедур компетентных органов.</p>",
        ),
        "who_may_use": _t(
            "<p>Azərbaycanda investisiya qoymağı nəzərdən keçirən xarici və yerli investorlar — fiziki "
            "şəxslər, fərdi sahibkarlar və şirkətlər.</p>",
            "<p>Foreign and local investors considering an investment in Azerbaijan: individuals, individual "
            "entrepreneurs and companies.</p>",
            "<p>Иностранные и местные инвесторы, рассматривающие вложения в Азербайджан: физические лица, "
            "индивидуальные предприниматели и компании.</p>",
        ),
        "steps": {
            "az": [
                {"title": "Elektron kabinetə daxil olun", "text": "Portalın elektron kabinetinə daxil olun."},
                {
                    "title": "Sualınızı yazın",
                    "text": "Ünvan kimi AZPROMO-nu seçin, layihənizi və suallarınızı qısa təsvir edin.",
                },
                {
                    "title": "Sənəd əlavə edin",
                    "text": "Varsa, layihənin qısa təsvirini və ya digər sənədləri əlavə edin.",
                },
                {
                    "title": "Cavabı alın",
                    "text": "Müraciətə qeydiyyat nömrəsi verilir, cavab elektron kabinetinizə göndərilir.",
                },
            ],
            "en": [
                {"title": "Sign in", "text": "Sign in to the portal's e-cabinet."},
                {
                    "title": "Write your question",
                    "text": "Choose AZPROMO as the addressee and briefly describe your project and questions.",
                },
                {"title": "Attach documents", "text": "Attach a project summary or other documents, if available."},
                {
                    "title": "Receive the answer",
                    "text": "Your enquiry gets a registration number, and the answer is delivered to your e-cabinet.",
                },
            ],
            "ru": [
                {"title": "Войдите в кабинет", "text": "Войдите в электронный кабинет портала."},
                {
                    "title": "Сформулируйте вопрос",
                    "text": "Выберите адресатом AZPROMO и кратко опишите проект и свои вопросы.",
                },
                {
                    "title": "Приложите документы",
                    "text": "При наличии приложите краткое описание проекта или другие документы.",
                },
                {
                    "title": "Получите ответ",
                    "text": "Обращению присваивается регистрационный номер, ответ поступает в ваш электронный кабинет.",
                },
            ],
        },
        "fee": _t(
            "Portal vasitəsilə göndərilən sorğulara görə ödəniş tutulmur",
            "No charge for enquiries sent through the portal",
            "За обращения через портал плата не взимается",
        ),
        "duration": _t(
            "15 iş günü; əlavə araşdırma tələb olunduqda 30 iş günü",
            "15 working days; 30 working days if further study is needed",
            "15 рабочих дней; 30 рабочих дней, если требуется дополнительное изучение",
        ),
        "responsible_body": "AZP",
        "ehis_url": "",
        "appeal_cta": True,
    },
    # -----------------------------------------------------------------------
    {
        "key": "national-stands-at-fairs",
        "slug": _t(
            "beynelxalq-sergilerde-milli-stend",
            "national-stands-at-international-fairs",
            "natsionalnye-stendy-na-mezhdunarodnykh-vystavkakh",
        ),
        "title": _t(
            "Beynəlxalq sərgilərdə milli stendlərdə iştirak",
            "National stands at international fairs",
            "Участие в национальных стендах на международных выставках",
        ),
        "summary": _t(
            "Azərbaycan ixracatçıları dövlət ixrac dəstəyi mexanizmi çərçivəsində beynəlxalq sərgilərdə "
            "milli stenddə məhsullarını təqdim edə bilər.",
            "Azerbaijani exporters can present their products at international exhibitions on the national "
            "stand under the state export support mechanism.",
            "Азербайджанские экспортёры могут представить свою продукцию на международных выставках в "
            "составе национального стенда в рамках государственного механизма поддержки экспорта.",
        ),
        "description": _t(
            "<p>Azərbaycan Respublikası Prezidentinin 5 oktyabr 2016-cı il tarixli 1063 nömrəli Fərmanı və "
            "Nazirlər Kabinetinin 31 oktyabr 2018-ci il tarixli 470 nömrəli Qərarı ilə ixracatçılara dövlət "
            "dəstəyi nəzərdə tutulub. Mexanizmlərdən biri beynəlxalq sərgi və yarmarkalarda milli stenddə "
            "iştirakdır. İxracatçılar AZPROMO vasitəsilə müraciət edir; dəstək mexanizmləri barədə məlumat "
            "AZPROMO-nun “Made in Azerbaijan” bölməsində dərc olunur.</p>",
            "<p>Presidential Decree No. 1063 of 5 October 2016 and Cabinet of Ministers Decision No. 470 of "
            "31 October 2018 provide for state support to exporters. One of the mechanisms is taking part in "
            "international exhibitions and fairs on the national stand. Exporters apply through AZPROMO, "
            "which publishes information on the support mechanisms in its “Made in Azerbaijan” "
            "section.</p>",
            "<p>Указ Президента № 1063 от 5 октября 2016 года и Постановление Кабинета Министров № 470 от "
            "31 октября 2018 года предусматривают государственную поддержку экспортёров. Один из "
            "механизмов — участие в международных выставках и ярмарках в составе национального стенда. "
            "Экспортёры подают заявки через AZPROMO; сведения о механизмах поддержки публикуются в разделе "
            "«Made in Azerbaijan» на сайте агентства.</p>",
        ),
        "who_may_use": _t(
            "<p>Azərbaycan məhsullarının istehsalçıları və ixracatçıları. Hər tədbir üzrə seçim şərtləri "
            "ixracın təşviqi qaydaları ilə müəyyən edilir.</p>",
            "<p>Producers and exporters of Azerbaijani products. Selection conditions for each event are set "
            "by the export promotion rules.</p>",
            "<p>Производители и экспортёры азербайджанской продукции. Условия отбора на каждое мероприятие "
            "определяются правилами стимулирования экспорта.</p>",
        ),
        "steps": {
            "az": [
                {
                    "title": "Elanları izləyin",
                    "text": "AZPROMO milli stendlə iştirak nəzərdə tutulan sərgiləri elan edir.",
                },
                {"title": "Müraciət edin", "text": "Seçdiyiniz sərgi üçün AZPROMO-ya müraciət göndərin."},
                {
                    "title": "Hazırlaşın",
                    "text": "Seçim nəticələrindən sonra eksponatları və təşkilati məsələləri AZPROMO ilə razılaşdırın.",
                },
                {"title": "Sərgidə iştirak edin", "text": "Məhsullarınızı milli stenddə xarici alıcılara təqdim edin."},
            ],
            "en": [
                {
                    "title": "Follow the announcements",
                    "text": "AZPROMO announces the exhibitions that will have a national stand.",
                },
                {"title": "Apply", "text": "Send AZPROMO an application for the exhibition you have chosen."},
                {"title": "Prepare", "text": "Once selected, agree the exhibits and arrangements with AZPROMO."},
                {"title": "Exhibit", "text": "Present your products to foreign buyers on the national stand."},
            ],
            "ru": [
                {
                    "title": "Следите за объявлениями",
                    "text": "AZPROMO объявляет выставки, на которых будет организован национальный стенд.",
                },
                {"title": "Подайте заявку", "text": "Направьте в AZPROMO заявку на выбранную выставку."},
                {
                    "title": "Подготовьтесь",
                    "text": "После отбора согласуйте с AZPROMO экспонаты и организационные вопросы.",
                },
                {
                    "title": "Участвуйте",
                    "text": "Представьте продукцию иностранным покупателям на национальном стенде.",
                },
            ],
        },
        "fee": _t(
            "İxrac dəstəyi mexanizmi çərçivəsində; hər tədbir üzrə şərtləri AZPROMO ilə dəqiqləşdirin",
            "Under the state export support mechanism; confirm the terms of each event with AZPROMO",
            "В рамках механизма поддержки экспорта; условия каждого мероприятия уточняйте в AZPROMO",
        ),
        "duration": _t(
            "Sərgilərin təqviminə uyğun olaraq",
            "According to the exhibition calendar",
            "В соответствии с календарём выставок",
        ),
        "responsible_body": "AZP",
        "ehis_url": "",
        "appeal_cta": True,
    },
    # -----------------------------------------------------------------------
    {
        "key": "export-and-buyer-missions",
        "slug": _t("ixrac-ve-alici-missiyalari", "export-and-buyer-missions", "eksportnye-missii-i-missii-pokupateley"),
        "title": _t(
            "İxrac və alıcı missiyaları", "Export and buyer missions", "Экспортные миссии и миссии покупателей"
        ),
        "summary": _t(
            "30-a qədər ixracatçının dövlət hesabına xarici bazarlara səfərləri və xarici alıcıların "
            "Azərbaycana dəvət olunması.",
            "State-funded trips of up to 30 exporters to foreign markets, and visits by foreign buyers to Azerbaijan.",
            "Поездки до 30 экспортёров на зарубежные рынки за счёт государства и визиты иностранных "
            "покупателей в Азербайджан.",
        ),
        "description": _t(
            "<p>İxrac missiyaları 30-a qədər Azərbaycan ixracatçısını 6 günlük səfərlə hədəf bazarlara "
            "aparır; missiyalar dövlət hesabına maliyyələşdirilir. Alıcı missiyaları isə əksinə, xarici "
            "alıcıların yerli istehsalçılarla görüşmək üçün Azərbaycana səfərini nəzərdə tutur.</p>"
            "<p>Hər iki mexanizm 1063 nömrəli Fərman və Nazirlər Kabinetinin 470 nömrəli Qərarı əsasında "
            "fəaliyyət göstərir; ixracatçılar AZPROMO vasitəsilə müraciət edir.</p>",
            "<p>Export missions take up to 30 Azerbaijani exporters on a 6-day trip to target markets and are "
            "funded by the state. Buyer missions work the other way round: foreign buyers visit Azerbaijan "
            "to meet local producers.</p>"
            "<p>Both mechanisms operate under Decree No. 1063 and Cabinet of Ministers Decision No. 470, and "
            "exporters apply through AZPROMO.</p>",
            "<p>Экспортные миссии — это 6-дневные поездки до 30 азербайджанских экспортёров на целевые "
            "рынки за счёт государства. Миссии покупателей работают в обратном направлении: иностранные "
            "покупатели приезжают в Азербайджан для встреч с местными производителями.</p>"
            "<p>Оба механизма действуют на основании Указа № 1063 и Постановления Кабинета Министров "
            "№ 470; экспортёры подают заявки через AZPROMO.</p>",
        ),
        "who_may_use": _t(
            "<p>Xarici bazarlara çıxmaq və ya ixracı genişləndirmək istəyən Azərbaycan istehsalçıları və "
            "ixracatçıları.</p>",
            "<p>Azerbaijani producers and exporters that want to enter foreign markets or expand their exports.</p>",
            "<p>Азербайджанские производители и экспортёры, желающие выйти на зарубежные рынки или "
            "расширить экспорт.</p>",
        ),
        "steps": {
            "az": [
                {
                    "title": "Elanları izləyin",
                    "text": "AZPROMO planlaşdırılan missiyaları və hədəf ölkələri elan edir.",
                },
                {"title": "Müraciət edin", "text": "Missiyada iştirak üçün AZPROMO-ya müraciət göndərin."},
                {"title": "Hazırlaşın", "text": "Şirkət təqdimatını, məhsul kataloqunu və nümunələri hazırlayın."},
                {
                    "title": "Görüşlərdə iştirak edin",
                    "text": "Potensial alıcı və tərəfdaşlarla işgüzar görüşlər keçirin.",
                },
            ],
            "en": [
                {
                    "title": "Follow the announcements",
                    "text": "AZPROMO announces planned missions and their target countries.",
                },
                {"title": "Apply", "text": "Send AZPROMO an application to join the mission."},
                {"title": "Prepare", "text": "Prepare your company presentation, product catalogue and samples."},
                {"title": "Meet buyers", "text": "Hold business meetings with potential buyers and partners."},
            ],
            "ru": [
                {
                    "title": "Следите за объявлениями",
                    "text": "AZPROMO объявляет запланированные миссии и целевые страны.",
                },
                {"title": "Подайте заявку", "text": "Направьте в AZPROMO заявку на участие в миссии."},
                {"title": "Подготовьтесь", "text": "Подготовьте презентацию компании, каталог продукции и образцы."},
                {
                    "title": "Проведите встречи",
                    "text": "Проведите деловые встречи с потенциальными покупателями и партнёрами.",
                },
            ],
        },
        "fee": _t(
            "İxrac missiyaları dövlət hesabına maliyyələşdirilir",
            "Export missions are funded by the state",
            "Экспортные миссии финансируются государством",
        ),
        "duration": _t(
            "İxrac missiyası 6 gün davam edir", "An export mission lasts 6 days", "Экспортная миссия длится 6 дней"
        ),
        "responsible_body": "AZP",
        "ehis_url": "",
        "appeal_cta": True,
    },
    # -----------------------------------------------------------------------
    {
        "key": "appeals",
        "slug": _t(
            "nazirliye-ve-azpromo-ya-muraciet",
            "appeals-to-the-ministry-and-azpromo",
            "obrashcheniya-v-ministerstvo-i-azpromo",
        ),
        "title": _t(
            "İqtisadiyyat Nazirliyinə və AZPROMO-ya müraciət",
            "Appeals to the Ministry of Economy and AZPROMO",
            "Обращения в Министерство экономики и AZPROMO",
        ),
        "summary": _t(
            "İqtisadiyyat Nazirliyinə və AZPROMO-ya təklif, ərizə və şikayətlərinizi elektron qaydada "
            "göndərin və onların icrasını elektron kabinetdə izləyin.",
            "Send proposals, applications and complaints to the Ministry of Economy and AZPROMO "
            "electronically and follow their progress in your e-cabinet.",
            "Направляйте предложения, заявления и жалобы в Министерство экономики и AZPROMO в электронном "
            "виде и следите за их рассмотрением в электронном кабинете.",
        ),
        "description": _t(
            "<p>Elektron kabinet vasitəsilə İqtisadiyyat Nazirliyinə və AZPROMO-ya təklif, ərizə və "
            "şikayət göndərmək mümkündür. Müraciətlər “Vətəndaşların müraciətləri haqqında” və “İnzibati "
            "icraat haqqında” qanunlara uyğun olaraq qeydiyyata alınır, baxılır və cavablandırılır:</p>"
            "<ul><li>ərizə daxil olduğu gün qeydiyyata alınır, qeydiyyat tarixi və nömrəsi barədə qeyd "
            "müraciət edənə 3 gün ərzində verilir;</li>"
            "<li>müraciətə 15 iş günü, əlavə öyrənmə və ya yoxlama tələb olunduqda 30 iş günü ərzində "
            "baxılır;</li>"
            "<li>əlavə məlumat tələb olunduqda müddət 30 iş gününədək uzadıla bilər;</li>"
            "<li>qurumun səlahiyyətinə aid olmayan müraciət 3 iş günü ərzində aidiyyəti orqana göndərilir və "
            "bu barədə müraciət edənə məlumat verilir.</li></ul>",
            "<p>Through the e-cabinet you can send proposals, applications and complaints to the Ministry of "
            "Economy and AZPROMO. Appeals are registered, examined and answered under the Law on Citizens' "
            "Appeals and the Law on Administrative Proceedings:</p>"
            "<ul><li>an application is registered on the day it arrives, and the applicant receives a note "
            "of the registration date and number within 3 days;</li>"
            "<li>an appeal is examined within 15 working days, or 30 working days if further study or "
            "checks are needed;</li>"
            "<li>where additional information is requested, the term may be extended by up to 30 working "
            "days;</li>"
            "<li>an appeal outside the body's competence is forwarded to the competent body within 3 working "
            "days, and the applicant is informed.</li></ul>",
            "<p>Через электронный кабинет можно направить в Министерство экономики и AZPROMO предложения, "
            "заявления и жалобы. Обращения регистрируются, рассматриваются и получают ответ в соответствии "
            "с Законами «Об обращениях граждан» и «Об административном производстве»:</p>"
            "<ul><li>заявление регистрируется в день поступления, а отметка о дате и номере регистрации "
            "выдаётся заявителю в течение 3 дней;</li>"
            "<li>обращение рассматривается в течение 15 рабочих дней, а если требуется дополнительное "
            "изучение или проверка — 30 рабочих дней;</li>"
            "<li>при запросе дополнительной информации срок может быть продлён ещё до 30 рабочих дней;</li>"
            "<li>обращение, не относящееся к компетенции органа, в течение 3 рабочих дней направляется в "
            "компетентный орган с уведомлением заявителя.</li></ul>",
        ),
        "who_may_use": _t(
            "<p>Fiziki və hüquqi şəxslər, o cümlədən xarici investorlar. Müraciətdə müraciət edənin adı, "
            "atasının adı, soyadı və ünvanı, hüquqi şəxs üçün isə adı və hüquqi ünvanı göstərilməlidir. "
            "Anonim müraciətlərə baxılmır.</p>",
            "<p>Natural and legal persons, including foreign investors. An appeal must give the applicant's "
            "name, patronymic, surname and address, or, for a legal entity, its name and legal address. "
            "Anonymous appeals are not considered.</p>",
            "<p>Физические и юридические лица, в том числе иностранные инвесторы. В обращении указываются "
            "имя, отчество, фамилия и адрес заявителя, а для юридического лица — наименование и "
            "юридический адрес. Анонимные обращения не рассматриваются.</p>",
        ),
        "steps": {
            "az": [
                {"title": "Elektron kabinetə daxil olun", "text": "Portalın elektron kabinetinə daxil olun."},
                {
                    "title": "Ünvanı və növü seçin",
                    "text": "Müraciətin ünvanını (İqtisadiyyat Nazirliyi və ya AZPROMO) və növünü (təklif, ərizə, şikayət) seçin.",
                },
                {"title": "Müraciəti yazın", "text": "Məsələni aydın təsvir edin və lazımi sənədləri əlavə edin."},
                {"title": "Göndərin", "text": "Müraciət həmin gün qeydiyyata alınır və ona qeydiyyat nömrəsi verilir."},
                {"title": "İcranı izləyin", "text": "Müraciətin vəziyyətini və cavabı elektron kabinetdə izləyin."},
            ],
            "en": [
                {"title": "Sign in", "text": "Sign in to the portal's e-cabinet."},
                {
                    "title": "Choose the addressee and type",
                    "text": "Select the addressee (Ministry of Economy or AZPROMO) and the type of appeal (proposal, application or complaint).",
                },
                {
                    "title": "Write the appeal",
                    "text": "Describe the matter clearly and attach any supporting documents.",
                },
                {"title": "Submit", "text": "The appeal is registered the same day and given a registration number."},
                {
                    "title": "Track progress",
                    "text": "Follow the status of the appeal and read the answer in your e-cabinet.",
                },
            ],
            "ru": [
                {"title": "Войдите в кабинет", "text": "Войдите в электронный кабинет портала."},
                {
                    "title": "Выберите адресата и вид",
                    "text": "Укажите адресата (Министерство экономики или AZPROMO) и вид обращения (предложение, заявление или жалоба).",
                },
                {
                    "title": "Составьте обращение",
                    "text": "Чётко изложите суть вопроса и приложите необходимые документы.",
                },
                {
                    "title": "Отправьте",
                    "text": "Обращение регистрируется в тот же день и получает регистрационный номер.",
                },
                {
                    "title": "Следите за рассмотрением",
                    "text": "Отслеживайте статус обращения и получите ответ в электронном кабинете.",
                },
            ],
        },
        "fee": _t(
            "Portal vasitəsilə göndərilən müraciətlərə görə ödəniş tutulmur",
            "No charge for appeals sent through the portal",
            "За обращения через портал плата не взимается",
        ),
        "duration": _t(
            "15 iş günü; əlavə öyrənmə tələb olunduqda 30 iş günü",
            "15 working days; 30 working days if further study is needed",
            "15 рабочих дней; 30 рабочих дней, если требуется дополнительное изучение",
        ),
        "responsible_body": "MIN",
        "ehis_url": "",
        "appeal_cta": True,
    },
    # -----------------------------------------------------------------------
    {
        "key": "electronic-company-registration",
        "slug": _t(
            "sirketin-elektron-qeydiyyati", "electronic-company-registration", "elektronnaya-registratsiya-kompanii"
        ),
        "title": _t(
            "Şirkətin elektron qeydiyyatı", "Electronic company registration", "Электронная регистрация компании"
        ),
        "summary": _t(
            "Kommersiya hüquqi şəxsləri, o cümlədən xarici investisiyalı MMC-lər, Dövlət Vergi Xidməti "
            "tərəfindən “bir pəncərə” prinsipi ilə 2 iş günü ərzində qeydiyyata alınır; elektron qeydiyyat "
            "ödənişsizdir.",
            "Commercial legal entities, including foreign-owned LLCs, are registered by the State Tax Service "
            "on the one-window principle within 2 working days; electronic registration is free.",
            "Коммерческие юридические лица, в том числе ООО с иностранными инвестициями, регистрируются "
            "Государственной налоговой службой по принципу «единого окна» за 2 рабочих дня; электронная "
            "регистрация бесплатна.",
        ),
        "description": _t(
            "<p>Kommersiya hüquqi şəxslərinin dövlət qeydiyyatını İqtisadiyyat Nazirliyi yanında Dövlət "
            "Vergi Xidməti “bir pəncərə” prinsipi ilə 2 iş günü ərzində həyata keçirir. Yerli və xarici "
            "investisiyalı MMC-lər onlayn qeydiyyatdan keçə bilər: ərizə gücləndirilmiş elektron imza ilə "
            "imzalanır və dövlət rüsumu tutulmur. Kağız formada müraciət üçün rüsum 11 manat, xarici hüquqi "
            "şəxslərin filial və nümayəndəlikləri üçün isə 220 manatdır.</p>"
            "<p>Ən geniş yayılmış hüquqi forma məhdud məsuliyyətli cəmiyyətdir (MMC). MMC üçün minimum "
            "nizamnamə kapitalı tələbi yoxdur; qapalı səhmdar cəmiyyəti üçün 2 000 manat, açıq səhmdar "
            "cəmiyyəti üçün 4 000 manat tələb olunur. Xarici iştirak payına məhdudiyyət qoyulmur. Tələb "
            "olunan sənədlərin siyahısı "
            + _a(URL_REGISTRATION_DOCS, "Dövlət Vergi Xidmətinin saytında")
            + " dərc olunub.</p>",
            "<p>State registration of commercial legal entities is carried out by the State Tax Service "
            "under the Ministry of Economy on the one-window principle within 2 working days. LLCs with local "
            "or foreign investment can register online: the application is signed with an enhanced "
            "electronic signature and no state duty is charged. Filing on paper costs AZN 11, or AZN 220 for "
            "branches and representative offices of foreign legal entities.</p>"
            "<p>The limited liability company (LLC, Azerbaijani MMC) is the most common legal form. An LLC "
            "has no minimum capital requirement; a closed joint-stock company needs AZN 2,000 and an open one "
            "AZN 4,000. There are no limits on foreign shareholding. The list of required documents is "
            "published on the " + _a(URL_REGISTRATION_DOCS, "State Tax Service website") + ".</p>",
            "<p>Государственную регистрацию коммерческих юридических лиц осуществляет Государственная "
            "налоговая служба при Министерстве экономики по принципу «единого окна» в течение 2 рабочих "
            "дней. ООО с местными и иностранными инвестициями могут зарегистрироваться онлайн: заявление "
            "подписывается усиленной электронной подписью, госпошлина не взимается. При подаче на бумаге "
            "пошлина составляет 11 манатов, а для филиалов и представительств иностранных юридических "
            "лиц — 220 манатов.</p>"
            "<p>Самая распространённая организационно-правовая форма — общество с ограниченной "
            "ответственностью (ООО, по-азербайджански MMC). Минимального уставного капитала для ООО нет; "
            "для закрытого акционерного общества требуется 2 000 манатов, для открытого — 4 000 манатов. "
            "Ограничений на долю иностранного участия нет. Перечень необходимых документов опубликован на "
            + _a(URL_REGISTRATION_DOCS, "сайте Государственной налоговой службы")
            + ".</p>",
        ),
        "who_may_use": _t(
            "<p>Azərbaycanda kommersiya hüquqi şəxsi yaradan yerli və xarici investorlar, habelə filial və "
            "ya nümayəndəlik açan xarici şirkətlər. Qeyri-rezidentlər daimi yaşamaq icazəsi olduqda SİMA "
            "tokeni vasitəsilə gücləndirilmiş elektron imza əldə edə bilər.</p>",
            "<p>Local and foreign investors setting up a commercial legal entity in Azerbaijan, and foreign "
            "companies opening a branch or representative office. Non-residents who hold a permanent "
            "residence permit can obtain a qualified electronic signature with a SİMA token.</p>",
            "<p>Местные и иностранные инвесторы, создающие коммерческое юридическое лицо в Азербайджане, а "
            "также иностранные компании, открывающие филиал или представительство. Нерезиденты с "
            "разрешением на постоянное проживание могут получить квалифицированную электронную подпись с "
            "помощью токена SİMA.</p>",
        ),
        "steps": {
            "az": [
                {
                    "title": "Hüquqi formanı seçin",
                    "text": "Əksər investorlar məhdud məsuliyyətli cəmiyyət (MMC) formasını seçir.",
                },
                {
                    "title": "Sənədləri hazırlayın",
                    "text": "Nizamnamə, təsisçinin qərarı, hüquqi ünvanı təsdiq edən sənəd və Dövlət Vergi Xidmətinin siyahısındakı digər sənədlər.",
                },
                {
                    "title": "Müraciəti göndərin",
                    "text": "Ərizəni gücləndirilmiş elektron imza ilə imzalayıb elektron qaydada göndərin (və ya kağız formada təqdim edin).",
                },
                {"title": "Qeydiyyat", "text": "Şirkət 2 iş günü ərzində qeydiyyata alınır."},
                {
                    "title": "Qeydiyyatdan sonrakı addımlar",
                    "text": "Qanuni təmsilçi üçün ASAN İmza, şirkət möhürü, əcnəbi rəhbər üçün müvəqqəti yaşama icazəsi və zərurət olduqda iş icazəsi, elektron təmsilçi, əmək müqaviləsi bildirişlərinin qeydiyyatı, tələb olunduqda lisenziya.",
                },
            ],
            "en": [
                {"title": "Choose the legal form", "text": "Most investors choose a limited liability company (LLC)."},
                {
                    "title": "Prepare the documents",
                    "text": "Charter, founder's decision, proof of legal address and the other documents on the State Tax Service list.",
                },
                {
                    "title": "Submit the application",
                    "text": "Sign the application with an enhanced electronic signature and file it online (or file on paper).",
                },
                {"title": "Registration", "text": "The company is registered within 2 working days."},
                {
                    "title": "After registration",
                    "text": "ASAN İmza mobile signature for the legal representative, company seal, temporary residence permit and, where required, a work permit for a foreign director, e-representative, registration of employment contract notices, and a licence where required.",
                },
            ],
            "ru": [
                {
                    "title": "Выберите форму",
                    "text": "Большинство инвесторов выбирают общество с ограниченной ответственностью (ООО).",
                },
                {
                    "title": "Подготовьте документы",
                    "text": "Устав, решение учредителя, подтверждение юридического адреса и другие документы из перечня Государственной налоговой службы.",
                },
                {
                    "title": "Подайте заявление",
                    "text": "Подпишите заявление усиленной электронной подписью и подайте его онлайн (или на бумаге).",
                },
                {"title": "Регистрация", "text": "Компания регистрируется в течение 2 рабочих дней."},
                {
                    "title": "После регистрации",
                    "text": "Мобильная подпись ASAN İmza для законного представителя, печать компании, разрешение на временное проживание и при необходимости разрешение на работу для иностранного руководителя, электронный представитель, регистрация уведомлений о трудовых договорах и лицензия, если она требуется.",
                },
            ],
        },
        "fee": _t(
            "Elektron qeydiyyat ödənişsizdir; kağız formada 11 manat (xarici hüquqi şəxslərin filial və "
            "nümayəndəlikləri üçün 220 manat)",
            "Electronic registration is free; on paper AZN 11 (AZN 220 for branches and representative "
            "offices of foreign legal entities)",
            "Электронная регистрация бесплатна; на бумаге — 11 манатов (220 манатов для филиалов и "
            "представительств иностранных юридических лиц)",
        ),
        "duration": _t("2 iş günü", "2 working days", "2 рабочих дня"),
        "responsible_body": "MIN",
        "ehis_url": "",
        "appeal_cta": False,
    },
]
