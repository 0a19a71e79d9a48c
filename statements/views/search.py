"""Search over statements, articles and actors."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_safe

from statements import search as finder
from statements.htmx import HtmxHttpRequest, render_htmx

PER_PAGE = 20
# With no kind chosen, a few of each; choosing a kind pages through all of that kind.
PREVIEW = 5
KINDS = {
    "statements": finder.search_statements,
    "articles": finder.search_articles,
    "actors": finder.search_actors,
}


@require_safe
@permission_required("statements.view_statement", raise_exception=True)
def search(request: HtmxHttpRequest) -> HttpResponse:
    """Full-text search; ranked on PostgreSQL, a plain word match elsewhere."""
    q = request.GET.get("q", "").strip()[:200]
    kind = request.GET.get("kind", "")
    kind = kind if kind in KINDS else ""
    sections: list[dict[str, Any]] = []
    if q:
        for name, find in KINDS.items():
            if kind and name != kind:
                continue
            if kind:
                page = Paginator(find(q), PER_PAGE).get_page(request.GET.get("page"))
                sections.append({"kind": name, "page": page, "results": page.object_list})
            else:
                results = list(find(q)[: PREVIEW + 1])
                sections.append(
                    {"kind": name, "more": len(results) > PREVIEW, "results": results[:PREVIEW]}
                )
    context = {"q": q, "kind": kind, "kinds": list(KINDS), "sections": sections}
    return render_htmx(request, "statements/search.html", context, partial="search-results")


urlpatterns = [
    path("search/", search, name="search"),
]
