"""One error body for every failure: {"error": {"status", "code", "message", "fields"}}."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


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
        return None
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
