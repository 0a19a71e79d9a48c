"""A speaker who moves on to another subject is not denying anything by saying `no`."""

from statements.parsing import parse_article, to_contract


def _statements(text):
    out = to_contract(parse_article(text, strict=True))
    names = {a["id"]: a["name"] for a in out["actors"]}
    return [(names[s["speaker"]], s["stance"], s["text"], s["denies"]) for s in out["statements"]]


ARTICLE = (
    "The Valdor Gazette reported on Friday, citing two diplomats, that Kelmar had offered to "
    "buy three patrol boats from Osterland.\n\n"
    '"This is a fabrication. No such offer was ever made," Kelmar\'s defence ministry '
    "spokesman Arno Feld told reporters.\n\n"
    "Feld also said the defence minister had no plans to visit the coast this winter.\n"
)


def test_a_negation_on_another_subject_is_a_comment():
    statements = _statements(ARTICLE)
    winter = [s for s in statements if "winter" in s[2]]
    assert winter and winter[0][1] == "comment" and winter[0][3] == []


def test_the_denial_before_it_still_denies_the_report():
    statements = _statements(ARTICLE)
    fabrication = [s for s in statements if "fabrication" in s[2]]
    assert fabrication and fabrication[0][1] == "denial" and fabrication[0][3]


def test_moving_on_but_pointing_back_at_the_report_is_still_a_denial():
    text = ARTICLE.replace(
        "Feld also said the defence minister had no plans to visit the coast this winter.",
        "Feld also said the story was not worth the paper it was printed on.",
    )
    story = [s for s in _statements(text) if "paper it was printed" in s[2]]
    assert story and story[0][1] == "denial"


def test_an_accusation_the_accuser_states_later_in_other_words_is_one_claim():
    text = (
        "The Lorvian Ministry of Transport has denied accusations by the opposition that road "
        "tolls had been increased in secret.\n\n"
        "The accusation was made on Monday by opposition MP Tarik Oyel, who told a press "
        'conference that "the ministry quietly raised the toll on every bridge".\n\n'
        'The ministry called the accusations "baseless".\n'
    )
    statements = _statements(text)
    claims = [s for s in statements if s[1] == "claim"]
    assert len(claims) == 1 and "quietly raised the toll" in claims[0][2]
    assert not [s for s in statements if s[1] == "confirmation"]
