"""A person's body read from their own description: `a Turkish foreign ministry official` works
for `the Turkish foreign ministry`, `the spokesman of the Ministry of Energy` for that ministry.
A later `the ministry said` is that body speaking, not a body of its own."""

from __future__ import annotations

import re

from .names import _is_title, _words

_OF_BODY = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:of|for|at|in)\s+(?:the\s+)?(.+)$"
)
_TRAILING = frozenset(("official", "officials", "source", "sources", "staff", "employee", "aide"))


def body_of_member(name: str, head: str) -> str | None:
    """The body an unnamed member's description names, when it has `head` as its head noun:
    `Turkish foreign ministry official` -> `Turkish foreign ministry`; `spokesman of the Ministry
    of Energy` -> `Ministry of Energy`. None when the description names no such body."""
    head = head.lower()
    m = _OF_BODY.match(name)
    if m is not None:
        lead = name[: m.start(1)].lower().split()
        body = m.group(1).strip()
        words = [w.lower() for w in _words(body)]
        if any(_is_title(w) or w in _TRAILING for w in lead) and head in words and len(words) > 1:
            return body
    words = name.split()
    k = len(words)
    while k > 0 and (_is_title(words[k - 1].lower()) or words[k - 1].lower() in _TRAILING):
        k -= 1
    if k == len(words) or k < 2:
        return None
    if head not in [w.lower() for w in _words(" ".join(words[:k]))]:
        return None
    return " ".join(words[:k])


# a title that one person holds: the unnamed holder named a sentence later is that person
ONE_HOLDER = frozenset(
    "spokesman spokeswoman spokesperson minister secretary ambassador envoy governor mayor "
    "president premier chancellor director chairman chairwoman chair".split()
)
_ADJUNCT_EXTRA = re.compile(r"^(?:in|at|on|during|after|before|when|while|speaking)\b", re.I)
NAMED_LATER_SPAN = 700  # characters: how far back the unnamed holder may have spoken


def plain_first_mention(role: str | None, aff: str | None, extras: list[str]) -> bool:
    """A person named with nothing that says who they are (adjuncts of time and occasion
    aside): a writer names someone so only when the text has already said who they are."""
    return not role and not aff and all(_ADJUNCT_EXTRA.match(x) for x in extras)


def single_office_holder(role: str | None, name: str) -> bool:
    """An unnamed person known by one office (`Croatia's economy minister`, `the spokesman of
    the ministry`), not a group, a source or an official among many."""
    words = re.findall(r"[\w-]+", (role or name).lower())
    return (
        bool(words)
        and any(w in ONE_HOLDER for w in words)
        and not any(w.endswith("s") and w[:-1] in ONE_HOLDER for w in words)
    )
