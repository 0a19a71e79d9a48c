"""Name normalisation for aliases and matching: accents, case, punctuation, a leading 'the'."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalise_name(name: str) -> str:
    """Fold a name to the form aliases are compared and stored under."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    folded = _NON_WORD.sub(" ", ascii_only).strip()
    return folded.removeprefix("the ").strip()
