"""Link targets, learned: a logistic model over general features revises the linker's choice.

After the linker's rules have chosen what each answer (a denial or a confirmation) answers, a
binary L2 logistic model weighs, for each answer and each statement it could answer in its
window (the claims, and the answers of other speakers), whether the pair is a link: whether
the rules chose it and by which rule, the rule that chose the answer's other targets and how
many, where the candidate stands (statements and paragraphs between, before or after, the same
paragraph or sentence, its rank among the claims before the answer), the dispute (the same one,
the dispute's lead, the first claim of the block), the words the two share (counted, not named,
and whether no other candidate shares more), who speaks (the same speaker or side, kinds, the
answer naming the candidate's speaker or the candidate naming the answer's), the forms of the
answer (`the report`, `such claims`, a stand-by, a whole-report cue, a headline, a transcript
answer) and of the candidate (its stance, a headline, a report, thin). No open-class word of
an article is a feature. The weights are data (``lexicon/link_model.json``), fitted and checked
set by set (leave one set out) by ``bench/fit_links.py``.

The pass (rule ``link-model``) adds a target the rules did not choose when the model gives the
pair at least ``add`` and takes one away when it gives at most ``drop`` (both chosen across
sets by the fit script; a null threshold: that move is off). The rules stay as they are
elsewhere.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

from .groups import ANSWERS, THIN_CLAIM, Dispute, Node, overlap
from .propositions import match
from .rules import on

MODEL_FILE = Path(__file__).resolve().parent / "lexicon" / "link_model.json"
RULE = "link-model"
# Candidates weighed per answer at most: the nearest ones (a long page's block has hundreds).
MAX_CANDIDATES = 24
# Statements of a text beyond which the pass is skipped (a long page; articles have dozens).
MAX_STATEMENTS = 400
BUCKETED = ("why:", "others:")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


@dataclass(frozen=True, slots=True)
class Window:
    """What the features of a window's pairs are read from, computed once per window."""

    nodes: list[Node]
    order: dict[int, int]  # node idx -> its place in the window
    dispute_of: Mapping[int, Dispute]
    leads: Mapping[int, list[Node]]  # id(dispute) -> its lead claims
    first_claim: int | None  # idx of the block's first claim outside the headline


def window(
    nodes: list[Node], dispute_of: Mapping[int, Dispute], leads: Mapping[int, list[Node]]
) -> Window:
    """The window's context."""
    first = next(
        (m.idx for m in nodes if m.stance == "claim" and not m.headline and not m.optional), None
    )
    return Window(nodes, {m.idx: k for k, m in enumerate(nodes)}, dispute_of, leads, first)


def candidates(n: Node, w: Window) -> list[Node]:
    """The statements an answer could answer: the claims of its window, and the answers by
    other speakers, the nearest first (at most MAX_CANDIDATES)."""
    k = w.order[n.idx]
    out = [
        m
        for m in w.nodes
        if m is not n and (m.stance == "claim" or (m.stance in ANSWERS and m.speaker != n.speaker))
    ]
    if len(out) > MAX_CANDIDATES:
        out.sort(key=lambda m: abs(w.order[m.idx] - k))
        out = out[:MAX_CANDIDATES]
    return out


@dataclass(slots=True)
class _Answer:
    """An answer's context, computed once for all its candidates."""

    n: Node
    w: Window
    dispute: Dispute | None
    lead_ids: set[int]
    ov: list[int]  # shared stems with each candidate
    mt: list[float]  # proposition match with each candidate
    rank: dict[int, int]  # claim idx -> its rank among the claims before the answer, nearest 0
    picked: list[Node]  # the rules' targets
    picked_ov: int  # the most words the answer shares with one of them
    picked_mt: float  # the best proposition match with one of them
    picked_at: set[int]  # their places in the window
    picked_speakers: set[int | None]
    picked_paras: set[int]
    told: dict[int | None, int]  # speaker -> claims told before the answer
    first_of: dict[int | None, int]  # speaker -> idx of their first claim


