"""200 appeals submitted at once over HTTP: all stored, numbers distinct and without gaps.

Needs PostgreSQL (row locks on the counter under real concurrency); on SQLite the whole database is
locked by each writer, which serialises registrations but says nothing about the locking code.
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.db import connection

from cms.appeals.models import Appeal, Body, RegistrationCounter

from . import factories

SUBMISSIONS = 200
# PostgreSQL's max_connections (100) is shared with other suites; each request in flight holds one.
IN_FLIGHT = 40


def signed_in_session(live_server, user) -> tuple[requests.Session, str]:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    session = requests.Session()
    session.cookies.set(settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value)
    page = session.get(f"{live_server.url}/az/cabinet/appeals/new/")
    assert page.status_code == 200, page.status_code
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return session, token


def _appeal_form(token: str, category, index: int) -> dict:
    """The e-cabinet's appeal form as the browser posts it, numbered so each appeal can be told apart."""
    return {
        "csrfmiddlewaretoken": token, "body": Body.MINISTRY, "kind": "application", "category": category.pk,
        "subject": f"Müraciət {index}", "text": f"Eyni anda göndərilən müraciət № {index}.",
        "answer_language": "az", "contact_email": f"user{index}@example.az", "consent": "on", "action": "submit",
    }  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_two_hundred_simultaneous_submissions_get_two_hundred_gap_free_numbers(live_server):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL): on SQLite one writer locks the whole database")
    category = factories.category()
    people = [factories.person() for _ in range(50)]
    sessions = [signed_in_session(live_server, p.user) for p in people]
    start = threading.Barrier(SUBMISSIONS)
    gate = threading.Semaphore(IN_FLIGHT)

    def submit(index: int) -> tuple[int, int]:
        session, token = sessions[index % len(sessions)]
        data = _appeal_form(token, category, index)
        start.wait()
        with gate:
            response = session.post(
                f"{live_server.url}/az/cabinet/appeals/new/", data=data, allow_redirects=False, timeout=60
            )
        return index, response.status_code

    with ThreadPoolExecutor(max_workers=SUBMISSIONS) as pool:
        results = list(pool.map(submit, range(SUBMISSIONS)))

    assert [status for _i, status in results] == [302] * SUBMISSIONS
    numbers = sorted(Appeal.objects.exclude(number=None).values_list("number", flat=True))
    assert len(numbers) == SUBMISSIONS == Appeal.objects.count()
    year = numbers[0].split("-")[1]
    assert numbers == [f"MIN-{year}-{n:06d}" for n in range(1, SUBMISSIONS + 1)]
    assert RegistrationCounter.objects.get(series="MIN", year=int(year)).last_number == SUBMISSIONS
    subjects = set(Appeal.objects.values_list("subject", flat=True))
    assert subjects == {f"Müraciət {i}" for i in range(SUBMISSIONS)}


@pytest.mark.django_db(transaction=True)
def test_simultaneous_submissions_on_sqlite_wait_for_the_write_lock_instead_of_failing(live_server):
    """SQLite refuses at once (no waiting) a transaction that read first and then wants to write
    after another one wrote: a submission's transaction must begin with a write, or simultaneous
    submissions answer 503 ("database is locked") instead of queueing."""
    if connection.vendor != "sqlite":
        pytest.skip("the embedded SQLite's locking; PostgreSQL is the test above")
    category = factories.category()
    sessions = [signed_in_session(live_server, factories.person().user) for _ in range(8)]
    count = 24
    start = threading.Barrier(count)

    def submit(index: int) -> int:
        session, token = sessions[index % len(sessions)]
        data = _appeal_form(token, category, index)
        start.wait()
        return session.post(
            f"{live_server.url}/az/cabinet/appeals/new/", data=data, allow_redirects=False, timeout=60
        ).status_code

    with ThreadPoolExecutor(max_workers=count) as pool:
        statuses = list(pool.map(submit, range(count)))

    assert statuses == [302] * count
    numbers = sorted(Appeal.objects.values_list("number", flat=True))
    year = numbers[0].split("-")[1]
    assert numbers == [f"MIN-{year}-{n:06d}" for n in range(1, count + 1)]
