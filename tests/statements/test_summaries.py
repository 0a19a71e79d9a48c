"""The stored summaries equal the aggregates over the statements after every kind of change."""

import datetime as dt

import pytest
from django.db.models import Count, F, Max, Min, Q
from django.db.models.functions import Coalesce

from actors.models import Actor, ActorKind
from statements import services, summaries
from statements.lanes import sides_of
from statements.models import (
    ActorSummary,
    Contradiction,
    ReviewStatus,
    Stance,
    Statement,
    StatementLink,
    Story,
)
from statements.querysets import INCLUDES, Filters, review_statuses
from statements.templatetags.display import country_name
from tests.factories import (
    ActorFactory,
    AffiliationFactory,
    ArticleFactory,
    GovernmentFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
)

TEXT = (
    "The Daily Courier reported on Monday, citing two officials, that the government of Veloria "
    "had sold grain to a sanctioned buyer in March. The Velorian foreign ministry on Tuesday "
    'denied the report. "These claims are false," ministry spokeswoman Lena Ortiz told '
    "reporters in the capital."
)


def expected_card(story: Story, include: str) -> dict:
    """What the story list should show, aggregated from the statements themselves."""
    shown = Statement.objects.filter(story=story, review_status__in=review_statuses(include))
    counts = dict(shown.order_by().values_list("stance").annotate(n=Count("pk")))
    days = shown.aggregate(
        first=Min(Coalesce("made_on", "article__published")),
        last=Max(Coalesce("made_on", "article__published")),
    )
    claim = (
        shown.filter(stance=Stance.CLAIM)
        .order_by(F("made_on").asc(nulls_last=True), "evidence_start", "pk")
        .select_related("speaker")
        .first()
    )
    names = dict(Actor.objects.governments().values_list("country", "name"))
    speakers = Statement.objects.lane_speakers(story, Filters(include=include))
    sides = sides_of(speakers, names).values()
    media = {s.name for s in speakers if s.kind == ActorKind.MEDIA}
    outlets = set(shown.exclude(article__outlet="").values_list("article__outlet", flat=True))
    return {
        "claims": counts.get(Stance.CLAIM, 0),
        "denials": counts.get(Stance.DENIAL, 0),
        "confirmations": counts.get(Stance.CONFIRMATION, 0),
        "first_day": days["first"],
        "last_day": days["last"],
        "claim": (claim.text, claim.speaker.name) if claim else ("", ""),
        "governments": sorted({side.label for side in sides if side.key not in ("", "media")}),
        "outlets": sorted(outlets | media),
    }


def stored_card(story: Story, include: str) -> dict:
    [card] = Story.objects.cards([story.pk], include)
    f = card.figures
    return {
        "claims": f.claims,
        "denials": f.denials,
        "confirmations": f.confirmations,
        "first_day": f.first_day,
        "last_day": f.last_day,
        "claim": (f.claim_text, card.claim_speaker),
        "governments": card.governments,
        "outlets": card.outlets,
    }


