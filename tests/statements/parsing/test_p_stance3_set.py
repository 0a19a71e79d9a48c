"""The p-stance3 set: five articles in registers of real news, annotated before the parser ran
on them (an agency relay of a foreign ministry's briefing, wire copy with a headline of two
sides and unnamed officials, a machine-translated ministry statement, a denial-first story, a
briefing transcript in `QUESTION (Outlet):` turns followed by the other side's statement).

They were written to test stance on unseen text: denials worded without a verb of denial (`a
complete fabrication`, `do not correspond to reality`, `pure speculation`), policy lines and
appeals of the denying side (`firmly opposes`, `called on the media to`), soft confirmations
(`acknowledged`, `stood by`), counter-accounts that negate nothing, and the accuser's account
told with negations before anyone answers it. The parser's first run on the first four, before
any rule was made from them: stance_acc=0.690 denial_f1=0.606 link_f1=0.302
attribution_f1=0.929. The fifth was written after the branch's rules and is untuned (first run:
stance 7 of 8 right; the claim inside a `QUESTION (Outlet):` turn read as a comment).
"""

import json
import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_stance3_set"
ARTICLES = sorted(SET.glob("*.json"))


def test_the_set_holds_five_articles_named_by_their_ids():
    ids = [json.loads(p.read_text())["id"] for p in ARTICLES]
    assert len(ids) == 5
    assert ids == [p.stem for p in ARTICLES]


# Just under what the branch p-stance3 reached (score.py --corpus
# tests/statements/parsing/p_stance3_set): attribution_f1=0.931 span_f1=0.950 stance_acc=0.880
# denial_f1=0.875 link_f1=0.582 actor_f1=0.852 kind_acc=0.978 affiliation_acc=0.636
# country_acc=0.711 date_acc=0.933, one duplicate. Raise with every gain, never lower.
# Session 5, branch p-links4 (headline-second-answers): stance_acc=0.843 denial_f1=0.848
# link_f1=0.421.
# Session 8, branch p-actors8: country_acc 0.956 -> 0.915 (lowered): the outlets of a briefing's
# question labels (`QUESTION (Ege Haber):`) are now actors (question-label-outlet, actor_f1 0.852
# -> 0.873); nothing places these two Turkish outlets, so they take the briefing's state.
FLOORS = {
    "attribution_f1": 0.929,
    "span_f1": 0.948,
    "stance_acc": 0.959,  # session 11, p-attr11: question-outlet-label, 0.961
    "denial_f1": 0.912,
    # session 11, p-attr11: question-outlet-label reads `QUESTION (Ege Haber):` as a question, so
    # the claim inside it is a claim (stance +0.020); the linker then ties the ministry's answer
    # to that claim instead of the first one: 0.448 -> 0.414
    "link_f1": 0.412,
    "actor_f1": 0.871,
    "kind_acc": 0.977,
    "affiliation_acc": 0.771,
    "country_acc": 0.934,
    "date_acc": 0.931,
}
MAX_DUPLICATES = 1


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="no shared scorer")
def test_the_p_stance3_set_meets_its_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
