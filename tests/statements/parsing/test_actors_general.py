"""Actors on articles written for these tests: outlets, affiliations, seats of power, sources."""

import datetime as dt

from statements.parsing.resolve import Places, describe

from .statements import actor_named, contract_with_actors

PUB = dt.date(2026, 4, 8)


def _parse(text):
    return contract_with_actors(text, PUB)


def _aff(by_id, actor):
    return by_id[actor["affiliation"]] if actor["affiliation"] else None


def test_outlet_with_a_foreign_article_is_one_media_actor():
    text = (
        "The daily La Voz del Valle reported on Monday that Peru had raised copper duties.\n\n"
        "Peru's finance ministry denied the report on Tuesday.\n\n"
        "La Voz del Valle said it stood by its story."
    )
    out, _ = _parse(text)
    voz = actor_named(out, "La Voz del Valle")
    assert voz["kind"] == "media"
    names = [a["name"] for a in out["actors"]]
    assert "daily La" not in names and "Voz del Valle" not in names


def test_descriptor_noun_makes_an_outlet_of_a_two_word_name():
    text = (
        "Kenya's government denied a report by the broadcaster Sauti Moja that it had sold "
        "grain reserves.\n\n"
        "Sauti Moja said on Monday, citing two traders, that the sale took place in March."
    )
    out, _ = _parse(text)
    assert actor_named(out, "Sauti Moja")["kind"] == "media"


def test_bare_ministry_spokesman_takes_the_ministry_named_before_not_after():
    text = (
        'Finland\'s defence ministry on Tuesday denied the report. "No such order was given," '
        "ministry spokesman Eero Laine told reporters in Helsinki.\n\n"
        "Estonia's interior ministry said the border crossings had been closed for repairs."
    )
    out, by_id = _parse(text)
    laine = actor_named(out, "Eero Laine")
    aff = _aff(by_id, laine)
    assert aff is not None and "Finland" in aff["name"]
    assert laine["country"] == "FI"


def test_appositive_spokesman_finds_a_ministry_that_never_speaks():
    text = (
        "The Daily Meridian reported that Ghana had halted cocoa exports.\n\n"
        "Ghana's agriculture ministry gave a different account. A ministry spokeswoman, "
        "Efua Mensah, said exports had slowed but not stopped."
    )
    out, by_id = _parse(text)
    mensah = actor_named(out, "Efua Mensah")
    aff = _aff(by_id, mensah)
    assert aff is not None and aff["kind"] == "organisation"
    assert "agriculture ministry" in aff["name"]
    assert mensah["country"] == "GH"
    gov = _aff(by_id, aff)
    assert gov is not None and gov["kind"] == "government" and gov["country"] == "GH"


def test_seat_of_power_belongs_to_its_government():
    text = (
        "Downing Street on Wednesday rejected a report that ministers had discussed new "
        "fishing quotas.\n\n"
        '"There were no such talks," Downing Street spokeswoman Jane Holt told reporters.'
    )
    out, by_id = _parse(text)
    seat = actor_named(out, "Downing Street")
    gov = _aff(by_id, seat)
    assert gov is not None and gov["kind"] == "government" and gov["country"] == "GB"
    assert seat["country"] == "GB"
    holt = actor_named(out, "Jane Holt")
    assert holt["country"] == "GB"


def test_anonymous_official_is_a_person_not_the_government():
    text = (
        "Egypt's foreign ministry declined to comment on the report.\n\n"
        "But an Egyptian official, speaking on condition of anonymity, told the Nile Courier "
        "that the talks had taken place."
    )
    out, _ = _parse(text)
    src = actor_named(out, "Egyptian official")
    assert src["kind"] == "person"
    assert src["country"] == "EG"
    govs = [a for a in out["actors"] if a["kind"] == "government"]
    assert all("Egyptian official" not in a["aliases"] for a in govs)


def test_official_without_anonymity_still_speaks_for_the_state():
    text = 'A Moroccan official told reporters that "no agreement" had been signed.'
    out, _ = _parse(text)
    gov = actor_named(out, "Morocco")
    assert gov["kind"] == "government"


