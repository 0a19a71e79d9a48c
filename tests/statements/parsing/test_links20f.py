"""Constructions behind link errors of dev articles 23-47 (a helper's share), tested on invented
sentences: a speaker taking a party at its word (`"I don't doubt the ministry when it says ..."`,
`no reason to doubt the word of our Dravian friends`) confirms that party's first denial
(rules `trusts-word`, `trusts-answerer-word`); `it had sent no letter` negates the speaker's own
act, not what it was sent (rule `left-without-passive`, narrowing `left-without`); a briefing
question citing a party's word that a plan stands is that party's denial, not the asker's claim
(rule `asked-plan-unchanged`); a matter said in a content's first clause to be still under
discussion answers a report that it was agreed (rule `still-undecided`); a plain remark of the
denying side in a sentence opening `Last month,` is background, no answer (rule
`earlier-remark-no-answer`)."""

from statements.parsing import parse_article, to_contract
from statements.parsing.stance import stance_rule, trusted_party

from .statements import parsed_statements, statement_with

TRUSTED = (
    "The Harbin Courier reported on Monday that the port authority of Velm had closed the "
    "northern quay to Dravian trawlers.\n\n"
    "Velm's transport ministry on Tuesday denied that the quay had been closed to any "
    "vessel.\n\n"
    "Ossian Frey, a shipping analyst at the Nordic Maritime Institute, said: \"I don't doubt "
    'the ministry when it says the quay is open. The queue is a matter of paperwork."\n'
)


def _confirmed(text, words):
    sts = parsed_statements(text)
    by_id = {s["id"]: s for s in sts}
    s = statement_with(sts, words)
    return s["stance"], [by_id[i]["text"] for i in s["confirms"]]


def test_a_speaker_taking_the_denier_at_its_word_confirms_its_denial():
    stance, targets = _confirmed(TRUSTED, "doubt")
    assert stance == "confirmation"
    assert len(targets) == 1
    assert "denied that the quay had been closed" in targets[0]


DEMONYM = (
    "The Tangier weekly Al-Bahr reported on Monday that Portugal had suspended ferry licences "
    "for two Moroccan operators.\n\n"
    "Portugal's infrastructure ministry on Tuesday denied that any licence had been "
    "suspended.\n\n"
    "Portuguese officials did, however, concede that inspections had slowed.\n\n"
    "Morocco's transport minister, Youssef Alami, told reporters in Rabat that Morocco had "
    '"no reason to doubt the word of our Portuguese friends".\n'
)


def test_the_word_of_a_party_named_by_its_demonym_confirms_its_sides_denial():
    stance, targets = _confirmed(DEMONYM, "no reason to doubt")
    assert stance == "confirmation"
    assert len(targets) == 1
    assert targets[0].startswith("Portugal's infrastructure ministry on Tuesday denied")


def test_the_link_rule_off_sends_the_demonyms_trust_to_the_report(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "trusts-answerer-word")
    _, targets = _confirmed(DEMONYM, "no reason to doubt")
    assert not any("denied" in t for t in targets)


def test_doubting_no_party_is_no_trust():
    assert trusted_party("I don't doubt that the queue will grow") is None
    assert trusted_party("we doubt the ministry when it says the quay is open") is None
    assert trusted_party("I don't doubt the ministry when it says the quay is open") == (
        "the ministry"
    )


def test_the_trust_rules_off_leave_the_analysts_remark_unlinked(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "trusts-word,trusts-answerer-word")
    stance, targets = _confirmed(TRUSTED, "doubt")
    assert stance != "confirmation"
    assert not targets


def test_the_link_rule_off_leaves_the_denial_unconfirmed(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "trusts-answerer-word")
    _, targets = _confirmed(TRUSTED, "doubt")
    assert not any("denied that the quay had been closed" in t for t in targets)


SENT_NONE = 'the reduction was "purely technical" and that it had sent no letter about payments'
GIVEN_NONE = "the officers had given no written reason for the refusals"


def test_a_speaker_saying_it_sent_nothing_denies_its_own_act():
    assert stance_rule("say", SENT_NONE, SENT_NONE, "organisation", False) == (
        "denial",
        "denial-cue",
    )


