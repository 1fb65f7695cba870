"""The starting synonym groups (search/data/synonyms.yml), as migration 0003 loads them."""

from .analysis import load_data


def seed_synonyms(model=None) -> int:
    if model is None:
        from .models import SynonymGroup as model
    created = 0
    for group in load_data("synonyms.yml")["groups"]:
        _obj, was_created = model.objects.get_or_create(
            name=group["name"], defaults={"terms": "\n".join(group["terms"])}
        )
        created += was_created
    return created
