"""Session 12 (p-speed12): the faster paths give what the slower ones gave (invented text)."""

from __future__ import annotations

import itertools

import pytest

from statements.parsing.names import WordCounts, _tokens
from statements.parsing.segment import tokenize

TEXT = (
    "Minister Orla Venn's office said on Tuesday that Venn. Venn's aide, Venn... and "
    "x-Venn met. Port Halvik's mayor, Orla Venn, wrote to Halvik’s council: Venn’s plan "
    "stands. U.S. officials and the U.S.'s envoy met Orla  Venn . Orla\n\nVenn again, "
    "Venn-Orla and Venns, 'Venn' and Venn's's. Orla ... Venn"
)


def _counted_by_index(text: str, phrase: str) -> int:
    """The count as the earlier WordCounts gave it: every word indexed, runs compared."""
    words = _tokens(text)
    want = _tokens(phrase)
    n = len(want)
    if not n:
        return 0
    return sum(1 for i in range(len(words)) if words[i : i + n] == want)


PHRASES = [
    "Venn",
    "Venn's",
    "Orla Venn",
    "Orla Venn's office",
    "Halvik",
    "U.S.",
    "U.S",
    "Venns",
    "x-Venn",
    "Venn-Orla",
    "'Venn'",
    "Orla ... Venn",
    "...",
    "",
    "Nobody",
    "Venn met",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_word_counts_as_indexed(phrase: str) -> None:
    assert WordCounts(TEXT)(phrase) == _counted_by_index(TEXT, phrase)


def test_word_counts_every_run_of_the_text() -> None:
    counts = WordCounts(TEXT)
    words = _tokens(TEXT)
    for i, n in itertools.product(range(len(words)), (1, 2, 3)):
        phrase = " ".join(words[i : i + n])
        assert counts(phrase) == _counted_by_index(TEXT, phrase), phrase


def test_tokens_keep_offsets_and_quotes() -> None:
    text = 'Ana Ruiz said: "We will not sign it," and left. U.S. envoy'
    toks = tokenize(text, 0, len(text))
    assert [t.text for t in toks][:6] == ["Ana", "Ruiz", "said", ":", '"', "We"]
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks if t.quoted] == ['"', "We", "will", "not", "sign", "it", ",", '"']
    assert [t.mark for t in toks if t.mark] == [1, 2]
    assert toks[-2].text == "U.S."
