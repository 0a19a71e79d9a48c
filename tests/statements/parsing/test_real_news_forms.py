"""Constructions of real news copy read on a private set of real pages (seventh session), each
tested on sentences written for these tests."""

from statements.parsing.rules import DISABLE_ENV

from .statements import contract_with_actors, parsed_statements, statement_with, statements_by

_REGARDING = (
    "Regarding the possibility of new talks, the ministry's office said, "
    '"There have been no discussions on either a visit or a call."'
)


def test_a_quotation_after_said_is_the_content_not_the_lead_in():
    text = _REGARDING
    said = statement_with(parsed_statements(text), "no discussions")
    assert "ministry" in " ".join(said["names"]).lower()


def test_a_lower_case_quotation_after_a_participle_lead_in_is_the_content():
    text = (
        "Pressed further to provide evidence, Wang said, "
        '"as this is a rumour, those who wrote the report should come up with their evidence."'
    )
    statement_with(parsed_statements(text), "as this is a rumour")


def test_a_lower_case_quotation_after_a_clause_goes_on_with_the_clause():
    text = (
        "The Gannet had been following two trawlers towards the strait, it said, "
        '"a routine task that we carry out every week".'
    )
    statement_with(parsed_statements(text), "had been following two trawlers")


def test_said_then_quotation_switched_off_keeps_the_lead_in(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "said-then-quotation")
    text = _REGARDING
    texts = [s["text"] for s in parsed_statements(text)]
    assert not any("no discussions" in t for t in texts), texts
    assert statements_by(parsed_statements(text), "ministry")


_HEADLINE_DATELINE = (
    "Ministry says no talks held on ferry fees\n"
    "TALLINN, July 28 (Baltic Wire) -- The transport ministry on Wednesday dismissed a "
    "report that it was negotiating new ferry fees with Helsinki.\n"
)


def test_a_wire_dateline_under_a_headline_starts_the_body():
    text = _HEADLINE_DATELINE
    said = parsed_statements(text)
    body = statement_with(said, "dismissed a report")
    assert "Ministry says no talks" not in body["text"]


_ON_REPORTED = (
    "No decision yet on reported ferry talks between Estonia, Finland: ministry\n"
    "TALLINN, Dec. 23 (Baltic Wire) -- The foreign ministry said Monday that no decision has "
    "been made on new ferry fees.\n"
)


def test_a_participle_after_a_preposition_is_an_adjective_not_a_speech_act():
    said = parsed_statements(_ON_REPORTED)
    assert not any("reported ferry talks" in s["text"] for s in said), [s["text"] for s in said]


def test_participle_adjective_switched_off_reads_the_verb(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "participle-adjective")
    said = parsed_statements(_ON_REPORTED)
    assert any("reported ferry talks" in s["text"] for s in said), [s["text"] for s in said]


def test_dateline_opens_switched_off_joins_the_headline(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "dateline-opens")
    text = _HEADLINE_DATELINE
    said = parsed_statements(text)
    assert any("Ministry says no talks" in s["text"] for s in said), [s["text"] for s in said]


def test_photo_and_rank_marks_are_no_part_of_a_name():
    text = (
        "Government spokesperson Colonel (Rtd) Arvo Tamm (pictured) has dismissed reports that "
        "he was in hospital."
    )
    out = parsed_statements(text)
    assert any("Arvo Tamm" in s["names"] for s in out), [s["names"] for s in out]
    assert not any("pictured" in n for s in out for n in s["names"])


def test_a_speakers_remarks_are_the_speaker():
    text = "Spokesman Lin Tao's remarks said the port had never annexed any farms."
    out = contract_with_actors(text, None)[0]
    assert [a["name"] for a in out["actors"]] == ["Lin Tao"], out["actors"]


def test_she_terms_the_report_groundless_is_a_denial():
    text = (
        "The Harbour Post reported on Monday that the ministry had doubled ferry fees.\n\n"
        "Spokeswoman Liis Mets says the fees have not changed. And she terms the latest report "
        '"groundless."'
    )
    said = statement_with(parsed_statements(text), "groundless")
    assert said["stance"] == "denial"


