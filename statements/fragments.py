"""Rendered fragments of the analysts' pages, cached by the version of what they show.

A fragment's key holds the version of its story or actor (statements.summaries bumps it in the
transaction that changes their statements), so after a commit every reader asks for a new key
and renders it afresh: nothing has to be deleted and no reader meets a fragment of before the
change. Only what is the same for every reader of a role is cached (lanes, who says what, an
actor's record), never the frame with the reader's name, messages or CSRF token.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


def key(name: str, *parts: object) -> str:
    """The cache key of a fragment: its name and a digest of what it depends on."""
    digest = hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()
    return f"fragment:{name}:{digest}"


def prefetch(request: HttpRequest, keys: Iterable[str]) -> None:
    """Read these keys in one round trip (`get_many`); `cached` and `rendered` then find them
    on the request instead of asking the cache once each."""
    found = getattr(request, "_fragments_found", {})
    found.update(cache.get_many(list(keys)))
    request._fragments_found = found  # type: ignore[attr-defined]


def cached(request: HttpRequest | None, cache_key: str) -> Any:
    """The value under `cache_key`: from this request's prefetch when read there, else the cache."""
    found: dict[str, Any] = getattr(request, "_fragments_found", {})
    if cache_key in found:
        return found[cache_key]
    return cache.get(cache_key)


def rendered(
    name: str,
    parts: tuple[object, ...],
    template: str,
    context: Callable[[], Mapping[str, Any]],
    *,
    request: HttpRequest | None = None,
    found_in: HttpRequest | None = None,
    timeout: Any = DEFAULT_TIMEOUT,
) -> SafeString:
    """The fragment `template` for `parts`, rendered with `context()` only when not cached.

    `request` renders with the request's context processors and finds what it prefetched;
    `found_in` only finds what that request prefetched (the fragment renders without it).
    """
    cache_key = key(name, *parts)
    html: str | None = cached(request or found_in, cache_key)
    if html is None:
        html = render_to_string(template, dict(context()), request=request)
        cache.set(cache_key, html, timeout)
    # Our own template's output, escaped when it was rendered (stored text is never trusted).
    return mark_safe(html)  # noqa: S308
