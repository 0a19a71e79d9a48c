"""Parsed names resolve to the registry: aliases, spelling variants, else proposed actors."""

import pytest

from actors.models import Actor, ActorStatus, Affiliation
from actors.resolve import ParsedActor, resolve_actors
from actors.services import merge_actors
from tests.factories import ActorFactory, AffiliationFactory, AliasFactory, StatementFactory

pytestmark = pytest.mark.django_db


def parsed(key, name, kind="person", **extra):
    return ParsedActor(key=key, name=name, kind=kind, **extra)


def test_a_capital_resolves_to_its_government_from_the_reference_data():
    result = resolve_actors([parsed("a1", "Moscow", "government")])
    assert result.actors["a1"].country == "RU"
    assert result.created == []


def test_a_known_alias_resolves_to_its_actor():
    actor = ActorFactory(name="Lena Ortiz")
    AliasFactory(actor=actor, name="Spokeswoman Ortiz")
    result = resolve_actors([parsed("a1", "spokeswoman ortiz")])
    assert result.actors["a1"] == actor


def test_a_spelling_variant_of_a_full_name_resolves_to_the_same_actor():
    actor = ActorFactory(name="Maria Zakharova")
    result = resolve_actors([parsed("a1", "Maria Zaharova")])
    assert result.actors["a1"] == actor
    assert actor.aliases.filter(normalised="maria zaharova").exists()


def test_a_variant_already_merged_by_the_parser_resolves_by_alias():
    actor = ActorFactory(name="Jake Sullivan")
    result = resolve_actors([parsed("a1", "Jake Salevan", aliases=("Jake Sullivan", "Salevan"))])
    assert result.actors["a1"] == actor


def test_people_with_the_same_first_name_and_a_similar_surname_stay_apart():
    ActorFactory(name="John Brown")
    result = resolve_actors([parsed("a1", "John Bowen")])
    assert result.created


def test_a_different_person_is_not_matched_fuzzily():
    ActorFactory(name="Maria Lopez")
    result = resolve_actors([parsed("a1", "Mario Ruiz")])
    assert result.created and result.created[0].status == ActorStatus.PROPOSED


def test_a_new_actor_is_proposed_with_aliases_role_and_affiliation():
    result = resolve_actors(
        [
            parsed("a1", "Lena Ortiz", aliases=("Ortiz",), role="spokeswoman", affiliation="a2"),
            parsed("a2", "Velorian Foreign Ministry", "organisation"),
        ]
    )
    ortiz, ministry = result.actors["a1"], result.actors["a2"]
    assert ortiz.status == ActorStatus.PROPOSED and ortiz.role == "spokeswoman"
    assert ortiz.aliases.filter(normalised="ortiz").exists()
    assert Affiliation.objects.get(actor=ortiz).organisation == ministry


def test_resolving_the_same_actors_twice_creates_nothing_new():
    items = [
        parsed("a1", "Lena Ortiz", aliases=("Ortiz",), affiliation="a2"),
        parsed("a2", "Velorian Ministry", "organisation"),
    ]
    resolve_actors(items)
    before = (Actor.objects.count(), Affiliation.objects.count())
    resolve_actors(items)
    assert (Actor.objects.count(), Affiliation.objects.count()) == before


def test_merging_actors_moves_statements_affiliations_and_names():
    keep, merge = (
        ActorFactory(name="Jake Sullivan"),
        ActorFactory(name="J. Salevan", role="adviser"),
    )
    AliasFactory(actor=merge, name="Salevan")
    org = ActorFactory(kind="organisation")
    AffiliationFactory(actor=merge, organisation=org)
    statement = StatementFactory(speaker=merge)
    merge_actors(keep=keep, merge=merge)
    statement.refresh_from_db()
    keep.refresh_from_db()
    assert statement.speaker == keep
    assert keep.role == "adviser"
    assert set(keep.aliases.values_list("normalised", flat=True)) >= {"j salevan", "salevan"}
    assert Affiliation.objects.get(actor=keep).organisation == org


def test_an_actor_cannot_be_merged_into_itself():
    actor = ActorFactory()
    with pytest.raises(ValueError, match="itself"):
        merge_actors(keep=actor, merge=actor)


def test_a_shared_surname_alone_does_not_merge_two_people():
    other = ActorFactory(name="Ana Ortiz")
    AliasFactory(actor=other, name="Ortiz")
    result = resolve_actors([parsed("a1", "Lena Ortiz", aliases=("Ortiz",))])
    assert result.actors["a1"] != other