def test_bare_headline_speaker_is_the_organisation_named_in_the_body():
    text = (
        "Agency says rail tender was not rigged\n\n"
        "The Chilean Agency for Public Works on Thursday denied accusations that a rail "
        "tender had been rigged.\n\n"
        "In a statement, the agency said the tender had been audited."
    )
    out, _ = _parse(text)
    orgs = [a for a in out["actors"] if "agency" in a["name"].lower()]
    assert len(orgs) == 1, [a["name"] for a in orgs]
    assert orgs[0]["name"] == "Chilean Agency for Public Works"
    assert orgs[0]["country"] == "CL"
    speakers = {s["speaker"] for s in out["statements"]}
    assert speakers == {orgs[0]["id"]}


def test_well_known_outlet_gets_its_country():
    text = "Reuters reported on Monday, citing two officials, that the port had closed."
    out, _ = _parse(text)
    assert actor_named(out, "Reuters")["country"] == "GB"


def test_field_ministry_spokesman_belongs_to_the_state_spoken_of():
    text = (
        "Thailand on Friday rejected a report by the Cambodian weekly Phnom Tribune that its "
        "troops had crossed the border.\n\n"
        '"The report has no basis," foreign ministry spokesman Somchai Rattana told reporters.'
    )
    out, by_id = _parse(text)
    sp = actor_named(out, "Somchai Rattana")
    aff = _aff(by_id, sp)
    assert aff is not None and aff["kind"] == "organisation"
    assert "foreign ministry" in aff["name"].lower()
    assert sp["country"] == "TH" and aff["country"] == "TH"


def test_field_hint_does_not_take_another_field_ministry():
    text = (
        "Chile's mining ministry said on Monday that lithium exports had risen.\n\n"
        '"The figures are wrong," energy ministry spokeswoman Rosa Pinto told reporters in '
        "Lima, adding that Peru's own data differed."
    )
    out, by_id = _parse(text)
    aff = _aff(by_id, actor_named(out, "Rosa Pinto"))
    assert aff is None or "mining" not in aff["name"].lower()


def test_role_with_a_field_before_the_organisation():
    text = (
        "Ghana's Ministry of Health denied the report.\n\n"
        "The Director of Planning of the ministry, Kofi Boateng, told the radio that no clinic "
        "had closed."
    )
    out, by_id = _parse(text)
    aff = _aff(by_id, actor_named(out, "Kofi Boateng"))
    assert aff is not None and "Health" in aff["name"]


def test_organisation_named_after_its_noun_is_found_from_a_later_definite():
    text = (
        "Kenya's labour ministry rejected the accusations of the trade union Haki Kazi that "
        "wages had been withheld.\n\n"
        "The general secretary of the union, Otieno Wafula, said on Monday that members had "
        "not been paid since March."
    )
    out, by_id = _parse(text)
    aff = _aff(by_id, actor_named(out, "Otieno Wafula"))
    assert aff is not None and aff["name"] == "Haki Kazi" and aff["kind"] == "organisation"


def test_headline_head_noun_is_no_state():
    text = (
        "Commission rejects claims of rigged vote count\n\n"
        "The Malawian Electoral Commission on Sunday rejected claims that the count had been "
        "rigged."
    )
    out, _ = _parse(text)
    assert not [a for a in out["actors"] if a["kind"] == "government" and a["name"] == "Commission"]
    assert len([a for a in out["actors"] if "commission" in a["name"].lower()]) == 1


def test_bare_name_that_reports_is_an_outlet():
    text = (
        "Q: Sabah Al Khaleej reported on Monday that Oman had closed its embassy. Can you "
        "confirm?\n\n"
        "Q: Is that true?\n\n"
        "Omar Said: We have seen no such report.\n\n"
        "Q: And the talks?\n\n"
        "Omar Said: They continue."
    )
    out, _ = _parse(text)
    assert actor_named(out, "Sabah Al Khaleej")["kind"] == "media"


def test_outlet_a_speaker_declared_to_is_an_actor():
    text = (
        "Tunisia's health ministry denied that vaccines were in short supply.\n\n"
        "The Director of Pharmacy of the ministry, Leila Ben Salah, declared to the daily "
        'La Presse Nouvelle that stocks "cover three months".'
    )
    out, _ = _parse(text)
    assert actor_named(out, "La Presse Nouvelle")["kind"] == "media"


