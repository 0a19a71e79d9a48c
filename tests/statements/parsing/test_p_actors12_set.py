"""p-actors12's set: four articles written before the parser was run on them, for the actors,
their affiliations and countries in the registers of English news.

`tests/statements/parsing/p_actors12_set/` (written in the twelfth session, 2026-12-06, the gold
annotated per ../shared/corpus/README.md before any miss list was read): wire copy with `Chile's
foreign ministry`, `The Bolivian mining ministry`, `said Deputy Minister X, who oversees exports
at the ministry`, `A senior official at the Chilean customs service ... the official said`, `Its
president, X` (01); a newspaper with a capital as headline speaker, `The Kenyan interior
ministry`, `Uganda's Ministry of Trade`, `Nairobi ... insists`, `a senior official at the
interior ministry`, `Interior Cabinet Secretary X ... The minister said` (02); a trade weekly with
`X of Y` bodies (`The State Food and Veterinary Service of Lithuania`), `said X, a spokesman for
the ministry`, `Its director, X, told the ...`, `Poland's chief veterinary officer, X`, `The head
of the ..., X`, `Warsaw has denied` (03); a regional paper with `The mayor of Vigo, X`, a regional
government of a state, `Spain's environment ministry said in a statement`, `A spokesman for the
Portuguese Foreign Ministry, X` (04). Every person and event is invented; countries and
institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_actors12_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Main f398ab8 (before the rules
# of branch p-actors12): attribution_f1=1.000 span_f1=1.000 stance_acc=0.789 denial_f1=0.762
# link_f1=0.455 actor_f1=0.988 kind_acc=1.000 affiliation_acc=0.840 country_acc=0.872
# date_acc=1.000, no duplicates. Branch p-actors12: stance_acc=0.816 denial_f1=0.818
# link_f1=0.545 affiliation_acc=0.960 country_acc=0.949, the rest unchanged. Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.998,
    "span_f1": 0.998,
    "stance_acc": 0.84,
    "denial_f1": 0.816,
    "link_f1": 0.607,
    "actor_f1": 0.986,
    "kind_acc": 0.998,
    "affiliation_acc": 0.958,
    "country_acc": 0.947,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_actors12_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
