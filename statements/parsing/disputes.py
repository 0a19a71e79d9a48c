"""Disputes pass: what is contested in an article, and each side's words read by its side.

Claims carried inside denials become claims of their own (annotation rule 4) unless their
speaker says them elsewhere; an account that a denial answers is a claim; a side that denies
goes on denying, a claimant that speaks again stands by its account. Each change of stance
names its rule.
"""

from __future__ import annotations

import re

from . import lexicon
from .link import content_stems
from .model import Row
from .resolve import MActor, Registry
from .rules import on
from .speakers import root
from .stance import (
    ANAPHOR,
    PUBLIC_APPEAL,
    REPORT_BACK,
    has_decline_cue,
    has_denial_cue,
    has_dismissal_cue,
    has_policy_cue,
)

# A remark about what will, should or could be is no account of what happened.
_FUTURE = re.compile(
    r"\b(?:would|will|shall|should|could|might|next (?:week|month|year|spring|round))\b", re.I
)
_FIRST_PERSON = re.compile(r"\b(?:we|i|our|us|my)\b", re.I)
# `The ministry said separately that ...`, `In other news, ...`: a remark on another matter.
_ASIDE = re.compile(
    r"\b(?:separately|in a separate (?:statement|message|matter)|in other news)\b", re.I
)
_CONTRAST = re.compile(r"\bbut\b", re.I)
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
_STOP = frozenset("that this with from have were been which would their there".split())


def embedded_claims(rows: list[Row], reg: Registry, skip: frozenset[str]) -> list[Row]:
    """Claims carried inside denials (`rejected a claim by X that Y`) when X says Y nowhere
    else: new rows (rule 4). Where X does say it, the denial names X as its target."""
    text = reg.places.text
    extra: list[Row] = []
    for r in rows:
        f = r.frame
        emb = r.emb
        if f.embedded is None or emb is None:
            continue
        _, es, ee = f.embedded
        ctext = text[es:ee]
        own = [x for x in rows if x.actor is emb and x is not r]
        hit = next((x for x in own if _overlap(ctext, x.text)), None) or next(
            (x for x in own if content_stems(ctext, skip) & content_stems(x.content, skip)),
            None,
        )
        if not own and _generic_outlet(emb, reg) and on("outlet-described"):
            # `a Nigerian newspaper's report that ...` and, in its own clause, `The Lagos-based
            # Herald reported ...`: the report stated elsewhere, by the outlet it describes
            named = [
                x
                for x in rows
                if x.stance == "claim"
                and x.actor is not None
                and x.actor.kind == "media"
                and x.block == r.block
            ]
            if named:
                r.target = named[0].actor
                continue
        if hit is not None and hit.stance == "comment":
            hit.set_stance("claim", "embedded-said-elsewhere")
        if hit is not None or any(
            x.stance == "claim"
            and (x.frame.vclass == "claim" or on("report-stated-elsewhere"))
            and not x.restated()
            for x in own
        ):
            if own:
                r.target = emb
            continue
        if not on("embedded-claim"):
            continue
        new = Row(
            frame=f,
            actor=emb,
            start=es,
            end=ee,
            text=ctext,
            content=ctext,
            shown=ctext,
            stance="claim",
            block=r.block,
            rules=["embedded-claim:claim"],
            embedded_of=r,
        )
        extra.append(new)
        r.emb_new = new
    return extra


# The object of a denial that names a report without a `that` clause of its own speaker:
# `denied media reports about a planned visit`, `denied what was circulated by X about Y`.
_LEAD_ADVERBIAL = r"^[,\s]*(?:(?:on|late on|early on|last|earlier on)\s+\w+(?:\s+\w+)?\s*,\s*)?"
_REPORT_ABOUT = re.compile(
    _LEAD_ADVERBIAL
    + r"(?:(?:(?:the|some|recent|several|media|press|news|local|foreign|online|such)\s+)*"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story|articles?|news|"
    r"information)(?:\s+(?:by|in|from|of)\s+(?P<by>[^,;]+?))?\s+"
    r"(?:about|on|regarding|concerning|that)\s+(?P<what>.+)$|"
    r"what\s+(?:was|had been|has been)\s+(?:circulated|published|reported|posted|shared|"
    r"written|said)(?:\s+by\s+(?P<by2>.+?))?\s+(?:about|on|regarding|concerning)\s+"
    r"(?P<what2>.+)$)",
    re.I | re.S,
)
_REPORT_HEAD = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stor(?:y|ies)|articles?)\b", re.I
)
_BY = re.compile(r"\bby\s+(?P<by>.+)$", re.I)
_OUTLET_WORDS = re.compile(
    r"\b(?:outlets?|media|websites?|sites?|newspapers?|papers?|press|channels?|pages|"
    r"broadcasters?|agenc(?:y|ies)|portals?|blogs?|accounts?)\b",
    re.I,
)
# Where a carried claim ends: `..., calling it "mischievous"`, `..., saying ...`, `and said`.
_CLAIM_END = re.compile(r",\s+(?:\w+ing|and|which|who|adding|as)\b|\s+and\s+(?:said|added)\b")