def test_source_quoted_by_a_report_is_an_actor():
    text = (
        "The broadcaster Radio Ndege said on Tuesday, quoting a senior Ugandan army officer, "
        "that troops had crossed the river.\n\n"
        "Uganda's defence ministry denied the report."
    )
    out, _ = _parse(text)
    officer = actor_named(out, "senior Ugandan army officer")
    assert officer["kind"] == "person" and officer["country"] == "UG"


def test_a_speaker_with_no_other_tie_takes_the_country_of_the_capital_he_spoke_in():
    text = (
        "Opposition leader Kwame Asante told a press conference in Accra on Monday that the "
        'election results had been "cooked".\n\n'
        "The electoral commission rejected the accusation."
    )
    out, _ = _parse(text)
    assert actor_named(out, "Kwame Asante")["country"] == "GH"


def test_portfolio_minister_belongs_to_the_ministry_of_that_field():
    text = (
        "Colombia's energy ministry denied on Monday that gas rationing was planned.\n\n"
        "Colombia's vice minister for energy security, Camila Rojas, said reserves were "
        "sufficient."
    )
    out, by_id = _parse(text)
    rojas = actor_named(out, "Camila Rojas")
    aff = _aff(by_id, rojas)
    assert aff is not None and "energy ministry" in aff["name"]
    assert not [a for a in out["actors"] if a["name"].lower() == "energy security"]


def test_the_newspaper_is_the_outlet_introduced_in_quotes():
    text = (
        "The Malian presidency denied what was published by the newspaper "
        '"L\'Echo du Fleuve" about a secret gold deal.\n\n'
        "The newspaper said on Monday that the deal had been signed in March."
    )
    out, _ = _parse(text)
    names = [a["name"] for a in out["actors"]]
    assert "newspaper" not in names
    echo = actor_named(out, "L'Echo du Fleuve")
    assert echo["kind"] == "media"


def test_office_title_in_a_headline_is_the_minister_named_in_the_body():
    text = (
        "The Minister of Defence rejects report on troop movements\n\n"
        "The Minister of Defence, Arben Hoxha, affirmed on Monday that no troops had moved "
        "towards the border, contrary to what was reported by the Serbian daily Vesti Juga.\n\n"
        "The Serbian newspaper had affirmed, citing military sources, that two brigades were "
        "on the move."
    )
    out, _ = _parse(text)
    names = [a["name"] for a in out["actors"]]
    assert "Defence" not in names and "Minister of Defence" not in names
    hoxha = actor_named(out, "Arben Hoxha")
    assert hoxha["kind"] == "person"
    vesti = actor_named(out, "Vesti Juga")
    assert vesti["kind"] == "media" and vesti["country"] == "RS"
    assert "Serbian newspaper" in vesti["aliases"]


def test_short_form_of_an_outlet_is_the_outlet():
    text = (
        "The report, published on Thursday by the Irish weekly The Western Lantern, said the "
        "ferry had been sold.\n\n"
        "Ireland's transport ministry denied the report.\n\n"
        "The Lantern's editor, Niamh Kelly, said the paper stood by its reporting."
    )
    out, by_id = _parse(text)
    kelly = actor_named(out, "Niamh Kelly")
    aff = _aff(by_id, kelly)
    assert aff is not None and aff["name"].endswith("Western Lantern") and aff["kind"] == "media"
    assert aff["country"] == "IE" and kelly["country"] == "IE"
    assert len([a for a in out["actors"] if "Lantern" in a["name"]]) == 1


def test_state_news_agency_belongs_to_a_government():
    text = (
        "Azerbaijan on Monday denied that its border guards had fired on a patrol.\n\n"
        "State news agency Azertac quoted a border service spokesman as saying the patrol "
        "had not been approached."
    )
    out, by_id = _parse(text)
    agency = actor_named(out, "Azertac")
    assert agency["kind"] == "media"
    gov = _aff(by_id, agency)
    assert gov is not None and gov["kind"] == "government" and gov["country"] == "AZ"


