"""Organisations, their people and unnamed groups as speakers, on sentences written for these
tests: a title without an article in apposition, company names, groups and sources."""

import datetime as dt

from .statements import actor_named, contract_with_actors

PUB = dt.date(2026, 4, 8)


def _parse(text):
    return contract_with_actors(text, PUB)


def _speakers(out, by_id):
    return [by_id[s["speaker"]]["name"] if s["speaker"] else None for s in out["statements"]]


def test_a_title_without_an_article_after_a_name_is_that_persons_role():
    text = (
        "Pedro Alves, president of the Douro winegrowers' association, said the frost had "
        "destroyed half the harvest.\n\n"
        "The president said growers would ask for compensation."
    )
    out, by_id = _parse(text)
    alves = actor_named(out, "Pedro Alves")
    assert alves["kind"] == "person"
    assert by_id[alves["affiliation"]]["name"] == "Douro winegrowers' association"
    assert _speakers(out, by_id) == ["Pedro Alves", "Pedro Alves"]
    names = [a["name"] for a in out["actors"]]
    assert not any(n.startswith("president of") for n in names)


def test_a_deputy_head_of_a_named_authority_belongs_to_it():
    text = (
        "Marta Silva, deputy head of the Mondego Basin Authority, told reporters the dam "
        "had not been opened."
    )
    out, by_id = _parse(text)
    silva = actor_named(out, "Marta Silva")
    assert by_id[silva["affiliation"]]["name"] == "Mondego Basin Authority"


def test_a_spokesman_without_an_article_for_a_ministry_keeps_his_name():
    text = "Tomas Berg, spokesman for the fisheries ministry, said the quota stood."
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Tomas Berg"]


def test_a_group_named_by_what_its_people_do_is_a_person_actor():
    text = (
        "Critics of the minister said the canal would ruin the wetlands.\n\n"
        "Local residents said the river had smelled for weeks."
    )
    out, _ = _parse(text)
    assert actor_named(out, "Critics of the minister")["kind"] == "person"
    assert actor_named(out, "Local residents")["kind"] == "person"


def test_a_states_trade_named_by_its_people_stays_a_body():
    text = "Peru's avocado growers said the new levy would halve their exports."
    out, _ = _parse(text)
    assert actor_named(out, "Peru's avocado growers")["kind"] == "organisation"


def test_unnamed_outlets_are_media():
    text = "Certain media outlets reported that the port would close in May."
    out, _ = _parse(text)
    assert actor_named(out, "Certain media outlets")["kind"] == "media"


def test_a_company_named_in_another_language_is_a_body_that_it_speaks_for():
    text = (
        "Cuyo Energia said on Monday that it had not been told of the ban. "
        "It said the plant would stay open."
    )
    out, by_id = _parse(text)
    firm = actor_named(out, "Cuyo Energia")
    assert firm["kind"] == "organisation"
    assert _speakers(out, by_id) == ["Cuyo Energia", "Cuyo Energia"]


def test_a_company_with_a_legal_form_is_a_body():
    text = "Halvorsen Brothers Ltd denied that its tanker had entered the strait."
    out, _ = _parse(text)
    assert actor_named(out, "Halvorsen Brothers Ltd")["kind"] == "organisation"


def test_a_trade_at_a_named_body_gives_the_body_not_a_phrase_alias():
    text = (
        '"The estuary is silting up," says Rui Matos, a geologist at the University of Aveiro. '
        "He argues that the dredging came too late."
    )
    out, by_id = _parse(text)
    matos = actor_named(out, "Rui Matos")
    uni = by_id[matos["affiliation"]]
    assert uni["name"] == "University of Aveiro"
    assert uni["aliases"] == []
    assert _speakers(out, by_id) == ["Rui Matos", "Rui Matos"]


def test_a_body_described_as_a_group_is_that_group_later():
    text = (
        "Rio Limpo, an environmental group that has sampled the river since 2010, said the "
        "water was unsafe.\n\nThe group said fish had died."
    )
    out, by_id = _parse(text)
    body = actor_named(out, "Rio Limpo")
    assert body["kind"] == "organisation"
    assert _speakers(out, by_id) == ["Rio Limpo", "Rio Limpo"]


