"""Links pass: rows as the linker's nodes, then each answer's links back on its row."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .caseblind import lower_for_ci
from .contract import link_confidence
from .factcheck import GRADED
from .lexicon import any_pattern
from .link import Node, content_stems, link
from .model import LinkOut, Row
from .propositions import keys
from .resolve import MActor, Registry
from .rules import on
from .segment import Document
from .speakers import root
from .stance import ANAPHOR_NOUN, anaphor_search, conceded_negation, trusted_party

# `Rellan's account was designed for domestic consumption`, `dismissed the ministry's claims`:
# an answer naming a side's account, whoever of that side told it.
# `denied having objected to the route`, `denies ever having sent the letter`: a denial of the
# speaker's own act, the participle that names it (rule `denied-own-act`).
_DENIED_HAVING = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:ever\s+)?having\s+(?:ever\s+)?([a-z]{4,})\b",
    re.I,
)


def _own_act(r: Row) -> str:
    """The stem of the act a denial says its speaker never did (`denied having objected`)."""
    if r.stance != "denial" or not on("denied-own-act"):
        return ""
    m = _DENIED_HAVING.search(r.text)
    return next(iter(content_stems(m.group(1), frozenset())), "") if m is not None else ""


_SIDE_ACCOUNT = re.compile(
    r"\b(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})(?:'s|’s)\s+(?:own\s+)?(?:whole\s+)?"
    r"(?:account|version|claims|allegations|accusations|story|narrative)\b"
)

# `the Lisbon daily published a very different account`: a claim told as another account of
# what a report before it told (rule `contrary-account`)
_CONTRARY = re.compile(
    r"\b(?:(?:very|quite|completely|entirely|starkly|markedly|sharply|strikingly|wholly|rather)\s+)?"
    rf"(?:{lexicon.alternation('contrary_accounts.txt')})\s+"
    r"(?:account|version|story|picture|narrative)s?\b",
    re.I,
)


def _mark_told_as(n: Node, r: Row, sentence: str) -> None:
    """A briefing denial calling a measure routine (`routine-measure-granted`); a claim its
    sentence calls another account of the events (`contrary-account`)."""
    if r.stance == "denial" and r.frame.turn is not None and on("routine-measure-granted"):
        n.routine = any_pattern("routine_measures.txt").search(r.text) is not None
    if r.stance == "claim" and on("contrary-account"):
        n.contrary = _CONTRARY.search(sentence) is not None


MAX_NAME_SCAN = 2_000_000  # names x statements beyond which a pathological text skips the scan


def link_rows(rows: list[Row], reg: Registry, doc: Document, skip: frozenset[str]) -> None:
    """Fill each row's links: what its denial or confirmation answers, with the rule."""
    named = _proper_names(reg)
    if len(named) * len(rows) > MAX_NAME_SCAN:
        named = []
    by_head = _by_head(named)
    para_of = {u.start: u.paragraph for p in doc.paragraphs for u in p.units}
    chapter_of, apart = _roundup_chapters(doc)
    words = _actor_words(reg)
    nodes: list[Node] = []
    actor_forms: list[dict[str, list[tuple[int, str]]]] = []  # see _answered_words
    node_of: dict[int, int] = {}
    for k, r in enumerate(rows):
        f = r.frame
        tgt = r.target
        actor = r.actor
        anaphor = _anaphor(f.target or "", r.content)
        cut_noun = ""
        if anaphor is None and r.stance in ("denial", "confirmation"):
            cut_noun = _anaphor_cut_at_that(r.text, r.content)
            if cut_noun:
                anaphor = _anaphor(f"that {cut_noun}", "")
                r.rules.append(f"anaphor-cut-at-that:{r.stance}")
        nodes.append(
            Node(
                idx=k,
                stance=r.stance,
                speaker=actor.idx if actor else None,
                block=r.block,
                pos=r.pos,
                turn=f.turn,
                question_turn=f.question_turn,
                target_actor=tgt.idx if tgt is not None else None,
                target_kind="accusation" if anaphor is not None else None,
                embedded=None,
                report=(f.vclass == "claim" or (actor is not None and actor.kind == "media")),
                side=r.side,
                para=para_of.get(f.unit.start, f.unit.paragraph),
                unit=f.unit.index,
                stems=content_stems(r.content, skip),
                keys=keys(r.content, skip),
                mentions=_mentions(r.text, by_head, actor),
                relay=r.relay.idx if r.relay is not None else None,
                headline=f.headline,
                anaphor=anaphor,
                optional=f.optional,
                said=f.vclass in ("say", "turn") and r.embedded_of is None,
                cited=r.cited,
                whole=r.stance in ("denial", "confirmation") and _whole_report(r.text),
                claim_verb=(f.verb or "").lower() if r.stance == "claim" else "",
                anaphor_noun=(cut_noun or _anaphor_noun(f.target or "", r.content))
                if anaphor
                else "",
                stand_by=r.stance == "confirmation" and _stands_by(r.text),
                leak=any(x.startswith(("leaked-account:", "quoted-in-report:")) for x in r.rules)
                # `the paper quoted a customs broker as saying ...` (rule `quoted-unnamed-source`)
                or (f.rule == "quoted-as-saying" and "source-report:claim" in r.rules),
                kind=actor.kind if actor is not None else "",
                grades_claim=f.rule == GRADED and r.stance in ("denial", "confirmation"),
                conceded=r.stance == "confirmation"
                and f.vclass == "confirm"
                and conceded_negation(f.verb or "", r.content),
            )
        )
        _mark_apart(nodes[k], r, chapter_of, apart)
        node_of[id(r)] = k
        nodes[k].own_act = _own_act(r)
        _mark_told_as(nodes[k], r, doc.text[f.unit.start : f.unit.end])
        if r.stance in ("denial", "confirmation"):
            nodes[k].account_of = _side_account(r.content, by_head, reg)
            if tgt is None and nodes[k].account_of is None and nodes[k].anaphor is None:
                nodes[k].target_actor = _named_report(r.text, by_head, actor)
            if nodes[k].target_actor is None and r.stance == "confirmation":
                nodes[k].target_actor = _proved_right(r.text, words, actor)
            if r.stance == "confirmation" and on("trusts-answerer-word"):
                nodes[k].trusted = _trusted(r.text, words, actor)
            _mark_answered_words(
                nodes[k], doc.text[f.unit.start : f.unit.end], reg, actor, actor_forms
            )
            _mark_named_answer(nodes[k], r, words, actor)
    for k, r in enumerate(rows):
        if r.emb_new is not None:
            nodes[k].embedded = node_of[id(r.emb_new)]
    link(nodes)
    for k, r in enumerate(rows):
        n = nodes[k]
        r.rules.extend(f"{note}:{r.stance}" for note in dict.fromkeys(n.notes))
        for relation, targets in (("denies", n.denies), ("confirms", n.confirms)):
            for t in targets:
                if t == k:
                    continue
                rule = n.why.get(t, "")
                r.links.append(
                    LinkOut(
                        target=t,
                        relation="denies" if relation == "denies" else "confirms",
                        rule=rule,
                        confidence=link_confidence(rule),
                    )
                )


