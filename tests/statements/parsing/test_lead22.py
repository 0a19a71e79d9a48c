"""The twenty-second session's lead rules, read off invented stories in the forms real news
takes (a Reuters update with its slug, a lede that tells the answer in brief, a newspaper's
editor, an unnamed official of the denying side): each rule with a sentence where it fires, a
near miss where it has one, and a run with it switched off.
"""

import datetime as dt
import json
import pathlib

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

PUBLISHED = dt.date(2026, 6, 2)


def _read(text):
    """The contract's statements, each with its speaker's name under `by`."""
    out = to_contract(parse_article(text, published=PUBLISHED))
    names = {a["id"]: a["name"] for a in out["actors"]}
    for s in out["statements"]:
        s["by"] = names.get(s["speaker"])
    return out["statements"]


def _said(statements, words):
    return next(s for s in statements if words in s["text"])


_WIRE = (
    "UPDATE 1-Portugal says Spain blocked its sardine boats; Madrid denies\n\n"
    "LISBON, June 2 (Reuters) - Portugal accused Spain on Tuesday of keeping 14 Portuguese "
    "sardine boats out of the port of Vigo for three days, saying the crews had been refused "
    "fuel.\n\n"
    'Madrid rejected the charge as "unfounded".\n\n'
    "Portuguese fisheries secretary Rui Campos told reporters in Lisbon that the harbour master "
    "in Vigo had turned the boats away since Saturday.\n\n"
    "Spain's fisheries ministry said the boats had not filed the landing notices the port "
    'requires. "Nobody was refused fuel," a ministry spokeswoman said.\n\n'
    "(Reporting by Ana Costa; Editing by Mark Lee)"
)


def test_a_wire_slug_is_no_part_of_the_headline():
    statements = _read(_WIRE)
    head = _said(statements, "says Spain blocked")
    assert head["text"].startswith("Portugal says")
    assert head["by"] == "Portugal"
    assert _said(statements, "Madrid denies")["stance"] == "denial"


def test_a_wire_slug_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "wire-slug")
    statements = _read(_WIRE)
    assert not any(s["text"].startswith("Portugal says") for s in statements)


def test_the_accusers_side_goes_on_after_a_lede_that_told_the_answer():
    statements = _read(_WIRE)
    campos = _said(statements, "turned the boats away")
    assert campos["by"] == "Rui Campos"
    assert campos["stance"] == "claim"
    # the body's answers answer the lede's claim
    assert _said(statements, "Nobody was refused fuel")["stance"] == "denial"


def test_lede_only_answers_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "answered-in-lede-only")
    campos = _said(_read(_WIRE), "turned the boats away")
    assert campos["stance"] == "confirmation"


def test_a_body_answer_after_the_lede_leaves_the_accusers_remark_alone():
    # near miss: the answer in the body comes before the accuser's remark
    text = _WIRE.replace(
        "Portuguese fisheries secretary Rui Campos told",
        "Spain's fisheries ministry said no boat had been turned away.\n\n"
        "Portuguese fisheries secretary Rui Campos told",
    )
    campos = _said(_read(text), "turned the boats away")
    assert campos["stance"] != "claim"


def test_a_day_after_since_dates_no_statement():
    campos = _said(_read(_WIRE), "turned the boats away")
    assert campos["date"] is None


def test_span_days_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "span-day-no-date")
    campos = _said(_read(_WIRE), "turned the boats away")
    assert campos["date"] == "2026-05-30"


def test_a_day_of_speaking_elsewhere_in_the_sentence_still_dates_it():
    # near miss: `on Monday` dates the telling, whatever comes after `since`
    text = _WIRE.replace("told reporters in Lisbon that", "told reporters in Lisbon on Monday that")
    campos = _said(_read(text), "turned the boats away")
    assert campos["date"] == "2026-06-01"


_EDITOR = (
    "Farmers' union alleges ministry hid drought report\n\n"
    "NAIROBI: The farmers' union on Monday accused the agriculture ministry of hiding a report "
    "on the drought in the north, the Coast Herald reported.\n\n"
    'The ministry said the report had not been hidden. "It was published on our website," a '
    "spokesman said.\n\n"
    'Editor Jane Wambui said: "Nobody has shown us anything that contradicts our story."'
)


def test_nothing_against_its_own_story_stands_by_it():
    editor = _said(_read(_EDITOR), "contradicts our story")
    assert editor["stance"] == "confirmation"


def test_nothing_against_own_story_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "nothing-against-own-report")
    editor = _said(_read(_EDITOR), "contradicts our story")
    assert editor["stance"] == "denial"


