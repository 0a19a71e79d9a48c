"""End-to-end tests over the annotated dev corpus (skipped when it is absent)."""

import datetime as dt
import json

from statements.parsing import parse_article, to_contract
from tests.conftest import SEED, needs_shared

from .statements import assert_meets_floors

pytestmark = needs_shared


def _seed():
    a = json.loads(SEED.read_text())
    pub = dt.date.fromisoformat(a["published"]) if a.get("published") else None
    return to_contract(parse_article(a["text"], published=pub))


def _actor(out, name_part):
    for a in out["actors"]:
        names = [a["name"], *a["aliases"]]
        if any(name_part.lower() in n.lower() for n in names):
            return a
    raise AssertionError(f"no actor named like {name_part!r}")


def test_seed_nbc_report_is_a_claim_denied_by_moscow_zakharova_and_sullivan():
    out = _seed()
    nbc = _actor(out, "NBC")
    claims = [s for s in out["statements"] if s["speaker"] == nbc["id"] and s["stance"] == "claim"]
    assert claims
    claim_id = claims[0]["id"]
    for who in ("foreign affairs", "Zakharova", "Sullivan"):
        actor = _actor(out, who)
        denials = [
            s for s in out["statements"] if s["speaker"] == actor["id"] and s["stance"] == "denial"
        ]
        assert denials, who
        assert any(claim_id in s["denies"] for s in denials), who


def test_seed_misspelt_name_is_an_alias_and_affiliations_chain_to_russia():
    out = _seed()
    sullivan = _actor(out, "Sullivan")
    # the best-attested spelling names the actor; the one-off typo is an alias
    assert sullivan["name"] == "Jake Sullivan"
    assert "Jake Salevan" in sullivan["aliases"]
    assert not [a for a in out["actors"] if a["name"] == "Jake Salevan"]
    zakharova = _actor(out, "Zakharova")
    ministry = next(a for a in out["actors"] if a["id"] == zakharova["affiliation"])
    assert "foreign affairs" in " ".join([ministry["name"], *ministry["aliases"]]).lower()
    russia = next(a for a in out["actors"] if a["id"] == ministry["affiliation"])
    assert russia["name"] == "Russia"


