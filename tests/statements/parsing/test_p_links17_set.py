"""p-links17's set: four articles written before any miss list was read, in the family of
several answers to one report across paragraphs (a denial, a partial confirmation, a denial of
the denial, an outlet standing by its story, an unrelated remark by a party), to measure the
linker on articles the session's rules were not read from.

`tests/statements/parsing/p_links17_set/` (written in the seventeenth session, 2026-12-07, the
gold annotated per ../shared/corpus/README.md): a ministry denying a maize export halt, a customs
official's partial confirmation, traders rejecting the denial, the paper standing by its report
(01); a consul's recall dismissed as invention, a diplomat half confirming, a senator calling the
explanation a cover story (02); freight trains said cancelled, a union confirming two, a firm
calling the ministry's statement untrue, the station's editor standing by it (03); boats said
seized, a cooperative rejecting the agency's statement, an official confirming an inspection,
told out of order (04). Every person, outlet and event is invented; countries are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_links17_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-links17 at its start
# (main d0eb4e7): attribution_f1=1.000 span_f1=1.000 stance_acc=0.912 denial_f1=0.914
# link_f1=0.793 actor_f1=0.955 kind_acc=1.000 affiliation_acc=0.933 country_acc=0.935
# date_acc=1.000, duplicates 0 (the gold's two `confirmed ..., but said ...` sentences were
# split into two statements each, README rule 3, before the start was scored again; the first
# score, with each read as one statement, was attribution 0.935, links 0.714). At its end
# link_f1=0.814 (`names-answer-owner-side`), the rest unchanged. Floors 0.002 under the end.
FLOORS = {
    "attribution_f1": 0.998,
    "span_f1": 0.998,
    "stance_acc": 0.910,
    "denial_f1": 0.912,
    "link_f1": 0.812,
    "actor_f1": 0.953,
    "kind_acc": 0.998,
    "affiliation_acc": 0.931,
    "country_acc": 0.933,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_links17_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
