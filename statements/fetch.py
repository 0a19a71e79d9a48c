"""Fetch an article URL without letting an editor make the server read internal services.

Every host name is resolved here and every address checked before connecting; the connection goes
to the checked address (so a second DNS answer cannot swap it: no DNS rebinding), TLS still
verifies the certificate for the host name, and each redirect hop is checked again.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

ALLOWED_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
MAX_REDIRECTS = 5
# Response headers kept for the caller (conditional GET of feeds).
KEPT_HEADERS = ("etag", "last-modified")


class FetchError(Exception):
    """A refusal or failure to show the editor; `transient` ones are worth retrying."""

    def __init__(self, message: str, *, transient: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    body: bytes
    encoding: str | None
    # 304 when a conditional request found the resource unchanged (body empty).
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


# NAT64's well-known prefix: the last 32 bits are the IPv4 address a NAT64 gateway reaches.
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses.

    An IPv6 address that carries an IPv4 one (IPv4-mapped, 6to4 `2002::/16`, NAT64 `64:ff9b::/96`,
    Teredo's client) is judged by that IPv4 address too: `2002:7f00:1::` reaches 127.0.0.1
    through a 6to4 relay.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    embedded: list[ipaddress.IPv4Address] = []
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        else:
            if ip.sixtofour is not None:
                embedded.append(ip.sixtofour)
            if ip.teredo is not None:
                embedded.append(ip.teredo[1])
            if ip in NAT64:
                embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return all(_global_unicast(a) for a in [ip, *embedded])


def _global_unicast(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback)


def is_allowed_host(host: str, port: int) -> bool:
    """True for a `host:port` an operator listed in DEMENTI_FETCH_ALLOW_HOSTS (intranet feeds)."""
    allowed = getattr(settings, "FETCH_ALLOW_HOSTS", ())
    literal = f"[{host}]" if ":" in host else host
    return f"{literal}:{port}".lower() in {a.lower() for a in allowed}


def resolve_public(host: str, port: int) -> str:
    """The first address of `host`, refusing the host if ANY of its addresses is not public.

    A `host:port` listed in settings.FETCH_ALLOW_HOSTS is allowed whatever its addresses.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:  # the resolver could not answer now
            raise FetchError(
                f"Could not look up the host name {host!r} right now (DNS did not answer).",
                transient=True,
            ) from exc
        raise FetchError(
            f"The host name {host!r} does not exist (DNS lookup failed); check the address."
        ) from exc
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"The host name {host!r} has no address.")
    if is_allowed_host(host, port):
        return addresses[0]
    for address in addresses:
        if not is_public_address(address):
            raise FetchError(
                f"Refused: {host!r} points to a non-public address ({address}). "
                "Only public web addresses can be fetched."
            )
    return addresses[0]


def check_url(url: str) -> tuple[str, str, int]:
    """Validate scheme and host; return (scheme, host, port)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError("Only http:// and https:// addresses can be fetched.")
    if not parts.hostname:
        raise FetchError("The address has no host name.")
    if parts.username or parts.password:
        raise FetchError("Addresses with a user name or password are refused.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError("The address has an invalid port.") from exc
    return parts.scheme, parts.hostname, port


def _pinned_request(
    client: httpx.Client, url: str, extra_headers: dict[str, str] | None = None
) -> httpx.Response:
    scheme, host, port = check_url(url)
    address = resolve_public(host, port)
    literal = f"[{address}]" if ":" in address else address
    parts = urlsplit(url)
    pinned = parts._replace(netloc=f"{literal}:{port}").geturl()
    host_header = host if parts.port is None else f"{host}:{port}"
    request = client.build_request(
        "GET",
        pinned,
        headers={"Host": host_header, **(extra_headers or {})},
        extensions={"sni_hostname": host} if scheme == "https" else {},
    )
    return client.send(request, stream=True)


def fetch_url(
    url: str,
    *,
    max_bytes: int | None = None,
    content_types: tuple[str, ...] | None = ALLOWED_CONTENT_TYPES,
    accept: str = "text/html, text/plain;q=0.8",
    conditional: dict[str, str] | None = None,
) -> Fetched:
    """GET `url` (following checked redirects) within the size cap and content-type allow-list.

    `content_types=None` accepts any type; `conditional` (If-None-Match, If-Modified-Since) makes
    an unchanged resource come back as a `Fetched` with status 304 and no body.
    """
    max_bytes = max_bytes or settings.FETCH_MAX_BYTES
    timeout = httpx.Timeout(settings.FETCH_TIMEOUT_SECONDS, connect=5.0)
    headers = {"User-Agent": settings.FETCH_USER_AGENT, "Accept": accept}
    # Per-operation timeouts do not stop a server that drips one byte at a time: cap the total.
    deadline = time.monotonic() + 2 * settings.FETCH_TIMEOUT_SECONDS
    with httpx.Client(timeout=timeout, headers=headers, follow_redirects=False) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = _pinned_request(client, current, conditional)
            except httpx.TimeoutException as exc:
                raise FetchError("The site took too long to answer.", transient=True) from exc
            except httpx.ConnectError as exc:
                raise FetchError(
                    f"Could not connect to the site ({_reason(exc)}).", transient=True
                ) from exc
            except httpx.TransportError as exc:
                raise FetchError(f"Could not connect: {_reason(exc)}", transient=True) from exc
            try:
                if response.status_code == 304 and conditional:
                    return Fetched(current, "", b"", None, status=304, headers=_kept(response))
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    if not location:
                        raise FetchError("The site redirected without saying where.")
                    current = urljoin(current, location)
                    continue
                return _read(response, current, max_bytes, deadline, content_types)
            finally:
                response.close()
        raise FetchError(f"More than {MAX_REDIRECTS} redirects.")


def _reason(exc: Exception) -> str:
    """The OS's words without the errno prefix: "Connection refused"."""
    text = str(exc) or type(exc).__name__
    return text.split("] ", 1)[-1] if text.startswith("[Errno") else text


def _kept(response: httpx.Response) -> dict[str, str]:
    return {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}


def _read(
    response: httpx.Response,
    url: str,
    max_bytes: int,
    deadline: float,
    content_types: tuple[str, ...] | None = ALLOWED_CONTENT_TYPES,
) -> Fetched:
    status = response.status_code
    if status >= 500:
        raise FetchError(f"The site answered {status}.", transient=True, status=status)
    if status >= 400:
        raise FetchError(f"The site answered {status}.", status=status)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_types is not None and content_type not in content_types:
        raise FetchError(
            f"Refused: the address serves {content_type or 'an unknown type'}, not an HTML page "
            "or text."
        )
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"Refused: the page is larger than {max_bytes // (1024 * 1024)} MB.")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(
                    f"Refused: the page is larger than {max_bytes // (1024 * 1024)} MB."
                )
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchError("The site took too long to send the page.", transient=True)
    except httpx.TimeoutException as exc:
        raise FetchError("The site took too long to send the page.", transient=True) from exc
    except httpx.TransportError as exc:
        raise FetchError(f"The connection broke: {exc}", transient=True) from exc
    return Fetched(
        url=url,
        content_type=content_type,
        body=b"".join(chunks),
        encoding=response.charset_encoding,
        headers=_kept(response),
    )
