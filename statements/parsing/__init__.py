"""Dementi's article parser: clean -> segment -> attribute -> resolve -> stance -> link -> dates.

Pure Python; nothing here imports Django or the rest of the project.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from typing import Any

from .attribute import Frame, attribute
from .clean import Cleaned, clean
from .dates import explicit_date, statement_date
from .link import Node, content_stems, link
from .resolve import MActor, Places, Registry, describe, norm
from .segment import Document, segment
from .stance import has_decline_cue, has_denial_cue, stance_of
from .types import Actor, ParseResult, Statement

__all__ = ["STRICT_ENV", "Actor", "ParseResult", "Statement", "parse_article", "to_contract"]

MAX_CHARS = 3_000_000  # beyond this an input is cut: the parser stays linear and bounded
STRICT_ENV = "DEMENTI_PARSER_STRICT"  # "1"/"true": parse_article re-raises instead of logging

logger = logging.getLogger(__name__)
_SIGNATURE = re.compile(r"^[—–-]\s*(?P<name>[^(\n]{2,80}?)\s*\((?P<handle>@\w+)\)\s*(?P<date>.+)$")
_SECTION = re.compile(r"^[A-Z][A-Z &'-]{2,40}(?::|\s[-–—])\s")
# `the navy's version of events`, `Baeza's figure`: an answer naming whose account it answers.
_POSSESSIVE_ACCOUNT = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[\w-]+'s\s+(?:own\s+)?(?:version|account|report|"
    r"claims?|story|figures?|allegations?|accusations?|readout|statement|assertions?)\b"
)
_NOT_RELAY = re.compile(r"briefing|conference|forum|meeting", re.I)
# An answer that names what it answers by a noun for a claim: `rejected the accusation`,
# `that version of events`, `such claims`, `dismissed the figure`.
_ANAPHOR = re.compile(
    r"\b(?:the|that|this|these|those|such|their|his|her|its|any)\s+(?:[\w-]+(?:'s)?\s+)?"
    r"(?P<noun>accusations?|allegations?|charges?|claims?|assertions?|version(?:s)?|"
    r"account|figures?|suggestions?|insinuations?)\b",
    re.I,
)


_WORD_CHAR = re.compile(r"\w")
_SOURCE_WORDS = re.compile(r"\b(?:source|sources|officials|people|importers|insiders)\b")
_TOLD_PAPER = re.compile(
    r"\btold (?:the|a) (?:paper|newspaper|weekly|journal|gazette|daily)|\btold\s+[A-Z]"
)


def _strict_default() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def parse_article(
    text: str, *, published: dt.date | None = None, strict: bool | None = None
) -> ParseResult:
    """Parse one article into actors and attributed statements.

    Never raises by default: an internal error is logged (with the article's length, not its
    text) and gives an empty result. ``strict=True``, or the environment variable
    ``DEMENTI_PARSER_STRICT=1`` when ``strict`` is None, re-raises instead (tests, debugging).
    """
    if strict is None:
        strict = _strict_default()
    if not isinstance(text, str):
        text = text.decode("utf-8", "replace") if isinstance(text, bytes | bytearray) else ""
    if isinstance(published, dt.datetime):
        published = published.date()
    elif published is not None and not isinstance(published, dt.date):
        published = None
    try:
        return _parse(text[:MAX_CHARS], published)
    except Exception:
        if strict:
            raise
        logger.exception("article parser failed on a text of %d characters", len(text))
        return ParseResult()


def _blocks(doc: Document) -> dict[int, int]:
    """Paragraph -> dispute block: a digest's labelled sections are separate disputes."""
    out = {}
    block = 0
    for p in doc.paragraphs:
        if _SECTION.match(doc.text[p.start : p.end]):
            block += 1
        out[p.index] = block
    return out


def _unit_text(doc: Document, f: Frame) -> str:
    return doc.text[f.unit.start : f.unit.end]


