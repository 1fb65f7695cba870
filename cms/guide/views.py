from django.shortcuts import get_object_or_404, redirect
from wagtail.documents import get_document_model


def document_by_id(request, document_id: int):
    """`/documents/<id>/`, as the static site writes document links in rich text, leads to the file.

    Wagtail serves a document at `/documents/<id>/<file name>/`, which checks its privacy; the
    static build knows only the id, so this redirect supplies the name.
    """
    document = get_object_or_404(get_document_model(), pk=document_id)
    return redirect(document.url)
