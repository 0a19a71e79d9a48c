"""Stance rules of the twelfth session (branch p-stance12), on texts written for these tests:
a broadcast whose host is labelled `NAME (HOST):` with letters beyond ASCII, the claims the
host's turns report (`The paper also says ...`, `The hauliers' association says ...`), a partial
confirmation opening an answer, `That claim` answering the claim just asked, `called a report
that ... "a label"`, and `acknowledged that ..., but said ...`; each with a near miss it must
leave alone, and each switchable."""

import pytest

from statements.parsing import clean, link_model, segment
from statements.parsing.attribute import _valid_verb, transcript_turns
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned link pass is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


BROADCAST = """VELMAR TELEVISION | SUNDAY POLITICS
Broadcast transcript, 8 March 2026

ÅSA LINDÉN (HOST): Welcome back. Minister, the Kessia Courier reported on Friday, citing \
customs papers, that Velmar had stopped all grain lorries at the Orvale crossing.

TOMÁŠ NOVÁK (MINISTER): That report is false. The lorries cross every day.

ÅSA LINDÉN (HOST): The paper also says your officials were told to turn the lorries back.

TOMÁŠ NOVÁK (MINISTER): Nobody was told any such thing.

ÅSA LINDÉN (HOST): Kessia's fishermen's union says its drivers waited two days.

TOMÁŠ NOVÁK (MINISTER): Some of that is correct. A few drivers waited a day, because the \
scanners were down.
"""

RADIO = """Radio Orvale, morning programme
Transcript, 3 March 2026

ANCHOR: The Tarn Post reported on Monday that Velmar had closed the Port Anse ferry office.

ILSE MARR: That is simply not true. The office is open.

ANCHOR: The dockers' union said on Tuesday that the ferry was being held back to punish Kessia.

ILSE MARR: That claim has no basis whatsoever. The ferry office in Port Anse is open every day.
"""

PARTIAL_NEAR_MISS = """Radio Orvale, evening programme
Transcript, 4 March 2026

ANCHOR: The Tarn Post reported on Monday that Velmar had closed the Port Anse ferry office.

ILSE MARR: None of that is correct. The office is open.

ANCHOR: Thank you.
"""

CALLED = """Velmar rejects boat report

The Velmar interior ministry on Tuesday called a report that its police had seized a Kessian \
fishing boat near Port Anse "pure invention".

The Kessia Courier reported on Monday, citing two fishermen, that Velmar police had boarded the \
boat and taken its catch.
"""

CALLED_NEAR_MISS = """Harbour staff meet

The harbour master called a meeting of the night staff on Tuesday to discuss the "new rota".
"""

CONCESSION = """The Kessia Courier reported on Monday, citing two fishermen, that a Velmar \
trawler had fished inside the Orvale reserve.

The trawler's owner, Nordhav Fisk, acknowledged that the boat had crossed the reserve on \
Sunday, but said its nets had stayed on deck.
"""

CONCESSION_NEAR_MISS = """The Kessia Courier reported on Monday, citing two fishermen, that a \
Velmar trawler had fished inside the Orvale reserve.

The trawler's owner, Nordhav Fisk, acknowledged that the boat had crossed the reserve on \
Sunday, and said its crew had been at sea for a week.
"""


# record-label-letters


def test_turn_labels_with_letters_beyond_ascii_are_turns():
    labels = [t[0] for t in transcript_turns(segment(clean(BROADCAST).text)).values()]
    assert "ÅSA LINDÉN" in labels and "TOMÁŠ NOVÁK" in labels


def test_turn_labels_beyond_ascii_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "record-label-letters")
    labels = [t[0] for t in transcript_turns(segment(clean(BROADCAST).text)).values()]
    assert "ÅSA LINDÉN" not in labels


# presenter-role-label