def _parse(text: str, published: dt.date | None) -> ParseResult:
    cleaned: Cleaned = clean(text)
    doc = segment(cleaned.text)
    frames = attribute(doc)
    places = Places(cleaned.text)
    reg = Registry(places)
    blocks = _blocks(doc)

    speakers: list[MActor | None] = []
    prev: MActor | None = None
    targets: list[MActor | None] = []
    relays: list[MActor | None] = []
    cited: list[frozenset[int]] = []
    embedded_speakers: list[MActor | None] = []
    for f in frames:
        actor: MActor | None
        if f.speaker is None:
            actor = prev
            if actor is not None:
                reg.last_speaker = actor
        else:
            actor = reg.resolve(f.speaker)
        cited_here = set()
        for c in f.cited:
            ca = reg.resolve(c, speaking=False)
            if ca is not None:
                cited_here.add(ca.idx)
        cited.append(frozenset(cited_here))
        relay_actor = None
        if f.relay:
            d = describe(f.relay, places)
            if d.kind in ("media", "definite") and not _NOT_RELAY.search(f.relay):
                relay_actor = reg.resolve(f.relay, speaking=False)
        relays.append(relay_actor)
        if f.embedded:
            # `rejected a report by the Capital Observer that ...`: a named outlet is met here,
            # so that a later `the newspaper` is that outlet
            d = describe(f.embedded[0], places)
            if d.kind == "media" and d.named:
                reg.resolve(f.embedded[0], speaking=False)
                if actor is not None:
                    reg.last_speaker = actor
        embedded_speakers.append(None)
        if actor is not None:
            reg.last_speaker = actor
        speakers.append(actor)
        prev = actor
    # Whose account a denial or confirmation names, once every speaker is known.
    for i, f in enumerate(frames):
        phrase = f.target
        if not phrase and f.vclass in ("deny", "confirm", "say"):
            m = _POSSESSIVE_ACCOUNT.search(
                cleaned.text, f.content_start, min(f.end, f.content_start + 120)
            )
            phrase = m.group(0) if m else None
        targets.append(_target_actor(reg, phrase, speakers[i]) if phrase else None)
    # Speakers of claims carried inside denials, once every speaker is known.
    for i, f in enumerate(frames):
        if f.embedded:
            embedded_speakers[i] = _embedded_speaker(reg, f.embedded[0])
    # Signature lines of embedded posts: `— Name (@handle) October 10, 2026`.
    post_dates: dict[int, dt.date] = {}
    for p in doc.paragraphs:
        m = _SIGNATURE.match(doc.text[p.start : p.end])
        if not m:
            continue
        before = [i for i, f in enumerate(frames) if f.end <= p.start]
        if before:
            i = before[-1]
            day = explicit_date(m.group("date"), published)
            if day is not None:
                post_dates[i] = day
            sp = speakers[i]
            if sp is not None and norm(m.group("handle")) not in sp.keys():
                sp.aliases.append(m.group("handle"))
    reg.finish()

    # Statements.
    raw: list[dict[str, Any]] = []
    for i, f in enumerate(frames):
        actor = speakers[i]
        s, e = f.start, f.end
        body = cleaned.text[s:e].strip().strip(",;:").strip()
        if not body or not _WORD_CHAR.search(body):
            continue
        content = cleaned.text[f.content_start : f.end] if f.content_start < f.end else body
        kind = actor.kind if actor else None
        unnamed_source = bool(
            actor is not None
            and actor.kind == "person"
            and not actor.named
            and _SOURCE_WORDS.search(actor.name.lower())
            and "spokes" not in actor.name.lower()
        ) or bool(
            actor is not None
            and actor.kind == "person"
            and not actor.named
            and f.vclass == "say"
            and _TOLD_PAPER.search(_unit_text(doc, f))
        )
        vclass = f.vclass
        if vclass == "turn":
            vclass = "say"
        stance = stance_of(vclass, content, body, kind, unnamed_source)
        if f.rule == "turn-own-claim":
            stance = "claim"
        if vclass == "say" and stance == "comment" and _CALLED_CLAIM.search(body):
            stance = "denial"
        elif vclass == "say" and stance == "denial" and _PUBLIC_APPEAL.search(body):
            stance = "comment"
        if f.question_turn and stance not in ("claim",):
            if kind == "media" or vclass in ("claim", "say"):
                stance = "claim"
        date = None
        if published is not None:
            if i in post_dates:
                date = post_dates[i]
            elif f.turn is not None and not f.question_turn:
                date = published
            else:
                date = statement_date(
                    cleaned.text[f.frame_start : f.frame_end], _unit_text(doc, f), published
                )
        raw.append(
            {
                "frame": f,
                "actor": actor,
                "start": s,
                "end": e,
                "text": body,
                "stance": stance,
                "date": date,
                "target": targets[i],
                "emb": embedded_speakers[i],
                "pos": s,
                "block": blocks.get(f.unit.paragraph, 0),
                "relay": relays[i],
                "cited": cited[i],
                "content": content,
                "shown": _shown(cleaned.text, f, body, content),
            }
        )
    # Claims carried inside denials (`rejected a claim by X that Y`) when X says Y nowhere else.
    extra: list[dict[str, Any]] = []
    skip_places = frozenset(places.by_form)
    for r in raw:
        f = r["frame"]
        emb = r["emb"]
        if f.embedded is None or emb is None:
            continue
        _, es, ee = f.embedded
        ctext = cleaned.text[es:ee]
        own = [x for x in raw if x["actor"] is emb and x is not r]
        hit = next((x for x in own if _overlap(ctext, x["text"])), None) or next(
            (
                x
                for x in own
                if content_stems(ctext, skip_places) & content_stems(x["content"], skip_places)
            ),
            None,
        )
        if hit is not None and hit["stance"] in ("comment",):
            hit["stance"] = "claim"
        if (
            any(x["frame"].vclass == "claim" and x["stance"] == "claim" for x in own)
            or hit is not None
        ):
            r["emb_idx"] = None
            if own:
                r["target"] = emb
            continue
        new = {
            "frame": f,
            "actor": emb,
            "start": es,
            "end": ee,
            "text": ctext,
            "stance": "claim",
            "date": None,
            "target": None,
            "emb": None,
            "pos": es,
            "block": r["block"],
            "embedded_of": r,
            "relay": None,
            "cited": frozenset(),
            "content": ctext,
            "shown": ctext,
        }
        extra.append(new)
        r["emb_new"] = new
    raw.extend(extra)
    raw.sort(key=lambda r: (r["pos"], r["end"]))
    _promote_claims(raw, reg)
    _unrelated_negations(raw, skip_places)
    # An article with no dispute has only comments.
    if not any(r["stance"] == "claim" for r in raw) and not any(
        r["frame"].vclass == "deny" for r in raw
    ):
        for r in raw:
            r["stance"] = "comment"

    nodes = []
    skip = frozenset(places.by_form)
    named = _proper_names(reg)
    if len(named) * len(raw) > 2_000_000:
        named = []  # a pathological text: skip the name scan rather than go quadratic
    para_of = {u.start: u.paragraph for p in doc.paragraphs for u in p.units}
    for k, r in enumerate(raw):
        f = r["frame"]
        tgt = r["target"]
        actor = r["actor"]
        anaphor = _anaphor(f.target or "", r["content"])
        nodes.append(
            Node(
                idx=k,
                stance=r["stance"],
                speaker=actor.idx if actor else None,
                block=r["block"],
                pos=r["pos"],
                turn=f.turn,
                question_turn=f.question_turn,
                target_actor=tgt.idx if tgt is not None else None,
                target_kind="accusation" if anaphor is not None else None,
                embedded=None,
                report=(f.vclass == "claim" or (actor is not None and actor.kind == "media")),
                side=_root(reg, actor),
                para=para_of.get(f.unit.start, f.unit.paragraph),
                stems=content_stems(r["content"], skip),
                mentions=_mentions(r["text"], named, actor),
                relay=r["relay"].idx if r["relay"] is not None else None,
                headline=f.headline,
                anaphor=anaphor,
                optional=f.optional,
                said=f.vclass in ("say", "turn") and "embedded_of" not in r,
                cited=r["cited"],
            )
        )
        r["node"] = nodes[-1]
    for r in raw:
        if r.get("emb_new") is not None:
            r["node"].embedded = r["emb_new"]["node"].idx
    link(nodes)

    # Output.
    used: set[int] = set()
    for r in raw:
        if r["actor"] is not None:
            used.add(r["actor"].idx)
    keep = _actor_closure(reg, used)
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
                country=a.country if a.country and re.fullmatch(r"[A-Z]{2}", a.country) else None,
            )
        )
    sids = {k: f"s{k + 1}" for k in range(len(raw))}
    statements = []
    n_text = len(text)
    for k, r in enumerate(raw):
        o_s, o_e = cleaned.to_original(r["start"], r["end"])
        if n_text == 0 or o_s >= o_e:
            continue
        node = r["node"]
        f = r["frame"]
        statements.append(
            Statement(
                id=sids[k],
                speaker=ids.get(r["actor"].idx) if r["actor"] is not None else None,
                stance=r["stance"],
                text=r["shown"],
                start=o_s,
                end=min(o_e, n_text),
                date=r["date"].isoformat() if r["date"] else None,
                denies=tuple(sids[t] for t in node.denies if t != k),
                confirms=tuple(sids[t] for t in node.confirms if t != k),
                confidence=_confidence(f, r),
                rule=f.rule if "embedded_of" not in r else "embedded-claim",
            )
        )
    return ParseResult(actors=tuple(actors), statements=tuple(statements))


