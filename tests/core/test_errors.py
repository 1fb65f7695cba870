"""The answer to an unhandled error: 503 with Retry-After while the database is out of reach (it
comes back; the visitor should try again), 500 for anything else."""

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
