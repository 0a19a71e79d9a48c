"""make_synthetic: exact counts, valid evidence spans, links inside one story, realistic skew.

The same tests run on SQLite (bulk_create) and, in CI, on PostgreSQL (COPY).
"""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, F

from actors.models import Actor, ActorKind
from statements.models import (
    Article,
    LinkKind,
    ReviewStatus,
    Stance,
    Statement,
    StatementLink,
    Story,
)
from tests.factories import StatementFactory

SIZES = {"articles": 60, "statements": 600, "stories": 15, "actors": 60}


def make(**overrides) -> str:
    out = StringIO()
    options = {**SIZES, "seed": 7, "batch_size": 100, **overrides}
    call_command("make_synthetic", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def synthetic(db):
    return make()


def test_creates_exactly_the_requested_numbers(synthetic):
    assert Story.objects.count() == SIZES["stories"]
    assert Article.objects.count() == SIZES["articles"]
    assert Statement.objects.count() == SIZES["statements"]
    assert "600 statements" in synthetic


def test_every_evidence_span_is_the_statement_sentence_in_its_article(synthetic):
    for statement in Statement.objects.select_related("article"):
        text = statement.article.text
        assert 0 <= statement.evidence_start < statement.evidence_end <= len(text)
        assert text[statement.evidence_start : statement.evidence_end] == statement.text


def test_links_join_statements_of_one_story_and_never_a_statement_to_itself(synthetic):
    links = StatementLink.objects.select_related("source", "target")
    assert links.exists()
    for link in links:
        assert link.source_id != link.target_id
        assert link.source.story_id == link.target.story_id
        assert link.target.stance == Stance.CLAIM
        expected = Stance.DENIAL if link.kind == LinkKind.DENIES else Stance.CONFIRMATION
        assert link.source.stance == expected


def test_every_denial_and_confirmation_answers_a_claim(synthetic):
    answers = Statement.objects.filter(stance__in=[Stance.DENIAL, Stance.CONFIRMATION])
    assert answers.exists()
    assert not answers.filter(links_out__isnull=True).exists()


def test_articles_belong_to_one_story_each_and_have_distinct_texts(synthetic):
    stories_per_article = Statement.objects.values("article").annotate(
        n=Count("story", distinct=True)
    )
    assert {row["n"] for row in stories_per_article} == {1}
    assert Article.objects.values("content_hash").distinct().count() == SIZES["articles"]


def test_story_sizes_and_speakers_are_skewed(synthetic):
    sizes = sorted(
        Story.objects.annotate(n=Count("statements")).values_list("n", flat=True), reverse=True
    )
    mean = SIZES["statements"] / SIZES["stories"]
    assert sizes[0] >= 2 * mean
    assert sizes[-1] < mean
    talk = Counter(Statement.objects.values_list("speaker_id", flat=True))
    top = sum(n for _, n in talk.most_common(len(talk) // 10 or 1))
    # The most talkative tenth of the speakers say more than a fifth of everything.
    assert top > SIZES["statements"] / 5


def test_disputes_span_several_years_with_last_activity_set(synthetic):
    assert not Story.objects.filter(last_activity__isnull=True).exists()
    years = {
        d.year for d in Statement.objects.exclude(made_on=None).values_list("made_on", flat=True)
    }
    assert len(years) >= 3
    assert not Statement.objects.filter(made_on__gt=F("article__published")).exists()


def test_most_statements_are_accepted_and_all_stances_occur(synthetic):
    accepted = Statement.objects.filter(review_status=ReviewStatus.ACCEPTED).count()
    assert accepted > 0.8 * SIZES["statements"]
    assert set(Statement.objects.values_list("stance", flat=True)) == set(Stance.values)


def test_speakers_include_people_governments_and_outlets(synthetic):
    kinds = set(Actor.objects.filter(statements__isnull=False).values_list("kind", flat=True))
    assert {ActorKind.PERSON, ActorKind.GOVERNMENT, ActorKind.MEDIA} <= kinds


def test_a_second_run_adds_to_the_data_and_ordinary_saves_still_work(synthetic):
    make(seed=8)
    assert Statement.objects.count() == 2 * SIZES["statements"]
    assert Story.objects.count() == 2 * SIZES["stories"]
    # The id sequences moved past the reserved blocks: a plain insert does not collide.
    statement = StatementFactory()
    assert statement.pk > Statement.objects.exclude(pk=statement.pk).order_by("-pk")[0].pk


def test_the_same_seed_makes_the_same_disputes(db):
    make()
    first = list(Story.objects.order_by("pk").values_list("title", flat=True))
    Statement.objects.all().delete()
    Article.objects.all().delete()
    Story.objects.all().delete()
    make()
    assert list(Story.objects.order_by("pk").values_list("title", flat=True)) == first


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"articles": 700, "statements": 600}, "--articles <= --statements"),
        ({"articles": 0, "statements": 600}, "at least 1"),
        ({"batch_size": 0}, "--batch-size"),
    ],
)
def test_impossible_sizes_are_refused_with_a_clear_message(db, options, message):
    with pytest.raises(CommandError, match=message):
        make(**options)
    assert not Statement.objects.exists()


def test_runs_with_only_product_code_importable(db, monkeypatch):
    """An installed package ships no tests/ and no dev dependencies: they must not be needed."""
    import sys

    for name in ("tests", "tests.factories", "factory", "faker"):
        monkeypatch.setitem(sys.modules, name, None)  # importing it now raises ImportError
    out = make(statements=120, articles=12, stories=4, actors=20)
    assert Statement.objects.count() == 120 and "120 statements" in out


def test_articles_default_to_a_tenth_of_the_statements(db):
    out = StringIO()
    call_command("make_synthetic", statements=200, seed=3, stdout=out)
    assert Article.objects.count() == 20 and Statement.objects.count() == 200