_WORDS_RE = re.compile(r"\w+")


# Words that dismiss an account by themselves, whatever they are about.
_DISMISSAL = re.compile(
    r"\b(?:false(?:ly|hood)?|fake|untrue|baseless|groundless|unfounded|fabricat\w*|fiction\w*|"
    r"nonsense|lies?|lying|den(?:y|ies|ied|ial)|reject\w*|dismiss\w*|rumou?rs?|speculat\w*|"
    r"misleading|incorrect|inaccurate|wrong|absurd|ridiculous|invent\w*|distort\w*|no such|"
    r"never happened|not true|no truth|no basis|no evidence)\b",
    re.I,
)
# An answer pointing back at what was reported: `the report`, `such talks`, `these stories`.
_REPORT_BACK = re.compile(
    r"\b(?:the|that|this|these|those|such|any)\s+(?:[\w-]+\s+)?(?:reports?|stor(?:y|ies)|"
    r"articles?|rumou?rs?|claims?|allegations?|accusations?|suggestions?|assertions?)\b",
    re.I,
)


# Words that move a speaker on to another subject: `also said`, `separately`, `meanwhile`.
_NEW_TOPIC = re.compile(
    r"\balso\s+(?:said|says|told|noted|added|stated|announced|remarked)\b|\bseparately\b|"
    r"\bmeanwhile\b|\bin other remarks\b|\bon (?:another|a different|an unrelated) "
    r"(?:subject|topic|matter|issue)\b|\bturning to\b",
    re.I,
)


