"""Feeds, digests and notifications say which statements no editor has accepted yet, as the
pages do: a follower told of a statement is told whether it was checked."""

import feedparser
import pytest
from django.core import mail
from django.urls import reverse

from statements.models import ReviewStatus, Stance
from statements.services import review_statement
from tests.factories import ActorFactory, StatementFactory, StoryFactory
from watch import digest
from watch.models import Subscriber, Watch
from watch.tasks import notify_filed

pytestmark = pytest.mark.django_db


def two_statements(story):
    """An accepted claim and an unreviewed denial in the story."""
    claim = StatementFactory(
        story=story,
        stance=Stance.CLAIM,
        speaker=ActorFactory(name="Courier"),
        review_status=ReviewStatus.ACCEPTED,
        text="Grain was sold.",
    )
    denial = StatementFactory(
        story=story, stance=Stance.DENIAL, speaker=ActorFactory(name="Russia"), text="It is a lie."
    )
    return claim, denial


def test_the_story_feed_marks_unreviewed_entries_in_title_summary_and_category(
    anonymous_client, analyst
):
    story = StoryFactory(title="Grain sale")
    claim, denial = two_statements(story)
    token = Subscriber.objects.create(user=analyst).feed_token

    response = anonymous_client.get(reverse("story_feed", args=[token, story.slug]))
    feed = feedparser.parse(response.content)

    unreviewed = next(e for e in feed.entries if e.link.endswith(denial.get_absolute_url()))
    accepted = next(e for e in feed.entries if e.link.endswith(claim.get_absolute_url()))
    assert len(feed.entries) == 2
    assert unreviewed.title == "Russia denied [unreviewed]"
    assert unreviewed.summary.startswith("Review: unreviewed: not yet checked by an editor.")
    assert [t.term for t in unreviewed.tags] == ["unreviewed"]
    assert accepted.title == "Courier claimed something"
    assert "Review:" not in accepted.summary
    assert [t.term for t in accepted.tags] == ["accepted"]


def test_the_digest_says_which_statements_are_unreviewed(analyst, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    story = StoryFactory(title="Grain sale")
    Watch.objects.create(user=analyst, kind="story", story=story)
    claim, denial = two_statements(story)
    notify_filed.apply(kwargs={"article_id": claim.article_id})
    notify_filed.apply(kwargs={"article_id": denial.article_id})
    Subscriber.objects.create(user=analyst, email_digest=True)

    assert digest.send_digests() == 1

    (message,) = mail.outbox
    claim_part, denial_part = message.body.split("- Russia")
    assert "Courier claimed something in a story you follow (Grain sale)\n" in claim_part
    assert "Review:" not in claim_part
    assert "denied in a story you follow (Grain sale) [unreviewed]" in denial_part
    assert "Review: unreviewed: not yet checked by an editor." in denial_part


def test_the_notifications_page_shows_each_statements_review_status(
    analyst_client, analyst, editor
):
    story = StoryFactory(title="Grain sale")
    Watch.objects.create(user=analyst, kind="story", story=story)
    claim, denial = two_statements(story)
    notify_filed.apply(kwargs={"article_id": claim.article_id})
    notify_filed.apply(kwargs={"article_id": denial.article_id})

    body = analyst_client.get(reverse("notification_list")).content.decode()
    assert body.count('<span class="review review--proposed">Unreviewed</span>') == 1
    assert body.count('<span class="review review--accepted">Accepted</span>') == 1

    # Rejected after the follower was told: the page says so instead of showing it as before.
    review_statement(statement=denial, decision=ReviewStatus.REJECTED, editor=editor)
    body = analyst_client.get(reverse("notification_list")).content.decode()
    assert '<span class="review review--rejected">Rejected</span>' in body
