"""A report's own words said again with a negation deny it; disowned quotations are denials."""

from types import SimpleNamespace

import pytest

from statements.parsing import parse_article, sides, to_contract

ARTICLE = (
    "Halted or on course? Chile's word on Peru rail talks told two ways\n\n"
    "The Lima news site Andes Expreso reported on Monday that Chile's transport ministry had "
    "told Peruvian officials that negotiations on a cross-border rail line were halted. The "
    "site, citing a Chilean official, alleged that the move followed objections from a "
    "freight union in Arica.\n\n"
    "Hours later, the Santiago daily El Mirador Austral published a different account. It "
    'reported that Chile had told Peru the negotiations "continue as planned".\n\n'
    "The ministry tried to settle the matter on Tuesday. Its spokesman, Anton Reval, said in "
    'a statement that the negotiations "have not been halted" and that a review of track '
    "capacity was under way.\n\n"
    'Asked about the Andes Expreso report, Reval said the ministry "does not recognise the '
    'quotation attributed to it".\n'
)


ACCUSER_ANSWERS = (
    "Chile's transport ministry accused Peru on Monday of holding Chilean freight trains at "
    "the border for days without explanation.\n\n"
    "The Lima daily El Faro Andino reported on Tuesday that Chile had suspended talks on a new "
    "rail line in response.\n\n"
    "Peru's foreign ministry on Wednesday denied that its border police had held any Chilean "
    "trains.\n\n"
    "A spokesman for Chile's transport ministry, Tomas Ugarte, said on Thursday that the talks "
    '"have not been suspended" and that Chilean trains were still waiting at the border.\n'
)


def _stances(text):
    out = to_contract(parse_article(text, strict=True))
    return [(s["stance"], s["text"]) for s in out["statements"]]


def _one(stances, words):
    found = [stance for stance, text in stances if words in text]
    assert found, stances
    return found[0]


def test_negotiations_said_not_halted_deny_the_report_that_they_were():
    assert _one(_stances(ARTICLE), "have not been halted") == "denial"


def test_a_quotation_the_speaker_does_not_recognise_is_denied():
    assert _one(_stances(ARTICLE), "does not recognise") == "denial"


def test_an_accuser_saying_a_report_about_it_is_untrue_denies_rather_than_stands_by():
    assert _one(_stances(ACCUSER_ANSWERS), "have not been suspended") == "denial"


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy said the remarks attributed to the ambassador came from an anonymous blog.",
        "Velmar's foreign ministry said the quotation attributed to its minister was taken "
        "from a speech about fisheries.",
    ],
)
def test_disowned_words_are_a_denial(sentence):
    text = (
        "The Lakeside Herald reported on Monday that Velmar's foreign minister had called the "
        "treaty dead.\n\n" + sentence + "\n"
    )
    stances = _stances(text)
    assert any(stance == "denial" and "attributed" in t for stance, t in stances), stances


def _row(stance, content, side, actor):
    return SimpleNamespace(stance=stance, content=content, side=side, actor=actor)


REPORT = _row("claim", "the rail negotiations had been suspended until further notice", 1, "site")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ('the negotiations "have not been suspended"', True),
        ("nothing had been suspended and the talks would go on", True),
        ("the ministry had not yet chosen a new spokesman", False),  # another subject
    ],
)
def test_a_report_said_again_with_a_negation_is_a_negated_restatement(answer, expected):
    reply = _row("denial", answer, 2, "ministry")
    rows = [REPORT, reply]
    index = {id(r): k for k, r in enumerate(rows)}
    assert sides._negated_restatement(reply, rows, index) is expected


def test_a_claim_that_itself_negates_is_no_report_to_restate():
    report = _row("claim", "the negotiations had not been resumed", 1, "site")
    reply = _row("denial", "the negotiations have not been resumed yet", 2, "ministry")
    rows = [report, reply]
    assert not sides._negated_restatement(reply, rows, {id(r): k for k, r in enumerate(rows)})


def test_the_negated_restatement_rule_can_be_switched_off(monkeypatch):
    reply = _row("denial", 'the negotiations "have not been suspended"', 2, "ministry")
    rows = [REPORT, reply]
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "negated-restatement")
    assert not sides._negated_restatement(reply, rows, {id(r): k for k, r in enumerate(rows)})