def anonymous_reports(rows: list[Row], reg: Registry) -> list[Row]:
    """Reports a denial names and answers when no claim of the article states them (rule 4,
    `stated nowhere else`): `rejected reports that Y`, `denied media reports about Y`, `denied
    what was circulated by X about Y` carry the claim Y, by X when the text names X."""
    text = reg.places.text
    out: list[Row] = []
    for block in {r.block for r in rows}:
        brows = [r for r in rows if r.block == block]
        if any(r.stance == "claim" and not r.frame.headline for r in brows):
            continue
        for r in brows:
            f = r.frame
            if f.vclass != "deny" or f.embedded is not None or f.headline or r.emb_new:
                continue
            found = _carried_report(f.target, text, f.content_start, f.end)
            if found is None:
                continue
            by, start, end = found
            actor = reg.resolve(by, speaking=False) if by else None
            if by is None or actor is None:
                continue  # a report nobody is named for: no speaker, no statement
            if actor.kind == "organisation" and _OUTLET_WORDS.search(by):
                actor.kind = "media"
            claim = text[start:end]
            new = Row(
                frame=f,
                actor=actor,
                start=start,
                end=end,
                text=claim,
                content=claim,
                shown=claim,
                stance="claim",
                block=r.block,
                rules=["carried-report:claim"],
                embedded_of=r,
            )
            r.emb_new = new
            out.append(new)
            break  # the first denial names the report; the others answer it
    return out


def _carried_report(
    target: str | None, text: str, cs: int, ce: int
) -> tuple[str | None, int, int] | None:
    """(outlet phrase, start, end) of the claim a denial's object carries, if any."""
    if not on("carried-report") or cs >= ce:
        return None
    if target and _REPORT_HEAD.search(target):
        # `rejected reports (by X) that Y`: the content is Y
        between = text[cs - 6 : cs].lower()
        if "that" not in between:
            return None
        m = _BY.search(target)
        start = cs
        by = m.group("by") if m else None
    elif not target:
        m2 = _REPORT_ABOUT.match(text[cs:ce])
        if m2 is None:
            return None
        what = "what" if m2.group("what") is not None else "what2"
        by = m2.group("by") or m2.group("by2")
        start = cs + m2.start(what)
    else:
        return None
    end = ce
    cut = _CLAIM_END.search(text, start, end)
    if cut is not None:
        end = cut.start()
    while end > start and text[end - 1] in " .,;:\"'”":
        end -= 1
    if len(text[start:end].split()) < 3:
        return None
    return by, start, end


def _generic_outlet(actor: MActor, reg: Registry) -> bool:
    """An outlet described, not named: `a Nigerian newspaper`, `a local news site`."""
    if actor.kind != "media":
        return False
    words = re.findall(r"[\w'-]+", actor.name)
    return not any(w[:1].isupper() and reg.places.find(w) is None for w in words)


def read_sides(rows: list[Row], reg: Registry) -> None:
    """Find the accounts a dispute is about, then read each side's words by the side it takes."""
    blocks: dict[int, list[Row]] = {}
    for r in rows:
        r.side = root(reg, r.actor)
        blocks.setdefault(r.block, []).append(r)
    for block in blocks.values():
        _read_block(block, reg)