def _mark_apart(n: Node, r: Row, chapter_of: dict[int, int], apart: frozenset[int]) -> None:
    """What tells a node's dispute apart from the others: its roundup chapter, and for a claim
    whether it charges the other side with making things up."""
    if r.stance == "claim" and on("counter-accusation-apart"):
        charges = any_pattern("fabrication_charges.txt")
        n.charges_fabrication = charges.search(r.content) is not None
    n.chapter = chapter_of.get(n.para, 0)
    n.apart = n.para in apart


def _roundup_chapters(doc: Document) -> tuple[dict[int, int], frozenset[int]]:
    """Paragraph -> how many paragraphs opened by a roundup marker (`Separately,`, `In a
    separate dispute,`, `In other news`) stand up to it, and the set of such paragraphs."""
    if not on("separate-dispute-marker"):
        return {}, frozenset()
    markers = any_pattern("separate_dispute_markers.txt")
    chapter, out, apart = 0, {}, set()
    for p in doc.paragraphs:
        head = _BULLET.sub("", doc.text[p.start : min(p.end, p.start + 80)])
        if markers.match(head):
            chapter += 1
            apart.add(p.index)
        out[p.index] = chapter
    return out, frozenset(apart)


_BULLET = re.compile(r"^[\s*•·–—-]+")


def _whole_report(text: str) -> bool:
    """`stands behind every word`, `maintains everything it published`: an answer about a
    report as a whole, every proposition of it (lexicon/whole_report_cues.txt)."""
    return on("whole-report-cue") and bool(any_pattern("whole_report_cues.txt").search(text))