def _answer(n: Node, w: Window, cands: list[Node]) -> _Answer:
    d = w.dispute_of.get(n.idx)
    prior_claims = sorted(
        (m for m in cands if m.stance == "claim" and m.pos < n.pos), key=lambda m: -m.pos
    )
    by_idx = {m.idx: m for m in w.nodes}
    told: dict[int | None, int] = {}
    first_of: dict[int | None, int] = {}
    for m in w.nodes:
        if m.stance == "claim" and not m.headline:
            first_of.setdefault(m.speaker, m.idx)
            if m.pos < n.pos:
                told[m.speaker] = told.get(m.speaker, 0) + 1
    picked = [by_idx[t] for t in n.why if t in by_idx]
    return _Answer(
        n=n,
        w=w,
        dispute=d,
        lead_ids={c.idx for c in w.leads.get(id(d), [])} if d is not None else set(),
        ov=[overlap(n, m) for m in cands],
        mt=[match(n.keys, m.keys) for m in cands],
        rank={m.idx: r for r, m in enumerate(prior_claims)},
        picked=picked,
        picked_ov=max((overlap(n, c) for c in picked), default=-1),
        picked_mt=max((match(n.keys, c.keys) for c in picked), default=-1.0),
        picked_at={w.order[c.idx] for c in picked},
        picked_speakers={c.speaker for c in picked},
        picked_paras={c.para for c in picked},
        told=told,
        first_of=first_of,
    )


def _answer_features(a: _Answer) -> list[str]:
    """What the answer is, and what the rules made of it."""
    n = a.n
    out = [
        f"a:{n.stance}",
        f"n-chosen:{min(len(n.why), 3)}",
        *(f"others:{r}" for r in sorted(set(n.why.values()))),
    ]
    if n.anaphor is not None:
        out.append(f"anaphor:{n.anaphor}")
    flags = (
        ("a-whole", n.whole),
        ("a-stand-by", n.stand_by),
        ("a-headline", n.headline),
        ("a-loose", n.loose),
        ("a-turn", n.turn is not None),
        ("a-no-dispute", a.dispute is None),
        ("a-named-target", n.target_actor is not None),
        ("a-account", n.account_of is not None),
        ("a-embedded", n.embedded is not None),
    )
    return out + [name for name, present in flags if present]


def _place(a: _Answer, m: Node, picked: bool) -> list[str]:
    """Where the candidate stands from the answer, and in the dispute."""
    n, w = a.n, a.w
    gap = w.order[m.idx] - w.order[n.idx]
    out = [
        "before" if gap < 0 else "after",
        f"dist:{'-' if gap < 0 else '+'}{_bucket(abs(gap), (1, 2, 4, 8, 16))}",
        f"paras:{_bucket(abs(n.para - m.para), (0, 1, 2, 4, 8))}",
    ]
    if m.unit == n.unit and m.unit >= 0:
        out.append("same-sentence")
    if m.stance == "claim" and m.pos < n.pos:
        out.append(f"rank:{_bucket(a.rank.get(m.idx, 9), (0, 1, 2, 4))}")
    if a.dispute is not None and w.dispute_of.get(m.idx) is a.dispute:
        out.append("same-dispute")
    if m.idx in a.lead_ids:
        out += ["lead", "lead-chosen"] if picked else ["lead"]
    if m.idx == w.first_claim:
        out.append("first-claim")
    if m.stance == "claim":
        out.append(f"report-size:{min(a.told.get(m.speaker, 0), 4)}")
        if a.first_of.get(m.speaker) == m.idx:
            out.append("speaker-first-claim")
    return out


def _level(x: float, low: float, high: float) -> str:
    return "0" if x <= 0 else "lo" if x < low else "mid" if x < high else "hi"


def _words(a: _Answer, k: int, m: Node) -> list[str]:
    """The words the two share: counted, their share of the answer's, and no more elsewhere."""
    o, s = a.ov[k], a.mt[k]
    out = [f"ov:{min(o, 4)}", f"match:{_level(s, 1.5, 3)}"]
    if a.n.stems:
        out.append(f"share:{_level(o / len(a.n.stems), 0.25, 0.5)}")
    if o and o == max(a.ov):
        out.append("top-ov" if m.stance == "claim" else "top-ov-answer")
    if s > 0 and s == max(a.mt):
        out.append("top-match")
    return out


