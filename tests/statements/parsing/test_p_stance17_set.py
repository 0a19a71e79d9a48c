"""p-stance17's set: four articles written before any miss list was read, in the family of a
denying government whose officials also make policy remarks, give non-answers and warnings;
witnesses who say what they did or did not see; a restated accusation. It measures the stance
rules on articles they were not read from.

`tests/statements/parsing/p_stance17_set/` (written in the seventeenth session, 2026-12-07, the
gold annotated per ../shared/corpus/README.md): an agency denying a canal sluice was closed, with
a policy line, a non-answer and farmers saying they saw no water (01); a defence ministry
rejecting a radio report, with a policy remark, a classified non-answer, a warning about social
media, a truck driver who saw no soldiers and a vendor who saw no truck move (02); a minister
denying a market ban, with background, a warning to traders, an exporters' association
confirming and a senator repeating the accusation (03); an interior ministry denying barges were
held, with a policy line, a non-answer, a port authority and a dock worker confirming, and a
restated complaint (04). Every person, outlet and event is invented; countries are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_stance17_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-stance17 at its start
# (main d0eb4e7): attribution_f1=0.907 span_f1=0.973 stance_acc=0.641 denial_f1=0.700
# link_f1=0.536 actor_f1=0.896 kind_acc=1.000 affiliation_acc=0.818 country_acc=0.833
# date_acc=1.000, duplicates 0. Floors 0.002 under the start.
FLOORS = {
    "attribution_f1": 0.905,
    "span_f1": 0.971,
    "stance_acc": 0.639,
    "denial_f1": 0.698,
    "link_f1": 0.534,
    "actor_f1": 0.894,
    "kind_acc": 0.998,
    "affiliation_acc": 0.816,
    "country_acc": 0.831,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_stance17_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