def _unrelated_negations(raw: list[dict[str, Any]], skip: frozenset[str]) -> None:
    """A negation on another subject is a comment, not a denial.

    `He also said the president had no plans to travel abroad` after a denial of talks: the
    `no` answers nothing. Only a statement that moves on (`also said`, `separately`) and shares
    no content word with any claim of the article is demoted; one that dismisses (`false`, `no
    such`), points back at the report (`the report`, `such claims`) or names a target keeps
    its denial.
    """
    claims = [content_stems(r["text"], skip) for r in raw if r["stance"] == "claim"]
    if not claims:
        return
    for r in raw:
        f = r["frame"]
        if r["stance"] != "denial" or f.vclass not in ("say", "turn") or r["target"] is not None:
            continue
        if f.embedded is not None or f.target or f.question_turn:
            continue
        text = r["text"]
        if not _NEW_TOPIC.search(text):
            continue
        if _DISMISSAL.search(text) or _REPORT_BACK.search(text) or _ANAPHOR.search(text):
            continue
        stems = content_stems(r["content"], skip)
        if any(stems & claim for claim in claims):
            continue
        r["stance"] = "comment"


def _shown(text: str, f: Frame, body: str, content: str) -> str:
    """The statement's words: without a long attribution in front of a reported clause
    (`X's army said in a statement that ...` shows what was said)."""
    if f.vclass not in ("say", "claim") or not (f.start < f.content_start < f.end):
        return body
    lead = text[f.start : f.content_start]
    shown = content.strip().strip(",;:").strip()
    if len(_WORDS_RE.findall(lead)) >= 6 and len(_WORDS_RE.findall(shown)) >= 6:
        return shown
    return body


def _anaphor(target: str, content: str) -> str | None:
    """The claim noun an answer refers back to (`the accusation`), if any."""
    m = _ANAPHOR.search(target) or _ANAPHOR.search(content[:80])
    if not m:
        return None
    noun = m.group("noun").lower()
    if noun.startswith(("version", "account")):
        return "version"
    if noun.startswith("figure"):
        return "figure"
    return "accusation"


