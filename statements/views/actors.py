"""The actor page: who they are, everything they said, and who contradicted them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from actors.models import Actor, ActorKind
from statements import conditional, fragments, pagecache, services, summaries
from statements.forms import ActorForm, AffiliationForm, SplitActorForm
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.models import ActorSummary, AuditEntry, Contradiction, Statement
from statements.querysets import INCLUDE_DEFAULT, INCLUDES

STATEMENTS_PER_PAGE = 30


# The busiest spokesman at 1,000,000 statements was contradicted by 2,498 actors and contradicted
# 2,317: the page lists the first ones and says how many more there are.
CONTRADICTORS_SHOWN = 20


@dataclass(frozen=True)
class Members:
    actors: list[Actor]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.actors)


def _members(government: Actor) -> Members:
    """The institutions and people a government's page rolls up, by name (one query)."""
    return Members(*Actor.objects.members(government, shown=MEMBERS_SHOWN))


# A government's page names this many of the institutions and people it rolls up.
MEMBERS_SHOWN = 20


@require_safe
@permission_required("actors.view_actor", raise_exception=True)
def actor_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Kind, role, affiliations, aliases and country; statements over time; contradictors.

    A government's page rolls up what its institutions and people said (`?apart=1` shows its
    own statements only); rejected statements are left out unless `?include=everything`.
    """
    # The whole page is cached under the content token, which any change to a story or an
    # actor renews (the admin's saves of actors, aliases and affiliations too): a warm page runs
    # no query. Its fragments are cached by the actor's own version, so a new token re-renders
    # only the frame.
    content = summaries.content_version()
    tag = conditional.etag(request, "actor", pk, content)
    if conditional.not_modified(request, tag):
        return conditional.response_304(tag)
    editor = request.user.has_perm(CHANGE_ACTOR)
    # An editor's page has the history and the merge search: rendered for them alone.
    page_key = None if editor else pagecache.key(request, "actor", pk, content)
    if (hit := pagecache.cached(request, page_key)) is not None:
        return conditional.tagged(hit[0], tag, None)
    actor = get_object_or_404(Actor.objects.with_details(), pk=pk)
    context = _actor_context(request, actor)
    if editor:
        context.update(_editor_tools(request, actor))
    response = pagecache.render(
        request,
        page_key,
        "actors/actor_detail.html",
        context,
        partial="actor-statements",
        timeout=summaries.CONTENT_TIMEOUT,
    )
    return conditional.tagged(response, tag, None)


def _actor_context(request: HtmxHttpRequest, actor: Actor) -> dict[str, Any]:
    """What the actor page shows everyone: its record and contradictors, cached by the versions
    of the actor and (for a government) of those it rolls up (the queries in the page's budget).
    """
    include = request.GET.get("include", "")
    include = include if include in INCLUDES else INCLUDE_DEFAULT
    apart = request.GET.get("apart") == "1"
    rolls_up = actor.kind == ActorKind.GOVERNMENT and not apart
    speakers = Actor.objects.rolled_up(actor).values("pk") if rolls_up else [actor.pk]
    # The stored counts and versions (statements.summaries), one query: the list's own count
    # would keep the join on articles its ordering needs (169 ms for the busiest actor at 1M).
    count, version = ActorSummary.objects.record(speakers, include=include)
    template = "actors/actor_detail.html"
    can_split = request.user.has_perm(CHANGE_ACTOR)
    parts = (actor.pk, version, can_split, sorted(request.GET.lists()))
    # Both fragments in one round trip.
    fragments.prefetch(
        request,
        [
            fragments.key("actor-record", *parts),
            fragments.key("actor-contradictors", actor.pk, version),
        ],
    )

    def record() -> dict[str, Any]:
        ids = Statement.objects.by_speaker(
            actor.pk, include=include, speakers=speakers if rolls_up else None
        )
        paginator = Paginator(ids, STATEMENTS_PER_PAGE)
        paginator.count = count
        page = paginator.get_page(request.GET.get("page"))
        # The page's ids swapped for its statements with their context.
        statements = Statement.objects.in_order(list(page.object_list))
        return {
            "actor": actor,
            "page": page,
            "statements": statements,
            "include": include,
            "rolls_up": rolls_up,
            "can_split": can_split,
        }

    def contradictors() -> dict[str, Any]:
        by, of = Contradiction.objects.of(actor, shown=CONTRADICTORS_SHOWN)
        return {"contradicted_by": by, "contradicted": of}

    return {
        "actor": actor,
        "version": version,
        "record": fragments.rendered(
            "actor-record", parts, f"{template}#actor-record", record, request=request
        ),
        "contradictors": fragments.rendered(
            "actor-contradictors",
            (actor.pk, version),
            f"{template}#actor-contradictors",
            contradictors,
            request=request,
        ),
        "include": include,
        "apart": apart,
        "rolls_up": rolls_up,
        "members": _members(actor) if actor.kind == ActorKind.GOVERNMENT else None,
    }


CHANGE_ACTOR = "actors.change_actor"
# The history panel and the merge search show this many rows.
HISTORY_SHOWN = 20
CANDIDATES_SHOWN = 10


def _editor_tools(
    request: HtmxHttpRequest,
    actor: Actor,
    *,
    actor_form: ActorForm | None = None,
    affiliation_form: AffiliationForm | None = None,
    split_form: SplitActorForm | None = None,
) -> dict[str, Any]:
    """The editors' panel: rename, place, merge another actor in, split some of it off, and the
    history (2 queries; the split form lists the aliases already fetched with the actor)."""
    find = request.GET.get("find", "").strip()[:200]
    candidates = (
        list(
            Actor.objects.named(find).exclude(pk=actor.pk).order_by("name", "pk")[:CANDIDATES_SHOWN]
        )
        if find
        else []
    )
    history = list(
        AuditEntry.objects.filter(object_type="actor", object_id=actor.pk)
        .select_related("user")
        .order_by("-at", "-pk")[:HISTORY_SHOWN]
    )
    return {
        "actor_form": actor_form or ActorForm(instance=actor),
        "affiliation_form": affiliation_form or AffiliationForm(),
        "split_form": split_form,
        "find": find,
        "candidates": candidates,
        "history": history,
    }


def _editor(request: HtmxHttpRequest) -> User:
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def _page_with_errors(request: HtmxHttpRequest, actor: Actor, **forms: Any) -> HttpResponse:
    """The actor page again with the editor's input and its errors (nothing is lost)."""
    messages.error(request, "Nothing was saved: correct the fields marked below.")
    fresh = get_object_or_404(Actor.objects.with_details(), pk=actor.pk)
    context = {**_actor_context(request, fresh), **_editor_tools(request, fresh, **forms)}
    return render(request, "actors/actor_detail.html", context)


@require_POST
@permission_required(CHANGE_ACTOR, raise_exception=True)
def actor_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Rename an actor or correct its kind, role, country and description."""
    actor = get_object_or_404(Actor, pk=pk)
    form = ActorForm(request.POST, instance=Actor.objects.get(pk=pk))
    if not form.is_valid():
        return _page_with_errors(request, actor, actor_form=form)
    services.edit_actor(actor=actor, editor=_editor(request), changes=form.cleaned_data)
    messages.success(request, f"Saved {actor.name}.")
    return redirect(actor)


@require_POST
@permission_required(CHANGE_ACTOR, raise_exception=True)
def actor_affiliate(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Attach the actor to an organisation or government."""
    actor = get_object_or_404(Actor, pk=pk)
    form = AffiliationForm(request.POST)
    if not form.is_valid() or form.cleaned_data["organisation"].pk == actor.pk:
        if form.is_valid():
            form.add_error("organisation", "An actor cannot belong to itself.")
        return _page_with_errors(request, actor, affiliation_form=form)
    data = form.cleaned_data
    services.add_affiliation(
        actor=actor, organisation=data["organisation"], role=data["role"], editor=_editor(request)
    )
    messages.success(request, f"{actor.name} now belongs to {data['organisation'].name}.")
    return redirect(actor)


@require_POST
@permission_required(CHANGE_ACTOR, raise_exception=True)
def actor_split(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Move the chosen statements and names of an actor to a new actor or an existing one."""
    actor = get_object_or_404(Actor, pk=pk)
    form = SplitActorForm(request.POST, actor=actor)
    if not form.is_valid():
        return _page_with_errors(request, actor, split_form=form)
    data = form.cleaned_data
    into = services.split_actor(
        actor=actor,
        editor=_editor(request),
        statements=data["statements"],
        aliases=data["aliases"],
        into=data["into"],
        name=data["new_name"],
    )
    moved = len(data["statements"])
    messages.success(
        request,
        f"Moved {moved} statement{'s' if moved != 1 else ''} and {len(data['aliases'])} "
        f"name{'s' if len(data['aliases']) != 1 else ''} from {actor.name} to {into.name}.",
    )
    return redirect(actor)


@require_http_methods(["GET", "POST"])
@permission_required("actors.add_actor", raise_exception=True)
def actor_new(request: HtmxHttpRequest) -> HttpResponse:
    """Create an actor the parser did not find (then pick it as a statement's speaker)."""
    form = ActorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actor = services.create_actor(editor=_editor(request), **form.cleaned_data)
        messages.success(request, f"Created {actor.name}.")
        return redirect(actor)
    return render_htmx(request, "actors/actor_new.html", {"form": form}, partial="actor-new")


@require_POST
@permission_required(CHANGE_ACTOR, raise_exception=True)
def merge_undo(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Undo a merge from the actor's history: the merged actor comes back with its statements."""
    entry = get_object_or_404(AuditEntry, pk=pk, action="merge_actor", object_type="actor")
    try:
        restored = services.undo_merge(entry=entry, editor=_editor(request))
    except services.UndoError as exc:
        messages.error(request, str(exc))
        return redirect("actor_detail", entry.object_id)
    messages.success(request, f"Merge undone: {restored.name} is back with its statements.")
    return redirect(restored)


@require_POST
@permission_required(CHANGE_ACTOR, raise_exception=True)
def split_undo(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Undo a split from the actor's history: the statements and names come back to it."""
    entry = get_object_or_404(AuditEntry, pk=pk, action="split_actor", object_type="actor")
    try:
        source = services.undo_split(entry=entry, editor=_editor(request))
    except services.UndoError as exc:
        messages.error(request, str(exc))
        return redirect("actor_detail", entry.object_id)
    name = entry.details.get("name", "the other actor")
    messages.success(request, f"Split undone: what went to {name} is back with {source.name}.")
    return redirect(source)


urlpatterns = [
    path("actors/<int:pk>/", actor_detail, name="actor_detail"),
    path("actors/new/", actor_new, name="actor_new"),
    path("actors/<int:pk>/edit/", actor_edit, name="actor_edit"),
    path("actors/<int:pk>/affiliations/", actor_affiliate, name="actor_affiliate"),
    path("actors/<int:pk>/split/", actor_split, name="actor_split"),
    path("actors/history/<int:pk>/undo/", merge_undo, name="merge_undo"),
    path("actors/history/<int:pk>/undo-split/", split_undo, name="split_undo"),
]
