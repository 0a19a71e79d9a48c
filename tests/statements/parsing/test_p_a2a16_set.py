"""p-a2a16's set: four articles written before any miss list was read, in the family of
answers aimed at answers (a denial of a denial, a confirmation of a counter-account), to
measure links aimed at denials and confirmations on articles the session's rules were not read
from.

`tests/statements/parsing/p_a2a16_set/` (written in the sixteenth session, 2026-12-07, the
gold annotated per ../shared/corpus/README.md): wire copy in which a paper's editor dismisses
a ministry's denial and a shippers' authority backs the ministry (01); a partial confirmation
denied `contrary to what the company said`, and a group rejecting the regulator's findings
(02); a union calling a carmaker's statement untrue and workers supporting the company's version
(03); an MP calling an embassy's statement false, a travel agent confirming the embassy's
account (04). Every person, outlet and event is invented; countries are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_a2a16_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-a2a16 at its start
# (main 22ce867): attribution_f1=0.857 span_f1=0.929 stance_acc=0.889 denial_f1=0.914
# link_f1=0.415 actor_f1=0.857 kind_acc=1.000 affiliation_acc=0.875 country_acc=0.810
# date_acc=1.000, duplicates 1; at its end link_f1=0.444, the rest unchanged. Floors 0.002
# under the end.
FLOORS = {
    "attribution_f1": 0.855,
    "span_f1": 0.927,
    "stance_acc": 0.887,
    "denial_f1": 0.912,
    "link_f1": 0.442,
    "actor_f1": 0.896,
    "kind_acc": 0.998,
    "affiliation_acc": 0.873,
    "country_acc": 0.771,  # session 19: Radio Kaszuby found, its country guessed wrong
    "date_acc": 0.998,
}
MAX_DUPLICATES = 1


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_a2a16_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
