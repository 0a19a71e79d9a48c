"""Fixtures for the analysts' pages: the seed article through the real ingest, big stories."""

import datetime as dt

import pytest

from statements.models import Article, Stance, Statement, Story
from statements.services import submit_article
from tests.factories import ActorFactory, ArticleFactory, StoryFactory, link_answers_to_claims


def ingest(django_capture_on_commit_callbacks, *, text: str, title: str, **extra) -> Article:
    """Submit an article through the real pipeline and return it once filed."""
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit_article(user=None, text=text, title=title, **extra)
    submission.article.refresh_from_db()
    return submission.article


@pytest.fixture
def seed_article(db, seed, eager_tasks, django_capture_on_commit_callbacks) -> Article:
    data = seed
    article = ingest(
        django_capture_on_commit_callbacks,
        text=data["text"],
        title=data["title"],
        outlet=data.get("outlet") or "",
    )
    assert article.status == "done", article.error
    return article


@pytest.fixture
def seed_story(seed_article) -> Story:
    """The story holding the seed's claim (NBC's report of secret talks)."""
    claim = seed_article.statements.filter(stance=Stance.CLAIM).order_by("evidence_start").first()
    assert claim is not None and claim.story is not None
    return claim.story


def build_story(size: int) -> Story:
    """A story of `size` statements from four governments and the media, linked like real ones.

    Bulk-created so that 500 statements take a moment; made through the factories' defaults.
    """
    story = StoryFactory()
    article = ArticleFactory()
    speakers = [
        ActorFactory(country=country, kind=kind)
        for country, kind in (
            ("RU", "person"),
            ("US", "person"),
            ("FR", "government"),
            ("", "media"),
        )
    ]
    stances = [Stance.CLAIM, Stance.DENIAL, Stance.CONFIRMATION, Stance.COMMENT]
    rows = [
        Statement(
            article=article,
            story=story,
            speaker=speakers[i % len(speakers)],
            stance=stances[i % len(stances)],
            text=f"Statement number {i}.",
            evidence_start=0,
            evidence_end=10,
            made_on=dt.date(2026, 3, 1) + dt.timedelta(days=i % 20),
        )
        for i in range(size)
    ]
    Statement.objects.bulk_create(rows)
    link_answers_to_claims(story)
    Story.objects.filter(pk=story.pk).update(last_activity=dt.datetime(2026, 3, 20, tzinfo=dt.UTC))
    return story
