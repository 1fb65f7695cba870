"""Demo content for the Investor's Guide of the "Invest in Azerbaijan" portal.

Plain data, no Django imports. Every translatable value is a dict with the
keys "az", "en" and "ru". Article bodies are written block by block with the
three languages side by side and split into one list per language by
``_body()``, so each language carries the same facts in the same order.

``last_reviewed`` is the date each article was last checked. Rates and fees
change: re-check them against the current Tax Code and the official sites
before publishing updates.
"""

_LANGS = ("az", "en", "ru")

REVIEWED = "2026-11-01"


def _t(az, en, ru):
    """One value in the three portal languages."""
    return {"az": az, "en": en, "ru": ru}


def _pick(value, lang):
    """Resolve every {az, en, ru} dict inside ``value`` to one language."""
    if isinstance(value, dict):
        if set(value) == set(_LANGS):
            return value[lang]
        return {key: _pick(item, lang) for key, item in value.items()}
    if isinstance(value, list):
        return [_pick(item, lang) for item in value]
    if isinstance(value, tuple):
        return tuple(_pick(item, lang) for item in value)
    return value


def _body(*blocks):
    """Turn trilingual blocks into {"az": [...], "en": [...], "ru": [...]}."""
    return {lang: [_pick(block, lang) for block in blocks] for lang in _LANGS}


def _fact(label, value):
    return {"label": label, "value": value}


def _step(title, text):
    return {"title": title, "text": text}


def _qa(question, answer):
    return {"question": question, "answer": answer}


# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "title": _t(
        "Azərbaycana investisiya",
        "Invest in Azerbaijan",
        "Инвестируйте в Азербайджан",
    ),
    "intro": _t(
        "<p>“Invest in Azerbaijan” portalı Azərbaycanda investisiya qoymağı planlaşdıran hər kəs üçün "
        "vahid məlumat və müraciət məkanıdır. Burada vergi, gömrük, miqrasiya və əmək tələbləri, "
        "şirkətin qeydiyyatı, investisiya güzəştləri, prioritet sahələr və layihələr barədə praktik "
        "məlumat tapacaqsınız.</p>"
        "<p>Portal İqtisadiyyat Nazirliyinə məxsusdur, onun operatoru isə İxracın və İnvestisiyaların "
        "Təşviqi Agentliyidir (AZPROMO). Sualınız yaranarsa, elektron kabinetinizdən Nazirliyə və "
        "AZPROMO-ya birbaşa müraciət göndərə bilərsiniz.</p>",
        "<p>Invest in Azerbaijan is the single place to find information and contact the authorities "
        "if you are planning to invest in the country. Here you will find practical guidance on taxes, "
        "customs, migration and employment rules, company registration, investment incentives, priority "
        "sectors and projects.</p>"
        "<p>The portal is owned by the Ministry of Economy and operated by the Azerbaijan Export and "
        "Investment Promotion Agency (AZPROMO). If you have a question, you can send it to the Ministry "
        "or AZPROMO directly from your e-cabinet.</p>",
        "<p>«Invest in Azerbaijan» — единый ресурс для тех, кто планирует инвестировать в Азербайджан: "
        "здесь собраны сведения и отсюда можно напрямую обратиться в государственные органы. На портале "
        "вы найдёте практические разъяснения по налогам, таможне, миграционным и трудовым правилам, "
        "регистрации компании, инвестиционным льготам, приоритетным секторам и проектам.</p>"
        "<p>Владелец портала — Министерство экономики, оператор — Агентство по продвижению экспорта и "
        "инвестиций Азербайджана (AZPROMO). Если у вас возник вопрос, направьте обращение в Министерство "
        "или AZPROMO прямо из своего электронного кабинета.</p>",
    ),
}


# ---------------------------------------------------------------------------
# Listing pages under the home page
# ---------------------------------------------------------------------------

INDEXES = {
    "guide": {
        "slug": _t("investorun-beledcisi", "investors-guide", "putevoditel-investora"),
        "title": _t("İnvestorun bələdçisi", "Investor's Guide", "Путеводитель инвестора"),
        "intro": _t(
            "<p>İnvestorun bələdçisi Azərbaycanda işə başlayarkən və biznes apararkən bilməli olduğunuz "
            "əsas tələbləri yeddi bölmədə toplayır: vergilər, gömrük, miqrasiya və vizalar, əmək və "
            "məşğulluq, lisenziya və icazələr, şirkətin yaradılması və digər tələblər. Hər məqalədə "
            "tətbiq olunan dərəcə və rüsumlar, hüquqi əsas və müraciət ediləcək qurum göstərilir.</p>"
            "<p>Məlumatlar mütəmadi yenilənir. Buna baxmayaraq, qərar qəbul etməzdən əvvəl konkret "
            "məbləğləri və şərtləri səlahiyyətli qurumla dəqiqləşdirməyi tövsiyə edirik.</p>",
            "<p>The Investor's Guide brings together, in seven sections, the main requirements you need "
            "to know when starting and running a business in Azerbaijan: taxation, customs, migration and "
            "visas, labour and employment, licences and permits, setting up a company, and other "
            "requirements. Each article gives the applicable rates and fees, the legal basis and the "
            "authority to contact.</p>"
            "<p>We update the information regularly. Even so, please confirm exact amounts and conditions "
            "with the competent authority before you make a decision.</p>",
            "<p>Путеводитель инвестора собирает в семи разделах основные требования, которые нужно знать, "
            "начиная и ведя бизнес в Азербайджане: налоги, таможенное регулирование, миграция и визы, "
            "труд и занятость, лицензии и разрешения, создание компании и прочие требования. В каждой "
            "статье указаны действующие ставки и пошлины, правовая основа и орган, в который следует "
            "обращаться.</p>"
            "<p>Сведения регулярно обновляются, однако перед принятием решения рекомендуем уточнить "
            "конкретные суммы и условия в компетентном органе.</p>",
        ),
    },
    "incentives": {
        "slug": _t("guzestler-ve-tesviqler", "incentives", "lgoty-i-stimuly"),
        "title": _t("Güzəştlər və təşviqlər", "Investment incentives", "Льготы и стимулы"),
        "intro": _t(
            "<p>Azərbaycanda investorlar üçün bir neçə güzəşt rejimi mövcuddur. İqtisadiyyat Nazirliyinin "
            "verdiyi investisiya təşviqi sənədi sənaye və turizm layihələrinə 7 il müddətinə mənfəət "
            "vergisinin 50%-dən, əmlak və torpaq vergisindən, habelə idxal olunan texnoloji avadanlıq "
            "üzrə ƏDV və gömrük rüsumlarından azadolma verir.</p>"
            "<p>Sənaye parklarının və texnoparkların rezidentləri, Ələt Azad İqtisadi Zonasının "
            "şirkətləri, işğaldan azad edilmiş ərazilərdə, 2026-cı ildən isə Naxçıvanda fəaliyyət "
            "göstərən sahibkarlar əlavə vergi, gömrük və əmək güzəştlərindən yararlanır. Bu bölmədə hər "
            "rejimin şərtləri və müraciət qaydası izah olunur.</p>",
            "<p>Azerbaijan offers investors several incentive regimes. The investment promotion "
            "certificate issued by the Ministry of Economy gives industrial and tourism projects seven "
            "years of relief: half of the profit tax, full exemption from property and land tax, and "
            "exemption from VAT and customs duties on imported technological equipment.</p>"
            "<p>Residents of industrial parks and technology parks, companies in the Alat Free Economic "
            "Zone, and businesses operating in the liberated territories and, from 2026, in Nakhchivan "
            "enjoy further tax, customs and employment benefits. This section explains the conditions of "
            "each regime and how to apply.</p>",
            "<p>В Азербайджане действует несколько льготных режимов для инвесторов. Документ о поощрении "
            "инвестиций, выдаваемый Министерством экономики, даёт промышленным и туристическим проектам "
            "на 7 лет освобождение от 50% налога на прибыль, от налога на имущество и земельного налога, "
            "а также от НДС и таможенных пошлин на ввозимое технологическое оборудование.</p>"
            "<p>Резиденты промышленных и технологических парков, компании Алятской свободной "
            "экономической зоны, предприниматели на освобождённых от оккупации территориях, а с 2026 года "
            "и в Нахчыване пользуются дополнительными налоговыми, таможенными и трудовыми льготами. В этом "
            "разделе описаны условия каждого режима и порядок обращения.</p>",
        ),
    },
    "sectors": {
        "slug": _t("prioritet-saheler", "priority-sectors", "prioritetnye-sektory"),
        "title": _t("Prioritet sahələr", "Priority sectors", "Приоритетные секторы"),
        "intro": _t(
            "<p>İnvestisiya üçün prioritet sahələr dövlətin strateji sənədlərində müəyyən edilib. 2016-cı "
            "ilin sonunda təsdiq olunmuş Strateji Yol Xəritələri milli iqtisadiyyatı və 11 sahəni əhatə "
            "edir, o cümlədən kənd təsərrüfatı məhsullarının emalını, kiçik və orta sahibkarlıq "
            "səviyyəsində istehlak mallarının istehsalını, ağır sənaye və maşınqayırmanı, turizmi, "
            "logistika və ticarəti, maliyyə xidmətlərini və informasiya-kommunikasiya "
            "texnologiyalarını.</p>"
            "<p>“Azərbaycan 2030: sosial-iqtisadi inkişafa dair Milli Prioritetlər” rəqabətqabiliyyətli "
            "iqtisadiyyatı, işğaldan azad edilmiş ərazilərə Böyük Qayıdışı və yaşıl artımı önə çəkir. "
            "Sənaye parkları isə konkret sahələr üzrə ixtisaslaşıb: Sumqayıtda kimya, Mingəçevirdə "
            "toxuculuq, Qaradağda gəmiqayırma, Pirallahıda əczaçılıq.</p>",
            "<p>Priority sectors for investment are set in the state's strategy documents. The Strategic "
            "Road Maps approved at the end of 2016 cover the national economy and 11 sectors, including "
            "agricultural processing, consumer goods made by small and medium-sized businesses, heavy "
            "industry and machinery, tourism, logistics and trade, financial services, and information "
            "and communication technologies.</p>"
            "<p>“Azerbaijan 2030: National Priorities for Socio-Economic Development” puts the emphasis on "
            "a competitive economy, the Great Return to the liberated territories and green growth. The "
            "industrial parks specialise by sector: chemicals in Sumgait, textiles in Mingachevir, "
            "shipbuilding in Garadagh and pharmaceuticals in Pirallahi.</p>",
            "<p>Приоритетные для инвестиций секторы определены в стратегических документах государства. "
            "Стратегические дорожные карты, утверждённые в конце 2016 года, охватывают национальную "
            "экономику и 11 секторов, в том числе переработку сельскохозяйственной продукции, "
            "производство потребительских товаров малым и средним бизнесом, тяжёлую промышленность и "
            "машиностроение, туризм, логистику и торговлю, финансовые услуги и информационно-"
            "коммуникационные технологии.</p>"
            "<p>Документ «Азербайджан-2030: национальные приоритеты социально-экономического развития» "
            "делает акцент на конкурентоспособной экономике, Великом возвращении на освобождённые "
            "территории и зелёном росте. Промышленные парки специализируются по отраслям: химия — в "
            "Сумгайыте, текстиль — в Мингячевире, судостроение — в Гарадаге, фармацевтика — на "
            "Пираллахы.</p>",
        ),
    },
    "projects": {
        "slug": _t("investisiya-layiheleri", "investment-projects", "investicionnye-proekty"),
        "title": _t("İnvestisiya layihələri", "Investment projects", "Инвестиционные проекты"),
        "intro": _t(
            "<p>Bu bölmədə həyata keçirilən və investorlara təklif olunan investisiya layihələri, o "
            "cümlədən sənaye parklarında, aqroparklarda və işğaldan azad edilmiş Qarabağ və Şərqi "
            "Zəngəzur ərazilərində olan layihələr təqdim edilir.</p>"
            "<p>Layihə ilə maraqlanırsınızsa və ya tərəfdaş axtarırsınızsa, elektron kabinetiniz "
            "vasitəsilə AZPROMO-ya müraciət edin.</p>",
            "<p>This section presents investment projects under way and projects offered to investors, "
            "including those in industrial parks, agroparks and the liberated territories of Karabakh and "
            "East Zangezur.</p>"
            "<p>If a project interests you or you are looking for a partner, send an appeal to AZPROMO "
            "from your e-cabinet.</p>",
            "<p>В этом разделе представлены реализуемые инвестиционные проекты и проекты, предлагаемые "
            "инвесторам, в том числе в промышленных парках, агропарках и на освобождённых территориях "
            "Карабаха и Восточного Зангезура.</p>"
            "<p>Если вас заинтересовал проект или вы ищете партнёра, направьте обращение в AZPROMO через "
            "свой электронный кабинет.</p>",
        ),
    },
    "services": {
        "slug": _t("xidmetler", "services", "uslugi"),
        "title": _t(
            "İqtisadiyyat Nazirliyinin və AZPROMO-nun xidmətləri",
            "Services of the Ministry of Economy and AZPROMO",
            "Услуги Министерства экономики и AZPROMO",
        ),
        "intro": _t(
            "<p>İqtisadiyyat Nazirliyi investisiyaların təşviqi, sahibkarlıq və sənaye, lisenziyalaşdırma, "
            "dövlət əmlakı, torpaq idarəçiliyi və daşınmaz əmlakın reyestri sahələrində dövlət siyasətini "
            "həyata keçirir. Dövlət Vergi Xidməti, İqtisadi Zonaların İnkişafı Agentliyi və AZPROMO "
            "Nazirliyin tabeliyindədir; investisiya təşviqi sənədini də Nazirlik verir.</p>"
            "<p>AZPROMO Nazirliyin tabeliyində publik hüquqi şəxsdir və ixracın, investisiyaların təşviqi "
            "ilə məşğuldur. Bu portal vasitəsilə hər iki quruma elektron müraciət göndərə və cavabı "
            "elektron kabinetinizdə izləyə bilərsiniz.</p>",
            "<p>The Ministry of Economy is responsible for investment promotion, entrepreneurship and "
            "industry, licensing, state property, land management and the real-estate registry. Its "
            "structure includes the State Tax Service, the Economic Zones Development Agency and AZPROMO, "
            "and it issues investment promotion certificates.</p>"
            "<p>AZPROMO is a public legal entity under the Ministry that promotes exports and investment. "
            "Through this portal you can send an electronic appeal to either body and follow the reply in "
            "your e-cabinet.</p>",
            "<p>Министерство экономики отвечает за продвижение инвестиций, предпринимательство и "
            "промышленность, лицензирование, государственное имущество, управление землёй и реестр "
            "недвижимости. В его структуру входят Государственная налоговая служба, Агентство по развитию "
            "экономических зон и AZPROMO; министерство также выдаёт документы о поощрении инвестиций.</p>"
            "<p>AZPROMO — публичное юридическое лицо при Министерстве, которое занимается продвижением "
            "экспорта и инвестиций. Через этот портал можно направить электронное обращение в любой из "
            "этих органов и следить за ответом в своём электронном кабинете.</p>",
        ),
    },
}


# ---------------------------------------------------------------------------
# Topic 1: Taxation
# ---------------------------------------------------------------------------

