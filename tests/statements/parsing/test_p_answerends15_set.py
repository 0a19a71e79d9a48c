"""p-answerends15's set: four articles written before the parser was run on them, in the family
of answers and claims that no verb of saying carries, to measure the ends the session aimed at on
writing the rules were not read from.

`tests/statements/parsing/p_answerends15_set/` (written in the fifteenth session, 2026-12-06, the
gold annotated per ../shared/corpus/README.md before any miss list was read): wire copy with
`the ministry's position was clear` and a quotation paragraph after it, `According to X, ...`,
`repeated allegations by X that` (01); a regional paper with a colon attribution and `The
traders' account, first carried by this newspaper, was that` (02); a briefing transcript with
outlet-labelled questions (03); a story with `The Ledger's report that ...`, `in reporting that`,
two speech acts in one sentence and `X's account is that` (04). Every person and event is
invented; countries and institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_answerends15_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_four_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 4


# The ratchet, just under what the parser reached on this set. Branch p-answerends15 at its start
# (main 8eb13d4, the gold before its last fix: a denial's span made to hold the claim it carries,
# per the corpus rule 4): attribution_f1=0.830 span_f1=0.830 stance_acc=0.920 denial_f1=1.000
# link_f1=0.333 actor_f1=0.873 kind_acc=1.000 affiliation_acc=0.882 country_acc=1.000
# date_acc=1.000, duplicates 1; at its end attribution_f1=0.909 span_f1=0.909 stance_acc=0.929
# link_f1=0.429 actor_f1=0.889 kind_acc=0.969, the rest unchanged. Floors 0.002 under the end.
FLOORS = {
    "attribution_f1": 0.907,
    "span_f1": 0.907,
    "stance_acc": 0.927,
    "denial_f1": 0.998,
    "link_f1": 0.427,
    "actor_f1": 0.912,
    "kind_acc": 0.967,
    "affiliation_acc": 0.880,
    "country_acc": 0.998,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 0


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_answerends15_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
