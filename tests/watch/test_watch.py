"""Watchlists: a follower is told once per statement, by notification, digest and Atom feed."""

import datetime as dt

import feedparser
import pytest
from django.core import mail
from django.urls import reverse

from statements import services
from statements.models import ReviewStatus, Stance, Statement
from statements.services import review_statement
from tests.factories import (
    ActorFactory,
    AffiliationFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
    UserFactory,
)
from watch import digest
from watch.models import Notification, Subscriber, Watch
from watch.tasks import notify_accepted, notify_filed

pytestmark = pytest.mark.django_db

FIRST = (
    "The Daily Courier reported on Monday, citing two officials, that the government of Veloria "
    "had sold grain to a sanctioned buyer in March.\n"
    'The Velorian foreign ministry on Tuesday denied the report. "These claims are false," '
    "ministry spokeswoman Lena Ortiz told reporters in the capital.\n"
    "The newspaper said it stood by its reporting."
)

FOLLOW_UP = (
    "The government of Veloria sold grain to a sanctioned buyer in March, the Daily Courier "
    "reported last week, citing two officials.\n"
    "On Thursday Veloria's defence minister Marko Ivanic denied the report. "
    '"There was no such sale," Ivanic told state television.\n'
    "The Daily Courier said it stood by its story."
)


def ingest_text(text: str, capture) -> int:
    """Submit a pasted article and run the pipeline with its on-commit tasks, as a worker would."""
    with capture(execute=True):
        submission = services.submit_article(user=None, text=text, published=dt.date(2026, 3, 12))
    return submission.article.pk


def test_following_a_story_and_ingesting_a_denial_into_it_notifies_the_follower_once(
    analyst, eager_tasks, django_capture_on_commit_callbacks
):
    first = ingest_text(FIRST, django_capture_on_commit_callbacks)
    story = Statement.objects.filter(article_id=first).exclude(story=None).first().story
    Watch.objects.create(user=analyst, kind="story", story=story)

    follow_up = ingest_text(FOLLOW_UP, django_capture_on_commit_callbacks)

    filed = Statement.objects.filter(article_id=follow_up, story=story)
    assert filed.filter(stance=Stance.DENIAL).exists()
    notified = Notification.objects.filter(user=analyst)
    assert sorted(notified.values_list("statement_id", flat=True)) == sorted(
        filed.values_list("pk", flat=True)
    )
    # The same job delivered again (a redelivery after a lost acknowledgement) adds nothing.
    assert notify_filed.apply(kwargs={"article_id": follow_up}).get() == 0
    assert notify_filed.apply(kwargs={"article_id": follow_up}).get() == 0
    assert notified.count() == filed.count()


def test_the_notification_says_who_denied_what_in_which_story(analyst_client, analyst):
    story = StoryFactory(title="Grain sale")
    russia = ActorFactory(name="Russia")
    claim = StatementFactory(story=story, stance=Stance.CLAIM, speaker=ActorFactory(name="Courier"))
    denial = StatementFactory(story=story, stance=Stance.DENIAL, speaker=russia, text="<b>No</b>")
    StatementLinkFactory(source=denial, target=claim)
    Watch.objects.create(user=analyst, kind="story", story=story)
    notify_filed.apply(kwargs={"article_id": denial.article_id})

    page = analyst_client.get(reverse("notification_list")).content.decode()

    assert "Russia denied a claim by Courier in a story you follow (Grain sale)" in page
    assert denial.get_absolute_url() in page
    assert "&lt;b&gt;No&lt;/b&gt;" in page


def test_a_watch_on_acceptance_waits_for_the_editor(
    analyst, editor, django_capture_on_commit_callbacks, eager_tasks
):
    speaker = ActorFactory(name="Ministry")
    Watch.objects.create(user=analyst, kind="actor", actor=speaker, when="accepted")
    statement = StatementFactory(speaker=speaker, stance=Stance.DENIAL)
    notify_filed.apply(kwargs={"article_id": statement.article_id})
    assert not Notification.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        review_statement(statement=statement, decision=ReviewStatus.ACCEPTED, editor=editor)

    assert Notification.objects.get().statement == statement
    assert notify_accepted.apply(kwargs={"statement_id": statement.pk}).get() == 0


def test_an_actor_followed_with_its_people_matches_its_members(analyst):
    government = ActorFactory(name="Veloria", kind="government")
    minister = ActorFactory(name="Marko Ivanic")
    AffiliationFactory(actor=minister, organisation=government)
    Watch.objects.create(user=analyst, kind="actor", actor=government, with_members=True)
    statement = StatementFactory(speaker=minister)
    other = StatementFactory(speaker=ActorFactory(name="Someone else"))
    notify_filed.apply(kwargs={"article_id": statement.article_id})
    notify_filed.apply(kwargs={"article_id": other.article_id})
    assert list(Notification.objects.values_list("statement_id", flat=True)) == [statement.pk]


def test_country_and_saved_search_watches_match(analyst):
    Watch.objects.create(user=analyst, kind="country", country="RU")
    Watch.objects.create(user=analyst, kind="search", query="grain sanctions")
    russian = StatementFactory(speaker=ActorFactory(country="RU"), text="We reject it.")
    grain = StatementFactory(text="They sold grain despite the sanctions.")
    neither = StatementFactory(text="Nothing to say.")
    for statement in (russian, grain, neither):
        notify_filed.apply(kwargs={"article_id": statement.article_id})
    assert set(Notification.objects.values_list("statement_id", flat=True)) == {
        russian.pk,
        grain.pk,
    }


