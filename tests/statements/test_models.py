"""The data model's constraints: what the database itself refuses."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from actors.models import Actor, ActorKind, Alias
from statements.models import Article, Stance, Statement, StatementLink, Story, content_hash
from tests.factories import (
    ActorFactory,
    AffiliationFactory,
    AliasFactory,
    ArticleFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
)

pytestmark = pytest.mark.django_db


def refused(fn) -> bool:
    """True when the database refuses what fn writes (the transaction is rolled back)."""
    try:
        with transaction.atomic():
            fn()
    except IntegrityError:
        return True
    return False


def test_alias_is_stored_with_its_normalised_form():
    alias = AliasFactory(name="  The Élysée Palace ")
    assert alias.normalised == "elysee palace"


def test_alias_is_unique_per_actor_whatever_its_spelling_case():
    actor = ActorFactory(name="Jane Roe")
    AliasFactory(actor=actor, name="J. Roe")
    assert refused(lambda: AliasFactory(actor=actor, name="j roe"))


def test_the_same_alias_may_belong_to_two_actors():
    AliasFactory(actor=ActorFactory(), name="The Ministry")
    AliasFactory(actor=ActorFactory(), name="The Ministry")
    assert Alias.objects.filter(normalised="ministry").count() == 2


def test_actor_kind_outside_the_choices_is_refused():
    assert refused(lambda: ActorFactory(kind="alien"))


def test_actor_country_must_be_iso_alpha_2():
    assert refused(lambda: ActorFactory(country="ru"))
    assert refused(lambda: ActorFactory(country="R1"))
    assert ActorFactory(country="RU").country == "RU"


def test_an_actor_cannot_be_affiliated_with_itself():
    actor = ActorFactory(kind=ActorKind.ORGANISATION)
    assert refused(lambda: AffiliationFactory(actor=actor, organisation=actor))


def test_statement_stance_outside_the_choices_is_refused():
    assert refused(lambda: StatementFactory(stance="rumour"))


def test_statement_evidence_must_be_a_non_empty_span():
    assert refused(lambda: StatementFactory(evidence_start=10, evidence_end=10))


def test_a_statement_cannot_link_to_itself():
    statement = StatementFactory(stance=Stance.DENIAL)
    assert refused(
        lambda: StatementLink.objects.create(source=statement, target=statement, kind="denies")
    )


def test_a_link_between_two_statements_is_stored_once():
    link = StatementLinkFactory()
    assert refused(
        lambda: StatementLink.objects.create(source=link.source, target=link.target, kind="denies")
    )


def test_link_kind_outside_the_choices_is_refused():
    denial, claim = StatementFactory(stance=Stance.DENIAL), StatementFactory(stance=Stance.CLAIM)
    assert refused(
        lambda: StatementLink.objects.create(source=denial, target=claim, kind="ignores")
    )


def test_articles_are_deduplicated_by_source_url():
    ArticleFactory(source_url="https://news.example.org/a")
    assert refused(lambda: ArticleFactory(source_url="https://news.example.org/a"))


def test_articles_are_deduplicated_by_content_hash_whitespace_and_case_aside():
    ArticleFactory(source_url=None, raw_text="Moscow denied the report.\n")
    assert refused(
        lambda: ArticleFactory(source_url=None, raw_text="  moscow  denied the REPORT. ")
    )
    assert content_hash("a  b") == content_hash("A b")


def test_articles_without_url_or_text_do_not_collide():
    Article.objects.create(source_url=None, raw_text="")
    Article.objects.create(source_url=None, raw_text="")
    assert Article.objects.count() == 2


def test_story_slug_is_made_unique_from_the_title():
    first, second = StoryFactory(title="Secret talks"), StoryFactory(title="Secret talks")
    assert first.slug == "secret-talks"
    assert second.slug == "secret-talks-2"
    assert Story.objects.count() == 2


def test_deleting_a_statement_removes_its_links():
    link = StatementLinkFactory()
    link.source.delete()
    assert not StatementLink.objects.exists()
    assert Statement.objects.count() == 1


def test_reference_data_holds_every_un_member_state_with_capital_and_demonym():
    governments = Actor.objects.governments()
    assert governments.filter(country__regex=r"^[A-Z]{2}$").count() >= 193
    russia = governments.get(country="RU")
    aliases = set(russia.aliases.values_list("normalised", flat=True))
    assert {"moscow", "russian"} <= aliases
    white_house = Actor.objects.get(name="White House")
    assert white_house.affiliations.get().organisation.country == "US"


@pytest.mark.parametrize(
    ("status", "minutes_ago", "live"),
    [("parsing", 1, True), ("queued", 1, True), ("done", 1, False), ("parsing", 11, False)],
)
def test_live_in_by_slug_answers_as_by_story(db, status, minutes_ago, live):
    statement = StatementFactory()
    when = timezone.now() - dt.timedelta(minutes=minutes_ago)
    Article.objects.filter(pk=statement.article_id).update(status=status, updated_at=when)
    StatementFactory(story=StoryFactory(slug="another"))  # an article of another story
    assert Article.objects.live_in(statement.story) is live
    assert Article.objects.live_in(statement.story.slug) is live
