"""Stage 6: link denials and confirmations to the statements they answer.

An article may hold several disputes. Claims are grouped into disputes by what ties them
together (the same speaker or side, an outlet relaying its sources, shared content words,
a speaker named in another claim); each answer then joins the dispute it shares most with
and links to the claim it names (an embedded claim, `X's account`, `the accusation`,
`such claims`), or else to the lead claims of its dispute, plus any further claim of the
dispute it repeats the words of; an answer repeating a report's detail (a number, a name, a
rare word) clearly more than its lead answers that proposition (propositions.py). An answer
may also aim at another answer: a denial of a confirmation, a confirmation of a denial, a
counter-claim against the denials.
"""

from __future__ import annotations

import re

from . import link_model
from .groups import (
    ANSWERS,
    MAX_WINDOW,
    THIN_CLAIM,
    Dispute,
    Node,
    content_stems,
    disputes,
    lead_claims,
    overlap,
    pos,
)
from .lexicon import words
from .propositions import PROPOSITION_MARGIN, PROPOSITION_MIN, answered_propositions, match
from .rules import on

__all__ = ["Node", "content_stems", "link"]

RESTATED_MIN = 3  # content words a claim must have for its repeat to be told apart

# `the accusation` names back a claim made by `accused`, `alleged`, `charged` or `blamed`;
# `the suggestion` one made by `suggested`, `the assertion` one made by `asserted`
_ACCUSING = re.compile(r"^(?:accus|alleg|charg|blam)")
_ACCUSATION_NOUN = re.compile(r"^(?:accusation|allegation|charge)s?$")


def _noun_names_verb(noun: str, verb: str) -> bool:
    """The anaphor's noun is the noun of the claim's verb (`suggestion` / `suggested`)."""
    if not noun or not verb:
        return False
    if _ACCUSATION_NOUN.match(noun):
        return bool(_ACCUSING.match(verb))
    return len(noun) >= 5 and noun[:5] == verb[:5]


def link(nodes: list[Node]) -> None:
    """Fill denies/confirms of each node in place."""
    # The learned pass (link_model.py) weighs every answer against its nearest candidates: a
    # long page (thousands of statements; no article has more than a few dozen) is left to
    # the rules, as is a block read in windows.
    learned = len(nodes) <= link_model.MAX_STATEMENTS
    by_block: dict[int, list[Node]] = {}
    for n in nodes:
        by_block.setdefault(n.block, []).append(n)
    for block_nodes in by_block.values():
        block_nodes.sort(key=pos)
        # No article has hundreds of statements in one dispute: a very long block is read in
        # windows, so that the work stays linear in the length of the text.
        for w in range(0, len(block_nodes), MAX_WINDOW):
            _link_window(
                block_nodes[w : w + MAX_WINDOW], learned and len(block_nodes) <= MAX_WINDOW
            )


def _link_window(block_nodes: list[Node], learned: bool = True) -> None:
    if not any(n.stance == "claim" for n in block_nodes):
        return
    dispute_of = disputes(block_nodes)
    leads: dict[int, list[Node]] = {}
    for d in {id(d): d for d in dispute_of.values()}.values():
        leads[id(d)] = lead_claims(d, block_nodes)
    prev: Node | None = None
    answered: dict[int, list[int]] = {}
    for n in block_nodes:
        if n.stance in ANSWERS:
            found = _targets(n, block_nodes, dispute_of, prev, answered, leads)
            if on("factcheck-claim-anaphor"):
                found = _checked_claim(n, block_nodes, found)
            if n.headline and found and on("headline-answers-body-claim"):
                found = _body_claim(n, found, block_nodes)
            for t, rule in found:
                if t != n.idx:
                    n.why.setdefault(t, rule)
            targets = list(n.why)
            answered[n.idx] = targets
            if n.stance == "denial":
                n.denies = [t for t in targets if t not in n.grants]
                n.confirms = [t for t in targets if t in n.grants]
            else:
                n.confirms = targets
        elif n.stance == "claim":
            if on("counter-claim"):
                n.denies = _counter_claim(n, block_nodes, dispute_of, leads)
                n.why.update(dict.fromkeys(n.denies, "counter-claim"))
            if not n.denies and on("contrary-account"):
                n.denies = _contrary_account(n, block_nodes)
                n.why.update(dict.fromkeys(n.denies, "contrary-account"))
            if not n.denies and on("backing-claim"):
                n.confirms = _backing_claim(n, block_nodes, dispute_of, leads)
                n.why.update(dict.fromkeys(n.confirms, "backing-claim"))
        prev = n
    if learned:
        link_model.revise_links(block_nodes, dispute_of, leads)
    if on("restated-claim-no-links"):
        _to_first_telling(block_nodes)
    if on("headline-claim-no-links"):
        _headline_claims_to_body(block_nodes)


