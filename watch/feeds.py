"""Atom feeds of new statements for feed readers, which cannot log in: a secret token instead.

The token in the URL stands for its user: the feed answers only while the token is the user's
current one (a new token revokes the old) and the user may still read statements.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_safe

from actors.models import Actor
from statements.models import ReviewStatus, Statement, StatementLink, Story
from watch.models import Subscriber, Watch
from watch.notify import describe_marked, review_note, watch_statements

# Entries per feed: the newest statements.
FEED_SIZE = 50


def _subscriber(token: str) -> Subscriber:
    """The token's owner, if the token is current and its owner may read statements (1 query,
    plus 2 for the permission check)."""
    subscriber = Subscriber.objects.select_related("user").filter(feed_token=token).first()
    if subscriber is None or not subscriber.user.is_active:
        raise Http404("No feed here.")
    if not subscriber.user.has_perm("statements.view_statement"):
        raise Http404("No feed here.")
    return subscriber


def _newest(statements: QuerySet[Statement]) -> list[Statement]:
    """The newest statements, rejected ones left out, with what an entry shows (two queries)."""
    return list(
        statements.exclude(review_status=ReviewStatus.REJECTED)
        .select_related("speaker", "article", "story")
        .prefetch_related(
            Prefetch(
                "links_out",
                queryset=StatementLink.objects.select_related("target__speaker").order_by("pk"),
            )
        )
        .order_by("-created_at", "-pk")[:FEED_SIZE]
    )


def _atom(request: HttpRequest, title: str, link: str, statements: list[Statement]) -> HttpResponse:
    feed = Atom1Feed(
        title=f"Dementi: {title}",
        link=request.build_absolute_uri(link),
        description=f"New statements in {title}",
        feed_url=request.build_absolute_uri(),
        language="en",
    )
    for statement in statements:
        answered = [link.target for link in statement.links_out.all()]
        parts = [
            f"{statement.speaker} ({statement.get_stance_display().lower()}): {statement.text}"
        ]
        note = review_note(statement)
        if note:
            # Readers show the title and the summary: both say it, not only a category.
            parts.insert(0, f"Review: {note}.")
        if answered:
            parts.append(f"Answering {answered[0].speaker}: {answered[0].text}")
        parts.append(f"Source: {statement.article}")
        url = request.build_absolute_uri(statement.get_absolute_url())
        feed.add_item(
            title=describe_marked(statement),
            link=url,
            description="\n\n".join(parts),
            unique_id=f"{settings.SITE_URL}/statement/{statement.pk}",
            pubdate=statement.created_at,
            updateddate=statement.updated_at,
            author_name=str(statement.speaker),
            # A term a reader can filter on: accepted or unreviewed (rejected ones are left out).
            categories=["unreviewed" if note else "accepted"],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_not_required
@require_safe
def story_feed(request: HttpRequest, token: str, slug: str) -> HttpResponse:
    _subscriber(token)
    story = get_object_or_404(Story, slug=slug)
    return _atom(
        request,
        f"the story “{story}”",
        story.get_absolute_url(),
        _newest(Statement.objects.filter(story=story)),
    )


@login_not_required
@require_safe
def actor_feed(request: HttpRequest, token: str, pk: int) -> HttpResponse:
    _subscriber(token)
    actor = get_object_or_404(Actor, pk=pk)
    statements = Statement.objects.filter(speaker=actor)
    return _atom(request, str(actor), actor.get_absolute_url(), _newest(statements))


@login_not_required
@require_safe
def watch_feed(request: HttpRequest, token: str, pk: int) -> HttpResponse:
    subscriber = _subscriber(token)
    watch = get_object_or_404(
        Watch.objects.select_related("story", "actor"), pk=pk, user=subscriber.user
    )
    return _atom(request, watch.label, watch.get_absolute_url(), _newest(watch_statements(watch)))