_PROFIT_TAX = {
    "key": "profit-tax",
    "slug": _t("menfeet-vergisi", "profit-tax", "nalog-na-pribyl"),
    "title": _t("Mənfəət vergisi", "Corporate profit tax", "Налог на прибыль"),
    "summary": _t(
        "Şirkətlər mənfəətdən 20% vergi ödəyir. Rezidentlər bütün dünya üzrə gəlirlərinə, "
        "qeyri-rezidentlər isə yalnız Azərbaycan mənbəli gəlirlərinə görə vergiyə cəlb olunur.",
        "Companies pay profit tax at 20%. Residents are taxed on their worldwide income, "
        "non-residents only on income from sources in Azerbaijan.",
        "Ставка налога на прибыль — 20%. Резиденты облагаются налогом с доходов по всему миру, "
        "нерезиденты — только с доходов из источников в Азербайджане.",
    ),
    "body": _body(
        (
            "rate_table",
            {
                "heading": _t("Mənfəət vergisinin dərəcəsi", "Profit tax rate", "Ставка налога на прибыль"),
                "rates": ["profit-tax"],
            },
        ),
        (
            "text",
            _t(
                "<h2>Kim ödəyir</h2>"
                "<p>Rezident şirkətlər bütün dünya üzrə əldə etdikləri mənfəətdən vergi ödəyir. Qeyri-rezident "
                "şirkət Azərbaycanda daimi nümayəndəlik vasitəsilə fəaliyyət göstərirsə, həmin nümayəndəliyə "
                "aid olan mənfəətdən eyni dərəcə ilə vergi ödəyir. Daimi nümayəndəliyi olmayan qeyri-rezidentin "
                "Azərbaycan mənbəli gəlirindən vergi ödəmə mənbəyində tutulur.</p>"
                "<h2>Zərərlərin keçirilməsi</h2>"
                "<p>Vergi zərəri sonrakı beş il ərzində mənfəətdən çıxıla bilər. Zərərin əvvəlki illərə "
                "keçirilməsinə yol verilmir.</p>",
                "<h2>Who pays</h2>"
                "<p>Resident companies pay tax on their worldwide profits. A non-resident company that operates "
                "in Azerbaijan through a permanent establishment (PE) pays the same rate on the profit "
                "attributable to that PE. If a non-resident has no PE, tax on its Azerbaijani-source income is "
                "withheld at source.</p>"
                "<h2>Tax losses</h2>"
                "<p>A tax loss can be carried forward and set against profits of the next five years. Losses "
                "cannot be carried back to earlier years.</p>",
                "<h2>Кто платит</h2>"
                "<p>Компании-резиденты уплачивают налог с прибыли, полученной по всему миру. Нерезидент, "
                "работающий в Азербайджане через постоянное представительство, платит налог по той же ставке "
                "с прибыли, относящейся к представительству. Если постоянного представительства нет, налог с "
                "доходов нерезидента из азербайджанских источников удерживается у источника выплаты.</p>"
                "<h2>Перенос убытков</h2>"
                "<p>Налоговый убыток можно переносить на будущее и уменьшать на него прибыль в течение "
                "следующих пяти лет. Перенос убытков на прошлые периоды не допускается.</p>",
            ),
        ),
        (
            "text",
            _t(
                "<h2>Xüsusi rejimlər</h2><ul>"
                "<li><b>Hasilatın pay bölgüsü sazişləri.</b> Neft-qaz sazişləri üzrə podratçılar mənfəət "
                "vergisini sazişdə göstərilən 25–32% dərəcə ilə ödəyir, subpodratçılar isə ümumi gəlirdən "
                "5–10% yekun vergi ödəyə bilər. Əsas ixrac boru kəməri üzrə dərəcə 27%-dir.</li>"
                "<li><b>İnvestisiya təşviqi sənədi.</b> Sənəd sahibləri 7 il ərzində mənfəət vergisinin "
                "50%-dən azad olunur.</li>"
                "<li><b>Sənaye parkları.</b> Rezidentlər qeydiyyata alındıqları tarixdən 10 il mənfəət "
                "vergisindən azaddır.</li>"
                "<li><b>İşğaldan azad edilmiş ərazilər.</b> Orada qeydiyyatda olan və fəaliyyət göstərən "
                "sahibkarlar 1 yanvar 2023-cü ildən 10 il mənfəət vergisi ödəmir. Maliyyə xidmətləri, yük "
                "avtomobil daşımaları və dövlət büdcəsi hesabına görülən podrat işləri bu güzəştə daxil deyil. "
                "2026-cı ildən eyni güzəştlər paketi Naxçıvana da şamil edilib.</li>"
                "<li><b>Texnoparklar.</b> Sistem inteqrasiyası və proqram təminatı ilə məşğul olan texnopark "
                "rezidentləri 10 il mənfəət vergisindən azaddır.</li></ul>",
                "<h2>Special regimes</h2><ul>"
                "<li><b>Production sharing agreements.</b> Contractors under oil and gas PSAs pay profit tax at "
                "the 25–32% rate set in their agreement; subcontractors may instead pay a final 5–10% tax on "
                "gross receipts. The main export pipeline regime applies 27%.</li>"
                "<li><b>Investment promotion certificate.</b> Holders are exempt from half of their profit tax "
                "for seven years.</li>"
                "<li><b>Industrial parks.</b> Residents are exempt from profit tax for ten years from their "
                "registration.</li>"
                "<li><b>Liberated territories.</b> Businesses registered and operating there have been exempt "
                "from profit tax for ten years from 1 January 2023. Financial services, road freight and "
                "contract work paid from the state budget are excluded. Since 2026 the same package also "
                "applies in Nakhchivan.</li>"
                "<li><b>Technology parks.</b> Technopark residents working in system integration and software "
                "are exempt from profit tax for ten years.</li></ul>",
                "<h2>Специальные режимы</h2><ul>"
                "<li><b>Соглашения о разделе продукции.</b> Подрядчики по нефтегазовым СРП платят налог на "
                "прибыль по ставке 25–32%, установленной соглашением; субподрядчики могут уплачивать "
                "окончательный налог 5–10% с валовой выручки. Для основного экспортного трубопровода ставка "
                "составляет 27%.</li>"
                "<li><b>Документ о поощрении инвестиций.</b> Его обладатели в течение 7 лет освобождаются от "
                "50% налога на прибыль.</li>"
                "<li><b>Промышленные парки.</b> Резиденты освобождаются от налога на прибыль на 10 лет с даты "
                "регистрации.</li>"
                "<li><b>Освобождённые территории.</b> Предприниматели, зарегистрированные и работающие там, "
                "с 1 января 2023 года на 10 лет освобождены от налога на прибыль. Льгота не распространяется "
                "на финансовые услуги, автомобильные грузоперевозки и подрядные работы, оплачиваемые из "
                "государственного бюджета. С 2026 года такой же пакет льгот действует в Нахчыване.</li>"
                "<li><b>Технопарки.</b> Резиденты технопарков, занятые системной интеграцией и разработкой "
                "программного обеспечения, освобождены от налога на прибыль на 10 лет.</li></ul>",
            ),
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Xarici şirkətin filialı mənfəət vergisi ödəyirmi?",
                            "Does a branch of a foreign company pay profit tax?",
                            "Платит ли налог на прибыль филиал иностранной компании?",
                        ),
                        _t(
                            "<p>Bəli, əgər filialın fəaliyyəti Azərbaycanda daimi nümayəndəlik yaradırsa. Bu "
                            "halda ona aid olan mənfəət 20% dərəcə ilə vergiyə cəlb olunur. Konkret vəziyyətinizi "
                            "Dövlət Vergi Xidməti ilə dəqiqləşdirin.</p>",
                            "<p>Yes, if its activity creates a permanent establishment in Azerbaijan. The profit "
                            "attributable to it is then taxed at 20%. Confirm your specific situation with the "
                            "State Tax Service.</p>",
                            "<p>Да, если его деятельность образует постоянное представительство в Азербайджане. "
                            "В этом случае относящаяся к нему прибыль облагается по ставке 20%. Уточните свою "
                            "ситуацию в Государственной налоговой службе.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "Qaydalar tez-tez dəyişirmi?",
                            "Do the rules change often?",
                            "Часто ли меняются правила?",
                        ),
                        _t(
                            "<p>Vergi Məcəlləsinə dəyişikliklər mütəmadi edilir. 9 dekabr 2025-ci ildə qəbul "
                            "olunmuş və 1 yanvar 2026-cı ildən qüvvədə olan paket 45 maddəyə 145 dəyişiklik "
                            "gətirib. Qərar verməzdən əvvəl Məcəllənin qüvvədə olan mətninə baxın.</p>",
                            "<p>The Tax Code is amended regularly. The package adopted on 9 December 2025 and in "
                            "force since 1 January 2026 made 145 amendments to 45 articles. Check the current "
                            "text of the Code before you decide.</p>",
                            "<p>Налоговый кодекс изменяется регулярно. Пакет, принятый 9 декабря 2025 года и "
                            "действующий с 1 января 2026 года, внёс 145 изменений в 45 статей. Перед принятием "
                            "решения сверяйтесь с действующей редакцией Кодекса.</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["tax-code"],
    "last_reviewed": REVIEWED,
    "related": ["withholding-tax", "its-application", "vat"],
}

_VAT = {
    "key": "vat",
    "slug": _t("elave-deyer-vergisi", "value-added-tax", "nalog-na-dobavlennuyu-stoimost"),
    "title": _t(
        "Əlavə dəyər vergisi (ƏDV)",
        "Value added tax (VAT)",
        "Налог на добавленную стоимость (НДС)",
    ),
    "summary": _t(
        "ƏDV-nin standart dərəcəsi 18%-dir, ixrac 0% dərəcə ilə vergiyə cəlb olunur. Dövriyyə 12 ayda "
        "200 000 manatı keçdikdə ƏDV qeydiyyatı məcburidir; daha kiçik biznes 2% sadələşdirilmiş vergi "
        "ödəyə bilər.",
        "The standard VAT rate is 18% and exports are zero-rated. Registration is mandatory once turnover "
        "exceeds AZN 200,000 in 12 months; smaller businesses may pay the 2% simplified tax instead.",
        "Стандартная ставка НДС — 18%, экспорт облагается по нулевой ставке. При обороте свыше "
        "200 000 манатов за 12 месяцев регистрация обязательна; малый бизнес может платить упрощённый "
        "налог 2%.",
    ),
    "body": _body(
        (
            "rate_table",
            {
                "heading": _t(
                    "ƏDV dərəcələri və qeydiyyat həddi",
                    "VAT rates and registration threshold",
                    "Ставки НДС и порог регистрации",
                ),
                "rates": ["vat-standard", "vat-export", "vat-threshold"],
            },
        ),
        (
            "text",
            _t(
                "<h2>ƏDV qeydiyyatı nə vaxt məcburidir</h2>"
                "<p>İstənilən ardıcıl 12 ay ərzində vergi tutulan əməliyyatların həcmi 200 000 manatı keçdikdə, "
                "yaxud bir əməliyyatın məbləği 200 000 manatdan çox olduqda ƏDV məqsədləri üçün qeydiyyata "
                "alınmaq məcburidir.</p>"
                "<h2>2026-cı ildən dəyişikliklər</h2><ul>"
                "<li>200 000 manatlıq hədd saxlanılıb, lakin pərakəndə ticarətdə və məişət xidmətlərində "
                "POS-terminal vasitəsilə nağdsız dövriyyə 0,5 əmsalı ilə hesablanır. Dövriyyə tam nağdsızdırsa, "
                "hədd faktiki olaraq 400 000 manata bərabərdir.</li>"
                "<li>ƏDV ödəyicisi olan ictimai iaşə müəssisələri 3 il ərzində POS-terminal vasitəsilə nağdsız "
                "dövriyyənin 50%-ni ƏDV bazasına daxil etməyə bilər.</li>"
                "<li>Elektromobillər üzrə ƏDV güzəştinin müddəti başa çatıb.</li></ul>"
                "<h2>İdxal</h2>"
                "<p>İdxal olunan mallara 18% ƏDV gömrük dəyəri, gömrük rüsumu və aksizin cəmindən hesablanır.</p>",
                "<h2>When registration is mandatory</h2>"
                "<p>You must register for VAT when your taxable turnover exceeds AZN 200,000 in any 12 "
                "consecutive months, or when a single transaction exceeds AZN 200,000.</p>"
                "<h2>Changes from 2026</h2><ul>"
                "<li>The AZN 200,000 threshold stays, but cashless turnover received through POS terminals in "
                "retail and consumer services counts at a coefficient of 0.5. For fully cashless turnover the "
                "threshold is therefore effectively AZN 400,000.</li>"
                "<li>VAT-registered catering businesses may leave 50% of their cashless POS turnover out of the "
                "VAT base for three years.</li>"
                "<li>The VAT exemption for electric vehicles has ended.</li></ul>"
                "<h2>Imports</h2>"
                "<p>Imported goods bear 18% VAT, calculated on the customs value plus customs duty and excise.</p>",
                "<h2>Когда регистрация обязательна</h2>"
                "<p>Регистрация в качестве плательщика НДС обязательна, если объём облагаемых операций за любые "
                "12 месяцев подряд превысил 200 000 манатов или если сумма одной операции превышает "
                "200 000 манатов.</p>"
                "<h2>Изменения с 2026 года</h2><ul>"
                "<li>Порог в 200 000 манатов сохранён, но безналичный оборот через POS-терминалы в розничной "
                "торговле и бытовых услугах учитывается с коэффициентом 0,5. При полностью безналичном обороте "
                "порог фактически составляет 400 000 манатов.</li>"
                "<li>Предприятия общественного питания — плательщики НДС могут в течение 3 лет не включать в "
                "базу НДС 50% безналичного оборота через POS-терминалы.</li>"
                "<li>Льгота по НДС для электромобилей прекращена.</li></ul>"
                "<h2>Импорт</h2>"
                "<p>Ввозимые товары облагаются НДС по ставке 18% с суммы таможенной стоимости, таможенной "
                "пошлины и акциза.</p>",
            ),
        ),
        (
            "text",
            _t(
                "<h2>Kiçik biznes üçün sadələşdirilmiş vergi</h2>"
                "<p>ƏDV ödəyicisi kimi qeydiyyatda olmayan və istənilən 12 aylıq dövrdə vergi tutulan "
                "əməliyyatlarının həcmi 200 000 manatdan çox olmayan şəxslər sadələşdirilmiş vergi ödəyicisi ola "
                "bilər. 2019-cu ildən bütün ölkə üzrə vahid 2% dərəcə tətbiq olunur; əvvəllər Bakıda 4%, digər "
                "yerlərdə 2% idi.</p>"
                "<p>İctimai iaşədə dərəcə 8%-dir. 2026-cı ildən 3 il ərzində iaşə müəssisələrinin POS-terminal "
                "vasitəsilə nağdsız dövriyyəsinə 6% tətbiq edilir.</p>",
                "<h2>Simplified tax for small businesses</h2>"
                "<p>Businesses that are not registered for VAT and whose taxable turnover does not exceed "
                "AZN 200,000 in any 12-month period can pay the simplified tax. Since 2019 a single 2% rate has "
                "applied nationwide; before that it was 4% in Baku and 2% elsewhere.</p>"
                "<p>Catering is taxed at 8%. From 2026, for three years, catering businesses pay 6% on their "
                "cashless POS turnover.</p>",
                "<h2>Упрощённый налог для малого бизнеса</h2>"
                "<p>Упрощённый налог могут платить лица, не зарегистрированные в качестве плательщиков НДС, "
                "если объём их облагаемых операций за любые 12 месяцев не превышает 200 000 манатов. С 2019 года "
                "по всей стране действует единая ставка 2%; ранее в Баку она составляла 4%, в остальных "
                "регионах — 2%.</p>"
                "<p>Для общественного питания ставка — 8%. С 2026 года в течение 3 лет к безналичному обороту "
                "таких предприятий через POS-терминалы применяется ставка 6%.</p>",
            ),
        ),
        (
            "rate_table",
            {
                "heading": _t("Sadələşdirilmiş vergi", "Simplified tax", "Упрощённый налог"),
                "rates": ["simplified-tax"],
            },
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "İxrac olunan mallara ƏDV hesablanırmı?",
                            "Is VAT charged on exports?",
                            "Облагается ли экспорт НДС?",
                        ),
                        _t(
                            "<p>İxrac 0% dərəcə ilə vergiyə cəlb olunur, yəni ixrac olunan mallara ƏDV "
                            "hesablanmır.</p>",
                            "<p>Exports are zero-rated, so no VAT is charged on goods you export.</p>",
                            "<p>Экспорт облагается по нулевой ставке, то есть НДС на экспортируемые товары не "
                            "начисляется.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "Bəzi mənbələrdə 120 000 manatlıq hədd göstərilir. Hansı doğrudur?",
                            "Some publications mention a threshold of AZN 120,000. Which is right?",
                            "В некоторых источниках указан порог 120 000 манатов. Какой из них верен?",
                        ),
                        _t(
                            "<p>120 000 manat köhnəlmiş rəqəmdir. Hazırda məcburi ƏDV qeydiyyatı həddi "
                            "200 000 manatdır.</p>",
                            "<p>AZN 120,000 is an outdated figure. The mandatory registration threshold is now "
                            "AZN 200,000.</p>",
                            "<p>120 000 манатов — устаревшая цифра. Сейчас порог обязательной регистрации "
                            "составляет 200 000 манатов.</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["tax-code"],
    "last_reviewed": REVIEWED,
    "related": ["customs-duties", "profit-tax", "company-registration"],
}

_PERSONAL_INCOME_TAX = {
    "key": "personal-income-tax",
    "slug": _t("gelir-vergisi", "personal-income-tax", "podokhodnyy-nalog"),
    "title": _t("Fiziki şəxslərin gəlir vergisi", "Personal income tax", "Подоходный налог"),
    "summary": _t(
        "1 yanvar 2026-cı ildən qeyri-neft özəl sektorunda işləyənlərin əmək haqqına 3%-dən başlayan "
        "mütərəqqi şkala tətbiq olunur. Fərdi sahibkarlar 20%, yaşayış sahəsini icarəyə verənlər 10% "
        "ödəyir.",
        "Since 1 January 2026, salaries in the private non-oil sector have been taxed on a progressive "
        "monthly scale starting at 3%. Individual entrepreneurs pay 20%, and income from renting out "
        "housing is taxed at 10%.",
        "С 1 января 2026 года зарплаты в частном ненефтяном секторе облагаются по прогрессивной "
        "месячной шкале начиная с 3%. Индивидуальные предприниматели платят 20%, доход от сдачи жилья "
        "облагается по ставке 10%.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Muzdlu işdən gəlir vergisi aylıq gəlir əsasında hesablanır. Təqvim ili ərzində "
                "Azərbaycanda 183 gün və ya daha çox olan fiziki şəxs vergi rezidenti sayılır.</p>"
                "<p>2019–2025-ci illərdə qeyri-neft və qeyri-dövlət sektorunda çalışanların aylıq 8 000 manata "
                "qədər gəliri vergidən azad idi. Bu yeddi illik güzəşt başa çatıb və 1 yanvar 2026-cı ildən "
                "yeni mütərəqqi şkala qüvvəyə minib. Maliyyə naziri bu şkalanı daimi rejim kimi "
                "səciyyələndirib.</p>",
                "<p>Income tax on employment is calculated on monthly income. An individual present in "
                "Azerbaijan for 183 days or more in a calendar year is a tax resident.</p>"
                "<p>From 2019 to 2025, employees in the non-oil, non-state sector paid no tax on monthly income "
                "up to AZN 8,000. That seven-year concession has ended, and a new progressive scale has applied "
                "since 1 January 2026. The Minister of Finance has described the new scale as a permanent "
                "regime.</p>",
                "<p>Подоходный налог с заработной платы исчисляется с месячного дохода. Налоговым резидентом "
                "считается физическое лицо, находившееся в Азербайджане 183 дня и более в течение "
                "календарного года.</p>"
                "<p>В 2019–2025 годах работники ненефтяного негосударственного сектора не платили налог с "
                "месячного дохода до 8 000 манатов. Эта семилетняя льгота завершилась, и с 1 января 2026 года "
                "действует новая прогрессивная шкала. Министр финансов назвал её постоянным режимом.</p>",
            ),
        ),
        (
            "rate_table",
            {
                "heading": _t(
                    "2026-cı il üçün aylıq şkala (qeyri-neft və qeyri-dövlət sektoru)",
                    "2026 monthly scale (non-oil, non-state sector)",
                    "Месячная шкала на 2026 год (ненефтяной негосударственный сектор)",
                ),
                "rates": ["pit-2026-up-to-2500", "pit-2026-2500-8000", "pit-2026-over-8000"],
            },
        ),
        (
            "text",
            _t(
                "<h2>2027 və 2028-ci illərdə dəyişikliklər</h2><ul>"
                "<li>Aylıq 2 500 manata qədər: 2027-ci ildə 5%, 2028-ci ildən 7%.</li>"
                "<li>2 500–8 000 manat: 2027-ci ildə 125 manat üstəgəl 2 500 manatdan artıq hissənin 10%-i, "
                "2028-ci ildən 175 manat üstəgəl 10%.</li>"
                "<li>8 000 manatdan çox: 2027-ci ildə 675 manat üstəgəl 8 000 manatdan artıq hissənin 14%-i, "
                "2028-ci ildən 725 manat üstəgəl 14%.</li></ul>"
                "<h2>Neft-qaz və dövlət sektoru</h2>"
                "<p>Bu sektorlarda çalışanların aylıq 2 500 manata qədər gəlirinə 14%, ondan artıq hissəsinə "
                "isə 350 manat üstəgəl 25% tətbiq olunur.</p>",
                "<h2>Changes in 2027 and 2028</h2><ul>"
                "<li>Up to AZN 2,500 a month: 5% in 2027 and 7% from 2028.</li>"
                "<li>AZN 2,500–8,000: AZN 125 plus 10% of the amount over AZN 2,500 in 2027, and AZN 175 plus "
                "10% from 2028.</li>"
                "<li>Over AZN 8,000: AZN 675 plus 14% of the amount over AZN 8,000 in 2027, and AZN 725 plus "
                "14% from 2028.</li></ul>"
                "<h2>Oil and gas and the public sector</h2>"
                "<p>Employees in these sectors pay 14% on monthly income up to AZN 2,500 and AZN 350 plus 25% "
                "of the amount above that.</p>",
                "<h2>Изменения в 2027 и 2028 годах</h2><ul>"
                "<li>До 2 500 манатов в месяц: 5% в 2027 году, 7% начиная с 2028 года.</li>"
                "<li>От 2 500 до 8 000 манатов: в 2027 году 125 манатов плюс 10% с суммы, превышающей "
                "2 500 манатов, с 2028 года — 175 манатов плюс 10%.</li>"
                "<li>Свыше 8 000 манатов: в 2027 году 675 манатов плюс 14% с суммы, превышающей "
                "8 000 манатов, с 2028 года — 725 манатов плюс 14%.</li></ul>"
                "<h2>Нефтегазовый и государственный сектор</h2>"
                "<p>Работники этих секторов платят 14% с месячного дохода до 2 500 манатов, а с превышения — "
                "350 манатов плюс 25%.</p>",
            ),
        ),
        (
            "rate_table",
            {
                "heading": _t(
                    "Sahibkarlıq və icarə gəlirləri",
                    "Business and rental income",
                    "Доходы от предпринимательства и аренды",
                ),
                "rates": ["pit-entrepreneur", "rental-income-tax"],
            },
        ),
        (
            "text",
            _t(
                "<h2>Digər hallar</h2><ul>"
                "<li>Rezident fiziki şəxslərin xaricdən aldığı dividendlərə 2026-cı ildən 14% əvəzinə 5% "
                "dərəcə tətbiq olunur.</li>"
                "<li>Yaşayış sahəsinin icarəyə verilməsindən əldə olunan gəlirə dərəcə 2026-cı ildən 14%-dən "
                "10%-ə endirilib.</li>"
                "<li>Ələt Azad İqtisadi Zonasında aylıq 8 000 manata qədər əmək haqqı gəlir vergisindən "
                "azaddır.</li>"
                "<li>İT texnoparklarının rezidentlərində çalışanlara 1 yanvar 2026-cı ildən 7 il müddətinə "
                "sabit 5% dərəcə tətbiq edilir.</li></ul>",
                "<h2>Other cases</h2><ul>"
                "<li>Dividends that resident individuals receive from abroad have been taxed at 5% instead of "
                "14% since 2026.</li>"
                "<li>The rate on income from renting out housing was cut from 14% to 10% in 2026.</li>"
                "<li>In the Alat Free Economic Zone, salaries of up to AZN 8,000 a month are free of income "
                "tax.</li>"
                "<li>Employees of IT technopark residents pay a flat 5% for seven years from 1 January "
                "2026.</li></ul>",
                "<h2>Другие случаи</h2><ul>"
                "<li>Дивиденды, полученные резидентами — физическими лицами из-за рубежа, с 2026 года "
                "облагаются по ставке 5% вместо 14%.</li>"
                "<li>Ставка налога на доход от сдачи жилья в аренду снижена с 2026 года с 14% до 10%.</li>"
                "<li>В Алятской свободной экономической зоне зарплата до 8 000 манатов в месяц освобождена от "
                "подоходного налога.</li>"
                "<li>Работники резидентов IT-технопарков с 1 января 2026 года в течение 7 лет платят налог по "
                "единой ставке 5%.</li></ul>",
            ),
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Yeni şkala bütün işçilərə şamil olunurmu?",
                            "Does the new scale apply to every employee?",
                            "Распространяется ли новая шкала на всех работников?",
                        ),
                        _t(
                            "<p>Xeyr. O, qeyri-neft və qeyri-dövlət sektorunda çalışanlara aiddir. Neft-qaz və "
                            "dövlət sektorunda 14% və 25%-lik dərəcələr qalır, Ələt Azad İqtisadi Zonasında və "
                            "texnoparklarda isə xüsusi qaydalar tətbiq edilir.</p>",
                            "<p>No. It covers employees in the non-oil, non-state sector. The oil and gas and "
                            "public sectors keep the 14% and 25% rates, and special rules apply in the Alat Free "
                            "Economic Zone and in technology parks.</p>",
                            "<p>Нет. Она применяется к работникам ненефтяного негосударственного сектора. В "
                            "нефтегазовом и государственном секторе сохраняются ставки 14% и 25%, а в Алятской "
                            "свободной экономической зоне и технопарках действуют особые правила.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "Xarici işçi nə vaxt vergi rezidenti olur?",
                            "When does a foreign employee become tax resident?",
                            "Когда иностранный работник становится налоговым резидентом?",
                        ),
                        _t(
                            "<p>Təqvim ili ərzində Azərbaycanda 183 gün və ya daha çox olduqda.</p>",
                            "<p>When they spend 183 days or more in Azerbaijan in a calendar year.</p>",
                            "<p>Если он находится в Азербайджане 183 дня и более в течение календарного года.</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["tax-code"],
    "last_reviewed": REVIEWED,
    "related": ["employment-contributions", "work-permits", "withholding-tax"],
}

_WITHHOLDING_TAX = {
    "key": "withholding-tax",
    "slug": _t("odeme-menbeyinde-tutulan-vergi", "withholding-tax", "nalog-u-istochnika-vyplaty"),
    "title": _t(
        "Ödəmə mənbəyində tutulan vergi",
        "Withholding tax on payments to non-residents",
        "Налог у источника выплаты",
    ),
    "summary": _t(
        "Daimi nümayəndəliyi olmayan qeyri-rezidentə ödənilən gəlirdən vergi ödəmə mənbəyində tutulur: "
        "dividendlər 5%, faizlər 10%, royalti və icarə haqqı 14%. Vergi sazişləri daha aşağı dərəcə "
        "nəzərdə tuta bilər.",
        "Income paid to a non-resident without a permanent establishment is taxed at source: dividends "
        "5%, interest 10%, royalties and rent 14%. Tax treaties may reduce these rates.",
        "С доходов, выплачиваемых нерезиденту без постоянного представительства, налог удерживается у "
        "источника: дивиденды 5%, проценты 10%, роялти и арендная плата 14%. Налоговые соглашения могут "
        "снижать ставки.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Azərbaycanda daimi nümayəndəliyi olmayan qeyri-rezidentə Azərbaycan mənbəli gəlir "
                "ödənilərkən vergini ödəyici — yəni ödənişi edən şirkət — tutur və büdcəyə köçürür. Bu qayda "
                "dividendlərə, faizlərə, royaltiyə, icarə haqqına və digər ödənişlərə şamil olunur.</p>",
                "<p>When a company pays Azerbaijani-source income to a non-resident that has no permanent "
                "establishment in Azerbaijan, the payer withholds the tax and pays it to the budget. This "
                "applies to dividends, interest, royalties, rent and other payments.</p>",
                "<p>При выплате дохода из азербайджанского источника нерезиденту, не имеющему постоянного "
                "представительства в Азербайджане, налог удерживает и перечисляет в бюджет плательщик, то есть "
                "компания, производящая выплату. Это касается дивидендов, процентов, роялти, арендной платы и "
                "других выплат.</p>",
            ),
        ),
        (
            "rate_table",
            {
                "heading": _t("Əsas dərəcələr", "Main rates", "Основные ставки"),
                "rates": ["wht-dividends", "wht-interest", "wht-royalties", "wht-rent", "wht-other"],
            },
        ),
        (
            "key_facts",
            {
                "heading": _t("Digər ödənişlər", "Other payments", "Другие выплаты"),
                "facts": [
                    _fact(
                        _t(
                            "Risk sığortası və təkrarsığorta",
                            "Risk insurance and reinsurance",
                            "Страхование рисков и перестрахование",
                        ),
                        "4%",
                    ),
                    _fact(
                        _t(
                            "Telekommunikasiya və beynəlxalq daşımalar",
                            "Telecoms and international transport",
                            "Телекоммуникации и международные перевозки",
                        ),
                        "6%",
                    ),
                    _fact(
                        _t(
                            "Aşağı vergi tutulan ölkələrə ödənişlər",
                            "Payments to low-tax jurisdictions",
                            "Выплаты в юрисдикции с низким налогообложением",
                        ),
                        "10%",
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>Dividendlər</h2>"
                "<p>1 yanvar 2024-cü ildən dividendlərə 10% əvəzinə 5% dərəcə tətbiq olunur; bəzi köhnə "
                "mənbələrdə hələ də 10% göstərilir. Rezident banklara və bankların daimi nümayəndəliklərinə "
                "ödənilən faizlərə 10%-lik dərəcə tətbiq edilmir.</p>"
                "<h2>İkiqat vergitutmanın aradan qaldırılması haqqında sazişlər</h2>"
                "<p>Azərbaycanın bağladığı sazişlər daha aşağı dərəcələr nəzərdə tuta bilər. Məsələn, "
                "Birləşmiş Krallıqla saziş royaltidən tutulan vergini 14% əvəzinə 10%-lə məhdudlaşdırır.</p>"
                "<h2>Güzəşt rejimləri</h2>"
                "<p>Ələt Azad İqtisadi Zonasının şirkətləri ödəmə mənbəyində vergidən azaddır. İşğaldan azad "
                "edilmiş ərazilərdə fəaliyyət göstərən sahibkarların və texnopark rezidentlərinin ödədiyi "
                "dividendlər 10 il vergidən azad edilir.</p>",
                "<h2>Dividends</h2>"
                "<p>Since 1 January 2024, dividends have been taxed at 5% instead of 10%; some older "
                "publications still show 10%. The 10% rate on interest does not apply to interest paid to "
                "resident banks or to banks' permanent establishments.</p>"
                "<h2>Double tax treaties</h2>"
                "<p>Azerbaijan's tax treaties can provide lower rates. For example, the treaty with the United "
                "Kingdom caps tax on royalties at 10% instead of 14%.</p>"
                "<h2>Incentive regimes</h2>"
                "<p>Companies in the Alat Free Economic Zone are exempt from withholding tax. Dividends paid by "
                "businesses operating in the liberated territories and by technopark residents are exempt for "
                "ten years.</p>",
                "<h2>Дивиденды</h2>"
                "<p>С 1 января 2024 года дивиденды облагаются по ставке 5% вместо 10%; в некоторых устаревших "
                "источниках по-прежнему указано 10%. Ставка 10% не применяется к процентам, выплачиваемым "
                "банкам-резидентам и постоянным представительствам банков.</p>"
                "<h2>Соглашения об избежании двойного налогообложения</h2>"
                "<p>Налоговые соглашения Азербайджана могут предусматривать более низкие ставки. Например, "
                "соглашение с Великобританией ограничивает налог на роялти 10% вместо 14%.</p>"
                "<h2>Льготные режимы</h2>"
                "<p>Компании Алятской свободной экономической зоны освобождены от налога у источника выплаты. "
                "Дивиденды, выплачиваемые предпринимателями на освобождённых территориях и резидентами "
                "технопарков, освобождены от налога на 10 лет.</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "tip",
                "text": _t(
                    "<p>Vergi sazişindəki dərəcəni tətbiq etmək istəyirsinizsə, ödənişdən əvvəl hansı "
                    "sənədlərin tələb olunduğunu Dövlət Vergi Xidməti ilə dəqiqləşdirin.</p>",
                    "<p>If you want to apply a treaty rate, check with the State Tax Service which documents are "
                    "required before the payment is made.</p>",
                    "<p>Если вы планируете применить ставку по налоговому соглашению, заранее уточните в "
                    "Государственной налоговой службе, какие документы для этого нужны.</p>",
                ),
            },
        ),
    ),
    "legal_basis": ["tax-code"],
    "last_reviewed": REVIEWED,
    "related": ["currency-and-profit-repatriation", "profit-tax", "personal-income-tax"],
}

_TAXATION = {
    "key": "taxation",
    "slug": _t("vergiler", "taxation", "nalogi"),
    "title": _t("Vergilər", "Taxation", "Налоги"),
    "intro": _t(
        "<p>Azərbaycanda vergilər Vergi Məcəlləsi ilə tənzimlənir və Dövlət Vergi Xidməti tərəfindən "
        "toplanır. Bu bölmədə investorlara aid əsas vergilər izah olunur: mənfəət vergisi, ƏDV və "
        "sadələşdirilmiş vergi, fiziki şəxslərin gəlir vergisi və qeyri-rezidentlərə ödənişlərdən tutulan "
        "vergi. Əmlak və torpaq vergisi “Digər tələblər”, sosial sığorta haqları isə “Əmək və məşğulluq” "
        "bölməsində verilib.</p>"
        "<p>1 yanvar 2026-cı ildən Vergi Məcəlləsinə 145 dəyişiklik qüvvəyə minib, ona görə də köhnə "
        "mənbələrdəki rəqəmlərə ehtiyatla yanaşın.</p>",
        "<p>Taxes in Azerbaijan are governed by the Tax Code and collected by the State Tax Service. This "
        "section explains the main taxes that matter to investors: profit tax, VAT and the simplified tax, "
        "personal income tax, and withholding tax on payments to non-residents. Property and land tax are "
        "covered under “Other requirements”, and social insurance under “Labour and employment”.</p>"
        "<p>A package of 145 amendments to the Tax Code took effect on 1 January 2026, so treat figures "
        "from older publications with care.</p>",
        "<p>Налогообложение в Азербайджане регулируется Налоговым кодексом, налоги собирает "
        "Государственная налоговая служба. В этом разделе описаны основные налоги, важные для инвестора: "
        "налог на прибыль, НДС и упрощённый налог, подоходный налог и налог у источника выплаты с доходов "
        "нерезидентов. Налог на имущество и земельный налог рассмотрены в разделе «Прочие требования», "
        "социальное страхование — в разделе «Труд и занятость».</p>"
        "<p>С 1 января 2026 года вступили в силу 145 поправок к Налоговому кодексу, поэтому к цифрам из "
        "старых публикаций следует относиться осторожно.</p>",
    ),
    "articles": [_PROFIT_TAX, _VAT, _PERSONAL_INCOME_TAX, _WITHHOLDING_TAX],
}


# ---------------------------------------------------------------------------
# Topic 2: Customs
# ---------------------------------------------------------------------------

_CUSTOMS_DUTIES = {
    "key": "customs-duties",
    "slug": _t("gomruk-rusumlari", "customs-duties", "tamozhennye-poshliny"),
    "title": _t(
        "Gömrük rüsumları və idxal ƏDV-si",
        "Customs duties and import VAT",
        "Таможенные пошлины и НДС при импорте",
    ),
    "summary": _t(
        "İdxal rüsumları əsasən 0%, 5% və ya 15% təşkil edir; xammalın və maşın-avadanlığın əksəriyyəti "
        "rüsumsuz idxal olunur. Bundan əlavə, gömrük dəyəri, rüsum və aksizin cəmindən 18% ƏDV tutulur.",
        "Import duty rates are mostly 0%, 5% or 15%, and most raw materials and machinery enter duty-free. "
        "Imports also bear 18% VAT on the customs value plus duty and excise.",
        "Ставки ввозных пошлин в основном составляют 0%, 5% или 15%; большинство видов сырья и "
        "оборудования ввозятся беспошлинно. Кроме того, взимается НДС 18% с таможенной стоимости, пошлины "
        "и акциза.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<h2>Ticarət rejimi</h2>"
                "<p>Azərbaycan Ümumdünya Ticarət Təşkilatının üzvü deyil. Ölkə üzvlük üçün 1997-ci ildə müraciət "
                "edib; İşçi qrupu 16 iyul 1997-ci ildə yaradılıb, onun 16-cı iclası 26 sentyabr 2024-cü ildə "
                "keçirilib. Azərbaycan Avrasiya İqtisadi İttifaqına da daxil deyil, lakin MDB azad ticarət "
                "zonasının üzvüdür.</p>"
                "<p>Azad ticarət sazişləri Rusiya, Gürcüstan, Ukrayna, Moldova, Belarus, Qazaxıstan, Özbəkistan, "
                "Qırğızıstan, Türkmənistan və Tacikistanla qüvvədədir.</p>",
                "<h2>Trade regime</h2>"
                "<p>Azerbaijan is not a member of the World Trade Organization. It applied to join in 1997; the "
                "Working Party was set up on 16 July 1997 and held its 16th meeting on 26 September 2024. "
                "Azerbaijan is not part of the Eurasian Economic Union either, but it is a member of the CIS "
                "free trade area.</p>"
                "<p>Free trade agreements are in place with Russia, Georgia, Ukraine, Moldova, Belarus, "
                "Kazakhstan, Uzbekistan, Kyrgyzstan, Turkmenistan and Tajikistan.</p>",
                "<h2>Торговый режим</h2>"
                "<p>Азербайджан не является членом Всемирной торговой организации. Заявка на вступление подана "
                "в 1997 году; Рабочая группа создана 16 июля 1997 года, её 16-е заседание состоялось "
                "26 сентября 2024 года. Азербайджан не входит и в Евразийский экономический союз, но является "
                "участником зоны свободной торговли СНГ.</p>"
                "<p>Соглашения о свободной торговле действуют с Россией, Грузией, Украиной, Молдовой, Беларусью, "
                "Казахстаном, Узбекистаном, Кыргызстаном, Туркменистаном и Таджикистаном.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Qısa məlumat", "At a glance", "Коротко"),
                "facts": [
                    _fact(
                        _t("Rüsum dərəcələri", "Duty rates", "Ставки пошлин"),
                        _t("0%, 5% və ya 15%", "0%, 5% or 15%", "0%, 5% или 15%"),
                    ),
                    _fact(
                        _t(
                            "Xammal və maşın-avadanlığın əksəriyyəti",
                            "Most raw materials and machinery",
                            "Большинство видов сырья и оборудования",
                        ),
                        _t("adətən 0%", "usually 0%", "как правило, 0%"),
                    ),
                    _fact(
                        _t(
                            "Hazır məhsullar və kənd təsərrüfatı məhsulları",
                            "Finished goods and agricultural products",
                            "Готовая продукция и сельхозпродукция",
                        ),
                        _t("adətən 15%", "typically 15%", "как правило, 15%"),
                    ),
                    _fact(
                        _t(
                            "Kiçik dəyərli göndərişlər üçün azadolma həddi",
                            "De minimis threshold",
                            "Беспошлинный порог для малоценных отправлений",
                        ),
                        _t("yoxdur", "none", "не установлен"),
                    ),
                ],
            },
        ),
        (
            "rate_table",
            {
                "heading": _t("İdxal ƏDV-si", "Import VAT", "НДС при импорте"),
                "rates": ["import-vat"],
            },
        ),
        (
            "text",
            _t(
                "<h2>İdxal ƏDV-si necə hesablanır</h2>"
                "<p>İdxal ƏDV-si 18% dərəcə ilə malın gömrük dəyəri, gömrük rüsumu və aksiz (mal aksizli "
                "olduqda) cəmindən hesablanır.</p>"
                "<h2>Güzəştlər</h2>"
                "<p>Hasilatın pay bölgüsü sazişləri üzrə podratçılar neft əməliyyatları üçün malları rüsumsuz "
                "idxal edir. İnvestisiya təşviqi sənədi sahibləri, sənaye parklarının rezidentləri və Ələt Azad "
                "İqtisadi Zonasının şirkətləri üçün güzəştlər “İnvestorlar üçün gömrük güzəştləri” məqaləsində "
                "izah olunur.</p>",
                "<h2>How import VAT is calculated</h2>"
                "<p>Import VAT is charged at 18% on the sum of the customs value of the goods, the customs duty "
                "and, for excisable goods, the excise.</p>"
                "<h2>Reliefs</h2>"
                "<p>Contractors under production sharing agreements import goods for petroleum operations "
                "duty-free. Reliefs for holders of the investment promotion certificate, industrial park "
                "residents and companies in the Alat Free Economic Zone are explained in “Customs exemptions "
                "for investors”.</p>",
                "<h2>Как рассчитывается НДС при импорте</h2>"
                "<p>НДС при импорте взимается по ставке 18% с суммы таможенной стоимости товара, таможенной "
                "пошлины и акциза (для подакцизных товаров).</p>"
                "<h2>Льготы</h2>"
                "<p>Подрядчики по соглашениям о разделе продукции ввозят товары для нефтяных операций "
                "беспошлинно. Льготы для обладателей документа о поощрении инвестиций, резидентов промышленных "
                "парков и компаний Алятской свободной экономической зоны описаны в статье «Таможенные льготы "
                "для инвесторов».</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": _t(
                    "<p>Konkret malın rüsum dərəcəsi onun tarif koduna görə dəyişir. Müqavilə bağlamazdan "
                    "əvvəl dərəcəni və gömrük rəsmiləşdirilməsi yığımlarını gömrük orqanları ilə "
                    "dəqiqləşdirin.</p>",
                    "<p>The duty rate for a specific product depends on its tariff code. Before you sign a "
                    "supply contract, confirm the rate and any customs processing fees with the customs "
                    "authorities.</p>",
                    "<p>Ставка пошлины на конкретный товар зависит от его кода по тарифу. До подписания "
                    "контракта уточните ставку и сборы за таможенное оформление в таможенных органах.</p>",
                ),
            },
        ),
    ),
    "legal_basis": ["customs-tariff-law", "tax-code"],
    "last_reviewed": REVIEWED,
    "related": ["customs-exemptions", "temporary-import", "vat"],
}

_CUSTOMS_EXEMPTIONS = {
    "key": "customs-exemptions",
    "slug": _t("gomruk-guzestleri", "customs-exemptions-for-investors", "tamozhennye-lgoty-dlya-investorov"),
    "title": _t(
        "İnvestorlar üçün gömrük güzəştləri",
        "Customs exemptions for investors",
        "Таможенные льготы для инвесторов",
    ),
    "summary": _t(
        "İnvestisiya təşviqi sənədi sahibləri, sənaye parklarının rezidentləri və Ələt Azad İqtisadi "
        "Zonasının şirkətləri avadanlığı gömrük rüsumu və ƏDV ödəmədən idxal edə bilər.",
        "Holders of the investment promotion certificate, industrial park residents and companies in the "
        "Alat Free Economic Zone can import equipment without paying customs duty or VAT.",
        "Обладатели документа о поощрении инвестиций, резиденты промышленных парков и компании Алятской "
        "свободной экономической зоны могут ввозить оборудование без уплаты таможенной пошлины и НДС.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<h2>İnvestisiya təşviqi sənədi</h2>"
                "<p>Sənəd sahibləri 7 il ərzində idxal etdikləri texnika, texnoloji avadanlıq və qurğulara görə "
                "ƏDV-dən və gömrük rüsumlarından azad olunur. Azadolma təsdiqedici sənəd əsasında tətbiq "
                "edilir; bu sənədin qaydası 20 aprel 2016-cı il tarixli 877 nömrəli Fərmanla "
                "müəyyənləşib.</p>"
                "<h2>Sənaye parkları</h2>"
                "<p>Rezidentlər texnika və avadanlıq idxalında idxal ƏDV-sindən və gömrük rüsumlarından azaddır. "
                "Güzəşt xammala şamil edilmir.</p>"
                "<h2>İşğaldan azad edilmiş ərazilər</h2>"
                "<p>1 yanvar 2023-cü ildən 10 il müddətinə bəzi emal sahələri üçün idxal olunan xammal "
                "ƏDV-dən azaddır. Ağdam Sənaye Parkının və Araz Vadisi İqtisadi Zonasının rezidentləri bəzi "
                "xammal növləri üzrə 10 illik ƏDV güzəştindən yararlanır.</p>"
                "<h2>Ələt Azad İqtisadi Zonası</h2>"
                "<p>Zonaya daxil olan və zonadan çıxan mallar gömrük rüsumuna cəlb edilmir. Zonanın şirkətləri "
                "məhsullarının ən azı 75%-ni ixrac etməlidir.</p>",
                "<h2>Investment promotion certificate</h2>"
                "<p>For seven years, certificate holders pay no VAT or customs duties on imported machinery, "
                "technological equipment and installations. The exemption is applied on the basis of a "
                "confirmation document, whose procedure was set by Decree No. 877 of 20 April 2016.</p>"
                "<h2>Industrial parks</h2>"
                "<p>Residents are exempt from import VAT and customs duties on machinery and equipment. The "
                "exemption does not cover raw materials.</p>"
                "<h2>Liberated territories</h2>"
                "<p>From 1 January 2023, for ten years, raw materials imported for certain types of "
                "manufacturing are exempt from VAT. Residents of the Aghdam Industrial Park and the Araz Valley "
                "Economic Zone have a ten-year VAT exemption on some raw materials.</p>"
                "<h2>Alat Free Economic Zone</h2>"
                "<p>Goods entering or leaving the zone are not subject to customs duties. Companies in the zone "
                "must export at least 75% of their output.</p>",
                "<h2>Документ о поощрении инвестиций</h2>"
                "<p>В течение 7 лет обладатели документа не платят НДС и таможенные пошлины при ввозе техники, "
                "технологического оборудования и установок. Освобождение применяется на основании "
                "подтверждающего документа, порядок выдачи которого установлен Указом № 877 от 20 апреля "
                "2016 года.</p>"
                "<h2>Промышленные парки</h2>"
                "<p>Резиденты освобождены от НДС при импорте и таможенных пошлин на технику и оборудование. На "
                "сырьё льгота не распространяется.</p>"
                "<h2>Освобождённые территории</h2>"
                "<p>С 1 января 2023 года на 10 лет от НДС освобождено сырьё, ввозимое для отдельных видов "
                "производства. Резиденты Агдамского промышленного парка и экономической зоны «Долина Араза» "
                "пользуются 10-летним освобождением от НДС по некоторым видам сырья.</p>"
                "<h2>Алятская свободная экономическая зона</h2>"
                "<p>Товары, ввозимые в зону и вывозимые из неё, не облагаются таможенными пошлинами. Компании "
                "зоны обязаны экспортировать не менее 75% своей продукции.</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": _t(
                    "<p>Sənaye parkında gömrük rüsumundan azadolmanın müddəti rəsmi mənbələrdə fərqli "
                    "göstərilir. Müddət rezidentlik şərtlərinizlə müəyyən edilir, onu İqtisadi Zonaların "
                    "İnkişafı Agentliyi ilə dəqiqləşdirin.</p>",
                    "<p>Official sources give different periods for the customs duty exemption in industrial "
                    "parks. The period is set in your residency terms; confirm it with the Economic Zones "
                    "Development Agency.</p>",
                    "<p>Срок освобождения от таможенных пошлин в промышленных парках в официальных источниках "
                    "указан по-разному. Он определяется условиями вашего резидентства — уточните его в "
                    "Агентстве по развитию экономических зон.</p>",
                ),
            },
        ),
        (
            "steps",
            {
                "heading": _t(
                    "Avadanlığın investisiya təşviqi sənədi ilə idxalı",
                    "Importing equipment under an investment promotion certificate",
                    "Ввоз оборудования по документу о поощрении инвестиций",
                ),
                "steps": [
                    _step(
                        _t("Sənədi alın", "Obtain the certificate", "Получите документ"),
                        _t(
                            "İqtisadiyyat Nazirliyindən investisiya təşviqi sənədi alın. Sənəd 5 iş günü "
                            "ərzində verilir.",
                            "Apply to the Ministry of Economy for an investment promotion certificate. It is "
                            "issued within five working days.",
                            "Обратитесь в Министерство экономики за документом о поощрении инвестиций. Он "
                            "выдаётся в течение 5 рабочих дней.",
                        ),
                    ),
                    _step(
                        _t(
                            "Təsdiqedici sənəd alın",
                            "Get the confirmation document",
                            "Получите подтверждающий документ",
                        ),
                        _t(
                            "İdxal ediləcək texnika və avadanlıq üçün təsdiqedici sənəd alın. Onun alınma "
                            "qaydasını İqtisadiyyat Nazirliyindən öyrənə bilərsiniz.",
                            "Obtain the confirmation document for the machinery and equipment you will "
                            "import. The Ministry of Economy can tell you how to apply.",
                            "Оформите подтверждающий документ на ввозимую технику и оборудование. О порядке "
                            "его получения можно узнать в Министерстве экономики.",
                        ),
                    ),
                    _step(
                        _t("Gömrükdə təqdim edin", "Present it at customs", "Предъявите его на таможне"),
                        _t(
                            "Gömrük rəsmiləşdirilməsi zamanı təsdiqedici sənədi təqdim edin ki, ƏDV və rüsum "
                            "tutulmasın.",
                            "Present the confirmation document during customs clearance so that no VAT or duty "
                            "is charged.",
                            "Предъявите подтверждающий документ при таможенном оформлении, чтобы НДС и "
                            "пошлина не взимались.",
                        ),
                    ),
                ],
            },
        ),
        (
            "link",
            {
                "title": _t(
                    "İqtisadi Zonaların İnkişafı Agentliyi: vergi və gömrük güzəştləri",
                    "Economic Zones Development Agency: tax and customs benefits",
                    "Агентство по развитию экономических зон: налоговые и таможенные льготы",
                ),
                "url": "https://economiczones.gov.az/en/ustunlukler/vergi-ve-gomruk-guzestleri",
                "description": _t(
                    "Sənaye parklarının rezidentləri üçün güzəştlərin rəsmi siyahısı.",
                    "The official list of benefits for industrial park residents.",
                    "Официальный перечень льгот для резидентов промышленных парков.",
                ),
            },
        ),
    ),
    "legal_basis": [
        "customs-tariff-law",
        "tax-code",
        "decree-745-its",
        "decree-1913-its",
        "afez-decree-1032",
        "liberated-territories-decree",
    ],
    "last_reviewed": REVIEWED,
    "related": ["its-application", "customs-duties", "land-and-property"],
}

