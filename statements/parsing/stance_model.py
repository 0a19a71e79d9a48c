"""Stance, learned: a logistic model over general features revises the rules' reading.

After the rules have read each statement's stance (first reading, disputes, sides), a
multinomial L2 logistic model weighs what the rules found (their stance and the names of the
rules that set it), the speech act (its verb class and closed-class verb, the construction that
found it), the cue-word classes of the lexicon, where the statement stands (a question, a
headline, the first paragraph, a transcript turn), who speaks (kind, named or not, whether the
speaker's side made an earlier claim of the block, whether an earlier claim of another speaker
names the speaker or its state: the accused answering, and whether the statement names an earlier
claimant) and its form (quotation marks, relay, cited
sources, length). No open-class word of an article is a feature: the model would learn the
corpus's subjects. The weights are data (``lexicon/stance_model.json``), fitted and checked set
by set (leave one set out) by ``bench/fit_stance.py``.

The pass changes a stance only when the model prefers another one by at least the model's
margin (chosen across sets by the fit script), under the rule ``stance-model``. It leaves the
model's `fixed` stances to the rules. Denial was fixed until the fourteenth session (fitted on
eight sets, the model's moves into and out of denial cost the denial class and its links);
fitted on seventeen, moves into and out of denial gain the denial class across the sets left
out, and no stance is fixed. A move between two stances that the sets left out do not bear out
(it broke as many readings as it fixed: `denial>claim`, the claims it makes draw false links) is
`barred`.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

from . import lexicon
from .actor import MActor
from .groups import content_stems
from .model import Row, Stance
from .rules import on
from .stance import (
    REPORT_BACK,
    SETTLED,
    anaphor_search,
    has_confirm_cue,
    has_decline_cue,
    has_denial_cue,
    has_dismissal_cue,
    has_policy_cue,
)
from .verdicts import ASKS_OR_AWAITS, FUTURE, NONCOMMITTAL

MODEL_FILE = Path(__file__).resolve().parent / "lexicon" / "stance_model.json"
RULE = "stance-model"
STANCES: tuple[Stance, ...] = ("claim", "denial", "confirmation", "comment")
# Families whose value names come from an open list (rule names, verbs, speech-act rules): a
# value the model was not fitted with falls into its family's `other` bucket.
BUCKETED = ("rule:", "last:", "verb:", "frame:")

_QUOTES = re.compile(r"[\"“”«»]")
_WORDS = re.compile(r"\w+")
# Closed-class word classes, looked up in the set of a statement's words (one pass over it).
_NEGATION = frozenset("not no never none nothing nobody neither nor".split())
_FIRST_PERSON = frozenset("we i our us my".split())
_CONTRAST = frozenset("but however although though yet".split())
_HEDGE = frozenset("may might possibly perhaps allegedly reportedly apparently".split())
_ADDITIVE = frozenset("also separately meanwhile further moreover".split())
_WORD_CLASSES = (
    ("first-person", _FIRST_PERSON),
    ("contrast", _CONTRAST),
    ("hedge", _HEDGE),
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t)\b", re.I)


def _length(n: int) -> str:
    if n < 6:
        return "len:<6"
    if n < 16:
        return "len:6-15"
    if n < 31:
        return "len:16-30"
    return "len:>30"


def _rule_name(entry: str) -> tuple[str, str]:
    name, _, stance = entry.rpartition(":")
    return (name, stance) if name else (entry, "")


def _overlap(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2+"


def row_features(
    rows: list[Row], skip: frozenset[str] = frozenset(), needed: list[bool] | None = None
) -> list[list[str]]:
    """Each row's general features, in row order (the rows read by the rules, sorted); a row
    not `needed` gets none (the pass leaves its stance alone: a long page's denials)."""
    verbs = lexicon.table("speech_verbs.txt")
    first_par = min((r.frame.unit.paragraph for r in rows if not r.frame.headline), default=-1)
    context = _context_features(rows, skip)
    if needed is None:
        needed = [True] * len(rows)
    return [
        _own_features(r, verbs, first_par) + extra if want else []
        for r, extra, want in zip(rows, context, needed, strict=True)
    ]


# The earlier claims of a block a statement's words are compared with: the latest ones (a
# 2 MB page has thousands of claims in one block; no annotated article has this many).
_RECENT_CLAIMS = 20

# Closed-class constructions of a statement's content (no topic words): its class name and
# pattern.
_CONSTRUCTIONS = (
    ("report-back", REPORT_BACK),
    ("past-perfect", _PAST_PERFECT),
    ("future", FUTURE),
    ("asks-or-awaits", ASKS_OR_AWAITS),
    ("noncommittal", NONCOMMITTAL),
)


def _own_features(r: Row, verbs: Mapping[str, str], first_par: int) -> list[str]:
    """What the rules found, the speech act, its cue words, where it stands, who says it."""
    f, a = r.frame, r.actor
    feats = [f"rs:{r.stance}", f"vclass:{f.vclass}", f"frame:{f.rule}"]
    verb = (f.verb or "").lower()
    if verb in verbs:
        feats.append(f"verb:{verb}")
    feats.extend("rule:{}:{}".format(*_rule_name(entry)) for entry in r.rules)
    if r.rules:
        feats.append(f"last:{_rule_name(r.rules[-1])[0]}")
        if len(r.rules) > 1:
            feats += ["revised", f"first:{_rule_name(r.rules[0])[1]}"]
    content = r.content
    for name, test in (
        ("denial", has_denial_cue),
        ("dismissal", has_dismissal_cue),
        ("confirm", has_confirm_cue),
        ("decline", has_decline_cue),
        ("policy", has_policy_cue),
    ):
        if test(content):
            feats.append(f"cue:{name}")
    low = content.lower()
    words = set(_WORDS.findall(low))
    if words & _NEGATION or "n't" in low:
        feats.append("cue:negation")
    feats.extend(f"cue:{name}" for name, vocab in _WORD_CLASSES if words & vocab)
    feats.extend(f"cue:{name}" for name, pattern in _CONSTRUCTIONS if pattern.search(content))
    if anaphor_search(content) is not None:
        feats.append("cue:anaphor")
    flags = (
        ("cue:additive", bool(set(_WORDS.findall(r.text.lower())) & _ADDITIVE)),
        ("question", f.question_turn),
        ("question-mark", not f.question_turn and "?" in r.text),
        ("headline", f.headline),
        ("first-paragraph", not f.headline and f.unit.paragraph == first_par),
        ("turn", f.turn is not None),
        ("unnamed", a is not None and not a.named),
        ("relay", r.relay is not None),
        ("cited", bool(r.cited)),
        ("target", r.target is not None or bool(f.target)),
        ("embedded", r.embedded_of is not None),
        ("quoted", _QUOTES.search(r.text) is not None),
    )
    feats.extend(name for name, present in flags if present)
    feats.append(f"kind:{a.kind if a is not None else 'none'}")
    feats.append(_length(len(_WORDS.findall(content))))
    return feats


def _context_features(rows: list[Row], skip: frozenset[str]) -> list[list[str]]:
    """What stands around each row in its block: earlier claims and their sides, the words it
    shares with them (counted, not named), the row before, later denials, the speaker's other
    stances. One pass forward and one back, so that a long page stays linear."""
    stems = [content_stems(r.content, skip) for r in rows]
    names = _naming_patterns(rows)
    lowered = [r.content.lower() for r in rows]
    found: dict[tuple[int, int], bool] = {}  # (id of a naming pattern, row) -> it names the row
    by_speaker: Counter[tuple[int, str]] = Counter(
        (id(r.actor), r.stance) for r in rows if r.actor is not None
    )
    out: list[list[str]] = [[] for _ in rows]
    claims: dict[int, list[int]] = {}  # block -> indices of its claims so far
    claim_sides: dict[int, set[int]] = {}  # block -> the sides of its claims so far
    denied: set[int] = set()  # blocks with a denial so far
    prev: dict[int, Row] = {}  # block -> its row before
    for k, r in enumerate(rows):
        feats = out[k]
        before = claims.setdefault(r.block, [])
        if before:
            feats.append("prior-claim")
            sides = claim_sides.get(r.block, set())
            if r.side is None or not sides:
                feats.append("side:unknown")
            else:
                feats.append("side:claimant" if r.side in sides else "side:other")
            recent = [j for j in before[-_RECENT_CLAIMS:] if rows[j].actor is not r.actor]
            shared = max((len(stems[k] & stems[j]) for j in recent), default=0)
            feats.append(f"overlap:{_overlap(shared)}")
            feats.extend(_naming_features(k, recent, names, lowered, found))
        else:
            feats.append("no-prior-claim")
        last = prev.get(r.block)
        if last is None:
            feats.append("first-row")
        else:
            feats.append(f"prev:{last.stance}")
            if last.actor is not None and last.actor is r.actor:
                feats.append(f"prev-same:{last.stance}")
        if r.block in denied:
            feats.append("prior-denial")
        if r.actor is not None:
            for s in ("claim", "denial", "confirmation"):
                if by_speaker[(id(r.actor), s)] - (r.stance == s) > 0:
                    feats.append(f"speaker-also:{s}")
        if r.stance == "claim":
            before.append(k)
            if r.side is not None:
                claim_sides.setdefault(r.block, set()).add(r.side)
        elif r.stance == "denial":
            denied.add(r.block)
        prev[r.block] = r
    _later_features(rows, out)
    return out


def _naming_patterns(rows: list[Row]) -> list[re.Pattern[str] | None]:
    """Each row's speaker's naming pattern, built once per actor."""
    by_actor: dict[int, re.Pattern[str] | None] = {}
    for r in rows:
        if id(r.actor) not in by_actor:
            by_actor[id(r.actor)] = _naming_pattern(r.actor)
    return [by_actor[id(r.actor)] for r in rows]


def _naming_features(
    k: int,
    recent: list[int],
    names: list[re.Pattern[str] | None],
    lowered: list[str],
    found: dict[tuple[int, int], bool],
) -> list[str]:
    """`accused-speaks`: an earlier claim of another speaker names row k's speaker or its
    state; `names-claimant`: row k names the speaker of one of them. `found` keeps each search
    (pattern, row) of the parse: the windows of recent claims overlap, row after row."""

    def names_row(p: re.Pattern[str], j: int) -> bool:
        key = (id(p), j)
        hit = found.get(key)
        if hit is None:
            hit = found[key] = p.search(lowered[j]) is not None
        return hit

    out = []
    own = names[k]
    if own is not None and any(names_row(own, j) for j in recent):
        out.append("accused-speaks")
    if any((p := names[j]) is not None and names_row(p, k) for j in recent):
        out.append("names-claimant")
    return out


def _naming_pattern(actor: MActor | None) -> re.Pattern[str] | None:
    """How an earlier claim would name a speaker, as whole lower-cased words: its name and
    aliases and its country's name, capital and demonym (`the Georgian side`). Built once per
    actor of a parse (no cache across articles: a worker parses without end)."""
    if actor is None:
        return None
    names = {n.lower() for n in (actor.name, *actor.aliases) if len(n) > 3}
    country = lexicon.country_by_code().get(actor.country or "")
    if country is not None:
        names.update(n.lower() for n in (country.name, *country.capitals, *country.demonyms))
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")


def _later_features(rows: list[Row], out: list[list[str]]) -> None:
    """Whether a denial by another side, or a claim, follows each row in its block."""
    later_denials: dict[int, Counter[int | None]] = {}  # block -> sides of its later denials
    later_claims: set[int] = set()
    for k in range(len(rows) - 1, -1, -1):
        r = rows[k]
        sides_after = later_denials.setdefault(r.block, Counter())
        total = sum(sides_after.values())
        if total - (sides_after[r.side] if r.side is not None else 0) > 0:
            out[k].append("later-denial-other")
        if r.block in later_claims:
            out[k].append("later-claim")
        if r.stance == "denial":
            sides_after[r.side] += 1
        elif r.stance == "claim":
            later_claims.add(r.block)


@dataclass(frozen=True, slots=True)
class StanceModel:
    """A multinomial logistic model: per stance a bias and weights; a margin to act on."""

    bias: Mapping[str, float]
    weights: Mapping[str, Mapping[str, float]]  # feature -> stance -> weight
    known: frozenset[str]  # bucketed features the model was fitted with
    margin: float
    fixed: frozenset[str] = frozenset()  # stances the pass neither takes away nor gives
    # moves the pass never makes, as "from>to" (`denial>claim`): those the sets left out of the
    # fit did not bear out
    barred: frozenset[str] = frozenset()

    def bucket(self, features: Iterable[str]) -> list[str]:
        """The features as the model knows them: an unknown rule or verb is its family's other."""
        out = []
        for f in features:
            if f.startswith(BUCKETED) and f not in self.known:
                family = f.split(":", 1)[0]
                f = f"{family}:other" if family != "rule" else f"rule:other:{f.rsplit(':', 1)[1]}"
            out.append(f)
        return out

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """P(stance | features)."""
        z = dict(self.bias)
        known, weights = self.known, self.weights
        empty: Mapping[str, float] = {}
        seen: set[str] = set()
        for f in features:
            if f.startswith(BUCKETED) and f not in known:
                f = self.bucket((f,))[0]
            if f in seen:
                continue
            seen.add(f)
            for s, w in weights.get(f, empty).items():
                z[s] = z.get(s, 0.0) + w
        top = max(z.values())
        e = {s: math.exp(v - top) for s, v in z.items()}
        total = sum(e.values())
        return {s: v / total for s, v in e.items()}

    def revise(self, current: str, features: Iterable[str]) -> str | None:
        """The stance to change to, when the model prefers it to the current one by the margin."""
        if current in self.fixed:
            return None
        p = self.probabilities(features)
        best = max((s for s in p if s not in self.fixed), key=lambda s: p[s])
        if f"{current}>{best}" in self.barred:  # its best move is barred: no second choice
            return None
        if best != current and p[best] - p.get(current, 0.0) >= self.margin:
            return best
        return None


def from_dict(raw: Mapping[str, object]) -> StanceModel:
    """The model from its JSON form."""
    weights = cast(Mapping[str, Mapping[str, float]], raw.get("weights", {}))
    margin = raw.get("margin")
    return StanceModel(
        bias=cast(Mapping[str, float], raw.get("bias", {})),
        weights=weights,
        known=frozenset(cast(list[str], raw.get("known", []))),
        margin=math.inf if margin is None else float(cast(float, margin)),
        fixed=frozenset(cast(list[str], raw.get("fixed", []))),
        barred=frozenset(cast(list[str], raw.get("barred", []))),
    )


@cache
def model() -> StanceModel | None:
    """The shipped model (None when the file is absent or empty, or it has no margin: the fit
    script found no gain across sets, and the pass is off)."""
    try:
        raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not raw.get("weights") or raw.get("margin") is None:
        return None
    return from_dict(raw)


# `Valmora's forensic claims were "rubbish"`: an account named by its noun, then dismissed
_NAMED_ACCOUNT = re.compile(
    r"\b(?:claims?|allegations?|accusations?|reports?|story|stories|assertions?)\b", re.I
)


def _settled(r: Row) -> bool:
    """A stance the model leaves alone: one read by a rule in `SETTLED`, or a dismissal of an
    account the statement names by its noun (rule `dismissed-named-account`)."""
    if not r.rules:
        return False
    last = r.rules[-1].split(":")[0]
    if last in SETTLED:
        return True
    return (
        last == "dismissal-cue"
        and _NAMED_ACCOUNT.search(r.content) is not None
        and on("dismissed-named-account")
    )


def revise_stances(
    rows: list[Row], skip: frozenset[str] = frozenset(), fitted: StanceModel | None = None
) -> None:
    """Change a row's stance where the model is confident the rules misread it."""
    fitted = fitted or model()
    if fitted is None or not rows or not on(RULE):
        return
    needed = [r.stance not in fitted.fixed and not _settled(r) for r in rows]
    feats = row_features(rows, skip, needed)
    new = [
        fitted.revise(r.stance, f) if want else None
        for r, f, want in zip(rows, feats, needed, strict=True)
    ]
    for r, s in zip(rows, new, strict=True):
        if s is not None:
            r.set_stance(cast(Stance, s), RULE)
