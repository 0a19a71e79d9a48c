"""A statement's side read from what the text says (rules `unnamed-before-answer`,
`state-told-of`, `future-after-denial`, `answered-in-turn`), and negations that deny nothing
(`idle-negation`, `grievance-negation`)."""

from statements.parsing import parse_article, to_contract
from statements.parsing.stance import has_denial_cue, stance_rule


def _stance(text, words):
    out = to_contract(parse_article(text, strict=True))
    found = [s["stance"] for s in out["statements"] if words in s["text"]]
    assert found, out["statements"]
    return found[0]


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


DENIED_THEN_TOLD = (
    "Latvia's transport ministry said on Monday that the Lithuanian rail operator LTG had "
    "stopped freight trains to Riga for a week.\n\n"
    'LTG rejected the account on Tuesday. "Every freight train ran to Riga on time and the next '
    'one will leave Vilnius on Friday as planned," LTG spokeswoman Rasa Petraite said.\n'
)


def test_what_is_to_come_said_right_after_the_bodys_denial_still_denies():
    assert _stance(DENIED_THEN_TOLD, "ran to Riga on time") == "denial"


def test_the_future_keeps_it_a_comment_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "future-after-denial")
    assert _stance(DENIED_THEN_TOLD, "ran to Riga on time") == "comment"


POINT_AND_ANSWER = (
    "Ghana's trade minister, Kofi Mensah, said on Monday that Togo had closed the Aflao border "
    "to Ghanaian traders for three days.\n\n"
    "Togo's interior ministry denied the report on Tuesday.\n\n"
    "Mensah said Ghanaian traders had lost their goods at the market in Lome.\n\n"
    "Togolese government spokesman Koffi Agbo said the market had been cleared for a scheduled "
    "renovation.\n"
)


def test_a_new_point_of_the_accuser_answered_at_once_is_a_claim_and_a_denial():
    assert _stance(POINT_AND_ANSWER, "lost their goods") == "claim"
    assert _stance(POINT_AND_ANSWER, "scheduled renovation") == "denial"


def test_point_and_answer_stay_comments_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "answered-in-turn")
    assert _stance(POINT_AND_ANSWER, "lost their goods") == "comment"
    assert _stance(POINT_AND_ANSWER, "scheduled renovation") == "comment"
