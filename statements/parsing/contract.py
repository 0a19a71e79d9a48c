"""Contract pass: rows and actors into the frozen result, and the result into the JSON contract."""

from __future__ import annotations

import re
from typing import Any

from . import lexicon
from .clean import Cleaned
from .confidence import calibrate, frame_trace
from .model import Row
from .resolve import MActor, Registry, norm
from .rules import on
from .stance import has_confirm_cue, has_denial_cue
from .types import Actor, Link, ParseResult, Statement

# How far each linking rule is to be trusted (a link's confidence), by what it rests on.
_LINK_CONFIDENCE = {
    "carried-claim": 0.9,
    "named-account": 0.85,
    "transcript-question": 0.7,
    "refers-back": 0.7,
    "refers-back-counter-account": 0.6,
    "speaker-runs-on": 0.7,
    "named-answer": 0.7,
    "claimant-own-claim": 0.65,
    "dispute-leads": 0.65,
    "proposition-match": 0.6,
    "echoes-answer-proposition": 0.5,
    "refers-back-answer": 0.55,
    "one-detail": 0.5,
    "repeats-words": 0.5,
    "echoes-answer": 0.5,
    "anaphor-names-claim-verb": 0.7,
    "headline-answers-body-claim": 0.5,
    "answer-shares-one-claim": 0.5,
    "counter-claim": 0.45,
    "backing-claim": 0.45,
}


def result(rows: list[Row], reg: Registry, cleaned: Cleaned, n_text: int) -> ParseResult:
    """The parse result: actors that matter to the statements, statements with their links."""
    used: set[int] = set()
    for r in rows:
        if r.actor is not None:
            used.add(r.actor.idx)
    keep = {i for i in _actor_closure(reg, used) if not reg.actors[i].merged}
    ids = {a.idx: f"a{n + 1}" for n, a in enumerate(a for a in reg.actors if a.idx in keep)}
    actors = []
    seen_keys: set[str] = set()
    for a in reg.actors:
        if a.idx not in keep:
            continue
        aliases = []
        for al in a.aliases:
            key = norm(al)
            if key and key != norm(a.name) and key not in seen_keys and al not in aliases:
                aliases.append(al)
        seen_keys.update({norm(a.name), *(norm(x) for x in aliases)})
        actors.append(
            Actor(
                id=ids[a.idx],
                name=a.name,
                kind=a.kind,
                aliases=tuple(aliases),
                role=a.role,
                affiliation=ids.get(a.affiliation) if a.affiliation is not None else None,
                country=a.country
                if a.country and re.fullmatch(r"[A-Z]{2}", a.country)
                else _web_country(a),
            )
        )
    sids = {k: f"s{k + 1}" for k in range(len(rows))}
    statements = []
    for k, r in enumerate(rows):
        start, end, shown = r.start, r.end, r.shown
        if (wider := _with_attribution(r, cleaned.text)) is not None:
            start, end, shown = wider
        o_s, o_e = cleaned.to_original(start, end)
        if n_text == 0 or o_s >= o_e:
            continue
        links = tuple(
            Link(target=sids[x.target], relation=x.relation, rule=x.rule, confidence=x.confidence)
            for x in r.links
            if x.target != k
        )
        statements.append(
            Statement(
                id=sids[k],
                speaker=ids.get(r.actor.idx) if r.actor is not None else None,
                stance=r.stance,
                text=shown,
                start=o_s,
                end=min(o_e, n_text),
                date=r.date.isoformat() if r.date else None,
                denies=tuple(x.target for x in links if x.relation == "denies"),
                confirms=tuple(x.target for x in links if x.relation == "confirms"),
                trace=_trace(r),
                rule=r.frame.rule if r.embedded_of is None else "embedded-claim",
                rules=tuple(r.rules),
                links=links,
            )
        )
    return calibrate(ParseResult(actors=tuple(actors), statements=tuple(statements)), n_text)


# A quotation or clause of fewer words than this, before its attribution, is shown with the
# attribution (`"There is no such fact," Kihara told a press conference`; `Yokota died in 1993,
# officials said`): its own words are too few to place it. Only what is shown and where it
# stands widen; the linker and the stories read the statement's own words.
_SHORT_WITH_ATTRIBUTION = {"quote-tail": ("short-quote-tail", 6), "tail": ("short-tail", 10)}
_WORDS = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[,;.!?\n]")