def _stands_by(text: str) -> bool:
    """`stands by its reporting`, `would keep the article online`: a speaker standing by what
    it published (lexicon/stand_by_cues.txt)."""
    return bool(any_pattern("stand_by_cues.txt").search(text))


# words every cue of lexicon/answered_about_cues.txt contains
_CUE_HEADS = ("asked ", "respon", "comment", "reply", "replying", "reacting")


@lru_cache(maxsize=1)
def _answered_words_re() -> re.Pattern[str]:
    cues = lexicon.alternation("answered_about_cues.txt")
    words = lexicon.alternation("spoken_words_nouns.txt")
    accounts = lexicon.alternation("spoken_account_nouns.txt")
    return re.compile(
        rf"\b(?:{cues})\s+(?:the\s+)?(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){{0,4}}?)(?:'s|’s)?\s+"
        rf"(?:earlier\s+|latest\s+|own\s+|written\s+|official\s+)?"
        rf"(?:(?P<words>{words})|{accounts})\b",
        re.I,
    )


def _mark_answered_words(
    n: Node,
    sentence: str,
    reg: Registry,
    speaker: MActor | None,
    memo: list[dict[str, list[tuple[int, str]]]],
) -> None:
    """An answer naming no account yet, given to another actor's named words: aim it there."""
    if n.target_actor is not None or n.anaphor is not None:
        return
    words_of = _answered_words(sentence[:300], reg, speaker, memo)
    if words_of is not None:
        n.target_actor, n.target_kind = words_of


def _actor_forms(reg: Registry) -> list[tuple[int, tuple[str, ...]]]:
    """Each actor's name, aliases and role, in lower case without a leading `the`."""
    return [
        (
            a.idx,
            tuple(
                re.sub(r"^the\s+", "", " ".join(form.lower().split()))
                for form in (a.name, *a.aliases, a.role or "")
            ),
        )
        for a in reg.actors
    ]


def _form_index(reg: Registry) -> dict[str, list[tuple[int, str]]]:
    """The actors' forms (_actor_forms) filed under their first and their last word: a form
    that `who` names shares one of them with it (see _names_form), so that each answer tries
    those forms alone and not every form of every actor of a long page."""
    out: dict[str, list[tuple[int, str]]] = {}
    for idx, forms in _actor_forms(reg):
        for form in forms:
            if form:
                words = form.split()
                for w in dict.fromkeys((words[0], words[-1])):
                    out.setdefault(w, []).append((idx, form))
    return out


def _answered_words(
    sentence: str,
    reg: Registry,
    speaker: MActor | None,
    memo: list[dict[str, list[tuple[int, str]]]] | None = None,
) -> tuple[int, str] | None:
    """`Asked about the company's statement, Solheim said ...`, `said in response to the
    Polish customs statement`: the one actor (not the speaker) whose words the answer was
    given to, named by its name, alias or role, or the first words of one (rule
    answered-words-named)."""
    if not on("answered-words-named"):
        return None
    low = sentence.lower()
    if not any(w in low for w in _CUE_HEADS):
        return None  # the pattern's search is slow on the many sentences that have no cue
    m = _answered_words_re().search(sentence)
    if m is None:
        return None
    who = " ".join(m.group("who").lower().split())
    who = re.sub(r"^(?:mr|mrs|ms|miss|dr)\.?\s+", "", re.sub(r"(?:'s|’s)$", "", who))
    if who in ("it", "its", "his", "her", "their", "that", "this", "a", "an", "any", "such"):
        return None
    whos = {who, *_by_country_name(who)}
    if memo is None:
        memo = []
    if not memo:  # the actors' forms, made once for a whole parse (a long page has thousands)
        memo.append(_form_index(reg))
    hits = set()
    for w in whos:
        ww = w.split()
        if not ww:
            continue
        for word in dict.fromkeys((ww[0], ww[-1])):
            for idx, form in memo[0].get(word, ()):
                if (speaker is None or idx != speaker.idx) and _names_form(form, w):
                    hits.add(idx)
    if len(hits) != 1:
        return None
    return hits.pop(), ("words" if m.group("words") else "account")


def _names_form(form: str, who: str) -> bool:
    """`who` names an actor's name or alias `form`: the whole of it, its last or first words,
    or its first and last word with words between (`norway's ministry` for `norway's transport
    ministry`)."""
    if form == who or form.endswith(" " + who) or form.startswith(who + " "):
        return True
    fw, ww = form.split(), who.split()
    return len(ww) >= 2 and len(fw) > len(ww) and fw[0] == ww[0] and fw[-1] == ww[-1]


