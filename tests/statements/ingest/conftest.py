"""A real HTTP server on loopback for fetch tests, and the seed article."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGE = b"""<!doctype html><html><head><title>Ministry rejects report</title>
<meta property="og:site_name" content="Example Wire"></head><body>
<nav>Home | World | Sports</nav><article><h1>Ministry rejects report</h1>
<p>The Daily Courier reported on Monday, citing two officials, that the government of Veloria
had sold grain to a sanctioned buyer in March.</p>
<p>The Velorian foreign ministry on Tuesday denied the report. "These claims are false," ministry
spokeswoman Lena Ortiz told reporters in the capital.</p>
<p>The newspaper said it stood by its reporting.</p></article></body></html>"""


# Pages that will never become articles, however often they are fetched.
HOSTILE = {
    "/svg": (
        "text/html",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>x</text></svg>',
    ),
    "/script": ("text/html", b"<script>alert(document.cookie)</script>"),
    "/unknown-charset": ("text/html; charset=x-klingon", b"<p>Caf\xe9 \xff\xfe stories</p>"),
}

SEEN_USER_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        SEEN_USER_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        elif self.path == "/pdf":
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.end_headers()
            self.wfile.write(b"%PDF-1.4")
        elif self.path == "/huge":
            # 50 MB announced by no header: the cap must stop reading mid-stream.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * (1024 * 1024 - 3)
            try:
                for _ in range(50):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/slow":
            # Each chunk arrives well within the read timeout; the whole page never does.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>drip</p>")
                    self.wfile.flush()
                    time.sleep(0.05)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path in HOSTILE:
            content_type, body = HOSTILE[self.path]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/down":
            self.send_response(503)
            self.end_headers()
        elif self.path.startswith("/redirect-to-"):
            self.send_response(302)
            self.send_header("Location", "http://" + self.path.removeprefix("/redirect-to-") + "/")
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()


@pytest.fixture
def web_server():
    """A real server on 127.0.0.1; tests reach it as a 'public' host (see public_loopback)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


@pytest.fixture
def public_loopback(monkeypatch):
    """Pretend `news.example` is a public host living at 127.0.0.1, and only that address.

    The address policy stays real for every other address, so redirects to private addresses
    and other hosts are still refused.
    """
    import socket

    from statements import fetch

    real_getaddrinfo = socket.getaddrinfo
    real_is_public = fetch.is_public_address

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "news.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        if host == "intranet.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(fetch, "is_public_address", lambda a: a == "127.0.0.1" or real_is_public(a))
