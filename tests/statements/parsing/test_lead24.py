"""The twenty-fourth session's lead rules, read off invented stories in the forms real news
takes (a magazine's analysis quoting experts, a Reuters-style story about a report, a TV
script's sound bites, a story told by relays of an outlet): each rule with a sentence where it
fires and a run with it switched off.
"""

import datetime as dt

from statements.parsing.rules import DISABLE_ENV

from .statements import read, said

PUBLISHED = dt.date(2026, 5, 13)


def _read(text):
    return read(text, PUBLISHED)


_EXPERTS = (
    "Ostravia rejects survey of reef damage\n\n"
    "Ostravia rejected a report that its fishermen had stripped the reef of giant clams.\n\n"
    '"The report is false," said Prof. Rodel Santiago, a reef ecologist at Silliman '
    'University. "That is wrong," said Gen. Ana Ruiz, the army chief.\n\n'
    "Sen. John Barker said the navy had seized two boats.\n"
)


def test_an_abbreviated_title_after_the_verb_is_no_end_of_the_speaker():
    statements, actors = _read(_EXPERTS)
    assert said(statements, "The report is false")["by"] == "Rodel Santiago"
    assert said(statements, "That is wrong")["by"] == "Ana Ruiz"
    assert "Prof" not in actors


def test_an_abbreviated_title_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "abbreviated-title-after-verb")
    statements, _ = _read(_EXPERTS)
    assert said(statements, "The report is false")["by"] == "Prof"


def test_an_abbreviated_office_is_no_part_of_the_name():
    _, actors = _read(_EXPERTS)
    assert "Sen. John Barker" in actors["John Barker"]["aliases"]


_NAMES = (
    "Norland rejected a report that its navy had seized a fishing boat.\n\n"
    "Maria Santiago, a fisheries official, said the boat had been seized. Kenneth Washington, "
    "an analyst, said the claims were baseless. Santiago said the crew was released.\n"
)


def test_a_capital_in_a_persons_name_names_no_state():
    _, actors = _read(_NAMES)
    assert "Chile" not in actors and "United States" not in actors
    assert actors["Maria Santiago"]["country"] is None
    assert actors["Maria Santiago"]["kind"] == "person"


def test_a_capital_in_a_persons_name_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "capital-in-person-name")
    _, actors = _read(_NAMES)
    assert "Chile" in actors


_REPORT = (
    "WASHINGTON (Reuters) - The White House on Thursday pushed back on a report that aides had "
    'privately assured Ankara that sanctions would be lifted, calling it "categorically '
    'false."\n\n'
    "The report, published by Politico Europe on Wednesday, cited three officials familiar "
    "with the conversations. According to the report, the aides told Turkish officials that "
    'the measures would be reviewed "within weeks."\n\n'
    '"There have been no such assurances, period," National Security Council spokesperson '
    "Adrienne Watson said in a statement.\n"
)


def test_a_report_published_by_an_outlet_speaks_for_it():
    statements, _ = _read(_REPORT)
    assert said(statements, "the measures would be reviewed")["by"] == "Politico Europe"


def test_according_to_the_report_is_a_claim():
    statements, _ = _read(_REPORT)
    told = said(statements, "the measures would be reviewed")
    assert told["stance"] == "claim"
    answer = said(statements, "no such assurances")
    assert told["id"] in answer["denies"]


def test_according_to_the_report_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "according-to-report")
    statements, _ = _read(_REPORT)
    assert said(statements, "the measures would be reviewed")["stance"] != "claim"


_REEF = (
    "A survey team reported that giant clam numbers at the shoal had fallen by 70 percent and "
    "that fresh harvesting scars were consistent with organised extraction.\n\n"
    "Vietnam's foreign ministry rejected any suggestion that Vietnamese fishermen had "
    "harvested clams at the shoal.\n\n"
    '"Seventy percent in seven years is not natural mortality. Somebody is taking them," said '
    "Rodel Santiago, a reef ecologist.\n"
)


def test_an_innocent_cause_denied_backs_the_accusation():
    statements, _ = _read(_REEF)
    assert said(statements, "not natural mortality")["stance"] == "confirmation"


def test_an_innocent_cause_denied_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "innocent-cause-denied")
    statements, _ = _read(_REEF)
    assert said(statements, "not natural mortality")["stance"] == "denial"


_INTERVIEW = (
    "Interview: Kestria's foreign minister on the pipeline report\n\n"
    "Harbour Review: DPN says it has seen the minutes of a meeting in June at which the route "
    "was approved.\n\n"
    "Marek: There was a meeting in June, yes. But nothing was approved.\n\n"
    "HR: Dravia's energy minister told his parliament that \"the Kestrian side gave its "
    'word".\n\n'
    "Marek: Then he should publish whatever he thinks he was given.\n\n"
    'HR: Your colleague called the report "a fantasy". Is that your view too?\n\n'
    "Marek: He put it more colourfully than I would. But yes, we reject the report, all of "
    "it.\n"
)


