"""Constructions behind link errors of the dev corpus, tested on invented sentences: a relative
clause of declining before the subject's own verb (`X, which declined to comment on Monday, said
on Wednesday that ...`), an act whose object is a bare pronoun (`X disputes that.`), an appeal
worded as a negation (`invited citizens to "not give credence to the rumours"`), a plan said to
stand (`September is still our working date`), a name in apposition inside a `citing` aside, an
opinion expressed with a `that` clause, and the cue words of an altered text, of wrong
particulars, of a story put about for discrediting and of it being too early to say (rules
`relative-clause-then-verb`, `pronoun-object-whole-sentence`, `appeal-no-credence`,
`plan-unchanged`, `citing-apposition`, `expressed-view-that`)."""

from .statements import parsed_statements, stance_of, statement_with

REPORT = (
    "The Harbour Courier reported on Monday that the port of Velm had been closed to lorries.\n\n"
)


def _off(monkeypatch, names):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", names)


DECLINED_THEN_SAID = (
    REPORT + "The port company, which declined to comment on Monday, said on Tuesday that the "
    "gates had stayed open to all traffic.\n"
)


def test_a_verb_after_a_relative_clause_of_declining_is_an_act_of_its_own():
    sts = parsed_statements(DECLINED_THEN_SAID)
    refusal = statement_with(sts, "declined to comment")
    answer = statement_with(sts, "the gates had stayed open")
    assert refusal is not answer
    assert "gates" not in refusal["text"]
    assert refusal["stance"] == "comment"


def test_a_relative_clause_that_is_no_act_keeps_one_statement():
    text = (
        REPORT + "The port company, which runs the terminal, said on Tuesday that the gates had "
        "stayed open to all traffic.\n"
    )
    sts = parsed_statements(text)
    answer = statement_with(sts, "the gates had stayed open")
    assert not any("runs the terminal" in s["text"] and s is not answer for s in sts)


def test_the_relative_clause_rule_off_keeps_the_refusal_and_the_answer_together(monkeypatch):
    _off(monkeypatch, "relative-clause-then-verb")
    sts = parsed_statements(DECLINED_THEN_SAID)
    assert "the gates had stayed open" in statement_with(sts, "declined to comment")["text"]


PRONOUN = REPORT + "Norway's food safety agency, Mattil, disputes that.\n"


def _span(text, words):
    s = statement_with(parsed_statements(text), words)
    return text[s["start"] : s["end"]]


def test_an_act_with_a_bare_pronoun_object_spans_the_whole_sentence():
    assert _span(PRONOUN, "disputes that").startswith("Norway's food safety agency")
    assert stance_of(PRONOUN, "disputes that") == "denial"


def test_an_act_with_words_of_its_own_starts_at_its_speaker():
    text = REPORT + "Norway's food safety agency, Mattil, disputes that the port was closed.\n"
    assert _span(text, "disputes that the port").startswith("Mattil")


def test_the_pronoun_object_rule_off_starts_at_the_name(monkeypatch):
    _off(monkeypatch, "pronoun-object-whole-sentence")
    assert _span(PRONOUN, "disputes that").startswith("Mattil")


NO_CREDENCE = (
    REPORT + 'The transport agency invited drivers to "not give credence to the report".\n'
)


def test_an_invitation_to_give_no_credence_to_a_report_is_a_denial():
    assert stance_of(NO_CREDENCE, "not give credence") == "denial"
    s = statement_with(parsed_statements(NO_CREDENCE), "not give credence")
    assert s["denies"]


def test_a_negated_appeal_after_a_statement_is_an_act_of_its_own():
    text = (
        REPORT + "The transport agency said it had received no notice of a closure, and invited "
        'drivers to "not give credence to the rumours".\n'
    )
    sts = parsed_statements(text)
    assert any(s["text"].startswith("invited drivers") for s in sts)
    assert statement_with(sts, "invited drivers")["stance"] == "denial"


def test_an_invitation_to_an_event_is_no_statement():
    text = REPORT + "The transport agency invited drivers to the reopening of the north gate.\n"
    assert not any("reopening" in s["text"] for s in parsed_statements(text))


