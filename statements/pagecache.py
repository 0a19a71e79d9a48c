"""Whole rendered pages, cached per permission set, version and address; the reader's parts put
back by string substitution on every request.

A warm page was mostly Python rendering the frame around cached fragments (3–5 ms of CPU per
request at 100,000 statements). The body of the story list, a story and an actor page is the same
for every reader with the same permissions, except for the reader's CSRF token and name: those are
rendered as marks (`<!--dementi:…-->`, which no escaped text can contain: its `<` would be
`&lt;`) and replaced by the requesting user's own on every response, from the cache or not.
A page is neither cached nor served from the cache when a message waits to be shown, for a
request other than GET or for an anonymous reader. The key holds the version of what the page
shows (the story's, the actor's, the content token), so after a change's commit every reader
asks for a new key, as for fragments (statements.fragments).
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers
from django.utils.html import escape
from django.utils.safestring import SafeString

from statements import fragments
from statements.htmx import HtmxHttpRequest, render_htmx

# Our own constant markup, safe to put in a template unescaped.
CSRF_MARK = SafeString("<!--dementi:csrf-token-->")
NAME_MARK = SafeString("<!--dementi:user-name-->")
# A line break and the indentation after it: the templates' indentation is half of a timeline's
# bytes (186 KB for 100 statements), and a browser renders a run of white space as one space
# outside preformatted text.
INDENTATION = re.compile(r"\n[ \t\r\n]+")
# What keeps its white space: a page holding one is cached as rendered.
PREFORMATTED = ("<pre", "<textarea", "pre-wrap", "article-text__body", "evidence-excerpt")
# A cached page lives this long at most (seconds) unless the view says otherwise; pages keyed
# by the content token live as long as what else hangs on it (summaries.CONTENT_TIMEOUT).
TIMEOUT = 24 * 60 * 60


def key(request: HttpRequest, name: str, *parts: object) -> str | None:
    """The cache key of this request's page given the versions it shows; None when the page
    must be rendered for this reader alone (not GET, anonymous, a message waiting)."""
    user = getattr(request, "user", None)
    if request.method != "GET" or user is None or not user.is_authenticated:
        return None
    if len(messages.get_messages(request)):
        return None
    reader = (
        # Everything that decides what a role sees (navigation, editing tools, fragments).
        tuple(sorted(user.get_all_permissions())),
        user.is_superuser,
        user.is_staff,
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-History-Restore-Request", ""),
    )
    return fragments.key(f"page-{name}", reader, parts)


def personal(request: HttpRequest, body: str) -> str:
    """The shared body with this reader's CSRF token and name."""
    name: str = escape(request.user.get_username())
    return body.replace(CSRF_MARK, get_token(request)).replace(NAME_MARK, name)


def cached(request: HttpRequest, page_key: str | None) -> tuple[HttpResponse, Any] | None:
    """The cached page for this reader (one round trip) and what the view stored with it."""
    if page_key is None:
        return None
    found: tuple[str, Any] | None = cache.get(page_key)
    if found is None:
        return None
    body, meta = found
    response = HttpResponse(personal(request, body))
    patch_vary_headers(response, ["HX-Request"])
    return response, meta


def render(
    request: HtmxHttpRequest,
    page_key: str | None,
    template: str,
    context: dict[str, Any],
    *,
    partial: str,
    timeout: int = TIMEOUT,
    meta: Any = None,
) -> HttpResponse:
    """`render_htmx`, storing the shared body under `page_key` (when given) for later readers,
    with `meta` (what the view needs to answer from the cache, e.g. a Last-Modified date)."""
    if page_key is None:
        return render_htmx(request, template, context, partial=partial)
    request._page_shared = True  # type: ignore[attr-defined]
    try:
        response = render_htmx(request, template, context, partial=partial)
    finally:
        request._page_shared = False  # type: ignore[attr-defined]
    body = compact(response.content.decode(response.charset))
    if response.status_code == 200:
        cache.set(page_key, (body, meta), timeout)
    response.content = personal(request, body).encode(response.charset)
    return response


def compact(html: str) -> str:
    """The page with each line's indentation dropped (rendered alike: no preformatted text)."""
    if any(marker in html for marker in PREFORMATTED):
        return html
    return INDENTATION.sub("\n", html)