def test_the_host_named_by_her_bracketed_role_asks_and_the_guest_answers():
    said = parsed_statements(BROADCAST)
    claim = statement_with(said, "stopped all grain lorries")
    assert claim["stance"] == "claim"
    assert any("Kessia Courier" in n for n in claim["names"])
    assert not any(any("Lindén" in n for n in s["names"]) for s in said)
    denial = statement_with(said, "That report is false")
    assert denial["stance"] == "denial"
    assert any("Novák" in n for n in denial["names"])


def test_a_bracketed_role_that_is_no_presenter_asks_nothing():
    # the minister's bracketed role is no presenter's: his turns stay answers
    said = parsed_statements(BROADCAST)
    assert statement_with(said, "Nobody was told")["stance"] == "denial"


def test_the_bracketed_presenter_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "presenter-role-label")
    said = parsed_statements(BROADCAST)
    assert any(any("Lindén" in n for n in s["names"]) for s in said)


# says-after-adverb


def test_the_paper_also_says_in_a_question_is_the_papers_claim():
    said = parsed_statements(BROADCAST)
    claim = statement_with(said, "told to turn the lorries back")
    assert claim["stance"] == "claim"
    assert any("Courier" in n or "paper" in n.lower() for n in claim["names"])
    answer = statement_with(said, "Nobody was told")
    assert claim["id"] in answer["denies"]


def _says_is_a_verb(sentence):
    toks = segment(clean(sentence).text).paragraphs[0].units[0].tokens
    return _valid_verb(toks, next(i for i, t in enumerate(toks) if t.lower == "says"))


def test_a_thing_that_also_says_is_no_speaker():
    assert _says_is_a_verb("The paper also says the quay closes at six.")
    assert not _says_is_a_verb("A sign at the gate also says the quay closes at six.")


def test_says_after_an_adverb_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "says-after-adverb")
    said = parsed_statements(BROADCAST)
    assert not any("told to turn the lorries back" in s["text"] for s in said)


# body-says-at-start


def test_a_body_saying_at_the_start_of_a_question_is_a_claim():
    said = parsed_statements(BROADCAST)
    claim = statement_with(said, "its drivers waited two days")
    assert claim["stance"] == "claim"
    assert any("union" in n for n in claim["names"])


def test_a_body_saying_first_in_its_sentence_is_a_verb_and_a_count_is_not():
    assert _says_is_a_verb("Kessia's fishermen's union says its drivers waited.")
    assert not _says_is_a_verb("Queue length says little about the cause.")


def test_body_says_at_start_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "body-says-at-start")
    said = parsed_statements(BROADCAST)
    assert not any("its drivers waited two days" in s["text"] for s in said)


# answer-opening-partial


def test_some_of_that_is_correct_opens_a_partial_confirmation():
    said = parsed_statements(BROADCAST)
    answer = statement_with(said, "Some of that is correct")
    assert answer["stance"] == "confirmation"
    claim = statement_with(said, "its drivers waited two days")
    assert claim["id"] in answer["confirms"]


def test_none_of_that_is_correct_is_no_confirmation():
    said = parsed_statements(PARTIAL_NEAR_MISS)
    assert statement_with(said, "None of that is correct")["stance"] == "denial"


def test_a_partial_opening_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "answer-opening-partial")
    said = parsed_statements(BROADCAST)
    assert statement_with(said, "Some of that is correct")["stance"] != "confirmation"


# asked-anaphor


def test_that_claim_answers_the_claim_just_asked():
    said = parsed_statements(RADIO)
    union = statement_with(said, "held back to punish")
    answer = statement_with(said, "That claim has no basis")
    assert answer["stance"] == "denial"
    assert answer["denies"] == [union["id"]]


def test_an_answer_with_no_anaphor_is_left_to_the_question_rule():
    said = parsed_statements(RADIO)
    post = statement_with(said, "closed the Port Anse ferry office")
    answer = statement_with(said, "That is simply not true")
    assert answer["denies"] == [post["id"]]


