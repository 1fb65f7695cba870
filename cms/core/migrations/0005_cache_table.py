"""The database cache's table (settings.CACHES), created by `migrate` itself.

The rate limits count in the shared cache; without Redis that is the database cache, whose table
Django creates only with `manage.py createcachetable`. As a migration it exists wherever the
database is migrated: a fresh clone after `make demo`, the containers, CI, the tests. With Redis
configured there is no database cache and nothing to create. `createcachetable` skips a table that
exists, so a later change of CACHES is one more migration of this kind.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_security_officers_group")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
