"""p-claims17's set: four articles written before any miss list was read, in the family of
claims stated in an unusual form and answered by two sides, to measure whether such claims are
found (and the answers linked to them) on articles the session's rules were not read from.

`tests/statements/parsing/p_claims17_set/` (written in the seventeenth session, 2026-12-07,
the gold annotated per ../shared/corpus/README.md): an opposition deputy `accused the ministry
of ...`, denied by the ministry and an embassy and backed by a fishermen's association (01); a
claim stated only inside a denial (`dismissed the claim by X that ...`) and `reports by some
outlets about ...`, a boundaries office confirming in part and a mayor denying (02); a briefing
transcript whose claims arrive inside questions, one of them carried by an unnamed official, and
an editor standing by the report (03); a report's second point (`The report also claimed ...`)
and an unnamed official's claim, denied by the regulator and confirmed by a union (04). Every
person, outlet and event is invented; countries are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_claims17_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-claims17 at its start
# (main d0eb4e7): attribution_f1=0.906 span_f1=0.943 stance_acc=0.885 denial_f1=0.933
# link_f1=0.600 actor_f1=0.830 kind_acc=0.955 affiliation_acc=0.667 country_acc=0.864
# date_acc=1.000, duplicates 1. Floors 0.002 under the start.
FLOORS = {
    "attribution_f1": 0.904,
    "span_f1": 0.941,
    "stance_acc": 0.883,
    "denial_f1": 0.931,
    "link_f1": 0.598,
    "actor_f1": 0.828,
    "kind_acc": 0.953,
    "affiliation_acc": 0.665,
    "country_acc": 0.862,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 1


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_claims17_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
