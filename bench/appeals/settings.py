"""Settings of the appeal submissions bench: the test settings with production's task queue.

The test settings run tasks at once, so under them the acknowledgement e-mail of every appeal is
delivered inside the submitting request, after its commit. Production (cms/settings/production.py)
queues the delivery for the database worker instead and answers at once; this module does the
same, and bench_submissions.py starts `manage.py db_worker` beside gunicorn so that every
acknowledgement is still delivered (to Django's in-memory mail backend of the worker process; its
outbox row is marked sent), and checks at the end that it was.

The cache is whatever REDIS_URL says, as in production (the bench's --redis starts a Redis of its
own and sets it); without it, the database cache.
"""

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
