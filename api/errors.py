"""One error body for every failure: {"error": {"status", "code", "message", "fields"}}."""

from __future__ import annotations

import logging
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

logger = logging.getLogger(__name__)
# What a client is told of a fault of ours: never the exception's text (it may hold SQL, paths
# or data); the traceback goes to the log.
SERVER_ERROR = "The server failed to answer this request; the fault is logged."


def _message(detail: Any) -> str:
    """The first message of a (possibly nested) error detail."""
    if isinstance(detail, dict):
        return next((_message(value) for value in detail.values()), "")
    if isinstance(detail, list):
        return _message(detail[0]) if detail else ""
    return str(detail)


def error_body(*, status: int, code: str, message: str, fields: Any = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "fields": fields or {}}}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler (status, Retry-After, WWW-Authenticate) with the body in our one shape."""
    response = drf_exception_handler(exc, context)
    if response is None:
        request = context.get("request")
        logger.exception(
            "API server error on %s %s",
            getattr(request, "method", "?"),
            getattr(request, "path", "?"),
            exc_info=exc,
        )
        set_rollback()
        body = error_body(status=500, code="server_error", message=SERVER_ERROR)
        response = Response(body, status=500)
        response._has_been_logged = True  # logged above with its traceback, not twice
        return response
    detail = exc.detail if isinstance(exc, exceptions.APIException) else response.data
    fields = detail if isinstance(exc, exceptions.ValidationError) else None
    if isinstance(fields, list):
        fields = {"non_field_errors": fields}
    code = exc.default_code if isinstance(exc, exceptions.APIException) else "error"
    if isinstance(exc, exceptions.ValidationError):
        code = "invalid"
    response.data = error_body(
        status=response.status_code, code=str(code), message=_message(detail), fields=fields
    )
    return response


def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """An address under /api/v1/ that names no endpoint: the API's 404, not the HTML page."""
    body = error_body(status=404, code="not_found", message="No endpoint at this address.")
    return JsonResponse(body, status=404)


def server_error(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """The site's handler500: under /api/v1/ the API's JSON error (a fault outside its views,
    in a middleware), elsewhere Django's page (templates/500.html)."""
    if not request.path.startswith("/api/v1/"):
        return defaults.server_error(request)
    body = error_body(status=500, code="server_error", message=SERVER_ERROR)
    return JsonResponse(body, status=500)
