"""The e-mail digest: each opted-in user's notifications not e-mailed yet, in one message."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone

from statements.models import StatementLink
from watch.models import Notification, Subscriber
from watch.notify import describe_marked, review_note

# Notifications per e-mail; the rest go in the next digest.
PER_DIGEST = 200


def notifications_for_display(queryset: QuerySet[Notification]) -> QuerySet[Notification]:
    """Notifications with what their line and link need (four queries for any number).

    A notification whose statement a re-parse removed (and no new row took its place) is left
    out: it names nothing that can be shown.
    """
    return (
        queryset.filter(statement__isnull=False)
        .select_related(
            "statement__speaker",
            "statement__article",
            "statement__story",
            "watch__story",
            "watch__actor",
        )
        .prefetch_related(
            Prefetch(
                "statement__links_out",
                queryset=StatementLink.objects.select_related("target__speaker").order_by("pk"),
            )
        )
    )


def send_digests() -> int:
    """Send every due digest; returns the e-mails sent."""
    sent = 0
    users = Subscriber.objects.filter(email_digest=True, user__is_active=True).exclude(
        user__email=""
    )
    for user_id in users.values_list("user_id", flat=True):
        sent += send_digest(user_id)
    return sent


def send_digest(user_id: int) -> int:
    """One user's digest. The rows are locked while the e-mail goes out and marked sent in the
    same transaction: a failed send leaves them for the next digest, and two digest runs at once
    do not send the same rows twice (the second skips the locked rows)."""
    with transaction.atomic():
        ids = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(user_id=user_id, emailed_at__isnull=True, statement__isnull=False)
            .order_by("created_at", "pk")
            .values_list("pk", flat=True)[:PER_DIGEST]
        )
        if not ids:
            return 0
        rows = list(
            notifications_for_display(Notification.objects.filter(pk__in=ids)).order_by(
                "created_at", "pk"
            )
        )
        lines = [
            {
                "line": describe_marked(statement, n.watch),
                "review": review_note(statement),
                "text": statement.text,
                "url": settings.SITE_URL + statement.get_absolute_url(),
            }
            for n in rows
            if (statement := n.statement) is not None
        ]
        body = render_to_string("watch/digest.txt", {"lines": lines, "site": settings.SITE_URL})
        recipient = Subscriber.objects.select_related("user").get(user_id=user_id).user.email
        send_mail(
            f"Dementi: {len(lines)} new statement{'s' if len(lines) != 1 else ''} you follow",
            body,
            settings.DEFAULT_FROM_EMAIL,
            [recipient],
        )
        Notification.objects.filter(pk__in=ids).update(emailed_at=timezone.now())
    return 1