def test_a_claimant_rejecting_by_the_verb_still_denies():
    statements, _ = _read(_INTERVIEW)
    assert said(statements, "we reject the report")["stance"] == "denial"


_DISBELIEF = (
    "Kalvia says Ostravian boats fished in its waters\n\n"
    "Kalvia's coast guard said on Monday that six Ostravian trawlers had fished inside its "
    "zone.\n\n"
    "Ostravia's fisheries minister, Ana Berg, was asked about the claim on Tuesday. \"I don't "
    'believe that for a second," she said.\n'
)


def test_disbelief_of_an_account_is_a_denial():
    statements, _ = _read(_DISBELIEF)
    assert said(statements, "believe that for a second")["stance"] == "denial"


_AGENCIES = (
    "Norland's army said on Monday that rebels had shelled a hospital in Vask.\n\n"
    "The rebels denied the claim.\n\n"
    '"Attacks on hospitals must stop," UN spokesman Stephane Dujarric said.\n'
)


def test_a_two_letter_body_the_reference_data_knows():
    _, actors = _read(_AGENCIES)
    assert actors["Stephane Dujarric"]["affiliated_to"] == "United Nations"


def test_a_two_letter_body_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "known-two-letter-body")
    _, actors = _read(_AGENCIES)
    assert actors["Stephane Dujarric"]["affiliated_to"] != "United Nations"


_BULLETIN = (
    "NEWS FIRST AT NINE - MONDAY\n\n"
    "ANCHOR: Good evening. Six fishing boats are being held in Male tonight. The coast guard "
    "says the trawlers were caught fishing inside Maldivian waters on Saturday.\n\n"
    "REPORTER: In a statement on Sunday, the coast guard said the crews had been fishing "
    "without a licence.\n\n"
    "SOUND BITE (Nimal Fernando, Negombo Boat Owners' Association): \"Our boats were not "
    'fishing. There was a cyclone warning."\n'
)


def test_a_sound_bites_speaker_is_the_one_in_brackets():
    statements, _ = _read(_BULLETIN)
    assert said(statements, "Our boats were not fishing")["by"] == "Nimal Fernando"


_RELAY = (
    "Ostravia denies reports of troop build-up\n\n"
    "The report appeared in the Kalvian daily Vecernik, which quoted a senior army officer, "
    "Colonel Ivo Maric, as saying that two brigades had moved to the frontier.\n\n"
    'Ostravia\'s defence ministry called the report "pure invention".\n'
)


def test_an_outlet_that_quoted_someone_in_a_relative_clause():
    statements, actors = _read(_RELAY)
    told = said(statements, "two brigades had moved")
    assert told["by"] == "Ivo Maric"
    assert told["stance"] == "claim"
    assert "Vecernik" in actors


def test_an_outlet_that_quoted_someone_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "relative-reported-verb")
    statements, _ = _read(_RELAY)
    assert not any("two brigades had moved" in s["text"] for s in statements)


def test_a_rank_word_is_no_body():
    _, actors = _read(_RELAY)
    assert "senior army" not in actors


def test_a_rank_word_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "rank-word-no-body")
    _, actors = _read(_RELAY)
    assert "senior army" in actors


_LABELS = (
    "Kalvia says Ostravia moved troops to the border\n\n"
    "Kalvian officials said on Monday that two Ostravian brigades had moved to the frontier.\n\n"
    "Ostravia called the report a lie. The defence ministry called the claims baseless. The "
    'foreign ministry termed the report "fake news".\n'
)


def test_a_report_called_a_lie_without_quotation_marks():
    statements, _ = _read(_LABELS)
    assert said(statements, "called the report a lie")["stance"] == "denial"
    assert said(statements, "called the claims baseless")["by"] == "defence ministry"


def test_a_report_called_a_lie_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "called-report-dismissal")
    statements, _ = _read(_LABELS)
    assert not any("called the report a lie" in s["text"] for s in statements)


def test_one_field_of_a_body_is_not_another():
    statements, _ = _read(_LABELS)
    assert said(statements, "fake news")["by"] == "foreign ministry"


def test_one_field_of_a_body_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "body-field-differs")
    statements, _ = _read(_LABELS)
    assert said(statements, "fake news")["by"] == "defence ministry"


_PAPER_SOURCE = (
    "Indonesia denies new permit for Malaysian pepper lorries\n\n"
    "The Sarawak Pepper Traders' Guild said on Monday that Indonesian customs officers had "
    "turned back 34 lorries at Entikong since July 12.\n\n"
    "Indonesia's customs directorate rejected the guild's account in a statement.\n\n"
    "The dispute was earlier reported by the Borneo Tribune, which quoted a customs broker as "
    'saying some lorries had been allowed through after paying "informal fees".\n'
)


