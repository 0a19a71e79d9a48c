"""p-counter13's set: four articles written before the parser was run on them, in the registers
where answers are read as comments (counter-accounts told with plain `said`/`told`), to measure
stance and links on writing no rule was read from.

`tests/statements/parsing/p_counter13_set/` (written in the thirteenth session, 2026-12-06, the
gold annotated per ../shared/corpus/README.md before any miss list was read; REGISTERS.md): wire
copy with a spokesman's counter-account `told ... by phone that the trucks had been stopped for
two hours`, his policy remark, the claimant's editor and a hauliers' chamber backing the report
(01); a regional paper with `told the Herald by phone that there had been no power cut at all`,
the claimant restating after the denial, an unnamed witness agreeing and the denier's
investment remark (02); a business story with the claimant's detailed account after its first
claim and the accused county's `said the tender documents had been ready since the spring` (03);
a radio bulletin script with a skipper's counter-account, the claimant restating from its radar
log and a third party agreeing with the denying side (04). Every person and event is invented;
countries and institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_counter13_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-counter13 at its start
# and at its end (its two rules were taken out, see docs/ATTRIBUTION.md): attribution_f1=0.947
# span_f1=0.964 stance_acc=0.593 denial_f1=0.625 link_f1=0.385 actor_f1=0.772 kind_acc=0.909
# affiliation_acc=0.500 country_acc=0.905 date_acc=1.000, duplicates 0. Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.945,
    "span_f1": 0.962,
    "stance_acc": 0.665,
    "denial_f1": 0.623,
    "link_f1": 0.398,
    "actor_f1": 0.770,
    "kind_acc": 0.907,
    "affiliation_acc": 0.498,
    "country_acc": 0.903,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_counter13_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