def test_transcript_spokesperson_belongs_to_the_body_in_its_title():
    text = (
        "Transcript: Regular press briefing by the Foreign Ministry of Nepal, 3 March 2026\n\n"
        "Spokesperson Sita Gurung: Good afternoon.\n\n"
        "Q: The Valley Post reported that Nepal has closed a border crossing. Can you "
        "confirm?\n\n"
        "Sita Gurung: The crossing is open. The report is wrong.\n\n"
        "Q: Any comment on the talks?\n\n"
        "Sita Gurung: No comment."
    )
    out, by_id = _parse(text)
    aff = _aff(by_id, actor_named(out, "Sita Gurung"))
    assert aff is not None and "Foreign Ministry" in aff["name"]


def test_outlet_takes_the_country_of_who_talks_to_it_or_whom_it_cites():
    text = (
        "The Tagus Courier reported on Monday, citing two Portuguese officials, that the "
        "bridge tender had been cancelled.\n\n"
        "Spain's transport ministry denied the report.\n\n"
        '"The tender goes on," Spanish transport minister Lucía Romero told Radio Meseta.'
    )
    out, _ = _parse(text)
    assert actor_named(out, "Tagus Courier")["country"] == "PT"
    assert actor_named(out, "Radio Meseta")["country"] == "ES"


def test_embassy_belongs_to_its_owner_not_to_the_capital_it_sits_in():
    text = (
        "The Japanese embassy in Nairobi said on Tuesday that it had not been informed of "
        "the decision."
    )
    out, by_id = _parse(text)
    emb = actor_named(out, "Japanese embassy in Nairobi")
    assert emb["country"] == "JP"
    gov = _aff(by_id, emb)
    assert gov is not None and gov["country"] == "JP"


def test_bodies_of_the_federated_state_belong_to_its_government():
    text = (
        "The government of the Brazilian state of Bahia denied on Monday that it had "
        "cancelled a port contract.\n\n"
        "The newspaper Correio do Recôncavo reported, citing two officials in the state's "
        "ports department, that the contract had been cancelled.\n\n"
        'The state\'s ports secretary, Joana Brito, said the contract "remains valid".'
    )
    out, by_id = _parse(text)
    brito = actor_named(out, "Joana Brito")
    dept = _aff(by_id, brito)
    assert dept is not None and "ports department" in dept["name"]
    state = _aff(by_id, dept)
    assert state is not None and "Bahia" in [state["name"], *state["aliases"]]
    assert brito["country"] == "BR"


def test_its_editor_belongs_to_the_outlet_that_just_spoke():
    text = (
        "Poland's interior ministry denied the report by the daily Gazeta Nadwislanska.\n\n"
        'Gazeta Nadwislanska stood by its story. "We have the documents," its editor, '
        "Tomasz Nowak, wrote on X."
    )
    out, by_id = _parse(text)
    aff = _aff(by_id, actor_named(out, "Tomasz Nowak"))
    assert aff is not None and aff["name"] == "Gazeta Nadwislanska"


def test_company_spokesman_takes_the_company_met_before_not_a_later_office():
    text = (
        "Andes Copper Works said on Monday it had not received any notice.\n\n"
        "The company's chief executive, Martín Salas, said the mine would stay open.\n\n"
        "The state's mining office said the inspection would go ahead."
    )
    out, by_id = _parse(text)
    aff = _aff(by_id, actor_named(out, "Martín Salas"))
    assert aff is not None and aff["name"] == "Andes Copper Works"


def test_association_that_represents_a_country_gets_its_country_only():
    text = (
        "Kenya's trade ministry denied the report.\n\n"
        "Teakenya, which represents Kenya's tea growers, said it had seen no sign of a deal."
    )
    out, _ = _parse(text)
    assoc = actor_named(out, "Teakenya")
    assert assoc["country"] == "KE"


def test_all_capital_turn_label_gives_a_written_name():
    text = (
        "Q: The Harbour Times reported that Fiji closed the port. Can you confirm?\n\n"
        "ANA SOLOMONE: The port is open.\n\n"
        "Q: And tomorrow?\n\n"
        "ANA SOLOMONE: It stays open.\n\n"
        "Q: Thank you."
    )
    out, _ = _parse(text)
    assert actor_named(out, "Ana Solomone")["kind"] == "person"


