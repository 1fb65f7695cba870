"""Development: the embedded default that `make demo` runs (SQLite, no Elasticsearch)."""

from .base import *  # noqa: F403
from .environment import env_bool, env_str
from .sign_on import development_provider

DEBUG = env_bool("DJANGO_DEBUG", True)
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# As in production: a publish queues its work in the database and returns; `manage.py db_worker`
# (started beside the web server by `make demo`) runs it.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend")}}

# The development identity provider under /dev-idp/ and the sign-on client pointed at it.
DEV_IDP_ENABLED = env_bool("DEV_IDP_ENABLED", True)
if DEV_IDP_ENABLED:
    INSTALLED_APPS = [*INSTALLED_APPS, "oauth2_provider"]  # noqa: F405
    _provider = development_provider(VAR_DIR)  # noqa: F405
    EHIS_SSO, EHIS_EXCHANGE, OAUTH2_PROVIDER = (
        _provider["EHIS_SSO"],
        _provider["EHIS_EXCHANGE"],
        _provider["OAUTH2_PROVIDER"],
    )
