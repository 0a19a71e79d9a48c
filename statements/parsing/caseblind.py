"""A cheap substring test before a case-blind regex, when it is safe.

`re.IGNORECASE` matches a character when its simple lower case is the pattern's, or when the
two are among a few pairs with different lower cases (`ſ` and `s`, `ı` and `i`, the sigmas,
...). `İ` lowers to two characters. In a text with none of those odd characters, and for a
pattern word of ASCII letters, `word in text.lower()` is necessary for a case-blind match of
the word, and text.lower() keeps every offset of text.
"""

from __future__ import annotations

from re import _casefix  # type: ignore[attr-defined]

_CASE_ODD = frozenset(
    ch
    for ch in [chr(c) for c in _casefix._EXTRA_CASES]
    + [chr(o) for others in _casefix._EXTRA_CASES.values() for o in others]
    + ["\u0130", "\u03a3"]
    if not ch.isascii()
)


def lower_for_ci(text: str) -> str | None:
    """text.lower(), or None when a character of text could make a substring test unsafe."""
    if not text.isascii() and not _CASE_ODD.isdisjoint(text):
        return None
    return text.lower()
