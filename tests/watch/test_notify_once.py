"""A follower is told once per statement content: parsing an article again tells nobody again."""

import datetime as dt

import pytest
from django.utils import timezone

from statements import services
from statements.models import Article, Statement
from tests.watch.test_watch import FIRST
from watch import notify
from watch.models import Notification, PendingNotice, Watch, WatchWhen
from watch.tasks import notify_filed

pytestmark = pytest.mark.django_db


def ingest(text: str, capture) -> Article:
    with capture(execute=True):
        submission = services.submit_article(user=None, text=text, published=dt.date(2026, 3, 12))
    return submission.article


def test_parsing_an_article_again_notifies_its_followers_once_and_keeps_the_link(
    analyst, eager_tasks, django_capture_on_commit_callbacks
):
    Watch.objects.create(user=analyst, kind="search", query="report")
    article = ingest(FIRST, django_capture_on_commit_callbacks)
    told = Notification.objects.filter(user=analyst)
    first = set(told.values_list("statement_id", flat=True))
    assert first and first <= set(article.statements.values_list("pk", flat=True))
    notifications = set(told.values_list("pk", flat=True))
    told.update(read_at=timezone.now())

    with django_capture_on_commit_callbacks(execute=True):
        services.reparse_article(article)

    rows = set(Statement.objects.filter(article=article).values_list("pk", flat=True))
    assert rows.isdisjoint(first)  # the re-parse made new rows...
    # ...and told nobody again: the same notifications, still read.
    assert set(told.values_list("pk", flat=True)) == notifications
    assert not told.filter(read_at=None).exists()
    # Each notification now points at the row that took its statement's place.
    assert set(told.values_list("statement_id", flat=True)) <= rows
    assert not told.filter(statement=None).exists()
    assert not PendingNotice.objects.exists()


def test_a_statement_whose_stance_changed_is_told_again_once(
    analyst, eager_tasks, django_capture_on_commit_callbacks
):
    Watch.objects.create(user=analyst, kind="search", query="report")
    article = ingest(FIRST, django_capture_on_commit_callbacks)
    # (both denials hold `report`: `denied the report` and `... told reporters`)
    told = (
        Notification.objects.filter(user=analyst, statement__stance="denial")
        .order_by("statement__evidence_start")
        .first()
    )
    assert told is not None
    statement = told.statement
    # The same words read as another stance are another statement to the follower.
    Statement.objects.filter(pk=statement.pk).update(stance="comment")
    assert notify_filed.apply(kwargs={"article_id": article.pk}).get() == 1
    assert notify.notify_statements([statement.pk], when=WatchWhen.FILED) == 0
