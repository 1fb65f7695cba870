"""The security headers of every response, in one place for Django and for nginx.

The public site is answered by nginx (the built files) and by Django (the same files in the
embedded default; search, the enquiry form, the e-cabinet, the API): a visitor must get the same
policy whichever of the two answers. The values here are what Django sends (settings read them:
CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY, SECURE_REFERRER_POLICY); deploy/nginx.conf carries
the same strings for the files it serves itself, and tests/deploy/test_nginx.py compares the two.

Three policies, chosen by path:
- the public site and the e-cabinet: nothing inline, nothing from another host;
- the Wagtail admin: its own scripts and styles are partly inline, and it frames its own previews;
- the API's reader (Swagger UI, served from the portal's static files): it sets styles inline.
"""

from __future__ import annotations

from csp.constants import HEADER, NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import DEFAULT_DIRECTIVES, build_policy

# No 'unsafe-inline' and no other host: a script or style injected into a page does not run.
# `form-action` is left out on purpose: the e-cabinet's sign-out form is answered by a redirect to
# the sign-on provider's own address (a setting), which a browser checks against form-action too.
PUBLIC_DIRECTIVES: dict[str, list[str]] = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "manifest-src": [SELF],
    "worker-src": [SELF],
    "frame-src": [NONE],
    "object-src": [NONE],
    "base-uri": [NONE],
    "frame-ancestors": [NONE],
}

# Wagtail's admin writes some of its scripts and styles into the page, shows uploaded images as
# blob: and data: addresses while they upload, and shows page previews in a frame of its own.
ADMIN_DIRECTIVES: dict[str, list[str]] = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "frame-ancestors": [SELF],
}

# Swagger UI runs from the portal's own pinned copy (django-ninja's static files); it styles its
# elements inline and draws its icons as data: images. Its scripts stay files.
API_DOCS_DIRECTIVES: dict[str, list[str]] = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [NONE],
    "object-src": [NONE],
    "base-uri": [NONE],
    "frame-ancestors": [NONE],
}

ADMIN_PREFIX = "/admin/"
API_DOCS_PATH = "/api/docs"

# Powerful browser features no page of the portal uses: denied to the page and to anything it
# might frame (an empty list is "()": allowed to no one). Only names Chromium knows: it complains
# of any other on every page (the browser journeys fail on that), "bluetooth" among them.
PERMISSIONS_POLICY: dict[str, str | list[str] | tuple[str]] = {  # the type django-permissions-policy takes
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

REFERRER_POLICY = "strict-origin-when-cross-origin"
CROSS_ORIGIN_OPENER_POLICY = "same-origin"


def directives_for(path: str) -> dict[str, list[str]]:
    """The policy's directives for a request path."""
    if path.startswith(ADMIN_PREFIX):
        return ADMIN_DIRECTIVES
    if path.rstrip("/") == API_DOCS_PATH:
        return API_DOCS_DIRECTIVES
    return PUBLIC_DIRECTIVES


def content_security_policy(path: str = "/") -> str:
    """The Content-Security-Policy header's value for a request path."""
    return in_fixed_order(build_policy(config=directives_for(path)))


def in_fixed_order(policy: str) -> str:
    """The policy's directives in a fixed order: default-src, then django-csp's order.

    django-csp joins them in the order of a set, which changes from one process to the next: two
    workers would send the same policy written in two ways, and no text could equal nginx's.
    """
    order = {name: position for position, name in enumerate(dict.fromkeys(["default-src", *DEFAULT_DIRECTIVES]))}
    directives = [directive.strip() for directive in policy.split(";") if directive.strip()]
    return "; ".join(sorted(directives, key=lambda directive: (order.get(directive.split()[0], len(order)), directive)))


def permissions_policy() -> str:
    """The Permissions-Policy header's value (the same on every path)."""
    from django_permissions_policy import PermissionsPolicyMiddleware

    return PermissionsPolicyMiddleware.compute_header_value(PERMISSIONS_POLICY, name="PERMISSIONS_POLICY")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the policy of the request's part of the site.

    A view may still set its own with django-csp's decorators; otherwise the path decides. The
    header is written with its directives in a fixed order, the order nginx sends them in.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None:
            parts.config = directives_for(request.path_info)
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if HEADER in response:
            response[HEADER] = in_fixed_order(response[HEADER])
        return response


def public_headers() -> dict[str, str]:
    """The public site's security headers, as nginx adds them to the files it serves itself.

    Django sends the same on its public pages (the middleware above, SecurityMiddleware,
    django-permissions-policy and XFrameOptionsMiddleware, from the settings that read this
    module); HSTS is added to these over https.
    """
    return {
        "Content-Security-Policy": content_security_policy("/"),
        "Permissions-Policy": permissions_policy(),
        "X-Frame-Options": "DENY",
        "Referrer-Policy": REFERRER_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Cross-Origin-Opener-Policy": CROSS_ORIGIN_OPENER_POLICY,
    }
