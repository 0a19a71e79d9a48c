"""The actor page: who they are, everything they said, and who contradicted them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet, Window
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.views.decorators.http import require_safe

from actors.models import Actor, ActorKind
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.models import LinkKind, Statement
from statements.querysets import INCLUDE_DEFAULT, INCLUDES, Filters

STATEMENTS_PER_PAGE = 30


# The busiest spokesman at 1,000,000 statements was contradicted by 2,498 actors and contradicted
# 2,317: the page lists the first ones and says how many more there are.
CONTRADICTORS_SHOWN = 20


@dataclass(frozen=True)
class Contradictors:
    actors: list[Actor]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.actors)


def _top(actors: QuerySet[Actor]) -> Contradictors:
    """The first CONTRADICTORS_SHOWN, and how many there are in all (one query)."""
    # COUNT(*) OVER () counts the groups before the LIMIT: no second pass over the links.
    shown: list[Any] = list(actors.annotate(total=Window(Count("*")))[:CONTRADICTORS_SHOWN])
    return Contradictors(shown, shown[0].total if shown else 0)


def contradictors(actor: Actor) -> tuple[Contradictors, Contradictors]:
    """Actors who denied this actor's statements, and those this actor denied, most often first.

    Two queries.
    """
    denied_them = Q(statements__links_out__kind=LinkKind.DENIES)
    by = (
        Actor.objects.filter(denied_them, statements__links_out__target__speaker=actor)
        .exclude(pk=actor.pk)
        .annotate(times=Count("statements__links_out", distinct=True))
        .order_by("-times", "name")
    )
    denied_by_them = Q(statements__links_in__kind=LinkKind.DENIES)
    of = (
        Actor.objects.filter(denied_by_them, statements__links_in__source__speaker=actor)
        .exclude(pk=actor.pk)
        .annotate(times=Count("statements__links_in", distinct=True))
        .order_by("-times", "name")
    )
    return _top(by), _top(of)


# A government's page names this many of the institutions and people it rolls up.
MEMBERS_SHOWN = 20


@require_safe
@permission_required("actors.view_actor", raise_exception=True)
def actor_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Kind, role, affiliations, aliases and country; statements over time; contradictors.

    A government's page rolls up what its institutions and people said (`?apart=1` shows its
    own statements only); rejected statements are left out unless `?include=everything`.
    """
    actor = get_object_or_404(Actor.objects.with_details(), pk=pk)
    include = request.GET.get("include", "")
    include = include if include in INCLUDES else INCLUDE_DEFAULT
    apart = request.GET.get("apart") == "1"
    rolls_up = actor.kind == ActorKind.GOVERNMENT and not apart
    speakers = Actor.objects.rolled_up(actor).values("pk") if rolls_up else None
    ids = Statement.objects.by_speaker(actor.pk, include=include, speakers=speakers)
    paginator = Paginator(ids, STATEMENTS_PER_PAGE)
    # Counted on speaker_id alone: the list's count would keep the join on articles that its
    # ordering needs (169 ms for the 20,127 statements of the busiest actor at 1M, 23 ms alone).
    who = Q(speaker_id__in=speakers) if speakers is not None else Q(speaker_id=actor.pk)
    paginator.count = Statement.objects.filter(who, Filters(include=include).statement_q()).count()
    page = paginator.get_page(request.GET.get("page"))
    # The page's ids swapped for its statements with their context.
    page.object_list = Statement.objects.in_order(list(page.object_list))  # type: ignore[assignment]
    contradicted_by, contradicted = contradictors(actor)
    context = {
        "actor": actor,
        "page": page,
        "contradicted_by": contradicted_by,
        "contradicted": contradicted,
        "include": include,
        "apart": apart,
        "rolls_up": rolls_up,
        "members": _members(actor) if actor.kind == ActorKind.GOVERNMENT else None,
    }
    return render_htmx(request, "actors/actor_detail.html", context, partial="actor-statements")


def _members(government: Actor) -> Contradictors:
    """The institutions and people a government's page rolls up, by name (one query)."""
    rolled_up = Actor.objects.rolled_up(government).values("pk")
    members = Actor.objects.filter(pk__in=rolled_up).exclude(pk=government.pk)
    members = members.order_by("name", "pk")
    return _top(members)


urlpatterns = [
    path("actors/<int:pk>/", actor_detail, name="actor_detail"),
]
