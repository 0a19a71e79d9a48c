"""Turn what an editor gives us (HTML or text bytes) into article text and metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

from statements.textinput import NUL_MESSAGE, has_nul, strip_controls

# Said of inputs that will fail the same way however often they are tried.
NOT_RETRYABLE = "Retrying will not help; add the article another way (paste its text)."


class ExtractError(Exception):
    """The input holds no usable article text; the message is for the editor."""


def decode_page(data: bytes, encoding: str | None) -> str:
    """A fetched page as text: its declared charset, else UTF-8; an unknown charset that is not
    UTF-8 either, or a NUL byte, is refused; other control characters are dropped."""
    text = None
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise ExtractError(
                    f"The page declares an unknown character set ({encoding[:40]!r}) and is not "
                    f"UTF-8 either. {NOT_RETRYABLE}"
                ) from None
        except UnicodeDecodeError:
            pass
    if text is None:
        text = data.decode("utf-8", "replace")
    if has_nul(text):
        raise ExtractError(f"The page {NUL_MESSAGE} {NOT_RETRYABLE}")
    return strip_controls(text)


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
    head = html.lstrip()[:1000].lower()
    if head.startswith("<svg") or (head.startswith("<?xml") and "<svg" in head):
        raise ExtractError(f"This is an SVG image, not an article page. {NOT_RETRYABLE}")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # the HTML parser's own failures on hostile markup
        raise ExtractError(
            f"This page could not be read as HTML ({type(exc).__name__}). {NOT_RETRYABLE}"
        ) from exc
    if doc is None:
        raise ExtractError(f"No article text could be found in this page. {NOT_RETRYABLE}")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise ExtractError(f"No article text could be found in this page. {NOT_RETRYABLE}")
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