def test_the_asked_anaphor_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "asked-anaphor")
    said = parsed_statements(RADIO)
    union = statement_with(said, "held back to punish")
    answer = statement_with(said, "That claim has no basis")
    assert answer["denies"] != [union["id"]]


# called-report-label


def test_called_a_report_that_then_its_label_is_a_denial():
    said = parsed_statements(CALLED)
    denial = statement_with(said, "called a report that its police")
    assert denial["stance"] == "denial"
    claim = statement_with(said, "boarded the boat")
    assert claim["id"] in denial["denies"]


def test_called_a_meeting_is_no_statement():
    said = parsed_statements(CALLED_NEAR_MISS)
    assert not any("called a meeting" in s["text"] for s in said)


def test_called_a_report_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "called-report-label")
    said = parsed_statements(CALLED)
    assert not any("called a report that its police" in s["text"] for s in said)


# concession-but


def test_but_said_after_an_acknowledgement_denies_the_rest():
    said = parsed_statements(CONCESSION)
    assert statement_with(said, "acknowledged that the boat")["stance"] == "confirmation"
    rest = statement_with(said, "its nets had stayed on deck")
    assert rest["stance"] == "denial"
    claim = statement_with(said, "fished inside the Orvale reserve")
    assert claim["id"] in rest["denies"]


def test_and_said_after_an_acknowledgement_denies_nothing():
    said = parsed_statements(CONCESSION_NEAR_MISS)
    assert statement_with(said, "at sea for a week")["stance"] != "denial"


def test_the_concession_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "concession-but")
    said = parsed_statements(CONCESSION)
    assert statement_with(said, "its nets had stayed on deck")["stance"] != "denial"


TWO_GUESTS = """ORVALE TELEVISION | NIGHT DESK
Broadcast transcript, 9 March 2026

ANCHOR: Good evening. With me are the harbour minister, Rena Solt, and the opposition's \
spokesman, Kai Brenner.

ANCHOR: Mr Brenner, what have you found?

KAI BRENNER: Divers who checked the Port Anse breakwater in May found a gap in its outer wall.

ANCHOR: Minister, is that true?

RENA SOLT: No. The divers found loose stones on the surface, not a gap in the wall.
"""

TWO_GUESTS_NEAR_MISS = """ORVALE TELEVISION | NIGHT DESK
Broadcast transcript, 9 March 2026

ANCHOR: Good evening. With me are the harbour minister, Rena Solt, and the opposition's \
spokesman, Kai Brenner.

ANCHOR: Mr Brenner, what have you found?

KAI BRENNER: Divers who checked the Port Anse breakwater in May found a gap in its outer wall.

ANCHOR: Minister, when will the harbour reopen?

RENA SOLT: In April, once the cranes are back.
"""

ASKED_COUNTER = """Radio Orvale, morning programme
Transcript, 3 March 2026

ANCHOR: The Harbour Users' Forum says one ferry in three was cancelled in February.

ILSE MARR: The Forum counted two routes. Our timetable records cover every ferry, and fewer \
than one in twenty was cancelled.

ANCHOR: Thank you.
"""

ASKED_COUNTER_NEAR_MISS = """Radio Orvale, morning programme
Transcript, 3 March 2026

ANCHOR: The Harbour Users' Forum says one ferry in three was cancelled in February.

ILSE MARR: I will meet the new harbour board next week.

ANCHOR: Thank you.
"""


# answered-turn


def test_a_denial_after_an_empty_question_answers_the_other_guest():
    said = parsed_statements(TWO_GUESTS)
    account = statement_with(said, "found a gap in its outer wall")
    assert account["stance"] == "claim"
    answer = statement_with(said, "The divers found loose stones")
    assert answer["stance"] == "denial"
    assert account["id"] in answer["denies"]


def test_an_answer_with_no_stance_leaves_the_other_guest_alone():
    said = parsed_statements(TWO_GUESTS_NEAR_MISS)
    assert statement_with(said, "found a gap in its outer wall")["stance"] != "claim"