def _by_country_name(who: str) -> list[str]:
    """`polish customs` also as `poland's customs`: a demonym read as its country's name."""
    first, _, rest = who.partition(" ")
    hit = lexicon.country_index().get(first)
    if hit is None or not rest:
        return []
    c = hit[0]
    return [f"{n.lower()}'s {rest}" for n in (c.name, *c.aliases)]


def _may_such(text: str) -> bool:
    """False when `such` is not in the text: _SUCH cannot match."""
    low = lower_for_ci(text)
    return low is None or "such" in low


def _side_account(content: str, by_head: NamesByHead, reg: Registry) -> int | None:
    """The side whose account an answer names by a possessive (`Rellan's account`), if any."""
    m = _SIDE_ACCOUNT.search(content[:120])
    if not m:
        return None
    name = m.group("name")
    hits = [i for i, n in by_head.get(name[:4], ()) if n == name]
    if len(set(hits)) != 1:
        return None
    return root(reg, reg.actors[hits[0]])


# `no such review is under consideration`, `not aware of any such official`: `such` points
# back at the one proposition just told, whatever its noun.
_SUCH = re.compile(r"\b(?:no|any|not\s+a)\s+such\s+[a-z][\w-]+", re.I)


# `the Ljósvaki report was simply wrong`, `confirmed the core of the Herald's story`: a report
# named by the outlet (or person) that made it.
_NAMED_REPORT = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)(?:'s|’s)?\s+"
    r"(?:(?:original|first|latest|earlier)\s+)?(?:report|reporting|story|article|broadcast|"
    r"investigation|allegations?|accusations?)\b"
)


def _named_report(text: str, by_head: NamesByHead, speaker: MActor | None) -> int | None:
    """The actor whose report an answer names (`the Ljósvaki report`), when one actor only."""
    if not on("named-report"):
        return None
    me = speaker.idx if speaker is not None else None
    for m in _NAMED_REPORT.finditer(text[:240]):
        name = m.group("name")
        if name.startswith(("The ", "A ", "An ")):
            name = name.split(" ", 1)[1]
        hits = {i for i, n in by_head.get(name[:4], ()) if n == name and i != me}
        if len(hits) == 1:
            return hits.pop()
    return None


# `The health secretary was right that waiting lists rose`, `Ms Lund is correct to say`: the
# answer names whose words it confirms.
_RIGHT = re.compile(
    r"(?:^|[.;:]\s+|\b(?:that|and|but)\s+)(?:the\s+)?(?P<who>[\w'’ .-]{3,60}?)\s+"
    r"(?:was|is|were|are|had\s+been|has\s+been)\s+(?:quite\s+|absolutely\s+|entirely\s+)?"
    r"(?:right|correct)\s+(?:that|to\s+(?:say|warn|point|note)|when|about)\b",
    re.I,
)


def _proved_right(text: str, words: ActorWords, speaker: MActor | None) -> int | None:
    """The actor a confirmation says was right (`the health secretary was right that ...`):
    the one actor whose name, or whose name's or role's last words, the phrase is."""
    if not on("said-was-right"):
        return None
    m = _RIGHT.search(text[:240])
    if m is None:
        return None
    who = " ".join(m.group("who").lower().split())
    who = re.split(r"\b(?:that|and|but|said|says|agreed|confirmed|admitted)\b", who)[-1].strip()
    who = re.sub(r"^the\s+", "", who)
    if who in ("it", "he", "she", "they", "this", "that", "we", "i", "you"):
        return None
    who = re.sub(r"^(?:mr|mrs|ms|miss|dr|prof)\.?\s+", "", who)
    if not who:
        return None
    hits = _actors_named(who, words, speaker, last_word=False)
    return next(iter(hits)) if len(hits) == 1 else None


def _trusted(text: str, words: ActorWords, speaker: MActor | None) -> int | None:
    """The actor a confirmation takes at its word (`"no reason to doubt the word of our Italian
    friends"`, `I don't doubt the department when it says`): the one actor whose name, alias or
    role the phrase is or ends with, else the one a single word of it names (`Italian`)."""
    who = trusted_party(text)
    if who is None:
        return None
    who = re.sub(r"^(?:the|our|their|its|his|her|my|your)\s+", "", " ".join(who.lower().split()))
    who = re.sub(r"(?:'s|’s)$", "", who)
    hits = _actors_named(who, words, speaker, last_word=False)
    if len(hits) == 1:
        return next(iter(hits))
    for w in who.split():
        hits = _actors_named(w, words, speaker, last_word=False)
        if len(hits) == 1:
            return next(iter(hits))
    return None


