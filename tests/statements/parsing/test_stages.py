"""Unit tests for each parser stage, on sentences written for the tests."""

import datetime as dt

from statements.parsing import parse_article, to_contract
from statements.parsing.attribute import attribute
from statements.parsing.clean import clean
from statements.parsing.dates import statement_date, weekday_date
from statements.parsing.resolve import Places, describe
from statements.parsing.segment import segment
from statements.parsing.stance import stance_of


def test_clean_joins_a_line_broken_with_a_stray_colon():
    c = clean("The minister said :\n\nthat the bridge was closed.")
    assert c.text == "The minister said that the bridge was closed."


def test_clean_drops_menus_share_bars_and_tags():
    c = clean(
        "Main menu\nHome | World | Sport\n\nShare : Facebook\n\nThe mayor said it rained.\n\nTags : rain"  # noqa: E501
    )
    assert c.text == "The mayor said it rained."


def test_clean_offsets_point_into_the_original():
    raw = "Menu\n\n  • The envoy said :\n\nthe talks “went well”."
    c = clean(raw)
    i = c.text.index("talks")
    s, e = c.to_original(i, i + 5)
    assert raw[s:e] == "talks"


def test_segment_keeps_a_quotation_over_two_sentences_in_one_unit():
    doc = segment('"We left. We came back," the pilot said. The tower agreed.')
    units = doc.units()
    assert len(units) == 2
    assert doc.text[units[0].start : units[0].end].endswith("the pilot said.")


def test_attribute_finds_a_speaker_after_a_quotation():
    doc = segment('"The bridge is safe," transport minister Ada Quell told reporters.')
    frames = attribute(doc)
    assert [f.speaker.text for f in frames] == ["transport minister Ada Quell"]


def test_attribute_finds_an_inverted_speaker():
    doc = segment('"Prices will fall," said analyst Bo Varn.')
    assert attribute(doc)[0].speaker.text == "analyst Bo Varn"


def test_attribute_ignores_the_said_agreement():
    doc = segment("The two towns signed the said agreement last year.")
    assert attribute(doc) == []


def test_attribute_skips_a_negated_verb():
    doc = segment("She did not say when the ship would sail.")
    assert attribute(doc) == []


def test_attribute_reads_according_to():
    doc = segment("The dam will close in May, according to the Valley Courier.")
    f = attribute(doc)[0]
    assert f.speaker.text == "the Valley Courier"
    assert f.vclass == "claim"


def test_resolve_reads_a_demonym_of_a_state_named_elsewhere():
    text = "Ardovia's navy said the ship left. An Ardovian official told reporters it did."
    p = Places(text)
    d = describe("Ardovian officials", p)
    assert d.kind == "government"
    assert d.name == "Ardovia"


def test_resolve_reads_a_capital_as_its_government():
    p = Places("Ottawa said nothing.")
    assert describe("Ottawa", p).name == "Canada"


def test_stance_declined_to_comment_is_a_comment():
    assert stance_of("decline", "declined to comment", "x", "organisation", False) == "comment"


def test_stance_negation_in_reported_speech_is_a_denial():
    assert stance_of("say", "no ship entered the bay", "x", "person", False) == "denial"


def test_dates_weekday_is_the_latest_on_or_before_publication():
    friday = dt.date(2026, 5, 22)
    assert weekday_date("friday", friday) == friday
    assert weekday_date("wednesday", friday) == dt.date(2026, 5, 20)


def test_dates_yesterday_and_no_publication_date():
    pub = dt.date(2026, 3, 2)
    assert statement_date("said yesterday", "", pub) == dt.date(2026, 3, 1)
    assert statement_date("said on Monday", "", None) is None


def test_parse_links_a_denial_to_the_report_it_rejects():
    text = (
        "The Harbour Gazette reported on Monday that Norvia had sold its ferries. "
        "Norvia's transport ministry on Tuesday rejected the report. "
        '"No ferry has been sold," ministry spokesman Ivo Tarr said.'
    )
    out = to_contract(parse_article(text, published=dt.date(2026, 6, 3)))
    by_stance = {s["stance"]: s for s in out["statements"]}
    claim = by_stance["claim"]
    assert claim["date"] == "2026-06-01"
    denials = [s for s in out["statements"] if s["stance"] == "denial"]
    assert denials and all(claim["id"] in s["denies"] for s in denials)


def test_parse_article_without_dispute_has_only_comments():
    text = '"Rates stay put," governor Lin Orr said. She added that inflation was easing.'
    out = to_contract(parse_article(text, published=dt.date(2026, 1, 5)))
    assert out["statements"]
    assert {s["stance"] for s in out["statements"]} == {"comment"}
