"""Attribution rules of the sixteenth session (branch p-attr16), on texts written for these tests:
time-stamped podcast turns, a host who introduces the guest, a committee's numbered questions
and a chair who asks, an asker's own `I think ...`, journalists labelled with their outlet in
brackets, and the hearing's date over the turns; each with a near miss it must leave alone, and
each switchable."""

import datetime as dt

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements

PODCAST = """Episode 40: The bridge tolls

This is a transcript of the Valley Roads podcast.

[00:00:10] Ina Marsh: Welcome back. This week I am joined by Piet Valk of the Hauliers' Union.

[00:00:31] Piet Valk: Thanks, Ina. The toll operator doubled the night rate without telling anyone.

[00:01:02] Ina Marsh: The operator has said the rate rose by a tenth, not by half.

[00:01:20] Piet Valk: I have the receipts here and they show the rate doubled in March.

[00:02:05] Ina Marsh: We asked the operator again. In a statement, \
the operator said its night rate had risen by a tenth.
"""

# the same turns without a stamp: `At 10:15 the ferry left.` opens no turn
STAMP_NEAR_MISS = """Ferry notes

10:15 The ferry left the quay late: the harbour master said the fog was thick.
"""

HEARING = """Committee on Roads, oral evidence, Tuesday 3 March 2026

Witnesses: Ana Lind, director of the Toll Agency; Piet Valk, Hauliers' Union.

Q12 Chair: Ms Lind, the Valley Courier reported that the agency had doubled the night toll. \
Is that true?

Ana Lind: No, Chair. The night toll rose by a tenth, and the notice was published in January.

Q13 Tom Brand: Ms Lind, I will put it plainly. \
I think the agency has been raising tolls by stealth for two years.

Ana Lind: I reject that. Every change was published in the gazette.

Q14 Chair: Mr Valk, do you accept that?

Piet Valk: No. Our members saw no notice before March.
"""

# a parliament's chair calling the next member asks nothing
CHAIR_PROCEDURE = """Assembly record, 4 March 2026

Mr SPEAKER: Order. The member for North Vale has the call.

GRANT LOWE (North Vale): Will the minister confirm that the toll doubled in March?

Hon ANA LIND (Minister for Roads): No. The toll rose by a tenth and the notice was published.

Mr SPEAKER: The Valley Courier reported that the members were late again today. Order.

GRANT LOWE (North Vale): Will the minister publish the notice?

Hon ANA LIND (Minister for Roads): Yes, it is in the gazette already, and I will table it.
"""

PRESSER = """Transcript: weekly press conference of the Ministry of Roads

Vale City, 4 March 2026

MODERATOR: Good afternoon. The spokesman will take your questions.

LIND: Thank you. The new toll cards go on sale on Monday.

TOM BRAND (VALLEY COURIER): The Hauliers' Union says the night toll doubled in March. \
Is that correct?

LIND: No. The night toll rose by a tenth, and the notice was published in January.

EVA ROOS (RADIO VALE): The toll office told our reporter on Monday that night traffic fell \
by half. Why?

LIND: Fewer trucks cross at night in winter. That is all the figure shows.
"""


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


def _speaker_of(said, words):
    hits = [s for s in said if words in s["text"]]
    return hits[0]["names"] if hits else None


def _dated(text, published):
    out = to_contract(parse_article(text, published=published))
    names = {a["id"]: [a["name"], *a["aliases"]] for a in out["actors"]}
    for s in out["statements"]:
        s["names"] = names.get(s["speaker"], [])
    return out["statements"]


# --- timestamp-turn-label and host-introduces-guest ---


def test_a_time_stamped_turn_is_its_labels_statement():
    said = parsed_statements(PODCAST)
    assert "Piet Valk" in _speaker_of(said, "doubled the night rate")
    assert "Piet Valk" in _speaker_of(said, "the receipts here")


def test_the_host_who_introduces_the_guest_asks_and_the_operator_speaks():
    said = parsed_statements(PODCAST)
    names = _speaker_of(said, "rose by a tenth, not by half")
    assert names is not None and not any("Marsh" in n for n in names)
    assert not any(
        "Marsh" in n
        for s in said
        if "statement, the operator said" in s["text"]
        for n in s["names"]
    )


def test_a_stamp_before_prose_opens_no_turn():
    said = parsed_statements(STAMP_NEAR_MISS)
    assert not any("The ferry left" in " ".join(s["names"]) for s in said)


def test_time_stamped_turns_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "timestamp-turn-label")
    said = parsed_statements(PODCAST)
    assert _speaker_of(said, "the receipts here") in (None, []) or "Piet Valk" not in (
        _speaker_of(said, "the receipts here") or []
    )


def test_the_host_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "host-introduces-guest")
    said = parsed_statements(PODCAST)
    assert any("Marsh" in n for n in _speaker_of(said, "rose by a tenth, not by half"))


