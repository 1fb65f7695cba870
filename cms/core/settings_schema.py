"""The portal's own settings: each one declared here once, with its type and bounds.

cms/settings/ gives them their values (most from the environment, read by
cms/settings/environment.py); Django's and the libraries' settings are theirs to check. The code
reads these as attributes of `django.conf.settings`, never with a default of its own, and a test
keeps every name it reads declared here or by Django. `check_settings`, a system check, refuses a value of the
wrong type or out of range at `manage.py check`, `migrate` and the start of the server, naming the
setting, instead of a request failing later.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Count = Annotated[int, Field(ge=0)]
Positive = Annotated[int, Field(ge=1)]


class PortalSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, arbitrary_types_allowed=True)

    BASE_DIR: Path
    VAR_DIR: Path
    DIST_DIR: Path
    DEPLOYMENT_ENVIRONMENT: Literal["development", "staging", "production"]
    PUBLIC_BASE_URL: Annotated[str, Field(pattern=r"^https?://[^/\s]+(/\S*)?$")]
    REDIS_URL: str
    LOG_FORMAT: Literal["text", "json"]
    LOG_LEVELS: dict[str, str]
    RATE_LIMITS: dict[str, str]
    TRUSTED_PROXY_COUNT: Count

    # E-mails (cms/core/mail.py) and their outbox (cms/appeals/outbox.py).
    # A dotted path to a function: module.name.
    MAIL_OUTBOX: Annotated[str, Field(pattern=r"^\w+(\.\w+)+$")]
    OUTBOX_MAX_ATTEMPTS: Positive
    OUTBOX_LEASE_SECONDS: Positive
    APPEALS_DELIVER_ON_COMMIT: bool

    # Appeals (cms/appeals/).
    APPEALS_PRIVATE_ROOT: Path
    APPEALS_MAX_ATTACHMENTS: Count
    APPEALS_MAX_ATTACHMENT_BYTES: Positive
    APPEALS_DUE_SOON_WORKING_DAYS: Count
    APPEALS_ENQUIRY_MIN_SECONDS: Count

    # Sign-on, applicants and staff (cms/accounts/).
    EHIS_SSO: dict
    EHIS_EXCHANGE: dict
    DEV_IDP_ENABLED: bool
    DEV_IDP_IDENTITIES: str
    APPLICANT_IDLE_TIMEOUT_SECONDS: Positive
    STAFF_TWO_FACTOR_REQUIRED: bool
    STAFF_DEVICE_INVITATION_HOURS: Positive
    STAFF_LOCKOUT_FAILURES: Positive
    STAFF_LOCKOUT_MINUTES: Positive

    # Security log and alerts, health, backups (cms/core/).
    SECURITY_ALERT_THRESHOLD: Positive
    SECURITY_ALERT_WINDOW_SECONDS: Positive
    SECURITY_ALERT_RECIPIENTS: list[str]
    HEALTH_MAX_TASK_LAG_SECONDS: Positive
    HEALTH_MIN_FREE_BYTES: Count
    BACKUP_DIR: Path
    BACKUP_KEEP: Positive

    # Staging (cms/settings/staging.py).
    STAGING_EMAIL_ALLOWED: list[str]
    STAGING_EMAIL_CATCH_ALL: str

    # Search (search/).
    ELASTICSEARCH_URL: str
    # Elasticsearch index names are lower case, without spaces or separators of paths.
    SEARCH_INDEX_PREFIX: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    SEARCH_ES_TIMEOUT: Annotated[float, Field(gt=0)]
    SEARCH_ES_RETRY_SECONDS: Count
    SEARCH_ES_REPLICAS: Count
    SEARCH_QUERY_LOG: bool
    SEARCH_SYNONYMS_TTL: Count
    SEARCH_PHRASE_CACHE_ENTRIES: Count
    SEARCH_WARM_PHRASE_ENTRIES: Count
    SEARCH_CONNECTION_POOL: bool


def problems(settings) -> list[str]:
    """What is wrong with `settings` (a settings object or module), one line per setting."""
    values = {name: getattr(settings, name) for name in PortalSettings.model_fields if hasattr(settings, name)}
    try:
        PortalSettings.model_validate(values)
    except ValidationError as exc:
        return [f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()]
    return []


def check_settings(app_configs=None, **kwargs) -> list:
    from django.conf import settings
    from django.core import checks

    return [checks.Error(f"The setting {problem}", id="core.E002") for problem in problems(settings)]