def test_nothing_against_another_sides_account_is_no_backing():
    # near miss: the ministry's `our` is no story of its own; its negation still denies
    text = _EDITOR.replace(
        '"It was published on our website," a spokesman said.',
        '"Nothing in the union\'s letter is true," a spokesman said.',
    )
    spokesman = _said(_read(text), "union's letter")
    assert spokesman["stance"] == "denial"


_NAVY = (
    "Navy denies patrol boat rammed fishing vessel\n\n"
    "MANILA, June 2 -- The navy on Tuesday denied a newspaper report that one of its patrol boats "
    "had rammed a fishing vessel off Palawan.\n\n"
    '"There was no damage to the boat and no one was hurt," a navy official told Kyodo News.\n\n'
    "The Palawan Times reported on Monday that the patrol boat had struck the vessel and damaged "
    "its hull."
)


def test_an_unnamed_official_of_the_denying_side_denies():
    official = _said(_read(_NAVY), "no one was hurt")
    assert official["stance"] == "denial"
    assert official["denies"]


def test_denier_sources_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "denier-source-negates")
    official = _said(_read(_NAVY), "no one was hurt")
    assert official["stance"] == "claim"


def test_an_unnamed_official_of_no_denying_side_still_reports():
    # near miss: the official belongs to nobody who denied; what he tells is the account
    text = (
        "Fishermen say patrol boat rammed their vessel\n\n"
        '"The patrol boat did not stop after it hit us," a coast guard official told Kyodo '
        "News on Monday.\n\n"
        "The navy on Tuesday denied that any of its boats had been near Palawan."
    )
    official = _said(_read(text), "did not stop")
    assert official["stance"] != "denial"


_TPA = (
    "Port cap on copper trucks 'baseless', says TPA\n\n"
    "DAR ES SALAAM, June 2 -- The Zambian Daily reported on Monday that the Tanzania Ports "
    "Authority (TPA) planned to cap the number of copper trucks at 300 a day.\n\n"
    "That account is wrong, according to the TPA. There is no cap and there will be no cap, the "
    "authority said."
)


def test_a_headline_inverted_says_names_its_speaker_after_the_verb():
    head = _read(_TPA)[0]
    assert head["by"] == "Tanzania Ports Authority"
    assert head["stance"] == "denial"
    assert not head["text"].endswith("TPA")


def test_headline_inverted_says_switched_off(monkeypatch):
    # (since the twenty-third session `inverted-name-after-clause` reads the same headline: a
    # name after `says` speaks the clause before it)
    monkeypatch.setenv(DISABLE_ENV, "headline-inverted-says,inverted-name-after-clause")
    head = _read(_TPA)[0]
    assert head["by"] != "Tanzania Ports Authority"


def test_a_body_sentence_without_its_verb_is_no_inverted_headline():
    # near miss: in the body a clause needs its verb (`is`) to be what the speaker said
    text = _TPA.replace(
        "That account is wrong, according to the TPA.",
        "Trucks at the border 'stranded', says a haulier.",
    )
    assert not any(s["text"] == "Trucks at the border 'stranded'" for s in _read(text))


def test_what_is_not_then_what_will_not_be_denies():
    assert _said(_read(_TPA), "There is no cap")["stance"] == "denial"


def test_present_absence_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "present-absence-no-policy")
    assert _said(_read(_TPA), "There is no cap")["stance"] == "comment"


def test_no_plan_is_still_a_policy_remark():
    # near miss: `there is no plan to` tells what the side will do
    text = _TPA.replace("planned to cap", "had capped").replace(
        "There is no cap and there will be no cap",
        "There is no plan to change the rules and there will be no new rules this year",
    )
    assert _said(_read(text), "There is no plan")["stance"] == "comment"


def test_a_slugged_first_line_is_a_headline_however_it_ends():
    text = _WIRE.replace("Madrid denies\n", 'Madrid denies "blockade"\n')
    statements = _read(text)
    assert _said(statements, 'Madrid denies "blockade"')["stance"] == "denial"
    # the headline's claim is no target: the body's answers answer the lede's account
    lede = _said(statements, "accused Spain on Tuesday")
    assert lede["id"] in _said(statements, "rejected the charge")["denies"]


_CARPETS = (
    "Minister admits carpets replaced\n\n"
    "EDINBURGH, June 2 -- The opposition said on Monday that the minister had spent 40,000 "
    "pounds on new carpets for his office.\n\n"
    "The minister denied spending public money on his office. He accepted that carpets in two "
    "meeting rooms had been replaced last year after a water leak.\n\n"
    "The council accepted the invitation to the summit."
)


