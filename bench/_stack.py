"""What the runs of bench/ (and the deployment test) start the same way: gunicorn, nginx with the
shipped configuration, signed-in applicants, and the e-cabinet's appeal form as a browser sends it.

Loopback only. The functions that touch the database (`signed_in_applicants`) need Django set up
by the caller, with the settings and database of its run.
"""

from __future__ import annotations

import http.cookiejar
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NGINX_MAIN = """{user}worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections {connections}; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    keepalive_requests 100000;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/default.conf;
}}
"""


def production_environment_on_a_copy(var_dir: Path, tmp: Path, root: Path) -> dict[str, str]:
    """The environment of a server with the production settings, on a copy (in `tmp`) of the demo
    database in `var_dir`, so that a run changes nothing of the database it measures."""
    source, copy = sqlite3.connect(var_dir / "db.sqlite3"), sqlite3.connect(tmp / "db.sqlite3")
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production", "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}", "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "VAR_DIR": str(tmp), "DIST_DIR": str(tmp / "dist"), "MEDIA_ROOT": str(tmp / "media"), "STATIC_ROOT": str(tmp / "static"),
        "APPEALS_PRIVATE_ROOT": str(tmp / "private"), "DEV_IDP_ENABLED": "0", "LOG_FORMAT": "text", "PYTHONPATH": str(root),
    }  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, *, headers: dict | None = None, seconds: float = 120) -> None:
    """Until `url` answers anything (the process may still be loading); fails if the process stops."""
    import requests

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise RuntimeError(f"{process.args[0]} stopped: {output}")
        try:
            requests.get(url, headers=headers or {}, timeout=30, allow_redirects=False)
            return
        except requests.RequestException:  # not listening yet, or still loading the application
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered on {url} within {seconds:.0f} s")


def start_gunicorn(
    env: dict, port: int, *, workers: int, threads: int, log: Path | None = None, root: Path = ROOT
) -> subprocess.Popen:
    """gunicorn's gthread workers on a loopback port, the application from `root` (this checkout
    unless told); returns once it answers (a health check behind the pretended TLS proxy)."""
    output = log.open("w") if log else None
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "cms.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-k",
            "gthread",
            "-w",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ],
        cwd=root,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT if output else None,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/health/live", server, headers={"X-Forwarded-Proto": "https"})
    except RuntimeError:
        server.kill()
        raise RuntimeError(
            f"gunicorn did not start{': ' + log.read_text(errors='replace')[-2000:] if log else ''}"
        ) from None
    return server


def stop(*processes: subprocess.Popen) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def nginx_config(tmp: Path, *, listen: int, upstream: int, site: Path, media: Path, connections: int = 1024) -> Path:
    """deploy/nginx.conf with only its addresses changed (the upstream, the listening port, the
    site and media folders, the access log into `tmp`), inside a minimal main file."""
    shipped = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    server = (
        shipped.replace("server web:8000;", f"server 127.0.0.1:{upstream};")
        .replace("listen 80;", f"listen 127.0.0.1:{listen};")
        .replace("root /srv/site/dist;", f"root {site};")
        .replace("alias /srv/media/", f"alias {media}/")
        .replace("access_log /var/log/nginx/access.log portal;", f"access_log {tmp}/access.log portal;")
    )
    if server.count(str(site)) != 1 or f"127.0.0.1:{upstream}" not in server or f"{tmp}/access.log" not in server:
        raise RuntimeError("deploy/nginx.conf changed shape: the address rewrites did not apply")
    (tmp / "default.conf").write_text(server, encoding="utf-8")
    # Run as root, the workers must be root too to read the build where root left it.
    user = "user root;\n" if os.geteuid() == 0 else ""
    (tmp / "nginx.conf").write_text(NGINX_MAIN.format(user=user, tmp=tmp, connections=connections), encoding="utf-8")
    return tmp / "nginx.conf"


def nginx_binary() -> str:
    import shutil

    return shutil.which("nginx") or "/usr/sbin/nginx"


