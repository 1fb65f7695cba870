"""The "Auditors" group: reads the audit log in the admin, and nothing else.

The audit entry model has only the "view" permission, so there is nothing more to grant anyone.
"""

from django.db import migrations


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return perm


def create_auditors(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    auditors, _ = Group.objects.get_or_create(name="Auditors")
    auditors.permissions.set(
        [
            permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
            permission(apps, "core", "auditentry", "view_auditentry", "Can view audit entry"),
        ]
    )


def remove_auditors(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Auditors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_audit_entry"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # These give "choose" permissions to every group that exists when they run: auditors need none.
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(create_auditors, remove_auditors)]
