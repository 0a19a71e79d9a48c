"""Reading feeds politely: robots.txt, one request per host at a time, conditional GET.

Everything goes through the SSRF-safe `statements.fetch.fetch_url`; nothing here opens a socket.
"""

from __future__ import annotations

import datetime as dt
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from sources.models import Host
from statements.fetch import Fetched, FetchError, check_url, fetch_url

FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_FOR = dt.timedelta(hours=24)
# robots.txt that could not be read (server error, network): nothing is fetched from the host
# until it is tried again after this long (RFC 9309: unreachable means disallow).
ROBOTS_RETRY = dt.timedelta(hours=1)
# Query parameters that track readers and never change the page: dropped from canonical URLs.
TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")
# Longer entry links are treated as missing (the article's source_url holds 2,000 characters).
MAX_URL = 1900
# Entries read from one feed answer at most; a feed of 10,000 items is read 200 at a time.
MAX_ENTRIES = 200


class PollRefused(Exception):
    """The feed cannot be read now or ever; the message says why in plain words."""

    def __init__(self, message: str, *, state: str = "failed") -> None:
        super().__init__(message)
        self.state = state


class HostBusy(Exception):
    """The host's next polite slot is too far away to wait for; try again at `at`."""

    def __init__(self, at: dt.datetime) -> None:
        super().__init__(f"host busy until {at:%H:%M:%S}")
        self.at = at


def canonical_url(url: str) -> str:
    """The same page under one address: lower-case host, no default port, fragment or trackers."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(scheme)
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, default) else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def host_key(url: str) -> str:
    _, host, port = check_url(url)
    return f"{host.lower()}:{port}"


# ----------------------------------------------------------------------------------- politeness
def wait_for_host(url: str) -> None:
    """Take the host's next request slot and sleep until it; HostBusy if it is too far off.

    The slot is reserved under a row lock (`select_for_update`), so workers polling sources of
    the same host queue up one `SOURCES_HOST_DELAY_SECONDS` apart instead of hitting it at once.
    """
    delay = dt.timedelta(seconds=settings.SOURCES_HOST_DELAY_SECONDS)
    key = host_key(url)
    Host.objects.get_or_create(name=key)
    with transaction.atomic():
        host = Host.objects.select_for_update().get(name=key)
        now = timezone.now()
        slot = max(now, host.next_request_at or now)
        if (slot - now).total_seconds() > settings.SOURCES_MAX_HOST_WAIT_SECONDS:
            raise HostBusy(slot)
        host.next_request_at = slot + delay
        host.save(update_fields=["next_request_at"])
    pause = (slot - timezone.now()).total_seconds()
    if pause > 0:
        time.sleep(pause)


# ----------------------------------------------------------------------------------- robots.txt
def robots_allow(url: str) -> bool:
    """Whether the host's robots.txt lets our user agent fetch `url` (cached a day per host)."""
    key = host_key(url)
    host, _ = Host.objects.get_or_create(name=key)
    now = timezone.now()
    fresh_for = ROBOTS_RETRY if host.robots_state == "deny" else ROBOTS_FOR
    if host.robots_fetched_at is None or host.robots_fetched_at < now - fresh_for:
        host.robots_txt, host.robots_state = _read_robots(url)
        host.robots_fetched_at = now
        host.save(update_fields=["robots_txt", "robots_state", "robots_fetched_at"])
    if host.robots_state == "deny":
        return False
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(host.robots_txt.splitlines())
    return parser.can_fetch(settings.FETCH_USER_AGENT, url)


def _read_robots(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    try:
        page = fetch_url(
            urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", "")),
            max_bytes=ROBOTS_MAX_BYTES,
            content_types=None,
            accept="text/plain",
        )
    except FetchError as exc:
        if exc.status is not None and 400 <= exc.status < 500:
            return "", ""  # no robots.txt: everything is allowed
        if exc.transient or exc.status is not None:
            return "", "deny"
        raise PollRefused(str(exc)) from exc
    return page.body.decode(page.encoding or "utf-8", "replace"), ""


# ----------------------------------------------------------------------------------- feeds
@dataclass(frozen=True)
class Entry:
    guid: str
    url: str
    title: str
    published: dt.date | None
    note: str = ""


@dataclass
class FeedAnswer:
    not_modified: bool = False
    title: str = ""
    etag: str = ""
    last_modified: str = ""
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def fetch_feed(url: str, *, etag: str = "", last_modified: str = "") -> FeedAnswer:
    """GET the feed (conditionally) and read its entries; PollRefused says why it could not."""
    conditional = {}
    if etag:
        conditional["If-None-Match"] = etag
    if last_modified:
        conditional["If-Modified-Since"] = last_modified
    try:
        page = fetch_url(
            url,
            max_bytes=settings.SOURCES_MAX_FEED_BYTES,
            content_types=None,
            accept=FEED_TYPES,
            conditional=conditional,
        )
    except FetchError as exc:
        message = str(exc).replace("the page is larger", "the feed is larger")
        raise PollRefused(message, state="unreachable" if exc.transient else "failed") from exc
    if page.status == 304:
        return FeedAnswer(not_modified=True, etag=etag, last_modified=last_modified)
    return parse_feed(page)


def parse_feed(page: Fetched) -> FeedAnswer:
    """The entries of an RSS or Atom document; a clear refusal for anything else."""
    parsed: Any = feedparser.parse(page.body, response_headers={"content-type": page.content_type})
    if not parsed.get("version"):
        head = page.body[:2048].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            raise PollRefused(
                "The address answered with an HTML page, not a feed (an error page, or the "
                "site's home page?). Check the feed's address.",
                state="not_a_feed",
            )
        raise PollRefused(
            "The answer is not an RSS or Atom feed (it could not be read as feed XML). Check the "
            "feed's address.",
            state="not_a_feed",
        )
    answer = FeedAnswer(
        title=strip_tags(parsed.feed.get("title", ""))[:200].strip(),
        etag=page.headers.get("etag", "")[:500],
        last_modified=page.headers.get("last-modified", "")[:100],
    )
    if parsed.get("bozo"):
        answer.warnings.append("The feed is not well-formed XML; its readable entries were used.")
    without_link = 0
    for item in parsed.entries[:MAX_ENTRIES]:
        entry = _entry(item, page.url)
        if entry is None:
            without_link += 1
        else:
            answer.entries.append(entry)
    if without_link:
        answer.warnings.append(f"{without_link} entries without a link were skipped.")
    return answer


def _entry(item: Any, base: str) -> Entry | None:
    link = str(item.get("link") or "").strip()
    if not link or len(link) > MAX_URL:
        return None
    try:
        check_url(link)
    except FetchError:
        return None
    guid = str(item.get("id") or link).strip()[:2000]
    title = " ".join(strip_tags(str(item.get("title") or "")).split())[:500]
    published, note = _day(item)
    return Entry(guid=guid, url=canonical_url(link), title=title, published=published, note=note)


def _day(item: Any) -> tuple[dt.date | None, str]:
    parsed = item.get("published_parsed") or item.get("updated_parsed")
    if not parsed:
        return None, ""
    try:
        year, month, day, hour, minute, second = parsed[:6]
        moment = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None, "The entry's date could not be read."
    today = timezone.now()
    if moment > today + dt.timedelta(days=1):
        return today.date(), (
            f"The feed dates this entry in the future ({moment:%Y-%m-%d}); the day it was read "
            "is used instead."
        )
    return moment.date(), ""