def test_a_one_off_misspelling_is_an_alias_of_the_best_attested_name():
    text = (
        "The Harbour Gazette reported on Monday that Veloria had sold grain to a sanctioned buyer."
        "\n\nVelorian trade minister Anton Petrovski denied the report on Tuesday.\n\n"
        '"There was no such sale," Anton Petrovsky told reporters.\n\n'
        '"The ports were closed all month," Petrovsky added.'
    )
    out, _ = _parse(text)
    minister = actor_named(out, "Anton Petrovsky")
    assert minister["name"] == "Anton Petrovsky"
    assert "Anton Petrovski" in minister["aliases"]
    assert not [a for a in out["actors"] if a["name"] == "Anton Petrovski"]


def test_a_name_written_once_in_full_keeps_that_spelling():
    text = (
        "The Harbour Gazette reported on Monday that Veloria had sold grain to a sanctioned buyer."
        "\n\nVelorian trade minister Anton Petrovski denied the report on Tuesday.\n\n"
        '"There was no such sale," Petrovski said.'
    )
    out, _ = _parse(text)
    minister = actor_named(out, "Petrovski")
    assert minister["name"] == "Anton Petrovski"


def test_the_ministry_after_its_spokeswoman_is_not_her_alias():
    text = (
        "The Harbour Gazette reported on Monday that Veloria had sold grain to a sanctioned buyer."
        '\n\n"We sell on commercial terms," ministry spokeswoman Ilse Varga said on Tuesday.\n\n'
        "The ministry had said on Monday that no contract was signed."
    )
    out, _ = _parse(text)
    varga = actor_named(out, "Ilse Varga")
    assert "The ministry" not in varga["aliases"]


def test_a_capital_caught_with_the_word_before_it_is_still_the_state():
    text = (
        "The Harbour Gazette reported on Monday that Mongolia had halted fuel imports.\n\n"
        "The report was denied on Tuesday, as Ulaanbaatar said the imports continued.\n\n"
        '"Supplies are normal," Mongolia\'s energy ministry said.'
    )
    out, _ = _parse(text)
    kinds = {a["name"]: a["kind"] for a in out["actors"]}
    assert "Ulaanbaatar" not in kinds and "as Ulaanbaatar" not in kinds
    assert kinds.get("Mongolia") == "government"


def test_an_affiliation_written_with_its_city_is_the_body_placed_in_that_country():
    text = (
        "The Harbour Gazette reported on Monday that Romania had cut wheat prices.\n\n"
        'Andra Pop, an analyst at Granum Analytics in Bucharest, said: "The cut is real."'
    )
    out, by_id = _parse(text)
    pop = actor_named(out, "Andra Pop")
    body = _aff(by_id, pop)
    assert body is not None and body["name"] == "Granum Analytics"
    assert body["country"] == "RO"


def test_a_state_the_story_is_about_is_an_actor_though_it_never_speaks():
    text = (
        "The Harbour Gazette reported on Monday that Egypt had bought wheat from Romania below "
        "the market price.\n\n"
        "Romania's state grain trader had agreed the sale in December, the paper said.\n\n"
        '"There was no discount," an Egyptian ministry spokesman said on Tuesday, adding that '
        "the Romanian cargo had been priced in line with the tenders."
    )
    out, _ = _parse(text)
    romania = actor_named(out, "Romania")
    assert romania["kind"] == "government"


def test_a_state_named_only_as_a_place_or_a_topic_is_no_actor():
    text = (
        "The Harbour Gazette reported on Monday that Egypt had held secret talks over Ukraine "
        "in Manila.\n\n"
        '"There were no talks about Ukraine," an Egyptian ministry spokesman said on Tuesday.\n\n'
        "The talks in Manila were about trade, not Ukraine, he added. Officials met in Manila."
    )
    out, _ = _parse(text)
    names = {a["name"] for a in out["actors"]}
    assert "Ukraine" not in names
    assert "Philippines" not in names


def test_a_continent_beside_its_adjective_is_no_invented_state():
    text = (
        "The Harbour Gazette reported on Monday that African exporters had lost access to the "
        "port.\n\n"
        '"Africa is our first market," said Lena Okafor, a trader. African officials declined '
        "to comment."
    )
    out, _ = _parse(text)
    assert not [a for a in out["actors"] if a["kind"] == "government"]