def _headline_claims_to_body(nodes: list[Node]) -> None:
    """`Congress alleges Rly 'scrapped' seat tender` as the headline, then `The Congress on Monday
    accused the ministry of cancelling a tender`: the headline is an optional restatement, so a
    body answer aimed at the headline's claim answers the claim as the body first tells it, by
    the same speaker (README rule 5: a repeated claim receives no links). With no such body
    claim the headline's claim keeps its links."""
    first_body: dict[int, int] = {}
    for h in nodes:
        if h.stance != "claim" or not h.headline or h.speaker is None:
            continue
        body = next(
            (
                c
                for c in nodes
                if c.stance == "claim"
                and not c.headline
                and not c.optional
                and c.speaker == h.speaker
            ),
            None,
        )
        if body is not None:
            first_body[h.idx] = body.idx
    _answer_instead(nodes, first_body, "headline-claim-no-links", body_only=True)


def _to_first_telling(nodes: list[Node]) -> None:
    """`In a later post, Reilly repeated that the drone had crashed off Darwin`: a claim whose
    content words are all those of a claim the same speaker told in an earlier sentence says it
    again (one sentence read as two claims is no repeat), and a repeated claim receives no links
    (README rule 5): an answer aimed at it answers the first telling."""
    claims = [m for m in nodes if m.stance == "claim" and not m.headline]
    first_of: dict[int, int] = {}
    for m in claims:
        if m.speaker is None or len(m.stems) < RESTATED_MIN:
            continue
        told = next(
            (
                c
                for c in claims
                if c.speaker == m.speaker and c.unit < m.unit and m.stems <= c.stems
            ),
            None,
        )
        if told is not None:
            first_of[m.idx] = told.idx
    _answer_instead(nodes, first_of, "restated-claim-no-links")


def _answer_instead(
    nodes: list[Node], instead: dict[int, int], rule: str, body_only: bool = False
) -> None:
    """Each answer aimed at a claim of `instead` answers the claim it maps to, under `rule`
    (`body_only`: answers in a headline keep their targets)."""
    if not instead:
        return
    for n in nodes:
        if n.stance not in ANSWERS or n.grants or (body_only and n.headline):
            continue
        if not any(t in instead for t in n.why):
            continue
        why: dict[int, str] = {}
        for t, found_by in n.why.items():
            if t in instead:
                why.setdefault(instead[t], rule)
            else:
                why[t] = found_by
        n.why = why
        if n.stance == "denial":
            n.denies = list(why)
        else:
            n.confirms = list(why)


def _body_claim(n: Node, found: list[tuple[int, str]], nodes: list[Node]) -> list[tuple[int, str]]:
    """`Haparanda says its bus was cut; Helsinki says it was not`: a headline's answer aimed at
    the headline's own claim answers the claim as the body tells it (the headline is optional
    restatement), the first claim of the body by another speaker."""
    by_idx = {m.idx: m for m in nodes}
    if not all(by_idx[t].headline and by_idx[t].stance == "claim" for t, _ in found):
        return found
    body = [
        c
        for c in nodes
        if c.stance == "claim"
        and not c.headline
        and not c.optional
        and c.speaker != n.speaker
        and (c.side != n.side or n.side is None)
        and len(c.stems) >= THIN_CLAIM
    ]
    return [(body[0].idx, "headline-answers-body-claim")] if body else found


def _claims_of(actor: int, nodes: list[Node], before: int) -> list[Node]:
    own = [m for m in nodes if m.speaker == actor and m.stance == "claim"]
    prior = [m for m in own if m.pos < before]
    return prior or own


