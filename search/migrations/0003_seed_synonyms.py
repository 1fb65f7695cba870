"""A starting set of synonym groups (search/data/synonyms.yml); editors maintain them afterwards."""

from django.db import migrations


def seed(apps, schema_editor):
    from search.seed import seed_synonyms

    seed_synonyms(apps.get_model("search", "SynonymGroup"))


def unseed(apps, schema_editor):
    from search.analysis import load_data

    names = [group["name"] for group in load_data("synonyms.yml")["groups"]]
    apps.get_model("search", "SynonymGroup").objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_index")]

    operations = [migrations.RunPython(seed, unseed)]