def test_a_field_of_a_state_in_lower_case_makes_the_state_the_affiliation():
    text = (
        "The Harbour Gazette reported on Monday that Kenya had cut tea quotas.\n\n"
        '"No quota was cut," a Kenyan agriculture official said on Tuesday.'
    )
    out, by_id = _parse(text)
    official = next(a for a in out["actors"] if a["kind"] == "person")
    assert _aff(by_id, official)["name"] == "Kenya"


def test_a_title_and_body_in_apposition_after_the_name_give_the_affiliation():
    text = (
        "The Harbour Gazette reported on Monday that Veloria had sold grain below cost.\n\n"
        '"There was no such sale," said Omar Haddad, spokesman for the Velorian Ministry of '
        "Trade, in a statement."
    )
    out, by_id = _parse(text)
    haddad = actor_named(out, "Omar Haddad")
    assert haddad["role"] == "spokesman"
    assert "Ministry of Trade" in _aff(by_id, haddad)["name"]


def test_a_participle_clause_after_an_unnamed_official_is_not_part_of_the_actor():
    text = (
        "The Harbour Gazette reported on Monday that Saudi Arabia had held date shipments.\n\n"
        "A Saudi customs official reached by telephone in Jeddah said the checks were routine."
    )
    out, _ = _parse(text)
    official = actor_named(out, "Saudi customs official")
    assert official["kind"] == "person"


def test_two_states_speaking_together_are_one_joint_actor():
    text = (
        "The Steppe Herald reported on Monday that the gas pipeline had been shut.\n\n"
        "Kazakhstan and Uzbekistan said in a joint statement that the pipeline was working."
    )
    out, _ = _parse(text)
    joint = actor_named(out, "Kazakhstan and Uzbekistan")
    assert joint["kind"] == "government"


def test_a_time_phrase_before_a_capital_is_not_part_of_the_speaker():
    text = (
        "The Lake Herald reported on Monday that Kenya had seized Ugandan fishing boats.\n\n"
        "Last year Kampala said such seizures broke the lake treaty.\n\n"
        '"No boats were seized," a Kenyan fisheries official said.'
    )
    out, _ = _parse(text)
    assert actor_named(out, "Uganda")["kind"] == "government"
    assert not [a for a in out["actors"] if a["name"] in ("Kampala", "Last year Kampala")]


def test_a_title_of_a_body_then_a_name_is_a_person_of_that_body():
    text = (
        "The Harbour Gazette reported on Monday that Veloria had closed its embassy.\n\n"
        "Spokesperson in the Ministry of Foreign Affairs Wang Lei said the embassy was open."
    )
    out, by_id = _parse(text)
    wang = actor_named(out, "Wang Lei")
    assert wang["kind"] == "person"
    assert "Ministry of Foreign Affairs" in _aff(by_id, wang)["name"]


def test_a_surname_with_a_short_ending_is_the_same_person():
    text = (
        "The Harbour Gazette reported on Monday that Russia had sent a letter to the ministry.\n\n"
        'Official representative of MFA Irina Stolbova said: "The letter is a fake."\n\n'
        '"No such letter was written," Stolbovaya added.'
    )
    out, _ = _parse(text)
    stolbova = actor_named(out, "Irina Stolbova")
    assert "Stolbovaya" in stolbova["aliases"]


def test_an_acronym_names_the_body_it_abbreviates():
    text = (
        "The Harbour Gazette reported on Monday that Russia had sent a letter to the ministry.\n\n"
        "MFA of Russia called the letter a fake on Tuesday.\n\n"
        "The Ministry of Foreign Affairs of Russia said the embassy e-mail was not hacked."
    )
    out, _ = _parse(text)
    bodies = [a for a in out["actors"] if a["kind"] == "organisation"]
    assert len(bodies) == 1


