"""How sure the parser is of each statement, and why: a calibrated logistic model.

Every statement carries a trace: the names of what the parser knew when it made it (the rule that
found the speech act, how its speaker was found, whether its stance rests on a verb or a cue word,
where it stands, how long it is, whether it was linked). The confidence is a logistic function of
a few general names with weights stored as data (``lexicon/confidence.json``, fitted by
``bench/fit_confidence.py`` on some annotated sets and checked on the others, its calibration curve
drawn from each set scored by a model that never saw it), so that a statement scored above 0.8 is
right about nine times in ten on text the parser was not tuned on. The weights of a statement's
strongest features are its reasons, shown to the editor. A link's confidence is its rule's
(contract.py); see calibrate().
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from .types import ParseResult

MODEL_FILE = Path(__file__).resolve().parent / "lexicon" / "confidence.json"
REASONS_SHOWN = 5  # the strongest contributions kept as a statement's reasons

# What a verb class says of its own stance (the verb is the cue).
_VERB_STANCE = {
    "deny": "denial",
    "confirm": "confirmation",
    "claim": "claim",
    "decline": "comment",
}


@dataclass(frozen=True, slots=True)
class Weights:
    """A logistic model: a bias and one weight per feature name (unknown names weigh 0).

    ``curve`` maps the model's raw probability to the share right that cross-validation found
    for it: (raw, calibrated) points, increasing, interpolated linearly (empty: no mapping).
    """

    bias: float
    weights: Mapping[str, float]
    curve: tuple[tuple[float, float], ...] = ()

    def logit(self, features: Iterable[str]) -> float:
        """The model's log-odds for these features."""
        return self.bias + sum(self.weights.get(f, 0.0) for f in set(features))

    def raw(self, features: Iterable[str]) -> float:
        """The logistic model's probability before the calibration curve."""
        return _sigmoid(self.logit(features))

    def probability(self, features: Iterable[str]) -> float:
        """The calibrated probability for these features, in [0, 1]."""
        return interpolate(self.curve, self.raw(features))


def interpolate(curve: tuple[tuple[float, float], ...], x: float) -> float:
    """A piecewise-linear increasing map through the curve's points.

    Beyond its ends it runs on towards (0, 0) and (1, 1), so that the order of the raw scores
    survives: the least certain statements stay apart at the head of the review queue.
    """
    if not curve:
        return x
    (fx, fy), (lx, ly) = curve[0], curve[-1]
    if x <= fx:
        return fy * x / fx if fx > 0 else fy
    if x >= lx:
        return ly + (1.0 - ly) * (x - lx) / (1.0 - lx) if lx < 1 else ly
    xs = _sorted_xs(curve)
    if xs is not None and fx < x < lx:  # (not a NaN)
        # the first point at or beyond x, found by bisection: the segment the loop below finds
        j = bisect.bisect_left(xs, x)
        (x0, y0), (x1, y1) = curve[j - 1], curve[j]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    for (x0, y0), (x1, y1) in itertools.pairwise(curve):
        if x <= x1:
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return ly


@lru_cache(maxsize=8)
def _sorted_xs(curve: tuple[tuple[float, float], ...]) -> list[float] | None:
    """The curve's x values when they never decrease (as fitted), else None."""
    xs = [x for x, _ in curve]
    return xs if all(a <= b for a, b in itertools.pairwise(xs)) else None


@dataclass(frozen=True, slots=True)
class Model:
    """The statement model."""

    statement: Weights


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _weights(raw: object) -> Weights:
    if not isinstance(raw, dict):
        raise ValueError(f"{MODEL_FILE.name}: a model must be an object")
    table = raw.get("weights", {})
    if not isinstance(table, dict):
        raise ValueError(f"{MODEL_FILE.name}: weights must be an object")
    curve = tuple((float(x), float(y)) for x, y in raw.get("curve", []))
    return Weights(float(raw.get("bias", 0.0)), {str(k): float(v) for k, v in table.items()}, curve)


@cache
def model() -> Model:
    """The fitted weights (read once); a missing or malformed file is an error."""
    raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return Model(statement=_weights(raw["statement"]))


