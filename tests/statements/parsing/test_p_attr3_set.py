"""p-attr3's set: six articles written in registers of real news as it is published, to measure
which sentences are statements and where their words stand.

`tests/statements/parsing/p_attr3_set/` (written in the fourth session of 2026-12-05, the gold
annotated per ../shared/corpus/README.md before the parser was run on them): wire copy with
background paragraphs, `told reporters`, `she added`, a quotation over two paragraphs, reported
speech without `that`, `could not independently verify` and `did not respond to a request for
comment` (no statements) and a `Reporting by ...; Editing by ...` line (01, 05, 06); an agency
page machine-translated from Russian with `stressed that`, `pointed out`, `emphasized`,
`informed that`, a photo caption, `Read more:`, `Source:` and `(Tagstotranslate)` (02); a web
page with curly quotation marks, a byline, a dek, a caption, `said in a statement posted on its
website`, `wrote on X`, `according to a transcript`, a newsletter box, tags (03); a feature with
quotations over several paragraphs, `was more blunt` before a quotation, `She continued:`, an
anonymous official and `did not say` (04). Every person and event is invented; countries and
institutions are real.
"""

import json
import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_attr3_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_six_articles_whose_spans_stand_in_their_text():
    assert len(ARTICLES) == 6
    for path in ARTICLES:
        article = json.loads(path.read_text())
        assert article["id"] == path.stem
        for s in article["gold"]["statements"]:
            assert s["quote_or_span"] in article["text"], (path.stem, s["id"])


# The ratchet, just under what the parser reached on this set. Main 312fb68 (before the rules
# of branch p-attr3): attribution_f1=0.831 span_f1=0.921 stance_acc=0.691 denial_f1=0.790
# link_f1=0.324 actor_f1=0.833 kind_acc=0.933 affiliation_acc=0.636 country_acc=0.750
# date_acc=1.000, duplicates 3. Branch p-attr3: attribution_f1=0.975 span_f1=0.975
# stance_acc=0.728 denial_f1=0.791 link_f1=0.579 actor_f1=0.889 kind_acc=0.953
# affiliation_acc=0.611 country_acc=0.780 date_acc=1.000, duplicates 2.
FLOORS = {
    "attribution_f1": 0.973,
    "span_f1": 0.973,
    # link-model (session 10): 0.648 -> 0.636 (an added further claim), for gains on 10 of 13 sets
    "stance_acc": 0.802,  # session 14 stance refit: 0.804 (was 0.813)
    "denial_f1": 0.869,
    "link_f1": 0.658,  # p-links13 refit: 0.642 -> 0.654
    "actor_f1": 0.895,
    "kind_acc": 0.967,
    "affiliation_acc": 0.637,
    "country_acc": 0.931,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 2


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_attr3_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