def test_accepted_that_grants_part_of_an_account():
    statements = _read(_CARPETS)
    granted = _said(statements, "carpets in two meeting rooms")
    assert granted["stance"] == "confirmation"
    assert granted["by"].lower() == "minister"


def test_accepted_without_a_that_clause_is_no_statement():
    # near miss: `accepted the invitation` is no act of speech
    assert not any("invitation" in s["text"] for s in _read(_CARPETS))


_BRIEFING = (
    "PRESS CONFERENCE - MINISTRY OF PORTS\n"
    "Valletta, Tuesday 2 June 2026\n"
    "Speakers: Ana Ruiz, ministry spokeswoman\n\n"
    "Malta Courier: Our paper reported this morning that the port will close two berths to "
    "foreign ferries. What is the ministry's response?\n\n"
    "Ruiz: We have received no notice of that kind.\n\n"
    'Radio Sud: The port authority said last night that it "does not comment on ongoing '
    "discussions with operators\". Doesn't that suggest a closure is planned?\n\n"
    "Ruiz: I would not read anything into that. There is no proposal for a closure."
)


def test_a_refusal_to_comment_cited_in_a_question_is_no_claim():
    cited = _said(_read(_BRIEFING), "does not comment")
    assert cited["stance"] == "comment"


def test_asked_decline_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "asked-decline-no-claim,stance-model")
    cited = _said(_read(_BRIEFING), "does not comment")
    assert cited["stance"] == "claim"


def test_accepted_in_a_question_is_no_concession():
    # near miss: `asked whether X accepted that ...` reports a question, X grants nothing
    text = _CARPETS.replace(
        "He accepted that carpets",
        "Asked whether the minister accepted that carpets",
    ).replace("after a water leak.", "after a water leak, his aide said he had no comment.")
    assert not any(
        "two meeting rooms" in s["text"] and s["stance"] == "confirmation" for s in _read(text)
    )


_UP = (
    "General Staff denies Russian claim of capturing Sosnivka\n\n"
    "Olena Hrytsenko - Wednesday, 3 June 2026, 13:40\n\n"
    'The General Staff of the Armed Forces of Ukraine has dismissed as "fake" a claim by the '
    "Russian Ministry of Defence that Russian troops had captured the village of Sosnivka.\n\n"
    "Source: General Staff on Telegram\n\n"
    'Quote: "The statements about the so-called capture of Sosnivka do not correspond to '
    'reality. The village remains under the control of the Defence Forces of Ukraine."\n\n'
    "Details: The Russian Ministry of Defence claimed on Tuesday that its troops had "
    '"liberated" Sosnivka.\n\n'
    'Quote from Ivan Petrenko: "They waved a flag for the camera. The village is ours."'
)


def test_section_labels_of_a_news_page_are_no_speakers():
    statements = _read(_UP)
    assert not any(s["by"] in ("Quote", "Details") for s in statements)
    claim = _said(statements, "liberated")
    assert claim["by"] == "Russian Ministry of Defence"
    assert claim["stance"] == "claim"
    assert _said(statements, "The village is ours")["by"] == "Ivan Petrenko"


def test_section_labels_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "section-labels")
    assert any(s["by"] in ("Quote", "Details") for s in _read(_UP))


def test_seen_the_press_release_then_answers_it():
    text = (
        "MEA rejects claim of drone downed along LoC\n\n"
        "NEW DELHI: Pakistan's military said on Thursday that its troops had shot down an Indian "
        "drone.\n\n"
        '"We have seen the press release. These claims are baseless," the spokesperson said.'
    )
    answer = _said(_read(text), "These claims are baseless")
    assert answer["stance"] == "denial"


_H31 = pathlib.Path(__file__).resolve().parent / "heldout31"


def _h31_peru_ecuador():
    """heldout31's AP-style story: a headline claim by Peru, then Peru's account in the body,
    and Ecuador's foreign ministry calling `Peru's version` inaccurate."""
    article = json.loads(next(_H31.glob("h31_02_*.json")).read_text())
    published = dt.date.fromisoformat(article["published"])
    return to_contract(parse_article(article["text"], published=published))["statements"]


def test_a_body_answer_answers_the_body_claim_not_the_headline():
    statements = _h31_peru_ecuador()
    headline = statements[0]
    answer = _said(statements, "called Peru's version")
    assert answer["denies"]
    assert headline["id"] not in answer["denies"]


def test_headline_claim_no_links_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "headline-claim-no-links")
    statements = _h31_peru_ecuador()
    assert statements[0]["id"] in _said(statements, "called Peru's version")["denies"]
