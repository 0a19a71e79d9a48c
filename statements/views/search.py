"""Search over statements, stories, articles and actors."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from django.contrib.auth.decorators import permission_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_safe

from statements import activity, fragments, pagecache, summaries
from statements import search as finder
from statements.htmx import HtmxHttpRequest
from statements.querysets import INCLUDE_CHOICES, INCLUDE_DEFAULT, INCLUDE_LABELS, INCLUDES
from statements.textinput import strip_controls

PER_PAGE = 20
MAX_QUERY = 200
# With no kind chosen, a few of each; choosing a kind pages through all of that kind.
PREVIEW = 5
KINDS: dict[str, Callable[..., QuerySet[Any]]] = {
    "statements": finder.search_statements,
    "stories": finder.search_stories,
    "articles": finder.search_articles,
    "actors": finder.search_actors,
}
# The kinds whose results depend on review status (the `include` parameter of the other pages).
REVIEWED = {"statements", "stories"}


@require_safe
@permission_required("statements.view_statement", raise_exception=True)
def search(request: HtmxHttpRequest) -> HttpResponse:
    """Full-text search; ranked on PostgreSQL, a plain word match elsewhere.

    Rejected statements are left out unless `?include=everything` (as on the timeline). The
    whole page is cached per permission set and address under the content and the articles'
    tokens (statements.pagecache), each section under the same tokens for the other pages of
    results that share it.
    """
    found = cache.get_many([summaries.CONTENT_VERSION, activity.ARTICLES_VERSION])
    content = found.get(summaries.CONTENT_VERSION) or summaries.content_version()
    articles = found.get(activity.ARTICLES_VERSION) or activity.articles_version()
    page_key = pagecache.key(request, "search", content, articles)
    if (hit := pagecache.cached(request, page_key)) is not None:
        return hit[0]
    q, notices = read_query(request.GET.get("q", ""))
    kind = request.GET.get("kind", "")
    kind = kind if kind in KINDS else ""
    include = request.GET.get("include", "")
    include = include if include in INCLUDES else INCLUDE_DEFAULT
    sections = _sections(request, q, kind, include, notices, (content, articles)) if q else []
    context = {
        "q": q,
        "kind": kind,
        "kinds": list(KINDS),
        "include": include,
        "include_choices": INCLUDE_CHOICES,
        "include_label": INCLUDE_LABELS[include],
        "sections": sections,
        "notices": notices,
        "max_query": MAX_QUERY,
    }
    return pagecache.render(
        request,
        page_key,
        "statements/search.html",
        context,
        partial="search-results",
        timeout=summaries.CONTENT_TIMEOUT,
    )


def _sections(
    request: HtmxHttpRequest,
    q: str,
    kind: str,
    include: str,
    notices: list[str],
    tokens: tuple[str, str],
) -> list[dict[str, Any]]:
    """Each kind's results: a preview of each, or a page of the chosen kind.

    Statements, stories and actors are cached under the content token, which every change to
    them renews (statements.summaries; the admin's too); articles under the articles' token too,
    which every write of an article renews (statements.activity: the pipeline's stages included).
    """
    content, articles = tokens
    keys = {
        name: fragments.key(
            "search",
            name,
            content,
            articles if name == "articles" else "",
            q,
            kind,
            include,
            request.GET.get("page"),
        )
        for name in KINDS
        if not kind or name == kind
    }
    fragments.prefetch(request, keys.values())
    sections: list[dict[str, Any]] = []
    for name, search_kind in KINDS.items():
        if kind and name != kind:
            continue
        find = partial(search_kind, include=include) if name in REVIEWED else search_kind
        found = fragments.cached(request, keys[name]) if name in keys else None
        if kind:
            paginator = Paginator(find(q), PER_PAGE)
            if found is not None:
                paginator.count = found[0]
            page = paginator.get_page(request.GET.get("page"))
            if found is None:
                found = (paginator.count, list(page.object_list))
                if name in keys:
                    cache.set(keys[name], found, summaries.CONTENT_TIMEOUT)
            page.object_list = found[1]
            sections.append({"kind": name, "page": page, "results": page.object_list})
            if page.paginator.count >= finder.CANDIDATES:
                notices.append(
                    f"More than {finder.CANDIDATES:,} {name} match: these are the best of "
                    f"the {finder.CANDIDATES:,} most recent. Add words to narrow the search."
                )
        else:
            if found is None:
                found = list(find(q)[: PREVIEW + 1])
                if name in keys:
                    cache.set(keys[name], found, summaries.CONTENT_TIMEOUT)
            sections.append(
                {"kind": name, "more": len(found) > PREVIEW, "results": found[:PREVIEW]}
            )
    return sections


def read_query(raw: str) -> tuple[str, list[str]]:
    """The words to search for, and what was changed in them to say on the page."""
    notices = []
    q = strip_controls(raw).strip()
    if q != raw.strip():
        notices.append("Control characters were removed from the search.")
    if len(q) > MAX_QUERY:
        cut = q[: MAX_QUERY + 1].rsplit(None, 1)[0] if " " in q[:MAX_QUERY] else q[:MAX_QUERY]
        notices.append(
            f"The search was too long ({len(q):,} characters; at most {MAX_QUERY}): "
            f"only its first {len(cut)} characters were searched."
        )
        q = cut.strip()
    return q, notices


urlpatterns = [
    path("search/", search, name="search"),
]