# --- numbered-question-label, chair-asks, asker-own-view ---


def test_a_numbered_question_by_the_chair_carries_the_papers_claim():
    said = parsed_statements(HEARING)
    assert any("Valley Courier" in n for n in _speaker_of(said, "doubled the night toll"))


def test_a_numbered_questions_label_is_the_member_not_the_number():
    said = parsed_statements(HEARING)
    names = _speaker_of(said, "raising tolls by stealth")
    assert any(n == "Tom Brand" for n in names)
    assert not any("Q13" in n for s in said for n in s["names"])


def test_a_question_the_member_asks_is_no_view_of_his():
    said = parsed_statements(HEARING)
    assert not any("I will put it plainly" in s["text"] for s in said)
    assert not any("do you accept" in s["text"] for s in said)


def test_a_parliaments_chair_calling_order_asks_nothing():
    said = parsed_statements(CHAIR_PROCEDURE)
    assert not any("members were late" in s["text"] for s in said)


def test_numbered_questions_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "numbered-question-label", "chair-asks")
    said = parsed_statements(HEARING)
    assert not any(
        "Valley Courier" in n
        for s in said
        if "doubled the night toll" in s["text"]
        for n in s["names"]
    )


def test_the_askers_view_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "asker-own-view")
    said = parsed_statements(HEARING)
    assert not any(
        n == "Tom Brand"
        for s in said
        if "raising tolls by stealth" in s["text"]
        for n in s["names"]
    )


# --- bracketed-asker ---


def test_a_journalist_with_her_outlet_in_brackets_asks_once_and_the_source_speaks():
    said = parsed_statements(PRESSER)
    assert any("toll office" in n.lower() for n in _speaker_of(said, "night traffic fell by half"))
    assert any("Hauliers" in n for n in _speaker_of(said, "night toll doubled in March"))


def test_the_one_who_answers_with_no_brackets_keeps_his_answers():
    said = parsed_statements(PRESSER)
    assert any("Lind" in n for n in _speaker_of(said, "Fewer trucks cross at night"))


def test_bracketed_askers_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "bracketed-asker")
    said = parsed_statements(PRESSER)
    assert not any(
        "toll office" in n.lower()
        for s in said
        if "night traffic fell by half" in s["text"]
        for n in s["names"]
    )


# --- transcript-header-date ---


def test_answers_take_the_hearings_date_written_over_the_turns():
    said = _dated(HEARING, dt.date(2026, 3, 5))
    assert [s["date"] for s in said if "Every change was published" in s["text"]] == ["2026-03-03"]


def test_a_header_with_two_dates_leaves_the_publication_day():
    two = HEARING.replace(
        "Tuesday 3 March 2026", "Tuesday 3 March 2026 (continued from 24 February 2026)"
    )
    said = _dated(two, dt.date(2026, 3, 5))
    assert [s["date"] for s in said if "Every change was published" in s["text"]] == ["2026-03-05"]


def test_the_header_date_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "transcript-header-date")
    said = _dated(HEARING, dt.date(2026, 3, 5))
    assert [s["date"] for s in said if "Every change was published" in s["text"]] == ["2026-03-05"]


# --- unlabelled-interview ---

MAGAZINE = """THE INTERVIEW

"The tolls have not doubled"

Ana Lind has run the Toll Agency for six years. She talked to Eva Roos about night rates and \
the hauliers' anger.

The Hauliers' Union says the night toll doubled in March. Is that right?

No. The night toll rose by a tenth, and the notice was published in January.

Your own drivers say they saw no notice.

The notice was in the gazette and on every gantry. I have the photographs.

Will you meet the union?

My door is open, and I have written to its chairman.

Has the ministry asked you for an explanation?

We had a working meeting. I will not go into what was said.
"""

# a feature with three questions in it, but no one introduced as the one questioned
FEATURE_QUESTIONS = """Why are night tolls rising?

Night tolls on the Vale bridge rose in March. Is that the end of it?

Hauliers think not. Drivers crossed at dawn to avoid the rate.

Who decides the rate?

The Toll Agency sets it every January.

Will it rise again?

The agency publishes its plans in the autumn.
"""


def test_an_unlabelled_interviews_answers_are_the_one_questioned():
    said = parsed_statements(MAGAZINE)
    assert any("Ana Lind" in n for n in _speaker_of(said, "rose by a tenth"))
    assert any("Ana Lind" in n for n in _speaker_of(said, "My door is open"))
    assert any("Hauliers" in n for n in _speaker_of(said, "night toll doubled in March"))


def test_questions_without_an_introduced_interviewee_make_no_interview():
    said = parsed_statements(FEATURE_QUESTIONS)
    assert not any("Hauliers think not" in s["text"] for s in said)


def test_unlabelled_interviews_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "unlabelled-interview")
    said = parsed_statements(MAGAZINE)
    assert _speaker_of(said, "My door is open") is None
