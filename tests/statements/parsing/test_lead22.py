"""The twenty-second session's lead rules, read off invented stories in the forms real news
takes (a Reuters update with its slug, a lede that tells the answer in brief, a newspaper's
editor, an unnamed official of the denying side): each rule with a sentence where it fires, a
near miss where it has one, and a run with it switched off.
"""

import datetime as dt

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
    text = _WIRE.replace(
        "told reporters in Lisbon that", "told reporters in Lisbon on Monday that"
    )
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


_QUOTED_HEAD = (
    "Union alleges port 'sold' berth contract; authority calls claim 'baseless'\n\n"
    "MOMBASA: The dockworkers' union on Monday accused the port authority of selling a berth "
    "contract to one shipping firm.\n\n"
    "The port authority denied that the contract had been sold."
)


def test_a_first_line_ending_in_a_quoted_word_is_a_headline():
    statements = _read(_QUOTED_HEAD)
    denial = _said(statements, "denied that the contract")
    body_claim = _said(statements, "accused the port authority")
    assert body_claim["id"] in denial["denies"]
    assert not any(s["text"].endswith("'baseless'") and s["stance"] == "claim" for s in statements)


def test_title_ending_in_quote_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "title-ends-in-quote")
    statements = _read(_QUOTED_HEAD)
    head = statements[0]
    assert "'baseless'" in head["text"]