def _targets(
    n: Node,
    nodes: list[Node],
    dispute_of: dict[int, Dispute],
    prev: Node | None,
    answered: dict[int, list[int]],
    lead_of: dict[int, list[Node]],
) -> list[tuple[int, str]]:
    """What an answer answers, each target with the name of the rule that found it."""
    d = dispute_of.get(n.idx)
    claims = [c for c in nodes if c.stance == "claim" and c is not n]
    if n.embedded is not None and on("carried-claim"):
        return [(n.embedded, "carried-claim")]
    if n.grades_claim and on("checker-grade-checked-claim"):
        # `That part of the claim is partly true`, in a fact-check: the claim it checks, the
        # first the body tells (the box's restatement aside), whichever claim came last
        checked = _checked(nodes, n)
        if checked is not None:
            return [(checked.idx, "checker-grade-checked-claim")]
    if n.conceded and on("conceded-negation") and on("conceded-negation-link"):
        # `acknowledged that the drivers had not been detained`: it grants the other side's
        # denials of that point, those sharing a content word with it
        granted = [
            c
            for c in nodes
            if c.stance == "denial"
            and c.pos < n.pos
            and c.side != n.side
            and not c.headline
            and c.stems & n.stems
        ]
        if granted:
            return [(c.idx, "conceded-negation-link") for c in granted[-3:]]
    if n.names_denial:
        # `rejected the company's denial`: that speaker's denial told before it, else the
        # latest denial by another side, the first of its speaker's run (README rule 7)
        denials = [
            m
            for m in nodes
            if m.stance == "denial"
            and m.pos < n.pos
            and m.speaker != n.speaker
            and not m.headline
            and (
                m.speaker == n.target_actor
                if n.target_actor is not None
                else (m.side != n.side or n.side is None)
            )
        ]
        if denials:
            last = denials[-1]
            if (
                n.target_actor is None
                and n.denial_owner_named
                and last.side is not None
                and on("names-a-denial-side")
            ):
                # `dismissed the ministry's denial` after the ministry's denial and its
                # spokeswoman's quotation: the side's denials told one after another
                side_run: list[Node] = []
                for m in reversed(denials):
                    if m.side != last.side or len(side_run) == 3:
                        break
                    side_run.append(m)
                if len({m.speaker for m in side_run}) > 1:
                    return [(m.idx, "names-a-denial-side") for m in reversed(side_run)]
            return [(next(m for m in denials if m.speaker == last.speaker).idx, "names-a-denial")]
    if n.answer_owners and on("names-answer-owner"):
        said, rule = _named_answers(n, nodes)
        if said:
            return [(m.idx, rule) for m in said]
        if on("names-answer-owner-later"):
            later = _named_answers_later(n, nodes)
            if later:
                return [(m.idx, "names-answer-owner-later") for m in later]
    if n.trusted is not None and n.stance == "confirmation" and on("trusts-answerer-word"):
        # `"no reason to doubt the word of our Italian friends"`, after Rome's denial: it
        # confirms the first denial that party, else its side, told in the body (README rule 7)
        trusted = _trusted_denial(n, nodes)
        if trusted is not None:
            return [(trusted.idx, "trusts-answerer-word")]
    # `X's account`, `a claim by X`: what X said.
    if (
        n.target_kind in ("words", "account")
        and n.target_actor is not None
        and n.target_actor != n.speaker
        and on("answered-words-named")
    ):
        # `Asked about the company's statement, ...`: the latest words of that actor before it,
        # a claim or an answer; `Asked about the Ledger's report`: its first claim
        own = _claims_of(n.target_actor, nodes, n.pos) if n.target_kind == "account" else []
        if own:
            return [(own[0].idx, "answered-words-named")]
        told = [
            m
            for m in nodes
            if m.speaker == n.target_actor
            and m.stance in ("claim", *ANSWERS)
            and m.pos < n.pos
            and not m.headline
        ]
        own_claims = any(c.speaker == n.speaker for c in claims if n.speaker is not None)
        if told and not (n.stance == "confirmation" and own_claims):
            # the statement begins where its speaker's last run of statements began (`The
            # statement said ... It added ...`); a claimant's confirmation stands by its own
            # account whatever it was asked about
            k = nodes.index(told[-1])
            while k > 0 and nodes[k - 1].speaker == n.target_actor and not nodes[k - 1].headline:
                k -= 1
            return [(nodes[k].idx, "answered-words-named")]
    if n.target_actor is not None and n.target_actor != n.speaker and on("named-account"):
        own = _claims_of(n.target_actor, nodes, n.pos)
        if own:
            if n.target_kind == "accusation":
                pick = own[-1] if own[-1].pos < n.pos else own[0]
                return [(pick.idx, "named-account")]
            return [(own[0].idx, "named-account")]
        said = [
            m
            for m in nodes
            if m.speaker == n.target_actor and m.stance in ANSWERS and m.pos < n.pos
        ]
        if (
            said
            and n.stance == "confirmation"
            and n.side is not None
            and d is not None
            and n.side in {c.side for c in d.claims}
            and all(m.side != n.side for m in said)
            and on("claimant-cites-answer")
        ):
            # `X's statement confirms that the meetings took place`: the claimant quoting the
            # other side's answer stands by its own account; it does not confirm that answer
            said = []
        if (
            said
            and n.stance == "denial"
            and n.side is not None
            and all(m.side == n.side for m in said)
            and on("own-side-words-defended")
        ):
            # `The ministry later said the minister's remarks were "taken out of context"`: a
            # side speaking of the words of its own member defends them against a reading of
            # them; it denies neither them nor, through them, the report they answered
            n.defends_own = True
            n.notes.append("own-side-words-defended")
            return []
        if said:
            close = [m for m in said if overlap(n, m) >= 2]
            return [(m.idx, "named-answer") for m in (close or said[:2])]
    # `Rellan's account was invented`: every claim told before it by that side, whoever of
    # the side told it (the navy's report and a captain's detail are one account)
    if n.account_of is not None and n.account_of != n.side and on("side-account"):
        told = [
            c
            for c in claims
            if c.side == n.account_of and c.pos < n.pos and not c.headline and not c.optional
        ]
        if len(told) > 1:
            return [(c.idx, "side-account") for c in told[-3:]]
    # `the accusation`, `that version of events`, `such claims`: the nearest claim before it
    # by another side, the one it shares most words with among the close ones.
    if (
        n.anaphor is not None
        and n.turn is not None
        and not n.question_turn
        and on("transcript-question")
        and on("asked-anaphor")
    ):
        # `That claim has no basis.` answering a question that put a claim: the claim just
        # asked, not the nearest one the article told before (the lead report)
        asked = [
            c
            for c in claims
            if c.question_turn and c.pos < n.pos and (c.turn or 0) >= (n.turn or 0) - 1
        ]
        if asked:
            return [(c.idx, "asked-anaphor") for c in asked]
    if n.anaphor is not None and on("refers-back"):
        prior = [
            c
            for c in claims
            if c.pos < n.pos and c.side != n.side and not c.headline and not c.optional
        ]
        if not prior and n.anaphor == "version" and n.stance == "denial":
            # `rejected that version of events`: another side's counter-account (a denial)
            prior = [
                c
                for c in nodes
                if c.stance == "denial"
                and c.pos < n.pos
                and c.side != n.side
                and c.side is not None
                and not c.headline
            ]
        if not prior and n.anaphor != "version" and on("refers-back-any-side"):
            # `the claim was baseless`, where the claim came from within the speaker's own
            # state (an unnamed official's leak): the nearest claim by another speaker
            prior = [
                c
                for c in claims
                if c.pos < n.pos and c.speaker != n.speaker and not c.headline and not c.optional
            ]
        if n.anaphor == "version" and n.stance == "denial" and on("refers-back-latest-account"):
            # `Hauliers reject that account`, just after another side's counter-account (a
            # denial telling what happened instead): the account is the one just told
            since = prior[-1].pos if prior else -1
            told = [
                m
                for m in nodes
                if m.stance == "denial"
                and since < m.pos < n.pos
                and m.side != n.side
                and m.side is not None
                and m.speaker != n.speaker
                and not m.headline
                and n.para - m.para <= 1
                and len(m.stems) >= THIN_CLAIM
            ]
            if told:
                return [(told[-1].idx, "refers-back-latest-account")]
        if prior and n.stance == "denial" and on("refers-back-answer"):
            # `the customs figures were wrong`: the words an earlier confirmation by another
            # side put forward, when the answer shares far more with it than with any claim
            backed = [
                m
                for m in nodes
                if m.stance == "confirmation" and m.pos < n.pos and m.side != n.side
                if not m.headline
            ]
            aimed = max(backed, key=lambda m: (match(n.keys, m.keys), m.pos), default=None)
            near_m = max(match(n.keys, c.keys) for c in prior[-3:])
            if aimed is not None and match(n.keys, aimed.keys) >= max(
                PROPOSITION_MIN, near_m + 2 * PROPOSITION_MARGIN
            ):
                return [(aimed.idx, "refers-back-answer")]
        if prior and prior[-1].stance == "denial":
            # the account begins where its speaker began: the first of their run of statements
            k = nodes.index(prior[-1])
            while k > 0 and nodes[k - 1].speaker == prior[-1].speaker:
                k -= 1
            return [(nodes[k].idx, "refers-back-counter-account")]
        if (
            prior
            and n.anaphor == "version"
            and n.stance == "denial"
            and d is not None
            and on("claimant-rejects-account")
        ):
            # `Lindqvist-Ahl rejected the Finnish account`, by the side whose claim the other
            # side has denied: the account is that denial (a counter-account), not a claim
            rebutted = _denials_of_own_claims(n, nodes, d)
            if rebutted and rebutted[-1].pos > prior[-1].pos:
                # the denial is the account told last (not a counter-accusation after it)
                return [(m.idx, "claimant-rejects-account") for m in rebutted]
        if prior:
            near = prior[-3:]
            nearest = max(near, key=lambda c: (match(n.keys, c.keys), c.pos))
            about = lead_of[id(d)][:1] if d is not None and id(d) in lead_of else []
            if (
                about
                and n.anaphor == "accusation"
                and n.anaphor_noun  # `no such closure` points at the proposition just told
                and about[0] in near
                and about[0] is not nearest
                and match(n.keys, about[0].keys) + PROPOSITION_MARGIN >= match(n.keys, nearest.keys)
                and on("refers-back-lead")
            ):
                # `denied the claim`, with the report the article is about among the claims just
                # told and no other sharing clearly more with the answer: that report
                nearest = about[0]
            # `rejected the accusation`, `rejected any suggestion that`, just after a claim
            # made by the verb of that noun (`accused`, `suggested`), also one from within the
            # speaker's own state (an opposition MP accusing the government): that claim, not a
            # report's proposition it happens to share more words with
            named = [
                c
                for c in claims
                if c.pos < n.pos
                and _noun_names_verb(n.anaphor_noun, c.claim_verb)
                and c.speaker != n.speaker
                and not c.headline
                and n.para - c.para <= 2
            ]
            if (
                not named
                and _ACCUSATION_NOUN.match(n.anaphor_noun)
                and on("accusation-names-accuser-far")
            ):
                # `the accusation that Canberra is negotiating through the press is theatre`,
                # paragraphs after `accused Canberra of testing reactions through the press`:
                # the one claim made by an accusing verb, further back, that the answer shares
                # words with (not a report's proposition told nearer)
                far = [
                    c
                    for c in claims
                    if c.pos < n.pos
                    and _ACCUSING.match(c.claim_verb)
                    and c.speaker != n.speaker
                    and not c.headline
                ]
                if len(far) == 1 and overlap(n, far[0]) >= 1:
                    named = far
            if (
                named
                and not _noun_names_verb(n.anaphor_noun, nearest.claim_verb)
                and named[-1].pos >= prior[-1].pos
                and on("anaphor-names-claim-verb")
            ):
                return [(named[-1].idx, "anaphor-names-claim-verb")]
            out = [(nearest.idx, "refers-back")]
            if on("refers-back-whole-account"):
                # `disputed that account`: an account told in several claims by one speaker,
                # one after another just before the answer, is answered whole
                run: list[Node] = []
                for c in reversed(prior):
                    if c.speaker != nearest.speaker or len(run) == 3:
                        break
                    run.append(c)
                if nearest in run:
                    out = [(c.idx, "refers-back") for c in sorted(run, key=pos)]
            return out
    # A quotation or a further sentence of the same speaker answers what it answered.
    if (
        prev is not None
        and prev.speaker == n.speaker
        and prev.stance == n.stance
        and abs(prev.para - n.para) <= 1
        and prev.idx in answered
        and (prev.anaphor is not None or prev.target_actor is not None)
        and answered[prev.idx]
        and on("speaker-runs-on")
    ):
        inherited = answered[prev.idx]
        if len(inherited) > 1 and on("runs-on-detail"):
            # `She said the ministry had never discussed berths at any meeting in February`
            # after a denial of a report told in two claims: the further sentence names one
            # detail (the meeting in February) and answers that claim alone
            told = [c for c in nodes if c.idx in inherited and c.stance == "claim"]
            scored = sorted(((match(n.keys, c.keys), c.pos, c) for c in told), reverse=True)
            if (
                len(scored) > 1
                and scored[0][0] >= PROPOSITION_MIN
                and scored[0][0] >= scored[1][0] + PROPOSITION_MARGIN
            ):
                return [(scored[0][2].idx, "runs-on-detail")]
        return [(t, "speaker-runs-on") for t in inherited]
    # A transcript answer: the claims put in the question just before it.
    if n.turn is not None and not n.question_turn and on("transcript-question"):
        asked = [
            c
            for c in claims
            if c.question_turn and c.pos < n.pos and (c.turn or 0) >= (n.turn or 0) - 1
        ]
        if asked and n.stance == "denial" and n.routine:
            # `Enhanced inspection is a normal and routine measure ... it should not be
            # over-interpreted`, asked about a claim that the ministry was notified of
            # "enhanced inspections": it grants the measure the asked claim names (that claim
            # confirmed) and denies what the claim was put in support of
            granted = [c for c in asked if overlap(n, c) >= 1]
            asked_ids = {c.idx for c in granted}
            supported = [i for c in granted for i in c.confirms if i not in asked_ids]
            if granted and supported:
                n.grants = frozenset(c.idx for c in granted)
                return [(i, "routine-measure-granted") for i in dict.fromkeys(supported)] + [
                    (c.idx, "routine-measure-granted") for c in granted
                ]
        if asked:
            return [(c.idx, "transcript-question") for c in asked]
        if on("answered-turn"):
            # `ANCHOR: Minister, is that true?` `VARGA: No. ...`: the other guest's answer
            # before that question, a claim (sides.py `answered-turn`)
            told = [
                c
                for c in claims
                if c.turn is not None
                and not c.question_turn
                and c.pos < n.pos
                and (c.turn or 0) >= (n.turn or 0) - 2
                and c.speaker != n.speaker
            ]
            if told:
                return [(told[-1].idx, "answered-turn")]
    if (
        (d is None or not d.claims or n.loose)
        and n.stand_by
        and not n.headline
        and on("stands-by-main-report")
    ):
        # `The magazine stands by its reporting`, tied by no word to any dispute: the report
        # the article is about, the first claim told (not a headline)
        main = [c for c in claims if not c.headline and not c.optional and c.pos < n.pos]
        main = [c for c in main if len(c.stems) >= THIN_CLAIM] or main
        if main:
            first = main[0]
            lead = lead_of.get(id(dispute_of[first.idx])) if first.idx in dispute_of else None
            return [(c.idx, "stands-by-main-report") for c in (lead or [first])[:1]]
    if d is None or not d.claims or n.loose:
        return []  # an answer sharing nothing with any dispute of a digest answers none
    leads = lead_of[id(d)]
    claimant_sides = {c.side for c in d.claims if c.side is not None}
    # An answer that repeats the words of an earlier answer by another side far more than
    # those of the claim: it answers that answer (a denial of a confirmation, or the reverse).
    opposite = "confirmation" if n.stance == "denial" else "denial"
    lead_ov = max((overlap(n, c) for c in leads), default=0)
    echo = [
        m
        for m in nodes
        if m.stance == opposite
        and m.pos < n.pos
        and m.side != n.side
        and not m.headline
        and dispute_of.get(m.idx) is d
    ]
    best = max(echo, key=lambda m: (overlap(n, m), m.pos), default=None)
    if (
        best is not None
        and overlap(n, best) >= 3
        and overlap(n, best) > lead_ov + 1
        and on("echoes-answer")
    ):
        return [(best.idx, "echoes-answer")]
    if echo and n.stance == "denial" and on("echoes-answer-proposition"):
        # `no aircraft had been exported`, after a confirmation that 12 had been: few words,
        # but the confirmation's own (a name, a number, a rare word) and none of the claims'
        lead_m = max((match(n.keys, c.keys) for c in d.claims if c.side != n.side), default=0.0)
        echoed = max(echo, key=lambda m: (match(n.keys, m.keys), m.pos))
        if match(n.keys, echoed.keys) >= max(PROPOSITION_MIN, lead_m + 2 * PROPOSITION_MARGIN):
            return [(echoed.idx, "echoes-answer-proposition")]
    # A confirmation by the claimant: its own claim.
    if (
        n.stance == "confirmation"
        and n.side is not None
        and n.side in claimant_sides
        and on("claimant-own-claim")
    ):
        own = [c for c in leads if c.side == n.side] or [
            c for c in d.claims if c.speaker == n.speaker and c.speaker is not None
        ]
        if own and n.whole and on("claimant-stands-by-report"):
            # `the site maintains every word it published`: a report told in several claims
            # by one speaker is stood by whole, unless the answer names one detail of it
            whole = _whole_report(n, own[0], d)
            if len(whole) > 1:
                return [(c.idx, "claimant-stands-by-report") for c in whole]
        if own:
            return [(own[0].idx, "claimant-own-claim")]
    if n.own_act and on("denied-own-act"):
        # `denied having objected to the route`: the one claim before it of another side that
        # names that act (`the decision followed objections from the port operator`), not the
        # report's lead
        acts = [
            c
            for c in d.claims
            if c.pos < n.pos
            and not c.headline
            and not c.optional
            and (c.side != n.side or n.side is None)
            and n.own_act in c.stems
        ]
        if len(acts) == 1:
            return [(acts[0].idx, "denied-own-act")]
    if on("proposition-match"):
        hit = answered_propositions(n, d, leads)
        if hit:
            return hit
    if not on("dispute-leads"):
        return []
    pool = [c for c in leads if c.side != n.side or n.side is None]
    earlier = [c for c in pool if c.pos < n.pos]
    picked = earlier or pool[:1]
    if not picked:
        return []
    # Any further claim of the dispute whose words it repeats.
    out = [(c.idx, "dispute-leads") for c in picked]
    lead_ov = max(overlap(n, c) for c in picked)
    extra = []
    here: list[tuple[int, str]] = []  # claims summed up in the answer's own sentence
    for c in d.claims:
        if c.idx in {p.idx for p in picked} or c.headline or c.optional:
            continue
        if c.side == n.side and n.side is not None:
            continue
        if c.pos > n.pos and earlier:
            continue
        if (
            not earlier
            and c.unit == n.unit
            and c.unit >= 0
            and c.pos > n.pos
            and on("own-sentence-claim")
        ):
            here.append((c.idx, "own-sentence-claim"))  # `..., contradicting X, which said Z`
            continue
        if not earlier and c.speaker not in {p.speaker for p in picked}:
            continue  # an answer before the report: only the report's own further claims
        ov = overlap(n, c)
        if ov >= 2 and ov >= lead_ov - 1:
            extra.append((ov, c.idx))
    out += here
    if lead_ov == 0 and not extra and not here and on("answer-shares-one-claim"):
        # `That is not an acceptance`: an answer sharing no word with the report's lead but
        # words of one further claim only (`invitations were sent and accepted`): that claim
        told = [
            c
            for c in d.claims
            if c not in picked
            and c.pos < n.pos
            and not c.headline
            and not c.optional
            and (c.side != n.side or n.side is None)
            and overlap(n, c) >= 1
        ]
        if len(told) == 1:
            return [(told[0].idx, "answer-shares-one-claim")]
    if not on("repeats-words"):
        return out
    if extra and lead_ov <= 1 and max(extra)[0] > lead_ov:
        # it speaks of one detail only, told in a further claim: that claim alone
        top = max(extra)[0]
        return [(i, "one-detail") for ov, i in extra if ov == top] + here
    return out + [(i, "repeats-words") for _, i in extra]


