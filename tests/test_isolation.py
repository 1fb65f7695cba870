"""The suite's own isolation (tests/isolation.py): a committing test leaves the session's state,
ids and sequences included."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection

from cms.guide.models import HomePage
from tests import isolation


@pytest.mark.django_db(transaction=True)
def test_the_restore_brings_back_the_demo_and_new_rows_still_get_free_ids():
    demo_groups = Group.objects.count()
    # A flush empties everything and, on PostgreSQL, starts the sequences again from 1.
    call_command("flush", "--noinput", verbosity=0)
    assert not HomePage.objects.exists()
    isolation._restore(connection.alias)
    assert HomePage.objects.count() == 1 and Group.objects.count() == demo_groups
    Group.objects.create(name="Written after the restore")  # an id the restored rows do not hold
