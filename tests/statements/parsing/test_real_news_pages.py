"""Constructions of real news pages read on a private set of real articles (ninth session), each
tested on sentences written for these tests."""

import datetime as dt

from statements.parsing.rules import DISABLE_ENV

from .statements import actor_named, contract_with_actors, parsed_statements, statements_by

_DATED = dt.date(2026, 3, 14)

_WEEKDAY_DATE = (
    "Tariff row\n\n"
    "Trade Minister Ana Lopes on Tuesday, 10 March, announced that the country would raise "
    "tariffs on steel.\n"
)


def test_a_date_in_apposition_to_the_weekday_is_no_speaker():
    out, actors = contract_with_actors(_WEEKDAY_DATE, _DATED)
    (said,) = out["statements"]
    assert actors[said["speaker"]]["name"] == "Ana Lopes"
    assert "March" not in [a["name"] for a in out["actors"]]


def test_weekday_date_apposition_switched_off_takes_the_date_as_speaker(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "weekday-date-apposition")
    out, actors = contract_with_actors(_WEEKDAY_DATE, _DATED)
    assert "Ana Lopes" not in [actors[s["speaker"]]["name"] for s in out["statements"]]


_BARE_POST = (
    "Minister denies grain deal\n\n"
    "The Daily Ledger reported on Sunday that the grain reserve was sold to a private trader.\n\n"
    "No grain was sold. The Ledger is spreading lies. — Marta Kovac (@MartaKovacMP) "
    "March 9, 2026\n\n"
    "Kovac later deleted the post.\n"
)


def test_a_post_embedded_without_quotation_marks_is_its_authors_statement():
    out, actors = contract_with_actors(_BARE_POST, _DATED)
    post = next(s for s in out["statements"] if "No grain was sold" in s["text"])
    assert actors[post["speaker"]]["name"] == "Marta Kovac"
    assert "@MartaKovacMP" not in post["text"]
    assert post["date"] == "2026-03-09"
    assert post["stance"] == "denial"


def test_unquoted_post_signature_switched_off_leaves_the_post_unread(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "post-signature-unquoted")
    out, actors = contract_with_actors(_BARE_POST, _DATED)
    assert not any(
        actors[s["speaker"]]["name"] == "Marta Kovac" and "No grain" in s["text"]
        for s in out["statements"]
    )


_PEOPLES = (
    "Border row\n\n"
    "The Chilean army said on Monday that Peruvian troops had crossed the border.\n\n"
    "The Peruvians deny the allegation, but the Chileans have complained that the talks are "
    "stalled.\n"
)


def test_a_people_named_by_its_plural_demonym_speaks_as_its_state():
    out, _ = contract_with_actors(_PEOPLES, _DATED)
    peru = actor_named(out, "Peru")
    assert peru["kind"] == "government"
    assert "The Peruvians" in peru["aliases"]
    deny = next(s for s in out["statements"] if "deny the allegation" in s["text"])
    assert deny["speaker"] == peru["id"]


def test_a_perfect_verb_of_saying_after_but_opens_a_statement_of_its_own():
    said = parsed_statements(_PEOPLES)
    complaint = statements_by(said, "Chile")
    assert any("talks are stalled" in s["text"] for s in complaint)
    deny = next(s for s in said if "deny the allegation" in s["text"])
    assert "talks are stalled" not in deny["text"]


def test_plural_demonym_state_switched_off_leaves_a_group_of_people(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "plural-demonym-state")
    out, _ = contract_with_actors(_PEOPLES, _DATED)
    assert not any("The Peruvians" in a["aliases"] for a in out["actors"] if a["name"] == "Peru")


def test_the_remarks_of_someone_who_said_are_that_persons_statement():
    text = (
        "Row\n\n"
        "The ministry said it was angered by comments of a Vardian spokesman who said that the "
        "talks had failed.\n"
    )
    said = parsed_statements(text)
    relayed = next(
        s for s in said if "talks had failed" in s["text"] and "angered" not in s["text"]
    )
    assert relayed["names"][0] == "Vardian spokesman"


def test_reports_before_were_is_a_noun_not_a_verb_of_saying():
    text = (
        "Row\n\n"
        "After news reports were published about the meeting, the minister wrote on X that the "
        "story was false.\n"
    )
    said = parsed_statements(text)
    assert all(s["names"][0] != "news" for s in said)
    statements_by(said, "minister")


def test_a_named_speaker_keeps_the_words_an_official_statement_reports():
    text = (
        "Row\n\n"
        "The Ministry of Transport denied the charges against the port director, an official "
        "statement said.\n"
    )
    said = parsed_statements(text)
    assert statements_by(said, "Ministry of Transport", "denial")


def test_clarified_and_rubbished_are_verbs_of_saying():
    text = (
        "Row\n\n"
        'The consulate\'s spokesperson clarified, "No visas were refused."\n\n'
        "The minister rubbished the report as baseless.\n"
    )
    said = parsed_statements(text)
    statements_by(said, "spokesperson")
    statements_by(said, "minister", "denial")


def test_the_subject_after_came_after_is_the_speaker():
    text = (
        "Row\n\n"
        "The ministry's response comes after posts shared on social media alleged that port "
        "officials had sold fuel permits.\n"
    )
    (claim,) = parsed_statements(text)
    assert claim["names"][0] == "posts shared on social media"


def test_an_unnamed_diplomat_of_a_state_named_next_is_one_person():
    text = (
        "Row\n\n"
        "A Peruvian diplomat on Tuesday denied reports that the consulate had been closed.\n\n"
        "Peruvian diplomat Rosa Quispe told reporters that the consulate was open as usual.\n"
    )
    out, actors = contract_with_actors(text, _DATED)
    assert {actors[s["speaker"]]["name"] for s in out["statements"]} == {"Rosa Quispe"}
    assert "Peruvian diplomat" in actor_named(out, "Rosa Quispe")["aliases"]


