"""A headline of two sides is read up to where it turns to the second (`headline-first-clause`,
`headline-answered`); `not aware of` is a non-answer unless the words dismiss
(`dismissal-beside-not-aware`)."""

from statements.parsing import parse_article, to_contract

BODY = (
    "\n\nThe Maltese armed forces said on Saturday that their patrol boat had detained the "
    "Tunisian trawler Sidi Bou about 20 nautical miles south of Lampedusa.\n\n"
    "Tunisia's fisheries ministry denied on Sunday that the trawler had left Tunisian "
    "waters.\n"
)


def _statement(text, words):
    out = to_contract(parse_article(text, strict=True))
    found = [s for s in out["statements"] if words in s["text"]]
    assert found, out["statements"]
    return found[0]


def test_the_first_side_of_a_headline_answered_by_the_second_claims():
    text = "Valletta says Tunisian trawler fished in its waters; Tunis denies" + BODY
    assert _statement(text, "Valletta says")["stance"] == "claim"


def test_the_headline_is_read_whole_when_the_rule_is_off(monkeypatch):
    # the learned stance pass (stance-model) reads this one right on its own
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "headline-first-clause,stance-model")
    text = "Valletta says Tunisian trawler fished in its waters; Tunis denies" + BODY
    assert _statement(text, "Valletta says")["stance"] != "claim"


NOT_AWARE = (
    "The Vilnius daily Ryto Žinios reported on Monday that Latvia had asked Lithuania to "
    "close the Saločiai crossing to lorries at night.\n\n"
)


def test_not_aware_alone_is_a_non_answer():
    text = (
        NOT_AWARE + "A spokesman for Latvia's interior ministry, Janis Ozols, said the ministry "
        "was not aware of any request to close the crossing.\n"
    )
    assert _statement(text, "not aware of any request")["stance"] == "comment"


def test_not_aware_beside_a_dismissal_denies():
    text = (
        NOT_AWARE + '"We are not aware of any such letter, and no such request was ever made," '
        "Latvia's interior ministry spokesman, Janis Ozols, said.\n"
    )
    assert _statement(text, "no such request was ever made")["stance"] == "denial"


def test_a_misinterpretation_dismisses():
    text = BODY + '\nAn official said the account was "a misinterpretation of the charts".\n'
    assert _statement(text, "misinterpretation of the charts")["stance"] == "denial"
