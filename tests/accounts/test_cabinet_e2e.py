"""The e-cabinet over real HTTP: representation as the responsible person experiences it,
suspension, sign-out, and the applicant's own data."""

import json

import pytest

from cms.accounts.admin_views import set_suspension
from cms.accounts.models import CorrectionRequest, Person
from cms.core.audit import AuditAction, AuditEntry

pytestmark = pytest.mark.django_db(transaction=True)

LOGISTICS = "1700812341"


def act_for(session, voen):
    page = session.open("/az/cabinet/")
    return session.submit(page, form_containing=f'value="{voen}"', data={"voen": voen})


def test_a_responsible_person_sees_only_what_the_rights_allow_and_nothing_after_revocation(browser):
    head, employee = browser(), browser()
    head.sign_in("entity_head")
    employee.sign_in("responsible_person")
    assert f'value="{LOGISTICS}"' not in employee.open("/az/cabinet/").text  # not linked yet

    # The head acts for the company and registers the employee with the right to read appeals only.
    act_for(head, LOGISTICS)
    page = head.open("/az/cabinet/representatives/")
    page = head.submit(page, form_containing='name="fin"', data={"fin": "3EF4G5H", "rights": ["read_appeals"]})
    assert 'data-fin="3EF4G5H"' in page.text

    dashboard = act_for(employee, LOGISTICS)
    assert "Xəzər Logistika" in dashboard.text
    assert 'data-right="read_appeals"' in dashboard.text
    assert 'data-right="submit_appeals"' not in dashboard.text
    assert 'data-right="manage_representatives"' not in dashboard.text
    # Managing representatives is not among the rights: the page says so and a forged form is refused.
    assert 'name="fin"' not in employee.open("/az/cabinet/representatives/").text
    forged = employee.post(
        employee.base_url + "/az/cabinet/representatives/",
        data={"fin": "5ZJBKQH", "rights": ["submit_appeals"], "csrfmiddlewaretoken": employee.cookies["csrftoken"]},
    )
    assert forged.status_code == 403

    # Revoked by the head: the employee's very next request acts for nobody but themselves.
    page = head.open("/az/cabinet/representatives/")
    head.submit(page, form_containing='name="action" value="revoke"')
    dashboard = employee.open("/az/cabinet/")
    assert "Xəzər Logistika" not in dashboard.text
    assert 'data-right="' not in dashboard.text
    # Choosing the company again by a forged form is refused as well.
    again = employee.post(
        employee.base_url + "/az/cabinet/act-as/",
        data={"voen": LOGISTICS, "csrfmiddlewaretoken": employee.cookies["csrftoken"]},
    )
    assert "Bu hüquqi şəxsin adından fəaliyyət göstərmək hüququnuz yoxdur." in again.text
    assert 'data-right="' not in again.text


def test_a_suspended_applicant_can_neither_act_nor_sign_in(browser):
    session = browser()
    session.sign_in("citizen")
    person = Person.objects.get(fin="5ZJBKQH")
    set_suspension(person, suspended=True, reason="Sistemə zərər vuran hərəkətlər")

    # The open session ends at the next request: the cabinet sends them to sign in, which refuses.
    page = session.open("/az/cabinet/my-data/")
    assert "/dev-idp/sign-in/" in page.url
    refused = session.submit(page, form_containing='value="citizen"')
    assert refused.status_code == 403
    assert "operator tərəfindən məhdudlaşdırılıb" in refused.text
    # Still signed in at the provider, they come straight back from it, and are refused again.
    assert session.open("/az/cabinet/").status_code == 403
    assert AuditEntry.objects.filter(action=AuditAction.SIGN_IN_FAILED, detail__reason="suspended").count() == 2

    set_suspension(person, suspended=False, reason="Yoxlama başa çatdı")
    assert browser().sign_in("citizen").url.endswith("/az/cabinet/")


def test_sign_out_ends_the_session_here_and_at_the_provider(browser):
    session = browser()
    session.sign_in("citizen", start="/ru/cabinet/")
    dashboard = session.last
    assert dashboard.url.endswith("/ru/cabinet/") and "Электронный кабинет" in dashboard.text
    signed_out = session.submit(dashboard, form_containing='name="language"')
    assert signed_out.url.endswith("/ru/cabinet/signed-out/")
    assert any("/dev-idp/logout/" in r.headers.get("Location", "") for r in signed_out.history)
    # Both sessions are gone: the cabinet starts a new sign-in at the provider's identity page.
    assert "/dev-idp/sign-in/" in session.open("/ru/cabinet/").url
    assert AuditEntry.objects.filter(action=AuditAction.SIGN_OUT, subject="person 5ZJBKQH").exists()


def test_my_data_contacts_corrections_and_download(browser):
    session = browser()
    session.sign_in("foreigner", start="/en/cabinet/my-data/")
    page = session.last
    assert "MYİ 0412345" in page.text and "Temporary residence permit" in page.text
    page = session.submit(
        page,
        form_containing='name="which" value="person"',
        data={"person-contact_email": "mehmet@example.com", "person-contact_phone": "+994 77 555 66 77"},
    )
    assert "Your contact details have been saved." in page.text
    person = Person.objects.get(fin="7TR2K8N")
    assert (person.contact_email, person.contact_phone) == ("mehmet@example.com", "+994 77 555 66 77")

    # Fields that come from the registries cannot be typed in, whatever the form posts.
    session.submit(
        session.open("/en/cabinet/my-data/"),
        form_containing='name="which" value="person"',
        data={"person-contact_email": "m@example.com", "person-last_name": "Forged", "person-fin": "0000000"},
    )
    person.refresh_from_db()
    assert (person.last_name, person.fin) == ("Yılmaz", "7TR2K8N")

    page = session.open("/en/cabinet/corrections/")
    session.submit(
        page,
        form_containing='name="proposed_value"',
        data={
            "field": "registration_address",
            "proposed_value": "Bakı şəhəri, Xətai rayonu, Xocalı prospekti 57, mənzil 71",
            "explanation": "Ünvan dəyişib",
        },
    )
    correction = CorrectionRequest.objects.get(person=person)
    assert correction.status == CorrectionRequest.Status.PENDING

    download = session.open("/en/cabinet/my-data/download/")
    assert download.headers["Content-Disposition"].startswith("attachment")
    data = json.loads(download.content)
    assert data["person"]["fin"] == "7TR2K8N"
    assert data["person"]["residence_permit_number"] == "MYİ 0412345"
    assert data["correction_requests"][0]["status"] == "pending"
    assert AuditEntry.objects.filter(action=AuditAction.PERSONAL_DATA_EXPORTED, subject="person 7TR2K8N").exists()