def test_a_source_a_paper_quotes_tells_an_account():
    statements, _ = _read(_PAPER_SOURCE)
    told = said(statements, "informal fees")
    assert told["by"] == "customs broker"
    assert told["stance"] == "claim"


def test_a_source_a_paper_quotes_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "quoted-unnamed-source")
    statements, _ = _read(_PAPER_SOURCE)
    assert said(statements, "informal fees")["stance"] != "claim"


_PITCH = (
    "Ivorian ministry calls training-ground story a fabrication\n\n"
    "Côte d'Ivoire's Ministry of Sports on Tuesday described as \"a fabrication\" a report that "
    "Liberia's team had been refused access to the training pitch.\n\n"
    "The report, published on Monday by the Monrovia sports site Kick Off Liberia, claimed "
    "that the team's bus had been turned away at the stadium gate and that the players had "
    'trained "in a school yard" instead. It quoted an unnamed member of the Liberian '
    'delegation as saying the team had been "humiliated".\n\n'
    '"The pitch was never closed to our Liberian sisters," ministry spokesman Koffi '
    "N'Guessan said.\n"
)


def test_it_quoted_is_the_outlet_that_spoke_last():
    statements, _ = _read(_PITCH)
    report = said(statements, "turned away at the stadium gate")
    assert said(statements, "a fabrication")["denies"] == [report["id"]]
    assert said(statements, "never closed")["denies"] == [report["id"]]


def test_it_quoted_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "relay-pronoun")
    statements, _ = _read(_PITCH)
    assert said(statements, "humiliated")["id"] in said(statements, "a fabrication")["denies"]


_ANALYST = (
    "Norland denied a report that it had closed the border.\n\n"
    "An analyst at a Jakarta brokerage, Fikri Hasanuddin, said the operator was likely "
    "bluffing.\n"
)


def test_an_unnamed_workplace_is_no_body():
    _, actors = _read(_ANALYST)
    assert actors["Fikri Hasanuddin"]["affiliated_to"] is None
    assert "Indonesia" not in actors


def test_an_unnamed_workplace_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "unnamed-workplace,commentator-no-state")
    _, actors = _read(_ANALYST)
    assert actors["Fikri Hasanuddin"]["affiliated_to"] == "Indonesia"


def test_a_commentator_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "commentator-no-state")
    _, actors = _read(_ANALYST)
    assert actors["Fikri Hasanuddin"]["role"] == "analyst"
    assert actors["Fikri Hasanuddin"]["affiliated_to"] == "Indonesia"


# --- round 2, read off heldout35 once its blind score was taken ---------------------------

_BEAR = (
    "Aragon accuses France of releasing a bear.\n\n"
    '"No release of bear took place in 2026," said the ministry in a press release.\n'
)


def test_where_it_was_said_is_no_part_of_the_speaker():
    statements, actors = _read(_BEAR)
    assert said(statements, "No release of bear")["by"] == "ministry"
    assert "ministry in a press release" not in actors


def test_where_it_was_said_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "inverted-speaker-stops-at-in")
    statements, _ = _read(_BEAR)
    assert said(statements, "No release of bear")["by"] == "ministry in a press release"


_REBUTTAL = (
    "Republic of the Philippines\nDEPARTMENT OF AGRICULTURE\n\n"
    "Home » News » Press Releases\n\n"
    "DA rebuts media report on Vietnam rice import deal\n\n"
    "Posted on 12 August 2026 | Reference No.: DA-PR-2026-0812-3\n\n"
    "The Department of Agriculture (DA) rebuts the article published by the Manila Ledger on "
    "10 August 2026, which contains several inaccurate statements about the rice trade.\n\n"
    "1. The report claims that the Philippines has entered into a government-to-government "
    "agreement to buy 500,000 metric tons of rice from Vietnam.\n\n"
    "This is false. No rice supply agreement has been signed or negotiated with Vietnam in "
    "2026.\n\n"
    "2. The report claims that Vietnam's Ministry of Industry and Trade confirmed the deal in a "
    "letter to the DA.\n\n"
    "The DA has received no such letter.\n"
)


def test_a_rebuttal_pages_points_are_the_outlets_and_its_verdicts_the_issuers():
    statements, _ = _read(_REBUTTAL)
    claim = said(statements, "has entered into a government-to-government")
    assert claim["by"] == "Manila Ledger"
    verdict = said(statements, "This is false")
    assert verdict["by"] in ("DA", "Department of Agriculture")
    assert claim["id"] in verdict["denies"]


