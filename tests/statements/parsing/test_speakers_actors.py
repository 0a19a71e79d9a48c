"""Speakers and actors: who speaks, and one actor per person, on sentences written for these
tests (invented people, outlets and events; real states only where a rule needs a demonym)."""

import datetime as dt

import pytest

from statements.parsing import parse_article

PUBLISHED = dt.date(2026, 9, 14)

HEADER_BRIEFING = """Deputy Spokesperson's Weekly Press Briefing

Date: September 14, 2026 (Mon) 11:00
Venue: Press Room, Ministry of Foreign Affairs
Spokesperson: Lee Dae-sung

Q: The Harbour Ledger reported on Sunday that the ferry talks had collapsed. Is that correct?

A: That report is wrong. The talks continue next week as planned.

Q: Will the minister travel to the talks?

A: The schedule has not been fixed yet.
"""


def _speakers(text: str) -> list[tuple[str, str]]:
    res = parse_article(text, published=PUBLISHED)
    names = {a.id: a.name for a in res.actors}
    return [(names[s.speaker], s.text) for s in res.statements]


def test_answer_turns_belong_to_the_spokesperson_named_in_the_header():
    said = _speakers(HEADER_BRIEFING)
    answers = [name for name, words in said if "report is wrong" in words or "schedule" in words]
    assert answers == ["Lee Dae-sung", "Lee Dae-sung"]


def test_header_field_lines_are_no_statement():
    said = _speakers(HEADER_BRIEFING)
    assert not any("Press Room" in words or "11:00" in words for _, words in said)
    assert "Date" not in {name for name, _ in said}


@pytest.mark.parametrize("rule", ["header-field-no-turn", "header-speaker-line"])
def test_header_rules_can_be_switched_off(monkeypatch, rule):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", rule)
    assert "Lee Dae-sung" not in {name for name, _ in _speakers(HEADER_BRIEFING)}


def _actors(text: str) -> dict[str, object]:
    res = parse_article(text, published=PUBLISHED)
    return {a.name: a for a in res.actors}


MINISTRY_AFTER_OFFICIAL = (
    "Two lorries were turned back at the border, a Turkish customs ministry official told "
    "reporters on Monday.\n\n"
    "The ministry said in a statement that it had asked for an explanation."
)


def test_the_ministry_after_its_official_is_the_officials_ministry():
    actors = _actors(MINISTRY_AFTER_OFFICIAL)
    assert "Turkish customs ministry" in actors
    assert "ministry" not in actors
    official = actors["Turkish customs ministry official"]
    assert official.affiliation == actors["Turkish customs ministry"].id


def test_surname_before_a_verb_is_no_state():
    text = (
        "In the capital, opposition senator Lucia Benedetti accused the government of hiding "
        "the figures.\n\nThe interior ministry said the figures would be published in May."
    )
    actors = _actors(text)
    assert actors["Lucia Benedetti"].kind == "person"
    assert "Benedetti" not in actors


def test_name_then_possessive_title_speaks_with_that_role():
    text = (
        "The Varn Courier reported that the mayor had resigned.\n\n"
        '"We stand by our report," Anna Berg, Courier\'s news editor, told us by phone.'
    )
    actors = _actors(text)
    berg = actors["Anna Berg"]
    assert berg.role == "news editor"
    assert berg.affiliation == actors["Varn Courier"].id
    assert not any("news editor" in name for name in actors)


def test_one_word_owner_of_a_report_is_an_outlet():
    text = (
        "Kvoldvaki's report, first broadcast on Tuesday, said the ferry had been turned back.\n\n"
        "The broadcaster said the crew had filmed the encounter."
    )
    actors = _actors(text)
    assert actors["Kvoldvaki"].kind == "media"
    said = _speakers(text)
    assert {name for name, _ in said} == {"Kvoldvaki"}


def test_the_occasion_of_speaking_is_no_speaker():
    text = (
        'A hacker collective known as "Grey Finch" claimed credit for the breach in a '
        "statement on its website, saying that it had copied the payroll files."
    )
    names = {name for name, _ in _speakers(text)}
    assert not any("statement" in name or "credit" in name for name in names)


def test_in_its_turn_is_no_part_of_the_speaker():
    said = _speakers("The Dalvan Trade Board in its turn announced that the tolls had not changed.")
    assert {name for name, _ in said} == {"Dalvan Trade Board"}


def test_office_holder_named_in_the_next_paragraph_is_one_person():
    text = (
        '"The story," said Velmar\'s transport minister, "is invented from start to finish."\n\n'
        "With those words, spoken outside parliament on Tuesday, Irena Kostic dismissed a "
        "report that the rail contract had been promised to a foreign bidder."
    )
    actors = _actors(text)
    people = [a for a in actors.values() if a.kind == "person"]
    assert [p.name for p in people] == ["Irena Kostic"]
    assert "Velmar's transport minister" in people[0].aliases


def test_a_new_person_with_a_description_is_not_the_office_holder():
    text = (
        '"The story is invented," said Velmar\'s transport minister.\n\n'
        "Irena Kostic, a lawyer for the bidder, said the contract had been promised in May."
    )
    people = [a.name for a in _actors(text).values() if a.kind == "person"]
    assert len(people) == 2