def _with_attribution(r: Row, text: str) -> tuple[int, int, str] | None:
    f = r.frame
    rule_limit = _SHORT_WITH_ATTRIBUTION.get(f.rule)
    if rule_limit is None or r.embedded_of is not None or f.verb_start <= r.end:
        return None
    rule, limit = rule_limit
    if len(_WORDS.findall(r.shown)) >= limit or not on(rule):
        return None
    m = _CLAUSE_END.search(text, f.verb_start, max(f.frame_end, f.verb_start) + 1)
    end = m.start() if m is not None else f.frame_end
    if end <= r.end or end - r.end > 200:
        return None
    return r.start, end, " ".join(text[r.start : end].split())


def link_confidence(rule: str) -> float:
    """How far a link made by this rule is to be trusted."""
    return _LINK_CONFIDENCE.get(rule, 0.5)


def _actor_closure(reg: Registry, used: set[int]) -> set[int]:
    keep = set(used)
    for a in reg.actors:
        if not a.speaker and a.kind in ("person",) and a.idx not in used:
            # cited sources and named non-speakers are actors of the dispute too
            keep.add(a.idx)
        if (a.kind == "media" or a.party) and a.idx not in used:
            keep.add(a.idx)
    frontier = list(keep)
    while frontier:
        i = frontier.pop()
        aff = reg.actors[i].affiliation
        if aff is not None and aff not in keep:
            keep.add(aff)
            frontier.append(aff)
    return keep


def _trace(r: Row) -> tuple[str, ...]:
    """What the row's speech act and stance rest on; calibrate() turns it into a confidence."""
    f, a = r.frame, r.actor
    return frame_trace(
        rule=f.rule if r.embedded_of is None else "embedded-claim",
        vclass=f.vclass,
        stance=r.stance,
        stance_cue=has_denial_cue(r.text) or has_confirm_cue(r.text),
        speaker=f.speaker.text if f.speaker is not None else None,
        speaker_kind=a.kind if a is not None else None,
        named=a is not None and a.named,
        pronoun=f.speaker is not None and f.speaker.pronoun,
        headline=f.headline,
        turn=f.turn is not None,
        question=f.question_turn,
        embedded=r.embedded_of is not None,
        optional=f.optional,
        stance_rules=tuple(r.rules),
    )


def to_contract(result: ParseResult) -> dict[str, Any]:
    """The output contract JSON object of a parse result."""
    return {
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "role": a.role,
                "affiliation": a.affiliation,
                "country": a.country,
            }
            for a in result.actors
        ],
        "statements": [
            {
                "id": s.id,
                "speaker": s.speaker,
                "stance": s.stance,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "date": s.date,
                "denies": list(s.denies),
                "confirms": list(s.confirms),
                "confidence": s.confidence,
                "rule": s.rule,
                "rules": list(s.rules),
                "trace": list(s.trace),
                "reasons": [[name, weight] for name, weight in s.reasons],
                "links": [
                    {
                        "target": x.target,
                        "relation": x.relation,
                        "rule": x.rule,
                        "confidence": x.confidence,
                    }
                    for x in s.links
                ],
            }
            for s in result.statements
        ],
    }


# An outlet named by its web address: the country of its country-code domain (`Kritika.me`,
# `24.kg`); generic or borrowed domains (`.io`, `.tv`, `.fm`, `.co`) name no country.
_WEB_DOMAIN = re.compile(r"\.([a-z]{2})$")
_BORROWED_DOMAINS = frozenset({"io", "tv", "fm", "co", "ai", "ly", "cc"})


def _web_country(a: MActor) -> str | None:
    """The country of an outlet's web address, when the parser found none."""
    if a.kind != "media" or not on("web-name-country"):
        return None
    m = _WEB_DOMAIN.search(a.name)
    if m is None or m.group(1) in _BORROWED_DOMAINS:
        return None
    code = m.group(1).upper()
    return code if code in lexicon.country_by_code() else None
