"""Applicants on a phone: every kind of identity signs in at the development provider; an appeal
with a PDF is filed once however often it is sent; a company's head registers an employee who then
files for the company; the applicant reads the staff's answer."""

import re

import pytest

from cms.accounts.devidp.identities import identities
from cms.accounts.models import Person
from cms.appeals import services
from cms.appeals.models import Appeal, Body, Role, StaffMembership, Status
from cms.appeals.workflow import Actor, perform

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LOGISTICS = "1700812341"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# What the dashboard says each kind of profile is (English).
PROFILES = {
    "citizen": "physical_person",
    "sole_proprietor": "sole_proprietor",
    "entity_head": "physical_person",
    "responsible_person": "physical_person",
    "foreigner": "foreigner",
    "stateless": "stateless",
}


def fits_the_screen(page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    wide = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
        "document.documentElement.clientWidth + 1).slice(0, 5).map(e => `${e.tagName}.${e.className} ${e.id}`)"
    )
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen: {wide}"


def sign_in(phone, live_portal, key: str, language: str = "en") -> None:
    """From the home page's link to the e-cabinet, through the provider's page, back to the cabinet."""
    phone.goto(live_portal(f"/{language}/"))
    phone.locator('a[href*="/cabinet/"]').first.click()
    phone.wait_for_load_state()
    assert "/dev-idp/sign-in/" in phone.url, phone.url
    name = next(item["user"]["firstName"] for item in identities() if item["key"] == key)
    phone.get_by_role("button", name=re.compile(name)).click()
    phone.wait_for_load_state()
    assert f"/{language}/cabinet/" in phone.url, phone.url
    fits_the_screen(phone)
    # The home page's link may lead to a new appeal; the journeys start from the dashboard.
    phone.locator(".cabinet-bar nav a").first.click()
    phone.wait_for_load_state()
    assert phone.url == live_portal(f"/{language}/cabinet/")


def go(phone, link_name: str) -> None:
    phone.get_by_role("link", name=link_name, exact=True).first.click()
    phone.wait_for_load_state()
    fits_the_screen(phone)


def fill_appeal(phone, *, subject: str, pdf=None) -> None:
    phone.get_by_label("Ministry of Economy").check()
    phone.get_by_label("Kind of appeal").select_option("application")
    phone.get_by_label("Category").select_option(index=1)
    phone.get_by_label("Subject").fill(subject)
    phone.get_by_label("Text of the appeal").fill("How is VAT refunded to an exporter, and within what time?")
    if pdf:
        phone.get_by_label("Attachments").set_input_files(str(pdf))
    phone.get_by_label("E-mail for the acknowledgement and the answer").fill("applicant@example.az")
    phone.get_by_label(re.compile("I consent to the processing")).check()


def send(phone) -> None:
    phone.get_by_role("button", name="Send the appeal").click()
    phone.wait_for_load_state()
    fits_the_screen(phone)


def test_every_kind_of_identity_signs_in_and_sees_its_own_profile(live_portal, new_phone):
    for item in identities():
        phone = new_phone()
        sign_in(phone, live_portal, item["key"])
        assert phone.locator("h1").inner_text() == "E-cabinet"
        assert phone.locator("[data-kind]").get_attribute("data-kind") == PROFILES[item["key"]]
        go(phone, "My data")
        assert item["user"]["pin"] in phone.locator("#personal-data").inner_text()
        assert not re.search(r"\b(AZE|TUR|XXA)\b", phone.locator("#personal-data").inner_text())
        for link in ("Corrections", "Representatives", "My appeals", "Suggestions"):
            go(phone, link)
        phone.context.close()
    assert Person.objects.count() == len(identities())


def test_an_appeal_with_a_pdf_sent_twice_after_back_is_one_appeal(live_portal, phone, tmp_path):
    pdf = tmp_path / "müqavilə.pdf"
    pdf.write_bytes(PDF)
    sign_in(phone, live_portal, "citizen")
    go(phone, "New appeal")
    fill_appeal(phone, subject="VAT refund for exporters", pdf=pdf)
    send(phone)
    appeal = Appeal.objects.get()
    assert appeal.status == Status.REGISTERED and appeal.attachments.get().name == "müqavilə.pdf"
    assert "Your appeal has been registered." in phone.locator("main").inner_text()
    assert appeal.number in phone.locator("[data-number]").inner_text()

    phone.go_back()
    phone.wait_for_load_state()
    assert "/appeals/new/?form=" in phone.url
    assert appeal.number in phone.locator("main").inner_text()  # the form says it was sent
    fill_appeal(phone, subject="VAT refund for exporters", pdf=pdf)
    send(phone)
    assert Appeal.objects.count() == 1
    assert phone.url.endswith(f"/en/cabinet/appeals/{appeal.public_id}/")
    assert "has not been filed twice" in phone.locator("main").inner_text()
    go(phone, "My appeals")
    assert phone.locator("table.appeals tbody tr").count() == 1


