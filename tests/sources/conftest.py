"""A real feed server on 127.0.0.1 whose feeds and pages the tests change between polls."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

ARTICLE = """<!doctype html><html><head><title>{title}</title>
<meta property="og:site_name" content="Example Wire"></head><body>
<nav>Home | World | Sports</nav><article><h1>{title}</h1>
<p>The Daily Courier reported on Monday, citing two officials, that the government of Veloria
had sold grain to a sanctioned buyer in {month}.</p>
<p>The Velorian foreign ministry on Tuesday denied the report. "These claims are false," ministry
spokeswoman Lena Ortiz told reporters in the capital.</p>
<p>The newspaper said it stood by its reporting.</p></article></body></html>"""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]


def article_page(n: int) -> bytes:
    """A news page whose text differs for each n (a distinct content hash)."""
    return ARTICLE.format(
        title=f"Ministry rejects report {n}", month=MONTHS[n % 8] + f" {n}"
    ).encode()


def rss(
    base: str, items: list[tuple[str, str]], *, date: str = "Thu, 12 Mar 2026 10:00:00 GMT"
) -> bytes:
    """An RSS 2.0 document of (path, title) items on `base`."""
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<pubDate>{date}</pubDate></item>"
        for path, title in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Example Wire</title><link>{base}/</link><description>News</description>"
        f"{entries}</channel></rss>"
    ).encode()


@dataclass
class Route:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    etag: str = ""
    last_modified: str = ""
    delay: float = 0.0  # seconds spent before answering (a slow feed)


@dataclass
class FeedServer:
    port: int
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: dict[str, int] = field(default_factory=dict)
    most_at_once: dict[str, int] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes, **kwargs: Any) -> None:
        self.routes[path] = Route(body, **kwargs)

    def hits(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [headers for p, headers in self.requests if p == path]


def handler_for(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            with server.lock:
                server.requests.append((self.path, dict(self.headers)))
                server.in_flight[self.path] = server.in_flight.get(self.path, 0) + 1
                server.most_at_once[self.path] = max(
                    server.most_at_once.get(self.path, 0), server.in_flight[self.path]
                )
            try:
                self.answer()
            finally:
                with server.lock:
                    server.in_flight[self.path] -= 1

        def answer(self) -> None:
            route = server.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            unchanged = (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
            )
            if unchanged:
                self.send_response(304)
                self.end_headers()
                return
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

    return Handler


@pytest.fixture
def feed_server(settings):
    """The server, allowed through the fetch's address checks by the setting made for it."""
    state = FeedServer(port=0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(state))
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    settings.FETCH_ALLOW_HOSTS = [f"127.0.0.1:{state.port}"]
    settings.SOURCES_HOST_DELAY_SECONDS = 0
    yield state
    httpd.shutdown()
    httpd.server_close()


def http_date(moment: Any) -> str:
    return format_datetime(moment, usegmt=True)
