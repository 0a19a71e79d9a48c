"""p-attr16's set: four short articles written before any miss list was read, in registers of
transcripts the corpus has little of, to measure attribution on writing the rules were not read
from.

`tests/statements/parsing/p_attr16_set/` (written in the sixteenth session, 2026-12-07, the gold
annotated per ../shared/corpus/README.md before the parser was run on them): a minister's press
conference with `MR HALVORSEN:` answers and `Q (Outlet):` questions carrying an outlet's report
and an association's complaint, under a `Oslo, 3 December 2026` date line (01); a podcast's
edited transcript with `[00:01:40] Name:` time-stamped turns, a host who introduces her guest
and relays the company's account and its statement (02); a company's statement reproduced in
full as numbered paragraphs (a denial, a partial acceptance, a commitment) and the regulator
standing by its notice (03); a Senate committee hearing with `CHAIR (Senator ...):` asking, a
senator's own assertion put as a question, the council's claims relayed by the chair and the
witness's answers dated by the hearing's header (04). Every person and event is invented;
countries and institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_attr16_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Main 22ce867 (before the rules of
# branch p-attr16): attribution_f1=0.757 span_f1=0.811 stance_acc=0.643 denial_f1=0.545
# link_f1=0.353 actor_f1=0.741 kind_acc=1.000 affiliation_acc=0.000 country_acc=0.800
# date_acc=0.222, duplicates 0. Raised to the branch's end with floors.py.
FLOORS = {
    "attribution_f1": 0.876,
    "span_f1": 0.925,
    "stance_acc": 0.720,
    "denial_f1": 0.798,
    "link_f1": 0.665,
    "actor_f1": 0.826,
    "kind_acc": 0.998,
    "affiliation_acc": 0.498,
    "country_acc": 0.748,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_attr16_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
