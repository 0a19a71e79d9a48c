"""Control characters at the input boundary: NUL is refused, the others are dropped.

PostgreSQL cannot store NUL in text (the query fails), lone surrogates (from JSON escapes such as
"\\ud800") cannot be encoded to UTF-8, and the other control characters are never meant in news
text. Every way in (forms, uploads, query strings, the ingest command) goes through here.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

NUL = "\x00"
NUL_MESSAGE = "contains a NUL character (\\x00), which text never holds; remove it and try again."
# C0 controls but tab, newline and carriage return; DEL; C1 controls; lone surrogates.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Vertical tab, form feed and NEL separate lines: they become newlines rather than vanish.
LINE_BREAKS = re.compile("[\x0b\x0c\x85]")

HTTP_SCHEMES = ("http", "https")
MAX_URL_LENGTH = 2000


def has_nul(text: str) -> bool:
    return NUL in text


def strip_controls(text: str) -> str:
    """The text without control characters (line-like ones become newlines)."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub("", LINE_BREAKS.sub("\n", text))


def is_http_url(url: str | None) -> bool:
    """True for an absolute http:// or https:// address with a host, nothing else."""
    if not url or len(url) > MAX_URL_LENGTH or CONTROL.search(url) or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in HTTP_SCHEMES and bool(parts.netloc)
