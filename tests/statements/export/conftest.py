"""Fixtures for dossier exports: the seed story through the real ingest, a fixed story built
from the seed's key facts for the Markdown snapshot, a big story, and a throwaway MEDIA_ROOT."""

import datetime as dt
from pathlib import Path

import pytest

from actors.models import Actor, ActorKind
from statements.models import Article, ReviewStatus, Stance, Statement, Story
from statements.services import review_statement, submit_article
from tests.factories import (
    ActorFactory,
    AffiliationFactory,
    ArticleFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
    link_answers_to_claims,
)

# Injected so that every generated dossier reads the same.
GENERATED_AT = dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.UTC)
SEED_OUTLET = "Example Arab Daily"
SEED_URL = "https://news.example.org/moscow-renews-denial"
SEED_PUBLISHED = dt.date(2024, 7, 18)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    """Generated dossiers go to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def seed_story(db, seed, eager_tasks, django_capture_on_commit_callbacks) -> Story:
    """The seed article through the real ingest pipeline; the story holding its claim.

    The seed records no outlet, URL or publication date; the stand-ins below are what an editor
    would type, so that the dossier has a full citation to check.
    """
    published = seed.get("published")
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit_article(
            user=None,
            text=seed["text"],
            title=seed["title"],
            outlet=seed.get("outlet") or SEED_OUTLET,
            url=seed.get("source_url") or SEED_URL,
            published=dt.date.fromisoformat(published) if published else SEED_PUBLISHED,
        )
    article = Article.objects.get(pk=submission.article.pk)
    assert article.status == "done", article.error
    claim = article.statements.filter(stance=Stance.CLAIM).order_by("evidence_start").first()
    assert claim is not None and claim.story is not None
    return claim.story


@pytest.fixture
def accepted_seed_story(seed_story, editor) -> Story:
    """The seed story once an editor has accepted every statement (through the review service)."""
    for statement in seed_story.statements.all():
        review_statement(statement=statement, decision=ReviewStatus.ACCEPTED, editor=editor)
    return seed_story


def _quote(article: Article, quote: str) -> tuple[int, int]:
    start = article.text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def fixed_story(db) -> Story:
    """The seed's key facts through the factories: stable whatever the parser does next.

    NBC claims secret talks; the Russian foreign ministry and Zakharova deny it; Sullivan (White
    House) denies it too; a Kremlin commentator confirms nothing but comments; one denial is
    still unreviewed and one statement was rejected.
    """
    russia = Actor.objects.governments().get(country="RU")
    usa = Actor.objects.governments().get(country="US")
    mfa = ActorFactory(
        name="Russian Ministry of Foreign Affairs", kind=ActorKind.ORGANISATION, country="RU"
    )
    AffiliationFactory(actor=mfa, organisation=russia)
    white_house = ActorFactory(name="White House", kind=ActorKind.ORGANISATION, country="US")
    AffiliationFactory(actor=white_house, organisation=usa)
    zakharova = ActorFactory(name="Maria Zakharova", role="spokeswoman", country="RU")
    AffiliationFactory(actor=zakharova, organisation=mfa, role="spokeswoman")
    sullivan = ActorFactory(name="Jake Sullivan", role="national security adviser", country="US")
    AffiliationFactory(actor=sullivan, organisation=white_house)
    nbc = ActorFactory(name="NBC", kind=ActorKind.MEDIA, country="US")
    tass = ActorFactory(name="TASS", kind=ActorKind.MEDIA, country="RU")

    story = StoryFactory(
        title="NBC: former U.S. officials held secret talks with Lavrov",
        slug="secret-talks-with-lavrov",
    )
    report = ArticleFactory(
        title='Moscow renews its denial of "secret talks" with Washington',
        outlet="Example Arab Daily",
        source_url="https://news.example.org/moscow-renews-denial",
        published=dt.date(2024, 7, 18),
        raw_text=(
            "NBC reported, citing unnamed sources, that former U.S. officials held secret talks "
            "with Lavrov in April.\n\nRussian foreign affairs denied reports alleging "
            '"secret talks" between Russia and the United States.\n\n"This is fake news that '
            'was deliberately pumped," Maria Zakharova said on Wednesday.'
        ),
    )
    briefing = ArticleFactory(
        title="White House denies holding secret talks with Russia",
        outlet="Wire <Service> & Co",
        source_url="https://wire.example.org/white-house-denies",
        published=dt.date(2024, 7, 19),
        raw_text=(
            'Jake Sullivan said "this didn\'t actually happen" at a White House briefing.\n\n'
            "TASS said the story was *old news*."
        ),
    )

    def say(article, speaker, stance, quote, made_on, status=ReviewStatus.ACCEPTED):
        start, end = _quote(article, quote)
        return StatementFactory(
            article=article,
            story=story,
            speaker=speaker,
            stance=stance,
            text=quote,
            evidence_start=start,
            evidence_end=end,
            made_on=made_on,
            review_status=status,
        )

    claim = say(
        report,
        nbc,
        Stance.CLAIM,
        "former U.S. officials held secret talks with Lavrov in April",
        dt.date(2024, 7, 16),
    )
    ministry = say(
        report,
        mfa,
        Stance.DENIAL,
        'denied reports alleging "secret talks" between Russia and the United States',
        None,
    )
    fake = say(
        report,
        zakharova,
        Stance.DENIAL,
        "This is fake news that was deliberately pumped",
        dt.date(2024, 7, 17),
    )
    white = say(
        briefing, sullivan, Stance.DENIAL, "this didn't actually happen", dt.date(2024, 7, 19)
    )
    say(briefing, tass, Stance.COMMENT, "the story was *old news*", dt.date(2024, 7, 19))
    unreviewed = say(
        briefing,
        sullivan,
        Stance.DENIAL,
        "at a White House briefing",
        dt.date(2024, 7, 19),
        status=ReviewStatus.PROPOSED,
    )
    say(briefing, tass, Stance.CLAIM, "TASS said", dt.date(2024, 7, 19), ReviewStatus.REJECTED)
    for denial in (ministry, fake, white, unreviewed):
        StatementLinkFactory(source=denial, target=claim, kind="denies")
    return story


def build_big_story(size: int) -> Story:
    """A story of `size` statements by five speakers over 30 days, claims linked to answers."""
    story = StoryFactory()
    article = ArticleFactory()
    government = Actor.objects.governments().get(country="FR")
    ministry = ActorFactory(kind=ActorKind.ORGANISATION, country="FR")
    AffiliationFactory(actor=ministry, organisation=government)
    speakers = [ActorFactory(country="FR", role="spokesperson") for _ in range(4)]
    for speaker in speakers[:2]:
        AffiliationFactory(actor=speaker, organisation=ministry)
    speakers.append(ActorFactory(kind=ActorKind.MEDIA))
    stances = [Stance.CLAIM, Stance.DENIAL, Stance.CONFIRMATION, Stance.COMMENT]
    Statement.objects.bulk_create(
        Statement(
            article=article,
            story=story,
            speaker=speakers[i % len(speakers)],
            stance=stances[i % len(stances)],
            text=f"Statement number {i}.",
            evidence_start=0,
            evidence_end=10,
            made_on=dt.date(2026, 3, 1) + dt.timedelta(days=i % 30),
            review_status=ReviewStatus.ACCEPTED,
        )
        for i in range(size)
    )
    link_answers_to_claims(story)
    return story
