"""p-attr11's set: eight articles written before the parser was run on them, in the registers of
English news, to measure attribution on writing the rules were not read from.

`tests/statements/parsing/p_attr11_set/` (written in the eleventh session, 2026-12-06, the gold
annotated per ../shared/corpus/README.md before any miss list was read): wire copy with
`officials said` for a state, an inverted `said Javier Olano, the society's president`, `told
reporters`, `He added`, `according to` a ministry, `struck a calmer note, saying` (01); a
Scottish daily with `insisted yesterday`, `maintained`, `argued`, `a spokesperson for Transport
Scotland` then `The spokesman added`, `stood by his letter`, a quotation over two paragraphs, a
letter `seen by the Courier, in which the yard's managing director says` (02); a briefing
transcript with a header naming the spokesperson, `Q (Outlet):` question labels, `quoted ... as
saying`, a statement after the briefing with `it said` and `The statement added` (03); a press
release with `which claims that`, `We wish to state categorically`, `acknowledged ... but
stressed`, a note to editors (04); an agency page machine-translated from Russian with `As
reported by the press service`, `the statement said`, `referring to sources ..., wrote`, `It was
stated that`, `informed that`, `According to him` (05); a radio interview transcript with the
presenter named in its header and labelled two ways (06); a parliamentary report with
`accused`, `told the House`, `replied that`, `acknowledged ... but maintained`, `was quoted by
Canadian Press as saying` (07); a regional paper with `wrote on Facebook`, `In a statement to the
Gazette, the shire said`, `it said`, `argued`, `according to a timeline released by the council`,
`confirmed ..., but a spokesman stressed` (08). Every person and event is invented; countries and
institutions are real.
"""

import pathlib

import pytest

from tests.conftest import SHARED

from .statements import assert_meets_floors

SET = pathlib.Path(__file__).resolve().parent / "p_attr11_set"
ARTICLES = sorted(SET.glob("*.json"))
SCORER = SHARED / "eval" / "score.py"


def test_the_set_holds_its_eight_articles():
    # ids, spans, speakers and links are checked for every set by test_gold_sets.py
    assert len(ARTICLES) == 8


# The ratchet, just under what the parser reached on this set. Main bf39b12 (before the rules
# of branch p-attr11): attribution_f1=0.852 span_f1=0.962 stance_acc=0.630 denial_f1=0.656
# link_f1=0.132 actor_f1=0.812 kind_acc=0.964 affiliation_acc=0.435 country_acc=0.745
# date_acc=1.000, duplicates 1. Branch p-attr11: attribution_f1=0.924 span_f1=0.973
# stance_acc=0.648 denial_f1=0.627 link_f1=0.211 actor_f1=0.818 kind_acc=0.946
# affiliation_acc=0.435 country_acc=0.727 date_acc=0.947 (more statements found, one of them
# misdated), duplicates 1. At the merge `more-speech-verbs` was taken out (it made the whole of
# the kept-back heldout11's loss): attribution_f1=0.929 link_f1=0.213 actor_f1=0.809
# kind_acc=0.964 country_acc=0.741 (the statements it found and their speakers are gone).
# Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.927,
    "span_f1": 0.971,
    "stance_acc": 0.759,  # session 12, p-stance12 (concession-but): 0.659 measured
    "denial_f1": 0.717,  # session 12, p-stance12: 0.636 measured
    # session 12, p-stance12: lowered, 0.211 measured (concession-but and conceded-negation-link
    # cost 0.002 here, for stance +0.011 and denial +0.009)
    "link_f1": 0.360,
    "actor_f1": 0.807,
    "kind_acc": 0.962,
    "affiliation_acc": 0.476,
    "country_acc": 0.739,
    "date_acc": 0.998,
}
MAX_DUPLICATES = 1


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_p_attr11_articles_meet_the_metric_floors():
    assert_meets_floors(SET, FLOORS, MAX_DUPLICATES)
