"""A statement's side read from what the text says (rules `unnamed-before-answer`,
`state-told-of`, `rejoinder-not-denier`, the coref rule
`body-of-speaking-state`), and negations that deny nothing (`idle-negation`,
`grievance-negation`)."""

from statements.parsing import parse_article, to_contract
from statements.parsing.stance import has_denial_cue, stance_rule

from .statements import stance_of

_stance = stance_of


LEAK_THEN_DENIAL = (
    "Norway is considering closing its northern ports to Danish trawlers from March, according "
    "to people familiar with the matter.\n\n"
    "A senior Norwegian official who asked not to be named said Danish trawlers had emptied the "
    'northern grounds and the quota deal signed in 2015 had become "impossible to defend".\n\n'
    "Norway's Fisheries Ministry rejected the report on Thursday. \"There is no plan to close "
    'any port," the ministry said.\n'
)


def test_an_unnamed_official_before_his_side_answers_tells_the_account():
    assert _stance(LEAK_THEN_DENIAL, "impossible to defend") == "claim"


def test_the_side_answers_after_its_denial():
    assert _stance(LEAK_THEN_DENIAL, "no plan to close any port") == "denial"


def test_with_the_rule_off_the_official_reads_as_his_sides_denial(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "unnamed-before-answer")
    assert _stance(LEAK_THEN_DENIAL, "impossible to defend") == "denial"


TOLD_OF = (
    "Hungary's transport minister, Zoltan Kiss, said on Monday that Austria had closed the "
    "Nickelsdorf crossing to Hungarian lorries for six days in May.\n\n"
    '"The crossing was open every day and the queues were caused by roadworks," Austrian '
    "transport ministry spokesman Lukas Berger said.\n"
)


def test_the_state_another_state_tells_of_answers_without_a_verb_of_denial():
    assert _stance(TOLD_OF, "open every day") == "denial"


def test_the_answer_is_a_comment_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "state-told-of")
    assert _stance(TOLD_OF, "open every day") == "comment"


def _first(content):
    return stance_rule("say", content, content, "organisation", False)


def test_a_negation_inside_a_condition_denies_nothing():
    content = "its members would turn to other growers if the auctions were not reopened"
    assert not has_denial_cue(content)
    assert _first(content) == ("comment", "default-comment")


def test_a_quantity_with_no_denies_nothing():
    assert not has_denial_cue('it had written to the ministry "on no fewer than nine occasions"')


def test_a_plain_negation_still_denies():
    assert _first("no order had been cancelled") == ("denial", "denial-cue")


def test_the_condition_counts_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "idle-negation")
    assert has_denial_cue("growers would leave if the auctions were not reopened")


def test_a_complaint_of_not_being_consulted_is_no_denial():
    content = "Nairobi had not been consulted about the new import rules"
    assert _first(content) == ("comment", "grievance-negation")


def test_an_active_not_asked_still_denies():
    assert _first("we have not asked anyone to stop anything") == ("denial", "denial-cue")


def test_the_complaint_reads_as_a_denial_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grievance-negation")
    assert _first("Nairobi had not been consulted about the rules") == ("denial", "denial-cue")


REJOINDER = (
    "Ivan Petkov, chairman of the Bulgarian melon growers' union, said on Monday that melon "
    "lorries had waited four days at the Kulata crossing since the start of the harvest.\n\n"
    '"The average wait at Kulata this week was nine hours, not four days," Greek customs '
    "spokeswoman Eleni Pappa said.\n\n"
    'Petkov dismissed the figure. "Nine hours is the time at the gate. It leaves out the queue '
    'on the motorway," he said.\n'
)


def test_the_accuser_answering_the_answer_is_no_denier_of_the_dispute():
    assert _stance(REJOINDER, "waited four days") == "claim"
    assert _stance(REJOINDER, "nine hours, not four days") == "denial"


def test_with_the_rule_off_the_first_verb_of_denial_makes_the_accuser_the_denier(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "rejoinder-not-denier")
    assert _stance(REJOINDER, "waited four days") == "denial"


ACTING_STATE = (
    "Slovak hauliers say their lorries have waited two days at the Rajka crossing since Hungary "
    "introduced weight checks on every trailer in May.\n\n"
    "The Interior Ministry, which runs the border police, said the checks were routine and "
    "applied to lorries from every country.\n"
)


def _country_of(text, name):
    out = to_contract(parse_article(text, strict=True))
    return next(a["country"] for a in out["actors"] if a["name"] == name)


def test_a_ministry_with_no_state_named_is_of_the_state_named_acting_before_it():
    assert _country_of(ACTING_STATE, "Interior Ministry") == "HU"


def test_with_the_rule_off_it_is_of_the_state_met_last(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "body-of-speaking-state")
    assert _country_of(ACTING_STATE, "Interior Ministry") == "SK"


def test_an_outlet_that_maintains_every_word_confirms():
    content = 'it "maintains every word" of its report on the border'
    assert stance_rule("say", content, content, "media", False) == (
        "confirmation",
        "confirm-cue",
    )


def test_a_dismissal_with_no_verb_of_denial_denies():
    for content in (
        "the story about the closed crossing was far-fetched",
        "the accusation has no grounds",
        "the figures do not reflect reality",
    ):
        assert _first(content) == ("denial", "dismissal-cue"), content


POLICY_BASE = (
    "Danish trawler owners said on Monday that Norway had closed its northern ports to Danish "
    "trawlers for a week.\n\n"
    "Norway's Fisheries Ministry denied the report on Tuesday.\n\n"
)


def test_what_a_denying_side_is_considering_is_a_policy_remark():
    text = (
        POLICY_BASE + "A Norwegian ministry spokesman said the ministry was considering talks "
        "with the Danish trawler owners.\n"
    )
    assert _stance(text, "considering talks") == "comment"
