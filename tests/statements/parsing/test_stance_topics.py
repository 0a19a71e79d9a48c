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


# Stance worded without a verb of stance: each construction on an invented report.
REPORT = (
    "The Harbour Ledger reported on Monday, citing three officials, that Norland had agreed to "
    "sell two frigates to Casvia.\n\n"
)


def _answer(sentence):
    """The stance and the links of the one statement after the report."""
    statements = _statements(REPORT + sentence)
    assert statements[0][1] == "claim", statements
    rest = [s for s in statements[1:] if "Harbour Ledger" not in s[0]]
    assert len(rest) == 1, statements
    return rest[0][1], rest[0][3]


def test_a_first_person_rejection_in_a_quotation_is_a_denial():
    stance, denies = _answer(
        '"We categorically reject these claims," the Norland government said in a statement.'
    )
    assert stance == "denial" and denies


def test_a_rhetorical_demand_for_proof_is_a_denial():
    stance, _ = _answer(
        'Asked about the report, Norland government spokesman Erik Vale said: "Where is the '
        'proof? Show us one document."'
    )
    assert stance == "denial"


def test_saying_the_report_is_accurate_confirms_it():
    assert _answer('Casvian navy chief Tor Brenn said the report was "broadly accurate."')[0] == (
        "confirmation"
    )
    assert _answer('"The report is correct in substance," Casvian navy chief Tor Brenn said.')[
        0
    ] == ("confirmation")


def test_saying_the_report_is_not_accurate_denies_it():
    stance, _ = _answer('"The report is not accurate," Norland spokesman Erik Vale said.')
    assert stance == "denial"


def test_a_confirmation_of_a_negation_is_a_denial():
    stance, _ = _answer(
        "Norland's defence ministry confirmed in a statement that it had not received any "
        "request from Casvia."
    )
    assert stance == "denial"


def test_a_named_party_negating_under_according_to_denies():
    stance, _ = _answer("According to Norland's defence ministry, no such agreement was discussed.")
    assert stance == "denial"


def test_an_accusation_said_again_is_a_claim():
    stance, _ = _answer(
        "Opposition leader Mara Quist reiterated on Wednesday that the government had sold the "
        "ships in secret."
    )
    assert stance == "claim"
    stance, _ = _answer(
        "Opposition leader Mara Quist said again on Wednesday that the government had sold the "
        "ships in secret."
    )
    assert stance == "claim"


def test_a_policy_said_again_stays_a_comment():
    stance, _ = _answer(
        "Norland government spokesman Erik Vale reiterated that Norland remains committed to good "
        "relations with all its neighbours."
    )
    assert stance == "comment"


def test_denials_without_a_verb_of_denial():
    for sentence in (
        'Norland\'s defence ministry said the report was "a complete fabrication."',
        "A spokesman for the Norland government, Erik Vale, said the story had no basis "
        "whatsoever.",
        '"It is nothing but lies," Erik Vale, a spokesman for the Norland government, said.',
        '"That is simply not true," government spokesman Erik Vale told reporters.',
        '"There were no such talks," government spokesman Erik Vale told reporters.',
        'Government spokesman Erik Vale called it "pure invention."',
        '"Who would sell frigates to a country at war? It makes no sense," spokesman Erik Vale '
        "said.",
    ):
        assert _answer(sentence)[0] == "denial", sentence


def test_non_answers_are_comments():
    for sentence in (
        "The Casvian embassy declined to comment on the report.",
        "A spokeswoman for the Casvian navy, Lina Roos, said she would neither confirm nor deny "
        "the report.",
        '"We neither confirm nor deny reports of this kind," Casvian navy spokeswoman Lina Roos '
        "said.",
        'Casvian navy spokeswoman Lina Roos said the navy "does not comment on speculation."',
    ):
        assert _answer(sentence)[0] == "comment", sentence


def test_indirect_confirmations():
    for sentence in (
        "Casvia's navy chief, Admiral Tor Brenn, acknowledged that talks on the frigates had "
        "taken place.",
        "Government spokesman Erik Vale conceded that officials had met Casvian envoys in March.",
        "Government spokesman Erik Vale admitted that officials had discussed the frigates.",
    ):
        assert _answer(sentence)[0] == "confirmation", sentence


