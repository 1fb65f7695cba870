import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cms.core.text import TextFieldsGuard

from .models import CORRECTABLE_FIELDS, LegalEntity, Person, Right
from .sso.claims import FIN_PATTERN

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{6,19}$")


def _clean_phone(value: str) -> str:
    value = value.strip()
    if value and not PHONE_PATTERN.match(value):
        raise ValidationError(_("Enter a phone number with digits only, for example +994 12 345 67 89."))
    return value


class ContactsForm(TextFieldsGuard, forms.ModelForm):
    """The only data an applicant types: how to reach them."""

    class Meta:
        model = Person
        fields = ["contact_email", "contact_phone"]
        widgets = {
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def clean_contact_phone(self):
        return _clean_phone(self.cleaned_data["contact_phone"])


class EntityContactsForm(TextFieldsGuard, forms.ModelForm):
    class Meta:
        model = LegalEntity
        fields = ["contact_email", "contact_phone"]

    def clean_contact_phone(self):
        return _clean_phone(self.cleaned_data["contact_phone"])


def correctable_field_choices():
    fields = {field.name: field for field in Person._meta.fields}
    return [(name, fields[name].verbose_name) for name in CORRECTABLE_FIELDS]


class CorrectionForm(TextFieldsGuard, forms.Form):
    field = forms.ChoiceField(label=_("What is wrong"), choices=correctable_field_choices)
    proposed_value = forms.CharField(label=_("The correct value"), max_length=300)
    explanation = forms.CharField(
        label=_("Explanation"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Say which document shows the correct value."),
    )


class RepresentativeForm(TextFieldsGuard, forms.Form):
    fin = forms.CharField(
        label=_("FIN of the responsible person"),
        max_length=7,
        min_length=7,
        help_text=_("The 7-character personal identification number on the person's identity card."),
    )
    rights = forms.MultipleChoiceField(
        label=_("Rights"), choices=Right.choices, widget=forms.CheckboxSelectMultiple, required=True
    )

    def clean_fin(self):
        fin = self.cleaned_data["fin"].strip().upper()
        if not FIN_PATTERN.match(fin):
            raise ValidationError(_("A FIN has 7 characters: Latin capital letters and digits."))
        return fin


class DecisionForm(TextFieldsGuard, forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class SuspensionForm(TextFieldsGuard, forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)
