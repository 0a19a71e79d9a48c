"""Analysts' pages: the disputed stories and one story's timeline."""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import permission_required
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.views.decorators.http import require_safe

from statements import conditional, fragments, liveness, pagecache, summaries
from statements.filters import StoryFilterForm, TimelineFilterForm
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.lanes import sides_of, timeline_entries
from statements.models import Article, Statement, Story
from statements.querysets import INCLUDE_DEFAULT, INCLUDE_EVERYTHING, Filters
from statements.views.dossier import export_context

STORIES_PER_PAGE = 20
# A page of the timeline: the largest story at 1,000,000 statements (2,697) rendered whole was
# 29 MB of HTML and ran past gunicorn's timeout under load.
STATEMENTS_PER_PAGE = 100


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def stories(request: HtmxHttpRequest) -> HttpResponse:
    """The disputed stories, newest activity first, filtered in place."""
    # Everything below depends on every story at once: cached under the content token, which
    # any change to a story or an actor renews (statements.summaries.content_changed).
    content = summaries.content_version()
    page_key = pagecache.key(request, "stories", content)
    if (hit := pagecache.cached(request, page_key)) is not None:
        return hit[0]
    query = sorted(request.GET.lists())
    listing_key = fragments.key("story-listing", content, query)
    # One round trip for the page's ids, its results, the filter's countries and fields.
    fragments.prefetch(
        request,
        [
            listing_key,
            fragments.key("story-results", content, query),
            *StoryFilterForm.cache_keys(request.GET, ("all", content)),
        ],
    )
    form = StoryFilterForm(request.GET, version=("all", content), request=request)
    filters = form.filters()
    # Each story with its version and the count (two queries, only when not cached).
    listed = Story.objects.matching(filters).values_list("pk", "stored_summary__version")

    @functools.cache
    def page() -> Page[tuple[int, int]]:
        return Paginator(listed, STORIES_PER_PAGE).get_page(request.GET.get("page"))

    listing: tuple[int, list[tuple[int, int]]] | None = fragments.cached(request, listing_key)
    if listing is None:
        listing = (page().paginator.count, list(page().object_list))
        cache.set(listing_key, listing, summaries.CONTENT_TIMEOUT)
    _, rows = listing
    # The results follow from the query string and the content token (which every change to
    # a story's or an actor's version renews).
    parts = (content, query)

    def results() -> dict[str, Any]:
        # The figures for the page's stories only (an OFFSET would compute them for every row).
        cards = Story.objects.cards([pk for pk, _ in rows], filters.include)
        return {"page": page(), "cards": cards, "request": request}

    template = "statements/story_list.html"
    context = {
        "form": form,
        "results": fragments.rendered(
            "story-results",
            parts,
            f"{template}#story-results-body",
            results,
            request=request,
            timeout=summaries.CONTENT_TIMEOUT,
        ),
        "chosen_actor": form.chosen_actor(),
    }
    return pagecache.render(
        request,
        page_key,
        "statements/story_list.html",
        context,
        partial="story-results",
        timeout=summaries.CONTENT_TIMEOUT,
    )


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def story_live(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """The timeline's processing notice, polled by itself: the rest of the page is never swapped,
    so nothing the reader opened closes; once done it offers the new statements as a link."""
    story = get_object_or_404(Story, slug=slug)
    context = {"story": story, "live": Article.objects.live_in(story), "finished": True}
    return render_htmx(request, "statements/story_detail.html", context, partial="story-live")


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def story_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """One story's statements by day, a page at a time, in lanes per side; who says what.

    The lanes and who says what are cached by the story's version, the whole page by the
    content token (statements.pagecache); an unchanged page reloaded answers 304 Not Modified
    (statements.conditional).
    """
    # The whole page is cached under the content token, which any change to a story or an actor
    # renews (the admin's saves too), and whether an ingest runs on the story, itself cached
    # under the articles' token, which every write of an article renews (statements.activity):
    # one round trip to the cache for both. The fragments below are cached by the story's own
    # version, so a new token re-renders only the frame.
    content, live = liveness.tokens_and_live(slug)
    tag = conditional.etag(request, "story", slug, content, live)
    if conditional.not_modified(request, tag):
        return conditional.response_304(tag)
    page_key = pagecache.key(request, "story", slug, content, live)
    if (hit := pagecache.cached(request, page_key)) is not None:
        return conditional.tagged(hit[0], tag, hit[1])
    story = get_object_or_404(Story.objects.select_related("stored_summary"), slug=slug)
    version = story.version
    is_editor = request.user.has_perm("statements.review_statement")
    # The same for every reader of a role: the query string (filters, page) and the version.
    parts = (story.pk, version, is_editor, sorted(request.GET.lists()))
    countries_version = ("story", story.pk, version)
    # One round trip for the page's fragments and its filter's countries and fields.
    fragments.prefetch(
        request,
        [
            *(fragments.key(name, *parts) for name in ("timeline", "timeline-head", "positions")),
            *TimelineFilterForm.cache_keys(request.GET, countries_version),
        ],
    )
    form = TimelineFilterForm(
        request.GET,
        statements=story.statements.all(),
        version=countries_version,
        request=request,
    )
    filters = form.filters()
    names = dict(form.fields["country"].choices)  # type: ignore[attr-defined]
    template = "statements/story_detail.html"

    @functools.cache  # the head and the body of the timeline render from one set of reads
    def timeline() -> dict[str, Any]:
        page = Paginator(Statement.objects.timeline(story, filters), STATEMENTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        side_of = sides_of(Statement.objects.lane_speakers(story, filters), names)
        statements = list(page.object_list)
        return {
            "story": story,
            "page": page,
            "entries": timeline_entries(statements, side_of),
            "on_page": {statement.pk for statement in statements},
            "sides": sorted(set(side_of.values()), key=lambda side: side.lane),
            "include": filters.include,
            "is_editor": is_editor,
            "request": request,
            **export_context(filters.include, filters),
        }

    body = fragments.rendered(
        "timeline", parts, f"{template}#timeline-body", timeline, request=request
    )
    context: dict[str, Any] = {
        "story": story,
        "form": form,
        "timeline_head": fragments.rendered(
            "timeline-head", parts, f"{template}#timeline-head", timeline, request=request
        ),
        "timeline_body": body,
        "who_says_what": fragments.rendered(
            "positions",
            parts,  # its links point into the timeline's page when the claim is on it
            f"{template}#positions",
            lambda: {
                "story": story,
                "positions": Statement.objects.positions(story, include=filters.include),
                "on_page": timeline()["on_page"],
            },
            request=request,
        ),
        "live": live,
        "include": filters.include,
        **export_context(filters.include, filters),
        # The export menu's hidden filters follow the timeline when htmx swaps it.
        "export_params_oob": bool(request.htmx),
    }
    response = pagecache.render(
        request,
        page_key,
        template,
        context,
        partial="timeline",
        meta=story.changed_at,
        timeout=summaries.CONTENT_TIMEOUT,
    )
    return conditional.tagged(response, tag, story.changed_at)


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def statement_in_timeline(request: HtmxHttpRequest, slug: str, pk: int) -> HttpResponse:
    """Send to the timeline page that holds the statement, at its place (two queries)."""
    story = get_object_or_404(Story, slug=slug)
    statement = get_object_or_404(Statement.objects.only("review_status"), pk=pk, story=story)
    # A rejected statement is on the timeline only when rejected ones are shown.
    include = INCLUDE_EVERYTHING if statement.is_rejected else INCLUDE_DEFAULT
    shown = Statement.objects.filter(Filters(include=include).statement_q(), story=story)
    ids = list(shown.by_day().values_list("pk", flat=True))
    number = ids.index(pk) // STATEMENTS_PER_PAGE + 1
    params = {"page": str(number)} if number > 1 else {}
    if include != INCLUDE_DEFAULT:
        params["include"] = include
    query = f"?{urlencode(params)}" if params else ""
    return redirect(f"{story.get_absolute_url()}{query}#statement-{pk}")


@require_safe
@permission_required("statements.view_statement", raise_exception=True)
def statement_evidence(request: HtmxHttpRequest, slug: str, pk: int) -> HttpResponse:
    """The statement's evidence highlighted in its article's text (the timeline's expander)."""
    statement = get_object_or_404(
        Statement.objects.select_related("article", "speaker"), pk=pk, story__slug=slug
    )
    if not request.htmx:
        return redirect(statement)
    return render_htmx(
        request, "statements/story_detail.html", {"statement": statement}, partial="evidence"
    )


urlpatterns = [
    path("", stories, name="stories"),
    path("stories/<slug:slug>/", story_detail, name="story_detail"),
    path("stories/<slug:slug>/live/", story_live, name="story_live"),
    path(
        "stories/<slug:slug>/statements/<int:pk>/",
        statement_in_timeline,
        name="statement_in_timeline",
    ),
    path(
        "stories/<slug:slug>/statements/<int:pk>/evidence/",
        statement_evidence,
        name="statement_evidence",
    ),
]
