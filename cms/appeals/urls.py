"""The applicant's appeal pages, under /{lang}/cabinet/appeals/."""

from django.urls import path

from . import views

appeal_patterns = (
    [
        path("", views.appeal_list, name="list"),
        path("new/", views.appeal_form, name="new"),
        path("suggestion/", views.suggestion, name="suggestion"),
        path("<uuid:public_id>/", views.appeal_detail, name="detail"),
        path("<uuid:public_id>/edit/", views.appeal_form, name="edit"),
        path("<uuid:public_id>/delete/", views.draft_delete, name="delete"),
        path("<uuid:public_id>/message/", views.appeal_message, name="message"),
        path("<uuid:public_id>/complaint/", views.appeal_complaint, name="complaint"),
        path("<uuid:public_id>/withdraw/", views.appeal_withdraw, name="withdraw"),
        path("<uuid:public_id>/rate/", views.appeal_rate, name="rate"),
        path("<uuid:public_id>/close/", views.appeal_close, name="close"),
        path("<uuid:public_id>/files/<int:file_id>/", views.attachment_download, name="file"),
    ],
    "appeals",
)

enquiry_patterns = [
    path("", views.enquiry, name="appeals_enquiry"),
    path("confirm/<str:token>/", views.enquiry_confirm, name="appeals_enquiry_confirm"),
]
