"""Two unquoted words beside an attribution (a time phrase, a subject) are no statement."""

import pytest

from statements.parsing import parse_article, to_contract

REPORT = (
    "The Harbour Ledger reported on Monday that the port of Vell had been closed to foreign "
    "ships.\n\n"
)


def _texts(text):
    return [s["text"] for s in to_contract(parse_article(REPORT + text, strict=True))["statements"]]


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Hours later, the rival Vell Courier published a very different account.", "Hours later"),
        ("That afternoon, the port authority issued a statement of its own.", "That afternoon"),
    ],
)
def test_a_time_phrase_or_a_subject_beside_the_speaker_is_no_statement(sentence, fragment):
    assert fragment not in _texts(sentence + "\n")


def test_words_before_an_attribution_set_off_by_commas_are_still_a_statement():
    texts = _texts("The port, the authority said on Tuesday, had never been closed.\n")
    assert any(t.startswith("The port") for t in texts), texts


def test_two_words_that_deny_are_still_a_statement():
    texts = _texts("Not so, the port authority said on Tuesday.\n")
    assert any(t.startswith("Not so") for t in texts), texts