_TEMPORARY_IMPORT = {
    "key": "temporary-import",
    "slug": _t("muveqqeti-idxal", "temporary-import", "vremennyy-vvoz"),
    "title": _t(
        "Müvəqqəti idxal və emal",
        "Temporary import and inward processing",
        "Временный ввоз и переработка",
    ),
    "summary": _t(
        "Müvəqqəti gətirilən mallar vaxtında və dəyişilmədən geri aparılarsa, gömrük rüsumu ödənilmir və ya "
        "azaldılır. Emal rejimində isə ödənilmiş rüsumlar geri qaytarılır.",
        "Goods brought in temporarily pay no duty, or reduced duty, if they are re-exported on time and "
        "without substantial change. Under inward processing, duties paid are refunded.",
        "Временно ввозимые товары освобождаются от пошлины полностью или частично, если их вывозят в срок "
        "и без существенных изменений. При переработке уплаченные пошлины возвращаются.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Müvəqqəti idxal rejimi ölkəyə müəyyən müddətə gətirilən və sonra geri aparılacaq mallar "
                "üçündür. Bu rejimdə gömrük rüsumu ödənilmir və ya azaldılmış məbləğdə ödənilir. Əsas şərtlər "
                "ikidir: mallar gömrük orqanının müəyyən etdiyi müddətdə təkrar ixrac olunmalı və əhəmiyyətli "
                "dəyişikliyə məruz qalmamalıdır.</p>"
                "<h2>Gömrük ərazisində emal</h2>"
                "<p>Xammal və ya komponentləri emal edib hazır məhsulu xaricə göndərmək istəyirsinizsə, emal "
                "rejimindən istifadə edə bilərsiniz. Bu rejim ödənilmiş rüsumların geri qaytarılması "
                "(drawback) prinsipi ilə işləyir; hazır məhsul adətən 2 il ərzində təkrar ixrac "
                "olunmalıdır.</p>",
                "<p>The temporary import regime is for goods brought into the country for a limited period and "
                "then taken out again. Under this regime no customs duty, or a reduced duty, is paid. There are "
                "two main conditions: the goods must be re-exported within the period set by customs, and they "
                "must not be substantially changed.</p>"
                "<h2>Inward processing</h2>"
                "<p>If you want to process imported raw materials or components and ship the finished product "
                "abroad, you can use inward processing. It works as a drawback: duties paid are refunded, and "
                "the products usually have to be re-exported within two years.</p>",
                "<p>Режим временного ввоза предназначен для товаров, которые ввозятся на определённый срок и "
                "затем вывозятся обратно. В этом режиме таможенная пошлина не уплачивается либо уплачивается в "
                "уменьшенном размере. Основных условий два: товары должны быть вывезены в срок, установленный "
                "таможенным органом, и не должны подвергаться существенным изменениям.</p>"
                "<h2>Переработка на таможенной территории</h2>"
                "<p>Если вы хотите перерабатывать ввезённое сырьё или комплектующие и отправлять готовую "
                "продукцию за рубеж, можно использовать режим переработки. Он работает по принципу возврата "
                "уплаченных пошлин (drawback); готовую продукцию, как правило, нужно вывезти в течение "
                "2 лет.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Əsas şərtlər", "Key conditions", "Основные условия"),
                "facts": [
                    _fact(
                        _t("Gömrük rüsumu", "Customs duty", "Таможенная пошлина"),
                        _t("tutulmur və ya azaldılır", "none or reduced", "не взимается или снижена"),
                    ),
                    _fact(
                        _t("Təkrar ixrac", "Re-export", "Обратный вывоз"),
                        _t(
                            "gömrük orqanının müəyyən etdiyi müddətdə",
                            "within the period set by customs",
                            "в срок, установленный таможней",
                        ),
                    ),
                    _fact(
                        _t("Malın vəziyyəti", "Condition of goods", "Состояние товара"),
                        _t("əhəmiyyətli dəyişiklik olmadan", "no substantial change", "без существенных изменений"),
                    ),
                    _fact(
                        _t("Emal zamanı təkrar ixrac", "Re-export after processing", "Вывоз после переработки"),
                        _t("adətən 2 il ərzində", "usually within 2 years", "как правило, в течение 2 лет"),
                    ),
                ],
            },
        ),
        (
            "steps",
            {
                "heading": _t(
                    "Müvəqqəti idxalı necə təşkil etməli",
                    "How to arrange a temporary import",
                    "Как оформить временный ввоз",
                ),
                "steps": [
                    _step(
                        _t("Əvvəlcədən planlaşdırın", "Plan ahead", "Спланируйте заранее"),
                        _t(
                            "Hansı malları nə müddətə gətirəcəyinizi müəyyənləşdirin və şərtləri, tələb olunan "
                            "sənədləri gömrük orqanları ilə dəqiqləşdirin.",
                            "Decide which goods you will bring in and for how long, and confirm the conditions "
                            "and required documents with the customs authorities.",
                            "Определите, какие товары и на какой срок вы ввозите, и уточните условия и "
                            "необходимые документы в таможенных органах.",
                        ),
                    ),
                    _step(
                        _t("Malları bəyan edin", "Declare the goods", "Задекларируйте товары"),
                        _t(
                            "Mallar gələndə onları müvəqqəti idxal rejimində bəyan edin, məqsədi və nəzərdə "
                            "tutulan təkrar ixrac tarixini göstərin.",
                            "When the goods arrive, declare them under the temporary import regime, stating the "
                            "purpose and the planned re-export date.",
                            "При поступлении товаров задекларируйте их в режиме временного ввоза, указав цель и "
                            "планируемую дату обратного вывоза.",
                        ),
                    ),
                    _step(
                        _t(
                            "Malları olduğu kimi saxlayın",
                            "Keep the goods unchanged",
                            "Сохраняйте товары в неизменном виде",
                        ),
                        _t(
                            "Mallar Azərbaycanda olduğu müddətdə onlara əhəmiyyətli dəyişiklik edilməməlidir.",
                            "While the goods are in Azerbaijan, they must not be substantially changed.",
                            "Пока товары находятся в Азербайджане, их нельзя существенно изменять.",
                        ),
                    ),
                    _step(
                        _t("Vaxtında geri aparın", "Re-export on time", "Вывезите вовремя"),
                        _t(
                            "Malları müddət bitənədək təkrar ixrac edin. Planlarınız dəyişərsə, müddət başa "
                            "çatmazdan əvvəl gömrük orqanına müraciət edin.",
                            "Re-export the goods before the deadline. If your plans change, contact customs "
                            "before the deadline expires.",
                            "Вывезите товары до истечения срока. Если планы изменились, обратитесь в таможенный "
                            "орган до окончания срока.",
                        ),
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": _t(
                    "<p>Güzəşt yalnız mallar vaxtında və dəyişilmədən geri aparıldıqda qüvvədə qalır. Konkret "
                    "şərtləri və rəsmiləşdirmə yığımlarını gömrük orqanları ilə dəqiqləşdirin.</p>",
                    "<p>The relief holds only if the goods leave on time and unchanged. Confirm the exact "
                    "conditions and any processing fees with the customs authorities.</p>",
                    "<p>Льгота сохраняется, только если товары вывезены в срок и без изменений. Конкретные "
                    "условия и сборы за оформление уточняйте в таможенных органах.</p>",
                ),
            },
        ),
    ),
    "legal_basis": [],
    "last_reviewed": REVIEWED,
    "related": ["customs-duties", "customs-exemptions"],
}

_CUSTOMS = {
    "key": "customs",
    "slug": _t("gomruk", "customs", "tamozhennoe-regulirovanie"),
    "title": _t("Gömrük", "Customs", "Таможенное регулирование"),
    "intro": _t(
        "<p>Bu bölmədə idxal rüsumları və idxal ƏDV-si, investorlar üçün gömrük güzəştləri, həmçinin "
        "malların müvəqqəti idxalı və emalı izah olunur. Azərbaycan ÜTT-nin və Avrasiya İqtisadi İttifaqının "
        "üzvü deyil, lakin MDB azad ticarət zonasına daxildir və on ölkə ilə azad ticarət sazişi "
        "bağlayıb.</p>",
        "<p>This section covers import duties and import VAT, customs exemptions for investors, and the "
        "temporary import and processing of goods. Azerbaijan is not a member of the WTO or the Eurasian "
        "Economic Union, but it belongs to the CIS free trade area and has free trade agreements with ten "
        "countries.</p>",
        "<p>В разделе рассматриваются ввозные пошлины и НДС при импорте, таможенные льготы для инвесторов, "
        "а также временный ввоз и переработка товаров. Азербайджан не входит ни в ВТО, ни в Евразийский "
        "экономический союз, но является участником зоны свободной торговли СНГ и имеет соглашения о "
        "свободной торговле с десятью странами.</p>",
    ),
    "articles": [_CUSTOMS_DUTIES, _CUSTOMS_EXEMPTIONS, _TEMPORARY_IMPORT],
}


# ---------------------------------------------------------------------------
# Topic 3: Migration and visas
# ---------------------------------------------------------------------------