def _who(n: Node, m: Node) -> list[str]:
    """Who speaks: the same speaker or side, the kinds, who names whom."""
    out = [f"kinds:{n.kind or 'none'}>{m.kind or 'none'}"]
    if n.side is not None and m.side == n.side:
        out.append("same-side")
    elif n.side is None or m.side is None:
        out.append("side-unknown")
    tests = (
        ("same-speaker", m.speaker is not None and m.speaker == n.speaker),
        ("names-speaker", n.target_actor is not None and n.target_actor == m.speaker),
        ("mentions-speaker", m.speaker is not None and m.speaker in n.mentions),
        ("cand-mentions-answerer", n.speaker is not None and n.speaker in m.mentions),
        ("account-side", n.account_of is not None and n.account_of == m.side),
        ("embedded", n.embedded == m.idx),
        ("relay-is-speaker", n.relay is not None and n.relay == m.speaker),
        ("cited", m.speaker is not None and m.speaker in n.cited),
        (
            "noun-names-verb",
            bool(n.anaphor_noun)
            and len(m.claim_verb) >= 5
            and m.claim_verb[:5] == n.anaphor_noun[:5],
        ),
    )
    return out + [name for name, present in tests if present]


def _forms(n: Node, m: Node) -> list[str]:
    """What the candidate is."""
    flags = (
        ("c-headline", m.headline),
        ("c-optional", m.optional),
        ("c-report", m.report),
        ("c-leak", m.leak),
        ("c-thin", len(m.stems) < THIN_CLAIM),
        ("c-question", m.question_turn),
        ("c-cited", bool(m.cited)),
        ("c-answers-a", m.stance in ANSWERS and n.idx in (m.denies or m.confirms)),
    )
    return [f"c:{m.stance}", f"pair:{n.stance}>{m.stance}"] + [
        name for name, present in flags if present
    ]


def _beside_chosen(a: _Answer, k: int, m: Node) -> list[str]:
    """An unchosen candidate against the rules' targets: more words, the same report."""
    o, s = a.ov[k], a.mt[k]
    top_o, top_s = a.picked_ov, a.picked_mt
    out = [
        f"vs-chosen-ov:{'more' if o > top_o else 'same' if o == top_o else 'less'}",
        f"vs-chosen-match:{'more' if s > top_s + 0.5 else 'less' if s < top_s - 0.5 else 'same'}",
    ]
    at = a.w.order[m.idx]
    picked_at = a.picked_at
    tests = (
        ("chosen-speaker", m.speaker is not None and m.speaker in a.picked_speakers),
        ("chosen-para", m.para in a.picked_paras),
        ("next-to-chosen", at - 1 in picked_at or at + 1 in picked_at),
    )
    return out + [name for name, present in tests if present]


def answer_features(n: Node, w: Window, cands: list[Node]) -> list[list[str]]:
    """The features of each (answer, candidate) pair, in the order of `cands`."""
    a = _answer(n, w, cands)
    base = _answer_features(a)
    out = []
    for k, m in enumerate(cands):
        picked = m.idx in n.why
        f = base + _place(a, m, picked) + _words(a, k, m) + _who(n, m) + _forms(n, m)
        if picked:
            f += ["chosen", f"why:{n.why[m.idx]}", f"chosen-of:{min(len(n.why), 3)}"]
            if n.anaphor is not None:
                f.append(f"anaphor-chosen:{n.anaphor}")
        elif a.picked:
            f += _beside_chosen(a, k, m)
        out.append(f)
    return out


