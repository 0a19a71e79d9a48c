"""p-claims4's set: three annotated articles written in the fifth session of 2026-12-05, gold
first, before the parser ran on them, in registers of real news: a regional news site quoting a
minister from a radio programme named by its quoted title (`blamed ... on`, `and suggested`, a
report's two that-clauses), posts pasted under their authors' names and handles with a deed and
its reason (`, saying ..., a claim the operator says is false`), and wire copy with a report in
an answer's `after` clause, a document seen by the paper, an unnamed official and a claim told
only inside its denial. They test how claims are found on text the parser was not tuned on."""

import json
import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_claims4_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def _load(path):
    return json.loads(path.read_text())


def test_the_set_holds_three_articles_named_by_their_ids():
    assert len(ARTICLES) == 3
    assert [_load(p)["id"] for p in ARTICLES] == [p.stem for p in ARTICLES]


# What the parser reached on this set (score.py --corpus tests/statements/parsing/p_claims4_set):
# main (95d5f01) attribution_f1=0.731 span_f1=0.769 stance_acc=0.950 denial_f1=0.952
# link_f1=0.242 actor_f1=0.864 affiliation_acc=0.545, duplicates 2; branch p-claims4
# attribution_f1=0.949 span_f1=0.949 stance_acc=0.897 denial_f1=0.917 link_f1=0.333
# actor_f1=0.864 kind_acc=0.947 affiliation_acc=0.545 country_acc=0.789 date_acc=1.000,
# duplicates 3 (stance falls with the statements found only on the branch: the thread's
# parts read as comment and denial). Still missed: `, saying ..., a claim the operator says is
# false` (claim-noun-relative found both, but was taken out: on heldout2 the sides pass then read
# the company's later claims as denials), and the after-clause report is optional, so its
# answers link to the other claims. FLOORS just under.
# Session 6: country_acc moved down because relay-named-outlet now finds the outlet the federation
# spoke to (actor_f1 0.864 -> 0.889), and its country is read wrong (IE for a Welsh paper): a
# new actor's country counts where a missed actor's did not (0.789 -> 0.750).
FLOORS = {
    "attribution_f1": 0.998,
    "span_f1": 0.998,
    "stance_acc": 0.933,
    "denial_f1": 0.998,  # session 12, p-stance12 (concession-but): 0.963
    "link_f1": 0.583,
    "actor_f1": 0.911,
    "kind_acc": 0.998,
    "affiliation_acc": 0.634,
    # session 10, p-actors10: country-at-second-mention places one outlet by the other state named
    # at its next mention (0.762 -> 0.714); the rule gains fresh, heldout, heldout7 and p_claims5
    # country
    "country_acc": 0.712,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 2


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_the_p_claims4_set_meets_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
