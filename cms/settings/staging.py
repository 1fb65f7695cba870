"""Staging: the production settings, on a copy of the system that must never pass for the real one.

Everything production requires is required here too (a database, a strong secret key, the https
sign-on): a release is tried on staging exactly as it will run. What differs is listed here and
carried out by cms/core/deployment.py: a banner on every page, in the admin and the e-cabinet;
no indexing by search engines; e-mail only to the addresses on an allow-list.
"""

from .environment import env_list, env_str
from .production import *  # noqa: F403

DEPLOYMENT_ENVIRONMENT = "staging"

# Outermost but one: the X-Robots-Tag goes on every response, the files of the build included.
MIDDLEWARE = [MIDDLEWARE[0], "cms.core.deployment.NoIndexMiddleware", *MIDDLEWARE[1:]]  # noqa: F405

# Mail: only to these addresses, or to anyone at these domains ("@azpromo.az"); any other
# recipient is replaced by the catch-all address, or left out when there is none.
EMAIL_BACKEND = "cms.core.deployment.AllowListEmailBackend"
STAGING_EMAIL_ALLOWED = env_list("STAGING_EMAIL_ALLOWED", [])
STAGING_EMAIL_CATCH_ALL = env_str("STAGING_EMAIL_CATCH_ALL", "")