def frame_trace(
    *,
    rule: str,
    vclass: str,
    stance: str,
    stance_cue: bool,
    speaker: str | None,
    speaker_kind: str | None,
    named: bool,
    pronoun: bool,
    headline: bool = False,
    turn: bool = False,
    question: bool = False,
    embedded: bool = False,
    optional: bool = False,
    stance_rules: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """The names of what the parser knew of one speech act when it made the statement.

    ``speaker`` is the speaker phrase as written (None: inherited from the previous statement);
    ``stance_cue``: the content has a word that states the stance (a denial or confirmation cue);
    ``stance_rules``: the stance trace (`rule:stance`, first reading first).
    """
    family = rule.split("-", 1)[0] if rule.startswith("participle-") else rule
    out = [f"rule:{family or 'unknown'}", f"verb:{vclass}", f"stance:{stance}"]
    if _VERB_STANCE.get(vclass) == stance:
        out.append("cue:verb")
    elif stance_cue:
        out.append("cue:word")
    else:
        out.append("cue:none")  # the stance is the parser's default reading, stated by no word
    if speaker_kind is None:
        out.append("speaker:none")
    else:
        out.append(f"kind:{speaker_kind}")
        if speaker is None:
            out.append("speaker:inherited")
        elif pronoun:
            out.append("speaker:pronoun")
        out.append("speaker:named" if named else "speaker:unnamed")
    if (
        family == "verb"
        and "cue:verb" in out
        and named
        and speaker is not None
        and not pronoun
        and speaker_kind is not None
    ):
        # The sturdiest case: a named subject of a verb that itself says claim, deny or confirm.
        out.append("evidence:strong")
    if stance_rules:
        out.append(f"stance-rule:{stance_rules[-1].rsplit(':', 1)[0]}")
        if len(stance_rules) > 1:
            out.append("stance:revised")  # a later pass changed the first reading
    for flag, name in (
        (headline, "headline"),
        (turn, "turn"),
        (question, "question"),
        (embedded, "embedded"),
        (optional, "restated"),
    ):
        if flag:
            out.append(name)
    return tuple(out)


def _bin(value: float, edges: tuple[float, ...], name: str) -> str:
    for edge in edges:
        if value < edge:
            return f"{name}:<{edge:g}"
    return f"{name}:>={edges[-1]:g}"


# A speaker's name that is no name: it starts with a word that never opens a name (`From the
# Agency`, `In the same statement it`, `Probably both`, `him`) or with a small letter (`video`,
# `customs data`): the speech act's subject was misread, so its stance is likely misread too.
_ODD_NAME_START = re.compile(
    r"^(?:from|in|on|at|by|with|for|to|of|as|according|after|before|but|and|or|not|so|then|"
    r"probably|perhaps|also|him|her|them|it|its|this|that|these|those|there|here)\b",
    re.I,
)


def odd_name(name: str | None) -> bool:
    """The speaker's name does not read as a name (see _ODD_NAME_START)."""
    if not name:
        return False
    return name[0].islower() or bool(_ODD_NAME_START.match(name))


def result_features(result: ParseResult, length: int) -> dict[str, tuple[str, ...]]:
    """Statement id -> what the whole result says of it: length, place, links, speaker's share,
    whether its speaker's name reads as a name."""
    names = {a.id: a.name for a in result.actors}
    # one count over every statement's distinct targets (not one Counter.update per statement)
    links_in: Counter[str] = Counter(
        t for s in result.statements for t in {x.target for x in s.links}
    )
    said: Counter[str | None] = Counter(s.speaker for s in result.statements)
    disputed = any(s.stance != "comment" for s in result.statements)
    out = {}
    for s in result.statements:
        words = len(s.text.split())
        feats = [
            _bin(words, (6, 12, 25, 50), "words"),
            _bin(s.start / length if length else 0.0, (0.1, 0.5), "place"),
            _bin(said[s.speaker], (2, 4), "speaker-statements"),
        ]
        if s.links:
            feats.append("links:out")
        elif s.stance in ("denial", "confirmation"):
            feats.append("links:answer-unlinked")
        if links_in[s.id]:
            feats.append("links:in")
        elif s.stance == "claim":
            feats.append("links:claim-unanswered")
        if s.stance == "comment":
            # A comment in an article with no dispute is rarely anything else; in a dispute it
            # is often a claim or an answer the parser did not recognise.
            feats.append("comment:in-dispute" if disputed else "comment:no-dispute")
        if '"' in s.text or "“" in s.text:
            feats.append("quoted")
        if s.speaker is not None and odd_name(names.get(s.speaker)):
            feats.append("speaker:odd-name")
        out[s.id] = tuple(feats)
    return out


def reasons(weights: Weights, features: Iterable[str]) -> tuple[tuple[str, float], ...]:
    """The strongest contributions to a score, strongest first: (feature, weight)."""
    scored = [(f, round(weights.weights[f], 2)) for f in set(features) if f in weights.weights]
    scored.sort(key=lambda fw: (-abs(fw[1]), fw[0]))
    return tuple(fw for fw in scored[:REASONS_SHOWN] if fw[1] != 0.0)


def calibrate(result: ParseResult, length: int) -> ParseResult:
    """The result with every statement's confidence and reasons filled in.

    A link keeps the confidence of the rule that made it (contract.py's table): a link model
    fitted like the statements' (rule, both ends' scores, distance, fan-in) was measured worse
    calibrated on the splits it was not fitted on (expected calibration error 0.080 against the
    table's 0.025 on the 49 dev articles), so it was left out.
    """
    m = model()
    extra = result_features(result, length)
    scored = []
    for s in result.statements:
        trace = (*s.trace, *extra[s.id])
        if "speaker:odd-name" in trace:
            # a verb's subject that is no name is no strong evidence of who said what
            trace = tuple(f for f in trace if f != "evidence:strong")
        p = m.statement.probability(trace)
        scored.append(
            replace(s, trace=trace, confidence=round(p, 3), reasons=reasons(m.statement, trace))
        )
    return replace(result, statements=tuple(scored))