def test_it_after_a_sentence_about_a_body_is_that_body():
    text = (
        "Portugal denied the report on Monday.\n\n"
        "The Mondego Basin Authority was set up in 1999 to manage the river. It acknowledged on "
        "Tuesday that two gauges had failed in March."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id)[-1] == "Mondego Basin Authority"
    assert actor_named(out, "Mondego Basin Authority")["kind"] == "organisation"


def test_it_after_a_speaking_body_stays_that_body():
    text = (
        "The Lusitania Hauliers Association said on Monday that drivers had waited five days. "
        "It said members had lost money."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Lusitania Hauliers Association"] * 2


def test_the_delegation_is_the_states_delegation_named_before():
    text = (
        "Diplomatic sources said the Chilean delegation to the fisheries commission had raised "
        "the matter.\n\nThe delegation declined to comment."
    )
    out, by_id = _parse(text)
    deleg = actor_named(out, "Chilean delegation")
    assert deleg["country"] == "CL"
    assert _speakers(out, by_id)[-1] == "Chilean delegation"


def test_he_says_after_an_opening_quote_is_the_person_the_next_sentence_names():
    text = (
        "Olive growers in Alentejo are worried.\n\n"
        '"We have not had rain since March," he says. Joaquim Neves, president of the Beja '
        "growers' cooperative, has farmed here for thirty years."
    )
    out, by_id = _parse(text)
    neves = actor_named(out, "Joaquim Neves")
    assert neves["kind"] == "person"
    assert _speakers(out, by_id) == ["Joaquim Neves"]


def test_she_argues_after_a_named_speaker_is_that_speaker():
    text = (
        '"The lagoon is dying," says Inês Rocha, an ecologist at the University of Algarve. '
        "She argues that the canal was dug too deep."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Inês Rocha", "Inês Rocha"]


def test_and_said_after_a_sentence_opening_subject_is_that_subjects():
    text = (
        "The Leixões port authority said on Monday that the terminal would reopen.\n\n"
        "Rio Limpo has sampled the estuary since 2010, and said the water was unsafe. "
        "The maritime police of Aveiro closed the channel and said it would stay shut."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == [
        "Leixões port authority",
        "Rio Limpo",
        "maritime police of Aveiro",
    ]


def test_and_said_after_an_act_of_the_same_sentence_keeps_its_speaker():
    text = (
        "The Leixões port authority denied the report and said the terminal would reopen. "
        "Rio Limpo said the water was unsafe."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == [
        "Leixões port authority",
        "Leixões port authority",
        "Rio Limpo",
    ]


def test_a_house_addressing_its_members_is_no_speaker():
    text = (
        "Hon Members said during the debate that the bridge was unsafe.\n\n"
        "The transport minister said the bridge had passed its inspection."
    )
    out, _ = _parse(text)
    names = [a["name"] for a in out["actors"]]
    assert not any("Members" in n for n in names), names


def test_how_long_a_post_has_been_held_is_no_part_of_the_body():
    text = (
        "Carla Mendes, president of the Minho fishermen's association since 2019, told "
        "reporters the catch had halved."
    )
    out, by_id = _parse(text)
    mendes = actor_named(out, "Carla Mendes")
    assert by_id[mendes["affiliation"]]["name"] == "Minho fishermen's association"


def test_a_speaker_asked_a_question_then_a_modal_before_the_verb_still_speaks():
    text = (
        "A port authority spokeswoman, asked whether the crane would be replaced, would only "
        'say that "the review is continuing".'
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["port authority spokeswoman"]


def test_she_said_after_an_opening_quote_stays_with_the_person_just_named():
    text = (
        "Rita Sousa, an opposition deputy, accused the ministry of hiding the figures.\n\n"
        '"If these numbers are right, the dam is failing," she said.\n\n'
        "Paulo Dias, an engineer at the Lisbon Institute of Hydraulics, said such leaks were "
        "common."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id)[-2:] == ["Rita Sousa", "Paulo Dias"]