_ASAN_VISA = {
    "key": "asan-visa",
    "slug": _t("asan-viza", "asan-visa-e-visa", "elektronnaya-viza-asan"),
    "title": _t(
        "ASAN Viza: elektron viza",
        "ASAN Visa: the e-visa",
        "ASAN Visa: электронная виза",
    ),
    "summary": _t(
        "Birdəfəlik giriş və 30 günədək qalma üçün elektron vizanı evisa.gov.az portalında onlayn almaq "
        "olar: 3 iş günü ərzində 20 ABŞ dolları, 3 saat ərzində 50 ABŞ dolları.",
        "A single-entry e-visa for stays of up to 30 days can be obtained online at evisa.gov.az: USD 20 "
        "within three working days, or USD 50 within three hours.",
        "Однократную электронную визу для пребывания до 30 дней можно оформить онлайн на evisa.gov.az: "
        "20 долларов США за 3 рабочих дня или 50 долларов США за 3 часа.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>ASAN Viza elektron viza sistemidir və Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə "
                "Dövlət Agentliyi (ASAN) tərəfindən idarə olunur. Sistem 1 iyun 2016-cı il tarixli 923 nömrəli "
                "Fərmanla yaradılıb, elektron vizalar 10 yanvar 2017-ci ildən verilir. 15 may 2018-ci ildən "
                "hava limanlarında verilən vizalar da ASAN Viza vasitəsilə rəsmiləşdirilir.</p>"
                "<p>Bəzi MDB ölkələrinin, Gürcüstanın və Türkiyənin vətəndaşları Azərbaycana 90 günədək vizasız "
                "gələ bilər. Siyahı dəyişə bildiyi üçün səfərdən əvvəl onu Azərbaycanın səfirliyi və ya "
                "konsulluğu ilə dəqiqləşdirin.</p>",
                "<p>ASAN Visa is the electronic visa system run by the State Agency for Public Service and "
                "Social Innovations (ASAN). It was set up by Decree No. 923 of 1 June 2016, and e-visas have "
                "been issued since 10 January 2017. Since 15 May 2018, visas issued at airports have also been "
                "processed through ASAN Visa.</p>"
                "<p>Citizens of several CIS countries, Georgia and Türkiye can visit Azerbaijan visa-free for up "
                "to 90 days. The list can change, so check it with an Azerbaijani embassy or consulate before "
                "you travel.</p>",
                "<p>ASAN Visa — система электронных виз, которой управляет Государственное агентство по "
                "обслуживанию граждан и социальным инновациям (ASAN). Система создана Указом № 923 от 1 июня "
                "2016 года, электронные визы выдаются с 10 января 2017 года. С 15 мая 2018 года визы в "
                "аэропортах также оформляются через ASAN Visa.</p>"
                "<p>Граждане ряда государств СНГ, Грузии и Турции могут въезжать в Азербайджан без визы на "
                "срок до 90 дней. Перечень может меняться, поэтому перед поездкой уточните его в посольстве "
                "или консульстве Азербайджана.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Elektron viza qısaca", "The e-visa at a glance", "Электронная виза: коротко"),
                "facts": [
                    _fact(_t("Giriş", "Entries", "Въезд"), _t("birdəfəlik", "single", "однократный")),
                    _fact(
                        _t("Qalma müddəti", "Length of stay", "Срок пребывания"),
                        _t("30 günədək", "up to 30 days", "до 30 дней"),
                    ),
                    _fact(
                        _t("Adi qaydada", "Standard processing", "Обычное оформление"),
                        _t("3 iş günü", "3 working days", "3 рабочих дня"),
                    ),
                    _fact(
                        _t("Təcili qaydada", "Urgent processing", "Срочное оформление"),
                        _t(
                            "3 saat, bayram günləri də daxil olmaqla",
                            "3 hours, including on holidays",
                            "3 часа, в том числе в праздничные дни",
                        ),
                    ),
                ],
            },
        ),
        (
            "rate_table",
            {
                "heading": _t("Viza haqqı", "Visa fee", "Визовый сбор"),
                "rates": ["asan-visa-standard", "asan-visa-urgent"],
            },
        ),
        (
            "steps",
            {
                "heading": _t("Elektron vizanın alınması", "Getting an e-visa", "Как получить электронную визу"),
                "steps": [
                    _step(
                        _t(
                            "Vizaya ehtiyacınızı yoxlayın",
                            "Check whether you need a visa",
                            "Проверьте, нужна ли вам виза",
                        ),
                        _t(
                            "Vətəndaşı olduğunuz ölkənin vizasız rejim siyahısında olub-olmadığını dəqiqləşdirin.",
                            "Find out whether your country of citizenship is on the visa-free list.",
                            "Уточните, входит ли страна вашего гражданства в список безвизовых.",
                        ),
                    ),
                    _step(
                        _t("Onlayn müraciət edin", "Apply online", "Подайте заявку онлайн"),
                        _t(
                            "evisa.gov.az portalında müraciət formasını doldurun.",
                            "Fill in the application form on the evisa.gov.az portal.",
                            "Заполните форму заявки на портале evisa.gov.az.",
                        ),
                    ),
                    _step(
                        _t(
                            "Müddəti seçin və haqqı ödəyin",
                            "Choose the processing time and pay",
                            "Выберите срок оформления и оплатите сбор",
                        ),
                        _t(
                            "Adi qaydada viza 3 iş günü ərzində 20 ABŞ dollarına, təcili qaydada 3 saat "
                            "ərzində 50 ABŞ dollarına verilir.",
                            "Standard processing takes three working days and costs USD 20; urgent processing "
                            "takes three hours and costs USD 50.",
                            "Обычное оформление занимает 3 рабочих дня и стоит 20 долларов США, срочное — "
                            "3 часа и 50 долларов США.",
                        ),
                    ),
                    _step(
                        _t(
                            "Uzun səfərləri əvvəlcədən planlaşdırın",
                            "Plan longer stays in advance",
                            "Заранее планируйте длительное пребывание",
                        ),
                        _t(
                            "Elektron viza 30 günədək qalmağa imkan verir. Daha uzun müddət qalmaq "
                            "istəyirsinizsə, müvəqqəti yaşamaq icazəsi almağı nəzərdən keçirin.",
                            "The e-visa allows a stay of up to 30 days. If you plan to stay longer, consider "
                            "applying for a temporary residence permit.",
                            "Электронная виза позволяет находиться в стране до 30 дней. Если вы планируете "
                            "оставаться дольше, рассмотрите получение разрешения на временное проживание.",
                        ),
                    ),
                ],
            },
        ),
        (
            "link",
            {
                "title": _t("ASAN Viza portalı", "ASAN Visa portal", "Портал ASAN Visa"),
                "url": "https://www.evisa.gov.az",
                "description": _t(
                    "Elektron viza üçün rəsmi müraciət portalı.",
                    "The official portal for e-visa applications.",
                    "Официальный портал для подачи заявок на электронную визу.",
                ),
            },
        ),
    ),
    "legal_basis": ["asan-visa-decree-923", "migration-code"],
    "last_reviewed": REVIEWED,
    "related": ["temporary-residence-permit", "work-permits"],
}

_TEMPORARY_RESIDENCE_PERMIT = {
    "key": "temporary-residence-permit",
    "slug": _t("muveqqeti-yasamaq-icazesi", "temporary-residence-permit", "razreshenie-na-vremennoe-prozhivanie"),
    "title": _t(
        "Müvəqqəti yaşamaq icazəsi",
        "Temporary residence permit",
        "Разрешение на временное проживание",
    ),
    "summary": _t(
        "Əcnəbi investorlar Dövlət Miqrasiya Xidmətindən müvəqqəti yaşamaq icazəsi ala bilər, məsələn, "
        "ən azı 500 000 manat investisiya qoyduqda və ya dəyəri ən azı 100 000 manat olan əmlak "
        "aldıqda.",
        "Foreign investors can obtain a temporary residence permit from the State Migration Service, for "
        "example by investing at least AZN 500,000 or buying property worth at least AZN 100,000.",
        "Иностранный инвестор может получить в Государственной миграционной службе разрешение на "
        "временное проживание, например вложив не менее 500 000 манатов или купив недвижимость "
        "стоимостью от 100 000 манатов.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Müvəqqəti yaşamaq icazəsini Dövlət Miqrasiya Xidməti Miqrasiya Məcəlləsinin 45-ci "
                "maddəsində göstərilən əsaslarla verir. İnvestorlar və şirkət rəhbərləri üçün əsas hallar "
                "bunlardır:</p><ul>"
                "<li>ölkə iqtisadiyyatına ən azı 500 000 manat investisiya qoyulması;</li>"
                "<li>dəyəri ən azı 100 000 manat olan daşınmaz əmlaka sahiblik;</li>"
                "<li>ən azı 100 000 manatlıq müddətli bank əmanəti;</li>"
                "<li>nominal dəyəri ən azı 100 000 manat olan dövlət qiymətli kağızları;</li>"
                "<li>təsisçisi əcnəbi olan hüquqi şəxsin, yaxud xarici şirkətin filialının və ya "
                "nümayəndəliyinin rəhbəri və ya rəhbər müavini olmaq;</li>"
                "<li>fərdi sahibkarlıq fəaliyyəti.</li></ul>",
                "<p>Temporary residence permits are issued by the State Migration Service on the grounds listed "
                "in Article 45 of the Migration Code. The grounds most relevant to investors and company heads "
                "are:</p><ul>"
                "<li>an investment of at least AZN 500,000 in the economy;</li>"
                "<li>ownership of real estate worth at least AZN 100,000;</li>"
                "<li>a term bank deposit of at least AZN 100,000;</li>"
                "<li>government securities with a nominal value of at least AZN 100,000;</li>"
                "<li>being the head or deputy head of a company with a foreign founder, or of a branch or "
                "representative office of a foreign company;</li>"
                "<li>working as an individual entrepreneur.</li></ul>",
                "<p>Разрешение на временное проживание (временный вид на жительство) выдаёт Государственная "
                "миграционная служба по основаниям, перечисленным в статье 45 Миграционного кодекса. Для "
                "инвесторов и руководителей компаний важнее всего следующие основания:</p><ul>"
                "<li>инвестиции в экономику страны на сумму не менее 500 000 манатов;</li>"
                "<li>владение недвижимостью стоимостью не менее 100 000 манатов;</li>"
                "<li>срочный банковский депозит не менее 100 000 манатов;</li>"
                "<li>государственные ценные бумаги номинальной стоимостью не менее 100 000 манатов;</li>"
                "<li>должность руководителя или заместителя руководителя компании с иностранным учредителем, "
                "а также филиала или представительства иностранной компании;</li>"
                "<li>индивидуальная предпринимательская деятельность.</li></ul>",
            ),
        ),
        (
            "rate_table",
            {
                "heading": _t(
                    "Dövlət rüsumu (yetkinlik yaşına çatmış şəxs, 15 iş günü ərzində baxılma)",
                    "State duty (adult applicant, processing within 15 working days)",
                    "Государственная пошлина (совершеннолетний заявитель, рассмотрение за 15 рабочих дней)",
                ),
                "rates": ["trp-fee-1-year", "trp-fee-2-years", "trp-fee-3-years"],
            },
        ),
        (
            "text",
            _t(
                "<p>Cədvəldəki məbləğlər müraciətə 15 iş günü ərzində baxıldıqda tətbiq olunur. 20 iş günü ərzində "
                "baxılma seçildikdə 1 illik icazə üçün rüsum 120 manatdır.</p>",
                "<p>The amounts in the table apply when the application is processed within 15 working days. If "
                "you choose processing within 20 working days, the duty for a one-year permit is AZN 120.</p>",
                "<p>Суммы в таблице действуют при рассмотрении заявления в течение 15 рабочих дней. Если выбрать "
                "рассмотрение в течение 20 рабочих дней, пошлина за разрешение на 1 год составит 120 манатов.</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": _t(
                    "<p>Bank əmanəti əsasında verilmiş icazə əmanət geri götürüldükdə və ya onun məbləği "
                    "100 000 manatdan aşağı düşdükdə ləğv edilir.</p>",
                    "<p>A permit granted on the basis of a bank deposit is revoked if the deposit is withdrawn "
                    "or falls below AZN 100,000.</p>",
                    "<p>Разрешение, выданное на основании банковского депозита, аннулируется, если депозит "
                    "отозван или его сумма стала меньше 100 000 манатов.</p>",
                ),
            },
        ),
        (
            "steps",
            {
                "heading": _t("Müraciət qaydası", "How to apply", "Порядок обращения"),
                "steps": [
                    _step(
                        _t("Əsası seçin", "Choose your ground", "Выберите основание"),
                        _t(
                            "Yuxarıdakı əsaslardan sizə uyğun olanı müəyyənləşdirin.",
                            "Decide which of the grounds above fits your situation.",
                            "Определите, какое из перечисленных оснований вам подходит.",
                        ),
                    ),
                    _step(
                        _t(
                            "Sübut sənədlərini hazırlayın",
                            "Prepare supporting documents",
                            "Подготовьте подтверждающие документы",
                        ),
                        _t(
                            "İnvestisiyanı, əmlakı, əmanəti, qiymətli kağızları və ya vəzifənizi təsdiq edən "
                            "sənədləri toplayın.",
                            "Gather documents that prove the investment, property, deposit, securities or your "
                            "position.",
                            "Соберите документы, подтверждающие инвестиции, недвижимость, депозит, ценные "
                            "бумаги или вашу должность.",
                        ),
                    ),
                    _step(
                        _t("Dövlət rüsumunu ödəyin", "Pay the state duty", "Оплатите государственную пошлину"),
                        _t(
                            "İcazənin müddətini və baxılma müddətini seçib müvafiq rüsumu ödəyin.",
                            "Choose the permit term and processing time and pay the corresponding duty.",
                            "Выберите срок разрешения и срок рассмотрения и оплатите соответствующую пошлину.",
                        ),
                    ),
                    _step(
                        _t(
                            "Dövlət Miqrasiya Xidmətinə müraciət edin",
                            "Apply to the State Migration Service",
                            "Подайте заявление в Государственную миграционную службу",
                        ),
                        _t(
                            "Ərizəni sənədlərlə birlikdə Dövlət Miqrasiya Xidmətinə təqdim edin.",
                            "Submit the application with your documents to the State Migration Service.",
                            "Подайте заявление вместе с документами в Государственную миграционную службу.",
                        ),
                    ),
                    _step(
                        _t(
                            "İş icazəsini ayrıca yoxlayın",
                            "Check the work permit separately",
                            "Отдельно проверьте разрешение на работу",
                        ),
                        _t(
                            "Yaşamaq icazəsi işləmək hüququ demək deyil. İşləyəcəksinizsə, iş icazəsinin tələb "
                            "olunub-olunmadığını dəqiqləşdirin.",
                            "A residence permit is not a right to work. If you will be employed, check whether "
                            "you need a work permit.",
                            "Разрешение на проживание не даёт права на работу. Если вы будете работать по "
                            "найму, уточните, нужно ли вам разрешение на работу.",
                        ),
                    ),
                ],
            },
        ),
        (
            "link",
            {
                "title": _t(
                    "Dövlət Miqrasiya Xidməti: müvəqqəti yaşamaq icazəsi",
                    "State Migration Service: temporary residence",
                    "Государственная миграционная служба: временное проживание",
                ),
                "url": "https://migration.gov.az/en/page/73",
                "description": _t(
                    "İcazənin verilməsi əsasları haqqında rəsmi məlumat.",
                    "Official information on the grounds for a permit.",
                    "Официальная информация об основаниях для выдачи разрешения.",
                ),
            },
        ),
    ),
    "legal_basis": ["migration-code", "state-duty-law"],
    "last_reviewed": REVIEWED,
    "related": ["work-permits", "asan-visa", "land-and-property"],
}

_MIGRATION = {
    "key": "migration",
    "slug": _t("miqrasiya-ve-vizalar", "migration-and-visas", "migraciya-i-vizy"),
    "title": _t("Miqrasiya və vizalar", "Migration and visas", "Миграция и визы"),
    "intro": _t(
        "<p>Qısa işgüzar səfər üçün əksər hallarda ASAN Viza elektron vizası kifayətdir. Ölkədə uzun "
        "müddət qalmaq, şirkətə rəhbərlik etmək və ya işləmək üçün isə Dövlət Miqrasiya Xidmətindən "
        "müvəqqəti yaşamaq icazəsi, lazım olduqda iş icazəsi almaq tələb olunur.</p>",
        "<p>For a short business trip, the ASAN Visa e-visa is usually enough. To stay longer, run a "
        "company or work in Azerbaijan, you need a temporary residence permit from the State Migration "
        "Service and, where required, a work permit.</p>",
        "<p>Для короткой деловой поездки обычно достаточно электронной визы ASAN Visa. Чтобы находиться "
        "в стране дольше, руководить компанией или работать, нужно получить в Государственной миграционной "
        "службе разрешение на временное проживание, а при необходимости — разрешение на работу.</p>",
    ),
    "articles": [_ASAN_VISA, _TEMPORARY_RESIDENCE_PERMIT],
}


# ---------------------------------------------------------------------------
# Topic 4: Labour and employment
# ---------------------------------------------------------------------------

_WORK_PERMITS = {
    "key": "work-permits",
    "slug": _t("is-icazesi", "work-permits", "razreshenie-na-rabotu"),
    "title": _t(
        "Əcnəbilər üçün iş icazəsi",
        "Work permits for foreign employees",
        "Разрешение на работу для иностранцев",
    ),
    "summary": _t(
        "Əcnəbi işçi üçün, bir qayda olaraq, iş icazəsi tələb olunur və ona Dövlət Miqrasiya Xidmətinə "
        "işəgötürən müraciət edir. İcazə bir işəgötürən üçün 1 ilədək verilir və uzadıla bilər.",
        "A foreign employee generally needs a work permit, which the employer applies for at the State "
        "Migration Service. Permits are issued for one employer for up to one year and can be renewed.",
        "Иностранному работнику, как правило, нужно разрешение на работу; в Государственную миграционную "
        "службу обращается работодатель. Разрешение выдаётся на одного работодателя сроком до 1 года и "
        "продлевается.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Əcnəbini işə götürmək istəyən işəgötürən iş icazəsi üçün Dövlət Miqrasiya Xidmətinə "
                "müraciət edir. İcazə 1 il müddətinə, əmək müqaviləsinin müddəti daha qısadırsa, həmin müddətə "
                "verilir və hər dəfə 1 ilədək uzadıla bilər. İcazə yalnız konkret işəgötürən yanında işləmək "
                "üçün etibarlıdır. Əcnəbilərin işə cəlb edilməsi əmək miqrasiyası kvotası çərçivəsində "
                "həyata keçirilir.</p>",
                "<p>An employer that wants to hire a foreign national applies to the State Migration Service for "
                "a work permit. The permit is issued for one year, or for the term of the employment contract if "
                "that is shorter, and can be renewed each time for up to one year. It is valid only for work with "
                "the employer named in it. Hiring of foreign workers is subject to the labour-migration "
                "quota.</p>",
                "<p>Работодатель, который хочет нанять иностранца, обращается за разрешением на работу в "
                "Государственную миграционную службу. Разрешение выдаётся на 1 год, а если трудовой договор "
                "заключён на меньший срок, — на срок договора; каждый раз его можно продлить не более чем на "
                "1 год. Разрешение действительно только для работы у указанного в нём работодателя. "
                "Привлечение иностранцев осуществляется в рамках квоты трудовой миграции.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Qısa məlumat", "At a glance", "Коротко"),
                "facts": [
                    _fact(
                        _t("Kim müraciət edir", "Who applies", "Кто подаёт заявление"),
                        _t("işəgötürən", "the employer", "работодатель"),
                    ),
                    _fact(
                        _t("Harada", "Where", "Куда"),
                        _t(
                            "Dövlət Miqrasiya Xidməti", "State Migration Service", "Государственная миграционная служба"
                        ),
                    ),
                    _fact(
                        _t("Müddət", "Term", "Срок"),
                        _t(
                            "1 ilədək (və ya əmək müqaviləsinin müddəti)",
                            "up to 1 year (or the contract term)",
                            "до 1 года (или на срок трудового договора)",
                        ),
                    ),
                    _fact(
                        _t("Uzadılma", "Renewal", "Продление"),
                        _t("hər dəfə 1 ilədək", "up to 1 year each time", "каждый раз до 1 года"),
                    ),
                    _fact(
                        _t("Etibarlılıq", "Validity", "Действие"),
                        _t("yalnız bir işəgötürən", "one employer only", "только у одного работодателя"),
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>Kimə iş icazəsi lazım deyil</h2><ul>"
                "<li>daimi yaşamaq icazəsi olan əcnəbilərə;</li>"
                "<li>Azərbaycan vətəndaşı ilə nikahda olan əcnəbilərə;</li>"
                "<li>təsisçisi əcnəbi olan hüquqi şəxslərin, xarici şirkətlərin filial və nümayəndəliklərinin "
                "rəhbərlərinə və rəhbər müavinlərinə;</li>"
                "<li>İT texnoparklarının rezidentlərində çalışan xarici mütəxəssislərə.</li></ul>"
                "<h2>İşğaldan azad edilmiş ərazilər</h2>"
                "<p>1 yanvar 2023-cü ildən 1 yanvar 2028-ci ilədək bu ərazilərdə kvota tətbiq olunmur, iş "
                "icazəsi 2 ilədək verilir və daha qısa müddətdə rəsmiləşdirilə bilər. Ağdam Sənaye Parkının və "
                "Araz Vadisi İqtisadi Zonasının rezidentlərinə əmək miqrasiyası kvotası 5 il tətbiq edilmir, "
                "iş icazələri sadələşdirilmiş qaydada verilir.</p>",
                "<h2>Who does not need a work permit</h2><ul>"
                "<li>holders of a permanent residence permit;</li>"
                "<li>foreign nationals married to Azerbaijani citizens;</li>"
                "<li>heads and deputy heads of companies with a foreign founder, and of branches and "
                "representative offices of foreign companies;</li>"
                "<li>foreign specialists working for IT technopark residents.</li></ul>"
                "<h2>Liberated territories</h2>"
                "<p>From 1 January 2023 to 1 January 2028 no quota applies in these territories, work permits "
                "are issued for up to two years and can be processed faster. Residents of the Aghdam Industrial "
                "Park and the Araz Valley Economic Zone are not subject to the labour-migration quota for five "
                "years, and their work permits are issued under a simplified procedure.</p>",
                "<h2>Кому разрешение на работу не требуется</h2><ul>"
                "<li>обладателям разрешения на постоянное проживание;</li>"
                "<li>иностранцам, состоящим в браке с гражданами Азербайджана;</li>"
                "<li>руководителям и заместителям руководителей компаний с иностранным учредителем, а также "
                "филиалов и представительств иностранных компаний;</li>"
                "<li>иностранным специалистам, работающим у резидентов IT-технопарков.</li></ul>"
                "<h2>Освобождённые территории</h2>"
                "<p>С 1 января 2023 года по 1 января 2028 года квота на этих территориях не применяется, "
                "разрешения выдаются на срок до 2 лет и могут оформляться быстрее. На резидентов Агдамского "
                "промышленного парка и экономической зоны «Долина Араза» квота трудовой миграции не "
                "распространяется в течение 5 лет, а разрешения на работу выдаются в упрощённом порядке.</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": _t(
                    "<p>İş icazəsinə görə ödənişin məbləği icazənin müddətindən və rəsmiləşdirmə sürətindən "
                    "asılıdır. Əvvəlki illərdə dərc olunmuş məbləğlər köhnələ bilər, ona görə də müraciətdən "
                    "əvvəl qüvvədə olan məbləği Dövlət Miqrasiya Xidməti ilə dəqiqləşdirin.</p>",
                    "<p>The fee for a work permit depends on the permit term and on how quickly it is "
                    "processed. Amounts published in earlier years may be out of date, so confirm the current "
                    "fee with the State Migration Service before you apply.</p>",
                    "<p>Размер платы за разрешение на работу зависит от срока разрешения и скорости "
                    "оформления. Суммы, опубликованные в прошлые годы, могли устареть, поэтому перед подачей "
                    "заявления уточните действующий размер в Государственной миграционной службе.</p>",
                ),
            },
        ),
        (
            "steps",
            {
                "heading": _t("İcazənin alınması", "Getting a permit", "Получение разрешения"),
                "steps": [
                    _step(
                        _t("İstisnanı yoxlayın", "Check the exemptions", "Проверьте исключения"),
                        _t(
                            "İşçinin iş icazəsindən azad olunan şəxslərdən olub-olmadığını müəyyənləşdirin.",
                            "Find out whether the employee falls into one of the exempt groups.",
                            "Выясните, не относится ли работник к категориям, освобождённым от разрешения.",
                        ),
                    ),
                    _step(
                        _t("İşəgötürən müraciət edir", "The employer applies", "Работодатель подаёт заявление"),
                        _t(
                            "İşəgötürən Dövlət Miqrasiya Xidmətinə müraciət edir və ödənişi həyata keçirir.",
                            "The employer applies to the State Migration Service and pays the fee.",
                            "Работодатель обращается в Государственную миграционную службу и вносит плату.",
                        ),
                    ),
                    _step(
                        _t(
                            "İcazədə göstərilən işəgötürən yanında işləyin",
                            "Work only for the named employer",
                            "Работайте только у указанного работодателя",
                        ),
                        _t(
                            "İcazə başqa işəgötürənə keçmir; iş yeri dəyişərsə, yeni icazə tələb olunur.",
                            "The permit does not transfer to another employer; a change of employer needs a "
                            "new permit.",
                            "Разрешение не переходит к другому работодателю: при смене работодателя нужно "
                            "новое разрешение.",
                        ),
                    ),
                    _step(
                        _t("Vaxtında uzadın", "Renew in time", "Продлевайте вовремя"),
                        _t(
                            "Müddət bitməzdən əvvəl uzadılma üçün müraciət edin; hər uzadılma 1 ilədək olur.",
                            "Apply for renewal before the permit expires; each renewal is for up to one year.",
                            "Подавайте на продление до истечения срока; каждое продление — не более чем на 1 год.",
                        ),
                    ),
                ],
            },
        ),
        (
            "link",
            {
                "title": _t(
                    "Dövlət Miqrasiya Xidməti: iş icazəsi",
                    "State Migration Service: work permits",
                    "Государственная миграционная служба: разрешение на работу",
                ),
                "url": "https://migration.gov.az/en/useful_detail/592",
                "description": _t(
                    "İş icazəsinin verilməsi qaydası haqqında rəsmi məlumat.",
                    "Official information on how work permits are issued.",
                    "Официальная информация о порядке выдачи разрешений на работу.",
                ),
            },
        ),
    ),
    "legal_basis": ["migration-code"],
    "last_reviewed": REVIEWED,
    "related": ["temporary-residence-permit", "employment-contributions", "personal-income-tax"],
}

