"""p-stance12's set: five articles written before the parser was run on them, in registers where
stance keeps failing, to measure stance and the claims answers need on writing the rules were not
read from.

`tests/statements/parsing/p_stance12_set/` (written in the twelfth session, 2026-12-06, the gold
annotated per ../shared/corpus/README.md before any miss list was read): a television interview
whose header names no presenter, its host and guest labelled `MARTA KOVAČ (HOST):` and `DAVOR
LUKIĆ (MINISTER):`, a claim told inside the host's turn (`the Slovenian daily ... reported on
Friday, citing internal port documents, that ...`), `The paper also says ...`, a body's `says` at
the start of a question, `The story is wrong`, `That is simply not true` (01); a radio interview
with `ANCHOR:` turns, a partial confirmation (`Some of that is correct. ... But ...`), `That
claim has no basis whatsoever` answering the claim just asked, `I can confirm that` (02); wire
copy with `called a report that ... "a complete fabrication"`, `nothing but lies`, a
counter-account told with plain `said`, `acknowledged that the drivers had not been detained,
but said ...`, a union standing by its members' account (03); a newspaper story with `dismissed
as groundless a claim by ... that`, the claim told in its own clause, a counter-account with
`said`, `acknowledged ..., but said ...`, the claimant saying its film was genuine (04); a
podcast transcript with `PRESENTER:` and a guest labelled by surname, a claim put in the host's
turn and a minister's claim told to parliament, `That is correct, sadly` (05). Every person and
event is invented; countries and institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_stance12_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_five_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 5


# The ratchet, just under what the parser reached on this set. Branch p-stance12 at its start
# (f398ab8): attribution_f1=0.885 span_f1=0.900 stance_acc=0.759 denial_f1=0.870 link_f1=0.350
# actor_f1=0.737 kind_acc=0.857 affiliation_acc=0.500 country_acc=0.714 date_acc=1.000,
# duplicates 4. At its end: attribution_f1=0.970 span_f1=0.985 stance_acc=0.912
# denial_f1=0.966 link_f1=0.652 actor_f1=0.767 kind_acc=0.870 affiliation_acc=1.000
# country_acc=0.727 date_acc=1.000, duplicates 4. Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.968,
    "span_f1": 0.983,
    "stance_acc": 0.939,
    "denial_f1": 0.964,
    "link_f1": 0.824,
    "actor_f1": 0.765,
    "kind_acc": 0.868,
    "affiliation_acc": 0.998,
    "country_acc": 0.725,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 4


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_stance12_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