def test_the_spokesman_described_again_is_the_spokesman_who_spoke():
    text = (
        "Foreign ministry spokesman Dario Lenz said the border was open.\n\n"
        "The spokesman of the diplomatic service added that trade had resumed."
    )
    people = [a for a in _actors(text).values() if a.kind == "person"]
    assert [p.name for p in people] == ["Dario Lenz"]


def test_the_report_of_an_outlets_correspondent_is_the_outlets():
    text = (
        "According to the report of Vardan Press correspondent, the minister said the road "
        "would reopen on Friday."
    )
    actors = _actors(text)
    assert actors["Vardan Press"].kind == "media"


def test_a_body_named_with_an_indefinite_article_is_no_state_body():
    text = (
        "Velmar's interior ministry said the visas had been delayed by a software fault.\n\n"
        "Petar Nolan, who runs an agency in Brackton, said 60 of his workers were still "
        "waiting for their papers."
    )
    actors = _actors(text)
    agency = next(a for a in actors.values() if a.name.startswith("agency"))
    assert agency.affiliation is None
    assert actors["Petar Nolan"].affiliation == agency.id


TRANSLATED_DATELINE = (
    "Baku - Zerkalo Press - The spokesman of the Ministry of Foreign Affairs of our country, "
    "in reaction to the report of a Georgian website, stated: This news is baseless and the "
    "pipeline is working normally.\n\n"
    "According to the report of Zerkalo Press correspondent, he added: The flows of gas "
    "have not changed in the past week.\n\n"
    "The Georgian website Kartli Today had claimed on Sunday that the pipeline was shut."
)


def test_our_country_on_a_translated_page_is_the_datelines_state():
    actors = _actors(TRANSLATED_DATELINE)
    ministry = next(a for a in actors.values() if a.name.startswith("Ministry of Foreign"))
    assert ministry.country == "AZ"
    assert actors[_by_alias(actors, "spokesman")].country == "AZ"


def test_the_outlet_credited_in_the_dateline_is_of_its_state():
    actors = _actors(TRANSLATED_DATELINE)
    assert actors["Zerkalo Press"].country == "AZ"


def _by_alias(actors: dict[str, object], word: str) -> str:
    return next(
        name
        for name, a in actors.items()
        if a.kind == "person" and any(word in x for x in [name, *a.aliases])
    )


def test_a_capital_written_without_its_accent_is_its_state():
    text = (
        "Male says trawler was fishing illegally; Colombo denies\n\n"
        "The Maldives has accused a Sri Lankan trawler of fishing for tuna without a licence. "
        "Sri Lanka's fisheries ministry rejected the allegation on Sunday."
    )
    actors = _actors(text)
    assert "Male" in actors["Maldives"].aliases
    assert [a.name for a in actors.values() if "Mal" in a.name] == ["Maldives"]


def test_an_additional_secretary_is_a_title_not_a_name():
    said = _speakers(
        "Additional Secretary Rohan Dissanayake told reporters that the vessel had never "
        "entered foreign waters."
    )
    assert said[0][0] == "Rohan Dissanayake"


def test_he_said_after_a_sentence_presenting_a_person_is_that_person():
    text = (
        "Trade Minister Olga Lind said on Monday that the quota talks had failed.\n\n"
        "The deputy trade minister, Arvo Kask, was more hopeful when asked about the talks. "
        '"We will meet again in March," he said.\n\n'
        'Kask himself was in no hurry. Speaking to reporters, he said "nothing is lost".'
    )
    said = _speakers(text)
    assert [name for name, _ in said] == ["Olga Lind", "Arvo Kask", "Arvo Kask"]


def test_a_pronoun_after_a_paragraph_that_presents_a_person_is_that_person():
    # presented-across-paragraph: `Y, a fisherman, was more hopeful.` in a paragraph of its own,
    # then `"...," he said.` (features and wire copy put the presentation apart)
    text = (
        "Trade Minister Olga Lind said on Monday that the quota talks had failed.\n\n"
        "Arvo Kask, a fisherman from the coast, was more hopeful.\n\n"
        '"The talks will go on," he said.'
    )
    assert [name for name, _ in _speakers(text)] == ["Olga Lind", "Arvo Kask"]


def test_a_pronoun_after_a_paragraph_break_with_a_statement_between_keeps_the_usual_rules():
    text = (
        "Arvo Kask, a fisherman from the coast, was more hopeful.\n\n"
        "Trade Minister Olga Lind said on Monday that the quota talks had failed.\n\n"
        '"The talks will not go on," she said.'
    )
    assert [name for name, _ in _speakers(text)] == ["Olga Lind", "Olga Lind"]


def test_a_person_named_inside_a_statement_after_a_field_title_is_an_actor_with_that_role():
    text = (
        "Lindia's harbour master told the radio on Monday that Velmar Transport Minister "
        "Aino Rask had cancelled the talks."
    )
    rask = _actors(text)["Aino Rask"]
    assert rask.kind == "person"
    assert "minister" in (rask.role or "")
