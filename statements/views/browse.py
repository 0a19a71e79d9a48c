"""Analysts' pages: the disputed stories and one story's timeline."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_safe

from actors.models import Actor, ActorKind
from statements.filters import StoryFilterForm, TimelineFilterForm
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.ingest import IN_PROGRESS
from statements.models import Article, Statement, Story
from statements.querysets import INCLUDE_DEFAULT, INCLUDE_EVERYTHING, Filters
from statements.templatetags.display import country_name, unquoted
from statements.views.dossier import export_context

STORIES_PER_PAGE = 20
# A page of the timeline: the largest story at 1,000,000 statements (2,697) rendered whole was
# 29 MB of HTML and ran past gunicorn's timeout under load.
STATEMENTS_PER_PAGE = 100
# An ingest that has not moved for this long is stalled, not running: stop polling for it.
LIVE_WINDOW = dt.timedelta(minutes=10)
# Colours for the sides' lanes (side-1 … side-N in site.css). A side's colour comes from its key
# (the country code), so the United States has the same colour in every story; two sides of one
# story that would share a colour take the next free one, in the order of their keys.
SIDE_COLOURS = 10


@dataclass(frozen=True)
class Side:
    key: str
    label: str
    css: str
    lane: int


def _involved(stories: Iterable[Story], include: str = INCLUDE_DEFAULT) -> None:
    """Attach the governments and outlets involved to each story (two queries).

    A government is involved when a speaker stands on its side as the timeline's lanes place
    them: the speaker's own country, or the government its affiliations lead to (two levels).
    """
    by_pk = {story.pk: story for story in stories}
    first, second = (
        "speaker__affiliations__organisation",
        ("speaker__affiliations__organisation__affiliations__organisation"),
    )
    rows = (
        Statement.objects.filter(Filters(include=include).statement_q(), story_id__in=by_pk)
        .values_list(
            "story_id",
            "article__outlet",
            *(f"{level}__{column}" for level in ("speaker", first, second) for column in PLACE),
        )
        .order_by()  # the default ordering's columns would make every row distinct
        .distinct()
    )
    countries: dict[int, set[str]] = {pk: set() for pk in by_pk}
    outlets: dict[int, set[str]] = {pk: set() for pk in by_pk}
    uncoded: dict[int, set[str]] = {pk: set() for pk in by_pk}  # governments with no ISO code
    for story_id, outlet, *chain in rows:
        if outlet:
            outlets[story_id].add(outlet)
        speaker_kind, speaker_name = chain[1], chain[2]
        if speaker_kind == ActorKind.MEDIA:
            outlets[story_id].add(speaker_name)
            continue
        for country, kind, name in (chain[0:3], chain[3:6], chain[6:9]):
            if country:
                countries[story_id].add(country)
                break
            if kind == ActorKind.GOVERNMENT:
                uncoded[story_id].add(name)
                break
    codes = set().union(*countries.values())
    names = dict(
        Actor.objects.governments().filter(country__in=codes).values_list("country", "name")
    )
    for pk, story in by_pk.items():
        found = {names.get(code) or country_name(code) for code in countries[pk]} | uncoded[pk]
        story.governments = sorted(found)  # type: ignore[attr-defined]
        story.outlets = sorted(outlets[pk])  # type: ignore[attr-defined]


# What places an actor on a side: its country, or itself when it is a government.
PLACE = ("country", "kind", "name")


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def stories(request: HtmxHttpRequest) -> HttpResponse:
    """The disputed stories, newest activity first, filtered in place."""
    form = StoryFilterForm(request.GET, statements=Statement.objects.all())
    filters = form.filters()
    ids = Story.objects.matching(filters).values_list("pk", flat=True)
    page = Paginator(ids, STORIES_PER_PAGE).get_page(request.GET.get("page"))
    # The figures for the page's stories only (an OFFSET would compute them for every row).
    stories = Story.objects.page_with_figures(list(page.object_list), filters)
    page.object_list = stories  # type: ignore[assignment]
    _involved(stories, filters.include)
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


def side_colour(key: str) -> int:
    """The colour a side prefers: the same for a country in every story (1 … SIDE_COLOURS)."""
    return zlib.crc32(key.encode("utf-8")) % SIDE_COLOURS + 1


def _colours(keys: Iterable[str]) -> dict[str, int]:
    """Each side its preferred colour, the next free one on a clash (stable for a given set)."""
    taken: dict[str, int] = {}
    used: set[int] = set()
    for key in sorted(keys):
        colour = side_colour(key)
        for step in range(SIDE_COLOURS):
            candidate = (colour - 1 + step) % SIDE_COLOURS + 1
            if candidate not in used or len(used) >= SIDE_COLOURS:
                colour = candidate
                break
        used.add(colour)
        taken[key] = colour
    return taken


def sides_of(speakers: Iterable[Actor], names: dict[str, str]) -> dict[int, Side]:
    """Each speaker's side: a lane per government (by country or affiliation chain) in the order
    the speakers come, then others, then the media; each government in its country's colour."""
    keys: dict[str, str] = {}
    of_speaker: dict[int, str] = {}
    for speaker in speakers:
        if speaker.kind == ActorKind.MEDIA:
            of_speaker[speaker.pk] = "media"
            continue
        key, label = side_key(speaker)
        of_speaker[speaker.pk] = key
        if key and key not in keys:
            keys[key] = label or names.get(key) or country_name(key)
    colours = _colours(keys)
    sides = {
        key: Side(key, label, f"side-{colours[key]}", i)
        for i, (key, label) in enumerate(keys.items(), start=1)
    }
    if "" in of_speaker.values():
        sides[""] = Side("", "Others", "side-other", len(sides) + 1)
    if "media" in of_speaker.values():
        sides["media"] = Side("media", "Media", "side-media", len(sides) + 1)
    return {pk: sides[key] for pk, key in of_speaker.items()}


