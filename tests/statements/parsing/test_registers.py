"""Document registers decide who speaks where no verb of saying names a speaker: press releases,
official statements, quoted documents, posts, fact-check boxes, live blogs and wire copy.
Every text here is written for these tests."""

import datetime as dt

from statements.parsing import parse_article, to_contract

PUBLISHED = dt.date(2026, 3, 12)

RELEASE = """MINISTRY OF TRADE AND INDUSTRY
REPUBLIC OF KORVALA

PRESS RELEASE

For immediate release

The Ministry of Trade and Industry categorically rejects the reports published by certain media \
outlets claiming that the government has banned imports of frozen fish from Ostrava.

We wish to state that no such ban has been imposed. The ministry has not received any request to \
restrict imports.

Korvala and Ostrava have traded fish for two centuries.

We urge the public to disregard these false reports.

-ENDS-

Issued by the Public Relations Unit
"""

SPOKESPERSON = """STATEMENT BY THE SPOKESPERSON OF THE MINISTRY OF DEFENCE OF VALDORIA

The Ministry of Defence has taken note of a report by the Lagos-based weekly, The Northern \
Courier, in its edition of Sunday, alleging that Valdorian troops crossed the border near Treska.

These reports are completely false. No Valdorian unit has left its barracks.
"""


def _parsed(text: str) -> tuple[list[dict], dict[str, dict]]:
    out = to_contract(parse_article(text, published=PUBLISHED))
    return out["statements"], {a["id"]: a for a in out["actors"]}


def _by(text: str) -> list[tuple[str | None, str, str]]:
    """(speaker name, stance, statement text) of a parse."""
    statements, actors = _parsed(text)
    return [
        (actors[s["speaker"]]["name"] if s["speaker"] else None, s["stance"], s["text"])
        for s in statements
    ]


def _speaker_of(text: str, words: str) -> str | None:
    hits = [sp for sp, _, said in _by(text) if words in said]
    assert hits, f"no statement with {words!r}: {_by(text)}"
    return hits[0]


def test_a_release_sentence_about_the_issuer_is_the_issuer_s_statement():
    assert _speaker_of(RELEASE, "has not received any request") == (
        "Ministry of Trade and Industry"
    )


def test_we_in_a_release_is_the_issuer_even_after_a_claim_by_others():
    assert _speaker_of(RELEASE, "no such ban has been imposed") == "Ministry of Trade and Industry"
    assert _speaker_of(RELEASE, "disregard these false reports") == "Ministry of Trade and Industry"


def test_the_media_whose_reports_a_release_rejects_carry_the_claim():
    said = _by(RELEASE)
    claims = [(sp, t) for sp, stance, t in said if stance == "claim"]
    assert claims == [
        ("certain media outlets", next(t for _, _, t in said if t.startswith("claiming")))
    ]
    assert "banned imports of frozen fish" in claims[0][1]


def test_the_denial_of_a_release_links_to_the_claim_it_carries():
    statements, _ = _parsed(RELEASE)
    claim = next(s for s in statements if s["stance"] == "claim")
    denial = next(s for s in statements if s["text"].startswith("The Ministry of Trade"))
    assert denial["stance"] == "denial"
    assert claim["id"] in denial["denies"]


def test_a_release_s_background_sentence_and_colophon_are_no_statements():
    said = " ".join(t for _, _, t in _by(RELEASE))
    assert "traded fish for two centuries" not in said
    assert "Public Relations Unit" not in said
    names = {a["name"] for a in _parsed(RELEASE)[1].values()}
    assert not any("Relations Unit" in n or n == "Korvala" for n in names)


def test_a_statement_by_a_spokesperson_speaks_for_the_ministry_in_its_body_s_words():
    assert _speaker_of(SPOKESPERSON, "completely false") == "Ministry of Defence"


def test_a_sentence_after_the_issuer_s_in_one_paragraph_runs_on_under_it():
    said = _by(SPOKESPERSON)
    hit = next(t for _, _, t in said if "completely false" in t)
    assert "left its barracks" in hit


def test_a_publication_by_a_named_outlet_alleging_is_the_outlet_s_claim():
    said = _by(SPOKESPERSON)
    assert ("The Northern Courier" in [sp for sp, st, _ in said if st == "claim"]) or (
        "Northern Courier" in [sp for sp, st, _ in said if st == "claim"]
    )
    # taking note of a report is no statement of its own
    assert not any(t.startswith("has taken note") for _, _, t in said)


