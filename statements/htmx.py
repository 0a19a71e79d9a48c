"""Render a whole page, or one of its {% partialdef %} fragments for htmx requests."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    """A request that passed django-htmx's middleware (for type checking the views)."""

    htmx: HtmxDetails


def render_htmx(
    request: HtmxHttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    partial: str,
    status: int = 200,
) -> HttpResponse:
    """The fragment `template#partial` for htmx requests (not history restores), else the page."""
    wants_fragment = bool(request.htmx) and not request.htmx.history_restore_request
    name = f"{template}#{partial}" if wants_fragment else template
    response = render(request, name, context, status=status)
    patch_vary_headers(response, ["HX-Request"])
    return response
