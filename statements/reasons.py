"""The parser's confidence signals in plain words, for the editor reviewing a statement.

The parser (statements/parsing/confidence.py) names what it knew when it made a statement
(`rule:quote-tail`, `speaker:pronoun`, `cue:none`...) and stores the strongest of those signals
with their weights; this module says each one as a sentence. A signal it does not know yet is
shown by its name, so nothing the parser records is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

SENTENCES = {
    # How the speech act was found.
    "rule:verb": "Found as the subject of a verb of saying (“X said…”, “X denied…”).",
    "rule:quote-tail": "Found as a quotation followed by its speaker (“…,” X said).",
    "rule:tail": (
        "Found from a speaker named after the words (“…, X said”), without quotation marks."
    ),
    "rule:colon": "Found from a speaker introducing the words with a colon.",
    "rule:transcript-answer": "Found as an answer turn in a briefing transcript.",
    "rule:turn-own-claim": "Found as a claim made inside a question in a transcript.",
    "rule:according-to": "Found from “according to X”.",
    "rule:coordinated": (
        "Found as a second verb sharing the subject of the first (“X said … and denied …”)."
    ),
    "rule:participle": "Found in a participle clause (“…, calling it…”, “…, saying…”).",
    "rule:quoted-as-saying": "Found from “quoted X as saying”.",
    "rule:quote-continuation": (
        "A quotation running on from the previous speaker, with no verb of its own."
    ),
    "rule:relative": "Found in a relative clause (“X, who said…”).",
    "rule:embedded-claim": (
        "A claim the parser found inside a denial of it (“rejected a report that…”)."
    ),
    # What the stance rests on.
    "cue:verb": "The verb itself says the stance (denied, confirmed, reported, declined).",
    "cue:word": (
        "The stance rests on words in the statement (false, baseless, stands by…), not on its verb."
    ),
    "cue:none": "No word states the stance: it is the parser's default reading.",
    "evidence:strong": "A named speaker is the subject of a verb that states the stance.",
    # Who speaks.
    "speaker:named": "The speaker was resolved to a named actor.",
    "speaker:unnamed": "The speaker is an unnamed source or spokesperson.",
    "speaker:pronoun": "The speaker is a pronoun (he, she, it) resolved to an earlier actor.",
    "speaker:inherited": "No speaker is written: it is taken from the previous statement.",
    "speaker:none": "No speaker could be found.",
    # Its words and place.
    "words:<6": "The statement is very short (under six words).",
    "words:>=50": (
        "The statement is very long (fifty words or more): it may run over two speech acts."
    ),
    "headline": "It stands in a headline.",
    "turn": "It stands in a transcript.",
    "question": "It stands in a question of a transcript.",
    "embedded": "It was cut out of a longer statement.",
    "restated": "The speaker says again what they said before.",
    # Links.
    "links:in": "Another statement answers it.",
    "links:out": "It was linked to the statement it answers.",
    "links:answer-unlinked": "It answers something, but the parser found nothing to link it to.",
    "links:claim-unanswered": "A claim nothing in the article answers.",
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One signal as a sentence, and whether it raised or lowered the confidence."""

    signal: str
    sentence: str
    raises: bool


def explain(reasons: object) -> list[Reason]:
    """Stored [signal, weight] pairs as sentences, strongest first; malformed pairs are skipped."""
    out = []
    for pair in reasons if isinstance(reasons, list) else []:
        if not (isinstance(pair, list | tuple) and len(pair) == 2 and isinstance(pair[0], str)):
            continue
        signal, weight = pair
        if not isinstance(weight, int | float):
            continue
        sentence = SENTENCES.get(signal, f"Parser signal “{signal}”.")
        out.append(Reason(signal=signal, sentence=sentence, raises=weight > 0))
    return out
