"""Conditional GET for the analysts' pages: an ETag from the version of what a page shows.

The tag covers everything the response depends on: the story's or actor's version (bumped in the
transaction of every change), the reader (user, CSRF cookie: the page carries its token), the
query string and whether htmx asked for a fragment. A reload of an unchanged page is answered
304 Not Modified after one or two queries, without rendering anything.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date


def etag(request: HttpRequest, *parts: object) -> str:
    """A strong ETag for the response to this request, given the versions it shows."""
    get_token(request)  # the page carries a token of this CSRF secret (made now if missing)
    reader = (
        request.user.pk,
        request.META.get("CSRF_COOKIE", ""),
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-History-Restore-Request", ""),
    )
    digest = hashlib.blake2b(repr((reader, parts)).encode("utf-8"), digest_size=16)
    return f'"{digest.hexdigest()}"'


def not_modified(request: HttpRequest, tag: str) -> bool:
    """Whether the client holds this very response (and no message waits to be shown)."""
    held = [value.strip() for value in request.headers.get("If-None-Match", "").split(",")]
    return tag in held and len(messages.get_messages(request)) == 0


def response_304(tag: str) -> HttpResponse:
    response = HttpResponseNotModified()
    return tagged(response, tag, None)


def tagged(response: HttpResponse, tag: str, last_modified: dt.datetime | None) -> HttpResponse:
    """The response with its ETag (and Last-Modified); the browser asks again every time."""
    response["ETag"] = tag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["HX-Request", "Cookie"])
    return response