def test_a_news_story_quoting_we_is_no_release():
    text = (
        "The Ministry of Trade said on Monday it had not banned fish imports. "
        '"We have imposed no ban," spokeswoman Lea Marr said.\n\n'
        "We visited the port on Tuesday and saw trucks unloading fish."
    )
    said = " ".join(t for _, _, t in _by(text))
    assert "saw trucks unloading fish" not in said


def test_a_note_verbale_speaks_for_the_ministry_that_spoke_before_it():
    text = (
        "The Valdorian foreign ministry said on Monday that it had not expelled the envoy.\n\n"
        "The note verbale states that the ambassador was never summoned."
    )
    assert _speaker_of(text, "never summoned") == "Valdorian foreign ministry"


def test_a_statement_posted_on_a_website_is_its_owner_s():
    text = (
        "Reports of an expulsion spread on Monday.\n\n"
        "A statement posted on the Korvalan embassy's website read: "
        '"The embassy has not been informed of any expulsion."'
    )
    assert "embassy" in _speaker_of(text, "not been informed").lower()


def test_a_post_quoted_by_its_handle_is_the_account_owner_s():
    text = (
        "The Japanese embassy in Manila (@JapanEmbPH) denied on Monday that it had stopped "
        "issuing work visas.\n\n"
        "@JapanEmbPH: Reports that visa processing has been suspended are false.\n\n"
        "The Manila Daily had reported that the embassy froze all work visas."
    )
    assert _speaker_of(text, "visa processing has been suspended") == "Japanese embassy in Manila"
    names = {a["name"] for a in _parsed(text)[1].values()}
    assert not any("@" in n for n in names)


def test_a_handle_whose_owner_is_never_named_gives_no_speaker():
    text = "@KorvalaTrade: No ban has been imposed.\n\nThe Daily Star reported a ban on Monday."
    assert not any("No ban has been imposed" in t for _, _, t in _by(text))


FACTCHECK = """CLAIM: Senator Mara Lind said Ostrava has banned all imports of Korvalan tea.

RATING: False

THE FACTS: The Ostravan trade ministry said on Monday that no ban had been imposed.

Mara Lind told a rally last week that Ostrava had "shut the door" on Korvalan tea.
"""


def test_fact_check_labels_are_no_speakers():
    names = {a["name"].lower() for a in _parsed(FACTCHECK)[1].values()}
    assert not names & {"claim", "rating", "facts", "the facts"}


def test_a_fact_check_claim_line_is_the_claim_of_its_named_source():
    statements, actors = _parsed(FACTCHECK)
    line = next(s for s in statements if "banned all imports" in s["text"])
    assert actors[line["speaker"]]["name"] == "Mara Lind"
    assert line["stance"] == "claim"


def test_the_facts_line_keeps_its_own_speaker():
    assert _speaker_of(FACTCHECK, "no ban had been imposed") == "Ostravan trade ministry"


LIVEBLOG = """Live: Border crisis

Update, 3:12 pm: Korvala's foreign ministry said it had summoned the Ostravan ambassador.

13:40 GMT — Ostrava's government denied sending troops. "Not a single soldier crossed," \
spokesman Ivo Lenz said.

CORRECTION: An earlier version of this entry said the ambassador had been expelled.
"""


def test_live_blog_stamps_are_no_speakers_and_entries_keep_theirs():
    said = _by(LIVEBLOG)
    assert _speaker_of(LIVEBLOG, "summoned the Ostravan ambassador") == "Korvala's foreign ministry"
    assert _speaker_of(LIVEBLOG, "Not a single soldier crossed") == "Ivo Lenz"
    assert not any(sp and ("GMT" in sp or "pm" in sp.split()) for sp, _, _ in said)


def test_a_correction_note_is_no_statement():
    said = _by(LIVEBLOG)
    assert not any("had been expelled" in t for _, _, t in said)


def test_wire_bylines_and_credits_are_no_actors():
    text = (
        "KAMPALA, Jan 4 (Reuters) - Uganda's army on Tuesday denied a report that its soldiers "
        "had crossed into Kenya.\n\n"
        "By Peter Okello\n\n"
        "The Daily Monitor had reported that soldiers crossed the border on Sunday.\n\n"
        "Reporting by Peter Okello; Editing by Alex Brown"
    )
    names = {a["name"] for a in _parsed(text)[1].values()}
    assert not names & {"Peter Okello", "Alex Brown", "Okello"}
    assert _speaker_of(text, "crossed into Kenya") == "Uganda's army"