# `rejected the company's denial`, `the minister's denial was "a matter of wording"`: a denial
# naming another's denial, by its speaker's name or role or by `the`/`that`.
_DENIAL_NOUN = re.compile(
    r"\b(?:(?:the|that|this|its|their|his|her)\s+)?(?:(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)"
    r"(?:'s|’s)\s+)?(?:own\s+|earlier\s+|initial\s+|official\s+)?(?:denials?|rebuttals?)\b",
    re.I,
)


def _mark_named_answer(n: Node, r: Row, words: ActorWords, speaker: MActor | None) -> None:
    """An answer naming an earlier answer: `rejected the company's denial` (names-a-denial),
    `rejected the board's explanation` (names-answer-owner)."""
    if r.stance == "denial" and n.anaphor is None:
        _mark_named_denial(n, r.text, words, speaker)
    if not n.names_denial and on("names-answer-owner"):
        n.answer_owners = _answer_owners(r.text, words, speaker)


def _mark_named_denial(n: Node, text: str, words: ActorWords, speaker: MActor | None) -> None:
    """`rejected the company's denial`: the node aims at a denial, of that actor if named."""
    if not on("names-a-denial"):
        return
    hit = _named_denial(text)
    if hit is not None:
        n.names_denial = True
        n.denial_owner_named = bool(hit)
        n.target_actor = _actor_called(hit, words, speaker)


def _named_denial(text: str) -> str | None:
    """The words naming whose denial a denial rejects ("" for `the denial`), or None."""
    head = text[:240]
    low = head.lower()
    if "denial" not in low and "rebuttal" not in low:
        return None  # the pattern's search is slow on the many answers that have neither
    m = _DENIAL_NOUN.search(head)
    if m is None:
        return None
    if m.group("who") is None and not re.match(r"(?:the|that|this)\s", m.group(0), re.I):
        return None  # `issued a denial`, `denials`: no earlier denial named
    return m.group("who") or ""


def _actor_called(who: str, words: ActorWords, speaker: MActor | None) -> int | None:
    """The one actor (not the speaker) whose name, or whose name's or role's last words, `who`
    is (`the minister`, `the company`, `Reske`)."""
    who = re.sub(r"^(?:the|that|this|its|their|his|her)\s+", "", " ".join(who.lower().split()))
    if not who or who in ("it", "he", "she", "they", "we", "i", "you"):
        return None
    hits = _actors_named(who, words, speaker, last_word=False)
    return next(iter(hits)) if len(hits) == 1 else None


# Every word of every actor's name, aliases and role -> (actor, that form), lower-cased with
# single spaces, in the registry's order: the lookups below read the forms holding the phrase's
# last word instead of scanning every actor for every answer.
ActorWords = dict[str, list[tuple[int, str]]]


def _actor_words(reg: Registry) -> ActorWords:
    """The word index of the registry's actors (built once per article, before linking)."""
    index: ActorWords = {}
    for a in reg.actors:
        for f in (a.name, *a.aliases, a.role or ""):
            form = " ".join(f.lower().split())
            for w in dict.fromkeys(form.split()):
                index.setdefault(w, []).append((a.idx, form))
    return index


def _actors_named(
    who: str, words: ActorWords, speaker: MActor | None, *, last_word: bool
) -> frozenset[int]:
    """The actors (not the speaker) whose name, alias or role is `who` or ends with it, or, with
    `last_word`, holds its last word. Each of these forms holds `who`'s last word, so only the
    forms the index files under it are read."""
    if not who.split():
        return frozenset()
    last = who.split()[-1]
    hits = set()
    for idx, f in words.get(last, ()):
        if speaker is not None and idx == speaker.idx:
            continue
        if f == who or f.endswith(" " + who) or last_word:
            hits.add(idx)
    return frozenset(hits)


