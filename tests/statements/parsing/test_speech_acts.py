"""Speech acts and their speakers, on sentences written for these tests."""

import datetime as dt

import pytest

from statements.parsing import parse_article, syntax, to_contract

from .statements import parsed_statements, statements_by

PUBLISHED = dt.date(2026, 3, 12)

needs_parser = pytest.mark.skipif(not syntax.available(), reason="spaCy model not installed")


def _said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, statement text) pairs of a parse."""
    out = to_contract(parse_article(text, published=PUBLISHED))
    names = {a["id"]: a["name"] for a in out["actors"]}
    return [(names.get(s["speaker"]), s["text"]) for s in out["statements"]]


def _speaker_of(text: str, words: str) -> str | None:
    return next(sp for sp, said in _said(text) if words in said)


@needs_parser
def test_a_verb_of_saying_the_rules_do_not_list_is_found_by_the_parse():
    text = "The exporters' union, Frutas del Sur, says it is losing a thousand dollars a day."
    assert _speaker_of(text, "losing a thousand dollars") == "Frutas del Sur"


@needs_parser
def test_neither_confirm_nor_deny_is_one_statement():
    text = "The Competition Board would neither confirm nor deny whether it had opened an inquiry."
    assert len(_said(text)) == 1


@needs_parser
def test_a_verb_with_not_is_no_statement():
    text = "The Competition Board did not confirm whether it had opened an inquiry."
    assert _said(text) == []


@needs_parser
def test_a_question_is_no_statement():
    text = "Did the minister tell the envoy that the talks were off?"
    assert _said(text) == []


@needs_parser
def test_words_before_a_speaker_that_are_no_name_are_cut_off():
    text = (
        '"Nobody was expelled," the consul told reporters, while the ministry of trade said '
        'it would "not comment on leaks".'
    )
    speakers = {sp for sp, _ in _said(text)}
    assert not any(sp and sp.lower().startswith("while") for sp in speakers)


@needs_parser
def test_a_participle_description_after_a_speaker_is_not_part_of_the_name():
    text = "A customs officer reached by telephone in Porto declined to comment."
    assert _speaker_of(text, "declined to comment") == "customs officer"


def test_the_rules_stand_alone_when_the_parse_is_switched_off(monkeypatch):
    monkeypatch.setenv(syntax.SYNTAX_ENV, "0")
    text = (
        "The Competition Board cautioned that the inquiry was closed. The minister said it was not."
    )
    assert [sp for sp, _ in _said(text)] == ["minister"]


@needs_parser
def test_the_parse_adds_a_speech_act_in_a_sentence_the_rules_leave_empty():
    text = (
        "The Competition Board cautioned that the inquiry was closed. The minister said it was not."
    )
    assert [sp for sp, _ in _said(text)] == ["Competition Board", "minister"]


def test_an_embedded_post_is_its_signatory_s_statement_dated_by_its_date_line():
    text = (
        "The ministry answered on X:\n\n"
        '"The letter is a fake. We sent no such letter."\n'
        "— Ministry of Energy of Veloria (@EnergyMinVL), March 10, 2026"
    )
    out = to_contract(parse_article(text, published=PUBLISHED))
    names = {a["id"]: a["name"] for a in out["actors"]}
    post = next(s for s in out["statements"] if "no such letter" in s["text"])
    assert names[post["speaker"]] == "Ministry of Energy of Veloria"
    assert post["date"] == "2026-03-10"


def test_a_speaker_a_colon_and_a_quotation_is_a_statement():
    text = '13:40 GMT - Transport minister Ana Kis: "We have not cancelled anything."'
    assert _said(text) == [("Ana Kis", '"We have not cancelled anything."')]


def test_an_a_label_in_a_transcript_is_the_briefing_s_spokesperson():
    text = (
        "Foreign ministry spokesperson Mira Tane held the weekly briefing on Tuesday.\n\n"
        "Q: Will the talks resume?\n\n"
        "A: They will resume in April.\n\n"
        "Q: And the second round?\n\n"
        "A: It will go ahead as planned."
    )
    assert {sp for sp, _ in _said(text)} == {"Mira Tane"}


def test_a_report_named_inside_a_question_is_its_outlet_s_claim():
    text = (
        "Q: Can you confirm the report in the Daily Ledger that the talks collapsed?\n\n"
        "Tane: We have seen the report. It is not accurate.\n\n"
        "Q: Thank you.\n\n"
        "Tane: Thank you."
    )
    assert ("Daily Ledger", "the talks collapsed") in _said(text)


def test_a_long_attribution_shows_the_statement_from_its_verb():
    text = (
        "The ministry's spokeswoman, Ana Quiroz, told reporters in the capital late on Monday "
        "that the ferry had never left port."
    )
    (_, said) = _said(text)[0]
    assert said.startswith("told reporters")


def test_a_quotation_split_by_its_attribution_is_one_statement():
    text = '"What there was not," the director said, "is a price below the market."'
    assert len(_said(text)) == 1
    assert "below the market" in _said(text)[0][1]


def test_a_second_speaker_after_a_quotation_s_attribution_keeps_its_own_words():
    text = (
        '"Nobody was expelled," ministry spokeswoman Ama Boateng told reporters, '
        "while the trade ministry said it would not comment."
    )
    # (a quotation of under six words is shown with its attribution: short-quote-tail)
    assert _speaker_of(text, '"Nobody was expelled,"') == "Ama Boateng"
    assert "trade ministry" not in next(w for _, w in _said(text) if "Nobody" in w)


@needs_parser
def test_a_role_in_apposition_before_a_name_leaves_the_name_as_speaker():
    text = "The importer, Delta Fuel Supply, declined to comment."
    assert _said(text) == [("Delta Fuel Supply", text[:-1])]


def test_a_ministry_name_with_a_comma_is_one_speaker():
    text = (
        "The Ministry of Foreign Affairs, Migration and Citizens Abroad denied on Tuesday "
        "that any tax had been imposed."
    )
    assert _speaker_of(text, "tax") == "Ministry of Foreign Affairs, Migration and Citizens Abroad"


def test_a_quotation_inside_a_reported_clause_keeps_the_clause():
    text = 'A report that the port had closed was "false and damaging", the harbour board said.'
    (_, said) = _said(text)[0]
    assert said.startswith("A report that the port had closed")


def test_declining_to_say_after_a_statement_is_a_non_answer_of_its_own():
    text = "Marin said the ministry had followed the law, declining to say who approved the price."
    out = to_contract(parse_article(text, published=PUBLISHED))
    assert [s["stance"] for s in out["statements"]] == ["comment", "comment"]
    assert out["statements"][1]["text"].startswith("declining to say")


@needs_parser
def test_it_in_a_relative_clause_is_the_subject_of_the_clause_it_hangs_from():
    text = (
        'The newspaper "Al-Sabah" had published an article in which it claimed that the '
        "crossing would close."
    )
    assert _speaker_of(text, "crossing would close") == "Al-Sabah"


def test_a_relative_clause_without_commas_is_no_part_of_the_speaker():
    text = "A senior trade official who spoke on condition of anonymity disputed that account."
    assert _speaker_of(text, "disputed") == "senior trade official"


def test_a_live_blog_time_stamp_is_no_part_of_the_speaker():
    text = "13:40 GMT The coastguard said its ship had been followed for 40 minutes."
    assert _speaker_of(text, "followed") == "coastguard"


def test_a_headline_speaker_named_in_full_in_the_body_is_that_speaker():
    text = (
        "Foreign Affairs denies new border tax\n\n"
        "The Ministry of Foreign Affairs, Trade and Citizens Abroad denied on Tuesday that any "
        "tax had been imposed."
    )
    speakers = {sp for sp, _ in _said(text)}
    assert speakers == {"Ministry of Foreign Affairs, Trade and Citizens Abroad"}


# Briefing transcripts: a long answer's span is the sentence that carries its stance.
QA_BRIEFING = (
    "Transcript of the regular briefing by Foreign Ministry spokeswoman Hanna Lindqvist, "
    "March 3\n\n"
    "Q: The Harbour Ledger reported this morning, citing three officials, that Norland had "
    "agreed to sell two frigates to Casvia. Can you confirm?\n\n"
    "A: I have seen the report. Let me be clear. It has no basis whatsoever. No agreement on "
    "frigates has been signed, and none is being negotiated. Norland's defence exports follow "
    "the law.\n\n"
    "Q: Will the minister travel to Casvia this spring?\n\n"
    "A: We will release information about the minister's travel in due course.\n"
)


def _parsed(text):
    out = to_contract(parse_article(text, published=PUBLISHED))
    names = {a["id"]: a["name"] for a in out["actors"]}
    return [
        (names.get(s["speaker"]), s["stance"], s["text"], s["denies"]) for s in out["statements"]
    ]


def test_a_long_answer_keeps_the_dismissal_and_the_sentence_after_it():
    answers = [s for s in _parsed(QA_BRIEFING) if s[0] == "Hanna Lindqvist"]
    denial = [s for s in answers if s[1] == "denial"]
    assert len(denial) == 1 and denial[0][3]
    assert denial[0][2] == (
        "It has no basis whatsoever. No agreement on frigates has been signed, and none is being "
        "negotiated."
    )
    assert any(s[1] == "comment" and "in due course" in s[2] for s in answers)


def test_the_speakers_own_account_after_a_non_answer_is_the_span():
    text = (
        "Xu Lanfeng, spokesman of the foreign ministry, held the regular briefing.\n\n"
        "Reporter: The Steppe Daily reported that customs had stopped clearing grain trains at "
        "the border. What is your comment?\n\n"
        "Xu: I'm not aware of the situation you mentioned. As far as I know, customs clearance "
        "is operating normally. The two sides maintain close communication. We welcome more "
        "trade.\n\n"
        "Reporter: Will the premier attend the summit?\n\n"
        "Xu: We will release information in due course.\n"
    )
    xu = [s for s in _parsed(text) if s[0] == "Xu Lanfeng" and s[1] == "denial"]
    assert len(xu) == 1, _parsed(text)
    assert xu[0][2].startswith("As far as I know, customs clearance is operating normally.")
    assert "not aware" not in xu[0][2]


def test_a_dismissal_before_a_referral_is_a_denial():
    text = (
        "Press briefing by State Department spokesperson Mara Kell, June 4\n\n"
        "QUESTION: Reuters reported that the United States had asked Osterland to close its "
        "consulate in Vell. Is that right?\n\n"
        "MS. KELL: Thanks for the question. We've seen the reporting. There was no such request. "
        "I'd refer you to the Osterlandish side for anything further.\n\n"
        "QUESTION: And on the trade talks?\n\n"
        "MS. KELL: We continue to work with our partners on a range of issues.\n"
    )
    statements = _parsed(text)
    kell = [s for s in statements if s[0] == "Mara Kell"]
    assert [s[1] for s in kell] == ["denial", "comment"], statements
    assert kell[0][3]


def test_a_referral_alone_is_a_comment():
    text = (
        "Q: The Harbour Ledger reported that Norland had agreed to sell two frigates to Casvia. "
        "Can you confirm?\n\n"
        "HANNA LINDQVIST: This is not a question for this ministry. I'd refer you to the "
        "defence ministry.\n\n"
        "Q: Will the minister travel to Casvia this spring?\n\n"
        "HANNA LINDQVIST: We will release information in due course.\n"
    )
    answers = [s for s in _parsed(text) if s[0] == "Hanna Lindqvist"]
    assert [s[1] for s in answers] == ["comment", "comment"], _parsed(text)


def test_a_quoted_question_keeps_its_attribution_after_it():
    said = _said(
        '"Why would anyone believe that?" Norland\'s government spokesman Erik Vale said on '
        'Tuesday.\n\n"Enough!" Vale told reporters.\n'
    )
    # (a quotation of under six words is shown with its attribution: short-quote-tail)
    assert any(sp == "Erik Vale" and w.startswith('"Why would anyone') for sp, w in said), said
    assert any(sp == "Erik Vale" and w.startswith('"Enough!"') for sp, w in said), said


INTERVIEW = (
    "Tor Brenn, Casvia's defence minister, spoke to Anna Berg of the Valdor Gazette. The "
    "interview has been edited for length.\n\n"
    "Anna Berg: Opposition deputies say your ministry paid twice for the same patrol boats. Is "
    "that true?\n\n"
    "Tor Brenn: No. The accusation is simply false. Every payment was audited, and the "
    "auditor's report is public.\n\n"
    "Anna Berg: Will Casvia buy new ships this year?\n\n"
    "Tor Brenn: We will decide that in the autumn budget.\n"
)


def test_an_interviewer_named_in_the_turns_asks_and_the_interviewee_answers():
    statements = _parsed(INTERVIEW)
    assert not [s for s in statements if s[0] == "Anna Berg"], statements
    claim = [s for s in statements if s[1] == "claim"]
    assert len(claim) == 1 and "paid twice" in claim[0][2]
    denial = [s for s in statements if s[0] == "Tor Brenn" and s[1] == "denial"]
    assert len(denial) == 1 and denial[0][3], statements


def test_bare_q_and_a_labels_with_a_period():
    text = QA_BRIEFING.replace("\nQ: ", "\nQ. ").replace("\nA: ", "\nA. ")
    statements = _parsed(text)
    claim = [s for s in statements if s[1] == "claim"]
    assert len(claim) == 1 and claim[0][0] == "Harbour Ledger", statements
    denial = [s for s in statements if s[1] == "denial"]
    assert len(denial) == 1 and denial[0][0] == "Hanna Lindqvist" and denial[0][3]
    assert denial[0][2].startswith("It has no basis whatsoever.")


def test_a_sentence_opening_with_a_is_no_answer_label():
    said = _said(
        "A Casvian official said on Monday that the frigates had been paid for.\n\n"
        "A. Berg, the navy's spokesman, declined to comment.\n\n"
        "Q fever cases rose in the north, the health ministry said.\n"
    )
    assert any("frigates had been paid" in t for _, t in said), said


def test_a_title_as_the_answer_label_is_the_briefings_speaker_and_answers_the_question():
    text = (
        "Transcript of the weekly briefing by Norland's foreign ministry spokesperson, Hanna "
        "Lindqvist.\n\n"
        "QUESTION: The Harbour Ledger reported that Norland had agreed to sell two frigates to "
        "Casvia. Is that true?\n\n"
        "SPOKESPERSON: I have seen the report. It is a complete fabrication. No agreement has "
        "been signed. We value our relations with Casvia.\n\n"
        "QUESTION: Will the minister travel to Casvia?\n\n"
        "SPOKESPERSON: We will release information in due course.\n"
    )
    statements = _parsed(text)
    answers = [s for s in statements if s[0] == "Hanna Lindqvist"]
    assert [s[1] for s in answers] == ["denial", "comment"], statements
    assert answers[0][3], statements  # the labels are no digest's sections: it answers
    assert answers[0][2].startswith("It is a complete fabrication.")


def test_a_name_then_its_title_in_apposition_is_the_speaker():
    text = (
        "The ministry rejected the report on Monday.\n\n"
        "Giulia Moretti, the ministry's spokeswoman, later said the talks would continue.\n\n"
        "Mary Wanjiru, the agency's director, said the quota stood."
    )
    statements = parsed_statements(text)
    (moretti,) = statements_by(statements, "Giulia Moretti")
    assert "talks would continue" in moretti["text"]
    (wanjiru,) = statements_by(statements, "Mary Wanjiru")
    assert "quota stood" in wanjiru["text"]
    assert not [s for s in statements if any("spokeswoman" in n for n in s["names"])]


def test_an_inverted_title_then_a_name_in_apposition_has_the_name_as_speaker():
    text = (
        "Vukovic said on Monday that the slot was never sold.\n\n"
        '"The story," said Croatia\'s economy minister, Marina Vuković, "is false."'
    )
    statements = parsed_statements(text)
    assert {tuple(s["names"][:1]) for s in statements} == {("Marina Vuković",)}, statements


def test_a_long_title_in_apposition_and_the_title_alone_later_are_the_named_spokesman():
    text = (
        "Pars Sepehr, the spokesman of the Ministry of Foreign Affairs of our country, stated "
        "that the report is baseless.\n\n"
        "The spokesman of the Ministry of Foreign Affairs added that no trucks had been held."
    )
    statements = parsed_statements(text)
    assert len(statements) == 2
    assert all(s["names"][0] == "Pars Sepehr" for s in statements), statements


def _relayed(text):
    out = to_contract(parse_article(text, strict=True))
    names = {a["id"]: a for a in out["actors"]}
    return out, names


def test_one_of_the_officials_told_the_paper_is_the_cited_officials_statement():
    out, names = _relayed(
        "The Kyiv Post, citing two officials, reported that the grain deal was off.\n\n"
        "One of the officials told the paper that Russia had blocked it."
    )
    told = [s for s in out["statements"] if "blocked it" in s["text"]]
    assert told and "two officials" in names[told[0]["speaker"]]["aliases"], out


def test_a_person_quoted_by_an_outlet_as_saying_speaks_and_the_outlet_is_an_actor():
    out, names = _relayed("Osmonov was quoted by Kabar as saying that the border would reopen.")
    (s,) = out["statements"]
    assert names[s["speaker"]]["name"] == "Osmonov" and s["text"].startswith("the border")
    assert any(a["name"] == "Kabar" and a["kind"] == "media" for a in out["actors"])


def test_according_to_a_person_quoted_by_an_agency_keeps_the_agency_out_of_the_words():
    out, names = _relayed(
        "According to Deputy Minister Ivan Petrov, quoted by the agency Interfax, the deal "
        "was signed in March."
    )
    (s,) = out["statements"]
    assert names[s["speaker"]]["name"] == "Ivan Petrov"
    assert "Interfax" not in s["text"]
    assert any(a["name"] == "Interfax" and a["kind"] == "media" for a in out["actors"])


def test_an_interview_with_a_newspaper_names_the_newspaper_not_what_follows():
    out, _ = _relayed(
        "Foreign Minister Aibek Osmonov said in an interview with the newspaper Kommersant "
        "that the border would reopen."
    )
    assert sorted(a["name"] for a in out["actors"]) == ["Aibek Osmonov", "Kommersant"], out


def test_a_body_then_one_of_its_kind_in_apposition_is_that_body_speaking():
    out, names = _relayed(
        "Singapore cut the ferry quota, officials said.\n\n"
        "Riau Straits Ferries, one of four operators on the route, said it had received no "
        "notice of any cut."
    )
    said = [s for s in out["statements"] if "no notice" in s["text"]]
    assert said and names[said[0]["speaker"]]["name"] == "Riau Straits Ferries"
    assert names[said[0]["speaker"]]["kind"] == "organisation"


def test_a_dateline_and_agency_credit_before_an_unnamed_spokesman_are_no_part_of_him():
    out, names = _relayed(
        "Tehran - Pars Agency - The spokesman of the Ministry of Foreign Affairs of our country, "
        "in reaction to the claim of a Turkish outlet, stated: This news is baseless.\n\n"
        "Ali Rezaei, the spokesman of the Ministry of Foreign Affairs, added: The border is open."
    )
    speakers = {names[s["speaker"]]["name"] for s in out["statements"]}
    assert speakers == {"Ali Rezaei"}, out
    assert not [a for a in out["actors"] if "Pars Agency" in a["name"]]


def test_a_coordinated_clause_with_its_own_subject_and_verb_is_a_second_statement():
    statements = parsed_statements(
        "The ministry said the talks would resume on Monday, and the Brazilian trade secretary "
        "said they would not.\n\n"
        'The White House said it would produce "results within six months," and Brazil\'s '
        'foreign minister called it "a new chapter."'
    )
    (secretary,) = statements_by(statements, "trade secretary")
    assert secretary["text"].endswith("said they would not")
    (ministry,) = statements_by(statements, "ministry")
    assert "secretary" not in ministry["text"]
    (minister,) = statements_by(statements, "foreign minister")
    assert "new chapter" in minister["text"]


def test_officials_in_a_capital_are_that_state_speaking():
    out, names = _relayed(
        "Russia's foreign ministry on Wednesday dismissed a Mongolian report, while officials "
        "in Ulaanbaatar acknowledged that some shipments had arrived late."
    )
    acknowledged = [s for s in out["statements"] if "arrived late" in s["text"]]
    assert acknowledged
    speaker = names[acknowledged[0]["speaker"]]
    assert speaker["kind"] == "government" and speaker["country"] == "MN"


def test_a_parenthetical_attribution_after_a_state_keeps_the_title_as_speaker():
    statements = parsed_statements(
        "Peru, the foreign minister said on Monday, would not sign the deal.\n\n"
        "The Harbour Times, the island's oldest daily, said it stood by its report."
    )
    (peru,) = [s for s in statements if "Peru" in s["text"]]
    assert peru["names"][0] == "foreign minister", statements
    (times,) = [s for s in statements if "stood by" in s["text"]]
    assert times["names"][0] == "Harbour Times", statements
