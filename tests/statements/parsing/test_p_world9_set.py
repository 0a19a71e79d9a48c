"""p-world9's set: ten articles of the English-language press outside Britain and the US, to
measure attribution in its habits.

`tests/statements/parsing/p_world9_set/` (written in the ninth session, 2026-12-06, the gold
annotated per ../shared/corpus/README.md before the parser was run on them): a Nigerian paper
(`in a statement signed by the Director of Press, Engr. X`, `the statement read`, `It averred`,
`Alhaji X, while speaking to journalists in Abuja`, `opined`, an editor's note standing by the
story) (01); an Indian paper (`termed as "fake"`, `In an official release, it was clarified
that`, `Shri X, Executive Director (Publicity), Railway Board, stated`, `debunked`, a fact-check
unit's post) (02); a Pakistani paper (`rejected as "baseless" a claim by`, the weekly briefing,
`the Foreign Office in a statement said`, ISPR) (03); a Kenyan paper (`Hon.`, `Capt.`, `termed the
allegations as`, an MP in the National Assembly, `opined`) (04); a Gulf agency (`has denied what
was circulated on some social media accounts`, `H.E. Brigadier General Dr. X, Director of the
General Department of Y, stressed`) (05); a Chinese agency with a press-conference Q&A (06); a
Malaysian TV transcript (`ANCHOR:`, `REPORTER:`, `SOUNDBITE (Datuk Dr. X, Director-General of
Health):`, a hand-over to the correspondent) (07); a Russian agency (a content-first denial,
`the diplomat stressed`, `According to her`, `declined to comment ..., the newspaper said`) (08);
a Turkish agency (`It was stated that`, `Prof. Dr. X said:`, `termed the claims as`) (09); a Sri
Lankan Q&A interview (`Q:`/`A:` after `Mr. X` is introduced) (10). Every person, outlet and event
is invented; countries and institutions are real.
"""

import json
import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_world9_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_ten_articles_whose_spans_stand_in_their_text():
    assert len(ARTICLES) == 10
    for path in ARTICLES:
        article = json.loads(path.read_text())
        assert article["id"] == path.stem
        for s in article["gold"]["statements"]:
            assert s["quote_or_span"] in article["text"], (path.stem, s["id"])


# The ratchet, just under what the parser reached on this set. Main 3be2820 (before the rules of
# branch p-world9): attribution_f1=0.756 span_f1=0.881 stance_acc=0.877 denial_f1=0.923
# link_f1=0.541 actor_f1=0.725 kind_acc=0.879 affiliation_acc=0.429 country_acc=0.862
# date_acc=1.000, duplicates 5. Branch p-world9: attribution_f1=0.887 span_f1=0.936
# stance_acc=0.870 denial_f1=0.899 link_f1=0.562 actor_f1=0.807 kind_acc=0.892
# affiliation_acc=0.455 country_acc=0.846 date_acc=1.000, duplicates 5.
FLOORS = {
    "attribution_f1": 0.885,
    "span_f1": 0.934,
    "stance_acc": 0.897,
    "denial_f1": 0.928,
    "link_f1": 0.605,
    "actor_f1": 0.836,
    "kind_acc": 0.923,
    "affiliation_acc": 0.598,
    "country_acc": 0.908,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 4


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_world9_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
