"""A service's responsible body is stored with the portal's one list of bodies (cms.core.bodies):
"MIN" and "AZP", as appeals store their addressee, instead of the guide's own "ministry" and
"azpromo". The pages' revisions are rewritten too, so that publishing or reverting to one written
before this migration never brings back a code the field no longer accepts.
"""

from django.db import migrations, models

NEW_CODES = {"ministry": "MIN", "azpromo": "AZP"}
OLD_CODES = {new: old for old, new in NEW_CODES.items()}


def recode(apps, codes):
    ServicePage = apps.get_model("guide", "ServicePage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    for old, new in codes.items():
        ServicePage.objects.filter(responsible_body=old).update(responsible_body=new)
    content_type = ContentType.objects.filter(app_label="guide", model="servicepage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        code = revision.content.get("responsible_body")
        if code in codes:
            revision.content["responsible_body"] = codes[code]
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    recode(apps, NEW_CODES)


def backwards(apps, schema_editor):
    recode(apps, OLD_CODES)


class Migration(migrations.Migration):

    dependencies = [
        ('guide', '0004_page_language_availability'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        # The codes first: the old ones are longer than the narrowed column.
        migrations.RunPython(forwards, backwards),
        migrations.AlterField(
            model_name='servicepage',
            name='responsible_body',
            field=models.CharField(choices=[('MIN', 'Ministry of Economy'), ('AZP', 'AZPROMO')], help_text='Who provides the service.', max_length=3, verbose_name='responsible body'),
        ),
    ]