_EMPLOYMENT_CONTRIBUTIONS = {
    "key": "employment-contributions",
    "slug": _t("sosial-sigorta-haqlari", "employment-contributions", "strakhovye-vznosy"),
    "title": _t(
        "Sosial sığorta və digər məcburi haqlar",
        "Social insurance and payroll contributions",
        "Социальное страхование и взносы с фонда оплаты труда",
    ),
    "summary": _t(
        "Qeyri-neft özəl sektorunda işəgötürən aylıq əmək haqqının ilk 200 manatından 22%, artıq "
        "hissəsindən 15% sosial sığorta haqqı, habelə işsizlikdən sığorta və icbari tibbi sığorta haqları "
        "ödəyir.",
        "In the private non-oil sector, employers pay social insurance of 22% on the first AZN 200 of "
        "monthly salary and 15% above it, plus unemployment and mandatory health insurance "
        "contributions.",
        "В частном ненефтяном секторе работодатель платит взносы на социальное страхование: 22% с первых "
        "200 манатов месячной зарплаты и 15% с превышения, а также взносы на страхование от безработицы и "
        "медицинское страхование.",
    ),
    "body": _body(
        (
            "rate_table",
            {
                "heading": _t("Sosial sığorta haqları", "Social insurance", "Взносы на социальное страхование"),
                "rates": ["ssc-employer", "ssc-employee"],
            },
        ),
        (
            "rate_table",
            {
                "heading": _t(
                    "İşsizlikdən sığorta və icbari tibbi sığorta",
                    "Unemployment and health insurance",
                    "Страхование от безработицы и обязательное медицинское страхование",
                ),
                "rates": [
                    "unemployment-employer",
                    "unemployment-employee",
                    "health-insurance-employer",
                    "health-insurance-employee",
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>Necə hesablanır</h2><ul>"
                "<li><b>Sosial sığorta.</b> İşəgötürən aylıq əmək haqqının ilk 200 manatından 22%, ondan artıq "
                "hissəsindən 15% ödəyir. İşçinin əmək haqqından 200 manata qədər 3%, ondan artıq hissədən isə "
                "6 manat üstəgəl 10% tutulur.</li>"
                "<li><b>İşsizlikdən sığorta.</b> İşçi əmək haqqının, işəgötürən isə əmək haqqı fondunun 0,5%-ni "
                "ödəyir. Haqq növbəti ayın 15-dək ödənilir. Bu sığorta 30 iyun 2017-ci il tarixli 765-VQ "
                "nömrəli Qanunla tətbiq edilib və 1 yanvar 2018-ci ildən qüvvədədir.</li>"
                "<li><b>İcbari tibbi sığorta.</b> 1 yanvar 2021-ci ildən işçi də, işəgötürən də aylıq "
                "8 000 manata qədər gəlirdən 2%, ondan artıq hissədən 0,5% ödəyir.</li></ul>",
                "<h2>How they are calculated</h2><ul>"
                "<li><b>Social insurance.</b> The employer pays 22% on the first AZN 200 of monthly salary and "
                "15% on the rest. The employee contributes 3% up to AZN 200 and AZN 6 plus 10% of the amount "
                "above AZN 200.</li>"
                "<li><b>Unemployment insurance.</b> The employee pays 0.5% of salary and the employer 0.5% of "
                "payroll. The contribution is due by the 15th of the following month. It was introduced by Law "
                "No. 765-VQ of 30 June 2017 and has applied since 1 January 2018.</li>"
                "<li><b>Mandatory health insurance.</b> Since 1 January 2021, employee and employer each pay 2% "
                "on monthly income up to AZN 8,000 and 0.5% on the amount above that.</li></ul>",
                "<h2>Как рассчитываются взносы</h2><ul>"
                "<li><b>Социальное страхование.</b> Работодатель платит 22% с первых 200 манатов месячной "
                "зарплаты и 15% с превышения. С работника удерживается 3% с суммы до 200 манатов, а с "
                "превышения — 6 манатов плюс 10%.</li>"
                "<li><b>Страхование от безработицы.</b> Работник платит 0,5% зарплаты, работодатель — 0,5% фонда "
                "оплаты труда. Взнос уплачивается до 15-го числа следующего месяца. Страхование введено Законом "
                "№ 765-VQ от 30 июня 2017 года и действует с 1 января 2018 года.</li>"
                "<li><b>Обязательное медицинское страхование.</b> С 1 января 2021 года и работник, и работодатель "
                "платят по 2% с месячного дохода до 8 000 манатов и по 0,5% с превышения.</li></ul>",
            ),
        ),
        (
            "text",
            _t(
                "<h2>Xüsusi rejimlər</h2>"
                "<p>İşğaldan azad edilmiş ərazilərdə işəgötürənin sosial sığorta haqqının bir hissəsini dövlət "
                "ödəyir:</p><ul>"
                "<li>2023–2025-ci illərdə 100%;</li>"
                "<li>2026–2028-ci illərdə 80%;</li>"
                "<li>2029–2030-cu illərdə 60%;</li>"
                "<li>2031–2032-ci illərdə 40%.</li></ul>"
                "<p>İT texnoparklarının rezidentləri 10 il ərzində sosial sığorta haqqını minimum aylıq əmək "
                "haqqının dörd misli həcmində baza üzrə ödəməyi seçə bilər. Ələt Azad İqtisadi Zonasında xarici "
                "ixtisaslı işçilər üçün sosial sığorta könüllüdür.</p>",
                "<h2>Special regimes</h2>"
                "<p>In the liberated territories the state covers part of the employer's social insurance "
                "contribution:</p><ul>"
                "<li>100% in 2023–2025;</li>"
                "<li>80% in 2026–2028;</li>"
                "<li>60% in 2029–2030;</li>"
                "<li>40% in 2031–2032.</li></ul>"
                "<p>IT technopark residents may choose, for ten years, to pay social insurance on a base of four "
                "times the minimum monthly wage. In the Alat Free Economic Zone, social insurance is optional for "
                "foreign skilled staff.</p>",
                "<h2>Специальные режимы</h2>"
                "<p>На освобождённых территориях часть взноса работодателя на социальное страхование "
                "покрывает государство:</p><ul>"
                "<li>100% в 2023–2025 годах;</li>"
                "<li>80% в 2026–2028 годах;</li>"
                "<li>60% в 2029–2030 годах;</li>"
                "<li>40% в 2031–2032 годах.</li></ul>"
                "<p>Резиденты IT-технопарков в течение 10 лет могут платить взносы с базы, равной четырём "
                "минимальным месячным зарплатам. В Алятской свободной экономической зоне социальное страхование "
                "для иностранных квалифицированных специалистов добровольное.</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": _t(
                    "<p>Göstərilən dərəcələr qeyri-neft özəl sektoruna aiddir. Əmək haqqını hesablamazdan əvvəl "
                    "qüvvədə olan dərəcələri Dövlət Vergi Xidməti ilə dəqiqləşdirin.</p>",
                    "<p>These rates apply to the private non-oil sector. Before you run payroll, confirm the "
                    "rates currently in force with the State Tax Service.</p>",
                    "<p>Указанные ставки относятся к частному ненефтяному сектору. Перед расчётом зарплаты "
                    "уточните действующие ставки в Государственной налоговой службе.</p>",
                ),
            },
        ),
        (
            "link",
            {
                "title": _t(
                    "İşsizlikdən sığorta haqqında rəsmi məlumat",
                    "Official information on unemployment insurance",
                    "Официальная информация о страховании от безработицы",
                ),
                "url": "https://www.sosial.gov.az/en/intro-unempl-insurance",
                "description": _t(
                    "Sığorta haqlarının dərəcələri və ödənilmə müddəti.",
                    "Contribution rates and payment deadline.",
                    "Ставки взносов и срок уплаты.",
                ),
            },
        ),
    ),
    "legal_basis": ["unemployment-insurance-law"],
    "last_reviewed": REVIEWED,
    "related": ["personal-income-tax", "work-permits", "after-registration"],
}

_LABOUR = {
    "key": "labour",
    "slug": _t("emek-ve-mesgulluq", "labour-and-employment", "trud-i-zanyatost"),
    "title": _t("Əmək və məşğulluq", "Labour and employment", "Труд и занятость"),
    "intro": _t(
        "<p>Bu bölmədə əcnəbi işçilərin işə cəlb edilməsi qaydaları və əmək haqqı fondundan ödənilən "
        "məcburi haqlar — sosial sığorta, işsizlikdən sığorta və icbari tibbi sığorta izah olunur. Əmək "
        "haqqından tutulan gəlir vergisi “Vergilər” bölməsində verilib.</p>",
        "<p>This section explains the rules for hiring foreign employees and the mandatory payroll "
        "contributions: social insurance, unemployment insurance and health insurance. Income tax on "
        "salaries is covered under “Taxation”.</p>",
        "<p>В разделе описаны правила найма иностранных работников и обязательные взносы с фонда оплаты "
        "труда: на социальное страхование, страхование от безработицы и медицинское страхование. "
        "Подоходный налог с зарплаты рассмотрен в разделе «Налоги».</p>",
    ),
    "articles": [_WORK_PERMITS, _EMPLOYMENT_CONTRIBUTIONS],
}


# ---------------------------------------------------------------------------
# Topic 5: Licences and permits
# ---------------------------------------------------------------------------

_LICENCES_AND_PERMITS = {
    "key": "licences-and-permits",
    "slug": _t(
        "lisenziya-ve-icazelerin-alinmasi", "obtaining-licences-and-permits", "poluchenie-licenziy-i-razresheniy"
    ),
    "title": _t(
        "Lisenziya və icazələrin alınması",
        "Obtaining licences and permits",
        "Получение лицензий и разрешений",
    ),
    "summary": _t(
        "Bəzi fəaliyyət növlərinə yalnız lisenziya və ya icazə alındıqdan sonra başlamaq olar. "
        "İnvestisiyadan əvvəl tələbləri yoxlayın, səlahiyyətli orqana müraciət edin və lazım olduqda "
        "dövlət rüsumunu ödəyin.",
        "Some activities may start only once a licence or permit has been obtained. Check the "
        "requirements before you invest, apply to the competent authority and pay the state duty where "
        "one applies.",
        "Некоторыми видами деятельности можно заниматься только после получения лицензии или разрешения. "
        "Проверьте требования до вложения средств, обратитесь в компетентный орган и при необходимости "
        "уплатите госпошлину.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Şirkətin dövlət qeydiyyatı bütün fəaliyyət növləri üçün kifayət deyil: bəzi fəaliyyətlərə "
                "başlamaq üçün əlavə olaraq lisenziya və ya icazə tələb olunur. Lisenziyalaşdırma sahəsində "
                "dövlət siyasətini İqtisadiyyat Nazirliyi həyata keçirir. Lisenziya və ya icazə, adətən, şirkət "
                "qeydiyyata alındıqdan sonra, fəaliyyətə başlamazdan əvvəl alınır.</p>"
                "<p>Dövlət orqanına verilən ərizələrə baxılması “İnzibati icraat haqqında” 21 oktyabr 2005-ci "
                "il tarixli 1036-IIQ nömrəli Qanunla tənzimlənir. Lisenziya və ya icazə üçün dövlət rüsumu "
                "nəzərdə tutulubsa, o, “Dövlət rüsumu haqqında” Qanuna əsasən ödənilir.</p>",
                "<p>Registering a company is not enough for every activity: some activities also require a "
                "licence or permit before they can start. The Ministry of Economy is responsible for licensing "
                "policy. A licence or permit is normally obtained after the company is registered and before it "
                "starts the activity concerned.</p>"
                "<p>The handling of applications to state bodies is governed by Law No. 1036-IIQ of 21 October "
                "2005 on Administrative Proceedings. Where a licence or permit carries a state duty, it is paid "
                "under the Law on State Duty.</p>",
                "<p>Государственной регистрации компании достаточно не для всех видов деятельности: для "
                "некоторых из них дополнительно нужна лицензия или разрешение. Политику в сфере "
                "лицензирования проводит Министерство экономики. Как правило, лицензию или разрешение получают "
                "после регистрации компании и до начала соответствующей деятельности.</p>"
                "<p>Рассмотрение заявлений, поданных в государственные органы, регулируется Законом «Об "
                "административном производстве» № 1036-IIQ от 21 октября 2005 года. Если за лицензию или "
                "разрешение взимается государственная пошлина, она уплачивается в соответствии с Законом «О "
                "государственной пошлине».</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t(
                    "Ərizənizə necə baxılır", "How your application is handled", "Как рассматривается заявление"
                ),
                "facts": [
                    _fact(
                        _t("Ərizənin qeydiyyatı", "Registration of the application", "Регистрация заявления"),
                        _t("daxil olduğu gün", "on the day it is received", "в день поступления"),
                    ),
                    _fact(
                        _t(
                            "Qeydiyyat tarixi və nömrəsi barədə qeyd",
                            "Note with registration date and number",
                            "Уведомление о дате и номере регистрации",
                        ),
                        _t("3 gün ərzində", "within 3 days", "в течение 3 дней"),
                    ),
                    _fact(
                        _t("Ərizədə çatışmazlıqlar", "Defects in the application", "Недостатки в заявлении"),
                        _t(
                            "aradan qaldırılması üçün qısa müddət verilir",
                            "a short period is given to correct them",
                            "даётся короткий срок на исправление",
                        ),
                    ),
                    _fact(
                        _t(
                            "İnzibati aktdan məhkəməyə şikayət",
                            "Court challenge to an administrative act",
                            "Обжалование административного акта в суде",
                        ),
                        _t(
                            "bildirişdən sonra 30 gün ərzində",
                            "within 30 days of notification",
                            "в течение 30 дней после уведомления",
                        ),
                    ),
                ],
            },
        ),
        (
            "steps",
            {
                "heading": _t(
                    "Lisenziya və ya icazə necə alınır",
                    "How to obtain a licence or permit",
                    "Как получить лицензию или разрешение",
                ),
                "steps": [
                    _step(
                        _t("Tələbi müəyyənləşdirin", "Identify the requirement", "Определите требования"),
                        _t(
                            "Fəaliyyətinizə lisenziya və ya icazə lazım olub-olmadığını öyrənin. Əmin deyilsinizsə, "
                            "bu portal vasitəsilə İqtisadiyyat Nazirliyinə və ya AZPROMO-ya sual göndərin.",
                            "Find out whether your activity needs a licence or permit. If you are not sure, send "
                            "a question to the Ministry of Economy or AZPROMO through this portal.",
                            "Выясните, требуется ли для вашей деятельности лицензия или разрешение. Если не "
                            "уверены, направьте вопрос в Министерство экономики или AZPROMO через этот портал.",
                        ),
                    ),
                    _step(
                        _t("Şirkəti qeydiyyatdan keçirin", "Register the company", "Зарегистрируйте компанию"),
                        _t(
                            "Lisenziya və icazələr, bir qayda olaraq, artıq qeydiyyatda olan şəxslərə verilir.",
                            "Licences and permits are normally issued to businesses that are already registered.",
                            "Лицензии и разрешения, как правило, выдаются уже зарегистрированным лицам.",
                        ),
                    ),
                    _step(
                        _t("Ərizə verin", "Submit the application", "Подайте заявление"),
                        _t(
                            "Ərizəni və tələb olunan sənədləri səlahiyyətli orqana təqdim edin; elektron "
                            "müraciət üçün gücləndirilmiş elektron imza lazımdır.",
                            "Submit the application and required documents to the competent authority; an "
                            "enhanced e-signature is needed to apply electronically.",
                            "Подайте заявление и необходимые документы в компетентный орган; для электронной "
                            "подачи нужна усиленная электронная подпись.",
                        ),
                    ),
                    _step(
                        _t(
                            "Qeydiyyat nömrəsini alın", "Get your registration number", "Получите регистрационный номер"
                        ),
                        _t(
                            "Ərizə daxil olduğu gün qeydiyyata alınmalı, qeydiyyat tarixi və nömrəsi barədə "
                            "qeyd isə sizə 3 gün ərzində verilməlidir.",
                            "The application must be registered on the day it arrives, and you must receive a "
                            "note of its registration date and number within three days.",
                            "Заявление должно быть зарегистрировано в день поступления, а уведомление с датой и "
                            "номером регистрации должно быть выдано вам в течение 3 дней.",
                        ),
                    ),
                    _step(
                        _t("Çatışmazlıqları aradan qaldırın", "Correct any defects", "Устраните недостатки"),
                        _t(
                            "Ərizədə çatışmazlıq aşkarlanarsa, onu verilən müddətdə düzəldin.",
                            "If the authority finds a defect in your application, correct it within the period "
                            "you are given.",
                            "Если в заявлении обнаружены недостатки, исправьте их в отведённый срок.",
                        ),
                    ),
                    _step(
                        _t("Qərarı alın", "Receive the decision", "Получите решение"),
                        _t(
                            "Qərarla razı deyilsinizsə, inzibati qaydada şikayət edə və ya bildirişdən sonra "
                            "30 gün ərzində məhkəməyə müraciət edə bilərsiniz.",
                            "If you disagree with the decision, you can file an administrative complaint or go "
                            "to court within 30 days of notification.",
                            "Если вы не согласны с решением, его можно обжаловать в административном порядке "
                            "или в суде в течение 30 дней после уведомления.",
                        ),
                    ),
                ],
            },
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": _t(
                    "<p>Qərarın qəbul edilməsi müddəti lisenziya və icazənin növündən asılıdır. Ərizə verərkən "
                    "bu müddəti və dövlət rüsumunun məbləğini səlahiyyətli orqandan soruşun.</p>",
                    "<p>The time taken to decide depends on the type of licence or permit. When you apply, ask "
                    "the authority for the decision period and the amount of any state duty.</p>",
                    "<p>Срок принятия решения зависит от вида лицензии или разрешения. При подаче заявления "
                    "уточните в компетентном органе этот срок и размер государственной пошлины.</p>",
                ),
            },
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Fəaliyyətimə lisenziya lazım olub-olmadığını necə öyrənim?",
                            "How can I find out whether my activity needs a licence?",
                            "Как узнать, нужна ли лицензия для моей деятельности?",
                        ),
                        _t(
                            "<p>Bu portal vasitəsilə İqtisadiyyat Nazirliyinə və ya AZPROMO-ya müraciət göndərin. "
                            "“Vətəndaşların müraciətləri haqqında” Qanuna görə müraciətə ən çoxu 15 iş günü, əlavə "
                            "öyrənmə tələb olunduqda isə 30 iş günü ərzində baxılır.</p>",
                            "<p>Send an appeal to the Ministry of Economy or AZPROMO through this portal. Under the "
                            "Law on Citizens' Appeals, it must be dealt with within 15 working days, or within 30 "
                            "working days if further study is needed.</p>",
                            "<p>Направьте обращение в Министерство экономики или AZPROMO через этот портал. По "
                            "Закону «Об обращениях граждан» его рассматривают не более 15 рабочих дней, а если "
                            "требуется дополнительное изучение — до 30 рабочих дней.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "İnzibati icraat hansı dildə aparılır?",
                            "In what language are administrative proceedings conducted?",
                            "На каком языке ведётся административное производство?",
                        ),
                        _t(
                            "<p>Dövlət dilində və ya həmin ərazidə əhalinin əksəriyyətinin danışdığı dildə. "
                            "İcraatın iştirakçıları tərcüməçidən istifadə hüququna malikdir.</p>",
                            "<p>In the state language or in the language of the local majority. Participants have "
                            "the right to an interpreter.</p>",
                            "<p>На государственном языке или на языке большинства местного населения. Участники "
                            "производства имеют право на переводчика.</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["administrative-proceedings-law", "state-duty-law", "citizens-appeals-law"],
    "last_reviewed": REVIEWED,
    "related": ["company-registration", "after-registration", "appeals-to-authorities"],
}

