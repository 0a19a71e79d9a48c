"""Named rules: every stance or link decision records the rule that made it.

`DEMENTI_PARSER_DISABLE=rule_a,rule_b` switches rules off, so that the scorer can measure what
each one is worth (run it once with a rule off, once with it on). A disabled rule leaves the
decision to the rules after it, as if it had not matched.
"""

from __future__ import annotations

import os
from functools import lru_cache

DISABLE_ENV = "DEMENTI_PARSER_DISABLE"


@lru_cache(maxsize=8)
def _parse_disabled(value: str) -> frozenset[str]:
    return frozenset(p.strip() for p in value.replace(";", ",").split(",") if p.strip())


def disabled() -> frozenset[str]:
    """The rule names switched off by the environment."""
    return _parse_disabled(os.environ.get(DISABLE_ENV, ""))


def on(rule: str) -> bool:
    """True unless the rule is switched off."""
    return rule not in disabled()
