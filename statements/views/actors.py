"""The actor page: who they are, everything they said, and who contradicted them."""

from __future__ import annotations

from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.views.decorators.http import require_safe

from actors.models import Actor
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.models import LinkKind, Statement

STATEMENTS_PER_PAGE = 30


def contradictors(actor: Actor) -> tuple[list[Actor], list[Actor]]:
    """Actors who denied this actor's statements, and those this actor denied (two queries)."""
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
    return list(by), list(of)


@require_safe
@permission_required("actors.view_actor", raise_exception=True)
def actor_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Kind, role, affiliations, aliases and country; statements over time; contradictors."""
    actor = get_object_or_404(Actor.objects.with_details(), pk=pk)
    statements = Statement.objects.by_speaker(actor.pk)
    page = Paginator(statements, STATEMENTS_PER_PAGE).get_page(request.GET.get("page"))
    contradicted_by, contradicted = contradictors(actor)
    context = {
        "actor": actor,
        "page": page,
        "contradicted_by": contradicted_by,
        "contradicted": contradicted,
    }
    return render_htmx(request, "actors/actor_detail.html", context, partial="actor-statements")


urlpatterns = [
    path("actors/<int:pk>/", actor_detail, name="actor_detail"),
]