def _same_statement(statement: Statement) -> tuple[int, str, str]:
    """What makes two statements the same: speaker, stance and words (quotes, case, spacing)."""
    words = " ".join(unquoted(statement.text).lower().split())
    return statement.speaker_id, statement.stance, words


def fold_repeats(statements: list[Statement]) -> list[Statement]:
    """The statements with repeats of one (the same claim reported by two articles) folded into
    the first: it lists the others' sources as `repeats`, so the timeline shows it once."""
    kept: dict[tuple[int, str, str], Statement] = {}
    out: list[Statement] = []
    for statement in statements:
        first = kept.get(_same_statement(statement))
        if first is None:
            kept[_same_statement(statement)] = statement
            statement.repeats = []  # type: ignore[attr-defined]
            out.append(statement)
        else:
            first.repeats.append(statement)  # type: ignore[attr-defined]
    return out


def note_early_answers(statements: Iterable[Statement]) -> None:
    """Mark each answer dated before the claim it answers, so the page says so beside it."""
    for statement in statements:
        day = getattr(statement, "day", None)
        for link in statement.links_out.all():
            target = link.target
            target_day = target.made_on or target.article.published
            link.claim_day = target_day  # type: ignore[attr-defined]
            link.before_claim = bool(day and target_day and day < target_day)  # type: ignore[attr-defined]


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
    note_early_answers(statements)
    context: dict[str, Any] = {
        "story": story,
        "form": form,
        "page": page,
        "statements": fold_repeats(statements),
        "on_page": {statement.pk for statement in statements},
        "sides": sorted(set(side_of.values()), key=lambda side: side.lane),
        "positions": Statement.objects.positions(story, include=filters.include),
        "live": ingest_running(story),
        "include": filters.include,
        **export_context(filters.include, filters),
        # The export menu's hidden filters follow the timeline when htmx swaps it.
        "export_params_oob": bool(request.htmx),
    }
    return render_htmx(request, "statements/story_detail.html", context, partial="timeline")


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def statement_in_timeline(request: HtmxHttpRequest, slug: str, pk: int) -> HttpResponse:
    """Send to the timeline page that holds the statement, at its place (two queries)."""
    story = get_object_or_404(Story, slug=slug)
    statement = get_object_or_404(Statement.objects.only("review_status"), pk=pk, story=story)
    # A rejected statement is on the timeline only when rejected ones are shown.
    include = INCLUDE_EVERYTHING if statement.review_status == "rejected" else INCLUDE_DEFAULT
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
