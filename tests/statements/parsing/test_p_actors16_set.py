"""p-actors16's set: four articles written before any miss list was read, in registers unlike the
dev corpus, to measure the actor and affiliation rules on writing they were not read from.

`tests/statements/parsing/p_actors16_set/` (written in the sixteenth session, 2026-12-07, the
gold annotated per ../shared/corpus/README.md before the parser was run on it): a committee
hearing with `The Chair (Mr. X):` and witnesses labelled `Ms. X (Deputy Minister, Department of
Y):`, then `Ms. X:`, a newspaper's claim inside a member's question (01); a podcast transcript
with a host, a reporter relaying customs agents, a company spokeswoman, an unnamed ministry
official and a permanent secretary introduced by `Its` (02); a machine-translated page with a
minister spelt two ways, `The head of the portfolio`, an embassy speaking `through its press
attache`, an association known by its acronym (03); a live blog with a post on X, a hacking
group's Telegram post, a minister of state and a department's spokeswoman (04). Every person,
outlet and event is invented; countries and institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_actors16_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-actors16 at its start
# (main 22ce867): attribution_f1=0.654 span_f1=0.885 stance_acc=0.667 denial_f1=0.714
# link_f1=0.071 actor_f1=0.635 kind_acc=0.950 affiliation_acc=0.300 country_acc=0.556
# date_acc=0.857, duplicates 1. At its end: attribution_f1=0.778 span_f1=0.926 stance_acc=0.636
# denial_f1=0.750 link_f1=0.069 actor_f1=0.708 kind_acc=0.957 affiliation_acc=0.417
# country_acc=0.476 date_acc=1.000, duplicates 0. Floors 0.002 under the end.
FLOORS = {
    "attribution_f1": 0.776,
    "span_f1": 0.924,
    "stance_acc": 0.634,
    "denial_f1": 0.748,
    "link_f1": 0.067,
    "actor_f1": 0.706,
    "kind_acc": 0.955,
    "affiliation_acc": 0.415,
    "country_acc": 0.474,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_actors16_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
