"""The "Security officers" group: reads the security log in the admin, and nothing else.

Like the audit log, the security event model has only the "view" permission.
"""

from django.db import migrations


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return perm


def create_security_officers(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    officers, _ = Group.objects.get_or_create(name="Security officers")
    officers.permissions.set(
        [
            permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
            permission(apps, "core", "securityevent", "view_securityevent", "Can view security event"),
        ]
    )


def remove_security_officers(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Security officers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_security_event"),
    ]

    operations = [migrations.RunPython(create_security_officers, remove_security_officers)]
