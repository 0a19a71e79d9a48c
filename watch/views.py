"""Watchlists: what a user follows, the notifications it brings, the digest and feed token."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST, require_safe

from statements.htmx import HtmxHttpRequest, render_htmx
from watch import feeds
from watch.digest import notifications_for_display
from watch.forms import DigestForm, WatchForm
from watch.models import Notification, Subscriber, Watch, new_token
from watch.notify import describe

READ = "statements.view_statement"
PER_PAGE = 30


def _user(request: HtmxHttpRequest) -> User:
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def _subscriber(user: User) -> Subscriber:
    subscriber, _ = Subscriber.objects.get_or_create(user=user)
    return subscriber


@require_safe
@permission_required(READ, raise_exception=True)
def watch_list(request: HtmxHttpRequest) -> HttpResponse:
    """What the user follows, with each watch's feed address, the digest choice and the token."""
    user = _user(request)
    watches = Watch.objects.filter(user=user).select_related("actor", "story")
    page = Paginator(watches, PER_PAGE).get_page(request.GET.get("page"))
    subscriber = _subscriber(user)
    context = {
        "page": page,
        "form": WatchForm(),
        "digest_form": DigestForm(instance=subscriber),
        "subscriber": subscriber,
    }
    return render_htmx(request, "watch/watch_list.html", context, partial="watches")


@require_POST
@permission_required(READ, raise_exception=True)
def watch_add(request: HtmxHttpRequest) -> HttpResponse:
    """Follow an actor, a country, a story or a search (also from a story's or actor's page)."""
    form = WatchForm(request.POST)
    if form.is_valid():
        watch = form.save(commit=False)
        watch.user = _user(request)
        watch.save()
        messages.success(request, f"You follow {watch.label}.")
    else:
        errors = " ".join(str(e) for errs in form.errors.values() for e in errs)
        messages.error(request, f"Not followed: {errors}")
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        return redirect(back)
    return redirect("watch_list")


@require_POST
@permission_required(READ, raise_exception=True)
def watch_delete(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    watch = get_object_or_404(Watch, pk=pk, user=_user(request))
    watch.delete()
    messages.success(request, "You no longer follow it.")
    return redirect("watch_list")


@require_POST
@permission_required(READ, raise_exception=True)
def digest_update(request: HtmxHttpRequest) -> HttpResponse:
    form = DigestForm(request.POST, instance=_subscriber(_user(request)))
    if form.is_valid():
        form.save()
        messages.success(
            request, "E-mail digest on." if form.instance.email_digest else "E-mail digest off."
        )
    return redirect("watch_list")


@require_POST
@permission_required(READ, raise_exception=True)
def token_revoke(request: HtmxHttpRequest) -> HttpResponse:
    """A new feed token: every feed address given out before stops working."""
    Subscriber.objects.filter(pk=_subscriber(_user(request)).pk).update(feed_token=new_token())
    messages.success(request, "New feed addresses made; the old ones no longer work.")
    return redirect("watch_list")


@require_safe
@permission_required(READ, raise_exception=True)
def notification_list(request: HtmxHttpRequest) -> HttpResponse:
    """The user's notifications, newest first, each with a link to the evidence."""
    rows = notifications_for_display(Notification.objects.filter(user=_user(request)))
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    items = [(n, describe(s, n.watch)) for n in page if (s := n.statement) is not None]
    context = {"page": page, "items": items}
    return render_htmx(request, "watch/notification_list.html", context, partial="notifications")


@require_POST
@permission_required(READ, raise_exception=True)
def notifications_read(request: HtmxHttpRequest) -> HttpResponse:
    Notification.objects.filter(user=_user(request), read_at__isnull=True).update(
        read_at=timezone.now()
    )
    return redirect("notification_list")


@require_safe
@permission_required(READ, raise_exception=True)
def notification_count(request: HtmxHttpRequest) -> HttpResponse:
    """The header's link text, loaded by htmx after the page: one COUNT on an index."""
    count = Notification.objects.filter(
        user=_user(request), read_at__isnull=True, statement__isnull=False
    ).count()
    response = render(request, "watch/notification_list.html#notification-count", {"count": count})
    response["Cache-Control"] = "private, no-store"
    return response


urlpatterns = [
    path("watch/", watch_list, name="watch_list"),
    path("watch/add/", watch_add, name="watch_add"),
    path("watch/<int:pk>/delete/", watch_delete, name="watch_delete"),
    path("watch/digest/", digest_update, name="digest_update"),
    path("watch/token/", token_revoke, name="token_revoke"),
    path("notifications/", notification_list, name="notification_list"),
    path("notifications/read/", notifications_read, name="notifications_read"),
    path("notifications/count/", notification_count, name="notification_count"),
    path("feeds/<str:token>/story/<slug:slug>.atom", feeds.story_feed, name="story_feed"),
    path("feeds/<str:token>/actor/<int:pk>.atom", feeds.actor_feed, name="actor_feed"),
    path("feeds/<str:token>/watch/<int:pk>.atom", feeds.watch_feed, name="watch_feed"),
]