def _proper_names(reg: Registry) -> list[tuple[int, str]]:
    """(actor, written name) pairs worth finding in a statement: capitalised, not generic."""
    out = []
    for a in reg.actors:
        for n in [a.name, *a.aliases]:
            n = n.strip()
            low = n.lower()
            if len(n) < 4 or not n[:1].isupper() or low.startswith(("the ", "its ", "a ", "an ")):
                continue
            out.append((a.idx, n))
    return out


def _mentions(text: str, named: list[tuple[int, str]], speaker: MActor | None) -> frozenset[int]:
    """Actors a statement names, other than its speaker."""
    me = speaker.idx if speaker is not None else None
    return frozenset(i for i, n in named if i != me and n in text)


def _embedded_speaker(reg: Registry, phrase: str) -> MActor | None:
    d = describe(phrase, reg.places)
    if d.kind == "person" and not d.named and d.role:
        key = d.role.split()[-1]
        for a in reg.actors:
            if a.kind == "person" and a.named and a.role and key in a.role.split():
                if norm(phrase) not in a.keys():
                    a.aliases.append(phrase)
                return a
    return reg.resolve(phrase, speaking=False)


def _root(reg: Registry, a: MActor | None) -> int | None:
    seen: set[int] = set()
    cur = a
    while cur is not None and cur.idx not in seen:
        seen.add(cur.idx)
        if cur.affiliation is None:
            return cur.idx
        cur = reg.actors[cur.affiliation]
    return cur.idx if cur is not None else None


_FUTURE = re.compile(r"\b(?:would|will|shall|next (?:week|month|year|spring|round))\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|i|our|us|my)\b", re.I)


def _promote_claims(raw: list[dict[str, Any]], reg: Registry) -> None:
    """Find the accounts a dispute is about, then read each side's words by the side it takes."""
    blocks: dict[int, list[dict[str, Any]]] = {}
    for r in raw:
        r["side"] = _root(reg, r["actor"])
        blocks.setdefault(r["block"], []).append(r)
    for rows in blocks.values():
        index = {id(x): k for k, x in enumerate(rows)}
        _answered_accounts(rows)
        deny_rows = [
            r
            for r in rows
            if r["frame"].vclass == "deny" and r["stance"] == "denial" and r["side"] is not None
        ]
        if not deny_rows:
            deny_rows = [r for r in rows if r["stance"] == "denial" and r["side"] is not None]
        accused = _accused_sides(rows, reg)
        if not deny_rows and not accused:
            continue
        body_rows = [r for r in deny_rows if not r["frame"].headline] or deny_rows
        deniers = {body_rows[0]["side"]} if body_rows else set()
        deniers |= accused
        claims = [r for r in rows if r["stance"] == "claim"]
        if not claims:
            run_side = None
            for r in rows:
                if r["side"] in deniers or r["frame"].headline:
                    if run_side is not None:
                        break
                    continue
                if (
                    run_side is None
                    and r["stance"] in ("comment", "denial")
                    and r["frame"].vclass == "say"
                ):
                    run_side = r["side"]
                if run_side is not None:
                    if r["side"] != run_side:
                        break
                    if r["stance"] in ("comment", "denial") and r["frame"].vclass == "say":
                        r["stance"] = "claim"
        claimants = {r["side"] for r in rows if r["stance"] == "claim"} - {None} - accused
        deniers |= {r["side"] for r in deny_rows} - claimants
        deniers |= {
            r["side"]
            for r in rows
            if r["stance"] == "denial" and not r["frame"].headline and r["side"] is not None
        } - claimants
        first_claim = min((r["pos"] for r in rows if r["stance"] == "claim"), default=None)
        for r in rows:
            f = r["frame"]
            if f.vclass not in ("say", "turn") or r["stance"] not in ("comment", "denial"):
                continue

            body = r["text"]
            if has_decline_cue(body) or _NONCOMMITTAL.search(body) or _PUBLIC_APPEAL.search(body):
                continue
            sent = body
            if r["side"] in deniers and r["side"] not in claimants:
                # the attribution, with the adverbials before the speaker (`Separately, X said`)
                lead = (
                    reg.places.text[f.frame_start : r["start"]]
                    + " "
                    + sent[: max(0, len(sent) - len(r["content"]))]
                )
                if (
                    not _FUTURE.search(sent)
                    and not re.match(r"^(?:separately|also)\b", sent, re.I)
                    and not _ASIDE.search(lead)
                ):
                    r["stance"] = "denial"
            elif (
                r["side"] in claimants
                and r["side"] not in deniers
                and first_claim is not None
                and r["pos"] > first_claim
            ):
                if _FIRST_PERSON.search(sent) or has_denial_cue(sent):
                    before = _previous_by(rows, r, index)
                    # a claimant rejecting the other side's account goes on rejecting it
                    if before is not None and before["stance"] == "denial":
                        r["stance"] = "denial"
                    else:
                        r["stance"] = "confirmation"
                elif _backs_claim(r, rows, index):
                    r["stance"] = "confirmation"
        _partial_confirmations(rows, deniers, first_claim)


