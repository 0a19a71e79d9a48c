"""Fixtures for the analysts' pages: big stories."""

import datetime as dt

from statements.models import Stance, Statement, Story
from tests.factories import ActorFactory, ArticleFactory, StoryFactory, link_answers_to_claims


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