_INVESTMENT_PROMOTION_CERTIFICATE = {
    "key": "its-application",
    "slug": _t(
        "investisiya-tesviqi-senedinin-alinmasi",
        "applying-for-investment-promotion-certificate",
        "poluchenie-dokumenta-o-pooshchrenii-investiciy",
    ),
    "title": _t(
        "İnvestisiya təşviqi sənədinin alınması",
        "Applying for an investment promotion certificate",
        "Получение документа о поощрении инвестиций",
    ),
    "summary": _t(
        "İqtisadiyyat Nazirliyinin 5 iş günü ərzində verdiyi sənəd sənaye və turizm layihələrinə 7 il "
        "müddətinə vergi və gömrük güzəştləri, o cümlədən mənfəət vergisinin 50%-dən azadolma verir.",
        "Issued by the Ministry of Economy within five working days, the certificate gives industrial and "
        "tourism projects seven years of tax and customs relief, including a 50% profit tax exemption.",
        "Документ, который Министерство экономики выдаёт за 5 рабочих дней, даёт промышленным и "
        "туристическим проектам налоговые и таможенные льготы на 7 лет, включая освобождение от 50% "
        "налога на прибыль.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>İnvestisiya təşviqi sənədi sənaye və turizm sahəsində layihə həyata keçirən hüquqi "
                "şəxslərə və fərdi sahibkarlara İqtisadiyyat Nazirliyi tərəfindən verilir və vergi, gömrük "
                "güzəştlərindən istifadə hüququ yaradır. Mexanizm 18 yanvar 2016-cı il tarixli 745 nömrəli "
                "Fərmanla yaradılıb və 20 dekabr 2022-ci il tarixli 1913 nömrəli Fərmanla "
                "təkmilləşdirilib.</p>",
                "<p>The investment promotion certificate is issued by the Ministry of Economy to legal entities "
                "and individual entrepreneurs carrying out industrial and tourism projects, and it entitles them "
                "to tax and customs relief. The mechanism was created by Decree No. 745 of 18 January 2016 and "
                "improved by Decree No. 1913 of 20 December 2022.</p>",
                "<p>Документ о поощрении инвестиций выдаётся Министерством экономики юридическим лицам и "
                "индивидуальным предпринимателям, реализующим проекты в промышленности и туризме, и даёт право "
                "на налоговые и таможенные льготы. Механизм введён Указом № 745 от 18 января 2016 года и "
                "усовершенствован Указом № 1913 от 20 декабря 2022 года.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Güzəştlər (7 il müddətinə)", "Benefits (for 7 years)", "Льготы (на 7 лет)"),
                "facts": [
                    _fact(
                        _t(
                            "Mənfəət vergisi (fərdi sahibkarlar üçün gəlir vergisi)",
                            "Profit tax (income tax for individual entrepreneurs)",
                            "Налог на прибыль (подоходный налог для индивидуальных предпринимателей)",
                        ),
                        _t("50% azadolma", "50% exemption", "освобождение от 50%"),
                    ),
                    _fact(
                        _t("Əmlak vergisi", "Property tax", "Налог на имущество"),
                        _t("tam azadolma", "full exemption", "полное освобождение"),
                    ),
                    _fact(
                        _t("Torpaq vergisi", "Land tax", "Земельный налог"),
                        _t("tam azadolma", "full exemption", "полное освобождение"),
                    ),
                    _fact(
                        _t(
                            "İdxal olunan texnika və avadanlıq üzrə ƏDV və gömrük rüsumları",
                            "VAT and customs duties on imported machinery and equipment",
                            "НДС и таможенные пошлины на ввозимую технику и оборудование",
                        ),
                        _t(
                            "təsdiqedici sənəd əsasında azadolma",
                            "exempt with a confirmation document",
                            "освобождение по подтверждающему документу",
                        ),
                    ),
                    _fact(
                        _t("Sənədin verilməsi", "Issue time", "Срок выдачи"),
                        _t("5 iş günü", "5 working days", "5 рабочих дней"),
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>Hansı layihələr uyğundur</h2>"
                "<p>1 yanvar 2023-cü ildən tətbiq olunan qaydalara görə sənəd aşağıdakı layihələrə verilir:</p><ul>"
                "<li>sənaye məhəllələrində və aqroparklarda;</li>"
                "<li>turizm-rekreasiya zonalarında;</li>"
                "<li>Bakı, Sumqayıt, Gəncə, Abşeron və işğaldan azad edilmiş ərazilərdən kənar şəhər və "
                "rayonlarda;</li>"
                "<li>Prezident tərəfindən strateji layihə kimi müəyyən edilmiş layihələrə: Bakı, Sumqayıt, Gəncə "
                "və Abşeronda ən azı 5 milyon manat, digər yerlərdə ən azı 3 milyon manat.</li></ul>"
                "<p>Dövlət payı 30% və daha çox olan müəssisələr sənəd ala bilməz. Layihənin minimal həcmi "
                "sahədən və yerdən asılıdır: məsələn, qida məhsulları istehsalı üçün sənaye məhəlləsində "
                "0,5 milyon manat, digər uyğun ərazilərdə 0,3 milyon manat; kimya sənayesi üçün uyğun olaraq "
                "1 milyon və 0,5 milyon manat; əczaçılıq üçün 5 milyon manat.</p>"
                "<h2>2026-cı ilin fevral dəyişiklikləri</h2><ul>"
                "<li>strateji layihələr üçün sənədin verilmə müddəti 1 yanvar 2023-cü ildən hesablanmaqla 6 ilə "
                "uzadılıb;</li>"
                "<li>sənaye məhəllələri rezidentlərinin strateji layihələri üçün minimal məbləğ 1 milyon "
                "manatdır;</li>"
                "<li>strateji istiqamətlər: yerli xammal əsasında istehsal, bərpa olunan enerji, tullantıların "
                "emalı, suyun duzsuzlaşdırılması, özəl sənaye məhəllələri və özəlləşdirilmiş qeyri-neft "
                "müəssisələri.</li></ul>",
                "<h2>Which projects qualify</h2>"
                "<p>Under the rules applied from 1 January 2023, the certificate is issued for projects:</p><ul>"
                "<li>in industrial districts and agroparks;</li>"
                "<li>in tourism and recreation zones;</li>"
                "<li>in cities and districts other than Baku, Sumgait, Ganja, Absheron and the liberated "
                "territories;</li>"
                "<li>designated by the President as strategic: at least AZN 5 million in Baku, Sumgait, Ganja "
                "and Absheron, and at least AZN 3 million elsewhere.</li></ul>"
                "<p>Entities that are 30% or more state-owned are not eligible. The minimum project size depends "
                "on the sector and location: for example, food production requires AZN 0.5 million in an "
                "industrial district and AZN 0.3 million in other eligible areas; chemicals AZN 1 million and "
                "AZN 0.5 million respectively; pharmaceuticals AZN 5 million.</p>"
                "<h2>Changes of February 2026</h2><ul>"
                "<li>the period for issuing certificates to strategic projects has been extended to six years "
                "counted from 1 January 2023;</li>"
                "<li>the minimum for strategic projects of industrial district residents is AZN 1 million;</li>"
                "<li>the strategic directions are production based on local raw materials, renewable energy, "
                "waste recycling, water desalination, private industrial districts and privatised non-oil "
                "plants.</li></ul>",
                "<h2>Какие проекты подходят</h2>"
                "<p>По правилам, действующим с 1 января 2023 года, документ выдаётся для проектов:</p><ul>"
                "<li>в промышленных кварталах и агропарках;</li>"
                "<li>в туристско-рекреационных зонах;</li>"
                "<li>в городах и районах, кроме Баку, Сумгайыта, Гянджи, Абшерона и освобождённых "
                "территорий;</li>"
                "<li>признанных Президентом стратегическими: не менее 5 млн манатов в Баку, Сумгайыте, Гяндже "
                "и на Абшероне и не менее 3 млн манатов в других местах.</li></ul>"
                "<p>Предприятия, в которых доля государства составляет 30% и более, документ не получают. "
                "Минимальный объём проекта зависит от отрасли и места: например, для пищевого производства — "
                "0,5 млн манатов в промышленном квартале и 0,3 млн манатов на других подходящих территориях; "
                "для химической промышленности — соответственно 1 млн и 0,5 млн манатов; для фармацевтики — "
                "5 млн манатов.</p>"
                "<h2>Изменения февраля 2026 года</h2><ul>"
                "<li>срок выдачи документа для стратегических проектов продлён до 6 лет начиная с 1 января "
                "2023 года;</li>"
                "<li>минимальная сумма для стратегических проектов резидентов промышленных кварталов — "
                "1 млн манатов;</li>"
                "<li>стратегические направления: производство на местном сырье, возобновляемая энергетика, "
                "переработка отходов, опреснение воды, частные промышленные кварталы и приватизированные "
                "ненефтяные предприятия.</li></ul>",
            ),
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": _t(
                    "<p>2023-cü ildən tətbiq olunan uyğunluq qaydaları üç il müddətinə müəyyən edilib, strateji "
                    "layihələr üçün isə bu müddət 6 ilə uzadılıb. Müraciət etməzdən əvvəl layihənizin aid olduğu "
                    "kateqoriya üzrə sənədin hazırda verilib-verilmədiyini İqtisadiyyat Nazirliyi ilə "
                    "dəqiqləşdirin.</p>",
                    "<p>The eligibility rules applied from 2023 were set for three years, and for strategic "
                    "projects the period has been extended to six. Before applying, confirm with the Ministry of "
                    "Economy that certificates are currently being issued in your project's category.</p>",
                    "<p>Критерии, действующие с 2023 года, были установлены на три года, а для стратегических "
                    "проектов срок продлён до шести лет. Перед подачей заявления уточните в Министерстве "
                    "экономики, выдаются ли сейчас документы в категории вашего проекта.</p>",
                ),
            },
        ),
        (
            "steps",
            {
                "heading": _t("Sənədin alınması", "How to apply", "Как получить документ"),
                "steps": [
                    _step(
                        _t("Uyğunluğu yoxlayın", "Check eligibility", "Проверьте соответствие"),
                        _t(
                            "Layihənizin sahəsinin, yerinin və həcminin tələblərə cavab verdiyinə əmin olun.",
                            "Make sure your project's sector, location and size meet the requirements.",
                            "Убедитесь, что отрасль, место и объём проекта соответствуют требованиям.",
                        ),
                    ),
                    _step(
                        _t("İnvestisiyaya başlayın", "Start investing", "Начните инвестировать"),
                        _t(
                            "Müraciət anına minimal məbləğin ən azı 10%-i artıq investisiya edilmiş olmalıdır.",
                            "By the time you apply, at least 10% of the minimum amount must already be invested.",
                            "К моменту обращения должно быть вложено не менее 10% минимальной суммы.",
                        ),
                    ),
                    _step(
                        _t("Sənədləri hazırlayın", "Prepare the documents", "Подготовьте документы"),
                        _t(
                            "Meyarlara cavab verən biznes-plan, minimal məbləğin 10%-nin investisiya edildiyini "
                            "təsdiq edən sənədlər və vergi ödəyicisinin uçota alınması haqqında şəhadətnamənin "
                            "surəti.",
                            "A business plan meeting the criteria, proof that 10% of the minimum amount has been "
                            "invested, and a copy of the taxpayer registration certificate.",
                            "Бизнес-план, отвечающий критериям, подтверждение вложения 10% минимальной суммы и "
                            "копия свидетельства о постановке на налоговый учёт.",
                        ),
                    ),
                    _step(
                        _t(
                            "İqtisadiyyat Nazirliyinə müraciət edin",
                            "Apply to the Ministry of Economy",
                            "Обратитесь в Министерство экономики",
                        ),
                        _t(
                            "Sənəd 5 iş günü ərzində verilir.",
                            "The certificate is issued within five working days.",
                            "Документ выдаётся в течение 5 рабочих дней.",
                        ),
                    ),
                    _step(
                        _t("Güzəştlərdən istifadə edin", "Use the benefits", "Пользуйтесь льготами"),
                        _t(
                            "Vergi güzəştləri sənəd əsasında tətbiq edilir; texnika və avadanlıq idxalında "
                            "güzəşt təsdiqedici sənəd əsasında verilir.",
                            "Tax relief applies on the basis of the certificate; for imports of machinery and "
                            "equipment, the exemption requires a confirmation document.",
                            "Налоговые льготы применяются на основании документа; для ввоза техники и оборудования "
                            "без НДС и пошлин нужен подтверждающий документ.",
                        ),
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<p>1 oktyabr 2025-ci il tarixinə 508 subyektə 612 investisiya təşviqi sənədi verilib; bu "
                "layihələr üzrə planlaşdırılan investisiyanın həcmi təxminən 7,4 milyard manatdır.</p>",
                "<p>As of 1 October 2025, 612 certificates had been issued to 508 businesses, with about "
                "AZN 7.4 billion of planned investment.</p>",
                "<p>По состоянию на 1 октября 2025 года 508 субъектам выдано 612 документов о поощрении "
                "инвестиций; планируемый объём инвестиций по этим проектам — около 7,4 млрд манатов.</p>",
            ),
        ),
        (
            "link",
            {
                "title": _t(
                    "İqtisadiyyat Nazirliyi: investisiya təşviqi sənədi",
                    "Ministry of Economy: investment promotion certificate",
                    "Министерство экономики: документ о поощрении инвестиций",
                ),
                "url": "https://economy.gov.az/en/page/itm",
                "description": _t(
                    "Mexanizmin hüquqi əsası və müraciət qaydası.",
                    "The legal basis of the mechanism and how to apply.",
                    "Правовая основа механизма и порядок обращения.",
                ),
            },
        ),
    ),
    "legal_basis": ["decree-745-its", "decree-1913-its", "tax-code", "customs-tariff-law"],
    "last_reviewed": REVIEWED,
    "related": ["customs-exemptions", "profit-tax", "land-and-property"],
}

_LICENCES = {
    "key": "licences",
    "slug": _t("lisenziyalar-ve-icazeler", "licences-and-permits", "licenzii-i-razresheniya"),
    "title": _t("Lisenziyalar və icazələr", "Licences and permits", "Лицензии и разрешения"),
    "intro": _t(
        "<p>Bu bölmədə fəaliyyət üçün lisenziya və icazələrin alınmasının ümumi qaydası, həmçinin vergi və "
        "gömrük güzəştlərinə yol açan investisiya təşviqi sənədi izah olunur.</p>",
        "<p>This section explains the general procedure for obtaining licences and permits, and the "
        "investment promotion certificate, which opens the way to tax and customs relief.</p>",
        "<p>В разделе описан общий порядок получения лицензий и разрешений, а также документ о поощрении "
        "инвестиций, открывающий доступ к налоговым и таможенным льготам.</p>",
    ),
    "articles": [_LICENCES_AND_PERMITS, _INVESTMENT_PROMOTION_CERTIFICATE],
}


# ---------------------------------------------------------------------------
# Topic 6: Setting up a company
# ---------------------------------------------------------------------------

_COMPANY_REGISTRATION = {
    "key": "company-registration",
    "slug": _t("sirketin-qeydiyyati", "company-registration", "registraciya-kompanii"),
    "title": _t(
        "Kommersiya hüquqi şəxsinin dövlət qeydiyyatı",
        "Registering a company",
        "Государственная регистрация компании",
    ),
    "summary": _t(
        "Kommersiya hüquqi şəxslərini Dövlət Vergi Xidməti “bir pəncərə” prinsipi ilə 2 iş günü ərzində "
        "qeydiyyata alır. Gücləndirilmiş elektron imza ilə onlayn qeydiyyat dövlət rüsumundan azaddır.",
        "Companies are registered by the State Tax Service on a one-window basis within two working days. "
        "Online registration with an enhanced e-signature is free of state duty.",
        "Коммерческие юридические лица регистрирует Государственная налоговая служба по принципу «единого "
        "окна» за 2 рабочих дня. Онлайн-регистрация с усиленной электронной подписью освобождена от "
        "госпошлины.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Kommersiya hüquqi şəxslərinin dövlət qeydiyyatını İqtisadiyyat Nazirliyi yanında Dövlət Vergi "
                "Xidməti “bir pəncərə” prinsipi ilə aparır. Bu sistem 25 oktyabr 2007-ci il tarixli 2458 nömrəli "
                "Sərəncamla yaradılıb; nəticədə biznesin açılması üçün prosedurların sayı 15-dən 2-yə, müddət isə "
                "30 gündən 2 günə enib. Qeydiyyat 2 iş günü ərzində başa çatır.</p>"
                "<p>Yerli və xarici investisiyalı məhdud məsuliyyətli cəmiyyətləri gücləndirilmiş elektron imza "
                "ilə onlayn qeydiyyatdan keçirmək mümkündür. “Dövlət rüsumu haqqında” Qanuna görə elektron "
                "qeydiyyat dövlət rüsumundan azaddır.</p>",
                "<p>Commercial legal entities are registered by the State Tax Service under the Ministry of "
                "Economy on a one-window basis. The system was created by Executive Order No. 2458 of 25 October "
                "2007, which cut the number of start-up procedures from 15 to 2 and the time from 30 days to 2. "
                "Registration is completed within two working days.</p>"
                "<p>Limited liability companies, with local or foreign investment, can be registered online with "
                "an enhanced e-signature. Under the Law on State Duty, electronic registration is free of state "
                "duty.</p>",
                "<p>Государственную регистрацию коммерческих юридических лиц проводит Государственная налоговая "
                "служба при Министерстве экономики по принципу «единого окна». Система введена Распоряжением "
                "№ 2458 от 25 октября 2007 года: число процедур для открытия бизнеса сократилось с 15 до 2, а "
                "срок — с 30 до 2 дней. Регистрация занимает 2 рабочих дня.</p>"
                "<p>Общества с ограниченной ответственностью с местными и иностранными инвестициями можно "
                "зарегистрировать онлайн с усиленной электронной подписью. По Закону «О государственной пошлине» "
                "электронная регистрация освобождена от госпошлины.</p>",
            ),
        ),
        (
            "rate_table",
            {
                "heading": _t(
                    "Qeydiyyat üçün dövlət rüsumu",
                    "State duty for registration",
                    "Государственная пошлина за регистрацию",
                ),
                "rates": [
                    "state-duty-electronic-registration",
                    "state-duty-llc-registration",
                    "state-duty-branch-registration",
                ],
            },
        ),
        (
            "key_facts",
            {
                "heading": _t(
                    "Kağız formada qeydiyyat üzrə digər rüsumlar",
                    "Other fees for paper registration",
                    "Другие пошлины при регистрации на бумаге",
                ),
                "facts": [
                    _fact(
                        _t(
                            "Kənd təsərrüfatı hüquqi şəxsləri",
                            "Agricultural legal entities",
                            "Сельскохозяйственные юридические лица",
                        ),
                        _t("3 manat", "AZN 3", "3 маната"),
                    ),
                    _fact(
                        _t(
                            "Banklar, sığortaçılar və birjalar",
                            "Banks, insurers and exchanges",
                            "Банки, страховщики и биржи",
                        ),
                        _t("220 manat", "AZN 220", "220 манатов"),
                    ),
                    _fact(
                        _t("Yenidən qeydiyyat", "Re-registration", "Перерегистрация"),
                        _t("müvafiq rüsumun 50%-i", "50% of the relevant fee", "50% соответствующей пошлины"),
                    ),
                ],
            },
        ),
        (
            "steps",
            {
                "heading": _t("Qeydiyyat mərhələləri", "Registration step by step", "Регистрация шаг за шагом"),
                "steps": [
                    _step(
                        _t("Hüquqi formanı seçin", "Choose the legal form", "Выберите форму"),
                        _t(
                            "Əksər investorlar məhdud məsuliyyətli cəmiyyət (MMC) yaradır.",
                            "Most investors set up a limited liability company (LLC).",
                            "Большинство инвесторов создают общество с ограниченной ответственностью (ООО).",
                        ),
                    ),
                    _step(
                        _t("Sənədləri hazırlayın", "Prepare the documents", "Подготовьте документы"),
                        _t(
                            "Notarial qaydada təsdiqlənmiş ərizə, 2 nüsxədə nizamnamə, təsis qərarı, hüquqi "
                            "ünvanı təsdiq edən sənəd, kağız formada müraciətdə isə rüsumun ödənilməsi barədə "
                            "qəbz və Dövlət Vergi Xidmətinin siyahısındakı digər sənədlər.",
                            "A notarised application, the charter in two copies, the founding decision, proof "
                            "of the legal address, a receipt for the duty if you file on paper, and the other "
                            "items on the State Tax Service checklist.",
                            "Нотариально заверенное заявление, устав в 2 экземплярах, решение об учреждении, "
                            "документ о юридическом адресе, квитанция об уплате пошлины при подаче на бумаге и "
                            "другие документы из перечня Государственной налоговой службы.",
                        ),
                    ),
                    _step(
                        _t("Müraciəti təqdim edin", "File the application", "Подайте документы"),
                        _t(
                            "Onlayn — gücləndirilmiş elektron imza ilə, yaxud kağız formada “bir pəncərə” vasitəsilə.",
                            "Online with an enhanced e-signature, or on paper through the one window.",
                            "Онлайн с усиленной электронной подписью или на бумаге через «единое окно».",
                        ),
                    ),
                    _step(
                        _t("Qeydiyyatı alın", "Receive your registration", "Получите регистрацию"),
                        _t(
                            "Şirkət 2 iş günü ərzində qeydiyyata alınır və vergi ödəyicisinin eyniləşdirmə "
                            "nömrəsini (VÖEN) alır.",
                            "The company is registered within two working days and receives its taxpayer "
                            "identification number (VÖEN).",
                            "Компания регистрируется в течение 2 рабочих дней и получает идентификационный "
                            "номер налогоплательщика (VÖEN).",
                        ),
                    ),
                ],
            },
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Xarici şirkət Azərbaycanda filial aça bilərmi?",
                            "Can a foreign company open a branch in Azerbaijan?",
                            "Может ли иностранная компания открыть филиал в Азербайджане?",
                        ),
                        _t(
                            "<p>Bəli. Xarici hüquqi şəxslərin filial və nümayəndəlikləri də qeydiyyata alınır; "
                            "kağız formada qeydiyyat üçün dövlət rüsumu 220 manatdır.</p>",
                            "<p>Yes. Branches and representative offices of foreign legal entities can also be "
                            "registered; the state duty for paper registration is AZN 220.</p>",
                            "<p>Да. Филиалы и представительства иностранных юридических лиц также подлежат "
                            "регистрации; госпошлина при регистрации на бумаге — 220 манатов.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "Onlayn qeydiyyat üçün nə lazımdır?",
                            "What do I need to register online?",
                            "Что нужно для онлайн-регистрации?",
                        ),
                        _t(
                            "<p>Gücləndirilmiş elektron imza. Onun növləri barədə “Elektron imza və elektron "
                            "xidmətlər” məqaləsində oxuya bilərsiniz.</p>",
                            "<p>An enhanced e-signature. The options are described in “E-signature and "
                            "e-government services”.</p>",
                            "<p>Усиленная электронная подпись. О её видах рассказано в статье «Электронная "
                            "подпись и электронные услуги».</p>",
                        ),
                    ),
                ],
            },
        ),
        (
            "link",
            {
                "title": _t(
                    "Dövlət Vergi Xidməti: “bir pəncərə” üzrə sənədlər",
                    "State Tax Service: one-window document checklist",
                    "Государственная налоговая служба: документы для «единого окна»",
                ),
                "url": "https://www.taxes.gov.az/en/page/yerli-investisiyali-kommersiya-huquqi-sexsler-ucun",
                "description": _t(
                    "Kommersiya hüquqi şəxslərinin qeydiyyatı üçün tələb olunan sənədlərin tam siyahısı.",
                    "The full list of documents required to register a commercial legal entity.",
                    "Полный перечень документов для регистрации коммерческого юридического лица.",
                ),
            },
        ),
    ),
    "legal_basis": ["state-duty-law", "e-signature-law"],
    "last_reviewed": REVIEWED,
    "related": ["legal-forms-and-capital", "after-registration", "e-signature"],
}

