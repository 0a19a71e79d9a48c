"""The parser's fast paths give what the slow ones gave, on sentences written for these tests."""

import importlib
import re

import pytest

from statements.parsing import syntax

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


needs_parser = pytest.mark.skipif(not syntax.available(), reason="spaCy model not installed")

SENTENCES = [
    "The harbour authority, Port Velmar, said on Tuesday that the cranes had been repaired.",
    "There were no talks, and it is not clear whether they will meet; she did not say.",
    "We ai n't gon na pay, y'all know that, he told them, and let 's c'm on now.",
    "Nothin' was doin'  there \n for 'em, and something got done: she gets it.",
    "Those who have had enough said so themselves; I would, you could, it might.",
]


@needs_parser
def test_the_attribute_ruler_index_finds_what_spacys_matcher_finds():
    nlp = syntax._nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match.__self__, syntax._RuleIndex)  # the index is in use
    matcher_match = type(ruler).match.__get__(ruler)  # the class's own, by spaCy's Matcher
    before = nlp.pipe_names[nlp.pipe_names.index("attribute_ruler") :]
    for doc in nlp.pipe(SENTENCES, disable=before):
        assert ruler.match(doc) == matcher_match(doc)


@needs_parser
def test_a_pattern_the_index_cannot_read_leaves_spacys_matcher_in_place():
    spacy = pytest.importorskip("spacy")
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    assert syntax._RuleIndex.of(ruler) is not None
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})  # an operator
    assert syntax._RuleIndex.of(ruler) is None


places_mod = importlib.import_module("statements.parsing.places")

ORG_TEXT = (
    "The trade union Dignité said the company Costa Verde had paid.\n\n"
    "A union official and the agriculture ministry disagreed; the Union of Millers,\n"
    "the firm Baltic Grain and Ltd. company Norra Mills did not.\n\n"
    "The education department said the Company Oro Azul was new."
)


@pytest.mark.parametrize("head", ["union", "company", "firm", "ministry", "department"])
def test_searching_only_the_lines_with_the_head_finds_every_match(head):
    if head in ("ministry", "department"):
        pattern, literal = places_mod._field_re(head), head
    else:
        pattern, literal = places_mod._descriptor_re(head), head[1:]
    whole = [(m.start(), m.group()) for m in pattern.finditer(ORG_TEXT)]
    assert whole  # each head is named in the text
    assert [
        (m.start(), m.group()) for m in places_mod._line_matches(pattern, ORG_TEXT, literal)
    ] == whole


parties_mod = importlib.import_module("statements.parsing.parties")

TITLED_TEXT = (
    "Deputy Foreign Minister Anna Lind met Mr. Obi Okafor and Mrs Kemp Ross; XMinister Ola Berg "
    "did not. Dr Ruth Halle, Minister of State Ian Moss and Ambassador Sir John Pike spoke; "
    "President-elect Ida Noor and Mr Ng said nothing to Prime Minister Sven Lund's aides."
)


def test_a_title_pattern_opening_with_its_capital_finds_what_the_word_boundary_one_finds():
    alternatives = ["Minister", "Mr\\.?", "Mrs\\.?", "Dr\\.?", "Ambassador", "President", "Prime"]
    name = r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})"
    plain = re.compile(rf"\b(?:{'|'.join(alternatives)})\s+{name}")
    fast = re.compile(rf"{parties_mod._capital_first(alternatives)}\s+{name}")
    assert fast.pattern.startswith("[A-Z]")
    for start in range(0, len(TITLED_TEXT), 7):
        want = [(m.span(), m.group("name")) for m in plain.finditer(TITLED_TEXT, start)]
        assert [(m.span(), m.group("name")) for m in fast.finditer(TITLED_TEXT, start)] == want
    assert "Ola Berg" not in [m.group("name") for m in fast.finditer(TITLED_TEXT)]  # XMinister


def test_an_alternative_not_opening_with_a_capital_keeps_the_word_boundary_pattern():
    assert parties_mod._capital_first(["Minister", "-elect"]) == r"\b(?:Minister|-elect)"


clean_mod = importlib.import_module("statements.parsing.clean")


def test_the_offset_runs_map_every_cleaned_character_back_to_the_original():
    raw = "Share | Tweet | Email\nThe  minister   said\nthe port was “closed”.\n\n\nA second  one."
    cleaned = clean_mod.clean(raw)
    offsets = cleaned.offsets
    assert len(offsets) == len(cleaned.text)
    for i, ch in enumerate(cleaned.text):
        o = offsets[i]
        if ch.strip() and ch != '"':
            assert raw[o] == ch  # a kept character maps to itself in the original
    assert offsets[-1] == offsets[len(offsets) - 1]
    with pytest.raises(IndexError):
        offsets[len(offsets)]


def test_a_separator_maps_to_the_line_it_stands_before():
    runs = clean_mod.Offsets()
    runs.append_run(10, 3, 1)  # `abc` from 10
    runs.append_run(20, 2, 0)  # a paragraph break at 20
    runs.append_run(20, 2, 1)  # `de` from 20
    runs.append_run(30, 0, 1)  # nothing
    assert [runs[i] for i in range(len(runs))] == [10, 11, 12, 20, 20, 20, 21]
