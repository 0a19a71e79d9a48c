"""Analysts' pages: the disputed stories and one story's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_safe

from actors.models import Actor, ActorKind
from statements.filters import StoryFilterForm, TimelineFilterForm
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.ingest import IN_PROGRESS
from statements.models import Article, Statement, Story

STORIES_PER_PAGE = 20
# A page of the timeline: the largest story at 1,000,000 statements (2,697) rendered whole was
# 29 MB of HTML and ran past gunicorn's timeout under load.
STATEMENTS_PER_PAGE = 100
# An ingest that has not moved for this long is stalled, not running: stop polling for it.
LIVE_WINDOW = dt.timedelta(minutes=10)
# Lanes get their own colour up to this many governments; further ones share the last colour.
SIDE_COLOURS = 6


@dataclass(frozen=True)
class Side:
    key: str
    label: str
    css: str
    lane: int


def _involved(stories: Iterable[Story]) -> None:
    """Attach the governments and outlets involved to each story (two queries)."""
    by_pk = {story.pk: story for story in stories}
    rows = (
        Statement.objects.filter(story_id__in=by_pk)
        .values_list(
            "story_id", "speaker__country", "speaker__kind", "speaker__name", "article__outlet"
        )
        .order_by()  # the default ordering's columns would make every row distinct
        .distinct()
    )
    countries: dict[int, set[str]] = {pk: set() for pk in by_pk}
    outlets: dict[int, set[str]] = {pk: set() for pk in by_pk}
    uncoded: dict[int, set[str]] = {pk: set() for pk in by_pk}  # governments with no ISO code
    for story_id, country, kind, name, outlet in rows:
        if kind == ActorKind.MEDIA:
            outlets[story_id].add(name)
        elif country:
            countries[story_id].add(country)
        elif kind == ActorKind.GOVERNMENT:
            uncoded[story_id].add(name)
        if outlet:
            outlets[story_id].add(outlet)
    codes = set().union(*countries.values())
    names = dict(
        Actor.objects.governments().filter(country__in=codes).values_list("country", "name")
    )
    for pk, story in by_pk.items():
        found = {names.get(code, code) for code in countries[pk]} | uncoded[pk]
        story.governments = sorted(found)  # type: ignore[attr-defined]
        story.outlets = sorted(outlets[pk])  # type: ignore[attr-defined]


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def stories(request: HtmxHttpRequest) -> HttpResponse:
    """The disputed stories, newest activity first, filtered in place."""
    form = StoryFilterForm(request.GET, statements=Statement.objects.all())
    listing = Story.objects.listing(form.filters())
    page = Paginator(listing, STORIES_PER_PAGE).get_page(request.GET.get("page"))
    _involved(page.object_list)
    context = {"form": form, "page": page, "chosen_actor": form.chosen_actor()}
    return render_htmx(request, "statements/story_list.html", context, partial="story-results")


def _placed(actor: Actor) -> tuple[str, str] | None:
    """The side an actor gives by itself: its country, or itself when it is a government."""
    if actor.country:
        return actor.country, ""
    if actor.kind == ActorKind.GOVERNMENT:
        return f"actor-{actor.pk}", actor.name
    return None


def side_key(speaker: Actor) -> tuple[str, str]:
    """The side a speaker stands on: its country, else the government its affiliations lead to.

    Invented or unrecognised states have no ISO code; their government actor (the speaker itself,
    or the top of spokeswoman -> ministry -> government, two levels prefetched) still gives them
    a lane of their own. Returns (key, label); ("", "") when nothing places the speaker.
    """
    for actor in _chain(speaker):
        side = _placed(actor)
        if side is not None:
            return side
    return "", ""


def _chain(speaker: Actor) -> Iterable[Actor]:
    """The speaker, then each organisation it belongs to, each followed by its own (depth 2)."""
    yield speaker
    for affiliation in speaker.affiliations.all():
        yield affiliation.organisation
        for upper in affiliation.organisation.affiliations.all():
            yield upper.organisation


def sides_of(speakers: Iterable[Actor], names: dict[str, str]) -> dict[int, Side]:
    """Each speaker's side: a lane per government (by country or affiliation chain) in the order
    the speakers come, then others, then the media."""
    keys: dict[str, str] = {}
    of_speaker: dict[int, str] = {}
    for speaker in speakers:
        if speaker.kind == ActorKind.MEDIA:
            of_speaker[speaker.pk] = "media"
            continue
        key, label = side_key(speaker)
        of_speaker[speaker.pk] = key
        if key and key not in keys:
            keys[key] = label or names.get(key, key)
    sides = {
        key: Side(key, label, f"side-{min(i, SIDE_COLOURS)}", i)
        for i, (key, label) in enumerate(keys.items(), start=1)
    }
    if "" in of_speaker.values():
        sides[""] = Side("", "Others", "side-other", len(sides) + 1)
    if "media" in of_speaker.values():
        sides["media"] = Side("media", "Media", "side-media", len(sides) + 1)
    return {pk: sides[key] for pk, key in of_speaker.items()}


def ingest_running(story: Story) -> bool:
    """Whether one of this story's own articles is being (re)processed (one query).

    New articles of other stories, and stalled ones, do not make every story page poll.
    """
    recent = timezone.now() - LIVE_WINDOW
    return Article.objects.filter(
        status__in=IN_PROGRESS, updated_at__gte=recent, statements__story=story
    ).exists()


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def story_live(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """The timeline's processing notice, polled by itself: the rest of the page is never swapped,
    so nothing the reader opened closes; once done it offers the new statements as a link."""
    story = get_object_or_404(Story, slug=slug)
    context = {"story": story, "live": ingest_running(story), "finished": True}
    return render_htmx(request, "statements/story_detail.html", context, partial="story-live")


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def story_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """One story's statements by day, a page at a time, in lanes per side; who says what."""
    story = get_object_or_404(Story, slug=slug)
    form = TimelineFilterForm(request.GET, statements=story.statements.all())
    filters = form.filters()
    timeline = Statement.objects.timeline(story, filters)
    page = Paginator(timeline, STATEMENTS_PER_PAGE).get_page(request.GET.get("page"))
    names = dict(form.fields["country"].choices)  # type: ignore[attr-defined]
    side_of = sides_of(Statement.objects.lane_speakers(story, filters), names)
    statements = list(page.object_list)
    for statement in statements:
        statement.side = side_of[statement.speaker_id]  # type: ignore[attr-defined]
    context = {
        "story": story,
        "form": form,
        "page": page,
        "statements": statements,
        "on_page": {statement.pk for statement in statements},
        "sides": sorted(set(side_of.values()), key=lambda side: side.lane),
        "positions": Statement.objects.positions(story),
        "live": ingest_running(story),
    }
    return render_htmx(request, "statements/story_detail.html", context, partial="timeline")


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def statement_in_timeline(request: HtmxHttpRequest, slug: str, pk: int) -> HttpResponse:
    """Send to the timeline page that holds the statement, at its place (one query, ids only)."""
    story = get_object_or_404(Story, slug=slug)
    ids = list(Statement.objects.filter(story=story).by_day().values_list("pk", flat=True))
    if pk not in ids:
        raise Http404("No such statement in this story.")
    number = ids.index(pk) // STATEMENTS_PER_PAGE + 1
    query = f"?page={number}" if number > 1 else ""
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
