import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

pytestmark = pytest.mark.django_db


def test_a_document_link_by_id_leads_to_the_file(client):
    document = Document.objects.create(title="Application form")
    document.file.save("application-form.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    response = client.get(f"/documents/{document.pk}/")
    assert response.status_code == 302
    assert response["Location"] == document.url
    assert client.get(response["Location"]).status_code == 200


def test_an_unknown_document_is_not_found(client):
    assert client.get("/documents/987654/").status_code == 404
