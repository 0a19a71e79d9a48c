"""Pages as real sites serve them, and speakers written the way wire copy writes them.

Each case is a construction met on real news pages (invented words here), with its rule on and
off: a headline told twice that must not run into the menu line above it, a meta line that ends
on a date, a text hard-wrapped with a blank line after every line, `quoted officials on
Saturday as saying`, `the so-called report said`, `expressed dismay over what it called` and
`the spokesman` after `the spokesperson of the ministry`.
"""

import pytest

from statements.parsing import parse_article, to_contract
from statements.parsing.clean import clean


def _contract(text: str) -> dict:
    return to_contract(parse_article(text, strict=True))


def _speakers(text: str) -> list[str]:
    out = _contract(text)
    names = {a["id"]: a["name"] for a in out["actors"]}
    return [names[s["speaker"]] for s in out["statements"]]


def _off(monkeypatch, rule: str, on: bool) -> None:
    if not on:
        monkeypatch.setenv("DEMENTI_PARSER_DISABLE", rule)


@pytest.mark.parametrize("on", [True, False])
def test_a_headline_told_twice_does_not_run_into_the_menu_line_above(monkeypatch, on):
    _off(monkeypatch, "repeated-line-alone", on)
    page = (
        "Markets Politics Opinion Video Podcasts @ Harbour Wire\n"
        "Minister says reports of a ferry sale 'not true'\n\n"
        "Minister says reports of a ferry sale 'not true'\n\n"
        "PORT ALBA -- The transport minister said on Monday that the reports were false.\n"
    )
    first = clean(page).text.split("\n\n")[0]
    assert first.endswith("Harbour Wire") is on, first


@pytest.mark.parametrize("on", [True, False])
def test_a_meta_line_ending_on_a_date_is_no_broken_sentence(monkeypatch, on):
    _off(monkeypatch, "date-line-ends", on)
    page = (
        "Source: Harbour Wire | 2026-03-04\n"
        "Spokesperson rejects report on ferry sale\n\n"
        "The ministry's spokesperson, Ana Ruiz, rejected the report on Tuesday.\n"
    )
    first = clean(page).text.split("\n\n")[0]
    assert (first == "Source: Harbour Wire | 2026-03-04") is on, first


HARD_WRAPPED = "\n\n".join(
    [
        "PORT ALBA, March 4: The spokesperson of the Transport",
        "Ministry on Monday strongly contradicted a news item published in",
        "a section of the press about the sale of the state ferry company",
        "to a foreign buyer. The spokesperson said the news item was",
        "baseless and that no such sale had been discussed by the cabinet",
        "at any of its meetings, a press release issued here said.",
    ]
)


@pytest.mark.parametrize("on", [True, False])
def test_a_text_hard_wrapped_with_blank_lines_is_read_as_its_sentences(monkeypatch, on):
    _off(monkeypatch, "hard-wrapped-blocks", on)
    text = clean(HARD_WRAPPED).text
    assert ("Transport Ministry on Monday" in text) is on, text
    speakers = _speakers(HARD_WRAPPED)
    if on:
        assert speakers and all("Transport Ministry" in s for s in speakers), speakers


def test_blocks_that_end_their_sentences_are_not_joined():
    text = "\n\n".join(["The minister spoke at length in the capital today."] * 8)
    assert clean(text).text.count("\n\n") == 7


@pytest.mark.parametrize("on", [True, False])
def test_the_day_of_quoting_is_no_part_of_the_sources_name(monkeypatch, on):
    _off(monkeypatch, "quoted-source-day-off", on)
    text = (
        "The Harbour Times quoted unnamed port officials on Saturday as saying that the ferry "
        "company had been sold.\n"
    )
    names = {a["name"] for a in _contract(text)["actors"]}
    assert ("unnamed port officials" in names) is on, names
    assert any(n.startswith("unnamed port officials") for n in names)


