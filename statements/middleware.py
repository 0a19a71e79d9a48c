"""Refuse requests carrying NUL before any view or the database sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest

from statements.textinput import NUL, NUL_MESSAGE


def _any_nul(items: Iterable[tuple[str, list[str]]]) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in items)


class RejectNulMiddleware:
    """A query string, form field, file name, cookie or header with NUL gets a 400 that says why.

    PostgreSQL refuses NUL in text, so such a value reaching a query would be a 500. Forms refuse
    it field by field too (Django's CharField); this is the one check for everything else.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._carries_nul(request):
            return HttpResponseBadRequest(
                f"Bad request: the address, form, cookie or a header {NUL_MESSAGE}\n",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)

    @staticmethod
    def _carries_nul(request: HttpRequest) -> bool:
        if _any_nul(request.GET.lists()) or _any_nul((k, [v]) for k, v in request.COOKIES.items()):
            return True
        # Headers too: the login throttle stores the User-Agent.
        if any(NUL in str(v) for k, v in request.META.items() if k.startswith("HTTP_")):
            return True
        if request.method == "POST":
            if _any_nul(request.POST.lists()):
                return True
            return any(NUL in (f.name or "") for _, files in request.FILES.lists() for f in files)
        return False