# The ratchet: just under what main reaches on all 49 dev articles (raise with every gain, never
# lower). Main after the second session of 2026-12-05 (the four parser branches merged):
# attribution_f1=0.881 span_f1=0.937 stance_acc=0.888 denial_f1=0.896 link_f1=0.589
# actor_f1=0.899 kind_acc=0.990 affiliation_acc=0.792 country_acc=0.720 date_acc=0.975,
# duplicates 5. Branch r2-links (proposition-match): link_f1=0.596, the rest unchanged; r2-orgs:
# attribution_f1=0.882 span_f1=0.938 actor_f1=0.900 affiliation_acc=0.793 country_acc=0.721.
# Branch p-links (claims found upstream of the linker): link_f1=0.622 stance_acc=0.896
# attribution_f1=0.884 span_f1=0.940.
# Branch p-actors (speakers and actors): attribution_f1=0.902 span_f1=0.940 actor_f1=0.916
# kind_acc=0.994 affiliation_acc=0.797 country_acc=0.722, duplicates 0.
# Both merged: attribution_f1=0.905 span_f1=0.943 stance_acc=0.900 denial_f1=0.910
# link_f1=0.635 actor_f1=0.917 kind_acc=0.994 affiliation_acc=0.798 country_acc=0.723, duplicates 0.
# Branch p-links (claims found upstream of the linker): link_f1=0.625 stance_acc=0.896
# attribution_f1=0.886 span_f1=0.942 denial_f1=0.897.
# Branch p-stance: stance_acc=0.896 denial_f1=0.910 link_f1=0.606. Third session, all merged:
# attribution_f1=0.907 span_f1=0.945 stance_acc=0.900 denial_f1=0.910 link_f1=0.638
# actor_f1=0.917 kind_acc=0.994 affiliation_acc=0.798 country_acc=0.723 date_acc=0.975,
# duplicates 0; with p-actors' last commit attribution_f1=0.910 actor_f1=0.919 country_acc=0.725.
# Session 4, branch p-linker3 (thin-claim-no-lead, stands-by-main-report): link_f1=0.646.
# Branch p-attr3 (speech acts in news constructions): attribution_f1=0.927 span_f1=0.951
# stance_acc=0.900 denial_f1=0.913 link_f1=0.640 actor_f1=0.923 affiliation_acc=0.807
# country_acc=0.729.
# Session 4 (2026-12-05), all seven branches merged:
# attribution_f1=0.927 span_f1=0.951 stance_acc=0.911 denial_f1=0.928 link_f1=0.662
# actor_f1=0.924 kind_acc=0.996 affiliation_acc=0.814 country_acc=0.877
# date_acc=0.975, duplicates 0.
# Session 5, branch p-links4 (headline-second-clause, headline-answers-body-claim,
# anaphor-names-claim-verb, answer-shares-one-claim, post-by-handle): attribution_f1=0.929
# stance_acc=0.912 denial_f1=0.929 link_f1=0.675 (refers-back-lead, backer-denies-answer taken
# out), the rest unchanged.
# Floors 0.002 under.
# Branch p-stance4 (session 5): stance_acc=0.913 denial_f1=0.930 link_f1=0.664 actor_f1=0.925
# affiliation_acc=0.818 country_acc=0.880, the rest unchanged.
# Session 5, six branches merged with live-blog-order (merged without it: stance 0.908, links
# 0.661): attribution_f1=0.928 span_f1=0.950 stance_acc=0.914 denial_f1=0.931 link_f1=0.676
# actor_f1=0.926 kind_acc=0.996 affiliation_acc=0.821 country_acc=0.888 date_acc=0.975,
# duplicates 0. Issue 12's link floor (0.75) is not met.
# Session 6 (real6, p-claims5, p-names5, p-stance5 merged; the stance model refitted on the
# merged parser with heldout5 kept out): stance_acc 0.914 -> 0.921, link_f1 0.676 -> 0.674 (the
# learned stance pass's claim/comment moves cost one link here; it gains stance on every set
# left out of its fit), the rest as before. link_f1's floor moves down by that link.
# Session 7, branch p-recall7 (speech acts found and false alarms dropped): attribution_f1=0.933
# span_f1=0.954 stance_acc=0.919 link_f1=0.679. Floors 0.002 under.
# Session 19, branch p-linksb19 (relative-clause-then-verb, pronoun-object-whole-sentence,
# appeal-no-credence, plan-unchanged, citing-apposition, expressed-view-that, cue words):
# attribution_f1 0.944 -> 0.950, span_f1 0.960 -> 0.964, stance_acc 0.935 -> 0.937, denial_f1
# 0.942 -> 0.950, link_f1 0.697 -> 0.712, affiliation_acc 0.842 -> 0.845, date_acc 0.975 ->
# 0.981, the rest unchanged. Branch p-linksa19 (fact-check grades, `According to X, Y stated:`):
# attribution_f1 0.944 -> 0.948, span_f1 0.960 -> 0.962, stance_acc 0.935 -> 0.937, link_f1
# 0.697 -> 0.715, the rest unchanged. Merged with the lead's actor rules: attribution_f1 0.954
# span_f1 0.966 stance_acc 0.939 denial_f1 0.950 link_f1 0.729 affiliation_acc 0.845 date_acc 0.981.
# Round 2 (p-linksc19, p-linksd19): stance_acc 0.944, denial_f1 0.954, link_f1 0.740 (issue 12
# asks 0.75: unmet). Floors 0.002 under.
# Session 20, two branches on dev's links, each on its own articles (p-linkse20: 0.740 -> 0.750;
# p-linksf20: 0.740 -> 0.752), merged with the lead's rules and round 2's: stance_acc 0.949,
# denial_f1 0.966, link_f1 0.762 (issue 12's 0.75 met), the rest unchanged. Floors 0.002 under.
FLOORS = {
    "attribution_f1": 0.952,
    "span_f1": 0.964,
    "stance_acc": 0.947,
    "denial_f1": 0.964,
    # p-links11 (anaphor-cut-at-that): link_f1 0.695 -> 0.697
    # p-links13 refit: 0.698 -> 0.699
    # session 14, stance model refitted with no stance fixed: 0.699 -> 0.697 (two comments read
    # as claims draw three false links in dev 36, 39, 40), at this floor; not lowered
    "link_f1": 0.760,
    "actor_f1": 0.933,
    "kind_acc": 0.996,
    # session 10, p-actors10: country-at-second-mention places a briefing's unnamed official by the
    # other capital named beside his next mention, and so files him under that state's government
    # (0.838 -> 0.835); the rule gains country on fresh, heldout, heldout7 and p_claims5
    # session 12, p-actors12 (its-state-subject, definite-body-met-before): affiliation_acc
    # 0.835 -> 0.842, country_acc 0.901 -> 0.903
    "affiliation_acc": 0.843,
    "country_acc": 0.901,
    "date_acc": 0.992,
}
MAX_DUPLICATES = 0


def test_dev_corpus_meets_the_metric_floors():
    assert_meets_floors(None, FLOORS, MAX_DUPLICATES)