def expected_pairs() -> dict[tuple[int, int], int]:
    """Denials between two different actors, counted per (denier, denied)."""
    rows = (
        StatementLink.objects.filter(kind="denies")
        .exclude(source__speaker=F("target__speaker"))
        .values_list("source__speaker_id", "target__speaker_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {(a, b): n for a, b, n in rows}


def assert_summaries_match() -> None:
    for story in Story.objects.all():
        for include in INCLUDES:
            assert stored_card(story, include) == expected_card(story, include), (story, include)
    # The actors that speak, or have stored figures (the reference governments do neither).
    speaking = Q(statements__isnull=False) | Q(stored_summary__isnull=False)
    for actor in Actor.objects.filter(speaking).distinct():
        for include in INCLUDES:
            expected = Statement.objects.filter(
                speaker=actor, review_status__in=review_statuses(include)
            ).count()
            assert ActorSummary.objects.statements([actor.pk], include=include) == expected
    stored = {(c.denier_id, c.denied_id): c.count for c in Contradiction.objects.all()}
    assert stored == expected_pairs()
    # The story list's dispute flag: something shown is more than a claim.
    for include in INCLUDES:
        listed = set(Story.objects.matching(Filters(include=include)).values_list("pk", flat=True))
        disputed = set(
            Statement.objects.filter(review_status__in=review_statuses(include))
            .exclude(stance=Stance.CLAIM)
            .exclude(story=None)
            .values_list("story_id", flat=True)
        )
        assert listed == disputed, include


@pytest.fixture
def world(db):
    """Two stories: governments with and without a country code, a ministry, the media."""
    veloria = GovernmentFactory(name="Government of Veloria", country="")
    france = Actor.objects.governments().get(country="FR")  # reference data
    ministry = ActorFactory(kind=ActorKind.ORGANISATION, name="Velorian ministry")
    AffiliationFactory(actor=ministry, organisation=veloria)
    ortiz = ActorFactory(name="Lena Ortiz")
    AffiliationFactory(actor=ortiz, organisation=ministry)
    envoy = ActorFactory(name="French envoy", country="FR")
    courier = ActorFactory(name="Daily Courier", kind=ActorKind.MEDIA)
    first, second = StoryFactory(), StoryFactory()
    march = ArticleFactory(outlet="Example Wire", published=dt.date(2026, 3, 12))
    undated = ArticleFactory(outlet="Other Wire", published=dt.date(2026, 4, 2))
    claim = StatementFactory(story=first, article=march, speaker=courier, stance=Stance.CLAIM)
    denial = StatementFactory(story=first, article=march, speaker=ortiz, stance=Stance.DENIAL)
    StatementLinkFactory(source=denial, target=claim)
    late = StatementFactory(
        story=first, article=undated, speaker=envoy, stance=Stance.CONFIRMATION, made_on=None
    )
    StatementLinkFactory(source=late, target=claim, kind="confirms")
    other = StatementFactory(story=second, speaker=envoy, stance=Stance.CLAIM)
    answer = StatementFactory(story=second, speaker=ortiz, stance=Stance.DENIAL)
    StatementLinkFactory(source=answer, target=other)
    return {
        "first": first,
        "second": second,
        "claim": claim,
        "denial": denial,
        "late": late,
        "other": other,
        "ortiz": ortiz,
        "envoy": envoy,
        "courier": courier,
        "france": france,
        "veloria": veloria,
    }


def test_the_summaries_match_the_aggregates_once_built(world):
    assert_summaries_match()


def test_a_rebuild_gives_the_same_summaries(world):
    Contradiction.objects.all().delete()
    ActorSummary.objects.all().delete()
    summaries.rebuild()
    assert_summaries_match()


def test_filing_an_article_keeps_the_summaries_equal_to_the_aggregates(
    world, editor, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.submit_article(
            user=editor,
            text=TEXT,
            html="",
            url="",
            title="Grain report",
            outlet="Daily Courier",
            published=dt.date(2026, 3, 20),
        )
    assert submission.article.statements.exists()
    assert_summaries_match()


def test_reviewing_keeps_the_summaries_equal_to_the_aggregates(world, editor):
    services.review_statement(
        statement=world["denial"], decision=ReviewStatus.REJECTED, editor=editor
    )
    services.review_statement(
        statement=world["claim"], decision=ReviewStatus.ACCEPTED, editor=editor
    )
    assert_summaries_match()


def test_editing_a_statement_keeps_the_summaries_equal_to_the_aggregates(world, editor):
    services.edit_statement(
        statement=world["late"],
        editor=editor,
        changes={
            "speaker": world["ortiz"],
            "stance": Stance.DENIAL,
            "made_on": dt.date(2026, 1, 2),
        },
        denies=[world["claim"], world["other"]],
    )
    assert_summaries_match()


def test_moving_statements_keeps_the_summaries_equal_to_the_aggregates(world, editor):
    services.move_statements(statements=[world["denial"]], story=world["second"], editor=editor)
    assert_summaries_match()


def test_merging_and_splitting_stories_keep_the_summaries_equal(world, editor):
    new = services.split_story(story=world["first"], statements=[world["late"]], editor=editor)
    assert_summaries_match()
    services.merge_stories(keep=world["second"], merge=new, editor=editor)
    assert_summaries_match()


def test_merging_and_splitting_actors_keep_the_summaries_equal(world, editor):
    services.merge_actors(keep=world["envoy"], merge=world["ortiz"], editor=editor)
    assert_summaries_match()
    moved = Statement.objects.filter(speaker=world["envoy"], stance=Stance.DENIAL)
    services.split_actor(actor=world["envoy"], editor=editor, statements=moved, name="Ortiz")
    assert_summaries_match()


def test_placing_an_actor_elsewhere_keeps_the_summaries_equal(world, editor):
    services.edit_actor(actor=world["envoy"], editor=editor, changes={"country": ""})
    services.add_affiliation(
        actor=world["envoy"], organisation=world["veloria"], role="envoy", editor=editor
    )
    assert_summaries_match()


def test_a_renamed_government_is_shown_by_its_new_name(world, editor):
    services.edit_actor(actor=world["france"], editor=editor, changes={"name": "République"})
    [card] = Story.objects.cards([world["second"].pk])
    assert card.governments == ["Government of Veloria", "République"]
    assert_summaries_match()


def test_editing_an_articles_date_keeps_the_summaries_equal(world, editor):
    article = world["claim"].article
    services.edit_article_facts(
        article=article, editor=editor, changes={"published": dt.date(2026, 2, 1), "outlet": ""}
    )
    assert_summaries_match()


def test_each_change_gives_the_story_a_new_version(world, editor):
    story = world["first"]
    before = story.stored_summary.version
    services.review_statement(statement=world["claim"], decision="accepted", editor=editor)
    story.stored_summary.refresh_from_db()
    assert story.stored_summary.version == before + 1


def test_country_names_fall_back_to_the_code_list_without_a_government(world):
    Actor.objects.filter(pk=world["france"].pk).delete()
    [card] = Story.objects.cards([world["second"].pk])
    assert country_name("FR") in card.governments
