"""Editorial groups and the moderation workflow.

Editors write and submit pages; Moderators approve and publish them. Reference data (tax rates,
legal acts, sectors, regions) goes live the moment it is saved, so only Moderators change it;
Editors may choose it in their pages. Wagtail's own initial data also creates groups with these
names: this migration makes their permissions exactly what the portal needs, and is safe to run
on a database where they already exist.
"""

from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": {"wagtailimages": ["add_image", "change_image", "choose_image"], "wagtaildocs": ["add_document", "change_document", "choose_document"]},
    "Moderators": {
        "wagtailimages": ["add_image", "change_image", "delete_image", "choose_image"],
        "wagtaildocs": ["add_document", "change_document", "delete_document", "choose_document"],
    },
}
REFERENCE_MODELS = ["taxrate", "legalact", "sector", "region"]
MODEL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "admin", "access_admin")] + [("guide", model, f"view_{model}") for model in REFERENCE_MODELS],
    "Moderators": [("wagtailadmin", "admin", "access_admin")]
    + [("guide", model, f"{action}_{model}") for model in REFERENCE_MODELS for action in ("add", "change", "delete", "view")],
}


def ensure_permissions_exist(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None


def permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    if app_label == "wagtailadmin":
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
        perm, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": "Can access Wagtail admin"})
        return perm
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_editorial_groups(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    ContentType = apps.get_model("contenttypes.ContentType")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for name in ("Editors", "Moderators"):
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.set([permission(apps, *spec) for spec in MODEL_PERMISSIONS[name]])
        if root_page is not None:
            GroupPagePermission.objects.filter(group=group).exclude(
                permission__codename__in=PAGE_PERMISSIONS[name]
            ).delete()
            for codename in PAGE_PERMISSIONS[name]:
                perm = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=perm)
        if root_collection is not None:
            for app_label, codenames in COLLECTION_PERMISSIONS[name].items():
                for codename in codenames:
                    perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
                    GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=perm)

    # The moderation workflow: one approval task for Moderators, applied to the whole tree.
    if root_page is not None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
        if task is None:
            task = GroupApprovalTask.objects.create(name="Moderators approval", content_type=task_type, active=True)
        task.groups.set([groups["Moderators"]])
        workflow, _ = Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("guide", "0001_initial"),
        ("wagtailcore", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("wagtailadmin", "__latest__"),
        ("auth", "__latest__"),
        ("contenttypes", "__latest__"),
    ]

    operations = [migrations.RunPython(create_editorial_groups, migrations.RunPython.noop)]
