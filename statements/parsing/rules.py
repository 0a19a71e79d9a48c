"""Named rules: every stance or link decision records the rule that made it.

`DEMENTI_PARSER_DISABLE=rule_a,rule_b` switches rules off, so that the scorer can measure what
each one is worth (run it once with a rule off, once with it on). A disabled rule leaves the
decision to the rules after it, as if it had not matched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

DISABLE_ENV = "DEMENTI_PARSER_DISABLE"


@lru_cache(maxsize=8)
def _parse_disabled(value: str) -> frozenset[str]:
    return frozenset(p.strip() for p in value.replace(";", ",").split(",") if p.strip())


def disabled() -> frozenset[str]:
    """The rule names switched off by the environment."""
    return _parse_disabled(os.environ.get(DISABLE_ENV, ""))


# The switched-off rules read once for a whole parse (`read_once`): `on` is asked some 100,000
# times on a 2 MB page, and reading the environment each time cost a tenth of a second.
_READ: ContextVar[frozenset[str] | None] = ContextVar("dementi_rules_disabled", default=None)


@contextmanager
def read_once() -> Iterator[None]:
    """Within the block, `on` answers from the environment as it was on entry."""
    token = _READ.set(disabled())
    try:
        yield
    finally:
        _READ.reset(token)


def on(rule: str) -> bool:
    """True unless the rule is switched off."""
    off = _READ.get()
    return rule not in (disabled() if off is None else off)