def _whole_report(n: Node, first: Node, d: Dispute) -> list[Node]:
    """The claims of a report told by the speaker of its first claim before the answer (a
    report of two or three claims; a longer one is no single report)."""
    told = [
        c
        for c in d.claims
        if c.speaker == first.speaker
        and c.pos < n.pos
        and not c.headline
        and not c.optional
        and c.idx != n.idx
    ]
    told.sort(key=pos)
    if len(told) < 2 or len(told) > 3:
        return [first]
    return told


def _counter_claim(
    n: Node, nodes: list[Node], dispute_of: dict[int, Dispute], lead_of: dict[int, list[Node]]
) -> list[int]:
    """A claim made against the answers already given: it denies them."""
    d = dispute_of.get(n.idx)
    if d is None or n.headline or n.optional or n.leak:
        return []
    leads = lead_of[id(d)]
    if not leads or n in leads:
        return []
    first = leads[0]
    if n.pos < first.pos:
        return []
    between = [
        m
        for m in nodes
        if m.stance == "denial" and first.pos < m.pos < n.pos and not m.headline
        if dispute_of.get(m.idx) is d
    ]
    if not between:
        return []
    denials = [
        m
        for m in nodes
        if m.stance == "denial"
        and m.pos < n.pos
        and not m.headline
        and dispute_of.get(m.idx) is d
        and (m.pos > first.pos or first.idx in m.denies)
    ]
    if n.side is not None and any(m.side == n.side for m in denials):
        # the denying side's own account of what happened: it contradicts the lead claim
        if first.side != n.side and _accuses_anew(n, first):
            n.notes.append("counter-accusation-apart")
            return []
        return [first.idx] if first.side != n.side else []
    if n.speaker != first.speaker and n.relay is not None and n.relay == first.speaker:
        # a source of the report, speaking again after the denials: it answers them
        if max(overlap(n, m) for m in denials) >= 2:
            return [m.idx for m in denials if overlap(n, m) >= 1]
    return []


