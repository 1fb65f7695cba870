"""Settings shared by every environment.

Environment-specific files (dev, test, production) import everything from here and change only
what differs. Secrets and endpoints are read from the environment through `environment.py`.
"""

from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url

from cms.core import headers as security_headers
from cms.core.logs import logging_config

from .environment import env_bool, env_int, env_list, env_str
from .sign_on import exchange_from_environment, sign_on_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "insecure-development-key-change-me")
# "development" here; "production" and "staging" in their settings (cms/core/deployment.py). A
# staging site is marked as such on every page and writes e-mail only to an allow-list.
DEPLOYMENT_ENVIRONMENT = "development"
# Staging only (cms/settings/staging.py): the addresses mail may go to, and where the rest goes.
STAGING_EMAIL_ALLOWED: list[str] = []
STAGING_EMAIL_CATCH_ALL = ""
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it translates, and
    # wagtail_modeltranslation.makemigrations keeps migrations out of Wagtail's own package.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "cms.core",
    "cms.accounts",
    "cms.appeals",
    "cms.guide",
    "cms.api",
    "search",
    "frontend",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Staff sign-in lockout (settings under "Staff sign-in lockout" below).
    "axes",
    # The API's reader (Swagger UI) from django-ninja's own pinned static files, not from a CDN.
    "ninja",
    "csp",
]

MIDDLEWARE = [
    # First, so that every line logged for a request, and the response, carry its id.
    "cms.core.logs.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The security headers go on every response, the files of the build and /static/ included:
    # these three stand before the middleware that answer those files.
    "cms.core.headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # 400 for a NUL byte or control character in the address and for a form body that cannot be
    # parsed, before any view, static file or CSRF check reads them (cms/core/input.py).
    "cms.core.input.HostileInputMiddleware",
    # Every 403 answered goes to the security log (cms/core/security.py).
    "cms.core.security.ForbiddenResponsesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The built public site (frontend/): its files are answered before any URL pattern.
    "frontend.serving.StaticSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, except that /de/ is not sent on to /az/de/ (cms/core/middleware.py).
    "cms.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Staff: a second factor for the admin. Applicants: idle timeout and suspension (cms/accounts).
    "django_otp.middleware.OTPMiddleware",
    "cms.accounts.middleware.ApplicantSessionMiddleware",
    "cms.accounts.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes' backend comes first: it refuses a locked-out username and address before any
# password is checked, so that the right password during the lockout opens nothing.
AUTHENTICATION_BACKENDS = [
    "cms.accounts.staff_sign_in.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Applicants' sessions: their user and profile in one read (cms/accounts/backends.py).
    "cms.accounts.backends.ApplicantBackend",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    # The public site's Jinja2 templates (frontend/templates), shared by the static builder and the
    # dynamic pages that must look the same: search and the e-cabinet.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "frontend" / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "frontend.jinja.environment"},
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded default; production and CI set DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection is checked before a request uses it: after a database restart the
        # request reconnects instead of failing on the connection the restart cut.
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (the public site, the API) run while a publish task writes.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", "timeout": 20}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: this list is the only one. Adding a language is a change here and a migration.
LANGUAGE_CODE = "az"
LANGUAGES = [
    ("az", "Azərbaycanca"),
    ("en", "English"),
    ("ru", "Русский"),
]
LOCALE_PATHS = [BASE_DIR / "locales"]
TIME_ZONE = "Asia/Baku"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "az"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# No silent fallbacks: an English visitor must never be shown Azerbaijani text as if it were
# English. A page that is not translated is reported as not available in that language.
MODELTRANSLATION_ENABLE_FALLBACKS = False
MODELTRANSLATION_FALLBACK_LANGUAGES = ()
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))

# Wagtail
WAGTAIL_SITE_NAME = "Invest in Azerbaijan"
# The public site's origin (scheme, host and port): every absolute URL the portal writes — canonical
# and hreflang links, sitemaps, open data, the API's links, e-mails — starts with it. The admin's
# and the API's own base URLs follow it unless they are set apart.
PUBLIC_BASE_URL = env_str("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL)
WAGTAIL_I18N_ENABLED = False  # translation is django-modeltranslation's job (see ARCHITECTURE.md)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: a request to a third party on every admin page, telling it who
# works in the admin. Wagtail shows its own default avatar (or one the user uploads).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}

# Background tasks: database queue with a worker in production, immediate in development/tests.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Invest in Azerbaijan <noreply@invest.az>")
# A mail server that accepts the connection and then stalls must not hold a sender for ever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
# Every e-mail is rendered by cms/core/mail.py and handed to this function: the outbox, which stores
# it in the sender's transaction and sends it after the commit.
MAIL_OUTBOX = "cms.appeals.outbox.enqueue"
# The outbox (cms/appeals/outbox.py): attempts before a message is marked failed for staff to see
# (with the backoff, about fifteen hours of retries), and how long a sender keeps the messages it took.
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 10)
OUTBOX_LEASE_SECONDS = env_int("OUTBOX_LEASE_SECONDS", 600)
# A message queued in a transaction is handed to the task queue when it commits; tests that run
# the outbox by hand switch this off.
APPEALS_DELIVER_ON_COMMIT = True

