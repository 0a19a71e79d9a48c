"""p-confirm16's set: four articles written before the parser was run on them, each with a
denial beside voices that support the account it denies, to measure confirmations read as
denials or comments on writing the rules were not read from.

`tests/statements/parsing/p_confirm16_set/` (written in the sixteenth session, 2026-12-07, the
gold annotated per ../shared/corpus/README.md before any miss list was read; `make_set.py.txt`
writes it): wire copy with lorry drivers and a road transport union's monitoring data beside a
customs denial, and a claimant adding photographs (01); a newspaper story with fishermen who
saw a tanker, a tracking firm's data, a lecturer's neutral remark and the paper standing by its
report (02); a briefing transcript with a partial confirmation, a denial of one detail and
non-answers in the negative (03); an analysis with villagers, a monitoring group's gauge, the
claimant's minister handing data on and an anonymous hydrologist (04). Every person and event
is invented; countries and institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_confirm16_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-confirm16 at its start
# (main 22ce867): attribution_f1=0.943 span_f1=0.953 stance_acc=0.690 denial_f1=0.800
# link_f1=0.449 actor_f1=0.916 kind_acc=0.974 affiliation_acc=0.812 country_acc=0.886
# date_acc=1.000, duplicates 1. At its end (rule observed-evidence): stance_acc=0.714
# denial_f1=0.833 link_f1=0.490, the rest unchanged. Floors 0.002 under the end.
FLOORS = {
    "attribution_f1": 0.941,
    "span_f1": 0.951,
    "stance_acc": 0.712,
    "denial_f1": 0.831,
    "link_f1": 0.488,
    "actor_f1": 0.914,
    "kind_acc": 0.998,
    "affiliation_acc": 0.810,
    "country_acc": 0.884,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 1


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_confirm16_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
