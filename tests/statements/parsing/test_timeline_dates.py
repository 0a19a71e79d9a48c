"""A timeline's date lines date the statements told under them (rule `timeline-entry-date`).

The texts are invented for these tests (a timeline of a row over a ferry levy, told oldest
first under date lines, and one told newest first with the date leading each entry).
"""

import datetime as dt

from statements.parsing.rules import DISABLE_ENV

from .statements import statement_with, strict_contract

PUB = dt.date(2026, 5, 23)

# each entry's lines as a page gives them: a date line, then the entry on one line
DATE_LINES = """How the levy row unfolded

Saturday, May 23, 2026

A month of statements over a landing levy has left ferry operators unsure what they will pay.

May 4
The Corsican ferry operators' union says that the new levy applies "only to Sardinian boats".

May 6
The port authority of Bastia replies that the levy applies to every ferry "without exception".

May 11
Italy's transport ministry says Rome will "answer in kind" if the levy is not dropped by June 30.

May 19
The union's chairman, Paolo Serra, says the levy was "never discussed" with the operators.
"""

# the date line over wrapped lines, which the cleaner joins into one paragraph with it: the
# entry's second sentence holds no date of its own
WRAPPED = """Timeline: the levy dispute

19 May
The union's chairman, Paolo Serra, says the levy was "never discussed" with
operators. He adds that the union will "take the matter to Brussels".

11 May
Italy's transport ministry says Rome will "answer in kind" if the levy
stays. It adds that talks with Paris are "going well".

6 May
The port authority of Bastia replies that the levy applies to every foreign
ferry. It says the fee is "modest".
"""

# two dated paragraphs are a page's dates, not a timeline: what is said there keeps no day
TWO_DATES = """Ferry levy to stay, port says

May 20, 2026

The port authority of Bastia says the levy applies to every foreign-flagged ferry.

May 21
The union's chairman, Paolo Serra, says the levy was "never discussed" with the operators.
"""


def _day(text: str, words: str) -> str | None:
    out = strict_contract(text, PUB)
    return statement_with(out["statements"], words)["date"]


def test_each_statement_takes_the_date_line_over_it() -> None:
    assert _day(DATE_LINES, "only to") == "2026-05-04"
    assert _day(DATE_LINES, "without exception") == "2026-05-06"
    assert _day(DATE_LINES, "never discussed") == "2026-05-19"


def test_a_deadline_in_the_sentence_does_not_date_the_entry() -> None:
    # `by June 30` is what Rome threatens, not when the ministry spoke
    assert _day(DATE_LINES, "answer in kind") == "2026-05-11"


def test_a_date_line_joined_to_its_wrapped_entry_newest_first() -> None:
    assert _day(WRAPPED, "take the matter") == "2026-05-19"
    assert _day(WRAPPED, "going well") == "2026-05-11"
    assert _day(WRAPPED, "modest") == "2026-05-06"


def test_two_dated_paragraphs_are_no_timeline() -> None:
    assert _day(TWO_DATES, "never discussed") is None


def test_entries_out_of_order_are_no_timeline() -> None:
    shuffled = DATE_LINES.replace("May 6\n", "May 21\n")
    assert _day(shuffled, "never discussed") is None


def test_the_rule_switched_off(monkeypatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "timeline-entry-date")
    assert _day(DATE_LINES, "without exception") is None
    assert _day(WRAPPED, "going well") is None