def _contrary_account(n: Node, nodes: list[Node]) -> list[int]:
    """`Hours later, a rival daily published a very different account. Citing an adviser, it
    reported that the talks continue as planned`: a claim its own sentence, or the sentence of
    its speaker's claim just before it in the paragraph, calls another account of the events
    contradicts the report told before it by another speaker (the first claim of that
    speaker's latest run). A claim of no content words (`published a different account`)
    carries nothing to deny with."""
    if n.headline or n.optional or n.speaker is None or len(n.stems) < THIN_CLAIM:
        return []
    start = n
    if not n.contrary:
        prior = [
            m
            for m in nodes
            if m.stance == "claim" and m.pos < n.pos and m.para == n.para and not m.headline
        ]
        if not prior or prior[-1].speaker != n.speaker or not prior[-1].contrary:
            return []
        start = prior[-1]
    other = [
        c
        for c in nodes
        if c.stance == "claim"
        and c.pos < start.pos
        and c.speaker is not None
        and c.speaker != n.speaker
        and (n.side is None or c.side != n.side)
        and not c.headline
        and not c.optional
    ]
    if not other:
        return []
    k = len(other) - 1
    while k > 0 and other[k - 1].speaker == other[-1].speaker:
        k -= 1
    return [other[k].idx]


def _accuses_anew(n: Node, first: Node) -> bool:
    """`Argentina accused Montevideo of paralysing the commission`, after denying Uruguay's
    accusation of dumping sediment: the denying side accuses the other of something else, a
    dispute of its own, not its account of the first; it shares no content word with the lead
    claim (`accusing the regulator of publishing misleading information about the inspection`
    answers the inspection report) and it charges no making up (`accused the authorities of
    "inventing Russian hackers"` contradicts the report of hackers)."""
    return (
        n.claim_verb in words("accusation_verbs.txt")
        and not n.charges_fabrication
        and overlap(n, first) == 0
        and on("counter-accusation-apart")
    )


