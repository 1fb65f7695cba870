"""The "Applicant support" group: staff who see applicants, decide correction requests and may
suspend or restore an applicant (Regulation 6.1.11, 7.2.5). Every look is in the audit log."""

from django.db import migrations

PERMISSIONS = [
    ("accounts", "person", "view_person", "Can view applicant"),
    ("accounts", "person", "suspend_person", "Can suspend and restore applicants"),
    ("accounts", "person", "decide_correction", "Can approve or reject correction requests"),
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
]


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    group, _ = apps.get_model("auth.Group").objects.get_or_create(name="Applicant support")
    permissions = []
    for app_label, model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
        permissions.append(perm)
    group.permissions.set(permissions)


def remove_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Applicant support").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
