"""p-attr12's set: seven short articles written before the parser was run on them, in registers
of English news the corpus has little of, to measure attribution on writing the rules were not
read from.

`tests/statements/parsing/p_attr12_set/` (written in the twelfth session, 2026-12-06, the gold
annotated per ../shared/corpus/README.md before any miss list was read): a Commons committee
hearing told as prose, with `told the committee`, `put it to the minister that`, `testified
that` after a long participle and title, `He said` after it, written evidence that `argued`
(01, `testified` and the long title are read by no rule of the branch: their rules were taken
out); a letter to the editor (`Sir, -`, `Your report ... stated`, first-person denials, a
`Yours, etc,` signature in capitals) and an editor's note in the first person (02); a wire
FACTBOX whose bullets stand under upper-case headings naming their source, one heading joined
by a colon line above it, bullets with their own `said` (03); a court report with `lawyers for
the Department of Defence argued`, `In a filing lodged on Monday`, `The department's filing
rejects that account. It says ...` (04); an ambassador's op-ed under a `By` byline with a `The
writer is ...` line, `this newspaper published an article by ..., claiming that`, `Mr. Kamau
writes that` (05); an English edition of a Vietnamese paper with long titles before `Mr.` /
`Ms.` and a name (`Deputy Director of the Department of Crop Production under the Ministry of
... Ms. Nguyen Thi Hoa stressed`), `proposed that` (06); a business story with a company's
statement to the exchange, a share-price line that is no statement, and two ministers of one
government contradicting each other (07). Headlines that carry a statement are optional (rule
5). Every person and event is invented; countries and institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_attr12_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_seven_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 7


# The ratchet, just under what the parser reached on this set. Main f398ab8 (before the rules
# of branch p-attr12): attribution_f1=0.632 span_f1=0.758 stance_acc=0.788 denial_f1=0.880
# link_f1=0.357 actor_f1=0.624 kind_acc=0.862 affiliation_acc=0.294 country_acc=0.821
# date_acc=1.000, duplicates 5. Branch p-attr12 (session 12), after `hearing-verbs`,
# `title-honorific-name` and `possessed-document-author` were taken out (with the three off, the
# kept-back heldout11 and heldout13 were back at their start rows): attribution_f1=0.899
# span_f1=0.954 stance_acc=0.660 denial_f1=0.744 link_f1=0.418 actor_f1=0.760 kind_acc=0.895
# affiliation_acc=0.455 country_acc=0.784 date_acc=1.000, duplicates 5. Stance, denial and
# country are lower than main's because the statements the branch finds (factbox bullets, a
# letter's and an op-ed's sentences) are more and harder to stance than the ones main found:
# the trade is more statements found for a lower share of right stances. At the merge (session
# 12) `editors-note-outlet` was taken out (it cost the kept-back heldout16 attribution 0.869 ->
# 0.866): attribution_f1=0.879 span_f1=0.935 stance_acc=0.627 denial_f1=0.714 link_f1=0.369, the
# rest unchanged. Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.877,
    "span_f1": 0.933,
    "stance_acc": 0.665,
    "denial_f1": 0.725,
    "link_f1": 0.429,  # p-links13 refit: 0.369 -> 0.388
    "actor_f1": 0.758,
    "kind_acc": 0.919,
    "affiliation_acc": 0.453,
    "country_acc": 0.782,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 5


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_attr12_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
