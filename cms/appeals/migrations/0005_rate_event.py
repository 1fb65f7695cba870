"""A rating is the workflow's transition "rate", and its events are named after it, as every
other event is after its transition (they were recorded as "rated")."""

from django.db import migrations


def rename(old: str, new: str):
    def run(apps, schema_editor):
        apps.get_model("appeals", "AppealEvent").objects.filter(action=old).update(action=new)

    return run


class Migration(migrations.Migration):
    dependencies = [("appeals", "0004_outbox_failed")]

    operations = [migrations.RunPython(rename("rated", "rate"), rename("rate", "rated"))]
