"""Linking rules on short invented articles: which claim each denial or confirmation answers."""

import pytest

from statements.parsing import link_model, parse_article, to_contract
from statements.parsing.link import Node, content_stems, link

from .statements import parsed_statements, statements_by


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """These tests read the linker's rules. The learned pass after them (`link-model`,
    test_link_model10.py) may add the neighbouring claim of a report, as the gold of several
    sets does; here it is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def test_digest_without_section_labels_keeps_its_two_disputes_apart():
    text = (
        "The Harlow Courier reported on Monday that the city of Brenn had closed its public "
        "library to save money. Brenn's culture office denied the report, saying the library "
        "was only shut for repairs.\n\n"
        "In a separate matter, the Greenfield fruit growers' cooperative accused the water board "
        "of cutting supplies to its orchards. The water board rejected the accusation. "
        '"Every farm received its full share of water," board chairman Oskar Lind said.\n'
    )
    st = parsed_statements(text)
    library = statements_by(st, "Harlow Courier", "claim")[0]["id"]
    water = statements_by(st, "cooperative", "claim")[0]["id"]
    assert statements_by(st, "culture office", "denial")[0]["denies"] == [library]
    assert statements_by(st, "water board", "denial")[0]["denies"] == [water]
    assert statements_by(st, "Oskar Lind", "denial")[0]["denies"] == [water]


def test_a_denial_can_answer_a_confirmation_it_repeats_the_words_of():
    text = (
        "The Dalton Gazette reported on Tuesday that the port authority had sold two tugboats "
        "to a private firm. The port authority denied the report.\n\n"
        "The harbour pilots' union confirmed that the tugboats had been sold, saying its members "
        "had seen the new owners on board.\n\n"
        '"Nobody has seen any new owners on board those tugboats," port authority spokeswoman '
        "Vera Holm said.\n"
    )
    st = parsed_statements(text)
    report = statements_by(st, "Dalton Gazette", "claim")[0]["id"]
    union = statements_by(st, "pilots", "confirmation")[0]
    assert union["confirms"] == [report]
    assert statements_by(st, "Vera Holm", "denial")[0]["denies"] == [union["id"]]


def test_a_confirmation_of_a_named_actors_version_confirms_that_actors_denial():
    text = (
        "The Corvan army said on Sunday that a drone from Tesland had crashed near the border "
        "town of Avel. Tesland's air force denied that any of its drones had flown near Avel.\n\n"
        "Tesland's defence ministry later confirmed the air force's version of events.\n"
    )
    st = parsed_statements(text)
    claim = statements_by(st, "Corvan", "claim")[0]["id"]
    denial = statements_by(st, "air force", "denial")[0]
    assert denial["denies"] == [claim]
    assert statements_by(st, "defence ministry", "confirmation")[0]["confirms"] == [denial["id"]]


def test_such_claims_points_to_the_nearest_claim_it_shares_words_with():
    text = (
        "The Morrow Times reported that the mayor of Lindholm had used public funds to renovate "
        "his holiday home. Separately, opposition councillor Greta Wand accused the mayor of "
        "hiring his nephew as city architect.\n\n"
        "The mayor's office dismissed such claims, saying the architect had been chosen in an "
        "open competition.\n"
    )
    st = parsed_statements(text)
    accusation = statements_by(st, "Greta Wand", "claim")[0]["id"]
    assert statements_by(st, "mayor's office", "denial")[0]["denies"] == [accusation]


def test_a_reports_source_speaking_after_the_denial_contradicts_the_denial():
    text = (
        "The Ferrin Post reported on Monday, citing two officials at the transport ministry, "
        "that the rail operator had cancelled its order for forty new carriages.\n\n"
        '"We have never placed an order for forty carriages, so there is nothing to cancel," '
        "the operator's spokesman, Jon Aker, said.\n\n"
        "Two of the officials told the paper that the order had been signed in March and that "
        "the operator had paid a deposit for the carriages.\n"
    )
    st = parsed_statements(text)
    report = statements_by(st, "Ferrin Post", "claim")[0]["id"]
    denial = statements_by(st, "Jon Aker", "denial")[0]
    assert denial["denies"] == [report]
    source = statements_by(st, "officials", "claim")[0]
    assert source["denies"] == [denial["id"]]


def test_a_general_appeal_to_the_public_answers_no_report():
    text = (
        "The Ostby Herald reported that the health office had lost the records of 3,000 "
        "patients. The health office denied the report.\n\n"
        "The regional governor, Mila Berg, warned citizens against rumours spread online.\n"
    )
    st = parsed_statements(text)
    berg = statements_by(st, "Mila Berg")[0]
    assert berg["stance"] == "comment"
    assert berg["denies"] == [] and berg["confirms"] == []


def _node(idx, stance, speaker, pos, text="", **kw):
    return Node(
        idx=idx,
        stance=stance,
        speaker=speaker,
        block=0,
        pos=pos,
        side=speaker,
        stems=content_stems(text),
        **kw,
    )


def test_denial_of_a_later_accusation_and_a_claim_with_an_anaphor():
    # denial first, the accusation it answers at the end (the article's last paragraph)
    nodes = [
        _node(0, "denial", 1, 0, "the dam gates were never closed"),
        _node(1, "denial", 1, 10, "the drought emptied the river"),
        _node(2, "claim", 2, 20, "the dam gates were closed to fill a reservoir"),
    ]
    link(nodes)
    assert nodes[0].denies == [2] and nodes[1].denies == [2]


def test_linking_a_very_long_block_stays_linear_and_local():
    nodes = []
    for k in range(0, 3000, 2):
        nodes.append(_node(k, "claim", 1, k * 10, "the bridge was closed"))
        nodes.append(_node(k + 1, "denial", 2, k * 10 + 5, "the bridge is open"))
    link(nodes)
    for n in nodes[1::2]:
        assert n.denies and all(abs(t - n.idx) < 200 for t in n.denies)


def test_a_long_attribution_s_speaker_is_left_out_of_the_statement_text_but_not_its_span():
    text = (
        "The Vestmark coast guard said in a statement on Friday evening that a patrol boat from "
        '"a neighbouring country" had fired warning shots at a fishing trawler near Holm Rock.'
    )
    out = to_contract(parse_article(text))
    s = out["statements"][0]
    # the text starts at the verb, so that an annotation of `said ... that ...` matches it too
    assert s["text"].startswith("said in a statement on Friday evening that a patrol boat")
    assert text[s["start"] : s["end"]].startswith("The Vestmark coast guard said")


def test_a_counter_account_and_the_claimant_rejecting_it():
    text = (
        "Pellor's police said on Saturday that protesters from Vant had thrown stones at "
        "officers near the river crossing.\n\n"
        "Vant's interior ministry dismissed the account. Spokesman Tor Hagen said the police had "
        "charged a peaceful crowd before any stone was thrown.\n\n"
        "Pellor's interior minister, Ada Quist, rejected that version of events. "
        '"Not a single officer charged anyone," Quist said.\n'
    )
    st = parsed_statements(text)
    police = statements_by(st, "police", "claim")[0]["id"]
    assert statements_by(st, "interior ministry", "denial")[0]["denies"] == [police]
    hagen = statements_by(st, "Tor Hagen")[0]
    quist = statements_by(st, "Ada Quist")
    assert [q["stance"] for q in quist] == ["denial", "denial"]
    assert all(q["denies"] == [hagen["id"]] for q in quist)


def test_a_further_source_repeating_a_denied_report_supports_it():
    text = (
        "The Quarry Tribune reported on Monday, citing three officials, that the government of "
        "Salvia had agreed to sell its state airline to a foreign investor. Salvia's transport "
        "ministry denied the report.\n\n"
        "The officials told the paper that the sale would be signed in June.\n\n"
        "Two Nordan finance officials told reporters that the airline sale was almost complete.\n"
    )
    st = parsed_statements(text)
    report = statements_by(st, "Quarry Tribune", "claim")[0]["id"]
    assert statements_by(st, "transport ministry", "denial")[0]["denies"] == [report]
    # the report's own sources add nothing of their own; a further source supports it
    assert statements_by(st, "officials", "claim")[0]["confirms"] == []
    nordan = [s for s in st if s["stance"] == "claim" and "Nordan" in " ".join(s["names"])]
    assert nordan and nordan[0]["confirms"] == [report]


def test_a_coordinated_but_said_after_a_that_clause_is_a_statement_of_its_own():
    text = (
        "The Lakeside Echo reported on Monday that the mayors of Orvik and Tamsel had met in "
        "secret to discuss a merger of their towns.\n\n"
        "Orvik's town hall confirmed on Tuesday that its mayor had travelled to Tamsel, but said "
        "the trip was a private visit to friends.\n"
    )
    st = parsed_statements(text)
    report = statements_by(st, "Lakeside Echo", "claim")[0]["id"]
    orvik = statements_by(st, "Orvik")
    assert len(orvik) == 2
    assert orvik[0]["stance"] == "confirmation" and orvik[0]["confirms"] == [report]
    assert orvik[1]["text"].startswith("said the trip")


def test_a_third_party_repeating_a_claim_with_a_reservation_confirms_it_in_part():
    text = (
        "The Brightwater Journal reported on Monday that the river port of Kalm had been closed "
        "to cargo ships for two weeks.\n\n"
        "Kalm's port authority denied the report.\n\n"
        "The Independent Shipping Register said cargo ships had been turned away from the river "
        "port of Kalm, but only for two days.\n"
    )
    st = parsed_statements(text)
    report = statements_by(st, "Brightwater Journal", "claim")[0]["id"]
    register = statements_by(st, "Shipping Register")[0]
    assert register["stance"] == "confirmation"
    assert register["confirms"] == [report]


def test_calling_the_accusations_names_is_a_denial_of_the_accusation():
    text = (
        "Dravia's energy ministry said on Monday that a pipeline from Ostmark had been shut "
        "without warning, leaving three towns without gas.\n\n"
        "Ostmark's deputy energy minister, Ivan Rusk, called the Dravian accusations \"a "
        'political stunt".\n'
    )
    st = parsed_statements(text)
    claim = statements_by(st, "energy ministry", "claim")[0]["id"]
    rusk = statements_by(st, "Ivan Rusk")[0]
    assert rusk["stance"] == "denial"
    assert rusk["denies"] == [claim]


def test_another_voice_of_the_claimants_side_retelling_the_claim_confirms_it():
    text = (
        "Merin's fisheries ministry accused neighbouring Varsk on Monday of closing its harbours "
        "to Merinese fishing boats. Varsk's harbour office said the harbours were open to every "
        "boat with a valid licence. Per Axel, who heads Merin's fishermen's guild, said three "
        "Merinese fishing boats had been turned away from the harbours of Varsk on Sunday.\n"
    )
    st = parsed_statements(text)
    accusation = statements_by(st, "fisheries ministry", "claim")[0]["id"]
    assert statements_by(st, "harbour office", "denial")[0]["denies"] == [accusation]
    guild = statements_by(st, "Per Axel")[0]
    assert guild["stance"] == "confirmation"
    assert guild["confirms"] == [accusation]


def test_the_newspaper_after_a_named_report_is_that_outlet_and_asides_answer_nothing():
    text = (
        "The government of Pardonia on Thursday rejected a report by the Capital Observer that "
        "two ministers had threatened to resign over cuts to the health budget.\n\n"
        "The newspaper said on Wednesday, citing three people close to the cabinet, that the "
        "health minister had told the prime minister she would quit if the cuts went ahead.\n\n"
        '"There is no split in the cabinet," government spokesman Luis Mendel told reporters.\n\n'
        "The finance ministry said separately that inflation had fallen to 3.1 percent.\n"
    )
    st = parsed_statements(text)
    observer = statements_by(st, "Capital Observer", "claim")
    assert len(observer) == 1 and any("newspaper" in n.lower() for n in observer[0]["names"])
    assert statements_by(st, "Luis Mendel", "denial")[0]["denies"] == [observer[0]["id"]]
    aside = statements_by(st, "finance ministry")[0]
    assert aside["stance"] == "comment" and aside["denies"] == []


def test_denials_before_the_report_answer_the_report_not_a_later_side_remark():
    text = (
        "Selmar's defence ministry on Friday denied that its troops had crossed into the "
        'disputed Brava valley, calling such claims "a fabrication".\n\n'
        '"Our soldiers have not left their positions," ministry spokesman Erik Dahl said.\n\n'
        "The Brava Times reported on Thursday, citing local residents, that about 200 Selmari "
        "soldiers had set up a camp near the village of Ulm.\n\n"
        "A United Nations observer mission said its patrols had seen no troops in the area, "
        "but had not visited Ulm.\n"
    )
    st = parsed_statements(text)
    report = statements_by(st, "Brava Times", "claim")[0]["id"]
    assert statements_by(st, "defence ministry", "denial")[0]["denies"] == [report]
    assert statements_by(st, "Erik Dahl", "denial")[0]["denies"] == [report]


def test_a_digest_item_sharing_nothing_with_the_disputes_before_it_links_to_none():
    text = (
        "The Norvik Sentinel reported that the harbour of Pellham had been closed to cruise "
        "ships after a pier collapsed. Pellham's port office denied the report.\n\n"
        "Opposition lawmaker Rita Kroll accused the health minister of delaying a hospital "
        "tender to favour a friend's company. The health ministry rejected the accusation.\n\n"
        "Teachers in the city of Ardeck said their salaries had not been paid for two months.\n"
    )
    st = parsed_statements(text)
    report = statements_by(st, "Norvik Sentinel", "claim")[0]["id"]
    accusation = statements_by(st, "Rita Kroll", "claim")[0]["id"]
    assert statements_by(st, "port office", "denial")[0]["denies"] == [report]
    assert statements_by(st, "health ministry", "denial")[0]["denies"] == [accusation]
    teachers = statements_by(st, "Teachers")[0]
    assert teachers["denies"] == [] and teachers["confirms"] == []


def test_a_claimant_citing_the_other_sides_statement_confirms_its_own_report():
    text = (
        "The Lumen Courier reported on Monday that the state rail company had agreed to buy "
        "twelve locomotives from a Korvan maker at a secret discount.\n\n"
        "The rail company acknowledged on Tuesday that its managers had met the maker, but "
        "denied that any discount had been offered.\n\n"
        "\"The rail company's statement confirms that the meetings took place. Our sources "
        'told us what the price was," Lumen Courier editor Dana Kell said.\n'
    )
    st = parsed_statements(text)
    report = statements_by(st, "Lumen Courier", "claim")[0]["id"]
    editor = [s for s in st if "meetings took place" in s["text"]]
    assert editor, [s["text"] for s in st]
    assert editor[0]["stance"] == "confirmation"
    assert editor[0]["confirms"] == [report]


def test_a_denial_of_a_sides_account_answers_every_claim_of_that_side():
    text = (
        "Vardia's coast guard reported on Sunday that a Pellan trawler had fished inside Vardian "
        "waters off the island of Skell on Saturday.\n\n"
        "The coast guard captain, Ivo Marsk, claimed that the trawler had ignored three orders to "
        "stop before it sailed away.\n\n"
        "Pella's fisheries ministry denied that any of its trawlers had been near Skell. "
        '"Vardia\'s account was invented for the evening news," ministry spokeswoman Lena '
        "Orr said.\n"
    )
    st = parsed_statements(text)
    claims = {s["id"] for s in st if s["stance"] == "claim"}
    assert len(claims) == 2, [(s["stance"], s["text"]) for s in st]
    answer = [s for s in st if "invented for the evening news" in s["text"]]
    assert answer and answer[0]["stance"] == "denial"
    assert set(answer[0]["denies"]) == claims


def test_a_confirmation_but_a_different_figure_contradicts_that_detail():
    st = parsed_statements(
        "The Corvan Ledger reported that the navy had bought four drones from Oslet and that "
        "the deal was worth 90 million crowns.\n\n"
        "The navy confirmed the purchase but said the price was 60 million crowns.\n"
    )
    report = statements_by(st, "Corvan Ledger", "claim")[0]
    confirmed = next(s for s in st if "confirmed the purchase" in s["text"])
    figure = next(s for s in st if "60 million" in s["text"])
    assert report["id"] in confirmed["confirms"]
    assert figure["stance"] == "denial" and figure["denies"] == [report["id"]]


def test_two_claims_of_one_report_an_answer_to_the_second_only():
    st = parsed_statements(
        "The Marsh Herald reported on Monday that the Varn government had expelled an Oslet "
        "diplomat. The paper also said Varn intends to close the Oslet consulate in Kerr.\n\n"
        "The Varn foreign ministry confirmed that the diplomat had left the country but denied "
        "any plan to close the consulate.\n"
    )
    expelled = next(s for s in st if "expelled" in s["text"] and s["stance"] == "claim")
    consulate = next(s for s in st if "consulate in Kerr" in s["text"])
    left = next(s for s in st if "had left the country" in s["text"])
    plan = next(s for s in st if "denied any plan" in s["text"])
    assert left["confirms"] == [expelled["id"]]
    assert plan["denies"] == [consulate["id"]]


def test_a_denial_answers_the_proposition_of_a_report_whose_rare_words_it_repeats():
    # the report's lead (the meeting called off) and its detail (who asked for the
    # cancellation): the denial names the cancellation, so it answers the detail
    text = (
        "A meeting of Norvan and Tesland trade ministers planned for next week has been called "
        "off, according to three people familiar with the talks. Two of the people said Tesland "
        "had asked for the cancellation after Norvan refused to change its tariff schedule.\n\n"
        "Tesland's trade ministry said on Wednesday that it \"did not request the cancellation "
        'or postponement" of any meeting.\n'
    )
    st = parsed_statements(text)
    _lead, detail = (s["id"] for s in statements_by(st, "people familiar", "claim"))
    assert statements_by(st, "trade ministry", "denial")[0]["denies"] == [detail]


def test_a_denial_naming_a_number_answers_the_proposition_with_that_number():
    text = (
        "The Ostra Tribune reported on Friday that the water authority would close the Lerna "
        "pumping station. The paper also said 300 of the station's workers would lose their "
        "jobs by March, citing two officials.\n\n"
        "The water authority denied that any of the 300 would be laid off.\n"
    )
    st = parsed_statements(text)
    claims = [s["id"] for s in st if s["stance"] == "claim"]
    denial = [s for s in st if s["stance"] == "denial"]
    assert len(claims) == 2 and len(denial) == 1
    assert denial[0]["denies"] == [claims[1]]


def test_a_denial_repeating_the_lead_more_than_the_detail_answers_the_lead():
    text = (
        "The Ostra Tribune reported that the water authority had cut releases from the Lerna "
        "dam to 40 cubic metres a second. The paper also said the authority would stop "
        "deliveries to farms in Tavel, citing two officials.\n\n"
        "The water authority said releases from the Lerna dam had never fallen below 40 cubic "
        "metres a second.\n"
    )
    st = parsed_statements(text)
    lead = statements_by(st, "Ostra Tribune", "claim")[0]["id"]
    assert statements_by(st, "water authority", "denial")[0]["denies"] == [lead]


def test_proposition_keys_weigh_numbers_and_rare_words_over_common_ones():
    from statements.parsing.propositions import keys, match

    claim = keys("the ministry would buy 1,200 tonnes of saffron from Mashad next month")
    number = keys("it bought nothing like 1,200 tonnes")
    rare = keys("no saffron was bought")
    common = keys("nothing was bought next month")
    assert match(number, claim) > match(common, claim)
    assert match(rare, claim) > match(common, claim)


def test_a_partial_confirmation_confirms_one_proposition_and_denies_another():
    # `acknowledged that A, but said B`: A confirms the report's lead, B answers its detail
    text = (
        "The Ostra Tribune reported on Monday that the water authority had cut releases from "
        "the Lerna dam below 40 cubic metres a second for two weeks in August. The paper also "
        "said the cuts broke the 2019 river treaty with Tavia, citing two engineers.\n\n"
        "The water authority acknowledged that releases had fallen below 40 cubic metres a "
        "second in two weeks, but said those weeks fell within the treaty's drought exception.\n"
    )
    st = parsed_statements(text)
    lead, treaty = (s["id"] for s in statements_by(st, "Ostra Tribune", "claim"))
    assert statements_by(st, "water authority", "confirmation")[0]["confirms"] == [lead]
    assert statements_by(st, "water authority", "denial")[0]["denies"] == [treaty]


_HELICOPTERS = (
    "The Valden Herald reported on Monday that the government of Ostra had sold 12 army "
    "helicopters to a private buyer in Tavia. The defence ministry denied the report, saying no "
    "helicopter had left the country.\n\n"
    "Ostra's customs agency confirmed on Tuesday that 12 helicopters had been exported to Tavia "
    "in March.\n\n"
)


def test_a_denial_repeating_a_third_partys_confirmation_answers_that_confirmation():
    st = parsed_statements(
        _HELICOPTERS + "The defence ministry insisted on Wednesday that no aircraft had been "
        "exported.\n"
    )
    customs = statements_by(st, "customs agency", "confirmation")[0]
    assert customs["confirms"] == [statements_by(st, "Valden Herald", "claim")[0]["id"]]
    assert statements_by(st, "defence ministry", "denial")[-1]["denies"] == [customs["id"]]


def test_calling_a_third_partys_figures_wrong_denies_its_confirmation():
    st = parsed_statements(
        _HELICOPTERS + "The defence ministry said the customs figures were wrong and that no "
        "aircraft had been exported.\n"
    )
    customs = statements_by(st, "customs agency", "confirmation")[0]
    assert statements_by(st, "defence ministry", "denial")[-1]["denies"] == [customs["id"]]


def test_a_verdict_that_a_reports_figures_are_wrong_is_a_denial():
    st = parsed_statements(
        "The Valden Herald reported on Monday that 300 workers at the port of Karsk would lose "
        "their jobs.\n\n"
        "The harbour board said the Herald's figures were wrong.\n"
    )
    report = statements_by(st, "Valden Herald", "claim")[0]["id"]
    assert statements_by(st, "harbour board", "denial")[0]["denies"] == [report]


def test_a_claimant_standing_by_every_word_confirms_each_claim_of_its_report():
    text = (
        "The Weston Clarion reported on Friday that the harbour board of Marrow had sold its "
        "last dredger to a scrap dealer. The paper also said that the board had cancelled the "
        "spring survey of the channel.\n\n"
        "The harbour board denied the report.\n\n"
        "The Weston Clarion said it stood behind every word it had published.\n"
    )
    st = parsed_statements(text)
    told = [s["id"] for s in st if s["stance"] == "claim"]
    assert len(told) == 2
    backing = statements_by(st, "Weston Clarion", "confirmation")[0]
    assert sorted(backing["confirms"]) == sorted(told)


def test_a_claimant_standing_by_its_story_confirms_the_lead_claim_only():
    text = (
        "The Weston Clarion reported on Friday that the harbour board of Marrow had sold its "
        "last dredger to a scrap dealer. The paper also said that the board had cancelled the "
        "spring survey of the channel.\n\n"
        "The harbour board denied the report.\n\n"
        "The Weston Clarion said it stood by its story.\n"
    )
    st = parsed_statements(text)
    told = [s["id"] for s in st if s["stance"] == "claim"]
    backing = statements_by(st, "Weston Clarion", "confirmation")[0]
    assert backing["confirms"] == told[:1]


SAID_WAS_RIGHT = (
    "The Tarn Gazette reported on Monday that the port of Kelm had closed its ferry terminal "
    "to foreign lorries. Opposition leader Lena Stolt claimed that ferry traffic at Kelm had "
    "fallen by a third this spring.\n\n"
    "The port of Kelm denied the report.\n\n"
    "Transport minister Jon Aske confirmed that Ms Stolt was right about the spring.\n"
)


def test_a_confirmation_that_someone_was_right_confirms_what_they_said():
    st = parsed_statements(SAID_WAS_RIGHT)
    stolt = statements_by(st, "Stolt", "claim")[0]["id"]
    assert statements_by(st, "Aske", "confirmation")[0]["confirms"] == [stolt]