def test_one_word_office_of_state_switched_off_keeps_two_people(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "one-word-office-of-state")
    text = (
        "Row\n\n"
        "A Peruvian diplomat on Tuesday denied reports that the consulate had been closed.\n\n"
        "Peruvian diplomat Rosa Quispe told reporters that the consulate was open as usual.\n"
    )
    out, actors = contract_with_actors(text, _DATED)
    assert len({actors[s["speaker"]]["name"] for s in out["statements"]}) == 2


def test_which_after_a_clause_refers_to_the_last_noun_phrase():
    text = (
        "Row\n\n"
        "The protest came amid a row between Bolivia and the U.S., which accuses La Paz of "
        "hoarding lithium.\n"
    )
    out, actors = contract_with_actors(text, _DATED)
    (claim,) = out["statements"]
    assert actors[claim["speaker"]]["name"] == "United States"
    assert actors[claim["speaker"]]["kind"] == "government"


def test_a_phrase_ending_in_media_names_an_outlet():
    text = (
        "Row\n\n"
        "Arab media reported that the ferry had been seized.\n\n"
        "The Ministry of Culture and Media said it had no comment.\n"
    )
    out, _ = contract_with_actors(text, _DATED)
    assert actor_named(out, "Arab media")["kind"] == "media"
    assert actor_named(out, "Ministry of Culture and Media")["kind"] == "organisation"


_COLON_HEADLINE = (
    "Bolivia: the navy did not seize the ferry\n\n"
    "Bolivia on Monday denied a report that its navy had seized a ferry on the lake.\n\n"
    "The Daily Ledger reported on Sunday that the navy had seized the ferry at night.\n"
)


def test_a_headline_with_speaker_colon_words_is_the_speakers_statement():
    out, actors = contract_with_actors(_COLON_HEADLINE, _DATED)
    head = next(s for s in out["statements"] if s["text"].startswith("the navy did not"))
    assert actors[head["speaker"]]["name"] == "Bolivia"
    assert head["stance"] == "denial"


def test_a_headline_label_before_a_colon_is_no_speaker():
    text = "Analysis: why the ferry talks failed\n\n" + _COLON_HEADLINE.split("\n\n", 1)[1]
    said = parsed_statements(text)
    assert not any(s["text"].startswith("why the ferry") for s in said)


_STATEMENT_LATER = (
    "Row\n\n"
    "The Ministry of Transport denied the charges against the port director, an official "
    "statement said.\n\n"
    "The denial comes after posts shared on social media alleged that port officials had sold "
    "fuel permits.\n\n"
    "The statement called on newspapers to stop circulating false reports.\n"
)


def test_the_statement_met_again_is_its_issuers_not_the_last_speakers():
    said = parsed_statements(_STATEMENT_LATER)
    call = next(s for s in said if "called on newspapers" in s["text"])
    assert call["names"][0] == "Ministry of Transport"


def test_statement_of_its_issuer_switched_off_gives_it_to_the_last_speaker(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "statement-of-its-issuer")
    said = parsed_statements(_STATEMENT_LATER)
    call = next(s for s in said if "called on newspapers" in s["text"])
    assert call["names"][0] != "Ministry of Transport"


def test_the_issuer_of_a_statement_cited_by_according_to_drops_the_day():
    text = (
        "Row\n\n"
        "According to a statement issued by the foreign ministry on Monday, the report was false.\n"
    )
    (said,) = parsed_statements(text)
    assert said["names"][0] == "foreign ministry"


def test_a_known_seat_of_power_before_a_title_is_the_persons_body():
    text = (
        "Row\n\n"
        "Kremlin spokesman Ivan Sorokin said the report was a fabrication.\n\n"
        "Agriculture Minister Ana Lopes said the tariffs would stay.\n"
    )
    out, actors = contract_with_actors(text, _DATED)
    sorokin = actor_named(out, "Ivan Sorokin")
    assert sorokin["role"] == "spokesman"
    assert actors[sorokin["affiliation"]]["name"] == "Kremlin"
    assert actor_named(out, "Ana Lopes")["role"] == "agriculture minister"


def test_according_to_a_named_person_with_an_apposition_gives_the_office():
    text = (
        "Row\n\n"
        "The Kessian interior ministry said on Monday it had held no talks.\n\n"
        "The report was false, according to Sara Malik, a spokeswoman for the interior ministry.\n"
    )
    out, actors = contract_with_actors(text, _DATED)
    malik = actor_named(out, "Sara Malik")
    assert malik["role"] == "spokeswoman"
    assert actors[malik["affiliation"]]["name"] == "Kessian interior ministry"


_HOME_OFFICE = (
    "Row\n\n"
    "ISLAMABAD: Pakistan on Thursday rejected a report that it had sold arms abroad.\n\n"
    "Foreign Office spokesperson Sana Qureshi said the report was baseless.\n"
)


def test_a_common_office_name_on_a_page_datelined_elsewhere_is_that_states():
    out, actors = contract_with_actors(_HOME_OFFICE, _DATED)
    office = actors[actor_named(out, "Sana Qureshi")["affiliation"]]
    assert office["name"] == "Foreign Office"
    assert actors[office["affiliation"]]["name"] == "Pakistan"


def test_generic_office_at_home_switched_off_takes_the_british_office(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "generic-office-at-home")
    out, actors = contract_with_actors(_HOME_OFFICE, _DATED)
    office = actors[actor_named(out, "Sana Qureshi")["affiliation"]]
    assert office["country"] == "GB"