def test_a_side_saying_others_gave_it_nothing_stays_left_without():
    assert stance_rule("say", GIVEN_NONE, GIVEN_NONE, "organisation", False) == (
        "comment",
        "left-without",
    )


def test_the_narrowing_off_reads_sent_nothing_as_left_without(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "left-without-passive")
    assert stance_rule("say", SENT_NONE, SENT_NONE, "organisation", False)[0] == "comment"


BRIEFING = (
    "Regular press briefing by Foreign Ministry spokesperson Liene Ozola, 12 March\n\n"
    "Q: The Hanseatic Courier reported this morning that Latvia had dropped its bid to host the "
    "Baltic ferry summit in Riga. What is the ministry's position?\n\n"
    "A: I have seen the article. It does not deserve a response.\n\n"
    'Q: The transport ministry said yesterday that Riga\'s bid was "proceeding as planned". '
    "Does the Foreign Ministry share that assessment?\n\n"
    "A: There is no difference of views between the ministries.\n"
)


def _asked(text):
    sts = to_contract(parse_article(text, published="2026-03-12"))["statements"]
    return statement_with(sts, "proceeding as planned")


def test_a_question_citing_a_partys_word_that_the_plan_stands_is_that_partys_denial():
    asked = _asked(BRIEFING)
    assert asked["stance"] == "denial"
    assert asked["denies"]


def test_a_question_citing_an_outlets_report_of_the_plan_stays_a_claim():
    text = BRIEFING.replace("The transport ministry said", "The Daugava Herald newspaper reported")
    assert _asked(text)["stance"] == "claim"


def test_the_asked_plan_rule_off_reads_the_cited_word_as_the_askers_claim(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "asked-plan-unchanged")
    asked = _asked(BRIEFING)
    assert asked["stance"] == "claim"
    assert not asked["denies"]


UNDECIDED = (
    "Velm's presidency said on Monday that the two prime ministers had agreed to open a joint "
    "customs post at Drava Bridge in May.\n\n"
    "Dravia's foreign ministry denied that any agreement had been reached.\n\n"
    'The ministry said the idea of a joint post "remains under discussion at the level of '
    'experts" and that officials would meet again in June.\n'
)


def test_a_matter_said_to_be_still_under_discussion_denies_the_report_of_a_deal():
    sts = parsed_statements(UNDECIDED)
    open_matter = statement_with(sts, "remains under discussion")
    assert open_matter["stance"] == "denial"
    by_id = {s["id"]: s for s in sts}
    assert any("had agreed to open" in by_id[t]["text"] for t in open_matter["denies"])


def test_a_matter_still_under_discussion_only_after_another_point_is_no_answer():
    text = UNDECIDED.replace(
        'the idea of a joint post "remains under discussion at the level of experts" and that '
        "officials would meet again in June",
        "officials would meet again in June to look at staffing, and that the idea of a "
        'joint post "remains under discussion"',
    )
    assert statement_with(parsed_statements(text), "meet again")["stance"] == "comment"


def test_the_undecided_rule_off_leaves_the_open_matter_a_comment(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "still-undecided")
    open_matter = statement_with(parsed_statements(UNDECIDED), "remains under discussion")
    assert open_matter["stance"] == "comment"
    assert not open_matter["denies"]


EARLIER = (
    "The Ostrava weekly Tyden Dnes reported on Tuesday that Poland had cut coal deliveries to "
    "Czech power plants by half.\n\n"
    "Poland's energy ministry denied that any delivery had been cut.\n\n"
    "Last month, the ministry had told a briefing that coal exports to the Czech Republic were "
    '"fully secured" for the winter.\n'
)


def test_a_remark_of_the_denying_side_told_last_month_answers_no_report():
    earlier = statement_with(parsed_statements(EARLIER), "fully secured")
    assert earlier["stance"] == "comment"
    assert not earlier["denies"]


def test_the_same_remark_told_after_the_report_is_the_sides_answer():
    text = EARLIER.replace("Last month, the ministry had told", "On Thursday, the ministry told")
    assert statement_with(parsed_statements(text), "fully secured")["stance"] == "denial"


def test_the_earlier_remark_rule_off_reads_the_background_as_an_answer(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "earlier-remark-no-answer")
    earlier = statement_with(parsed_statements(EARLIER), "fully secured")
    assert earlier["stance"] == "denial"
    assert earlier["denies"]