def _read_block(rows: list[Row], reg: Registry) -> None:
    index = {id(x): k for k, x in enumerate(rows)}
    _official_accounts(rows)
    _answered_accounts(rows)
    _bystanders(rows)
    _policy_negations(rows)
    deny_rows = [
        r for r in rows if r.frame.vclass == "deny" and r.stance == "denial" and r.side is not None
    ]
    if not deny_rows:
        deny_rows = [r for r in rows if r.stance == "denial" and r.side is not None]
    accused = _accused_sides(rows, reg)
    if not deny_rows and not accused:
        return
    body_rows = [r for r in deny_rows if not r.frame.headline] or deny_rows
    deniers: set[int] = {s for s in (body_rows[0].side,) if s is not None} if body_rows else set()
    deniers |= accused
    if not any(r.stance == "claim" for r in rows):
        _denied_run(rows, deniers)
    claimants = {r.side for r in rows if r.stance == "claim" and r.side is not None} - accused
    deniers |= {r.side for r in deny_rows if r.side is not None} - claimants
    deniers |= {
        r.side for r in rows if r.stance == "denial" and not r.frame.headline and r.side is not None
    } - claimants
    first_claim = min((r.pos for r in rows if r.stance == "claim"), default=None)
    for r in rows:
        f = r.frame
        if f.vclass not in ("say", "turn") or r.stance not in ("comment", "denial"):
            continue
        sent = r.text
        if has_decline_cue(sent) or _NONCOMMITTAL.search(sent) or PUBLIC_APPEAL.search(sent):
            continue
        if r.side in deniers and r.side not in claimants and not is_bystander(r.actor):
            # the attribution, with the adverbials before the speaker (`Separately, X said`)
            lead = (
                reg.places.text[f.frame_start : r.start]
                + " "
                + sent[: max(0, len(sent) - len(r.content))]
            )
            if (
                not _FUTURE.search(sent)
                and not re.match(r"^(?:separately|also)\b", sent, re.I)
                and not _ASIDE.search(lead)
                and not (has_policy_cue(r.content) and not has_denial_cue(r.content))
                and (r.stance == "denial" or _on_the_dispute(r, rows, index))
            ):
                r.set_stance("denial", "denier-side")
        elif (
            r.side in claimants
            and r.side not in deniers
            and first_claim is not None
            and r.pos > first_claim
        ):
            if _FIRST_PERSON.search(sent) or has_denial_cue(sent):
                before = _previous_by(rows, r, index)
                # a claimant rejecting the other side's account goes on rejecting it
                if before is not None and before.stance == "denial":
                    r.set_stance("denial", "claimant-goes-on-denying")
                else:
                    r.set_stance("confirmation", "claimant-stands-by")
            elif _backs_claim(r, rows, index):
                r.set_stance("confirmation", "backs-claim")
    _partial_confirmations(rows, deniers, first_claim)


def is_bystander(actor: MActor | None) -> bool:
    """A voice that comments on a dispute without a side in it: an analyst, a lawmaker."""
    if actor is None or actor.kind != "person" or not actor.role:
        return False
    roles = lexicon.words("bystander_roles.txt")
    return any(w in roles for w in re.findall(r"[a-z]+", actor.role.lower()))


_ONE_OFFICIAL = re.compile(r"\b(?:official|diplomat|insider|source)\b")


def _official_accounts(rows: list[Row]) -> None:
    """`An official said the agency had planned to close the border`, before any claim: an
    unnamed official telling what happened is the account the dispute is about."""
    for r in rows:
        if r.stance != "comment" and not r.frame.headline:
            return  # the dispute's account is already told, or answered
        a = r.actor
        if a is None or a.kind != "person" or a.named or r.frame.headline:
            continue
        name = a.name.lower()
        if not _ONE_OFFICIAL.search(name) or "spokes" in name or r.frame.vclass != "say":
            continue
        if has_denial_cue(r.content) or has_decline_cue(r.content) or _FUTURE.search(r.content):
            continue
        r.set_stance("claim", "unnamed-official-account")


def _policy_negations(rows: list[Row]) -> None:
    """`We will never accept pressure on our farmers`, `the ministry has no plans to`: a negated
    remark about what a side will or would do, that neither dismisses, nor points back at, nor
    shares a word with any claim of another side, is a policy remark (a comment)."""
    claims = [(c.side, content_stems(c.content)) for c in rows if c.stance == "claim"]
    for r in rows:
        f = r.frame
        if r.stance != "denial" or f.vclass not in ("say", "turn") or f.embedded or f.target:
            continue
        if not (_FUTURE.search(r.content) or has_policy_cue(r.content)):
            continue
        if has_dismissal_cue(r.content) or ANAPHOR.search(r.text) or REPORT_BACK.search(r.text):
            continue
        stems = content_stems(r.content)
        if any(side != r.side and stems & c for side, c in claims):
            continue
        r.set_stance("comment", "policy-negation")


def _bystanders(rows: list[Row]) -> None:
    """A plain negation by a voice that takes no side (an analyst, an opposition lawmaker, a
    trader) is a comment: `delays were "not unusual"` answers no one unless it dismisses an
    account or points back at it."""
    for r in rows:
        if r.stance != "denial" or not is_bystander(r.actor):
            continue
        f = r.frame
        if f.vclass not in ("say", "turn") or f.embedded is not None or f.target:
            continue
        if ANAPHOR.search(r.text) or REPORT_BACK.search(r.text) or has_dismissal_cue(r.content):
            continue
        r.set_stance("comment", "bystander-negation")


def _on_the_dispute(r: Row, rows: list[Row], index: dict[int, int]) -> bool:
    """A remark of the denying side that speaks of the contested facts: it shares words with a
    claim of another side, or goes on from the speaker's own denial just before it."""
    if not on("denier-on-topic"):
        return True
    stems = content_stems(r.content)
    if any(
        len(stems & content_stems(c.content)) >= 1
        for c in rows
        if c.stance == "claim" and c.side != r.side
    ):
        return True
    i = index.get(id(r), 0)
    for before in rows[max(0, i - 3) : i]:  # the side's own denial just before: it goes on
        if before.embedded_of is not None:
            before = before.embedded_of  # a claim carried inside that denial
        if (
            before.side == r.side
            and before.stance == "denial"
            and before.frame.unit.paragraph >= r.frame.unit.paragraph - 1
        ):
            return True
    return False