@dataclass(frozen=True, slots=True)
class LinkModel:
    """Binary logistic weights over pair features; the thresholds the pass acts on."""

    bias: float
    weights: Mapping[str, float]
    known: frozenset[str]
    add: float  # add an unchosen target at or above this probability (inf: never)
    drop: float  # drop a chosen target at or below this probability (-inf: never)
    swap: float = math.inf  # an added target replaces chosen ones this much less probable
    # The rules whose answers the pass revises (None: every answer's). An answer none of
    # whose targets a rule found is always revised.
    acts_on: frozenset[str] | None = None

    def acts(self, rules: Iterable[str]) -> bool:
        """Whether the pass revises an answer whose targets these rules found."""
        return self.acts_on is None or all(r in self.acts_on for r in rules)

    def choose(self, chosen: list[bool], probs: list[float]) -> tuple[list[int], list[int]]:
        """Of an answer's candidates (chosen by the rules or not, with the model's
        probabilities), the positions to add and to drop."""
        add = [
            k for k, (c, p) in enumerate(zip(chosen, probs, strict=True)) if not c and p >= self.add
        ]
        drop = [
            k for k, (c, p) in enumerate(zip(chosen, probs, strict=True)) if c and p <= self.drop
        ]
        if add and self.swap < math.inf:
            top = max(probs[k] for k in add)
            drop += [
                k
                for k, (c, p) in enumerate(zip(chosen, probs, strict=True))
                if c and p > self.drop and p <= top - self.swap
            ]
        return add, drop

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias
        get = self.weights.get
        for f in set(features):
            w = get(f)
            if w is None:
                if not f.startswith(BUCKETED) or f in self.known:
                    continue
                w = get(f.split(":", 1)[0] + ":other", 0.0)
            z += w
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def from_dict(raw: Mapping[str, object]) -> LinkModel:
    """The model from its JSON form."""
    add, drop, swap = raw.get("add"), raw.get("drop"), raw.get("swap")
    acts_on = raw.get("acts_on")
    return LinkModel(
        bias=float(cast(float, raw.get("bias", 0.0))),
        weights=cast(Mapping[str, float], raw.get("weights", {})),
        known=frozenset(cast(list[str], raw.get("known", []))),
        add=math.inf if add is None else float(cast(float, add)),
        drop=-math.inf if drop is None else float(cast(float, drop)),
        swap=math.inf if swap is None else float(cast(float, swap)),
        acts_on=None if acts_on is None else frozenset(cast(list[str], acts_on)),
    )


@cache
def model() -> LinkModel | None:
    """The shipped model (None when the file is absent, or neither move is on)."""
    try:
        raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not raw.get("weights") or (raw.get("add") is None and raw.get("drop") is None):
        return None
    return from_dict(raw)


def decide(
    n: Node, cands: list[Node], feats: list[list[str]], fitted: LinkModel
) -> tuple[list[int], list[int]]:
    """The targets to add and to drop."""
    probs = [fitted.probability(f) for f in feats]
    add, drop = fitted.choose([m.idx in n.why for m in cands], probs)
    return [cands[k].idx for k in add], [cands[k].idx for k in drop]


# Link rules newer than the fitted weights, whose targets the pass leaves alone
# (`model-spares-unfitted`): the model has never seen them (an unknown rule reads as no rule)
# and would drop what they name. Session 12: p-links12's and p-stance12's.
LEFT_TO_RULES = frozenset(
    (
        "names-a-denial",
        "asked-anaphor",
        "answered-turn",
        "conceded-negation-link",
        "answered-words-named",
        "names-answer-owner",
        "claimant-rejects-account",
        "names-a-denial-side",
        "names-answer-owner-side",  # session 17: p-links17's
        "checker-grade-checked-claim",  # session 19: p-linksa19's
        "factcheck-claim-anaphor",  # session 19 round 2: p-linksc19
        "routine-measure-granted",  # session 20: p-linkse20's (a denial that also confirms)
        "trusts-answerer-word",  # session 20: p-linksf20's
        "names-answer-owner-later",  # session 19 round 2: p-linksc19
        "denied-own-act",  # session 19: p-linksd19
    )
)


def revise_links(
    nodes: list[Node],
    dispute_of: Mapping[int, Dispute],
    leads: Mapping[int, list[Node]],
    fitted: LinkModel | None = None,
) -> None:
    """Add and drop answers' targets where the model is confident the rules chose wrong."""
    fitted = fitted or model()
    if fitted is None or not on(RULE):
        return
    w = window(nodes, dispute_of, leads)
    moves = []  # decided for every answer first: one answer's revision is no feature of another's
    for n in nodes:
        if n.stance not in ANSWERS or n.embedded is not None or n.defends_own:
            continue  # an answer defending its own side's words answers no one (link.py)
        if not fitted.acts(n.why.values()):
            continue
        if LEFT_TO_RULES.intersection(n.why.values()) and on("model-spares-unfitted"):
            continue  # targets found by a rule the model was fitted before: left to the rule
        cands = candidates(n, w)
        if cands:
            add, drop = decide(n, cands, answer_features(n, w, cands), fitted)
            if add or drop:
                moves.append((n, add, drop))
    for n, add, drop in moves:
        for t in drop:
            del n.why[t]
        for t in add:
            n.why[t] = RULE
        targets = list(n.why)
        if n.stance == "denial":
            n.denies = targets
        else:
            n.confirms = targets