def test_terms_as_a_noun_is_no_speech_act():
    text = "We continue to take bookings on the same terms as before, the operator said."
    said = parsed_statements(text)
    assert len(said) == 1 and statements_by(said, "operator")


def test_labelled_as_switched_off_misses_the_act(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "labelled-as")
    text = 'The minister labelled the report "a fabrication" on Tuesday.'
    assert not parsed_statements(text)


def test_a_statement_read_to_reporters_is_no_act_of_its_own():
    text = (
        "Ahmed Sami, spokesman for the ministry, in a statement read to reporters in Cairo.\n\n"
        '"There was no deal," he added.'
    )
    said = parsed_statements(text)
    assert not any(s["text"].startswith("Ahmed Sami, spokesman") for s in said), said


def test_a_named_report_speaks_for_its_outlet():
    text = (
        "According to the WSJ report based on information from two officials, the prime "
        "minister was told to soften her tone.\n\n"
        "The Kyodo News report said the minister had visited the shrine."
    )
    out, _ = contract_with_actors(text, None)
    names = sorted(a["name"] for a in out["actors"])
    assert not any("report" in n for n in names), names
    assert "Kyodo News" in " ".join(names)


def test_the_report_said_is_no_outlet_named_the():
    text = (
        "The Harbour Post reported on Monday that the ministry had doubled ferry fees.\n\n"
        "The report said the fees would rise again in May."
    )
    out, _ = contract_with_actors(text, None)
    assert "The" not in [a["name"] for a in out["actors"]], out["actors"]


def test_chief_cabinet_secretary_is_an_office_of_the_government():
    text = (
        "Japanese Chief Cabinet Secretary Minoru Kihara on Thursday denied a report that the "
        "prime minister had been told to soften her tone."
    )
    out, actors = contract_with_actors(text, "2026-03-05")
    kihara = next(a for a in out["actors"] if a["name"] == "Minoru Kihara")
    assert kihara["role"] == "chief cabinet secretary"
    assert actors[kihara["affiliation"]]["name"] == "Japan"


_REPORT_SAYS = (
    "The Harbour Post quoted unnamed officials as saying the ministry had doubled ferry "
    "fees.\n\n"
    "Spokeswoman Liis Mets said the fees had not changed.\n\n"
    "The report says the fees would rise again in May."
)


def test_the_report_speaks_for_the_outlet_not_for_the_last_speaker():
    text = _REPORT_SAYS
    said = statement_with(parsed_statements(text), "rise again in May")
    assert "Harbour Post" in said["names"], said["names"]