def start_nginx(config: Path, tmp: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [nginx_binary(), "-c", str(config), "-p", str(tmp), "-g", "daemon off;"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def signed_in_applicants(count: int, *, prefix: str) -> list[str]:
    """`count` applicants (physical persons) with a signed-in session each; their session keys."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from cms.accounts.models import Person, ProfileKind

    # The backend the sign-on records for an applicant (cms/accounts/views.py); before 1 December
    # it recorded ModelBackend (a checkout of then, run by a bench's --root).
    backend = next(
        path
        for path in ("cms.accounts.backends.ApplicantBackend", "django.contrib.auth.backends.ModelBackend")
        if path in settings.AUTHENTICATION_BACKENDS
    )
    keys = []
    for index in range(count):
        tag = uuid.uuid4().hex[:6].upper()
        user = get_user_model().objects.create_user(username=f"{prefix}-{tag}-{index}", password=None)
        Person.objects.create(
            user=user, fin=f"{prefix[:1].upper()}{tag}", kind=ProfileKind.PHYSICAL_PERSON, last_name="Həsənov",
            first_name="Elçin", contact_email=f"{prefix}{index}@example.az",
        )  # fmt: skip
        client = Client()
        client.force_login(user, backend=backend)
        keys.append(client.cookies[settings.SESSION_COOKIE_NAME].value)
    return keys


class AppealForm:
    """One signed-in applicant's e-cabinet form for a new appeal, sent as a browser sends it.

    With `origin` (e.g. "https://127.0.0.1"), as behind the TLS balancer: `X-Forwarded-Proto:
    https`, that Origin, and the cookies sent by hand, since the production cookies are Secure and
    the loopback is plain http.
    """

    def __init__(self, base: str, session_key: str, *, origin: str | None = None):
        import requests
        from django.conf import settings

        self.base = base
        self.session = requests.Session()
        session_cookie = f"{settings.SESSION_COOKIE_NAME}={session_key}"
        if origin is None:
            self.headers: dict[str, str] = {}
            self.session.cookies.set(settings.SESSION_COOKIE_NAME, session_key)
            self.session.get(f"{base}/az/cabinet/appeals/new/?form={uuid.uuid4().hex}", timeout=30)
        else:
            self.session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
            self.headers = {"X-Forwarded-Proto": "https"}
            page = self.session.get(
                f"{base}/az/cabinet/appeals/new/?form={uuid.uuid4().hex}",
                headers={**self.headers, "Cookie": session_cookie},
                timeout=30,
            )
            self.headers.update(
                {
                    "Origin": origin,
                    "Cookie": f"{session_cookie}; {settings.CSRF_COOKIE_NAME}={page.cookies[settings.CSRF_COOKIE_NAME]}",
                }
            )
        self.token = (
            self.session.cookies.get(settings.CSRF_COOKIE_NAME)
            if origin is None
            else page.cookies[settings.CSRF_COOKIE_NAME]
        )
        if not self.token:
            raise RuntimeError("the form's page set no CSRF cookie")

    def send(
        self,
        *,
        category: int,
        subject: str,
        text: str,
        key: str | None = None,
        pdf: bytes | None = None,
        timeout: float = 30,
    ):
        """Posts the form ("Send"); with `key`, the same form again finds the appeal it filed."""
        data = {
            "csrfmiddlewaretoken": self.token, "body": "MIN", "kind": "application", "category": category,
            "subject": subject, "text": text, "answer_language": "az", "contact_email": "bench@example.az",
            "consent": "on", "action": "submit",
        }  # fmt: skip
        if key:
            data["submission_key"] = key
        files = {"files": ("müqavilə.pdf", pdf, "application/pdf")} if pdf else None
        return self.session.post(
            f"{self.base}/az/cabinet/appeals/new/",
            data=data,
            files=files,
            headers=self.headers,
            allow_redirects=False,
            timeout=timeout,
        )
