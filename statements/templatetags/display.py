"""Small display filters for the analysts' pages: review markers, quotes, who-says-what words."""

from __future__ import annotations

import json
from functools import cache

from django import template

from statements.parsing.lexicon import HERE as LEXICON
from statements.querysets import position_words as _position_words

register = template.Library()

# Quotation marks a stored quote may already carry at both ends (the page adds its own).
_OPENING = "\"'“‘«„"
_CLOSING = "\"'”’»“"
REVIEW_LABELS = {"accepted": "Accepted", "proposed": "Unreviewed", "rejected": "Rejected"}


@register.filter
def unquoted(text: str) -> str:
    """The text without the quotation marks around it, so a page's own marks are not doubled."""
    value = (text or "").strip()
    if len(value) >= 2 and value[0] in _OPENING and value[-1] in _CLOSING:
        inner = value[1:-1]
        # Only when the marks enclose the whole text, not two quotes joined by words.
        if not any(mark in inner for mark in '"“”'):
            return inner.strip()
    return value


@register.filter
def position_words(cell: str) -> str:
    """A who-says-what cell in words: "both denies and confirms", never "denies+confirms"."""
    return _position_words(cell or "")


@register.filter
def review_label(status: str) -> str:
    """The review status in an analyst's words: Accepted, Unreviewed or Rejected."""
    return REVIEW_LABELS.get(status, status)


@cache
def _country_names() -> dict[str, str]:
    """ISO code to English name, from the parser's reference list (read once, no query)."""
    countries = json.loads((LEXICON / "countries.json").read_text(encoding="utf-8"))
    return {c["code"]: c["name"] for c in countries if c.get("code")}


@register.filter
def country_name(code: str) -> str:
    """The country's name for its ISO code ("US" → "United States"); the code when unknown."""
    return _country_names().get((code or "").upper(), code or "")
