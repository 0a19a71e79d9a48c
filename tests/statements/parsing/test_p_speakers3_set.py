"""The p_speakers3 set: four articles in agency-relay and wire registers, annotated before the
parser was run on them (session 4 of 2026-12-05): a Moscow agency's relay (a spokeswoman with a
long title, her surname and possessive after, `the newspaper`), a Tehran agency's relay
(honorifics, a title of the whole ministry's name, a name in two transliterations), wire copy
from Washington (an adviser of the White House, names of three words, `the company's website`)
and a Beijing agency's relay (a spokesperson unnamed and then named, a notice on a website)."""

import json
import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_speakers3_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_four_articles_named_by_their_ids():
    ids = [json.loads(p.read_text())["id"] for p in ARTICLES]
    assert len(ids) == 4
    assert ids == [p.stem for p in ARTICLES]


# Written before the parser was run on them; main 312fb68 scored attribution_f1=0.897
# span_f1=0.974 stance_acc=0.857 denial_f1=0.857 link_f1=0.727 actor_f1=0.822 kind_acc=0.892
# affiliation_acc=0.684 country_acc=0.595 date_acc=0.917 actor_duplicates=3. Branch p-speakers3
# at its end: attribution_f1=0.974 span_f1=0.974 stance_acc=0.868 denial_f1=0.872 link_f1=0.727
# actor_f1=0.907 kind_acc=0.923 affiliation_acc=0.714 country_acc=0.667, duplicates 0. The floors
# are just under that; raise with every gain, never lower.
# Session 8, branch p-actors8: stance_acc 0.872 -> 0.846 and denial_f1 0.872 -> 0.865 (lowered):
# `an official at the Iraqi Ministry of Transport` is now a person of that ministry, as gold has
# it (member-of-named-body: actor_f1 0.930 -> 0.943, kind_acc 0.925 -> 0.951, affiliation_acc
# 0.818 -> 0.870, link_f1 0.711 -> 0.727), and her partial confirmation (`was discussed but not
# approved`) is then read as a comment: the stance reading weighs an unnamed person less than a
# body.
FLOORS = {
    "attribution_f1": 0.985,
    "span_f1": 0.985,
    "stance_acc": 0.921,
    "denial_f1": 0.921,
    "link_f1": 0.807,
    "actor_f1": 0.941,
    "affiliation_acc": 0.868,
    "country_acc": 0.803,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_speakers3_set_meets_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
