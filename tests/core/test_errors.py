"""The answer to an unhandled error: 503 with Retry-After while the database is out of reach (it
comes back; the visitor should try again), 500 for anything else."""

import pytest
from django.db import OperationalError

from cms.core.errors import server_error


def answer_to(exception: Exception, request):
    try:
        raise exception
    except Exception:
        return server_error(request)


def test_a_lost_database_connection_answers_503_with_retry_after_in_the_visitors_language(rf):
    request = rf.get("/az/cabinet/appeals/new/")
    request.LANGUAGE_CODE = "az"
    response = answer_to(OperationalError("server closed the connection unexpectedly"), request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30" and response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert "Portal qısa müddətə əlçatan deyil" in page and 'lang="az"' in page
    assert "server closed" not in page  # the cause stays in the log


def test_any_other_error_is_still_a_server_error(rf):
    response = answer_to(ValueError("a bug"), rf.get("/en/"))
    assert response.status_code == 500


def test_a_session_that_cannot_be_saved_because_the_database_is_gone_is_not_blamed_on_the_request(db):
    """Django reads any database error while saving a session as "deleted meanwhile" (a 400)."""
    from django.contrib.sessions.backends.base import UpdateError
    from django.db import connection

    from cms.core.sessions import SessionStore

    session = SessionStore()
    session["kept"] = 1
    session.create()
    session["kept"] = 2

    def lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(lost), pytest.raises(OperationalError):
        session.save()
    # A session that is really gone is still Django's UpdateError.
    SessionStore().delete(session.session_key)
    session["kept"] = 3
    with pytest.raises(UpdateError):
        session.save()


@pytest.mark.django_db(transaction=True)
def test_an_existing_session_is_written_in_one_statement_and_a_new_one_still_created():
    """Every signed-in request writes its session: one UPDATE, no transaction of its own around it."""
    from django.contrib.sessions.models import Session
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.core.sessions import SessionStore

    session = SessionStore()
    session["kept"] = 1
    session.save()  # a new session: created as Django creates it
    key = session.session_key
    assert SessionStore(key).load() == {"kept": 1}
    session["kept"] = 2
    with CaptureQueriesContext(connection) as queries:
        session.save()
    assert [q["sql"].split()[0] for q in queries.captured_queries] == ["UPDATE"]
    assert SessionStore(key).load() == {"kept": 2}
    assert Session.objects.count() == 1
    # One that is really gone is still Django's UpdateError (the request answers 400), in one
    # statement too; and the database out of reach is itself, as inside a transaction.
    from django.contrib.sessions.backends.base import UpdateError

    def lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(lost), pytest.raises(OperationalError):
        session.save()
    Session.objects.filter(session_key=key).delete()
    session["kept"] = 3
    with pytest.raises(UpdateError):
        session.save()
    assert not Session.objects.exists()
