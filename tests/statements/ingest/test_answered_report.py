"""grouping-answered-report: an answer citing the report it answers by the place of its medium
(`a Polish regional newspaper`) or by its time (`a report last week`) joins that report's story
when both tell of the same sides and share some distinctive words. Invented sentences only."""

import datetime as dt

import pytest

from statements.stories import THRESHOLD, Keys, back_references, dateline_country, homes, score

DAY = dt.date(2026, 6, 10)


def _words(*names: str) -> dict[str, float]:
    return dict.fromkeys(names, 3.0)


def _report(**extra: object) -> Keys:
    """A report from a Moldovan paper on a quota for Romanian plums (invented)."""
    keys = Keys(
        terms={"plum": 3.5, "quota": 3.0, "orchard": 3.5, "ungheni": 6.0},
        countries={"MD", "RO"},
        actors={1},
        day=DAY - dt.timedelta(days=3),
        article_terms=_words("plum", "quota", "orchard", "grower", "crate", "cooperative"),
        named={"MD", "RO"},
        homes={"MD"},
    )
    for name, value in extra.items():
        setattr(keys, name, value)
    return keys


def _answer(**extra: object) -> Keys:
    """Bucharest's answer in words of its own: stone fruit, a ceiling, no word of the report's
    claim but two of its article's."""
    keys = Keys(
        terms={"stone": 2.0, "fruit": 1.8, "ceiling": 2.9, "seasonal": 2.2},
        countries={"MD", "RO"},
        actors={2},
        day=DAY,
        article_terms=_words("stone", "ceiling", "grower", "cooperative", "inspection"),
        named={"MD", "RO"},
        cited={"MD"},
    )
    for name, value in extra.items():
        setattr(keys, name, value)
    return keys


def test_a_dateline_gives_its_country_in_capitals_or_with_a_date():
    assert dateline_country("CHIȘINĂU — The ministry said ...") == "MD"
    assert dateline_country("Bucharest, 9 June - The ministry said ...") == "RO"
    assert dateline_country("The ministry said on Monday ...") == ""


def test_the_media_an_answer_cites_by_place_are_found_but_not_its_own_countrys():
    text = (
        "BUCHAREST — The ministry denied a report by a Moldovan regional newspaper and "
        "reports in the Romanian press that it had set a quota."
    )
    cited, said = back_references("Ministry denies plum quota", text, "Ziarul de Est")
    assert cited == {"MD"}  # the Romanian press is its own country's
    assert said == {}


def test_a_report_cited_by_its_time_keeps_the_words_of_the_sentence_citing_it():
    text = "The minister spoke after a report last week that growers would pay a plum quota."
    cited, said = back_references("", text)
    assert not cited
    assert {"plum", "quota", "grower"} <= said.keys()
    assert "minister" not in said


def test_a_storys_homes_are_its_dateline_its_outlets_place_and_the_media_it_cites():
    text = "UNGHENI — Growers told the Chisinau daily Vocea Prutului that ..."
    assert homes("", text, "Gazeta de Cahul") == {"MD"}


def test_an_answer_citing_the_reports_medium_by_place_joins_its_story(monkeypatch):
    found = score(_answer(), _report(), story_id=1, article_text="")
    assert found.answered == "cited:MD"
    assert found.total >= THRESHOLD
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-answered-report")
    assert score(_answer(), _report(), story_id=1, article_text="").total < THRESHOLD


@pytest.mark.parametrize(
    "change",
    [
        {"homes": {"UA"}},  # the story's report came from elsewhere
        {"named": {"MD", "UA"}},  # another pair of sides
        {"day": DAY - dt.timedelta(days=30)},  # a report of another month
        {"article_terms": _words("wine", "barrel")},  # nothing of the answer's words
    ],
)
def test_a_citation_alone_joins_no_story_of_other_sides_place_time_or_matter(change):
    found = score(_answer(), _report(**change), story_id=1, article_text="")
    assert found.answered == "" and found.total < THRESHOLD


def test_last_weeks_report_is_the_story_only_if_it_said_what_the_answer_cites():
    said = {"plum": 3.5, "quota": 3.0}
    joined = score(_answer(cited=set(), last_week=said), _report(), story_id=1, article_text="")
    assert joined.answered == "last-week" and joined.total >= THRESHOLD
    other = {"ferry": 3.5, "timetable": 3.0}
    kept = score(_answer(cited=set(), last_week=other), _report(), story_id=1, article_text="")
    assert kept.answered == "" and kept.total < THRESHOLD


def test_a_dateline_in_capitals_of_any_script_a_linked_pair_and_a_towns_offices_are_places(
    monkeypatch,
):
    from statements.stories import places

    text = (
        "ŁOMŻA — The bus line linking Narva and Ivangorod will close, Narva's municipal council "
        "said."
    )
    assert {"łomża", "narva", "ivangorod"} <= places(text)
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-place-constructions")
    assert not {"łomża", "ivangorod"} & places(text)


def test_an_agencys_acronym_of_seven_letters_is_its_name_no_claim_content(monkeypatch):
    from statements.stories import organisation_words

    text = "Inspectors of the agency (SENAPRO) seized the boxes; SENAPRO said the boxes were wet."
    assert "senapro" in organisation_words(text, [])
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-long-acronyms")
    assert "senapro" not in organisation_words(text, [])
