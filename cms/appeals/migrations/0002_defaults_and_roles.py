"""The starting data an administrator then maintains: categories matching the guide's topics, the
deadline rules of the Law on Citizens' Appeals (Arts 7.10, 10.1, 10.2) and an internal target for
enquiries, and the four staff groups (registrar, handler, supervisor, auditor)."""

from django.db import migrations

CATEGORIES = [
    # key, topic_key, az, en, ru
    ("taxation", "taxation", "Vergilər", "Taxation", "Налоги"),
    ("customs", "customs", "Gömrük", "Customs", "Таможенное регулирование"),
    ("migration", "migration", "Miqrasiya və vizalar", "Migration and visas", "Миграция и визы"),
    ("labour", "labour", "Əmək və məşğulluq", "Labour and employment", "Труд и занятость"),
    ("licences", "licences", "Lisenziyalar və icazələr", "Licences and permits", "Лицензии и разрешения"),
    ("company-setup", "company-setup", "Şirkətin yaradılması", "Setting up a company", "Создание компании"),
    ("incentives", "", "İnvestisiya təşviqləri", "Investment incentives", "Инвестиционные льготы"),
    ("other", "other", "Digər məsələlər", "Other matters", "Прочие вопросы"),
]

LAW = "Law on Citizens' Appeals of 30 September 2015"
RULES = [
    # purpose, kind, days, unit, statutory, legal basis
    ("answer", "", 15, "working", True, f"{LAW}, Art. 10.1"),
    ("extended_study", "", 30, "working", True, f"{LAW}, Art. 10.1"),
    ("extension", "", 30, "working", True, f"{LAW}, Art. 10.2"),
    ("forwarding", "", 3, "working", True, f"{LAW}, Art. 7.10"),
    ("answer", "enquiry", 5, "working", False, "Internal service target for enquiries"),
    ("extended_study", "enquiry", 10, "working", False, "Internal service target for enquiries"),
    ("extension", "enquiry", 10, "working", False, "Internal service target for enquiries"),
]

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")
GROUPS = {
    "Appeal registrars": [("appeals", "appeal", "register_appeal"), ADMIN_ACCESS],
    "Appeal handlers": [("appeals", "appeal", "handle_appeal"), ADMIN_ACCESS],
    "Appeal supervisors": [
        ("appeals", "appeal", "supervise_appeal"),
        ("appeals", "appeal", "audit_appeal"),
        ("appeals", "deadlinerule", "add_deadlinerule"),
        ("appeals", "deadlinerule", "change_deadlinerule"),
        ("appeals", "deadlinerule", "view_deadlinerule"),
        ("appeals", "calendarexception", "add_calendarexception"),
        ("appeals", "calendarexception", "change_calendarexception"),
        ("appeals", "calendarexception", "delete_calendarexception"),
        ("appeals", "calendarexception", "view_calendarexception"),
        ("appeals", "category", "add_category"),
        ("appeals", "category", "change_category"),
        ("appeals", "category", "view_category"),
        ("appeals", "staffmembership", "add_staffmembership"),
        ("appeals", "staffmembership", "change_staffmembership"),
        ("appeals", "staffmembership", "delete_staffmembership"),
        ("appeals", "staffmembership", "view_staffmembership"),
        ADMIN_ACCESS,
    ],
    "Appeal auditors": [("appeals", "appeal", "audit_appeal"), ADMIN_ACCESS],
}


def forwards(apps, schema_editor):
    Category = apps.get_model("appeals", "Category")
    for order, (key, topic, az, en, ru) in enumerate(CATEGORIES):
        Category.objects.update_or_create(
            key=key, defaults={"topic_key": topic, "name_az": az, "name_en": en, "name_ru": ru, "order": order}
        )
    DeadlineRule = apps.get_model("appeals", "DeadlineRule")
    for purpose, kind, days, unit, statutory, basis in RULES:
        DeadlineRule.objects.get_or_create(
            purpose=purpose, kind=kind, body="", active=True,
            defaults={"days": days, "unit": unit, "statutory": statutory, "legal_basis": basis},
        )
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    for name, permissions in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        found = []
        for app_label, model, codename in permissions:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            perm, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
            )
            found.append(perm)
        group.permissions.add(*found)


def backwards(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=list(GROUPS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("appeals", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