def _denied_run(rows: list[Row], deniers: set[int]) -> None:
    """No claim yet, but a side denies: the first run of another side's words is the account
    it denies."""
    run_side = None
    for r in rows:
        if r.side in deniers or r.frame.headline:
            if run_side is not None:
                break
            continue
        if run_side is None and r.stance in ("comment", "denial") and r.frame.vclass == "say":
            run_side = r.side
        if run_side is not None:
            if r.side != run_side:
                break
            if r.stance in ("comment", "denial") and r.frame.vclass == "say":
                r.set_stance("claim", "denied-run")


def _partial_confirmations(rows: list[Row], deniers: set[int], first_claim: int | None) -> None:
    """`X said the ship had been inside the waters but further out than claimed`: a side that
    denies nothing, repeating a claim's facts with a reservation, confirms it in part."""
    if first_claim is None:
        return
    claims: list[tuple[int, int | None, frozenset[str]]] = []  # (pos, side, stems), in order
    for r in rows:
        f = r.frame
        if r.stance == "claim":
            claims.append((r.pos, r.side, content_stems(r.content)))
            continue
        if r.stance != "comment" or f.vclass != "say" or r.pos < first_claim:
            continue
        if r.side in deniers or f.headline or not _CONTRAST.search(r.content):
            continue
        stems = content_stems(r.content)
        if any(
            len(stems & c_stems) >= 2 and side != r.side
            for pos, side, c_stems in claims[-30:]  # the claims just before: bounded work
            if pos < r.pos
        ):
            r.set_stance("confirmation", "partial-confirmation")


def _backs_claim(r: Row, rows: list[Row], index: dict[int, int]) -> bool:
    """Another voice of a claimant's side, after a denial, telling facts of the claim again
    (`Lidovan lorries crossing the bridge that day had paid the old rate`): a confirmation."""
    i = index.get(id(r), 0)
    before = rows[max(0, i - 30) : i]  # the statements just before: bounded work
    claims = [c for c in before if c.stance == "claim" and c.side == r.side]
    if not claims or any(c.actor is r.actor for c in claims):
        return False
    if not any(o.stance == "denial" and o.side != r.side for o in before):
        return False
    stems = content_stems(r.content)
    return any(len(stems & content_stems(c.content)) >= 2 for c in claims)


def _previous_by(rows: list[Row], r: Row, index: dict[int, int]) -> Row | None:
    """The statement just before r, when the same speaker made it in the same or the
    previous paragraph."""
    i = index.get(id(r), 0)
    if i == 0:
        return None
    o = rows[i - 1]
    if o.actor is not r.actor:
        return None
    if o.frame.unit.paragraph < r.frame.unit.paragraph - 1:
        return None
    return o


def _answered_accounts(rows: list[Row]) -> None:
    """`X said it had detained a trawler. Y denied the vessel had left ...`: a denial that
    names no claim answers the account just before it by another side, which is a claim."""
    for i, r in enumerate(rows):
        f = r.frame
        if f.vclass != "deny" or r.stance != "denial" or f.embedded or f.headline or f.target:
            continue
        if ANAPHOR.search(r.text):
            continue  # `rejected that version of events`: read by the linker
        para = f.unit.paragraph
        for j in range(i - 1, max(-1, i - 21), -1):  # a bounded look back
            o = rows[j]
            if o.frame.unit.paragraph < para - 1 or o.stance == "claim":
                break
            if (
                o.side != r.side
                and o.side is not None
                and o.frame.vclass == "say"
                and o.stance == "comment"
                and not o.frame.headline
            ):
                if o.set_stance("claim", "answered-account"):
                    break


def _accused_sides(rows: list[Row], reg: Registry) -> set[int]:
    """Sides a claim accuses by name (`accused neighbouring Lidova of ...`)."""
    out: set[int] = set()
    for r in rows:
        if r.stance != "claim":
            continue
        m = _ACCUSED.search(r.text)
        if not m:
            continue
        place = reg.places.find(m.group("who")) or reg.places.find(m.group("who").split()[0])
        if place is None:
            continue
        gov = reg.gov_of_place.get(place.key)
        side = root(reg, gov) if gov is not None else None
        if side is not None and side != r.side:
            out.add(side)
    return out


def _overlap(a: str, b: str) -> bool:
    wa = set(re.findall(r"[a-z]{4,}", a.lower()))
    wb = set(re.findall(r"[a-z]{4,}", b.lower()))
    return bool((wa & wb) - _STOP)