def test_the_credence_rule_off_finds_no_invitation(monkeypatch):
    _off(monkeypatch, "appeal-no-credence")
    assert not any("invited" in s["text"] for s in parsed_statements(NO_CREDENCE))


PLAN = (
    "The Harbour Courier reported on Monday that the opening of the new ferry terminal had been "
    'pushed back to next year.\n\n"September is still our working date," said project manager '
    "Ilse Varga.\n"
)


def test_a_plan_said_to_stand_after_a_report_of_a_delay_is_a_denial():
    assert stance_of(PLAN, "September is still our working date") == "denial"


def test_a_plain_remark_about_the_month_stays_a_comment():
    text = PLAN.replace("September is still our working date", "September is a busy month")
    assert stance_of(text, "September is a busy month") == "comment"


def test_a_plan_said_to_stand_with_no_dispute_is_a_comment():
    text = '"September is still our working date," said project manager Ilse Varga.\n'
    assert stance_of(text, "September is still our working date") == "comment"


def test_the_plan_rule_off_leaves_a_comment(monkeypatch):
    _off(monkeypatch, "plan-unchanged")
    assert stance_of(PLAN, "September is still our working date") == "comment"


LETTER = (
    "The Harbour Courier posted a letter it said came from the port authority, ordering lorries "
    "away from the port of Velm.\n\n"
)


def test_a_text_someone_has_edited_is_dismissed():
    text = LETTER + (
        'Analyst Rune Dahl said the letter looked like "a real notice that someone has edited".\n'
    )
    assert stance_of(text, "someone has edited") == "denial"


def test_wrong_particulars_are_dismissed_and_right_ones_are_not():
    wrong = LETTER + '"The format is right, the numbers are wrong," said analyst Rune Dahl.\n'
    assert stance_of(wrong, "the numbers are wrong") == "denial"
    plain = LETTER + '"The format is old, the numbers are large," said analyst Rune Dahl.\n'
    assert stance_of(plain, "the numbers are large") == "comment"


def test_too_early_to_say_is_a_non_answer():
    text = REPORT + (
        "The port company denied the report. It said it was too early to talk about a new "
        "timetable.\n"
    )
    assert stance_of(text, "too early to talk") == "comment"


CITING = (
    "The port authority denied a report that it had sold two cranes.\n\n"
    "The broadcaster, citing the company's managing director, Aaron Pahau, reported on Tuesday "
    "that the cranes had been sold in May.\n"
)


def test_a_name_in_apposition_inside_a_citing_aside_does_not_speak():
    s = statement_with(parsed_statements(CITING), "had been sold in May")
    assert "broadcaster" in " ".join(s["names"]).lower()


def test_a_name_in_apposition_to_the_subject_speaks():
    text = CITING.replace(
        "citing the company's managing director", "the company's managing director"
    )
    s = statement_with(parsed_statements(text), "had been sold in May")
    assert "Aaron Pahau" in s["names"]


def test_the_citing_apposition_rule_off_gives_the_words_to_the_name(monkeypatch):
    _off(monkeypatch, "citing-apposition")
    s = statement_with(parsed_statements(CITING), "had been sold in May")
    assert "Aaron Pahau" in s["names"]


VIEW = (
    "The Courier reported that the letter was sent by the embassy.\n\n"
    'Deputy Aida Marova expressed opinion that the story "is thrown in for discrediting of '
    'relations".\n'
)


def test_an_opinion_expressed_with_a_that_clause_is_a_statement():
    s = statement_with(parsed_statements(VIEW), "thrown in")
    assert "Aida Marova" in s["names"]


def test_a_story_put_about_for_discrediting_is_dismissed():
    assert stance_of(VIEW, "thrown in") == "denial"


def test_an_opinion_expressed_with_no_that_clause_is_no_statement():
    text = VIEW.replace(
        'opinion that the story "is thrown in for discrediting of relations"',
        "her opinion on the story at length",
    )
    assert not any("at length" in s["text"] for s in parsed_statements(text))


def test_the_expressed_view_rule_off_finds_no_statement(monkeypatch):
    _off(monkeypatch, "expressed-view-that")
    assert not any("thrown in" in s["text"] for s in parsed_statements(VIEW))