def _backing_claim(
    n: Node, nodes: list[Node], dispute_of: dict[int, Dispute], lead_of: dict[int, list[Node]]
) -> list[int]:
    """A further source saying what a denied report said (`A Brisan official told reporters
    that ...`): neither the report's own speaker nor the sources it cited, nor a side that
    denied it. Its claim supports the report."""
    d = dispute_of.get(n.idx)
    if d is None or not n.said or n.headline or n.optional:
        return []
    leads = lead_of[id(d)]
    if not leads or n in leads or n.pos < leads[0].pos:
        return []
    lead = leads[0]
    if n.speaker is None or n.speaker == lead.speaker or n.speaker in lead.cited:
        return []
    if n.leak and n.relay == lead.speaker and on("report-source-no-backer"):
        return []  # `the paper quoted an official as saying ...`: the report's own source
    if n.side is not None and n.side == lead.side:
        return []
    deniers = {
        m.side
        for m in nodes
        if m.stance == "denial" and m.pos < n.pos and not m.headline and dispute_of.get(m.idx) is d
    }
    if not deniers or n.side in deniers:
        return []
    if not any(overlap(n, c) >= 1 for c in d.claims if c is not n):
        return []
    return [lead.idx]


def _denials_of_own_claims(n: Node, nodes: list[Node], d: Dispute) -> list[Node]:
    """`Lindqvist-Ahl rejected the Finnish account`, after Finland denied her claim: the denials
    by another side aimed at a claim of the answer's side (or speaker) told before it (README
    rule 7: a denial of a denial); of them those the answer shares two content words with, else
    the latest speaker's run. None when the answer shares clearly more words with a claim of
    another side told before it (a counter-accusation)."""
    mine = {
        c.idx
        for c in d.claims
        if c.pos < n.pos
        and not c.headline
        and (c.speaker == n.speaker if n.side is None else c.side == n.side)
        and c.speaker is not None
    }
    if not mine:
        return []
    rebutted = [
        m
        for m in nodes
        if m.stance == "denial"
        and m.pos < n.pos
        and not m.headline
        and m.speaker != n.speaker
        and (m.side != n.side or n.side is None)
        and any(t in mine for t in m.denies)
    ]
    if not rebutted:
        return []
    best_ov = max(overlap(n, m) for m in rebutted)
    other = [
        c
        for c in d.claims
        if c.pos < n.pos and c.idx not in mine and c.side != n.side and not c.headline
    ]
    if other and max(overlap(n, c) for c in other) >= max(2, best_ov + 2):
        return []
    close = [m for m in rebutted if overlap(n, m) >= 2]
    if close:
        return close[-3:]
    last = rebutted[-1]
    run = [m for m in rebutted if m.speaker == last.speaker]
    return run[-2:]