_LEGAL_FORMS_AND_CAPITAL = {
    "key": "legal-forms-and-capital",
    "slug": _t(
        "huquqi-formalar-ve-nizamname-kapitali", "legal-forms-and-capital", "organizacionno-pravovye-formy-i-kapital"
    ),
    "title": _t(
        "Hüquqi formalar və nizamnamə kapitalı",
        "Legal forms and share capital",
        "Организационно-правовые формы и уставный капитал",
    ),
    "summary": _t(
        "Ən geniş yayılmış forma minimal kapital tələbi olmayan MMC-dir. Səhmdar cəmiyyəti üçün minimal "
        "kapital 2 000 manat (qapalı) və ya 4 000 manatdır (açıq) və qeydiyyatdan əvvəl tam ödənilir.",
        "The most common form is the limited liability company, which has no minimum capital. A joint-stock "
        "company needs at least AZN 2,000 (closed) or AZN 4,000 (open), paid in full before registration.",
        "Самая распространённая форма — ООО, для которого минимальный капитал не установлен. Для "
        "акционерного общества минимум 2 000 манатов (закрытое) или 4 000 манатов (открытое) с полной "
        "оплатой до регистрации.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Kommersiya təşkilatı aşağıdakı hüquqi formalarda yaradıla bilər:</p><ul>"
                "<li>tam ortaqlıq;</li>"
                "<li>kommandit ortaqlıq;</li>"
                "<li>məhdud məsuliyyətli cəmiyyət (MMC);</li>"
                "<li>əlavə məsuliyyətli cəmiyyət;</li>"
                "<li>açıq və ya qapalı səhmdar cəmiyyəti;</li>"
                "<li>kooperativ.</li></ul>"
                "<p>Xarici iştirak payına məhdudiyyət qoyulmur. Ən çox seçilən forma MMC-dir. Xarici şirkət "
                "Azərbaycanda filial və ya nümayəndəlik də aça bilər.</p>",
                "<p>A commercial organisation can take one of the following legal forms:</p><ul>"
                "<li>general partnership;</li>"
                "<li>limited partnership;</li>"
                "<li>limited liability company (LLC, in Azerbaijani MMC);</li>"
                "<li>additional liability company;</li>"
                "<li>open or closed joint-stock company (JSC);</li>"
                "<li>cooperative.</li></ul>"
                "<p>There are no limits on foreign shareholding. The LLC is the most common choice. A foreign "
                "company can also open a branch or representative office in Azerbaijan.</p>",
                "<p>Коммерческая организация может быть создана в одной из следующих форм:</p><ul>"
                "<li>полное товарищество;</li>"
                "<li>коммандитное товарищество;</li>"
                "<li>общество с ограниченной ответственностью (ООО, по-азербайджански MMC);</li>"
                "<li>общество с дополнительной ответственностью;</li>"
                "<li>открытое или закрытое акционерное общество;</li>"
                "<li>кооператив.</li></ul>"
                "<p>Ограничений на долю иностранного участия нет. Чаще всего выбирают ООО. Иностранная компания "
                "может также открыть в Азербайджане филиал или представительство.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Minimal nizamnamə kapitalı", "Minimum share capital", "Минимальный уставный капитал"),
                "facts": [
                    _fact(_t("MMC", "LLC", "ООО"), _t("tələb olunmur", "none", "не установлен")),
                    _fact(
                        _t("Qapalı səhmdar cəmiyyəti", "Closed JSC", "Закрытое акционерное общество"),
                        _t("2 000 manat", "AZN 2,000", "2 000 манатов"),
                    ),
                    _fact(
                        _t("Açıq səhmdar cəmiyyəti", "Open JSC", "Открытое акционерное общество"),
                        _t("4 000 manat", "AZN 4,000", "4 000 манатов"),
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>Kapital nə vaxt ödənilir</h2>"
                "<p>Səhmdar cəmiyyətinin nizamnamə kapitalı qeydiyyatdan əvvəl tam ödənilməlidir. MMC-də kapital "
                "nizamnamədə göstərilən müddətdə, lakin ən geci 3 ay ərzində ödənilir.</p>"
                "<h2>Hansı formanı seçmək</h2>"
                "<p>MMC-nin üstünlükləri sadədir: minimal kapital tələbi yoxdur və onu onlayn, dövlət rüsumu "
                "ödəmədən qeydiyyatdan keçirmək olar. Səhmdar cəmiyyətində isə kapital qeydiyyatdan əvvəl "
                "formalaşdırılmalıdır. Qərar verməzdən əvvəl yerli hüquqşünasla məsləhətləşməyiniz "
                "məqsədəuyğundur.</p>",
                "<h2>When capital must be paid</h2>"
                "<p>A joint-stock company's capital must be paid in full before registration. In an LLC, capital "
                "is paid within the period set in the charter, and no later than three months.</p>"
                "<h2>Which form to choose</h2>"
                "<p>The LLC's advantages are straightforward: there is no minimum capital, and it can be "
                "registered online free of state duty. A joint-stock company, by contrast, must have its capital "
                "in place before registration. It is worth consulting a local lawyer before you decide.</p>",
                "<h2>Когда оплачивается капитал</h2>"
                "<p>Уставный капитал акционерного общества должен быть полностью оплачен до регистрации. В ООО "
                "капитал оплачивается в срок, установленный уставом, но не позднее 3 месяцев.</p>"
                "<h2>Какую форму выбрать</h2>"
                "<p>Преимущества ООО очевидны: минимальный капитал не требуется, а зарегистрировать общество "
                "можно онлайн без уплаты госпошлины. У акционерного общества капитал должен быть сформирован до "
                "регистрации. Перед принятием решения имеет смысл проконсультироваться с местным юристом.</p>",
            ),
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Şirkət tamamilə xarici investora məxsus ola bilərmi?",
                            "Can a company be wholly owned by a foreign investor?",
                            "Может ли компания полностью принадлежать иностранному инвестору?",
                        ),
                        _t(
                            "<p>Bəli, xarici iştirak payına məhdudiyyət yoxdur.</p>",
                            "<p>Yes, there are no limits on foreign shareholding.</p>",
                            "<p>Да, ограничений на долю иностранного участия нет.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "Filial açmaq, yoxsa törəmə şirkət yaratmaq?",
                            "Should I open a branch or set up a subsidiary?",
                            "Открыть филиал или создать дочернюю компанию?",
                        ),
                        _t(
                            "<p>Törəmə şirkət (məsələn, MMC) ayrıca hüquqi şəxsdir, filial isə xarici şirkətin "
                            "bölməsidir. Kağız formada qeydiyyat üçün dövlət rüsumu MMC-yə görə 11 manat, filial "
                            "və nümayəndəliyə görə 220 manatdır; MMC-ni onlayn pulsuz qeydiyyatdan keçirmək olar. "
                            "Hər iki halda rəhbər və rəhbər müavini iş icazəsindən azaddır.</p>",
                            "<p>A subsidiary (for example, an LLC) is a separate legal entity, while a branch is "
                            "part of the foreign company. The state duty for paper registration is AZN 11 for an "
                            "LLC and AZN 220 for a branch or representative office, and an LLC can be registered "
                            "online free of charge. In both cases the head and deputy head are exempt from the "
                            "work permit requirement.</p>",
                            "<p>Дочерняя компания (например, ООО) — самостоятельное юридическое лицо, а филиал — "
                            "подразделение иностранной компании. Госпошлина при регистрации на бумаге — "
                            "11 манатов для ООО и 220 манатов для филиала или представительства; ООО можно "
                            "зарегистрировать онлайн бесплатно. В обоих случаях руководитель и его заместитель "
                            "освобождены от получения разрешения на работу.</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": [],
    "last_reviewed": REVIEWED,
    "related": ["company-registration", "after-registration", "work-permits"],
}

_AFTER_REGISTRATION = {
    "key": "after-registration",
    "slug": _t("qeydiyyatdan-sonra", "after-registration", "posle-registracii"),
    "title": _t(
        "Qeydiyyatdan sonrakı addımlar",
        "After registration: first steps",
        "Первые шаги после регистрации",
    ),
    "summary": _t(
        "Qeydiyyatdan sonra şirkətin qanuni təmsilçisi üçün ASAN İmza alın, xarici rəhbər və işçilərin "
        "sənədlərini rəsmiləşdirin, əmək müqavilələrini qeydiyyata alın və lazım olduqda lisenziya alın.",
        "After registration, get an ASAN İmza for the company's legal representative, arrange documents for "
        "foreign managers and staff, register employment contracts and obtain any licence you need.",
        "После регистрации оформите ASAN İmza для законного представителя компании, документы для "
        "иностранных руководителей и работников, зарегистрируйте трудовые договоры и при необходимости "
        "получите лицензию.",
    ),
    "body": _body(
        (
            "steps",
            {
                "heading": _t("Nədən başlamalı", "Where to start", "С чего начать"),
                "steps": [
                    _step(
                        _t("Elektron imza", "E-signature", "Электронная подпись"),
                        _t(
                            "Şirkətin qanuni təmsilçisi üçün ASAN İmza mobil elektron imzası alın; o, elektron "
                            "xidmətlərdən istifadə üçün lazımdır.",
                            "Get an ASAN İmza mobile e-signature for the company's legal representative; you "
                            "will need it to use electronic services.",
                            "Оформите мобильную электронную подпись ASAN İmza для законного представителя "
                            "компании: она нужна для работы с электронными услугами.",
                        ),
                    ),
                    _step(
                        _t(
                            "Möhür və elektron nümayəndə",
                            "Seal and e-representative",
                            "Печать и электронный представитель",
                        ),
                        _t(
                            "Şirkətin möhürünü hazırlatdırın və elektron xidmətlər üçün şirkətin elektron "
                            "nümayəndəsini müəyyən edin.",
                            "Have the company seal made and appoint the company's e-representative for electronic "
                            "services.",
                            "Изготовьте печать компании и назначьте её электронного представителя для работы с "
                            "электронными услугами.",
                        ),
                    ),
                    _step(
                        _t(
                            "Xarici rəhbərin sənədləri",
                            "Documents for a foreign director",
                            "Документы иностранного руководителя",
                        ),
                        _t(
                            "Xarici rəhbər üçün müvəqqəti yaşamaq icazəsi alın və iş icazəsinin tələb olunub-"
                            "olunmadığını yoxlayın.",
                            "Obtain a temporary residence permit for a foreign director and check whether a work "
                            "permit is required.",
                            "Оформите иностранному руководителю разрешение на временное проживание и проверьте, "
                            "нужно ли ему разрешение на работу.",
                        ),
                    ),
                    _step(
                        _t("Əmək müqavilələri", "Employment contracts", "Трудовые договоры"),
                        _t(
                            "İşçilərlə bağlanan əmək müqavilələri barədə bildirişləri qeydiyyata alın.",
                            "Register the notices of the employment contracts you sign with staff.",
                            "Зарегистрируйте уведомления о трудовых договорах, заключённых с работниками.",
                        ),
                    ),
                    _step(
                        _t("Lisenziya", "Licence", "Лицензия"),
                        _t(
                            "Fəaliyyətiniz üçün lisenziya və ya icazə tələb olunursa, fəaliyyətə başlamazdan "
                            "əvvəl onu alın.",
                            "If your activity needs a licence or permit, obtain it before you start.",
                            "Если для вашей деятельности нужна лицензия или разрешение, получите их до начала работы.",
                        ),
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>Vergi öhdəliklərini izləyin</h2><ul>"
                "<li>Dövriyyə istənilən 12 ayda 200 000 manatı keçərsə, ƏDV qeydiyyatı məcburidir; bu həddə "
                "çatmayan şirkətlər sadələşdirilmiş vergi ödəyə bilər.</li>"
                "<li>İşçilər üçün sosial sığorta, işsizlikdən sığorta və icbari tibbi sığorta haqları ödənilir; "
                "işsizlikdən sığorta haqqı növbəti ayın 15-dək köçürülür.</li>"
                "<li>Qeyri-rezidentlərə dividend, faiz və ya royalti ödəyərkən vergi ödəmə mənbəyində "
                "tutulur.</li></ul>",
                "<h2>Keep track of your tax obligations</h2><ul>"
                "<li>If turnover exceeds AZN 200,000 in any 12 months, VAT registration is mandatory; companies "
                "below the threshold can pay the simplified tax.</li>"
                "<li>Social insurance, unemployment insurance and health insurance contributions are due for "
                "employees; unemployment insurance is paid by the 15th of the following month.</li>"
                "<li>When paying dividends, interest or royalties to non-residents, tax is withheld at "
                "source.</li></ul>",
                "<h2>Следите за налоговыми обязательствами</h2><ul>"
                "<li>Если оборот за любые 12 месяцев превысил 200 000 манатов, регистрация по НДС обязательна; "
                "компании ниже этого порога могут платить упрощённый налог.</li>"
                "<li>За работников уплачиваются взносы на социальное страхование, страхование от безработицы и "
                "медицинское страхование; взнос на страхование от безработицы перечисляется до 15-го числа "
                "следующего месяца.</li>"
                "<li>При выплате нерезидентам дивидендов, процентов или роялти налог удерживается у "
                "источника.</li></ul>",
            ),
        ),
        (
            "callout",
            {
                "tone": "tip",
                "text": _t(
                    "<p>Layihəniz sənaye məhəlləsində, aqroparkda, turizm-rekreasiya zonasında və ya Bakı, "
                    "Sumqayıt, Gəncə və Abşerondan kənarda həyata keçirilirsə, investisiya təşviqi sənədi üçün "
                    "müraciət etməyi nəzərdən keçirin: o, 7 il müddətinə vergi və gömrük güzəştləri verir.</p>",
                    "<p>If your project is in an industrial district, an agropark, a tourism and recreation zone, "
                    "or outside Baku, Sumgait, Ganja and Absheron, consider applying for an investment promotion "
                    "certificate: it gives seven years of tax and customs relief.</p>",
                    "<p>Если ваш проект реализуется в промышленном квартале, агропарке, туристско-рекреационной "
                    "зоне или за пределами Баку, Сумгайыта, Гянджи и Абшерона, рассмотрите получение документа о "
                    "поощрении инвестиций: он даёт налоговые и таможенные льготы на 7 лет.</p>",
                ),
            },
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Xarici direktora iş icazəsi lazımdırmı?",
                            "Does a foreign director need a work permit?",
                            "Нужно ли иностранному директору разрешение на работу?",
                        ),
                        _t(
                            "<p>Təsisçisi əcnəbi olan şirkətin, habelə xarici şirkətin filialının və ya "
                            "nümayəndəliyinin rəhbəri və rəhbər müavini iş icazəsindən azaddır. Ölkədə yaşamaq "
                            "üçün isə müvəqqəti yaşamaq icazəsi lazımdır və rəhbər vəzifəsi onun verilməsi üçün "
                            "əsaslardan biridir.</p>",
                            "<p>The head and deputy head of a company with a foreign founder, or of a branch or "
                            "representative office of a foreign company, are exempt from the work permit "
                            "requirement. To live in the country they need a temporary residence permit, and "
                            "holding such a position is one of the grounds for it.</p>",
                            "<p>Руководитель и заместитель руководителя компании с иностранным учредителем, а "
                            "также филиала или представительства иностранной компании освобождены от получения "
                            "разрешения на работу. Для проживания в стране им нужно разрешение на временное "
                            "проживание, и такая должность является одним из оснований для его выдачи.</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["e-signature-law", "migration-code", "tax-code"],
    "last_reviewed": REVIEWED,
    "related": ["e-signature", "temporary-residence-permit", "licences-and-permits"],
}

_E_SIGNATURE = {
    "key": "e-signature",
    "slug": _t("elektron-imza", "e-signature-and-e-services", "elektronnaya-podpis"),
    "title": _t(
        "Elektron imza və elektron xidmətlər",
        "E-signature and e-government services",
        "Электронная подпись и электронные услуги",
    ),
    "summary": _t(
        "Gücləndirilmiş elektron imza şirkəti onlayn qeydiyyatdan keçirməyə və elektron xidmətlərdən "
        "istifadə etməyə imkan verir. Azərbaycanda o, SİM-kart əsaslı ASAN İmza və ya SİMA tətbiqi və "
        "tokeni şəklində mövcuddur.",
        "An enhanced e-signature lets you register a company online and use electronic services. In "
        "Azerbaijan it is available as the SIM-based ASAN İmza or through the SİMA app and token.",
        "Усиленная электронная подпись позволяет регистрировать компанию онлайн и пользоваться "
        "электронными услугами. В Азербайджане это ASAN İmza на основе SIM-карты или приложение и токен "
        "SİMA.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Elektron imza əl ilə atılan imza ilə eyni hüquqi qüvvəyə malikdir; bunu 9 mart 2004-cü il "
                "tarixli 602-IIQ nömrəli “Elektron imza və elektron sənəd haqqında” Qanun təsbit edir. Şirkəti "
                "onlayn qeydiyyatdan keçirmək üçün gücləndirilmiş elektron imza tələb olunur.</p>"
                "<h2>Elektron imza növləri</h2><ul>"
                "<li><b>ASAN İmza</b> — SİM-karta əsaslanan mobil elektron imza.</li>"
                "<li><b>SİMA</b> — mobil tətbiq və ya token şəklində elektron imza. Daimi yaşamaq icazəsi olan "
                "qeyri-rezidentlər SİMA token vasitəsilə kvalifikasiyalı elektron imza əldə edə bilər.</li></ul>",
                "<p>An electronic signature has the same legal force as a handwritten one under Law No. 602-IIQ "
                "of 9 March 2004 on Electronic Signature and Electronic Document. An enhanced e-signature is "
                "required to register a company online.</p>"
                "<h2>Types of e-signature</h2><ul>"
                "<li><b>ASAN İmza</b> is a mobile e-signature based on your SIM card.</li>"
                "<li><b>SİMA</b> is an e-signature provided through a mobile app or a token. Non-residents who "
                "hold a permanent residence permit can obtain a qualified e-signature with the SİMA "
                "token.</li></ul>",
                "<p>Электронная подпись имеет ту же юридическую силу, что и собственноручная; это закреплено "
                "Законом «Об электронной подписи и электронном документе» № 602-IIQ от 9 марта 2004 года. Для "
                "онлайн-регистрации компании нужна усиленная электронная подпись.</p>"
                "<h2>Виды электронной подписи</h2><ul>"
                "<li><b>ASAN İmza</b> — мобильная электронная подпись на основе SIM-карты.</li>"
                "<li><b>SİMA</b> — электронная подпись в мобильном приложении или на токене. Нерезиденты, "
                "имеющие разрешение на постоянное проживание, могут получить квалифицированную электронную "
                "подпись с помощью токена SİMA.</li></ul>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Qısa məlumat", "At a glance", "Коротко"),
                "facts": [
                    _fact(
                        _t("Hüquqi qüvvə", "Legal effect", "Юридическая сила"),
                        _t(
                            "əl ilə atılan imzaya bərabərdir",
                            "equal to a handwritten signature",
                            "равна собственноручной подписи",
                        ),
                    ),
                    _fact(
                        _t("ASAN İmza", "ASAN İmza", "ASAN İmza"),
                        _t(
                            "SİM-kart əsaslı mobil imza",
                            "SIM-based mobile signature",
                            "мобильная подпись на основе SIM-карты",
                        ),
                    ),
                    _fact(
                        _t("SİMA", "SİMA", "SİMA"),
                        _t("mobil tətbiq və ya token", "mobile app or token", "мобильное приложение или токен"),
                    ),
                    _fact(
                        _t("FİN", "FIN", "FIN"),
                        _t(
                            "şəxsiyyət vəsiqəsindəki 7 simvollu dəyişməz fərdi identifikasiya nömrəsi",
                            "the 7-character personal identification number on the ID card, which never changes",
                            "неизменный 7-значный персональный идентификационный номер в удостоверении личности",
                        ),
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>Bu portala giriş</h2>"
                "<p>Fiziki şəxslər portala Elektron Hökumət İnformasiya Sisteminin (EHİS) vahid girişi ilə daxil "
                "olur; ilk girişdə elektron kabinet avtomatik yaradılır. Hüquqi şəxsin adından onun rəhbərinin "
                "qeydiyyata aldığı və səlahiyyət verdiyi məsul şəxslər çıxış edir. myGov platforması şəxsi "
                "məlumatlarınızı üçüncü tərəflərə yalnız sizin razılığınızla ötürür.</p>",
                "<h2>Signing in to this portal</h2>"
                "<p>Individuals sign in to the portal through the single sign-on of the Electronic Government "
                "Information System (EHİS), and an e-cabinet is created automatically at the first sign-in. A "
                "legal entity acts through responsible persons whom its head registers and authorises. The myGov "
                "platform shares your personal data with third parties only with your consent.</p>",
                "<h2>Вход на портал</h2>"
                "<p>Физические лица входят на портал через единый вход Электронной правительственной "
                "информационной системы (EHİS); при первом входе электронный кабинет создаётся автоматически. От "
                "имени юридического лица действуют ответственные лица, которых регистрирует и наделяет "
                "полномочиями его руководитель. Платформа myGov передаёт ваши персональные данные третьим лицам "
                "только с вашего согласия.</p>",
            ),
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Əcnəbi elektron imza ala bilərmi?",
                            "Can a foreign national get an e-signature?",
                            "Может ли иностранец получить электронную подпись?",
                        ),
                        _t(
                            "<p>Daimi yaşamaq icazəsi olan qeyri-rezidentlər SİMA token vasitəsilə kvalifikasiyalı "
                            "elektron imza əldə edə bilər. Elektron imzanız yoxdursa, şirkəti kağız formada "
                            "“bir pəncərə” vasitəsilə qeydiyyatdan keçirmək mümkündür; bu halda dövlət rüsumu "
                            "ödənilir.</p>",
                            "<p>Non-residents with a permanent residence permit can obtain a qualified "
                            "e-signature with the SİMA token. If you have no e-signature, you can register the "
                            "company on paper through the one window; the state duty then applies.</p>",
                            "<p>Нерезиденты с разрешением на постоянное проживание могут получить "
                            "квалифицированную электронную подпись с помощью токена SİMA. Если электронной "
                            "подписи нет, компанию можно зарегистрировать на бумаге через «единое окно» с "
                            "уплатой государственной пошлины.</p>",
                        ),
                    ),
                ],
            },
        ),
        (
            "link",
            {
                "title": _t("SİMA token", "SİMA token", "Токен SİMA"),
                "url": "https://sima.az/az/token",
                "description": _t(
                    "SİMA token və onun əldə edilməsi şərtləri.",
                    "The SİMA token and how to obtain it.",
                    "Токен SİMA и условия его получения.",
                ),
            },
        ),
    ),
    "legal_basis": ["e-signature-law"],
    "last_reviewed": REVIEWED,
    "related": ["company-registration", "after-registration", "appeals-to-authorities"],
}

_COMPANY_SETUP = {
    "key": "company-setup",
    "slug": _t("sirketin-yaradilmasi", "company-setup", "sozdanie-kompanii"),
    "title": _t("Şirkətin yaradılması", "Setting up a company", "Создание компании"),
    "intro": _t(
        "<p>Azərbaycanda şirkəti “bir pəncərə” prinsipi ilə 2 iş günü ərzində qeydiyyatdan keçirmək olar, "
        "MMC-ni isə onlayn və pulsuz. Bu bölmədə hüquqi formalar və kapital tələbləri, qeydiyyat qaydası, "
        "qeydiyyatdan sonrakı addımlar və elektron imza izah olunur.</p>",
        "<p>In Azerbaijan a company can be registered on a one-window basis within two working days, and an "
        "LLC can be registered online free of charge. This section covers legal forms and capital "
        "requirements, the registration procedure, the first steps after registration, and the "
        "e-signature.</p>",
        "<p>В Азербайджане компанию можно зарегистрировать по принципу «единого окна» за 2 рабочих дня, а "
        "ООО — онлайн и бесплатно. В разделе описаны организационно-правовые формы и требования к "
        "капиталу, порядок регистрации, первые шаги после неё и электронная подпись.</p>",
    ),
    "articles": [_LEGAL_FORMS_AND_CAPITAL, _COMPANY_REGISTRATION, _AFTER_REGISTRATION, _E_SIGNATURE],
}


# ---------------------------------------------------------------------------
# Topic 7: Other requirements
# ---------------------------------------------------------------------------