@pytest.mark.parametrize("on", [True, False])
def test_a_so_called_report_speaks_for_its_publisher(monkeypatch, on):
    _off(monkeypatch, "qualified-text", on)
    text = (
        "The Daily Planet published a report on Monday claiming that the ministry had sold the "
        "ferry.\n\nThe so-called report said that the crew had been dismissed.\n\n"
        'Ana Ruiz, a ministry spokeswoman, rejected the report, calling it "pure fiction".\n'
    )
    speakers = _speakers(text)
    assert ("so-called report" in speakers) is not on, speakers
    if on:
        assert speakers.count("Daily Planet") == 2, speakers


@pytest.mark.parametrize("on", [True, False])
def test_what_it_called_is_said_by_the_subject_of_the_clause(monkeypatch, on):
    _off(monkeypatch, "what-it-called", on)
    text = (
        'The presidential office expressed dismay on Saturday over what it called "false" '
        "reports by a newspaper that the two leaders had quarrelled.\n\n"
        "The Daily Courier had reported on Friday that the leaders quarrelled over the budget.\n"
    )
    speakers = _speakers(text)
    assert ("presidential office" in speakers) is on, speakers


@pytest.mark.parametrize("on", [True, False])
def test_the_spokesman_is_the_spokesperson_met_before(monkeypatch, on):
    _off(monkeypatch, "same-office-unnamed", on)
    text = (
        "The spokesperson of the Transport Ministry on Monday rejected a news item about the "
        "sale of the ferry company.\n\nThe spokesperson said no sale had been discussed.\n\n"
        "The spokesman said that the item was published without checking the facts.\n"
    )
    speakers = _speakers(text)
    assert len(set(speakers)) == (1 if on else 2), speakers


@pytest.mark.parametrize("on", [True, False])
def test_the_outlets_description_is_the_outlet_met_last(monkeypatch, on):
    _off(monkeypatch, "outlet-description-recent", on)
    text = (
        "Japan's Hokuriku Shimbun reported on Friday that Washington had asked for a second "
        "radar.\n\nThe Japanese daily said the request was made in a phone call last week.\n\n"
        "The presidential office on Saturday dismissed the report as false.\n"
    )
    out = _contract(text)
    media = [a for a in out["actors"] if a["kind"] == "media"]
    assert (len(media) == 1) is on, media
    if on:
        assert "Japanese daily" in media[0]["aliases"]


@pytest.mark.parametrize("on", [True, False])
def test_a_news_agency_is_an_outlet(monkeypatch, on):
    _off(monkeypatch, "news-agency-is-media", on)
    text = (
        "The Tarnovo news agency reported on Monday that the ferry had been sold.\n\n"
        "The ministry's press service said no sale had taken place.\n"
    )
    kinds = {a["name"]: a["kind"] for a in _contract(text)["actors"]}
    agency = next(k for n, k in kinds.items() if "Tarnovo" in n)
    assert (agency == "media") is on, kinds
    # a body's press service is no outlet
    service = [k for n, k in kinds.items() if "press service" in n]
    assert service and all(k != "media" for k in service), kinds


@pytest.mark.parametrize("on", [True, False])
def test_a_report_speaks_for_whoever_released_it(monkeypatch, on):
    _off(monkeypatch, "report-released-by", on)
    text = (
        "A ministry spokesperson, Li Wen, on Wednesday rejected a report released by the "
        "Harbour Workers Union, calling it baseless.\n\n"
        "The report said that the crew of the ferry had not been paid since March.\n"
    )
    out = _contract(text)
    names = {a["id"]: a["name"] for a in out["actors"]}
    said = next(s for s in out["statements"] if "not been paid" in s["text"])
    assert (names[said["speaker"]] == "Harbour Workers Union") is on, names[said["speaker"]]


@pytest.mark.parametrize("on", [True, False])
def test_a_verb_someone_was_asked_to_perform_says_nothing(monkeypatch, on):
    _off(monkeypatch, "asked-to-comment", on)
    text = (
        "Spokesperson Li Wen made the remarks at a briefing when asked to comment on a report "
        "released by the Harbour Workers Union.\n"
    )
    statements = _contract(text)["statements"]
    assert (not statements) is on, statements
