"""The parser's fast paths give what the slow ones gave, on sentences written for these tests."""

import importlib

import pytest

segment_mod = importlib.import_module("statements.parsing.segment")

PARAGRAPHS = [
    "The portal Vesti.me published that the advance was paid; 24.kg and Kaktus.media agreed.",
    "Flights on the Malé–Colombo route resume in 2027–2028, the U.S. embassy's note said.",
    "No address here: the minister's folk-dance troupe (50,000 fans) met @handle on Jan. 5.",
    "A dash – with spaces – sets off a clause; e.g. the site example.org.uk is not a name.",
    'He said: "We will not pay." Then he left.',
]


def _tokens(pattern_of, text: str) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in pattern_of(text).finditer(text)]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_a_paragraph_is_tokenized_as_by_the_full_pattern(text):
    full = segment_mod._token_re(True, True)
    got = [(t.text, t.start, t.end) for t in segment_mod.tokenize(text, 0, len(text))]
    assert got == _tokens(lambda _: full, text)


def test_the_web_name_and_the_dash_word_stay_one_token_each():
    text = PARAGRAPHS[0] + " " + PARAGRAPHS[1]
    words = [t.text for t in segment_mod.tokenize(text, 0, len(text))]
    assert "Vesti.me" in words and "Kaktus.media" in words and "Malé–Colombo" in words


def test_a_paragraph_without_an_address_or_en_dash_skips_both_alternatives():
    text = PARAGRAPHS[2]
    assert segment_mod._WEB_HINT.search(text) is None and "–" not in text
    plain = segment_mod._token_re(False, False)
    got = [(t.text, t.start, t.end) for t in segment_mod.tokenize(text, 0, len(text))]
    assert got == _tokens(lambda _: plain, text)
