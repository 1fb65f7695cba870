"""Hostile parameters against the Wagtail API of a running portal: no answer may be a server error.

    .venv/bin/python bench/fuzz/wagtail_api.py --base-url http://127.0.0.1:8104 [--requests 2400] [--seed 10]

Sends --requests GET requests (loopback only; one at a time) to the Wagtail API endpoints in the
three languages — pages/, pages/find/, pages/<id>/, images/, documents/, tax-rates/, legal-acts/,
sectors/, regions/ — each with one to three parameters (type, fields, order, offset, limit, search,
search_operator, locale, child_of, descendant_of, ancestor_of, id, html_path, translation_of, site)
drawn from a list of hostile values: huge and negative numbers, NUL and other control characters,
unicode, quotes, SQL and regular-expression metacharacters, very long strings. Values are sent
percent-encoded as a client would, and a share raw (unencoded bytes the server must cope with).

Prints the number of requests, a histogram of statuses, the server errors with their first
examples, and the duration; exits 1 if any answer is 5xx or the connection failed.
"""

from __future__ import annotations

import argparse
import http.client
import random
import sys
import time
from collections import Counter
from urllib.parse import quote, urlsplit

LANGUAGES = ("az", "en", "ru")
ENDPOINTS = (
    "pages/", "pages/find/", "pages/{id}/", "images/", "documents/", "tax-rates/", "legal-acts/", "sectors/",
    "regions/", "tax-rates/{id}/",
)  # fmt: skip
PARAMETERS = (
    "type", "fields", "order", "offset", "limit", "search", "search_operator", "locale", "child_of",
    "descendant_of", "ancestor_of", "id", "html_path", "translation_of", "site",
)  # fmt: skip
HUGE = (2**63, 2**64, 2**63 - 1, 10**30, 10**400)
HOSTILE = [
    *(str(n) for n in HUGE), *(f"-{n}" for n in HUGE), "-1", "0", "1", "3", "00", "+1", "1.5", "1e9", "0x10", "NaN",
    "inf", "", " ", "  ", "\t", "\x00", "a\x00b", "\x01", "\x08", "\x1b[2J", "\x7f", "\u0085", "\u2028", "\u200b",
    "\ufeff", "\ud7ff", "\U0001f600", "ə", "Ölkə", "налог", "中文", "\u202etxt.exe", '"', "'", '"tax', "tax\"", '""',
    "`", "\\", "\\\\", "%", "%%", "%00", "%2500", "*", "?", "+", "-", "_", "__", "(", ")", "[", "]", "{", "}", "|",
    "^", "$", ".*", "(a+)+$", "[^a]", "\\d+", "a|b", "' OR '1'='1", "1; DROP TABLE wagtailcore_page; --",
    "\" OR \"\"=\"", "UNION SELECT NULL--", "1' AND SLEEP(5)--", "NEAR(a b)", "a AND", "OR", "NOT", "tax*", "title:tax",
    "<script>alert(1)</script>", "{{7*7}}", "${7*7}", "../../etc/passwd", "/", "//", "/en/", "/az/about/", "?a=b",
    "#x", "&", "=", ";", ",", ",,,", "*,-title", "-title", "title,-title", "_,id", "id(", "title(x)", "random",
    "-random", "id,random", "wagtailcore.Page", "guide.GuidePage", "a.b.c", ".", "en", "az", "ru", "de", "EN",
    "root", "true", "false", "null", "None", "and", "or", "xor",
    "x" * 1000, "ə" * 2000, "9" * 5000, "%" * 300, "(" * 500, "a " * 1500,
]  # fmt: skip


def hostile_value(rng: random.Random) -> str:
    value = rng.choice(HOSTILE)
    if rng.random() < 0.15:  # a second value glued on: "tax\x00'", "-1%00" and the like
        value += rng.choice(HOSTILE[:120])
    return value


def build_path(rng: random.Random, page_ids: list[int]) -> str:
    endpoint = rng.choice(ENDPOINTS)
    if "{id}" in endpoint:
        pk = rng.choice([*page_ids, 0, 999999, 2**63, 2**70])
        endpoint = endpoint.format(id=pk)
    path = f"/{rng.choice(LANGUAGES)}/api/v2/{endpoint}"
    names = rng.sample(PARAMETERS, rng.randint(1, 3))
    raw = rng.random() < 0.1
    pairs = []
    for name in names:
        value = hostile_value(rng)
        if raw:
            # Unencoded, as a careless or hostile client sends it; only what HTTP can carry at all.
            encoded = "".join(c if 0x21 <= ord(c) < 0x7F and c not in "#&" else quote(c, safe="") for c in value)
        else:
            encoded = quote(value, safe="")
        pairs.append(f"{name}={encoded}")
    return f"{path}?{'&'.join(pairs)}"


def page_ids(connection: http.client.HTTPConnection) -> list[int]:
    import json

    connection.request("GET", "/en/api/v2/pages/?limit=20")
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"the pages listing answered {response.status}: is the demo running?")
    return [item["id"] for item in json.loads(body)["items"]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8104")
    parser.add_argument("--requests", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    parts = urlsplit(args.base_url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("loopback only: give a base URL on 127.0.0.1 or localhost")

    rng = random.Random(args.seed)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=args.timeout)
    ids = page_ids(connection)
    statuses: Counter[int] = Counter()
    errors: list[tuple[int, str]] = []
    started = time.monotonic()
    for _ in range(args.requests):
        path = build_path(rng, ids)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            status = 0
            errors.append((0, f"{path}  ({exc.__class__.__name__}: {exc})"))
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=args.timeout)
        statuses[status] += 1
        if status >= 500:
            errors.append((status, path))
    duration = time.monotonic() - started

    server_errors = sum(count for status, count in statuses.items() if status >= 500 or status == 0)
    print(f"requests:      {args.requests}  (seed {args.seed})")
    print(f"statuses:      {', '.join(f'{status}: {count}' for status, count in sorted(statuses.items()))}")
    print(f"server errors: {server_errors}")
    print(f"duration:      {duration:.1f} s ({args.requests / duration:.0f} requests/s)")
    for status, path in errors[:20]:
        print(f"  {status} {path[:300]}")
    return 1 if server_errors else 0


if __name__ == "__main__":
    sys.exit(main())