def test_the_answered_turn_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "answered-turn")
    said = parsed_statements(TWO_GUESTS)
    assert statement_with(said, "found a gap in its outer wall")["stance"] != "claim"


# asked-answer-counter


def test_an_answer_telling_its_own_account_of_the_asked_claim_denies_it():
    said = parsed_statements(ASKED_COUNTER)
    claim = statement_with(said, "one ferry in three")
    answer = statement_with(said, "Our timetable records")
    assert answer["stance"] == "denial"
    assert claim["id"] in answer["denies"]


def test_an_answer_on_another_subject_stays_a_comment():
    said = parsed_statements(ASKED_COUNTER_NEAR_MISS)
    assert statement_with(said, "new harbour board")["stance"] == "comment"


def test_the_asked_answer_counter_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "asked-answer-counter")
    said = parsed_statements(ASKED_COUNTER)
    assert statement_with(said, "Our timetable records")["stance"] != "denial"


CONCEDED = """The Kessia Courier reported on Monday, citing two fishermen, that Velmar police had \
detained the crew of a Kessian trawler.

Velmar's interior ministry said no crew had been detained.

Kessia's foreign ministry acknowledged that the crew had not been detained.
"""

CONFIRMED_NEGATION = """The Kessia Courier reported on Monday, citing two fishermen, that \
Velmar police had been ordered to detain Kessian trawlers.

The Velmar port authority confirmed that it had not received any such order.
"""


# conceded-negation


def test_a_conceded_negation_grants_a_point():
    said = parsed_statements(CONCEDED)
    assert statement_with(said, "acknowledged that the crew")["stance"] == "confirmation"


def test_a_confirmed_negation_still_denies():
    said = parsed_statements(CONFIRMED_NEGATION)
    assert statement_with(said, "had not received any such order")["stance"] == "denial"


def test_the_conceded_negation_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "conceded-negation")
    said = parsed_statements(CONCEDED)
    assert statement_with(said, "acknowledged that the crew")["stance"] == "denial"


# conceded-negation-link


def test_a_conceded_negation_grants_the_other_sides_denial():
    said = parsed_statements(CONCEDED)
    denial = statement_with(said, "no crew had been detained")
    granted = statement_with(said, "acknowledged that the crew")
    assert granted["confirms"] == [denial["id"]]


def test_a_plain_confirmation_is_left_to_the_other_link_rules():
    said = parsed_statements(CONFIRMED_NEGATION)
    assert statement_with(said, "had not received any such order")["confirms"] == []


def test_the_conceded_negation_link_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "conceded-negation-link")
    said = parsed_statements(CONCEDED)
    denial = statement_with(said, "no crew had been detained")
    assert statement_with(said, "acknowledged that the crew")["confirms"] != [denial["id"]]


# model-spares-unfitted


def test_the_learned_pass_leaves_the_targets_of_newer_rules_alone(monkeypatch):
    monkeypatch.undo()  # the learned pass back on
    said = parsed_statements(RADIO)
    union = statement_with(said, "held back to punish")
    assert statement_with(said, "That claim has no basis")["denies"] == [union["id"]]


def test_the_learned_pass_still_revises_older_rules_targets():
    from statements.parsing.link_model import LEFT_TO_RULES

    assert "transcript-question" not in LEFT_TO_RULES and "refers-back" not in LEFT_TO_RULES


def test_sparing_newer_rules_can_be_switched_off(monkeypatch):
    monkeypatch.undo()
    _off(monkeypatch, "model-spares-unfitted")
    said = parsed_statements(RADIO)
    union = statement_with(said, "held back to punish")
    assert statement_with(said, "That claim has no basis")["denies"] != [union["id"]]


def test_but_said_what_the_speaker_expected_denies_nothing():
    said = parsed_statements(
        CONCESSION.replace("its nets had stayed on deck", "it had expected the ban to end in May")
    )
    assert statement_with(said, "expected the ban to end")["stance"] != "denial"
