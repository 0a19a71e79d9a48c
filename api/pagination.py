"""Keyset pagination: each page continues after the last row of the one before.

The cursor holds that row's values of the ordering (its last field unique, the primary key), so a
page deep in a million statements is one index range read (`WHERE id < 987654 ORDER BY id DESC
LIMIT 51`), never an OFFSET that reads and drops every row before it; and rows inserted while a
client pages through do not shift the rows it has yet to read. Nullable ordering fields sort
their NULLs last, as the pages do.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Model, Q, QuerySet
from django.db.models.expressions import OrderBy
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

NOTHING = Q(pk__in=[])


def encode_cursor(values: list[Any]) -> str:
    """The cursor of a page that starts after the row with these ordering values."""
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def _field(model: type[Model], name: str) -> Any:
    """The model field of an ordering name; None for an annotation (a search's rank: a float,
    never NULL)."""
    if name == "pk":
        return model._meta.pk
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _nullable(model: type[Model], name: str) -> bool:
    field = _field(model, name)
    return field is not None and bool(field.null)


def _to_python(model: type[Model], name: str, value: Any) -> Any:
    field = _field(model, name)
    if field is None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(value)
        return float(value)
    return field.to_python(value)


class KeysetPagination(BasePagination):
    page_size = 50
    max_page_size = 500
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    # A view's `keyset` overrides it; the last field must be unique.
    ordering: tuple[str, ...] = ("-pk",)

    def paginate_queryset(
        self, queryset: QuerySet[Any], request: Request, view: Any = None
    ) -> list[Any]:
        """One page of the queryset, read with one query (LIMIT page size + 1)."""
        self.request = request
        self.keyset = tuple(getattr(view, "keyset", self.ordering))
        # A list narrowed to a few rows by an indexed filter (one story's statements) is read
        # through that filter's index and then sorted; see _order.
        self.narrowed = bool(getattr(view, "narrowed", False))
        model = queryset.model
        size = self.get_page_size(request)
        queryset = queryset.order_by(*(self._order(model, name) for name in self.keyset))
        after = self._decode(model, request.query_params.get(self.cursor_query_param))
        if after is not None:
            queryset = queryset.filter(self._beyond(model, after))
        rows = list(queryset[: size + 1])
        self.next_values = self._values(rows[size - 1]) if len(rows) > size else None
        return rows[:size]

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {self.page_size_query_param: [f"A number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def get_next_link(self) -> str | None:
        if self.next_values is None:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, encode_cursor(self.next_values))

    def get_paginated_response(self, data: Any) -> Response:
        return Response({"next": self.get_next_link(), "results": data})

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "description": "The next page (null on the last one).",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Where the page starts: the `next` link of the page before.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page (default {self.page_size}, "
                f"at most {self.max_page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]

    # -- the keyset ---------------------------------------------------------------------
    def _order(self, model: type[Model], name: str) -> OrderBy:
        column = F(name.lstrip("-"))
        descending = name.startswith("-")
        if self.narrowed and name.lstrip("-") == "pk":
            # `id + 0` hides the primary key's order from PostgreSQL, so it finds the rows
            # through the filter's own index and sorts them; otherwise it walks the primary key
            # backwards hoping to meet 51 of them early: the largest synthetic story's statements
            # lie together, and it read 223,982 rows to find them (290 ms against a few).
            column = column + 0  # type: ignore[assignment]
        if not _nullable(model, name.lstrip("-")):
            # No NULLS clause on a NOT NULL column: `ORDER BY id DESC NULLS LAST` does not match
            # the primary key's index, and PostgreSQL sorted all 1,000,000 statements (1.4 s).
            return column.desc() if descending else column.asc()
        return column.desc(nulls_last=True) if descending else column.asc(nulls_last=True)

    def _values(self, row: Model) -> list[Any]:
        values = []
        for name in self.keyset:
            value = getattr(row, name.lstrip("-"))
            values.append(value.isoformat() if hasattr(value, "isoformat") else value)
        return values

    def _decode(self, model: type[Model], cursor: str | None) -> list[Any] | None:
        if not cursor:
            return None
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            values = json.loads(raw)
            if not isinstance(values, list) or len(values) != len(self.keyset):
                raise ValueError
            return [
                None if value is None else _to_python(model, name.lstrip("-"), value)
                for name, value in zip(self.keyset, values, strict=True)
            ]
        except (ValueError, TypeError, binascii.Error, DjangoValidationError):
            raise ValidationError(
                {self.cursor_query_param: ["Not a cursor of this list."]}
            ) from None

    def _beyond(self, model: type[Model], values: list[Any]) -> Q:
        """Rows after the cursor in the order: (a, b, pk) > (va, vb, vpk), NULLs last."""
        after, same = NOTHING, Q()
        for name, value in zip(self.keyset, values, strict=True):
            column = name.lstrip("-")
            nullable = _nullable(model, column)
            if value is None:
                step, equal = NOTHING, Q(**{f"{column}__isnull": True})
            else:
                step = Q(**{f"{column}__{'lt' if name.startswith('-') else 'gt'}": value})
                if nullable:
                    step |= Q(**{f"{column}__isnull": True})
                equal = Q(**{column: value})
            after |= same & step
            same &= equal
        return after


class SearchPagination(KeysetPagination):
    """The search's pages: 20 results by default, as before it had pages; `limit`, its older
    name for the page size (at most 100), still works when `page_size` is not given."""

    page_size = 20
    legacy_page_size_query_param = "limit"

    def get_page_size(self, request: Request) -> int:
        if self.page_size_query_param not in request.query_params:
            limit = request.query_params.get(self.legacy_page_size_query_param)
            if limit is not None and limit.isdigit() and 1 <= int(limit) <= self.max_page_size:
                return int(limit)
        return super().get_page_size(request)