def _trusted_denial(n: Node, nodes: list[Node]) -> Node | None:
    """The denial a confirmation taking a party at its word confirms: the first that party
    told in the body before it, else the first told by that party's side (one side only), not
    the speaker's own side's."""
    told = [
        m
        for m in nodes
        if m.stance == "denial" and m.pos < n.pos and not m.headline and m.speaker != n.speaker
    ]
    own = [m for m in told if m.speaker == n.trusted]
    if own:
        return own[0]
    sides = {m.side for m in nodes if m.speaker == n.trusted}
    if len(sides) != 1 or None in sides or n.side in sides:
        return None
    return next((m for m in told if m.side in sides), None)


def _named_answers(n: Node, nodes: list[Node]) -> tuple[list[Node], str]:
    """`rejected the regulator's findings`, `backed the ministry's account`, `contrary to what
    the company said`: the answers told before it by the one actor named that has answered and
    told no claim (a claimant's `account` is its claim: left to named-account); of them those
    the answer shares two content words with, else the latest run of that actor's answers."""
    owners = {
        m.speaker
        for m in nodes
        if m.speaker in n.answer_owners
        and m.stance in ANSWERS
        and m.pos < n.pos
        and not m.headline
        and m.speaker != n.speaker
    }
    sides = {m.side for m in nodes if m.speaker in owners}
    one_side = len(owners) > 1 and len(sides) == 1 and None not in sides
    if one_side and on("names-answer-owner-side"):
        # `said the ministry's statement was untrue`, after the ministry's denial and its
        # spokesman's quotation: the name stands for both, one side (README rule 7)
        pass
    elif len(owners) != 1:
        return [], ""
    side = sides.pop()
    if side is not None and side == n.side:
        return [], ""  # `the ministry's position was clear`, said by its spokeswoman
    if n.stance == "confirmation" and any(
        m.stance == "claim"
        and m.pos < n.pos
        and (m.speaker == n.speaker or (n.side is not None and m.side == n.side))
        for m in nodes
    ):
        return [], ""  # a claimant quoting the other side's answer stands by its own account
    if any(
        m.stance == "claim"
        and m.pos < n.pos
        and (m.speaker in n.answer_owners or (side is not None and m.side == side))
        for m in nodes
    ):
        return [], ""  # `the union's figures`: a claimant's words are its claim (named-account)
    said = [
        m
        for m in nodes
        if m.speaker in owners and m.stance in ANSWERS and m.pos < n.pos and not m.headline
    ]
    if n.stance == "denial" and any(m.stance == "denial" for m in said):
        said = (
            [m for m in said if m.stance == "denial"]
            if not any(m.stance == "confirmation" and overlap(n, m) >= 2 for m in said)
            else said
        )
    if one_side and said:
        # the side's statement is its first run of answers, one told after another by the
        # body and its people, not a later remark of one of them
        chosen = {m.idx for m in said}
        told = [m for m in nodes if m.pos < n.pos and not m.headline]
        k = told.index(said[0])
        run = [said[0]]
        while k + 1 < len(told) and told[k + 1].idx in chosen and len(run) < 3:
            k += 1
            run.append(told[k])
        return run, "names-answer-owner-side"
    close = [m for m in said if overlap(n, m) >= 2]
    return (close[-3:] if close else said[-2:]), "names-answer-owner"