# The shared cache. Rate limits count in it, so every worker and every machine must see the same
# one: Redis when REDIS_URL is set (production, docker-compose.yml), else the database cache (the
# demo and the tests; its table is created by migration core/0005). Never per-process memory.
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES: dict[str, dict[str, Any]] = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # A Redis that does not answer delays a request by a second at most (limits then let it through).
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "cms.core.cache.DatabaseCache",
            "LOCATION": "core_cache",
            # Django culls a third of the entries past MAX_ENTRIES (300 by default): live counters with them.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }

# Rate limits (cms/core/limits.py): "N/unit" or "N/<multiple><unit>" (s, min, hour, day), counted in
# fixed windows in the shared cache. Beyond a limit: 429 with Retry-After.
RATE_LIMITS = {
    # per client address: /api/search, its autocomplete, and the search page together
    "search": env_str("RATE_LIMIT_SEARCH", "120/min"),
    # per client address: /sign-on/start/ (each one sends the visitor to the e-government sign-on)
    "sign_on": env_str("RATE_LIMIT_SIGN_ON", "30/10min"),
    # per applicant: appeals sent or saved as drafts, in the e-cabinet and through the API
    "appeal_submit": env_str("RATE_LIMIT_APPEAL_SUBMIT", "20/hour"),
    # per applicant: messages written on appeals, in the e-cabinet and through the API
    "appeal_message": env_str("RATE_LIMIT_APPEAL_MESSAGE", "30/hour"),
    # per client address: the public enquiry form
    "enquiry": env_str("RATE_LIMIT_ENQUIRY", "5/hour"),
}

# A failed CSRF check is answered as Django answers it, and written to the security log.
CSRF_FAILURE_VIEW = "cms.core.security.csrf_failure"

# Django's database sessions; a database out of reach while saving one is not a 400 (cms/core/sessions.py).
SESSION_ENGINE = "cms.core.sessions"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# The live static site: a symlink to the current build, swapped atomically (frontend/build.py).
DIST_DIR = Path(env_str("DIST_DIR", str(BASE_DIR / "dist")))

# Search (search/): Elasticsearch when ELASTICSEARCH_URL is set, else the embedded database backend.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL", "")
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "invest-az")
SEARCH_ES_TIMEOUT = float(env_str("SEARCH_ES_TIMEOUT", "2"))
SEARCH_ES_RETRY_SECONDS = env_int("SEARCH_ES_RETRY_SECONDS", 30)
SEARCH_QUERY_LOG = env_bool("SEARCH_QUERY_LOG", True)
SEARCH_ES_REPLICAS = env_int("SEARCH_ES_REPLICAS", 0)  # replicas of each index; 0 on a single node
# The embedded backend: how often a worker looks for edited synonym groups (seconds), how many
# entries of phrase score lists it keeps (search/backends/ranking.py), and whether its reads go
# through the connection each worker keeps (search/connections.py).
SEARCH_SYNONYMS_TTL = env_int("SEARCH_SYNONYMS_TTL", 10)
SEARCH_PHRASE_CACHE_ENTRIES = env_int("SEARCH_PHRASE_CACHE_ENTRIES", 3_000_000)
# Entries of the commonest terms' phrase lists each process reads ahead after every index change,
# in the background (search/backends/warming.py); at most half the cache above. 0: none.
SEARCH_WARM_PHRASE_ENTRIES = env_int("SEARCH_WARM_PHRASE_ENTRIES", 1_000_000)
SEARCH_CONNECTION_POOL = env_bool("SEARCH_CONNECTION_POOL", True)

# Logs (cms/core/logs.py): every line to standard error with the request id, personal data cut out;
# one JSON object a line where LOG_FORMAT is "json" (production's default), readable text elsewhere.
LOG_LEVELS = {
    "django.db.backends": "WARNING",
    # Every task run and every publish would otherwise be a line; the worker's own log says it.
    "django_tasks": env_str("TASKS_LOG_LEVEL", "WARNING"),
    "wagtail": env_str("WAGTAIL_LOG_LEVEL", "WARNING"),
}
LOG_FORMAT = env_str("LOG_FORMAT", "text")
LOGGING = logging_config(json=LOG_FORMAT == "json", level=env_str("LOG_LEVEL", "INFO"), levels=LOG_LEVELS)

