"""Turn what an editor gives us (HTML or text bytes) into article text and metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

from statements.textinput import NUL_MESSAGE, has_nul, strip_controls


class ExtractError(Exception):
    """The input holds no usable article text; the message is for the editor."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str = ""
    outlet: str = ""
    published: dt.date | None = None


def decode_text(data: bytes, *, encoding: str | None = None) -> str:
    """Decode strictly: invalid bytes are refused rather than silently replaced.

    A NUL byte means binary data and is refused; other control characters are dropped.
    """
    for candidate in (encoding, "utf-8"):
        if not candidate:
            continue
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if has_nul(text):
            raise ExtractError(f"The file {NUL_MESSAGE} It looks like binary data, not text.")
        return strip_controls(text)
    raise ExtractError("The file is not valid UTF-8 text; save it as UTF-8 and try again.")


def _date(value: object) -> dt.date | None:
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def extract_html(html: str, *, url: str | None = None) -> Extracted:
    """Main text, title, date and site name of an HTML page (trafilatura)."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None:
        raise ExtractError("No article text could be found in this page.")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise ExtractError("No article text could be found in this page.")
    return Extracted(
        text=text,
        title=(data.get("title") or "").strip(),
        outlet=(data.get("sitename") or "").strip(),
        published=_date(data.get("date")),
    )


def extract(
    data: bytes | str, *, content_type: str, encoding: str | None = None, url: str | None = None
) -> Extracted:
    """HTML pages go through trafilatura; plain text is kept as it is."""
    text = data if isinstance(data, str) else decode_text(data, encoding=encoding)
    if "\x00" in text:
        raise ExtractError("The file holds binary data, not text.")
    if content_type in {"text/html", "application/xhtml+xml"} or text.lstrip()[:1] == "<":
        return extract_html(text, url=url)
    if not text.strip():
        raise ExtractError("The text is empty.")
    return Extracted(text=text)