def test_admitting_what_was_reported_without_a_verb_of_confirmation():
    for sentence in (
        '"There were meetings, as there are with every partner, and we never hid them," Casvian '
        "navy chief Tor Brenn said.",
        'Casvian navy chief Tor Brenn said Casvia had "made no secret" of its interest in the '
        "frigates.",
        '"We do not deny that there were contacts," Casvian navy chief Tor Brenn said.',
    ):
        assert _answer(sentence)[0] == "confirmation", sentence


def test_calling_the_report_unverified_denies_it():
    stance, _ = _answer(
        'Norland spokesman Erik Vale said the paper had published "unverified information from '
        'anonymous sources."'
    )
    assert stance == "denial"


def test_a_question_that_answers_itself_is_a_denial():
    stance, denies = _answer(
        '"Why would we sell ships we need ourselves?" Norland spokesman Erik Vale said.'
    )
    assert stance == "denial" and denies


def test_an_open_question_is_no_denial():
    stance, _ = _answer(
        'Casvian farm minister Ana Holm said: "How can we help the farmers this winter? That is '
        'the question."'
    )
    assert stance == "comment"


def test_a_rejection_of_the_account_in_reported_speech_is_a_denial():
    for sentence in (
        "Norland's foreign ministry said it rejected the allegations.",
        'Norland\'s foreign ministry said it "firmly rejects" the accusations.',
        "Norland's foreign ministry said in a statement that it refuted the report.",
        'Norland spokesman Erik Vale said the paper had "misrepresented" a routine meeting.',
    ):
        stance, denies = _answer(sentence)
        assert stance == "denial" and denies, sentence


def test_a_rejection_reported_as_the_news_is_still_a_claim():
    statements = _statements(
        "The Harbour Ledger reported on Monday that Norland's port authority had rejected three "
        "requests by Casvian ferry operators.\n\n"
        '"We have received no such requests," a port authority spokesman, Ivo Lund, said.\n'
    )
    assert statements[0][1] == "claim"
    assert statements[1][1] == "denial" and statements[1][3]


def test_a_policy_remark_of_the_denying_side_is_a_comment():
    statements = _statements(
        REPORT + '"The report is false," Norland government spokesman Erik Vale said on Tuesday.'
        "\n\nHe added that Norland remains committed to good relations with all its neighbours "
        "and looks forward to continuing the dialogue with Casvia.\n"
    )
    policy = [s for s in statements if "committed" in s[2]]
    assert policy and policy[0][1] == "comment" and not policy[0][3], statements
    assert [s[1] for s in statements if "false" in s[2]] == ["denial"]


def test_an_outlet_that_keeps_its_story_confirms_it():
    statements = _statements(
        REPORT + 'Norland\'s defence ministry said the report was "a complete fabrication."\n\n'
        "The Harbour Ledger said it would not retract the story.\n\n"
        "Its editor, Jana Holt, said the paper had no plans to retract the article and would "
        "keep it online.\n"
    )
    kept = [s for s in statements if "retract" in s[2]]
    assert [s[1] for s in kept] == ["confirmation", "confirmation"], statements


def test_a_non_answer_worded_with_the_verbs_of_stance_is_a_comment():
    for sentence in (
        "The Casvian navy neither confirmed nor denied the report.",
        "A Casvian navy spokeswoman, Lina Roos, would not confirm or deny the report.",
        "Casvian navy spokeswoman Lina Roos refused to confirm or deny that talks had taken place.",
        '"We cannot confirm the report at this time," Casvian navy spokeswoman Lina Roos said.',
    ):
        assert _answer(sentence)[0] == "comment", sentence


def test_what_was_reported_said_to_have_happened_indeed_confirms_it():
    stance, _ = _answer(
        "Casvian navy chief Tor Brenn said Norland had indeed offered two frigates, but at a "
        "price Casvia could not accept."
    )
    assert stance == "confirmation"
    stance, _ = _answer('"It is indeed a fabrication," Norland spokesman Erik Vale said.')
    assert stance == "denial"