def test_a_breadcrumb_is_no_quotation(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "breadcrumb-separator")
    statements, _ = _read(_REBUTTAL)
    assert not any("This is false" in s["text"] for s in statements)


def test_a_release_issuer_past_the_headline_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "release-issuer-past-headline")
    statements, _ = _read(_REBUTTAL)
    assert not any("This is false" in s["text"] for s in statements)


def test_a_verb_inside_what_a_report_claims_is_no_act_of_its_own():
    statements, _ = _read(_REBUTTAL)
    assert said(statements, "confirmed the deal in a letter")["by"] == "Manila Ledger"


def test_a_verb_inside_what_a_report_claims_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "verb-inside-that-clause")
    statements, _ = _read(_REBUTTAL)
    assert said(statements, "confirmed the deal in a letter")["by"] != "Manila Ledger"


_STUDIO = (
    "SUNDAY FOCUS | TRANSCRIPT\n\n"
    "Interview: Trade Minister Daniel Whitcombe\n"
    "Broadcast: Sunday 25 October 2026, 9.10am\n\n"
    "HOST: Minister, good morning, thanks for coming in.\n\n"
    "DANIEL WHITCOMBE: Morning, Rebecca. Happy to be here.\n\n"
    "HOST: The Southern Herald reported this morning that you agreed, at a meeting with your "
    "Australian counterpart in Canberra, to drop New Zealand's opposition to a trademark. Did "
    "you meet her?\n\n"
    "DANIEL WHITCOMBE: Yes, I met Minister Moyle in Canberra on the fourteenth. We discussed "
    "a range of issues. That's no secret, it was on my published schedule.\n\n"
    "HOST: So was there a deal?\n\n"
    "DANIEL WHITCOMBE: No. There was no deal.\n"
)


def test_a_transcripts_header_and_greetings_are_no_statements():
    statements, actors = _read(_STUDIO)
    assert "Interview" not in actors
    assert not any("Morning, Rebecca" in s["text"] for s in statements)


def test_a_yes_answer_grants_what_was_asked():
    statements, _ = _read(_STUDIO)
    answer = said(statements, "I met Minister Moyle")
    assert answer["stance"] == "confirmation"


def test_a_yes_answer_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "yes-answer-first")
    statements, _ = _read(_STUDIO)
    assert not any(
        "I met Minister Moyle" in s["text"] and s["stance"] == "confirmation" for s in statements
    )


_SEWAGE = (
    "Water company accused of dumping sewage during drought\n\n"
    "Campaigners have accused Southern Rivers Water of releasing untreated sewage into the "
    "River Teme on at least 40 days this summer.\n\n"
    'A spokesperson for Southern Rivers Water said: "These figures are misleading."\n\n'
    'A former engineer at the company told the Guardian: "Everyone knew the overflows were '
    'running."\n\n'
)


def test_an_accused_subject_of_a_passive_headline_says_nothing():
    statements, _ = _read(_SEWAGE)
    assert not any(s["by"] == "Water company" for s in statements)


def test_an_accused_subject_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "passive-accusation")
    statements, _ = _read(_SEWAGE)
    assert any(s["by"] == "Water company" for s in statements)


def test_an_outlet_told_before_a_colon_is_named_without_it():
    _, actors = _read(_SEWAGE)
    assert "Guardian" in actors and "Guardian:" not in actors


_QUOTES = (
    "Kalvia denied the report.\n\n"
    "The report quotes an unnamed official of the Vietnam Food Association as saying that "
    'Philippine buyers "agreed to pay a premium".\n'
)


def test_a_report_quotes_someone_as_saying():
    statements, _ = _read(_QUOTES)
    assert said(statements, "agreed to pay a premium")["by"].startswith("unnamed official")


def test_a_report_quotes_someone_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "quotes-as-saying")
    statements, _ = _read(_QUOTES)
    assert not any("agreed to pay a premium" in s["text"] for s in statements)


_LEGISLATORS = (
    "The governor's office denied the report.\n\n"
    "State Sen. Ray Tafoya told Sandia 12 on Wednesday that the office pulled "
    "the plug on the trains.\n\n"
    "Sen. Ana Ruiz, D-Texas, said the plug was pulled.\n\n"
    "The governor's spokeswoman also said KVNM had not asked the governor's office for comment "
    "before the story aired.\n"
)


def test_not_asked_for_comment_is_a_grievance():
    statements, _ = _read(_LEGISLATORS)
    assert said(statements, "had not asked the governor's office")["stance"] == "comment"


def test_an_abbreviated_office_is_the_role():
    _, actors = _read(_LEGISLATORS)
    assert actors["Ray Tafoya"]["role"] == "state senator"


def test_an_abbreviated_office_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "abbreviated-office-role")
    _, actors = _read(_LEGISLATORS)
    assert actors["Ray Tafoya"]["role"] != "state senator"