def test_a_surname_met_before_the_full_name_takes_the_full_name():
    text = (
        "The Harbour Gazette reported on Monday that Veloria had sold grain.\n\n"
        '"There was no sale," Petrovsky said on Tuesday.\n\n'
        "Later, trade minister Anton Petrovsky told reporters the ports were closed."
    )
    out, _ = _parse(text)
    minister = actor_named(out, "Petrovsky")
    assert minister["name"] == "Anton Petrovsky"


def test_a_bodys_website_speaks_for_the_body_not_for_an_outlet():
    text = (
        "The Harbour Gazette reported on Monday that Costa Verde had lost two ships.\n\n"
        "Costa Verde, a shipping company, denied the report. The company's website said the "
        "ships never left port."
    )
    out, _ = _parse(text)
    gazette = actor_named(out, "Harbour Gazette")
    assert not [x for x in gazette["aliases"] if "website" in x]


def test_an_office_of_a_named_person_is_that_person_in_either_order():
    before = (
        "The Adriatic Herald reported on Monday that Croatia had promised a gas discount.\n\n"
        "Croatia's economy minister denied the report on Tuesday.\n\n"
        '"The tariff is regulated," Croatian economy minister Ana Kos told reporters.'
    )
    after = (
        "The Adriatic Herald reported on Monday that Croatia had promised a gas discount.\n\n"
        '"There is no discount," Croatian economy minister Ana Kos said on Tuesday.\n\n'
        "Croatia's economy minister told reporters the tariff was regulated."
    )
    for text in (before, after):
        out, _ = _parse(text)
        kos = actor_named(out, "Ana Kos")
        assert "Croatia's economy minister" in kos["aliases"]
        assert len([a for a in out["actors"] if a["kind"] == "person"]) == 1


def test_an_ambassador_belongs_to_his_states_embassy_the_text_names():
    text = (
        "The Steppe Herald reported on Monday that Russia had halted jet fuel deliveries.\n\n"
        "The Russian Embassy in Ulaanbaatar said on Tuesday that deliveries continued.\n\n"
        '"There is no halt," the Russian ambassador, Pavel Orlov, told reporters.'
    )
    out, by_id = _parse(text)
    orlov = actor_named(out, "Pavel Orlov")
    assert _aff(by_id, orlov)["name"] == "Russian Embassy in Ulaanbaatar"


def test_a_ministrys_field_alone_in_a_headline_is_the_ministry():
    text = (
        "Foreign Affairs denies imposing a tax on foreign cars\n\n"
        "The Ministry of Foreign Affairs, Migration and Nationals Abroad denied on Tuesday what "
        "was circulated by a news website about a tax on cars."
    )
    assert describe("Foreign Affairs", Places(text)).kind == "organisation"


def test_a_spokesperson_for_a_named_body_is_an_unnamed_person_of_that_body():
    text = (
        "The Coast Ledger reported that Chile had suspended salmon exports to Peru.\n\n"
        "A spokeswoman for the Office of the Trade Representative declined to comment on what "
        'she called internal matters. She said Chile "values its trade with Peru".'
    )
    out, by_id = _parse(text)
    person = actor_named(out, "A spokeswoman for the Office of the Trade Representative")
    assert person["kind"] == "person"
    office = _aff(by_id, person)
    assert office is not None and office["name"] == "Office of the Trade Representative"
    values = [s for s in out["statements"] if "values its trade" in s["text"]]
    assert values and values[0]["speaker"] == person["id"], values


def test_the_third_person_is_one_of_the_people_familiar_with_the_matter():
    text = (
        "The summit was called off, according to three people familiar with the matter.\n\n"
        "Two of the people said Chile had asked for the delay. The third person said the draft "
        'had gone through "nine versions".'
    )
    out, _ = _parse(text)
    group = actor_named(out, "three people familiar with the matter")
    speakers = {s["speaker"] for s in out["statements"]}
    assert speakers == {group["id"]}, out["statements"]
    assert not [a for a in out["actors"] if "third person" in a["name"]]


def test_a_body_known_by_another_name_is_one_actor_with_that_alias():
    text = (
        "Mexico's foreign ministry, known as the SRE, said on Monday that no envoy had been "
        "recalled.\n\n"
        "Peru's foreign ministry, known as Torre Tagle, said the envoy had left on Friday."
    )
    out, _ = _parse(text)
    peru = actor_named(out, "Torre Tagle")
    assert peru["kind"] == "organisation" and "foreign ministry" in peru["name"]
    assert not [a for a in out["actors"] if a["name"].startswith("known as")]