def _named_answers_later(n: Node, nodes: list[Node]) -> list[Node]:
    """`..., disputing the Austrian embassy's account that the dancers had simply missed a
    connecting flight`, in a lede that tells the dispute before the article quotes the embassy:
    the one actor named, who has said nothing before the answer, answers after it; of that
    actor's answers, those the answer shares two content words with (its words said again)."""
    if any(m.speaker in n.answer_owners and m.pos < n.pos for m in nodes):
        return []
    owners = {
        m.speaker
        for m in nodes
        if m.speaker in n.answer_owners and m.speaker != n.speaker and m.stance in ANSWERS
    }
    if len(owners) != 1:
        return []
    return [
        m
        for m in nodes
        if m.speaker in owners
        and m.pos > n.pos
        and m.stance in ANSWERS
        and m.side != n.side
        and not m.headline
        and overlap(n, m) >= 2
    ][:2]


def _checked(nodes: list[Node], n: Node) -> Node | None:
    """The claim a fact-check checks, as seen from `n`: the first claim the body tells before
    it (a headline's or an optional restatement's aside)."""
    return next(
        (
            c
            for c in nodes
            if c.stance == "claim" and c.pos < n.pos and not c.headline and not c.optional
        ),
        None,
    )


def _checked_claim(
    n: Node, nodes: list[Node], found: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """`The ministry denied the claim in a statement on Tuesday`, in a fact-check (a page whose
    checker grades `the claim`): the claim is the one the page checks, the first the body tells,
    as the checker's grades have it: added to the targets found (the report or the repeat told
    just before), which stay."""
    if n.anaphor is None or n.anaphor_noun not in ("claim", "claims") or n.grades_claim:
        return found
    if not any(m.grades_claim for m in nodes):
        return found
    checked = _checked(nodes, n)
    if checked is None or any(t == checked.idx for t, _ in found):
        return found
    return [(checked.idx, "factcheck-claim-anaphor"), *found]