# `The ministry said separately that ...`, `In other news, ...`: a remark on another matter.
_ASIDE = re.compile(
    r"\b(?:separately|in a separate (?:statement|message|matter)|in other news)\b", re.I
)
_CONTRAST = re.compile(r"\bbut\b", re.I)


def _partial_confirmations(
    rows: list[dict[str, Any]], deniers: set[int], first_claim: int | None
) -> None:
    """`X said the ship had been inside the waters but further out than claimed`: a side that
    denies nothing, repeating a claim's facts with a reservation, confirms it in part."""
    if first_claim is None:
        return
    claims: list[tuple[int, Any, frozenset[str]]] = []  # (pos, side, stems), in order
    for r in rows:
        f = r["frame"]
        if r["stance"] == "claim":
            claims.append((r["pos"], r["side"], content_stems(r["content"])))
            continue
        if r["stance"] != "comment" or f.vclass != "say" or r["pos"] < first_claim:
            continue
        if r["side"] in deniers or f.headline or not _CONTRAST.search(r["content"]):
            continue
        stems = content_stems(r["content"])
        if any(
            len(stems & c_stems) >= 2 and side != r["side"]
            for pos, side, c_stems in claims[-30:]  # the claims just before: bounded work
            if pos < r["pos"]
        ):
            r["stance"] = "confirmation"


def _backs_claim(r: dict[str, Any], rows: list[dict[str, Any]], index: dict[int, int]) -> bool:
    """Another voice of a claimant's side, after a denial, telling facts of the claim again
    (`Lidovan lorries crossing the bridge that day had paid the old rate`): a confirmation."""
    i = index.get(id(r), 0)
    before = rows[max(0, i - 30) : i]  # the statements just before: bounded work
    claims = [c for c in before if c["stance"] == "claim" and c["side"] == r["side"]]
    if not claims or any(c["actor"] is r["actor"] for c in claims):
        return False
    if not any(o["stance"] == "denial" and o["side"] != r["side"] for o in before):
        return False
    stems = content_stems(r["content"])
    return any(len(stems & content_stems(c["content"])) >= 2 for c in claims)


def _previous_by(
    rows: list[dict[str, Any]], r: dict[str, Any], index: dict[int, int]
) -> dict[str, Any] | None:
    """The statement just before r, when the same speaker made it in the same or the
    previous paragraph."""
    i = index.get(id(r), 0)
    if i == 0:
        return None
    o = rows[i - 1]
    if o["actor"] is not r["actor"]:
        return None
    if o["frame"].unit.paragraph < r["frame"].unit.paragraph - 1:
        return None
    return o


def _answered_accounts(rows: list[dict[str, Any]]) -> None:
    """`X said it had detained a trawler. Y denied the vessel had left ...`: a denial that
    names no claim answers the account just before it by another side, which is a claim."""
    for i, r in enumerate(rows):
        f = r["frame"]
        if f.vclass != "deny" or r["stance"] != "denial" or f.embedded or f.headline or f.target:
            continue
        if _ANAPHOR.search(r["text"]):
            continue  # `rejected that version of events`: read by the linker
        para = f.unit.paragraph
        for j in range(i - 1, max(-1, i - 21), -1):  # a bounded look back
            o = rows[j]
            if o["frame"].unit.paragraph < para - 1 or o["stance"] == "claim":
                break
            if (
                o["side"] != r["side"]
                and o["side"] is not None
                and o["frame"].vclass == "say"
                and o["stance"] == "comment"
                and not o["frame"].headline
            ):
                o["stance"] = "claim"
                break