def test_the_head_registers_an_employee_who_then_files_for_the_company(live_portal, new_phone):
    head = new_phone()
    sign_in(head, live_portal, "entity_head")
    head.get_by_label(re.compile("Xəzər Logistika")).check()
    head.get_by_role("button", name="Continue").click()
    head.wait_for_load_state()
    go(head, "Representatives")
    head.get_by_label("FIN of the responsible person").fill("3EF4G5H")
    head.get_by_label("Submit appeals").check()
    head.get_by_label("Read the entity's appeals").check()
    head.get_by_role("button", name="Save").click()
    head.wait_for_load_state()
    fits_the_screen(head)
    row = head.locator('#representatives tr[data-fin="3EF4G5H"]')
    assert row.is_visible() and "Submit appeals" in row.inner_text()

    employee = new_phone()
    sign_in(employee, live_portal, "responsible_person")
    employee.get_by_label(re.compile("Xəzər Logistika")).check()
    employee.get_by_role("button", name="Continue").click()
    employee.wait_for_load_state()
    go(employee, "New appeal")
    assert "Xəzər Logistika" in employee.locator("main .lead").inner_text()
    fill_appeal(employee, subject="Customs clearance of transit cargo")
    send(employee)
    appeal = Appeal.objects.get()
    assert appeal.entity.voen == LOGISTICS and appeal.filed_by.fin == "3EF4G5H"
    assert "Xəzər Logistika" in employee.locator("dl.facts").inner_text()

    # The head, acting for the company, sees the employee's appeal among the company's.
    go(head, "My appeals")
    assert appeal.number in head.locator("table.appeals").inner_text()


def test_the_applicant_reads_the_answer_of_staff(live_portal, phone):
    sign_in(phone, live_portal, "foreigner", language="ru")
    person = Person.objects.get(fin="7TR2K8N")
    appeal = services.submit(
        person, None,
        services.AppealInput(
            body=Body.MINISTRY, kind="application", category=services.Category.objects.filter(active=True).first(),
            subject="Разрешение на работу", text="Какие документы нужны для разрешения на работу?", answer_language="ru",
            consent=True, contact_email="mehmet@example.com",
        ),
    )  # fmt: skip
    # Staff, as they would in the admin, through the state machine.
    from django.contrib.auth import get_user_model

    handler = get_user_model().objects.create_user("handler-min", email="handler@economy.gov.az", password=None)
    registrar = get_user_model().objects.create_user("registrar-min", email="registrar@economy.gov.az", password=None)
    StaffMembership.objects.create(user=handler, body=Body.MINISTRY, role=Role.HANDLER)
    StaffMembership.objects.create(user=registrar, body=Body.MINISTRY, role=Role.REGISTRAR)
    perform(appeal, "assign", Actor(registrar, Role.REGISTRAR), assignee=handler)
    perform(appeal, "start_review", Actor(handler, Role.HANDLER))
    answer = "Нужны паспорт, договор и медицинская справка. Срок выдачи: 20 рабочих дней."
    perform(appeal, "answer", Actor(handler, Role.HANDLER), comment=answer)

    go(phone, "Мои обращения")
    listing = phone.locator("table.appeals").inner_text()
    assert "Дан ответ" in listing
    phone.get_by_role("link", name=appeal.number).click()
    phone.wait_for_load_state()
    fits_the_screen(phone)
    assert answer in phone.locator(".answer").inner_text()
    history = phone.locator("ol.timeline").inner_text()
    for words in ("Обращение отправлено", "Обращение зарегистрировано", "Начато рассмотрение", "Дан ответ"):
        assert words in history
    assert "start_review" not in history and "Срок" not in phone.locator("dl.facts").inner_text()
    # What the state allows: rate or close, complain; no withdrawing an answered appeal.
    assert phone.locator('form[action$="/rate/"]').count() == 1
    assert phone.locator('form[action$="/withdraw/"]').count() == 0
