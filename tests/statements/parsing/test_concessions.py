"""A speaker who concedes what was reported (`that is true`, `I won't pretend otherwise`)
confirms it, even while explaining it away."""

import pytest

from statements.parsing import parse_article, to_contract

REPORT = (
    "The Northern Courier reported on Monday that lorries had waited three days at the Kessel "
    "crossing because Vardia's customs office had cut its staff.\n\n"
)


@pytest.mark.parametrize(
    "answer",
    [
        '"There were long queues at Kessel last week. That is true. But the snow caused them," '
        "Vardia's customs spokesman, Ole Brand, said.",
        '"The wait is long, and I am not going to pretend otherwise, but our staff numbers have '
        "not changed,\" Vardia's customs spokesman, Ole Brand, said.",
    ],
)
def test_a_conceded_fact_is_a_confirmation(answer):
    out = to_contract(parse_article(REPORT + answer + "\n", strict=True))
    stances = [
        s["stance"] for s in out["statements"] if "Kessel" in s["text"] or "wait" in s["text"]
    ]
    assert "confirmation" in stances, out["statements"]
