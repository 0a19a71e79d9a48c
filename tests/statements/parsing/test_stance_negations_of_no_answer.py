"""Negations that answer no report: a contrast of time set off after its clause
(`time-contrast`), a side saying it got no word or paper (`left-without`), and a negated wish of
the denying side, a policy line that its denial beside it does not turn into one
(`policy-negation`'s cues, `policy-stays`)."""

from statements.parsing.stance import has_denial_cue, stance_rule

from .statements import stance_of


def _first(content):
    return stance_rule("say", content, content, "person", False)


def test_a_contrast_of_time_after_its_clause_denies_nothing():
    content = 'the talks would resume "once the maps are agreed, not before"'
    assert not has_denial_cue(content)
    assert _first(content) == ("comment", "default-comment")


def test_a_contrast_of_days_and_weeks_denies_nothing():
    assert not has_denial_cue('the council wanted an answer "within hours, not days"')


def test_a_deadline_with_no_later_than_denies_nothing():
    assert not has_denial_cue("the forms must be filed no later than the end of May")


def test_a_not_before_a_verb_still_denies():
    assert _first("the barge did not leave before noon") == ("denial", "denial-cue")


def test_the_contrast_of_time_counts_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "time-contrast")
    assert has_denial_cue("the vote will come after the audit, not before")


def test_a_side_given_no_notice_complains_and_denies_nothing():
    content = "the bakers had been given no warning of the new flour levy"
    assert _first(content) == ("comment", "left-without")


def test_nobody_telling_the_speaker_is_a_complaint():
    content = "Nobody at the depot has told us why the buses stopped"
    assert _first(content) == ("comment", "left-without")


def test_nobody_telling_beside_a_plain_negation_still_denies():
    content = "Nobody told us anything, and the buses did not stop"
    assert _first(content) == ("denial", "denial-cue")


def test_nobody_doing_the_reported_act_still_denies():
    assert _first("nobody closed the depot on Monday") == ("denial", "denial-cue")


def test_the_complaint_reads_as_a_denial_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "left-without")
    content = "the bakers had been given no warning of the levy"
    assert _first(content) == ("denial", "denial-cue")


def test_nobody_telling_the_speaker_that_its_story_is_wrong_is_no_complaint():
    content = "Nobody at the council has told us that a single figure we printed is wrong"
    assert _first(content) != ("comment", "left-without")


DENIED_THEN_POLICY = (
    "The Lorvan Herald reported on Monday that Tessaria had closed its fishing grounds to "
    "Lorvani trawlers.\n\n"
    "Tessaria's fisheries ministry denied the report on Tuesday.\n\n"
    '"We have no interest in a quarrel with our neighbours over the sea," ministry spokesman '
    "Aurel Dancu said.\n"
)


def test_a_negated_wish_of_the_denying_side_is_a_policy_remark():
    assert stance_of(DENIED_THEN_POLICY, "quarrel with our neighbours") == "comment"


def test_the_negated_wish_reads_as_a_denial_with_the_policy_rule_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "policy-negation")
    assert stance_of(DENIED_THEN_POLICY, "quarrel with our neighbours") == "denial"


def test_the_negated_wish_reads_as_the_sides_denial_with_policy_stays_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "policy-stays")
    assert stance_of(DENIED_THEN_POLICY, "quarrel with our neighbours") == "denial"