def test_rejected_statements_notify_nobody(analyst):
    story = StoryFactory()
    Watch.objects.create(user=analyst, kind="story", story=story)
    statement = StatementFactory(story=story, review_status=ReviewStatus.REJECTED)
    notify_filed.apply(kwargs={"article_id": statement.article_id})
    assert not Notification.objects.exists()


def test_the_digest_lists_new_notifications_once(analyst, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    story = StoryFactory(title="Grain sale")
    Watch.objects.create(user=analyst, kind="story", story=story)
    denial = StatementFactory(
        story=story, stance=Stance.DENIAL, speaker=ActorFactory(name="Russia"), text="It is a lie."
    )
    notify_filed.apply(kwargs={"article_id": denial.article_id})
    Subscriber.objects.create(user=analyst, email_digest=True)
    quiet = UserFactory(username="quiet", role="analyst")
    Watch.objects.create(user=quiet, kind="story", story=story)
    notify_filed.apply(kwargs={"article_id": denial.article_id})

    assert digest.send_digests() == 1
    assert digest.send_digests() == 0

    (message,) = mail.outbox
    assert message.to == [analyst.email]
    assert "Russia denied in a story you follow (Grain sale)" in message.body
    assert "It is a lie." in message.body
    assert settings.SITE_URL + denial.get_absolute_url() in message.body


def feed_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return feedparser.parse(response.content)


def test_the_story_feed_is_valid_atom_with_who_said_what(anonymous_client, analyst):
    story = StoryFactory(title="Grain sale")
    claim = StatementFactory(story=story, stance=Stance.CLAIM, speaker=ActorFactory(name="Courier"))
    denial = StatementFactory(
        story=story, stance=Stance.DENIAL, speaker=ActorFactory(name="Russia"), text="A lie & more"
    )
    StatementLinkFactory(source=denial, target=claim)
    StatementFactory(story=story, review_status=ReviewStatus.REJECTED, text="Rejected one")
    token = Subscriber.objects.create(user=analyst).feed_token

    feed = feed_of(anonymous_client, reverse("story_feed", args=[token, story.slug]))

    assert not feed.bozo
    assert feed.version == "atom10"
    assert feed.feed.title == "Dementi: the story “Grain sale”"
    titles = [entry.title for entry in feed.entries]
    assert "Russia denied a claim by Courier [unreviewed]" in titles
    assert len(feed.entries) == 2
    entry = next(e for e in feed.entries if e.title.startswith("Russia"))
    assert "A lie & more" in entry.summary
    assert "Answering Courier" in entry.summary
    assert entry.link.endswith(denial.get_absolute_url())


def test_the_actor_and_watch_feeds_parse(anonymous_client, analyst):
    speaker = ActorFactory(name="Russia")
    StatementFactory(speaker=speaker, stance=Stance.DENIAL)
    watch = Watch.objects.create(user=analyst, kind="actor", actor=speaker)
    token = Subscriber.objects.create(user=analyst).feed_token
    for url in (
        reverse("actor_feed", args=[token, speaker.pk]),
        reverse("watch_feed", args=[token, watch.pk]),
    ):
        feed = feed_of(anonymous_client, url)
        assert not feed.bozo
        assert [e.title for e in feed.entries] == ["Russia denied [unreviewed]"]


def test_a_feed_refuses_a_wrong_token(anonymous_client, analyst):
    story = StoryFactory()
    Subscriber.objects.create(user=analyst)
    response = anonymous_client.get(reverse("story_feed", args=["not-the-token", story.slug]))
    assert response.status_code == 404


def test_a_revoked_token_stops_working(analyst_client, analyst):
    story = StoryFactory()
    old = Subscriber.objects.create(user=analyst).feed_token
    assert analyst_client.post(reverse("token_revoke")).status_code == 302
    assert analyst_client.get(reverse("story_feed", args=[old, story.slug])).status_code == 404
    new = Subscriber.objects.get(user=analyst).feed_token
    assert new != old
    assert analyst_client.get(reverse("story_feed", args=[new, story.slug])).status_code == 200


def test_a_token_of_a_user_without_a_role_or_inactive_gives_no_feed(anonymous_client, analyst):
    story = StoryFactory()
    nobody = UserFactory(username="nobody")
    token = Subscriber.objects.create(user=nobody).feed_token
    assert anonymous_client.get(reverse("story_feed", args=[token, story.slug])).status_code == 404
    token = Subscriber.objects.create(user=analyst).feed_token
    analyst.is_active = False
    analyst.save()
    assert anonymous_client.get(reverse("story_feed", args=[token, story.slug])).status_code == 404


def test_a_watch_feed_is_only_its_owners(anonymous_client, analyst):
    other = UserFactory(username="other", role="analyst")
    watch = Watch.objects.create(user=other, kind="country", country="RU")
    token = Subscriber.objects.create(user=analyst).feed_token
    assert anonymous_client.get(reverse("watch_feed", args=[token, watch.pk])).status_code == 404
