"""Attribution rules of the eleventh session (branch p-attr11), on texts written for these tests:
a briefing's header line and its outlet-labelled questions, an interview whose presenter is named
in its header, a quotation then `it said`, a separator line, and `It` after a body's statement;
each with a near miss it must leave alone, and each switchable."""

from statements.parsing import clean, parse_article, segment, to_contract
from statements.parsing.attribute import transcript_turns
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with

BRIEFING = """Regular Press Briefing by the Spokesperson, Mira Okonjo
Velmar City, 4 March 2026

Spokesperson: Good morning. The Foreign Minister will visit Orvale on Friday.

Q (Kessia Daily): The Orvale Herald reported on Monday that Velmar has closed its consulate in \
Port Anse. Can you confirm?

Spokesperson: That report is wrong. The consulate is open and working normally.

Q (Tarn Post): Is there a date for the fisheries talks?

Spokesperson: Not yet. We will announce it when it is agreed.
"""

INTERVIEW = """Transcript: the harbour master on the night ferry

Evening Edition, Radio Velmar, 4 March 2026

This is a transcript of the interview between presenter Lena Duval and harbour master Tomas Reyk.

LENA DUVAL: The Kessia Courier reported today that the night ferry will stop in April. Is that \
right?

TOMAS REYK: No. The night ferry runs all year, and nobody has asked me to change that.

DUVAL: The paper says it has seen a timetable without the night crossing.

REYK: I have not seen that timetable. The one we publish has the night crossing in it.

DUVAL: Thank you.

REYK: Thank you, Lena.
"""

QUOTE_THEN_IT = """The Orvale Herald reported on Monday that Velmar had closed its consulate in \
Port Anse.

After the report, the Velmar Ports Authority issued a short statement. "No consulate has been \
closed and none will be," it said. The statement added that the building was being repainted.
"""

RULED_OFF = """The Velmar Ports Authority said on Monday that the quay would reopen in May.

---

After the meeting, harbour workers said the quay had been closed for a year.
"""

IT_AFTER_BODY = """Ostra, the Velmar-based platform on which most of the posts appeared, said it \
had removed 40 accounts in May. It declined to say where they had been run from.
"""

IT_NEAR_MISS = """Harbour master Tomas Reyk said the storm had passed. The Velmar Ports Authority \
was founded in 1998 and runs four harbours.

It said on Monday that two of them would stay closed.
"""


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


def test_a_place_and_date_line_stands_apart_from_the_header_above_it():
    assert "Mira Okonjo\n\nVelmar City, 4 March 2026" in clean(BRIEFING).text
    # a sentence whose line ends with a comma still runs on into the next line
    assert "Velmar City, 4 March" not in clean("The minister spoke in\nVelmar City.").text


def test_a_place_and_date_line_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "place-date-line-alone")
    assert "Mira Okonjo Velmar City" in clean(BRIEFING).text


def test_outlet_labelled_questions_are_questions_and_the_spokesperson_answers():
    said = parsed_statements(BRIEFING)
    assert "Mira Okonjo" in statement_with(said, "That report is wrong")["names"]
    assert "Mira Okonjo" in statement_with(said, "We will announce it")["names"]
    claim = statement_with(said, "has closed its consulate")
    assert any("Orvale Herald" in n for n in claim["names"])


def test_outlet_labelled_questions_can_be_switched_off(monkeypatch):
    doc = segment(clean(BRIEFING).text)
    assert sorted(t[0] for t in transcript_turns(doc).values()).count("Q") == 2
    _off(monkeypatch, "question-outlet-label")
    doc = segment(clean(BRIEFING).text)
    assert "Q" not in [t[0] for t in transcript_turns(doc).values()]


def test_the_presenter_named_in_the_header_asks_under_both_her_labels():
    said = parsed_statements(INTERVIEW)
    claim = statement_with(said, "the night ferry will stop in April")
    assert any("Kessia Courier" in n for n in claim["names"])
    assert not any("Lena Duval" in s["names"] for s in said)
    assert any("Tomas Reyk" in n for n in statement_with(said, "runs all year")["names"])


def test_the_named_presenter_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "presenter-named")
    said = parsed_statements(INTERVIEW)
    assert any(any("Duval" in n for n in s["names"]) for s in said)


def test_it_after_a_quotation_is_the_subject_of_the_sentence_before_it():
    said = parsed_statements(QUOTE_THEN_IT)
    denial = statement_with(said, "No consulate has been closed")
    assert any("Ports Authority" in n for n in denial["names"])
    added = statement_with(said, "being repainted")
    assert any("Ports Authority" in n for n in added["names"])


def test_it_after_a_quotation_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "quote-then-it", "time-lead-then-it")
    said = parsed_statements(QUOTE_THEN_IT)
    denial = statement_with(said, "No consulate has been closed")
    assert not any("Ports Authority" in n for n in denial["names"])


def test_a_separator_line_is_dropped_and_the_paragraph_below_stands_alone():
    assert "---" not in clean(RULED_OFF).text
    said = parsed_statements(RULED_OFF)
    workers = statement_with(said, "closed for a year")
    assert not any("Ports Authority" in n for n in workers["names"])
    # a dash inside a sentence is no separator
    assert "-" in clean("The quay - closed since May - will reopen.").text


def test_a_separator_line_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "rule-line-debris")
    assert "---" in clean(RULED_OFF).text


def test_it_after_a_bodys_statement_in_the_same_paragraph_is_that_body():
    said = parsed_statements(IT_AFTER_BODY)
    declined = statement_with(said, "where they had been run from")
    assert "Ostra" in declined["names"]
    out = to_contract(parse_article(IT_AFTER_BODY))
    ostra = [a for a in out["actors"] if a["name"] == "Ostra"]
    assert ostra and ostra[0]["kind"] == "organisation"


def test_it_in_a_new_paragraph_is_not_the_last_speaker():
    said = parsed_statements(IT_NEAR_MISS)
    closed = statement_with(said, "would stay closed")
    assert not any("Reyk" in n for n in closed["names"])


def test_it_after_a_bodys_statement_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "it-after-body-statement")
    said = parsed_statements(IT_AFTER_BODY)
    assert "Ostra" not in statement_with(said, "where they had been run from")["names"]