@lru_cache(maxsize=1)
def _answer_owner_re() -> re.Pattern[str]:
    """`the regulator's findings`, `the Tanzanian embassy's account`, `contrary to what the
    company said`: the words naming whose answer a statement takes up."""
    nouns = lexicon.alternation("answer_nouns.txt")
    who = r"(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)"
    return re.compile(
        rf"\b(?:the|that|this)\s+{who}(?:'s|’s)\s+(?:own\s+|earlier\s+|latest\s+|official\s+|"
        rf"initial\s+|written\s+)?(?:{nouns})\b"
        rf"|\bcontrary\s+to\s+what\s+(?:the\s+)?{who.replace('who', 'who2')}\s+"
        r"(?:had\s+)?(?:said|says|stated|claimed|told)\b",
        re.I,
    )


def _answer_owners(text: str, words: ActorWords, speaker: MActor | None) -> frozenset[int]:
    """The actors (not the speaker) a phrase naming an answer may mean: those whose name, alias
    or role ends with its words, or holds its last word (`the embassy` for `Tanzanian embassy in
    Nairobi`); the linker keeps the one of them that has answered (rule names-answer-owner)."""
    head = text[:240]
    low = head.lower()
    if "'s" not in low and "’s" not in low and "contrary" not in low:
        return frozenset()
    m = _answer_owner_re().search(head)
    if m is None or not head[: m.start()].strip():
        return frozenset()  # `The embassy's statement, posted on Facebook, said`: its own words
    who = " ".join((m.group("who") or m.group("who2")).lower().split())
    who = re.sub(r"^(?:the|that|this)\s+", "", who)
    if not who or who in ("it", "he", "she", "they", "we", "i", "you", "its", "his", "her"):
        return frozenset()
    return _actors_named(who, words, speaker, last_word=True)


def _anaphor_noun(target: str, content: str) -> str:
    """The noun of the anaphor (`accusation`, `claims`), lower-cased."""
    m = anaphor_search(target) or anaphor_search(content[:80])
    return m.group("noun").lower() if m else ""


# `rejected that suggestion on Monday, saying ...`: the reading of `that` as a conjunction
# leaves the anaphor's noun at the head of the content (`suggestion on Monday, saying ...`).
_CUT_NOUN = re.compile(
    rf"(?P<noun>{ANAPHOR_NOUN})\b(?!\s+(?:that|of|by|from)\b)"
    r"(?=\s*(?:$|[,.;:])|\s+(?:on|in|at|as|last|this|earlier|late|outright|flatly|firmly)\b)",
    re.I,
)


def _anaphor_cut_at_that(text: str, content: str) -> str:
    """`X rejected that suggestion on Monday, saying ...`, read as `rejected that [clause]`:
    the content starts with an anaphor's noun that the text has just after a demonstrative,
    followed by no verb (a stop, a time or place phrase, `as`): the answer points back at a
    claim as `that suggestion` does (rule `anaphor-cut-at-that`). The noun, lower-cased, or ""."""
    if not on("anaphor-cut-at-that"):
        return ""
    m = _CUT_NOUN.match(content)
    if m is None:
        return ""
    noun = m.group("noun")
    if not re.search(r"\b(?:that|this|these|those)\s+" + re.escape(noun) + r"\b", text[:300]):
        return ""
    return noun.lower()


def _anaphor(target: str, content: str) -> str | None:
    """The claim noun an answer refers back to (`the accusation`), if any."""
    m = anaphor_search(target) or anaphor_search(content[:80])
    if not m:
        head = content[:120]
        if _may_such(head) and _SUCH.search(head) and on("no-such-refers-back"):
            return "accusation"
        return None
    noun = m.group("noun").lower()
    if noun.startswith(("version", "account", "explanation", "narrative")):
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


# (actor, written name) pairs under the name's first four characters (every name of
# _proper_names has four or more)
NamesByHead = dict[str, list[tuple[int, str]]]


def _by_head(named: list[tuple[int, str]]) -> NamesByHead:
    """The names indexed by their first four characters, for `_mentions`."""
    out: NamesByHead = {}
    for i, n in named:
        out.setdefault(n[:4], []).append((i, n))
    return out


def _mentions(text: str, by_head: NamesByHead, speaker: MActor | None) -> frozenset[int]:
    """Actors a statement names, other than its speaker. A name in the text starts with four
    characters the text holds: only the names under the text's four-character runs are looked
    for (not every actor's every name in every statement)."""
    if not by_head:
        return frozenset()
    me = speaker.idx if speaker is not None else None
    runs = {text[k : k + 4] for k in range(len(text) - 3)}
    return frozenset(
        i for head in runs.intersection(by_head) for i, n in by_head[head] if i != me and n in text
    )