def test_report_of_an_outlet_switched_off_leaves_it_to_the_last_speaker(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-of-an-outlet")
    text = _REPORT_SAYS
    said = statement_with(parsed_statements(text), "rise again in May")
    assert "Harbour Post" not in said["names"], said["names"]


def test_a_short_quotation_is_shown_with_its_attribution():
    text = (
        '"There is no such fact," Kihara told a press conference, adding that the government '
        "had lodged a protest with the newspaper."
    )
    said = statement_with(parsed_statements(text), "no such fact")
    assert "told a press conference" in said["text"]
    assert "lodged a protest" not in said["text"]


def test_short_quote_tail_switched_off_shows_the_quotation_alone(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "short-quote-tail")
    text = '"There is no such fact," Kihara told a press conference on Thursday.'
    said = statement_with(parsed_statements(text), "no such fact")
    assert "press conference" not in said["text"]


def test_issuing_a_statement_that_denies_is_a_denial():
    text = (
        "The Harbour Post reported on Monday that the ministry had doubled ferry fees.\n\n"
        "The transport ministry issued a statement on Tuesday denying that any fee had changed."
    )
    said = statement_with(parsed_statements(text), "any fee had changed")
    assert said["stance"] == "denial"
    assert "transport ministry" in " ".join(said["names"]).lower()


def test_issued_statement_act_switched_off_misses_it(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "issued-statement-act")
    text = "The transport ministry issued a statement denying that any fee had changed."
    assert not parsed_statements(text)


def test_a_time_before_the_subject_is_no_part_of_its_name():
    text = (
        "The Harbour Post published what it called a ministry memo on ferry fees.\n\n"
        "Within a day the department had issued a statement saying the memo was a draft."
    )
    out, _ = contract_with_actors(text, None)
    assert not any(n.startswith("Within") for a in out["actors"] for n in [a["name"]]), out


def test_a_ministry_named_with_a_list_of_fields_is_one_name():
    text = (
        "The Harbour Post published a memo from Estonia's Department of Agriculture, Fisheries "
        "and Forestry on Monday.\n\n"
        "The department issued a statement saying the memo was a draft."
    )
    out, _ = contract_with_actors(text, None)
    assert any("Fisheries and Forestry" in a["name"] for a in out["actors"]), out["actors"]


def test_its_spokesperson_belongs_to_the_body_that_opens_the_sentence_before():
    text = (
        "The Harbour Post reported that Estonia's transport ministry had doubled ferry fees.\n\n"
        "The Finnish embassy issued a statement saying it had seen no such fees.\n\n"
        "Finland's trade ministry was unimpressed. Its spokesperson, Aino Lahti, said on Friday "
        'that Helsinki had "sought a full explanation".'
    )
    out, actors = contract_with_actors(text, "2026-03-06")
    lahti = next(a for a in out["actors"] if a["name"] == "Aino Lahti")
    assert "trade ministry" in actors[lahti["affiliation"]]["name"].lower()


_RELAYED = (
    "Fishermen had claimed that Latvian boats fired warning shots at them.\n\n"
    "Riga, he said, denied that the encounters took place."
)


def test_a_state_that_denies_between_commas_around_its_relay_is_the_speaker():
    text = _RELAYED
    said = statement_with(parsed_statements(text), "encounters took place")
    assert "Latvia" in said["names"], said["names"]
    assert said["stance"] == "denial"


def test_relayed_act_switched_off_leaves_the_pronoun(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "relayed-act")
    text = _RELAYED
    said = statement_with(parsed_statements(text), "encounters took place")
    assert "Latvia" not in said["names"], said["names"]


def test_a_radio_station_named_after_its_descriptor_is_media():
    text = (
        "A day later the Arusha-based radio station Sauti ya Kaskazini said the ban had been "
        "decided at a cabinet meeting."
    )
    out, _ = contract_with_actors(text, None)
    station = next(a for a in out["actors"] if "Sauti" in a["name"])
    assert station["name"] == "Sauti ya Kaskazini"
    assert station["kind"] == "media"


def test_state_as_a_noun_is_no_verb():
    text = "The state news agency Khazar quoted the deputy minister as saying the gas flowed."
    out, _ = contract_with_actors(text, None)
    assert any(a["name"] == "Khazar" for a in out["actors"]), out["actors"]


def test_role_head_of_no_role_or_punctuation_is_empty():
    from statements.parsing.roles import role_head

    assert role_head(None) == ""
    assert role_head("-") == ""
    assert role_head("editor-in-chief") == "chief"


_SUBORDINATE = (
    'When pointed out by the Harbour Post reporter "we do have evidence", Wang said the '
    "content should have been verified before reporting it."
)


def test_a_quotation_in_an_opening_subordinate_clause_is_not_the_main_speakers():
    # (quote-tail-needs-tail: the verb has words of its own after it, so the quotation before
    # is no tail of it)
    said = statement_with(parsed_statements(_SUBORDINATE), "should have been verified")
    assert "Wang" in " ".join(said["names"])


def test_quote_tail_needs_tail_switched_off_takes_the_quotation(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "quote-tail-needs-tail")
    said = parsed_statements(_SUBORDINATE)
    assert not any("should have been verified" in s["text"] for s in said), said


def test_a_short_clause_before_its_attribution_is_shown_with_it():
    text = "Talks on the ferry fees collapsed in March, Velorian officials said on Friday."
    said = statement_with(parsed_statements(text), "collapsed in March")
    assert "officials said" in said["text"]


def test_short_tail_switched_off_shows_the_clause_alone(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "short-tail")
    text = "Talks on the ferry fees collapsed in March, Velorian officials said on Friday."
    said = statement_with(parsed_statements(text), "collapsed in March")
    assert "officials said" not in said["text"]
