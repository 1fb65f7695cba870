"""Admin forms that keep each language version whole.

The default language (az) must be complete. Another language may be left entirely empty (the page
is then simply not offered in it), but a language version that is started must be finished:
a half-translated page is refused with an error on each missing field, and nothing is saved.
"""

from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm

from cms.core.languages import language_codes, localized

from .availability import incomplete_translation_errors, is_filled


class TranslatedPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        model = self._meta.model
        required = [name for name in getattr(model, "translation_required", ()) if name != "slug"]
        self._fill_missing_slugs(cleaned_data)
        values = {
            name: {lang: cleaned_data.get(localized(name, lang)) for lang in language_codes()} for name in required
        }
        labels = {
            name: str(model._meta.get_field(localized(name, language_codes()[0])).verbose_name).split(" [")[0]
            for name in required
        }
        for field_name, message in incomplete_translation_errors(values, labels).items():
            if field_name in self.fields:
                self.add_error(field_name, message)
            else:
                self.add_error(None, message)
        return cleaned_data

    def _fill_missing_slugs(self, cleaned_data):
        """A translated title without a slug gets one made from the title (as the admin's script does)."""
        for lang in language_codes():
            slug_field, title_field = localized("slug", lang), localized("title", lang)
            if (
                slug_field in self.fields
                and not is_filled(cleaned_data.get(slug_field))
                and is_filled(cleaned_data.get(title_field))
            ):
                cleaned_data[slug_field] = slugify(cleaned_data[title_field], allow_unicode=False)