def test_an_administration_official_belongs_to_no_body_called_senior_administration():
    text = (
        "Peru said on Monday that the talks with Chile had collapsed.\n\n"
        "A senior administration official in Lima disputed that account."
    )
    out, by_id = _parse(text)
    official = actor_named(out, "senior administration official in Lima")
    assert not [a for a in out["actors"] if a["name"] == "senior administration"]
    aff = _aff(by_id, official)
    assert aff is None or aff["kind"] == "government", aff


def test_a_body_described_then_named_in_apposition_is_that_body():
    text = (
        "Peru's food safety agency, SENAGRO, disputes that. The grapes were certified in Ica, "
        "it said in a statement on Wednesday.\n\n"
        "The port operator, Puertos del Sur Andino, denied having objected to the route.\n\n"
        "Chile's plant health service, SAVEG, has kept the crates at the border, saying "
        "inspectors found larvae."
    )
    out, by_id = _parse(text)
    senagro = actor_named(out, "SENAGRO")
    assert senagro["kind"] == "organisation" and senagro["country"] == "PE"
    assert _aff(by_id, senagro)["kind"] == "government"
    port = actor_named(out, "Puertos del Sur Andino")
    assert port["kind"] == "organisation"
    saveg = actor_named(out, "SAVEG")
    assert saveg["kind"] == "organisation" and saveg["country"] == "CL"
    assert not [a for a in out["actors"] if a["name"] == "port operator"]


def test_a_person_a_statement_names_by_title_and_full_name_is_an_actor():
    text = (
        "The Valley Courier reported on Monday that Chile had agreed to sell copper to Peru "
        "below the market price.\n\n"
        "Chile's mining ministry denied the report. Its spokeswoman, Ana Rojas, declined to say "
        "whether Mining Minister Tomas Herrera had approved the contract."
    )
    out, _ = _parse(text)
    herrera = actor_named(out, "Tomas Herrera")
    assert herrera["kind"] == "person" and herrera["country"] == "CL"


def test_ministry_spokeswoman_belongs_to_the_ministry_that_spoke_not_to_one_only_cited():
    text = (
        "Ghana's foreign ministry on Thursday rejected a report that it had expelled a "
        "Nigerian attaché. The Harmattan Herald reported on Wednesday, citing two officials at "
        "Nigeria's foreign ministry, that the attaché had been told to go. \"Nobody has been "
        'expelled," ministry spokeswoman Abena Mensah told reporters.'
    )
    out, by_id = _parse(text)
    mensah = actor_named(out, "Abena Mensah")
    assert "Ghana" in _aff(by_id, mensah)["name"] and mensah["country"] == "GH"


def test_an_outlet_described_by_its_state_in_apposition_takes_that_country():
    text = (
        "Tuul Post, a Mongolian news website, reported on Tuesday that Russia had cut fuel "
        "deliveries.\n\n"
        "Russia's foreign ministry denied the report.\n\n"
        "Tuul Post's editor-in-chief, Bolormaa Bat, said the website stood by its report."
    )
    out, _ = _parse(text)
    assert actor_named(out, "Tuul Post")["country"] == "MN"
    assert actor_named(out, "Bolormaa Bat")["country"] == "MN"


def test_a_minister_belongs_to_the_government_with_minister_heads_ministry_off(monkeypatch):
    # With the rule on (the default) he stays in the agriculture ministry the text names: the
    # readable sets' gold puts 19 of 24 such ministers in their ministry (p-names5).
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "minister-heads-ministry")
    text = (
        "Romania's agriculture ministry rejected the report on Monday. Its spokeswoman, Elena "
        "Marin, declined to say whether Agriculture Minister Sorin Popescu had approved the "
        "price."
    )
    out, by_id = _parse(text)
    marin = actor_named(out, "Elena Marin")
    assert _aff(by_id, marin)["kind"] == "organisation"
    popescu = actor_named(out, "Sorin Popescu")
    assert _aff(by_id, popescu)["kind"] == "government" and popescu["country"] == "RO"
