"""docker-compose: nginx in front of gunicorn with its timeouts, gunicorn not published, the
forwarded headers overwritten by the proxy and trusted only behind it."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

NGINX_CONF = ROOT / "deploy" / "nginx.conf"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def directive(name: str) -> str:
    match = re.search(rf"^\s*{name}\s+([^;]+);", NGINX_CONF.read_text(), re.MULTILINE)
    assert match, name
    return match.group(1).strip()


def seconds(value: str) -> int:
    return int(value.removesuffix("s"))


def test_gunicorn_is_not_published_and_the_proxy_is(compose):
    services = compose["services"]
    assert "ports" not in services["web"]
    assert services["web"]["expose"] == ["8000"]
    assert services["proxy"]["ports"] == ["${PROXY_PORT:-8000}:80"]
    assert [s for s, spec in services.items() if spec.get("ports")] == ["proxy"]


def test_the_proxy_serves_the_repository_nginx_config(compose):
    volumes = compose["services"]["proxy"]["volumes"]
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in volumes
    assert "server web:8000;" in NGINX_CONF.read_text()


def test_only_the_web_service_trusts_the_forwarded_headers(compose):
    services = compose["services"]
    assert services["web"]["environment"]["BEHIND_PROXY"] == "true"
    # The merge keeps the shared settings on web too.
    assert services["web"]["environment"]["DATABASE_URL"].startswith("${DATABASE_URL")
    for name in ("worker", "beat", "migrate"):
        assert "BEHIND_PROXY" not in services[name]["environment"], name


def test_the_proxy_overwrites_the_forwarded_headers_rather_than_appending():
    assert directive("proxy_set_header X-Forwarded-For") == "$remote_addr"
    assert directive("proxy_set_header X-Forwarded-Proto") == "$scheme"


def test_every_phase_of_a_request_has_a_timeout_and_gunicorn_times_out_first(compose):
    assert seconds(directive("client_header_timeout")) <= 15
    assert seconds(directive("client_body_timeout")) <= 30
    assert directive("proxy_request_buffering") == "on"
    command = compose["services"]["web"]["command"]
    gunicorn_timeout = int(command[command.index("--timeout") + 1])
    assert gunicorn_timeout < seconds(directive("proxy_read_timeout"))


def test_the_upload_limit_fits_under_the_proxy_body_limit():
    from statements.forms import MAX_UPLOAD_BYTES

    assert int(directive("client_max_body_size").removesuffix("m")) * 2**20 > MAX_UPLOAD_BYTES


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


@pytest.fixture
def nginx_in_front_of_one_gunicorn_worker(tmp_path):
    """The repository's nginx config in front of gunicorn with a single sync worker."""
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else "")
    if not nginx:
        pytest.skip("nginx is not installed")
    web_port, proxy_port = free_port(), free_port()
    conf = NGINX_CONF.read_text().replace("server web:8000;", f"server 127.0.0.1:{web_port};")
    conf = conf.replace("listen 80 default_server;", f"listen 127.0.0.1:{proxy_port};")
    (tmp_path / "site.conf").write_text(conf)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; daemon off;\n"
        "events { worker_connections 256; }\n"
        f"http {{ access_log off; include {tmp_path}/site.conf; }}\n"
    )
    env = {
        **os.environ,
        "DEBUG": "true",
        "BEHIND_PROXY": "true",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
    }
    gunicorn = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{web_port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    proxy = subprocess.Popen(
        [nginx, "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)], start_new_session=True
    )
    try:
        wait_for(f"http://127.0.0.1:{web_port}/healthz")
        wait_for(f"http://127.0.0.1:{proxy_port}/healthz")
        yield web_port, proxy_port
    finally:
        for process in (proxy, gunicorn):
            process.terminate()
            process.wait(timeout=20)


def test_slow_clients_do_not_make_the_site_unreachable_behind_the_proxy(
    nginx_in_front_of_one_gunicorn_worker,
):
    _, proxy_port = nginx_in_front_of_one_gunicorn_worker
    slow = []
    for _ in range(8):
        sock = socket.create_connection(("127.0.0.1", proxy_port))
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
        slow.append(sock)
    try:
        started = time.monotonic()
        request = urllib.request.Request(
            f"http://127.0.0.1:{proxy_port}/healthz", headers={"Host": "localhost"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.read() == b"ok"
        assert time.monotonic() - started < 2
    finally:
        for sock in slow:
            sock.close()


APP_SERVICES = ("migrate", "web", "worker", "beat")
DOCKERFILE = ROOT / "Dockerfile"


def test_compose_runs_the_expected_services(compose):
    assert set(compose["services"]) == {"db", "redis", "migrate", "web", "proxy", "worker", "beat"}
    assert set(compose["volumes"]) == {"pgdata", "redisdata", "media"}


def test_web_worker_and_beat_run_as_the_images_unprivileged_user(compose):
    for name in APP_SERVICES:
        assert compose["services"][name]["user"] == "dementi", name
    lines = [line.strip() for line in DOCKERFILE.read_text().splitlines()]
    assert any(re.match(r"RUN useradd .*--uid 1000 dementi", line) for line in lines)
    # The last USER is the one the containers start as.
    assert [line for line in lines if line.startswith("USER ")][-1] == "USER dementi"


def test_web_and_worker_share_the_media_volume_where_dossiers_are_written(compose):
    services = compose["services"]
    for name in ("web", "worker"):
        assert "media:/data/media" in services[name]["volumes"], name
        assert services[name]["environment"]["MEDIA_ROOT"] == "/data/media", name
    assert "media:/data/media" not in services["proxy"]["volumes"]


def test_the_image_gives_its_user_the_media_directory_and_keeps_the_code_read_only():
    text = DOCKERFILE.read_text()
    assert "mkdir -p /data/media" in text and "chown dementi:dementi /data/media" in text
    assert "ENV MEDIA_ROOT=/data/media" in text
    # /app is copied as root and never handed to the user.
    assert "chown dementi:dementi /app" not in text and "--chown" not in text