def test_a_channel_posting_what_it_said_was_a_document_claims_it():
    text = (
        "The row began on Monday, when the Telegram channel Steppe Watch, which has about "
        "120,000 subscribers, posted a scan of what it said was an order from the Korvalan "
        "customs service.\n\n"
        "The customs service said on Tuesday that the order was a forgery."
    )
    statements, actors = _parsed(text)
    claim = next(s for s in statements if "what it said was an order" in s["text"])
    assert claim["stance"] == "claim"
    assert "Steppe Watch" in actors[claim["speaker"]]["name"]
    denial = next(s for s in statements if "forgery" in s["text"])
    assert claim["id"] in denial["denies"]


def test_a_document_published_in_which_someone_supposedly_acts_is_the_publisher_s_claim():
    text = (
        'On Monday the Telegram-channel "Valley Insider" published a scan of the order, in which '
        "the governor supposedly asks the police to close the market.\n\n"
        "The governor's office said the order was a fake."
    )
    statements, actors = _parsed(text)
    claim = next(s for s in statements if "supposedly asks the police" in s["text"])
    assert claim["stance"] == "claim"
    assert actors[claim["speaker"]]["name"] == "Valley Insider"
    assert actors[claim["speaker"]]["kind"] == "media"


def test_a_statement_heading_inside_a_live_blog_makes_no_release():
    text = (
        "Live: drone sightings over the fjord\n\n"
        "We are pausing our live coverage here for today.\n\n"
        "Statement from the Coast Guard\n\n"
        "The Coast Guard said on Monday that it had tracked the drone for an hour.\n\n"
        "We asked the Norwegian embassy for comment and will update this page."
    )
    said = " ".join(t for _, _, t in _by(text))
    assert "pausing our live coverage" not in said


EMBASSY = """Statement on recent media reports regarding the fishing fleet

The Embassy of the Republic of Korvala in Velmar wishes to clarify recent reports in the Velmar \
Herald that Korvalan trawlers were detained off the coast of Treska.

Contrary to these reports, no Korvalan vessel has been detained. All vessels of the fleet \
returned to port on 28 February.

It is regrettable that such stories are published without verification.

###

Media contact: press@korvala-embassy.example
"""


def test_a_release_with_no_letterhead_is_issued_by_the_body_s_first_institution():
    assert "Embassy of the Republic of Korvala" in _speaker_of(EMBASSY, "no Korvalan vessel")


def test_contrary_to_the_reports_in_a_release_is_a_denial_of_the_report_it_carries():
    statements, actors = _parsed(EMBASSY)
    claim = next(s for s in statements if s["text"].startswith("Korvalan trawlers"))
    assert (actors[claim["speaker"]]["name"], claim["stance"]) == ("Velmar Herald", "claim")
    denial = next(s for s in statements if "no Korvalan vessel" in s["text"])
    assert denial["stance"] == "denial"
    assert claim["id"] in denial["denies"]


def test_a_news_story_s_report_in_a_paper_that_is_left_to_the_denial_it_is_rejected_in():
    text = (
        "Veloria's foreign ministry on Thursday rejected a report in the Meridian Post that it "
        "had shipped drones to the Karst Republic.\n\n"
        "The Meridian Post reported on Wednesday that the drones had left in February."
    )
    claims = [s for s in _parsed(text)[0] if s["stance"] == "claim"]
    assert not any("shipped drones" in s["text"] and s["text"].startswith("that") for s in claims)


def test_a_release_s_plain_description_of_its_issuer_is_no_statement():
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        "VELMAR CITY, March 3, 2026 — The Velmar Port Authority today dismissed claims by the "
        "Coastal Workers Union that dock cranes had been left without safety checks.\n\n"
        "The authority publishes inspection results on its website every quarter.\n\n"
        "###"
    )
    said = " ".join(t for _, _, t in _by(text))
    assert "publishes inspection results" not in said
    assert _speaker_of(text, "dismissed claims") == "Velmar Port Authority"


