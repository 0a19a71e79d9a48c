"""The held-out set's floors: 12 articles kept from the parser's developers for a whole session.

Written in the session of 2026-12-05 (see test_fresh_articles.py, which also checks their
structure) and scored only by the lead, at the start and after each merge. What main reached
when they were written, before that session's parser work: attribution_f1=0.687 span_f1=0.868
stance_acc=0.590 denial_f1=0.619 link_f1=0.197 actor_f1=0.727 kind_acc=0.931
affiliation_acc=0.610 country_acc=0.596 date_acc=0.850, duplicates 5. At the session's end:
attribution_f1=0.794 span_f1=0.897 stance_acc=0.632 denial_f1=0.631 link_f1=0.204 actor_f1=0.789
kind_acc=0.929 affiliation_acc=0.615 country_acc=0.569 date_acc=0.947, duplicates 5. From now on
they are seen text: raise the floors with every gain, never lower them, and keep new held-back
articles elsewhere to measure how the parser carries over. Branch p-actors: attribution_f1=0.800
stance_acc=0.634 actor_f1=0.794 kind_acc=0.938, duplicates 3. Branch p-stance: stance_acc=0.654
denial_f1=0.654 link_f1=0.217. Third session, all merged: attribution_f1=0.812 span_f1=0.915
stance_acc=0.662 denial_f1=0.661 link_f1=0.245 actor_f1=0.799, duplicates 3. Branch p-stance3:
stance_acc=0.721 denial_f1=0.692 link_f1=0.305.
"""

import pytest

from tests.conftest import ROOT, SHARED

from .statements import assert_meets_floors

HELDOUT = ROOT / "tests" / "statements" / "parsing" / "heldout"
SCORER = SHARED / "eval" / "score.py"

FLOORS = {
    "attribution_f1": 0.81,
    "span_f1": 0.913,
    "stance_acc": 0.719,
    "denial_f1": 0.69,
    "link_f1": 0.303,
    "actor_f1": 0.797,
    "kind_acc": 0.936,
    "affiliation_acc": 0.613,
    "country_acc": 0.567,
    "date_acc": 0.945,
}
MAX_DUPLICATES = 3


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_heldout_articles_meet_the_metric_floors():
    assert_meets_floors(HELDOUT, FLOORS, MAX_DUPLICATES)


# The second held-out set (tests/statements/parsing/heldout2, 15 articles): written blind in the
# third session of 2026-12-05 by a helper that read no parser code, never shown to the parser's
# developers, scored by the lead only. Main when it was written (f52345b, the session's start):
# attribution_f1=0.766 span_f1=0.868 stance_acc=0.742 denial_f1=0.838 link_f1=0.239
# actor_f1=0.770 kind_acc=0.930 affiliation_acc=0.600 country_acc=0.610 date_acc=1.000,
# duplicates 14. At that session's end (nothing tuned on it): attribution_f1=0.776 span_f1=0.873
# stance_acc=0.739 denial_f1=0.823 link_f1=0.239 actor_f1=0.775 kind_acc=0.930
# affiliation_acc=0.615 country_acc=0.610 date_acc=1.000, duplicates 13. From the next session on
# it is seen text too: raise these floors with every gain, never lower them. Branch p-stance3:
# stance_acc=0.801 denial_f1=0.844 link_f1=0.277.
HELDOUT2 = ROOT / "tests" / "statements" / "parsing" / "heldout2"
FLOORS2 = {
    "attribution_f1": 0.774,
    "span_f1": 0.871,
    "stance_acc": 0.799,
    "denial_f1": 0.842,
    "link_f1": 0.275,
    "actor_f1": 0.773,
    "kind_acc": 0.928,
    "affiliation_acc": 0.613,
    "country_acc": 0.608,
    "date_acc": 0.998,
}
MAX_DUPLICATES2 = 13


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_second_heldout_set_meets_the_metric_floors():
    assert_meets_floors(HELDOUT2, FLOORS2, MAX_DUPLICATES2)
