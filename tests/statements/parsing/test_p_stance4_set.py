"""The p-stance4 set: four articles in registers of real news, annotated before the parser ran
on them (a trade newsletter's analysis told point by point, with no verb of denial after the
first; a datelined wire exclusive with an unnamed official of the accused side before its
denial, a quantity worded with `no fewer than` and a complaint of not being consulted; a
weekly's accuser-first story whose ministry is named with no state, answered by a figure and
rejoined by the accuser; a datelined wire story under a headline of both sides, with a denial
worded as a dismissal, a goodwill line, a restated accusation and a witness).

They test the side of a statement read from the text rather than from the speaker's country.
The parser's first run, with main's rules (95d5f01): stance_acc=0.481 denial_f1=0.500
link_f1=0.385; with this branch's rules as they stood then: stance_acc=0.778 denial_f1=0.800
link_f1=0.700. They were written while the branch had two rules later dropped for what they cost
on heldout3 and heldout links (answered-in-turn: a point and its answer told in turn;
future-after-denial: what is to come said right after a body's denial): the first article has
both constructions, which the final branch reads as comments. The third article then gave
rejoinder-not-denier and the acting-state reading of body-of-speaking-state (both also measured
on every other set): it is tuned, the first two are not. The fourth was written after the
branch's last rule and is untuned: first run stance 5 of 9, as with main's rules (the headline's
two speech acts read as one statement, a dismissal by the accuser, which makes the accuser's own
account comments).
"""

import json
import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_stance4_set"
ARTICLES = sorted(SET.glob("*.json"))


def test_the_set_holds_four_articles_named_by_their_ids():
    ids = [json.loads(p.read_text())["id"] for p in ARTICLES]
    assert len(ids) == 4
    assert ids == [p.stem for p in ARTICLES]


# Just under what the branch p-stance4 reached (score.py --corpus
# tests/statements/parsing/p_stance4_set): attribution_f1=1.000 span_f1=1.000 stance_acc=0.722
# denial_f1=0.762 link_f1=0.308 actor_f1=0.986 kind_acc=0.971 affiliation_acc=0.895
# country_acc=0.909 date_acc=0.667, one duplicate. Raise with every gain, never lower.
FLOORS = {
    "attribution_f1": 0.998,
    "span_f1": 0.998,
    "stance_acc": 0.804,
    "denial_f1": 0.76,
    "link_f1": 0.498,
    "actor_f1": 0.984,
    "kind_acc": 0.969,
    "affiliation_acc": 0.945,
    "country_acc": 0.907,
    "date_acc": 0.665,
}
MAX_DUPLICATES = 1


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="no shared scorer")
def test_the_p_stance4_set_meets_its_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