_LAND_AND_PROPERTY = {
    "key": "land-and-property",
    "slug": _t("torpaq-ve-emlak", "land-and-property", "zemlya-i-imushchestvo"),
    "title": _t(
        "Torpaq, əmlak və onların vergiləri",
        "Land, property and related taxes",
        "Земля, имущество и связанные налоги",
    ),
    "summary": _t(
        "Şirkətlər əsas vəsaitlərin orta illik qalıq dəyərinin 1%-i həcmində əmlak vergisi, torpağın yerindən "
        "və təyinatından asılı olaraq torpaq vergisi ödəyir. Sənaye parklarında torpaq yalnız uzunmüddətli "
        "icarəyə verilir.",
        "Companies pay property tax of 1% of the average annual residual value of their fixed assets, and "
        "land tax that depends on the plot's location and use. In industrial parks land is only leased, on "
        "long-term leases.",
        "Компании платят налог на имущество в размере 1% среднегодовой остаточной стоимости основных "
        "средств и земельный налог, зависящий от места и назначения участка. В промышленных парках земля "
        "только сдаётся в долгосрочную аренду.",
    ),
    "body": _body(
        (
            "rate_table",
            {
                "heading": _t(
                    "Hüquqi şəxslərin əmlak vergisi", "Property tax for companies", "Налог на имущество организаций"
                ),
                "rates": ["property-tax-legal-entities"],
            },
        ),
        (
            "text",
            _t(
                "<h2>Əmlak vergisi</h2>"
                "<p>Vergi əsas vəsaitlərin orta illik qalıq dəyərindən hesablanır; orta dəyərin hesablanma qaydası "
                "Vergi Məcəlləsində müəyyən edilib. Vergiyə cəlb olunan dəyərdən, digərləri ilə yanaşı, ekoloji "
                "və yanğından mühafizə təyinatlı əsas vəsaitlər, həmçinin avtonəqliyyat vasitələri çıxılır.</p>"
                "<h2>Torpaq vergisi</h2>"
                "<p>Sənaye, kommersiya və yaşayış təyinatlı torpaqlar üçün vergi hər 100 kvadratmetrə görə "
                "hesablanır; dərəcə torpağın təyinatından və yerləşdiyi yaşayış məntəqəsindən asılıdır. Kənd "
                "təsərrüfatı torpaqları üzrə vergi şərti ballar əsasında hesablanır.</p>",
                "<h2>Property tax</h2>"
                "<p>The tax is charged on the average annual residual value of fixed assets; the Tax Code sets "
                "out how the average is calculated. Deductions from the taxable value include, among others, "
                "fixed assets used for environmental and fire protection, and motor vehicles.</p>"
                "<h2>Land tax</h2>"
                "<p>For industrial, commercial and residential land, the tax is charged per 100 square metres; the "
                "rate depends on the land's use and on the city, town or village where the plot lies. "
                "Agricultural land is taxed on the basis of conventional points.</p>",
                "<h2>Налог на имущество</h2>"
                "<p>Налог исчисляется со среднегодовой остаточной стоимости основных средств; порядок расчёта "
                "средней стоимости установлен Налоговым кодексом. Из облагаемой стоимости вычитаются, в частности, "
                "основные средства природоохранного и противопожарного назначения, а также автотранспортные "
                "средства.</p>"
                "<h2>Земельный налог</h2>"
                "<p>Для земель промышленного, коммерческого и жилого назначения налог рассчитывается за каждые "
                "100 квадратных метров; ставка зависит от назначения земли и от населённого пункта, где "
                "находится участок. Сельскохозяйственные земли облагаются исходя из условных баллов.</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": _t(
                    "<p>Torpaq vergisinə 2026-cı ildə dəyişiklik edilib. Konkret torpaq sahəsi üçün qüvvədə olan "
                    "dərəcəni Dövlət Vergi Xidməti ilə dəqiqləşdirin.</p>",
                    "<p>Land tax was amended in 2026. Confirm the rate currently in force for a specific plot with "
                    "the State Tax Service.</p>",
                    "<p>В 2026 году в земельный налог внесены изменения. Действующую ставку для конкретного "
                    "участка уточняйте в Государственной налоговой службе.</p>",
                ),
            },
        ),
        (
            "text",
            _t(
                "<h2>Sənaye parklarında torpaq</h2>"
                "<p>Sənaye parklarında torpaq satılmır, yalnız uzunmüddətli icarəyə verilir. Məsələn, illik "
                "icarə haqqı Sumqayıt Kimya Sənaye Parkında ilk hektar üçün 1 600 manat, hər növbəti hektar üçün "
                "3 200 manat, Pirallahı Sənaye Parkında isə müvafiq olaraq 2 000 və 4 000 manatdır.</p>"
                "<h2>Daşınmaz əmlak və yaşamaq icazəsi</h2>"
                "<p>Dəyəri ən azı 100 000 manat olan daşınmaz əmlak müvəqqəti yaşamaq icazəsi almaq üçün "
                "əsaslardan biridir. Torpaq idarəçiliyi və daşınmaz əmlakın reyestri İqtisadiyyat Nazirliyinin "
                "səlahiyyətinə aiddir.</p>",
                "<h2>Land in industrial parks</h2>"
                "<p>Land in industrial parks is not sold; it is only leased, on long-term leases. For example, the "
                "annual rent in the Sumgait Chemical Industrial Park is AZN 1,600 for the first hectare and "
                "AZN 3,200 for each further hectare; in the Pirallahi Industrial Park it is AZN 2,000 and "
                "AZN 4,000 respectively.</p>"
                "<h2>Real estate and residence</h2>"
                "<p>Real estate worth at least AZN 100,000 is one of the grounds for a temporary residence permit. "
                "Land management and the real-estate registry fall within the remit of the Ministry of "
                "Economy.</p>",
                "<h2>Земля в промышленных парках</h2>"
                "<p>Землю в промышленных парках не продают, а только сдают в долгосрочную аренду. Например, "
                "годовая арендная плата в Сумгайытском химическом промышленном парке — 1 600 манатов за первый "
                "гектар и 3 200 манатов за каждый следующий, в Пираллахинском промышленном парке — "
                "соответственно 2 000 и 4 000 манатов.</p>"
                "<h2>Недвижимость и вид на жительство</h2>"
                "<p>Недвижимость стоимостью не менее 100 000 манатов — одно из оснований для получения "
                "разрешения на временное проживание. Управление землёй и реестр недвижимости относятся к "
                "компетенции Министерства экономики.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t(
                    "Əmlak və torpaq vergisindən azadolma",
                    "Exemptions from property and land tax",
                    "Освобождение от налога на имущество и земельного налога",
                ),
                "facts": [
                    _fact(
                        _t(
                            "İnvestisiya təşviqi sənədi",
                            "Investment promotion certificate",
                            "Документ о поощрении инвестиций",
                        ),
                        _t("7 il", "7 years", "7 лет"),
                    ),
                    _fact(
                        _t(
                            "Sənaye parklarının rezidentləri",
                            "Industrial park residents",
                            "Резиденты промышленных парков",
                        ),
                        _t("qeydiyyatdan 10 il", "10 years from registration", "10 лет с даты регистрации"),
                    ),
                    _fact(
                        _t("İşğaldan azad edilmiş ərazilər", "Liberated territories", "Освобождённые территории"),
                        _t(
                            "1 yanvar 2023-cü ildən 10 il",
                            "10 years from 1 January 2023",
                            "10 лет с 1 января 2023 года",
                        ),
                    ),
                    _fact(
                        _t("Naxçıvan", "Nakhchivan", "Нахчыван"),
                        _t("2026-cı ildən 10 il", "10 years from 2026", "10 лет с 2026 года"),
                    ),
                    _fact(
                        _t("İT texnoparklarının rezidentləri", "IT technopark residents", "Резиденты IT-технопарков"),
                        _t("10 il", "10 years", "10 лет"),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["tax-code"],
    "last_reviewed": REVIEWED,
    "related": ["its-application", "temporary-residence-permit", "profit-tax"],
}

_INVESTOR_PROTECTION = {
    "key": "investor-protection",
    "slug": _t("investorlarin-huquqlarinin-mudafiesi", "investor-protection", "zashchita-prav-investorov"),
    "title": _t(
        "İnvestorların hüquqlarının müdafiəsi",
        "Investor protection",
        "Защита прав инвесторов",
    ),
    "summary": _t(
        "27 iyul 2022-ci il tarixli “İnvestisiya fəaliyyəti haqqında” Qanun investorların hüquq və "
        "təminatlarını, o cümlədən investisiya dövlət tərəfindən götürüldükdə kompensasiya hüququnu "
        "müəyyən edir.",
        "The Law on Investment Activity of 27 July 2022 sets out investors' rights and guarantees, "
        "including the right to compensation if the state takes an investment.",
        "Закон «Об инвестиционной деятельности» от 27 июля 2022 года закрепляет права и гарантии "
        "инвесторов, в том числе право на компенсацию, если государство изымает инвестиции.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>İnvestisiya fəaliyyətinin əsas qaydaları 27 iyul 2022-ci ildə imzalanmış “İnvestisiya "
                "fəaliyyəti haqqında” Qanunla müəyyən edilir. Qanuna görə investisiya özgəninkiləşdirildikdə "
                "investora ədalətli bazar dəyərində, gecikdirilmədən və sərbəst dönərli valyutada kompensasiya "
                "ödənilir.</p>"
                "<p>2026-cı ilin martında qanuna dəyişiklik edilib: milli maraqlara zərər vuran “strateji” "
                "investisiyaların kompensasiya ödənilməklə dövlət tərəfindən alınması üçün yeni əsas əlavə "
                "olunub. Şirkətlərdə xarici iştirak payına məhdudiyyət qoyulmur.</p>",
                "<p>The main rules for investment are set by the Law on Investment Activity, signed on 27 July "
                "2022. Under the law, if an investment is expropriated, the investor is compensated at fair market "
                "value, without delay and in a freely convertible currency.</p>"
                "<p>An amendment of March 2026 added a new ground on which the state may acquire, with "
                "compensation, “strategic” investments that harm national interests. There are no limits on "
                "foreign shareholding in companies.</p>",
                "<p>Основные правила инвестиционной деятельности установлены Законом «Об инвестиционной "
                "деятельности», подписанным 27 июля 2022 года. Согласно закону, при изъятии инвестиций инвестору "
                "выплачивается компенсация по справедливой рыночной стоимости, без задержки и в свободно "
                "конвертируемой валюте.</p>"
                "<p>Поправка, принятая в марте 2026 года, добавила новое основание для приобретения государством, "
                "с выплатой компенсации, «стратегических» инвестиций, наносящих ущерб национальным интересам. "
                "Ограничений на долю иностранного участия в компаниях нет.</p>",
            ),
        ),
        (
            "text",
            _t(
                "<h2>Hüquqlarınızı necə müdafiə etmək olar</h2><ul>"
                "<li>Dövlət orqanının qərarından inzibati qaydada şikayət edə və ya bildirişdən sonra 30 gün "
                "ərzində məhkəməyə müraciət edə bilərsiniz.</li>"
                "<li>İnzibati icraatda tərcüməçidən istifadə hüququnuz var.</li>"
                "<li>Bu portal vasitəsilə İqtisadiyyat Nazirliyinə və AZPROMO-ya təklif, ərizə və şikayət "
                "göndərə bilərsiniz.</li>"
                "<li>İkiqat vergitutmanın aradan qaldırılması haqqında sazişlər vergi yükünü azalda bilər.</li></ul>",
                "<h2>How to protect your rights</h2><ul>"
                "<li>You can challenge a decision of a state body by administrative complaint, or in court within "
                "30 days of notification.</li>"
                "<li>You have the right to an interpreter in administrative proceedings.</li>"
                "<li>You can send proposals, applications and complaints to the Ministry of Economy and AZPROMO "
                "through this portal.</li>"
                "<li>Double tax treaties can reduce your tax burden.</li></ul>",
                "<h2>Как защитить свои права</h2><ul>"
                "<li>Решение государственного органа можно обжаловать в административном порядке или в суде в "
                "течение 30 дней после уведомления.</li>"
                "<li>В административном производстве у вас есть право на переводчика.</li>"
                "<li>Через этот портал можно направлять предложения, заявления и жалобы в Министерство экономики "
                "и AZPROMO.</li>"
                "<li>Соглашения об избежании двойного налогообложения могут снизить налоговую нагрузку.</li></ul>",
            ),
        ),
        (
            "callout",
            {
                "tone": "warning",
                "text": _t(
                    "<p>Bəzi köhnə nəşrlərdə qanunvericiliyin investor üçün əlverişsiz dəyişikliklərinə qarşı "
                    "10 illik sabitlik təminatı qeyd olunur. Ona əsaslanmazdan əvvəl bu təminatın qüvvədə olan "
                    "qanuna görə tətbiq edilib-edilmədiyini İqtisadiyyat Nazirliyi ilə dəqiqləşdirin.</p>",
                    "<p>Some older publications mention a ten-year guarantee against adverse changes in "
                    "legislation. Before relying on it, confirm with the Ministry of Economy whether it applies "
                    "under the law now in force.</p>",
                    "<p>В некоторых старых публикациях упоминается 10-летняя гарантия от неблагоприятных "
                    "изменений законодательства. Прежде чем на неё полагаться, уточните в Министерстве экономики, "
                    "действует ли она по нынешнему закону.</p>",
                ),
            },
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Dövlət investisiyamı götürərsə, nə baş verir?",
                            "What happens if the state takes my investment?",
                            "Что будет, если государство изымет мои инвестиции?",
                        ),
                        _t(
                            "<p>Qanun kompensasiya ödənilməsini nəzərdə tutur: ədalətli bazar dəyərində, "
                            "gecikdirilmədən və sərbəst dönərli valyutada. Dəqiq şərtlər üçün qanunun qüvvədə "
                            "olan mətninə baxın.</p>",
                            "<p>The law provides for compensation at fair market value, paid without delay and in a "
                            "freely convertible currency. Check the current text of the law for the exact "
                            "conditions.</p>",
                            "<p>Закон предусматривает компенсацию по справедливой рыночной стоимости, без задержки "
                            "и в свободно конвертируемой валюте. Точные условия смотрите в действующей редакции "
                            "закона.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "Ələt Azad İqtisadi Zonasında xüsusi təminatlar varmı?",
                            "Are there special guarantees in the Alat Free Economic Zone?",
                            "Есть ли особые гарантии в Алятской свободной экономической зоне?",
                        ),
                        _t(
                            "<p>Bəli. Zonada xarici mülkiyyətə və mənfəətin repatriasiyasına məhdudiyyət yoxdur, "
                            "yerli tərəfdaş tələb olunmur. Zona haqqında qanun və onun qaydaları ümumi "
                            "qanunvericilikdən üstün tutulur; bunun üçün 80-dən çox qanuna dəyişiklik edilib.</p>",
                            "<p>Yes. There are no limits on foreign ownership or profit repatriation in the zone, "
                            "and no local partner is required. The zone's law and regulations take precedence over "
                            "general legislation; more than 80 laws were amended to allow this.</p>",
                            "<p>Да. В зоне нет ограничений на иностранную собственность и репатриацию прибыли, "
                            "местный партнёр не требуется. Закон о зоне и её правила имеют приоритет перед общим "
                            "законодательством; для этого были изменены более 80 законов.</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["investment-activity-law", "administrative-proceedings-law", "afez-decree-1032"],
    "last_reviewed": REVIEWED,
    "related": ["appeals-to-authorities", "currency-and-profit-repatriation", "withholding-tax"],
}

_CURRENCY_AND_PROFIT_REPATRIATION = {
    "key": "currency-and-profit-repatriation",
    "slug": _t("menfeetin-xarice-kocurulmesi", "profit-repatriation", "repatriaciya-pribyli"),
    "title": _t(
        "Mənfəətin xaricə köçürülməsi",
        "Repatriating profits and paying abroad",
        "Репатриация прибыли и платежи за рубеж",
    ),
    "summary": _t(
        "Xarici səhmdarlara ödənilən dividendlərdən mənbədə 5%, faizlərdən 10%, royaltidən 14% vergi "
        "tutulur. Vəsaiti köçürməzdən əvvəl vergi sazişlərini və bankınızın tələblərini yoxlayın.",
        "Dividends paid to foreign shareholders are taxed at source at 5%, interest at 10% and royalties at "
        "14%. Check treaty relief and your bank's requirements before you transfer funds.",
        "С дивидендов иностранным акционерам у источника удерживается 5%, с процентов — 10%, с роялти — "
        "14%. Перед переводом средств проверьте налоговые соглашения и требования вашего банка.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Xarici investor mənfəəti adətən dividend şəklində alır: şirkət əvvəlcə mənfəətdən 20% vergi "
                "ödəyir, sonra dividend ödəyərkən ödəmə mənbəyində vergi tutur. Xarici tərəfə ödənilən faiz və "
                "royaltidən də mənbədə vergi tutulur. Bu bələdçidəki məbləğlər Azərbaycan manatı (AZN) ilə "
                "göstərilib.</p>",
                "<p>A foreign investor usually takes profits as dividends: the company first pays 20% profit tax, "
                "then withholds tax at source when it pays the dividend. Interest and royalties paid abroad are "
                "also taxed at source. Amounts in this guide are in Azerbaijani manats (AZN).</p>",
                "<p>Иностранный инвестор обычно получает прибыль в виде дивидендов: компания сначала платит налог "
                "на прибыль по ставке 20%, а при выплате дивидендов удерживает налог у источника. Проценты и "
                "роялти, выплачиваемые за рубеж, также облагаются у источника. Суммы в этом путеводителе указаны "
                "в азербайджанских манатах (AZN).</p>",
            ),
        ),
        (
            "rate_table",
            {
                "heading": _t(
                    "Xaricə ödənişlərdən tutulan vergi",
                    "Tax withheld on payments abroad",
                    "Налог, удерживаемый с платежей за рубеж",
                ),
                "rates": ["wht-dividends", "wht-interest", "wht-royalties"],
            },
        ),
        (
            "text",
            _t(
                "<h2>Vergi sazişləri</h2>"
                "<p>İkiqat vergitutmanın aradan qaldırılması haqqında saziş daha aşağı dərəcə nəzərdə tuta bilər. "
                "Məsələn, Birləşmiş Krallıqla sazişə görə royaltidən tutulan vergi 10%-dən çox ola bilməz.</p>"
                "<h2>Xüsusi zonalar</h2><ul>"
                "<li><b>Ələt Azad İqtisadi Zonası:</b> mənfəətin repatriasiyasına məhdudiyyət yoxdur, ödəmə "
                "mənbəyində vergi tutulmur.</li>"
                "<li><b>İşğaldan azad edilmiş ərazilər və İT texnoparkları:</b> səhmdarlara ödənilən dividendlər "
                "10 il vergidən azaddır.</li></ul>",
                "<h2>Tax treaties</h2>"
                "<p>A double tax treaty may provide a lower rate. For example, under the treaty with the United "
                "Kingdom, tax on royalties cannot exceed 10%.</p>"
                "<h2>Special zones</h2><ul>"
                "<li><b>Alat Free Economic Zone:</b> no limits on profit repatriation and no withholding "
                "tax.</li>"
                "<li><b>Liberated territories and IT technology parks:</b> dividends paid to shareholders are "
                "tax-exempt for ten years.</li></ul>",
                "<h2>Налоговые соглашения</h2>"
                "<p>Соглашение об избежании двойного налогообложения может предусматривать более низкую ставку. "
                "Например, по соглашению с Великобританией налог на роялти не может превышать 10%.</p>"
                "<h2>Особые зоны</h2><ul>"
                "<li><b>Алятская свободная экономическая зона:</b> ограничений на репатриацию прибыли нет, налог у "
                "источника выплаты не взимается.</li>"
                "<li><b>Освобождённые территории и IT-технопарки:</b> дивиденды, выплачиваемые акционерам, "
                "освобождены от налога на 10 лет.</li></ul>",
            ),
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": _t(
                    "<p>Bu bələdçi valyuta tənzimi qaydalarını ətraflı əhatə etmir. Xaricə ödəniş etməzdən əvvəl "
                    "xidmət aldığınız bankdan hansı sənədlərin tələb olunduğunu soruşun.</p>",
                    "<p>This guide does not cover currency control rules in detail. Before making a payment abroad, "
                    "ask your bank which documents it requires.</p>",
                    "<p>Правила валютного регулирования в этом путеводителе подробно не рассматриваются. Перед "
                    "платежом за рубеж уточните в обслуживающем банке, какие документы потребуются.</p>",
                ),
            },
        ),
        (
            "faq",
            {
                "heading": _t("Tez-tez verilən suallar", "Frequently asked questions", "Часто задаваемые вопросы"),
                "items": [
                    _qa(
                        _t(
                            "Xarici ana şirkətə ödənilən dividend necə vergiyə cəlb olunur?",
                            "How is a dividend to a foreign parent company taxed?",
                            "Как облагается дивиденд, выплачиваемый иностранной материнской компании?",
                        ),
                        _t(
                            "<p>Ödəyən şirkət dividenddən 5% vergi tutur. Tətbiq olunan vergi sazişi daha aşağı "
                            "dərəcə nəzərdə tutursa, həmin dərəcədən istifadə etmək olar.</p>",
                            "<p>The paying company withholds 5% of the dividend. If an applicable tax treaty "
                            "provides a lower rate, that rate can be used.</p>",
                            "<p>Выплачивающая компания удерживает 5% дивиденда. Если применимое налоговое "
                            "соглашение предусматривает более низкую ставку, можно применить её.</p>",
                        ),
                    ),
                    _qa(
                        _t(
                            "Rezident fiziki şəxs xaricdən dividend alırsa, nə qədər vergi ödəyir?",
                            "How much tax does a resident individual pay on dividends from abroad?",
                            "Какой налог платит резидент — физическое лицо с дивидендов из-за рубежа?",
                        ),
                        _t(
                            "<p>2026-cı ildən 5% (əvvəllər 14% idi).</p>",
                            "<p>5% since 2026 (previously 14%).</p>",
                            "<p>С 2026 года — 5% (ранее 14%).</p>",
                        ),
                    ),
                ],
            },
        ),
    ),
    "legal_basis": ["tax-code", "investment-activity-law", "afez-decree-1032"],
    "last_reviewed": REVIEWED,
    "related": ["withholding-tax", "investor-protection", "profit-tax"],
}

_APPEALS_TO_AUTHORITIES = {
    "key": "appeals-to-authorities",
    "slug": _t("dovlet-orqanlarina-muraciet", "appeals-to-authorities", "obrashcheniya-v-gosorgany"),
    "title": _t(
        "Dövlət orqanlarına müraciət",
        "Appeals to state authorities",
        "Обращения в государственные органы",
    ),
    "summary": _t(
        "Dövlət orqanlarına təklif, ərizə və şikayəti yazılı, elektron və ya şifahi formada vermək olar. "
        "Müraciətə ən çoxu 15 iş günü, əlavə öyrənmə tələb olunduqda isə 30 iş günü ərzində baxılır.",
        "You can send proposals, applications and complaints to state bodies in writing, electronically or "
        "orally. An appeal is answered within 15 working days, or 30 if further study is needed.",
        "Предложения, заявления и жалобы можно подавать в госорганы письменно, в электронной или устной "
        "форме. Обращение рассматривается до 15 рабочих дней, а при необходимости дополнительного изучения — "
        "до 30.",
    ),
    "body": _body(
        (
            "text",
            _t(
                "<p>Dövlət orqanlarına müraciətlər 30 sentyabr 2015-ci il tarixli 1308-IVQ nömrəli "
                "“Vətəndaşların müraciətləri haqqında” Qanunla tənzimlənir. Qanun həm fiziki, həm də hüquqi "
                "şəxslərə şamil olunur. Müraciət təklif, ərizə və ya şikayət ola bilər; o, yazılı (o cümlədən "
                "elektron) və ya şifahi formada şəxsən, nümayəndə vasitəsilə, poçtla, faksla və ya elektron "
                "qaydada verilir.</p>"
                "<p>Yazılı müraciətdə ünvanlandığı orqan, müraciət edənin adı, ata adı, soyadı və ünvanı, hüquqi "
                "şəxs üçün isə adı və hüquqi ünvanı göstərilir; nümayəndə vasitəsilə verilən müraciətdə "
                "nümayəndənin məlumatları da yazılır. Bu tələblərə cavab verməyən anonim müraciətlərə "
                "baxılmır.</p>",
                "<p>Appeals to state bodies are governed by Law No. 1308-IVQ of 30 September 2015 on Citizens' "
                "Appeals. The law covers both individuals and legal entities. An appeal may be a proposal, an "
                "application or a complaint, and can be made in writing (including electronically) or orally: in "
                "person, through a representative, by post, by fax or online.</p>"
                "<p>A written appeal must state the body it is addressed to and the applicant's name, patronymic, "
                "surname and address, or for a legal entity its name and legal address; an appeal filed through a "
                "representative must also give the representative's details. Anonymous appeals that do not meet "
                "these requirements are not considered.</p>",
                "<p>Обращения в государственные органы регулируются Законом «Об обращениях граждан» № 1308-IVQ от "
                "30 сентября 2015 года. Закон распространяется как на физических, так и на юридических лиц. "
                "Обращение может быть предложением, заявлением или жалобой и подаётся письменно (в том числе в "
                "электронной форме) или устно: лично, через представителя, по почте, факсу или в электронном "
                "виде.</p>"
                "<p>В письменном обращении указываются орган, которому оно адресовано, имя, отчество, фамилия и "
                "адрес заявителя, а для юридического лица — наименование и юридический адрес; при подаче через "
                "представителя указываются и его данные. Анонимные обращения, не отвечающие этим требованиям, не "
                "рассматриваются.</p>",
            ),
        ),
        (
            "key_facts",
            {
                "heading": _t("Müddətlər", "Time limits", "Сроки"),
                "facts": [
                    _fact(
                        _t("Ümumi qayda", "Standard", "Общий срок"),
                        _t("15 iş günündən gec olmayaraq", "no more than 15 working days", "не более 15 рабочих дней"),
                    ),
                    _fact(
                        _t(
                            "Əlavə öyrənmə tələb olunduqda",
                            "If further study is needed",
                            "Если нужно дополнительное изучение",
                        ),
                        _t("30 iş günündən gec olmayaraq", "no more than 30 working days", "не более 30 рабочих дней"),
                    ),
                    _fact(
                        _t(
                            "Əlavə məlumat sorğusu ilə uzadılma",
                            "Extension when more information is requested",
                            "Продление при запросе дополнительных сведений",
                        ),
                        _t("ən çoxu daha 30 iş günü", "up to 30 more working days", "ещё не более 30 рабочих дней"),
                    ),
                    _fact(
                        _t(
                            "Səlahiyyətli orqana göndərilmə",
                            "Forwarding to the competent body",
                            "Пересылка в компетентный орган",
                        ),
                        _t(
                            "3 iş günü ərzində, müraciət edənə bildirilməklə",
                            "within 3 working days, with notice to the applicant",
                            "в течение 3 рабочих дней с уведомлением заявителя",
                        ),
                    ),
                    _fact(
                        _t("Təkrar müraciət", "Repeat appeals", "Повторные обращения"),
                        _t(
                            "il ərzində 3 əsaslandırılmış cavabdan sonra yeni məlumat olmadıqda baxılmır",
                            "not considered after 3 reasoned replies in a year if nothing new is raised",
                            "не рассматриваются после 3 мотивированных ответов за год, если нет новых сведений",
                        ),
                    ),
                ],
            },
        ),
        (
            "steps",
            {
                "heading": _t(
                    "Bu portal vasitəsilə müraciət",
                    "Sending an appeal through this portal",
                    "Обращение через этот портал",
                ),
                "steps": [
                    _step(
                        _t("Daxil olun", "Sign in", "Войдите"),
                        _t(
                            "Portala daxil olun; ilk girişdə elektron kabinetiniz avtomatik yaradılır. Hüquqi "
                            "şəxsin adından onun rəhbərinin səlahiyyət verdiyi şəxs müraciət edir.",
                            "Sign in to the portal; your e-cabinet is created automatically the first time. For a "
                            "legal entity, a person authorised by its head files the appeal.",
                            "Войдите на портал; при первом входе электронный кабинет создаётся автоматически. От "
                            "имени юридического лица обращается лицо, уполномоченное его руководителем.",
                        ),
                    ),
                    _step(
                        _t("Müraciəti yazın", "Write your appeal", "Составьте обращение"),
                        _t(
                            "Ünvanı (İqtisadiyyat Nazirliyi və ya AZPROMO) seçin, mövzunu və sualınızı aydın "
                            "ifadə edin, lazımi sənədləri əlavə edin.",
                            "Choose the addressee (the Ministry of Economy or AZPROMO), state the subject and "
                            "your question clearly, and attach any documents.",
                            "Выберите адресата (Министерство экономики или AZPROMO), чётко изложите тему и "
                            "вопрос, приложите нужные документы.",
                        ),
                    ),
                    _step(
                        _t(
                            "Qeydiyyat nömrəsini yadda saxlayın",
                            "Note the registration number",
                            "Сохраните регистрационный номер",
                        ),
                        _t(
                            "Müraciət tarix və nömrə ilə qeydiyyata alınır; onlardan gələcək yazışmada istifadə edin.",
                            "Your appeal is registered with a date and number; use them in later correspondence.",
                            "Обращение регистрируется с датой и номером; используйте их в дальнейшей переписке.",
                        ),
                    ),
                    _step(
                        _t("Yazışmanı izləyin", "Follow the correspondence", "Следите за перепиской"),
                        _t(
                            "Əlavə sənəd və mesajları elektron kabinetiniz vasitəsilə mübadilə edin və cavabı "
                            "orada alın.",
                            "Exchange further documents and messages through your e-cabinet and receive the "
                            "reply there.",
                            "Обменивайтесь документами и сообщениями через электронный кабинет и получайте там ответ.",
                        ),
                    ),
                    _step(
                        _t("Lazım olduqda şikayət edin", "Complain if necessary", "При необходимости обжалуйте"),
                        _t(
                            "Hüquqlarınızın pozulduğunu düşünürsünüzsə, inzibati qaydada və ya məhkəməyə "
                            "şikayət edə bilərsiniz.",
                            "If you believe your rights have been violated, you can complain by administrative "
                            "procedure or in court.",
                            "Если вы считаете, что ваши права нарушены, можно подать жалобу в административном "
                            "порядке или в суд.",
                        ),
                    ),
                ],
            },
        ),
        (
            "text",
            _t(
                "<h2>İnzibati icraat</h2>"
                "<p>Dövlət orqanı ərizə əsasında inzibati akt qəbul edirsə, 21 oktyabr 2005-ci il tarixli "
                "1036-IIQ nömrəli “İnzibati icraat haqqında” Qanun tətbiq olunur. Ərizə daxil olduğu gün "
                "qeydiyyata alınır, qeydiyyat tarixi və nömrəsi barədə qeyd 3 gün ərzində verilir. İcraat dövlət "
                "dilində və ya yerli əhalinin əksəriyyətinin dilində aparılır, iştirakçıların tərcüməçi hüququ "
                "var. İnzibati aktdan bildirişdən sonra 30 gün ərzində məhkəməyə şikayət etmək olar. Ələt Azad "
                "İqtisadi Zonasında inzibati icraat zona haqqında qanunla tənzimlənir.</p>",
                "<h2>Administrative proceedings</h2>"
                "<p>Where a state body issues an administrative act on an application, Law No. 1036-IIQ of "
                "21 October 2005 on Administrative Proceedings applies. The application is registered on the day "
                "it arrives, and a note of its registration date and number is issued within three days. "
                "Proceedings are conducted in the state language or the language of the local majority, and "
                "participants have the right to an interpreter. An administrative act can be challenged in court "
                "within 30 days of notification. In the Alat Free Economic Zone, administrative proceedings are "
                "governed by the zone's own law.</p>",
                "<h2>Административное производство</h2>"
                "<p>Если государственный орган принимает по заявлению административный акт, применяется Закон "
                "«Об административном производстве» № 1036-IIQ от 21 октября 2005 года. Заявление регистрируется "
                "в день поступления, уведомление о дате и номере регистрации выдаётся в течение 3 дней. "
                "Производство ведётся на государственном языке или на языке большинства местного населения, "
                "участники имеют право на переводчика. Административный акт можно обжаловать в суде в течение "
                "30 дней после уведомления. В Алятской свободной экономической зоне административное производство "
                "регулируется законом о зоне.</p>",
            ),
        ),
        (
            "callout",
            {
                "tone": "info",
                "text": _t(
                    "<p>Müraciət zamanı təqdim etdiyiniz şəxsi məlumatlar “Fərdi məlumatlar haqqında” Qanuna "
                    "uyğun olaraq toplanır və işlənir. Özünüz barədə məlumatlarla tanış ola və onların "
                    "dəqiqləşdirilməsini tələb edə bilərsiniz.</p>",
                    "<p>The personal data you provide with an appeal is collected and processed under the Law on "
                    "Personal Data. You can see the data held about you and ask for it to be corrected.</p>",
                    "<p>Персональные данные, которые вы указываете в обращении, собираются и обрабатываются в "
                    "соответствии с Законом «О персональных данных». Вы можете ознакомиться с данными о себе и "
                    "потребовать их исправления.</p>",
                ),
            },
        ),
    ),
    "legal_basis": ["citizens-appeals-law", "administrative-proceedings-law"],
    "last_reviewed": REVIEWED,
    "related": ["investor-protection", "licences-and-permits", "e-signature"],
}

_OTHER = {
    "key": "other",
    "slug": _t("diger-telebler", "other-requirements", "prochie-trebovaniya"),
    "title": _t("Digər tələblər", "Other requirements", "Прочие требования"),
    "intro": _t(
        "<p>Bu bölmədə torpaq və əmlak məsələləri, investorların hüquqlarının müdafiəsi, mənfəətin xaricə "
        "köçürülməsi, habelə dövlət orqanlarına müraciət qaydası və şəxsi məlumatların qorunması izah "
        "olunur.</p>",
        "<p>This section covers land and property, investor protection, repatriating profits, how to appeal "
        "to state bodies, and the protection of your personal data.</p>",
        "<p>В разделе рассматриваются земля и имущество, защита прав инвесторов, репатриация прибыли, "
        "порядок обращения в государственные органы и защита персональных данных.</p>",
    ),
    "articles": [
        _LAND_AND_PROPERTY,
        _INVESTOR_PROTECTION,
        _CURRENCY_AND_PROFIT_REPATRIATION,
        _APPEALS_TO_AUTHORITIES,
    ],
}


# ---------------------------------------------------------------------------
# The seven topics of the Investor's Guide, in display order
# ---------------------------------------------------------------------------

TOPICS = [_TAXATION, _CUSTOMS, _MIGRATION, _LABOUR, _LICENCES, _COMPANY_SETUP, _OTHER]