# The EHİS sign-on, the data exchange and the e-cabinet (cms/accounts; cms/settings/sign_on.py).
EHIS_SSO = sign_on_from_environment()
EHIS_EXCHANGE = exchange_from_environment()
# The development identity provider under /dev-idp/: on in dev and test; production refuses it.
DEV_IDP_ENABLED = env_bool("DEV_IDP_ENABLED", False)
# The development provider's test identities: a JSON file; empty means the one beside its code.
DEV_IDP_IDENTITIES = env_str("DEV_IDP_IDENTITIES", "")
APPLICANT_IDLE_TIMEOUT_SECONDS = env_int("APPLICANT_IDLE_TIMEOUT_SECONDS", 15 * 60)
STAFF_TWO_FACTOR_REQUIRED = env_bool("STAFF_TWO_FACTOR_REQUIRED", True)
OTP_TOTP_ISSUER = "Invest in Azerbaijan"
# How many reverse proxies (nginx) put the client's address into X-Forwarded-For; 0: none.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Staff sign-in lockout (django-axes; cms/accounts/staff_sign_in.py). After
# STAFF_LOCKOUT_FAILURES wrong passwords for one username from one address, that username is
# refused from that address, right password or not, until STAFF_LOCKOUT_MINUTES have passed
# since the last try: every further try starts the wait again. The pair, not the username alone,
# so that someone guessing from elsewhere cannot lock a member of staff out of their own office.
# An administrator lifts a lockout at once with `manage.py axes_reset_username USERNAME`. The
# client's address is the one the audit log writes (TRUSTED_PROXY_COUNT), never a second reading.
STAFF_LOCKOUT_FAILURES = env_int("STAFF_LOCKOUT_FAILURES", 5)
STAFF_LOCKOUT_MINUTES = env_int("STAFF_LOCKOUT_MINUTES", 30)
AXES_FAILURE_LIMIT = STAFF_LOCKOUT_FAILURES
AXES_COOLOFF_TIME = timedelta(minutes=STAFF_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.core.audit.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.accounts.staff_sign_in.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# The audit log says who tried from where; axes' own log lines mask the username and the address
# (its AXES_SENSITIVE_PARAMETERS) and say nothing at start-up.
AXES_VERBOSE = False
# Staff set up their second factor only through an invitation an administrator issues
# (cms/accounts/invitations.py); the link works once, for this long.
STAFF_DEVICE_INVITATION_HOURS = env_int("STAFF_DEVICE_INVITATION_HOURS", 72)
# The security log (cms/core/security.py): this many events of one kind within the window send one
# e-mail alert to the security contacts (a comma-separated list); 0 or no contacts: no alerts.
SECURITY_ALERT_THRESHOLD = env_int("SECURITY_ALERT_THRESHOLD", 20)
SECURITY_ALERT_WINDOW_SECONDS = env_int("SECURITY_ALERT_WINDOW_SECONDS", 600)
SECURITY_ALERT_RECIPIENTS = env_list("SECURITY_ALERT_RECIPIENTS", [])
# /health/ready answers 503 when the oldest due background task has waited longer than this, or
# when less than this much room is left for uploaded and private files.
HEALTH_MAX_TASK_LAG_SECONDS = env_int("HEALTH_MAX_TASK_LAG_SECONDS", 300)
HEALTH_MIN_FREE_BYTES = env_int("HEALTH_MIN_FREE_BYTES", 1024 * 1024 * 1024)
# Backups (manage.py backup / restore, cms/core/backup.py); BACKUP_ENCRYPTION_KEY, a Fernet key, is
# read from the environment at the time of the backup and never kept in settings.
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(VAR_DIR / "backups")))
BACKUP_KEEP = env_int("BACKUP_KEEP", 14)
# Security headers (cms/core/headers.py): the same values nginx sends for the files it serves
# itself (deploy/nginx.conf). The path chooses the Content-Security-Policy (public, admin, API
# reader); this one is the public site's.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": security_headers.PUBLIC_DIRECTIVES}
PERMISSIONS_POLICY = security_headers.PERMISSIONS_POLICY
SECURE_REFERRER_POLICY = security_headers.REFERRER_POLICY
SECURE_CROSS_ORIGIN_OPENER_POLICY = security_headers.CROSS_ORIGIN_OPENER_POLICY
X_FRAME_OPTIONS = "DENY"

# Appeals (cms/appeals): attachments live outside the web root and are served only through the
# e-cabinet and the admin, after the access check.
APPEALS_PRIVATE_ROOT = Path(env_str("APPEALS_PRIVATE_ROOT", str(VAR_DIR / "private" / "appeals")))
APPEALS_MAX_ATTACHMENTS = env_int("APPEALS_MAX_ATTACHMENTS", 5)
APPEALS_MAX_ATTACHMENT_BYTES = env_int("APPEALS_MAX_ATTACHMENT_BYTES", 10 * 1024 * 1024)
# "Due soon": due within this many working days (inbox, alerts).
APPEALS_DUE_SOON_WORKING_DAYS = env_int("APPEALS_DUE_SOON_WORKING_DAYS", 3)
# The public enquiry form: the fewest seconds a person takes to fill it in (its rate limit is
# RATE_LIMITS["enquiry"]).
APPEALS_ENQUIRY_MIN_SECONDS = env_int("APPEALS_ENQUIRY_MIN_SECONDS", 3)
