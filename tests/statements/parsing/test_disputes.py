"""Disputes, stance and links on short invented articles: what is contested, who answers it,
and the rule trace behind every stance and link."""

import io
import json

import pytest

from statements.parsing import link_model
from statements.parsing.cli import main
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with, statements_by


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """These tests read the linker's rules. The learned pass after them (`link-model`,
    test_link_model10.py) may add the neighbouring claim of a report, as the gold of several
    sets does; here it is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def test_a_fabrication_is_a_denial_without_a_verb_of_denial():
    st = parsed_statements(
        "The Kestrel Gazette reported on Monday that the port authority had sold two tugboats "
        "to a private company.\n\n"
        'The port authority said the story was "a complete fabrication".\n'
    )
    claim = statements_by(st, "Kestrel Gazette", "claim")[0]
    denial = statement_with(st, "complete fabrication")
    assert denial["stance"] == "denial"
    assert claim["id"] in denial["denies"]


def test_a_dismissal_keeps_a_dispute_whose_claim_was_not_seen():
    st = parsed_statements(
        'The Marsh Valley water board said on Friday that the rumours were "nothing but lies". '
        '"It has no basis whatsoever," board chairwoman Ilsa Fenn said.\n'
    )
    assert statement_with(st, "nothing but lies")["stance"] == "denial"
    assert statement_with(st, "no basis whatsoever")["stance"] == "denial"


def test_an_unnamed_official_who_speaks_first_tells_the_claim():
    st = parsed_statements(
        "An official at the Ardan customs service said the service had planned to close the "
        "Velo crossing for a week in May.\n\n"
        'Ardan\'s interior ministry said on Tuesday the claim was "baseless".\n'
    )
    claim = statement_with(st, "planned to close")
    assert claim["stance"] == "claim"
    assert claim["id"] in statement_with(st, "baseless")["denies"]


def test_a_policy_remark_of_the_denying_side_is_a_comment():
    st = parsed_statements(
        "The Oren Herald reported that Calder had stopped grain exports to Oren.\n\n"
        "Calder's trade ministry denied the report. The ministry added that Calder valued its "
        "partnership with Oren and looked forward to continuing the dialogue.\n"
    )
    assert statement_with(st, "looked forward")["stance"] == "comment"
    assert statement_with(st, "looked forward")["denies"] == []


def test_a_plain_negation_by_an_analyst_is_a_comment():
    st = parsed_statements(
        "The Tessa Post reported that the Brava rail company had cancelled its night trains.\n\n"
        "The company denied the report.\n\n"
        "Jon Ekk, a transport analyst at the University of Brava, said delays of this kind "
        'were "not unusual" in winter.\n'
    )
    assert statement_with(st, "not unusual")["stance"] == "comment"


def test_refer_you_to_is_no_answer():
    st = parsed_statements(
        "The Lark Times reported that the Teva energy ministry had cut fuel exports.\n\n"
        "Asked about the report, ministry spokeswoman Mira Holt said it was not a question for "
        "her ministry and that she would refer you to the competent authorities.\n"
    )
    assert statement_with(st, "refer you to")["stance"] == "comment"


def test_a_restated_accusation_is_a_claim():
    st = parsed_statements(
        "The opposition Unity Party accused the government of rigging the tender for the new "
        "bridge. The government rejected the accusation.\n\n"
        "Party leader Ivo Tamm repeated his accusation on Thursday, saying the bidder had met "
        "the minister twice.\n"
    )
    assert statement_with(st, "repeated his accusation")["stance"] == "claim"


def test_a_claim_inside_a_denial_stated_nowhere_else_is_its_own_claim():
    st = parsed_statements(
        "The Lorian farm ministry on Monday dismissed a claim by the Growers' Union that it "
        "had cut subsidies for wheat farmers by half.\n"
    )
    claim = statement_with([s for s in st if s["stance"] == "claim"], "cut subsidies")
    assert any("Growers" in n for n in claim["names"])
    denial = statements_by(st, "farm ministry", "denial")[0]
    assert denial["denies"] == [claim["id"]]
    assert denial["start"] <= claim["start"] and claim["end"] <= denial["end"]


def test_reports_by_some_outlets_about_a_visit_are_a_claim_the_denial_answers():
    st = parsed_statements(
        "The foreign ministry of Ostra on Wednesday denied reports by some outlets about a "
        "planned visit by President Karel Dvor to the port of Kestra next month.\n"
    )
    claim = statement_with([s for s in st if s["stance"] == "claim"], "planned visit")
    assert claim["id"] in statements_by(st, "foreign ministry", "denial")[0]["denies"]


def test_a_report_credited_to_an_outlet_described_is_the_named_outlets_claim():
    st = parsed_statements(
        "ACCRA - Ghana's interior ministry on Thursday rejected a Nigerian newspaper's report "
        "that it had closed two border posts. The Lagos-based Daily Beacon reported on "
        "Wednesday that the posts at Aflao and Elubo had been shut after a dispute over fees.\n"
    )
    claims = [s for s in st if s["stance"] == "claim"]
    assert len(claims) == 1
    assert any("Beacon" in n for n in claims[0]["names"])
    assert statements_by(st, "interior ministry", "denial")[0]["denies"] == [claims[0]["id"]]


def test_the_sources_a_report_cites_join_its_dispute():
    st = parsed_statements(
        "The Danube Ledger reported on Monday, citing three people familiar with the talks, "
        "that the Zorin grain board had agreed to sell wheat to Cairo below the market price. "
        "Two of the people said the discount was meant to settle an old quarrel over a cargo.\n\n"
        '"There was no discount," grain board chairman Ilie Rusu said.\n'
    )
    report = statements_by(st, "Ledger", "claim")[0]
    assert report["id"] in statement_with(st, "no discount")["denies"]


def test_a_dateline_is_no_digest_section_and_the_headline_answers_the_report():
    st = parsed_statements(
        "Vessa denies report of secret timber quota\n\n"
        "VESSA CITY — Vessa's forestry ministry on Tuesday rejected a report by the news site "
        "Nordlys that it had capped timber exports. The site, citing two brokers, said the cap "
        "of 800 cubic metres a month had been in force since January.\n"
    )
    claim = statement_with(st, "in force since January")
    assert claim["stance"] == "claim"
    assert claim["id"] in statement_with(st, "denies report")["denies"]


def test_every_stance_and_link_names_its_rule():
    st = parsed_statements(
        "The Harlow Courier reported that the city of Brenn had closed its library. Brenn's "
        "culture office denied the report.\n"
    )
    for s in st:
        assert s["rules"], s
        for link in s["links"]:
            assert link["rule"] and 0.0 <= link["confidence"] <= 1.0
            assert link["target"] in s["denies"] + s["confirms"]


def test_a_disabled_rule_no_longer_decides(monkeypatch):
    text = (
        "The Harlow Courier reported that the city of Brenn had closed its library. Brenn's "
        'culture office denied the report. "We opened two new branches," the office said.\n'
    )
    assert statement_with(parsed_statements(text), "new branches")["stance"] == "denial"
    monkeypatch.setenv(DISABLE_ENV, "denier-side")
    quote = statement_with(parsed_statements(text), "new branches")
    assert quote["stance"] == "comment"
    assert not any(r.startswith("denier-side") for r in quote["rules"])


def test_explain_prints_stance_rules_and_links(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps(
            {
                "text": "The Harlow Courier reported that the city of Brenn had closed its "
                "library. Brenn's culture office denied the report.",
                "published": None,
            }
        )
    )
    out = io.StringIO()
    assert main(["--explain", str(path)], stdout=out) == 0
    lines = out.getvalue()
    assert "stance by verb-deny:denial" in lines
    assert "denies s1 by" in lines


@pytest.mark.parametrize("value", ["", " , ", "no-such-rule"])
def test_unknown_or_empty_disable_lists_change_nothing(monkeypatch, value):
    text = "The Harlow Courier reported that Brenn had closed its library. Brenn denied it."
    before = parsed_statements(text)
    monkeypatch.setenv(DISABLE_ENV, value)
    assert parsed_statements(text) == before


def test_a_third_partys_dismissal_is_no_part_of_the_denied_account():
    st = parsed_statements(
        "The Vell transport ministry on Monday denied that it planned to close the Orsa rail "
        "line.\n\n"
        "The railway workers' union said the reports were baseless and that no closure had "
        "been discussed with staff.\n"
    )
    assert statement_with(st, "were baseless")["stance"] == "denial"


def test_claiming_that_a_story_is_false_is_a_denial():
    st = parsed_statements(
        "The Harlow Courier reported that the city of Brenn had closed its library.\n\n"
        "Brenn's culture office claimed the story was false and politically motivated.\n"
    )
    assert statement_with(st, "politically motivated")["stance"] == "denial"


def test_the_accusers_side_telling_more_before_any_answer_is_a_claim():
    st = parsed_statements(
        "The opposition Green Party on Tuesday accused Housing Minister Petra Lind of accepting "
        "a payment from a builder. Party spokesman Mark Olsen said the party had bank records "
        "showing the payment.\n\n"
        'Lind said the accusation was "a smear campaign".\n'
    )
    assert statement_with(st, "bank records")["stance"] == "claim"


def test_numbered_sections_of_a_newsletter_are_separate_disputes():
    st = parsed_statements(
        "Two stories you may have missed\n\n"
        "1. Pears held at the border\n\n"
        "Lorn's plant service has kept 9 tonnes of Varian pears at the Oska crossing since "
        "Monday, saying inspectors found mould in two crates. Varia's food agency denied "
        "that, saying the fruit was certified in Varia.\n\n"
        "2. Ferry licence: revoked or renewed?\n\n"
        "The Kell Times reported on Tuesday that Dorn had revoked the licence of the Kell "
        "ferry company. Dorn's transport ministry said the report was false.\n"
    )
    pears = statement_with([s for s in st if s["stance"] == "claim"], "mould")["id"]
    ferry = statements_by(st, "Kell Times", "claim")[0]["id"]
    assert statement_with(st, "report was false")["denies"] == [ferry]
    assert all(pears not in s["denies"] for s in st if "false" in s["text"])


def test_a_counter_claim_by_the_side_that_denied_first_is_no_account_others_answer():
    st = parsed_statements(
        "Moscow calls fuel report fake\n\n"
        'Russia\'s foreign ministry on Wednesday dismissed a report as "fake". '
        '"Another fake from the same kitchen," spokeswoman Olga Petrova said.\n\n'
        "The Steppe Daily reported on Monday that fuel deliveries by rail from Russia had "
        "fallen by half since June.\n\n"
        "Petrova accused Western diplomats of planting the story to cause a quarrel between "
        "the two neighbours.\n\n"
        "Mongolia's energy ministry acknowledged that several fuel trains had been delayed.\n"
    )
    report = statements_by(st, "Steppe Daily", "claim")[0]["id"]
    assert statement_with(st, "acknowledged")["confirms"] == [report]


def test_an_outlet_speaking_again_after_the_denial_stands_by_its_report():
    st = parsed_statements(
        "The Varna Courier reported on Monday that the port of Lask had been sold to a "
        "private fund.\n\n"
        "The port authority denied the report.\n\n"
        "The Varna Courier said it had seen the contract and would publish it in full.\n"
    )
    report = statements_by(st, "Varna Courier", "claim")[0]["id"]
    answer = statement_with(st, "seen the contract")
    assert answer["stance"] == "confirmation"
    assert answer["confirms"] == [report]


def test_a_spokesmans_quote_before_a_rejection_of_the_report_is_no_claim():
    st = parsed_statements(
        'Kestra says harbour base report is "pure fabrication"\n\n'
        "Kestra's foreign ministry said on Tuesday that a report that it planned to build a "
        'naval base in Ostra was "pure fabrication".\n\n'
        "The Harbor Post reported last week, citing unnamed officials, that Kestra was "
        "secretly building a naval pier at Ream.\n\n"
        '"Our cooperation with Ostra is open and transparent," ministry spokesman Alen Dirk '
        'said, adding that the report "had no basis whatsoever".\n\n'
        "Ostra's prime minister also rejected the report.\n"
    )
    report = statements_by(st, "Harbor Post", "claim")[0]["id"]
    assert statement_with(st, "open and transparent")["stance"] != "claim"
    basis = statement_with(st, "no basis whatsoever")
    assert basis["stance"] == "denial"
    assert basis["denies"] == [report]


def test_the_report_also_claimed_is_the_reporting_outlets_claim():
    st = parsed_statements(
        "The Harbor Times reported on Monday that the Lorian navy had sold two frigates to a "
        "private buyer. The navy denied the report.\n\n"
        "The report also claimed that the deal was worth $40 million.\n"
    )
    also = statement_with(st, "worth $40 million")
    assert also["stance"] == "claim"
    assert any("Harbor Times" in n for n in also["names"])
    assert also["denies"] == []


def test_a_counter_account_dismissed_by_the_accuser_stays_a_denial_and_is_answered():
    st = parsed_statements(
        "Vessa on Friday accused neighbouring Ardan of closing the gates of the Tarn dam.\n\n"
        "Ardan's energy ministry denied closing the gates. \"The gates are open, as they have "
        'been all year," ministry spokesman Ivo Krall said.\n\n'
        'Vessan Water Minister Lia Moss dismissed Krall\'s explanation as "a fairy tale".\n'
    )
    gates = statement_with(st, "The gates are open")
    assert gates["stance"] == "denial"
    assert gates["id"] in statement_with(st, "fairy tale")["denies"]


def test_a_non_answer_followed_by_the_speakers_own_account_is_a_denial():
    st = parsed_statements(
        "Foreign Ministry Spokesperson Lin Tao's Regular Press Conference on March 3, 2026\n\n"
        "Lin: The foreign minister will visit Orsk next week for talks on trade.\n\n"
        "Harbour Radio: The Tarsk Observer reported yesterday that the Velm refinery had been "
        "shut for a week after a fire. Can you confirm this?\n\n"
        "Lin: I'm not aware of the situation you mentioned. As far as I know, the refinery "
        "is working normally. For details, I'd refer you to the energy regulator.\n"
    )
    report = statement_with(st, "refinery had been shut")
    answer = statement_with(st, "working normally")
    assert answer["stance"] == "denial"
    assert report["id"] in answer["denies"]


def test_a_speech_act_in_a_when_clause_has_the_clauses_own_subject():
    st = parsed_statements(
        "It began on Tuesday, when the Morrow Insider news site posted a photograph of what it "
        "said was a letter from the Velan energy ministry to its Oslet counterpart.\n\n"
        'The Velan energy ministry said on Wednesday the letter was "a forgery".\n'
    )
    letter = statements_by(st, "Morrow Insider", "claim")[0]
    assert "photograph" in letter["text"]
    assert letter["id"] in statement_with(st, "a forgery")["denies"]


def test_a_publication_alleging_is_the_publications_claim_not_the_noting_ministrys():
    st = parsed_statements(
        "The Ministry of Trade has taken note of a publication by the weekly newspaper, The "
        "Harlow Record, in its edition of Friday, alleging that the government had sold the "
        "state salt works to a foreign buyer.\n\n"
        "We categorically reject this publication as false and without foundation.\n"
    )
    claim = statement_with(st, "sold the state salt works")
    assert claim["stance"] == "claim"
    assert any("Harlow Record" in n for n in claim["names"])
    assert claim["id"] in statement_with(st, "categorically reject")["denies"]


def test_a_time_after_post_on_is_no_publisher():
    st = parsed_statements(
        "The Varn Courier reported that the Oslet embassy had closed its visa section.\n\n"
        "Embassy spokeswoman Dana Kell wrote in a second post on Thursday morning, suggesting "
        'that the story had been "planted".\n'
    )
    assert not any("Thursday" in n for s in st for n in s["names"])


def test_an_unnamed_official_quoted_by_the_paper_is_a_claim_of_its_own():
    st = parsed_statements(
        "The Marsh Herald reported on Monday that the Varn government had expelled an Oslet "
        "diplomat. The Varn foreign ministry denied the report.\n\n"
        "The newspaper quoted a senior official in Varn as saying that the government intends "
        "to close the Oslet consulate.\n"
    )
    leak = statement_with(st, "close the Oslet consulate")
    assert leak["stance"] == "claim"
    assert leak["denies"] == [] and leak["confirms"] == []


def test_a_while_clause_is_a_statement_of_its_own_subject():
    st = parsed_statements(
        "The Tessa Post reported on Monday that Tanzania had halved fuel deliveries to Kenya."
        "\n\nTanzania's energy ministry on Tuesday dismissed the report, while officials in "
        "Nairobi acknowledged that some shipments had arrived late.\n"
    )
    report = statements_by(st, "Tessa Post", "claim")[0]
    admits = statement_with(st, "arrived late")
    assert admits["stance"] == "confirmation"
    assert "Kenya" in admits["names"]  # officials in a capital: the state (rule 2)
    assert report["id"] in admits["confirms"]
    assert "arrived late" not in statements_by(st, "energy ministry", "denial")[0]["text"]


def test_an_outlet_named_in_quotation_marks_publishes_a_claim():
    st = parsed_statements(
        'On Monday the Telegram-channel "Kirra Insider" published a scan of a letter, in which '
        "the embassy supposedly asks the ministry to close two schools.\n\n"
        'The embassy said the letter was "a crude fake".\n'
    )
    claim = statements_by(st, "Kirra Insider", "claim")[0]
    assert "close two schools" in claim["text"]
    assert claim["id"] in statement_with(st, "crude fake")["denies"]


def test_the_denying_side_confirming_a_negation_denies_the_claim():
    st = parsed_statements(
        "The Brava Gazette reported on Monday that the Ostra customs had been told to charge a "
        "new fee on foreign cars.\n\n"
        "The Ostra finance ministry denied the report on Tuesday. The Ostra customs directorate "
        'confirmed in a communique that it "did not receive any instruction" about a fee.\n'
    )
    report = statements_by(st, "Brava Gazette", "claim")[0]
    customs = statement_with(st, "did not receive any instruction")
    assert customs["stance"] == "denial"
    assert report["id"] in customs["denies"]


def test_a_title_of_an_outlet_named_in_quotation_marks_speaks_for_it():
    st = parsed_statements(
        'The website "Kirra Today" reported that the Ostra customs would charge a fee on '
        "foreign cars. The Ostra finance ministry denied the report.\n\n"
        'The editor in chief of "Kirra Today", Adel Mansour, said the website "maintains every '
        'word" it published.\n'
    )
    stands = statement_with(st, "maintains every")
    assert "Adel Mansour" in stands["names"]


def test_accusing_someone_of_lying_is_a_claim_and_both_claims_refers_back():
    st = parsed_statements(
        "Civic Party leader Ivo Brenn told reporters the minister had ordered police to break "
        'up the protest, accusing him of "lying to parliament".\n\n'
        "The interior ministry denied both claims.\n"
    )
    accusation = statements_by(st, "Ivo Brenn")[0]
    assert accusation["stance"] == "claim"
    assert accusation["id"] in statements_by(st, "interior ministry", "denial")[0]["denies"]


def test_an_account_given_when_asked_about_the_report_contradicts_it():
    st = parsed_statements(
        "The Corvan Ledger reported on Monday that two Varn frigates had sailed into Oslet "
        "waters.\n\n"
        "Asked about the Ledger's story, navy spokesman Ivo Rask said: \"The ships were in port "
        'all week."\n'
    )
    report = statements_by(st, "Corvan Ledger", "claim")[0]
    answer = statements_by(st, "Ivo Rask")[0]
    assert answer["stance"] == "denial"
    assert answer["denies"] == [report["id"]]


def test_a_promise_to_look_into_the_report_when_asked_is_no_denial():
    st = parsed_statements(
        "The Corvan Ledger reported on Monday that two Varn frigates had sailed into Oslet "
        "waters.\n\n"
        "Asked about the report, navy spokesman Ivo Rask said the navy would study it.\n"
    )
    assert statements_by(st, "Ivo Rask")[0]["stance"] == "comment"


def test_allegations_first_made_by_someone_make_their_words_the_claim():
    st = parsed_statements(
        "The Tarsa government has dismissed allegations that it secretly paid a private "
        'company to run its border camps, calling them "politically motivated".\n\n'
        "The allegations were first made by opposition lawmaker Petra Holm, who told "
        "parliament on Monday that the interior ministry had signed a contract with Delta "
        "Guard without a tender.\n\n"
        'Interior Minister Jon Sarr said on Tuesday the accusations were "completely false".\n'
    )
    claim = statements_by(st, "Petra Holm")[0]
    assert claim["stance"] == "claim"
    assert claim["id"] in statements_by(st, "Tarsa", "denial")[0]["denies"]
    assert claim["id"] in statement_with(st, "completely false")["denies"]


def test_a_post_on_a_channel_is_the_channels_claim():
    st = parsed_statements(
        "A post on the Kirra Insider channel said the embassy supposedly asked the ministry to "
        "close the school.\n\n"
        "The embassy denied the claim on Friday.\n"
    )
    claim = statements_by(st, "Kirra Insider", "claim")[0]
    assert claim["id"] in statements_by(st, "embassy", "denial")[0]["denies"]


def test_a_report_citing_sources_is_a_claim_whatever_negation_it_carries():
    st = parsed_statements(
        "Finance Minister Clara Voss on Friday denied knowing about an internal audit of the "
        "state lottery.\n\n"
        "The Daily Sentinel, citing two senior civil servants, said Voss had received a summary "
        "of the audit in March and had asked for it not to be published before the election.\n\n"
        "One of the civil servants told the paper the minister did not want the findings made "
        "public.\n"
    )
    report = statements_by(st, "Sentinel", "claim")[0]
    source = statement_with(st, "did not want the findings")
    assert source["stance"] == "claim"
    assert report["id"] in statements_by(st, "Clara Voss", "denial")[0]["denies"]


def test_a_gross_distortion_is_a_denial():
    st = parsed_statements(
        "The Varn Herald reported on Tuesday that two armoured brigades had moved to the "
        "frontier.\n\n"
        '"What was circulated is a gross distortion," defence ministry spokesman Piet Raam '
        "said.\n"
    )
    report = statements_by(st, "Varn Herald", "claim")[0]
    answer = statement_with(st, "gross distortion")
    assert answer["stance"] == "denial"
    assert answer["denies"] == [report["id"]]


def test_a_source_quoted_in_the_report_is_a_claim_a_denial_can_name():
    st = parsed_statements(
        "The Halden Courier reported on Saturday that the tankers Nora and Fjell had collided "
        'in fog. The paper quoted a harbour pilot as saying the Fjell had been "going far too '
        'fast".\n\n'
        "The owner of the Fjell, Nordtank, rejected the pilot's claim that it had been "
        "speeding.\n"
    )
    pilot = statements_by(st, "pilot", "claim")
    assert len(pilot) == 1 and "far too fast" in pilot[0]["text"]
    assert statement_with(st, "rejected the pilot")["denies"] == [pilot[0]["id"]]


def test_a_remark_that_it_supports_the_report_confirms_it():
    st = parsed_statements(
        "The Halden Courier reported on Saturday that two tankers had leaked fuel into the "
        "bay.\n\n"
        "The port authority said no fuel had leaked.\n\n"
        "Environmental group Blue Bay said its volunteers had found oil on two beaches, which "
        "it said supported the Courier's report.\n"
    )
    report = statements_by(st, "Halden Courier", "claim")[0]
    backing = statement_with(st, "found oil")
    assert backing["stance"] == "confirmation"
    assert report["id"] in backing["confirms"]


def test_what_the_same_newspaper_says_in_a_question_is_its_claim():
    st = parsed_statements(
        "Question: The Orla Times reported today that your government is preparing to expel "
        "three Varnese diplomats. Can you confirm?\n\n"
        "Spokesperson Ida Lunn: I have seen the report. There is no such decision.\n\n"
        "Question: The same newspaper says the diplomats were involved in espionage. What is "
        "your response?\n\n"
        "Spokesperson Ida Lunn: I will not comment on intelligence matters.\n"
    )
    assert statement_with(st, "involved in espionage")["stance"] == "claim"


def test_an_account_judged_accurate_is_the_named_outlets_claim_and_is_confirmed():
    st = parsed_statements(
        "The Lissa Daily reported on Monday that Ostra's prime minister had walked out of the "
        "summit. The rival Morning Star wrote the same day that the talks had ended early "
        "because of a fire alarm.\n\n"
        "Lissa's foreign ministry said the Morning Star's account was accurate.\n"
    )
    star = statement_with(st, "fire alarm")
    assert star["stance"] == "claim"
    verdict = statement_with(st, "account was accurate")
    assert verdict["stance"] == "confirmation"
    assert verdict["confirms"] == [star["id"]]


def test_no_plans_answering_a_reported_plan_is_a_denial():
    st = parsed_statements(
        "The Kell Observer reported on Wednesday that the Tarn Mining Company planned to shut "
        "its Kell mine by the end of 2027.\n\n"
        'In a statement, the company said "there are no plans whatsoever to close Kell".\n'
    )
    report = statements_by(st, "Kell Observer", "claim")[0]
    answer = statement_with(st, "no plans whatsoever")
    assert answer["stance"] == "denial"
    assert answer["denies"] == [report["id"]]


def test_the_party_reported_on_saying_it_goes_on_as_usual_denies_the_report():
    st = parsed_statements(
        "The Tessa Post reported on Monday that the Brava rail company had cancelled its night "
        "trains to Oslet.\n\n"
        "The rail company said the night trains would run as usual.\n"
    )
    report = statements_by(st, "Tessa Post", "claim")[0]
    answer = statement_with(st, "run as usual")
    assert answer["stance"] == "denial"
    assert answer["denies"] == [report["id"]]