_ACCUSED = re.compile(
    r"\baccus\w*\s+(?:neighbou?ring\s+)?(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
# Words of a speaker who neither confirms nor denies: `aware of the reports`, `in contact with`.
_NONCOMMITTAL = re.compile(
    r"\b(?:aware of the (?:reports?|claims?|allegations?)|in (?:close )?contact with|"
    r"monitoring the situation|looking into (?:the|it|this)|"
    r"following the (?:case|matter|situation))",
    re.I,
)
# A warning or appeal to the public at large names no report: it answers nothing.
_PUBLIC_APPEAL = re.compile(
    r"\b(?:warn\w*|urg\w*|call\w* on|appeal\w* to|ask\w*)\s+(?:all\s+)?(?:citizens|residents|"
    r"the public|people|the population|voters|users|readers|everyone)\b",
    re.I,
)
# `called the accusations "a provocation"`: a dismissal worded with a verb of naming.
_CALLED_CLAIM = re.compile(
    r"\b(?:called|described|termed|branded|labell?ed|characteri[sz]ed)\s+(?:the|these|those|"
    r"such|his|her|their|its)\s+(?:[\w'-]+\s+){0,2}(?:accusations?|allegations?|claims?|reports?|"
    r"story|stories|charges?|assertions?)\b",
    re.I,
)


def _accused_sides(rows: list[dict[str, Any]], reg: Registry) -> set[int]:
    """Sides a claim accuses by name (`accused neighbouring Lidova of ...`)."""
    out: set[int] = set()
    for r in rows:
        if r["stance"] != "claim":
            continue
        m = _ACCUSED.search(r["text"])
        if not m:
            continue
        place = reg.places.find(m.group("who")) or reg.places.find(m.group("who").split()[0])
        if place is None:
            continue
        gov = reg.gov_of_place.get(place.key)
        side = _root(reg, gov) if gov is not None else None
        if side is not None and side != r["side"]:
            out.add(side)
    return out


def _overlap(a: str, b: str) -> bool:
    wa = {w for w in re.findall(r"[a-z]{4,}", a.lower())}
    wb = {w for w in re.findall(r"[a-z]{4,}", b.lower())}
    stop = {
        "that",
        "this",
        "with",
        "from",
        "have",
        "were",
        "been",
        "which",
        "would",
        "their",
        "there",
    }
    return bool((wa & wb) - stop)


def _target_actor(reg: Registry, target: str, speaker: MActor | None) -> MActor | None:
    """The actor whose account a denial or confirmation answers, when its object names one."""
    t = target.strip()
    m = re.search(r"\bby\s+(.+)$", t)
    phrase = None
    if m:
        phrase = m.group(1)
    else:
        m2 = re.match(r"^(.+?)'s\s+(?:own\s+)?\w+", t)
        if m2:
            phrase = m2.group(1)
    if not phrase:
        return None
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)
    d = describe(phrase, reg.places)
    if d.kind == "definite" or len(phrase.split()) == 1:
        head = (d.head or phrase).lower()
        cands = [
            a
            for a in reg.actors
            if any(head in x.lower().split() or head == x.lower() for x in [a.name, *a.aliases])
        ]
        if speaker is not None and speaker.place is not None:
            same = [a for a in cands if a.place == speaker.place]
            cands = same or cands
        if cands:
            return max(cands, key=lambda a: a.last_seen)
    found = reg.find_existing(d)
    if found is None and d.kind == "person" and d.named:
        return reg.resolve(phrase, speaking=False)
    return found


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


def _confidence(f: Frame, r: dict[str, Any]) -> float:
    base = {
        "verb": 0.8,
        "quote-tail": 0.85,
        "transcript-answer": 0.8,
        "tail": 0.6,
        "colon": 0.7,
    }.get(f.rule, 0.55)
    if r["actor"] is None:
        base -= 0.3
    if r["stance"] == "denial" and not has_denial_cue(r["text"]) and f.vclass != "deny":
        base -= 0.1
    return round(max(0.05, min(base, 0.99)), 2)


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
            }
            for s in result.statements
        ],
    }
