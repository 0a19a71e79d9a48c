"""Render a whole page, or one of its {% partialdef %} fragments for htmx requests."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def render_htmx(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    partial: str,
    status: int = 200,
) -> HttpResponse:
    """The fragment `template#partial` for htmx requests (not history restores), else the page."""
    htmx = getattr(request, "htmx", None)
    wants_fragment = bool(htmx) and not htmx.history_restore_request  # type: ignore[union-attr]
    name = f"{template}#{partial}" if wants_fragment else template
    response = render(request, name, context, status=status)
    patch_vary_headers(response, ["HX-Request"])
    return response
