"""A starting set of synonym groups (search/data/synonyms.yml); editors maintain them afterwards."""

from pathlib import Path

import yaml
from django.db import migrations

SEED = Path(__file__).resolve().parent.parent / "data" / "synonyms.yml"


def seed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    with open(SEED, encoding="utf-8") as handle:
        groups = yaml.safe_load(handle)["groups"]
    for group in groups:
        SynonymGroup.objects.get_or_create(name=group["name"], defaults={"terms": "\n".join(group["terms"])})


def unseed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    with open(SEED, encoding="utf-8") as handle:
        names = [group["name"] for group in yaml.safe_load(handle)["groups"]]
    SynonymGroup.objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_index")]

    operations = [migrations.RunPython(seed, unseed)]
