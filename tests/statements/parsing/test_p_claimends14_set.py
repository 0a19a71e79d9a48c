"""p-claimends14's set: four articles written before the parser was run on them and before any
miss list was read, in the constructions that carry a claim end answers aim at and that the
parser tends to miss or misread.

`tests/statements/parsing/p_claimends14_set/` (written in the fourteenth session, 2026-12-06,
the gold annotated per ../shared/corpus/README.md): wire copy with a headline allegation and
`..., according to internal documents seen by X`, `The documents ... show that`, an unnamed
official and `Media reports in La Paz last week said` (01); a paper with `has rejected reports
that`, an accusation worded with negations (`accused Skopje of failing to pay ... and of not
answering`), `A leaked memo from the treasury showed` and a partial confirmation by an unnamed
official (02); wire copy with `after Cambodian media reported that`, `citing two officials` and
a spokeswoman's counter-account (03); a paper with `..., a Lithuanian investor has alleged`, a
letter `seen by this newspaper` and a headline `accused of hiding` (04). Every person and event
is invented; countries and institutions are real. After the parser was first run, one gold
speaker was changed to the corpus convention (`documents seen by X`: X's claim, as in
p_claims3_set, p_claims5_set and heldout h01).
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_claimends14_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-claimends14 at its
# start (main c3d7901, gold convention fixed) and at its end alike: attribution_f1=0.906
# span_f1=0.968 stance_acc=0.900 denial_f1=0.889 link_f1=0.372 actor_f1=0.781 kind_acc=0.920
# affiliation_acc=0.500 country_acc=0.955 date_acc=0.714, duplicates 2. Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.919,
    "span_f1": 0.966,
    "stance_acc": 0.865,  # session 14 stance refit: 0.867 (was 0.898)
    "denial_f1": 0.927,
    "link_f1": 0.398,  # session 14 stance refit: 0.364 (was 0.37)
    "actor_f1": 0.792,
    "kind_acc": 0.918,
    "affiliation_acc": 0.498,
    "country_acc": 0.998,
    "date_acc": 0.712,
}
MAX_DUPLICATES = 2


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_claimends14_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
