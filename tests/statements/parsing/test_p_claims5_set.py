"""p-claims5's set: six annotated articles written in the sixth session of 2026-12-05, gold
first, before the parser ran on them, in registers the sets lacked: a sports desk (`has accused
... of`, `The letter also alleged`, `The report also claimed`, `dismissed the allegations that`),
a markets wire (`two people familiar with the matter said`, `dismissed as "speculation" reports
by some outlets about`, `has alleged`, `citing three bankers`), a court report (`alleging that`,
`The complaint also says`, `Allegations that ... were "false"`), a briefing write-up (a claim in
a headline, `after a newspaper reported that`, a reporter asking about its outlet's report), an
investigative magazine (`according to documents seen by`, `The magazine also claimed`, an
unnamed official) and a local radio site (a claim stated only inside its denial by a claimant
who makes another claim later, `Reports by some outlets about ... were "pure fiction"`). They
test how claims are found on text the parser was not tuned on."""

import json
import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_claims5_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def _load(path):
    return json.loads(path.read_text())


def test_the_set_holds_six_articles_named_by_their_ids():
    assert len(ARTICLES) == 6
    assert [_load(p)["id"] for p in ARTICLES] == [p.stem for p in ARTICLES]


# What the parser reached on this set (score.py --corpus tests/statements/parsing/p_claims5_set):
# main (53469de) attribution_f1=0.871 span_f1=0.960 stance_acc=0.896 denial_f1=0.917
# link_f1=0.373 actor_f1=0.807 affiliation_acc=0.611, duplicates 3; claim targets found as
# claims 13 of 18 (bench/claim_ends.py). Branch p-claims5: attribution_f1=0.932 span_f1=0.980
# stance_acc=0.904 link_f1=0.508 actor_f1=0.833, claims 16 of 18. Still missed: the report in
# `Reports by some outlets about Y were "pure fiction"` (a rule found it, and the one in
# heldout2, but it cost a statement on a kept-back set and was taken out), the report in an
# `after a newspaper reported that` clause whose outlet is only described. FLOORS just under.
FLOORS = {
    "attribution_f1": 0.949,
    "span_f1": 0.988,
    "stance_acc": 0.923,
    "denial_f1": 0.915,
    # p-links13 refit: 0.636 -> 0.600, lowered: the refit adds
    # further claims of a report this set links the first claim of only (its gains elsewhere)
    "link_f1": 0.616,
    "actor_f1": 0.850,
    "kind_acc": 0.955,
    "affiliation_acc": 0.665,
    "country_acc": 0.789,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 2


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_the_p_claims5_set_meets_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
