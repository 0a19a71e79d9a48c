"""p-links13's set: five articles written for the linker in the thirteenth session
(2026-12-06), the gold annotated per ../shared/corpus/README.md before any miss of the develop
sets was read (`p_links13_set/REGISTERS.md` has the table).

`tests/statements/parsing/p_links13_set/` holds a wire digest of two unrelated disputes whose
second dispute's answers come after the first dispute's claims (01); a story whose lede sums up
a lawmaker's claims told in detail next, a general denial answering the summary and the detail,
a quoted denial answering the detail it repeats (02); `called the report` answering a weekly and
`rejected the suggestion that` answering a lawmaker who `suggested` (03); `dismissed such
claims` answering a report and its source, a regulator `backing the company's account` (a
confirmation aimed at a denial), and the paper repeating its claim (no links) (04); and business
briefs of two disputes each told denial first, the second answer naming a claimant heard only in
the next sentence (05). Real countries, invented people, outlets and events. The set was left
out of the link model's refit (`FIT_LINKS_EXCLUDE`), so that it stays the session's unseen check.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_links13_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_five_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 5


# The ratchet, just under what the parser reached on this set. Main c18f827 (before the branch):
# attribution_f1=0.986 span_f1=0.986 stance_acc=0.861 denial_f1=0.941 link_f1=0.681
# actor_f1=0.857 kind_acc=0.933 affiliation_acc=0.800 country_acc=0.967 date_acc=1.000,
# duplicates 1. Branch p-links13: link_f1=0.750 (the link model refitted 0.681 -> 0.708,
# answer-awaits-claimant 0.708 -> 0.750), the rest unchanged. Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.984,
    "span_f1": 0.984,
    "stance_acc": 0.887,
    "denial_f1": 0.939,
    "link_f1": 0.79,
    "actor_f1": 0.855,
    "kind_acc": 0.931,
    "affiliation_acc": 0.798,
    "country_acc": 0.965,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 1


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_links13_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