CHECKED = """Did Ostrava ban Korvalan tea? We checked

A post shared on Facebook claims that Ostrava has banned all imports of Korvalan tea.

We found no record of such a ban in Ostrava's official gazette. We contacted the Ostravan trade \
ministry on Monday.

The ministry said on Tuesday that no ban had been imposed.

RATING: False
"""


def test_a_fact_check_s_own_finding_is_the_outlet_s_denial():
    out = to_contract(parse_article(CHECKED, published=PUBLISHED, outlet="Velmar Fact Desk"))
    actors = {a["id"]: a for a in out["actors"]}
    finding = next(s for s in out["statements"] if "no record of such a ban" in s["text"])
    assert actors[finding["speaker"]]["name"] == "Velmar Fact Desk"
    assert actors[finding["speaker"]]["kind"] == "media"
    assert finding["stance"] == "denial"
    said = " ".join(s["text"] for s in out["statements"])
    assert "We contacted the Ostravan trade ministry" not in said


def test_a_fact_check_s_findings_have_no_speaker_when_the_outlet_is_unknown():
    said = " ".join(t for _, _, t in _by(CHECKED))
    assert "no record of such a ban" not in said


def test_a_news_story_s_we_found_is_no_verdict():
    text = (
        "Korvala's trade ministry said on Monday it had not banned tea imports.\n\n"
        "We found the port busy on Tuesday, with trucks queueing at the gates."
    )
    out = to_contract(parse_article(text, published=PUBLISHED, outlet="Velmar Herald"))
    assert not any("queueing at the gates" in s["text"] for s in out["statements"])


def test_a_letterhead_s_state_line_gives_the_issuer_its_country():
    text = (
        "MINISTRY OF TRADE\nREPUBLIC OF GHANA\n\nPRESS RELEASE\n\n"
        "The Ministry of Trade categorically rejects reports published by certain media outlets "
        "claiming that cocoa exports have been suspended.\n\n"
        "We wish to state that no such suspension has been ordered.\n\n-ENDS-\n"
    )
    _, actors = _parsed(text)
    ministry = next(a for a in actors.values() if a["name"] == "Ministry of Trade")
    assert ministry["country"] == "GH"


def test_a_fact_check_outlet_described_by_its_city_has_its_country():
    text = (
        "Lakeside Check, a fact-checking desk in Nairobi, looked at a viral claim.\n\n"
        "A post shared on Facebook claims that Kenya has banned imports of Ugandan sugar.\n\n"
        "We found no record of such a ban in the Kenya Gazette."
    )
    out = to_contract(parse_article(text, published=PUBLISHED, outlet="Lakeside Check"))
    desk = next(a for a in out["actors"] if a["name"] == "Lakeside Check")
    assert (desk["kind"], desk["country"]) == ("media", "KE")


def test_a_letter_from_a_ministry_is_the_ministry_s_words():
    text = (
        "According to a letter from the Velmar transport ministry, the ferry service will "
        "resume in May."
    )
    assert _speaker_of(text, "resume in May") == "Velmar transport ministry"


def test_a_joint_statement_is_no_actor_of_its_own():
    text = (
        "Korvala's foreign minister said on Monday that talks with Velmar would resume.\n\n"
        "The joint statement added that no deal on tariffs had been reached."
    )
    names = {a["name"].lower() for a in _parsed(text)[1].values()}
    assert not any("statement" in n for n in names)


def test_a_thread_s_part_number_is_no_word_of_the_post():
    text = (
        '"1/3 Reports that the embassy has stopped issuing visas are untrue," the Korvalan '
        "embassy wrote on X on Monday."
    )
    said = next(t for _, _, t in _by(text) if "stopped issuing visas" in t)
    assert said.startswith("Reports that the embassy")
    assert "1/3" not in said


def test_a_live_blog_stamp_is_no_part_of_the_speaker_nor_of_the_words():
    text = (
        "Live: floods in Velmar\n\n"
        "[15:10] The army said no soldiers were deployed to the river towns.\n\n"
        '16:05 GMT — "1/2 The dam is closed," the mayor of Treska wrote on X.'
    )
    said = _by(text)
    army = next((sp, t) for sp, _, t in said if "no soldiers" in t)
    assert army[0] == "army"
    assert not army[1].startswith("[")
    mayor = next(t for _, _, t in said if "dam is closed" in t)
    assert mayor.startswith("The dam is closed")
