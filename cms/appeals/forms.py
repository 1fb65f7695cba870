"""Forms of the e-cabinet and the public enquiry form. They read input; the rules are in services."""

from __future__ import annotations

from typing import cast

from django import forms
from django.conf import settings
from django.utils.datastructures import MultiValueDict
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from cms.core.text import TextFieldsGuard

from .models import APPLICANT_KINDS, Body, Category
from .services import MESSAGE_MAX, SUBJECT_MAX, TEXT_MAX, AppealInput


def _interpolate_lazily(message, values: dict) -> str:
    """`message % values`, translated when shown rather than once at import in the default language."""
    return lazy(lambda: str(message) % values, str)()


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked by `attachments.check_files`, not here."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [item for item in data if item]
        return [data] if data else []


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name()


class AppealForm(TextFieldsGuard, forms.Form):
    data: MultiValueDict  # request.POST, or Django's empty MultiValueDict when unbound: both copy

    body = forms.ChoiceField(label=_("To"), choices=Body.choices, widget=forms.RadioSelect)
    kind = forms.ChoiceField(label=_("Kind of appeal"), choices=APPLICANT_KINDS)
    category = CategoryChoiceField(label=_("Category"), queryset=Category.objects.filter(active=True), required=False)
    subject = forms.CharField(label=_("Subject"), max_length=SUBJECT_MAX, required=False)
    # The length limit is enforced by services.validate, with a message that gives both numbers.
    text = forms.CharField(
        label=_("Text of the appeal"),
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
        strip=False,
        help_text=_interpolate_lazily(_("At most %(max)d characters."), {"max": TEXT_MAX}),
    )
    # A declared field, which the form's metaclass takes off the class: `self.files` is still the
    # uploads BaseForm holds, but the stubs read this line as a change of its type.
    files = MultipleFileField(  # type: ignore[assignment]
        label=_("Attachments"),
        help_text=_interpolate_lazily(
            _("PDF, JPEG, PNG, DOCX or XLSX; at most %(count)d files of %(size)d MB each."),
            {"count": settings.APPEALS_MAX_ATTACHMENTS, "size": settings.APPEALS_MAX_ATTACHMENT_BYTES // (1024 * 1024)},
        ),
    )
    answer_language = forms.ChoiceField(label=_("Language of the answer"), choices=settings.LANGUAGES)
    contact_email = forms.EmailField(label=_("E-mail for the acknowledgement and the answer"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I consent to the processing of my personal data to consider this appeal, under the Law on Personal Data."
        ),
        required=False,
    )
    # The key of this form (services.submit): sending it twice files one appeal.
    submission_key = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The subject's browser limit would cut a long one silently; the service says how long it is.
        subject = cast(forms.CharField, self.fields["subject"])  # declared above
        subject.max_length = None
        subject.validators = []

    def to_input(self) -> AppealInput:
        data = self.cleaned_data
        return AppealInput(
            body=data.get("body") or "",
            kind=data.get("kind") or "",
            category=data.get("category"),
            subject=data.get("subject") or "",
            text=data.get("text") or "",
            answer_language=data.get("answer_language") or settings.LANGUAGE_CODE,
            consent=bool(data.get("consent")),
            contact_email=data.get("contact_email") or "",
        )

    def clean_submission_key(self) -> str:
        from django.core.exceptions import ValidationError as FormError

        from .services import clean_submission_key, new_submission_key

        try:
            return clean_submission_key(self.cleaned_data.get("submission_key"))
        except FormError as error:
            # Shown above the form (the field is hidden), which comes back with a sound key.
            self.data = self.data.copy()
            self.data["submission_key"] = new_submission_key()
            self.add_error(None, error.message_dict["submission_key"][0])
            return ""

    def add_service_errors(self, error) -> None:
        for field, messages in error.message_dict.items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)

    def add_remaining_errors(self, *, complete: bool) -> None:
        """When some fields are refused already, also names what else must change, all at once."""
        from django.core.exceptions import ValidationError

        from .services import validate

        try:
            validate(self.to_input(), complete=complete)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                if field in self.fields and not self.has_error(field):
                    for message in messages:
                        self.add_error(field, message)


class MessageForm(TextFieldsGuard, forms.Form):
    text = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 5}), required=False, strip=False)
    files = MultipleFileField(label=_("Attachments"))  # type: ignore[assignment]  # see AppealForm.files


class ComplaintForm(TextFieldsGuard, forms.Form):
    text = forms.CharField(
        label=_("What is wrong with the handling of your appeal?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
    )


class WithdrawForm(TextFieldsGuard, forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), required=False, max_length=MESSAGE_MAX)


class RatingForm(TextFieldsGuard, forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How useful was the answer?"),
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(label=_("Comment (optional)"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class SuggestionForm(TextFieldsGuard, forms.Form):
    text = forms.CharField(
        label=_("Your suggestion for improving the portal"), widget=forms.Textarea(attrs={"rows": 6}), required=False
    )


class EnquiryForm(TextFieldsGuard, forms.Form):
    name = forms.CharField(label=_("Full name"), max_length=200)
    company = forms.CharField(label=_("Company"), max_length=200, required=False)
    country = forms.CharField(label=_("Country"), max_length=100)
    email = forms.EmailField(label=_("E-mail"))
    category = CategoryChoiceField(label=_("Topic"), queryset=Category.objects.filter(active=True))
    text = forms.CharField(label=_("Your enquiry"), widget=forms.Textarea(attrs={"rows": 8}), max_length=TEXT_MAX)
    consent = forms.BooleanField(
        label=_(
            "I consent to the processing of my personal data to answer this enquiry, under the Law on Personal Data."
        )
    )
    # Left empty by people; filled by robots that fill every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput)
    # The key of this form: sending it twice stores one enquiry and sends one e-mail.
    submission_key = forms.CharField(widget=forms.HiddenInput, required=False)

    clean_submission_key = AppealForm.clean_submission_key
