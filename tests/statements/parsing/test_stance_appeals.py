"""A remark of the denying side that asks the other party to act, or says what is to come,
answers no account: it stays a comment."""

import pytest

from .statements import stance_of

DISPUTE = (
    "Finland's fisheries ministry accused Estonia on Monday of letting its trawlers fish for "
    "herring inside Finnish waters.\n\n"
    "Estonia's fisheries ministry denied the accusation on Tuesday.\n\n"
)


_stance = stance_of


@pytest.mark.parametrize(
    ("remark", "words"),
    [
        (
            "Estonia's fisheries minister, Kadri Saar, urged Helsinki to share the radar "
            "records of the trawlers with the joint fisheries commission.",
            "radar records",
        ),
        (
            "Kadri Saar, Estonia's fisheries minister, said she expected the trawler question "
            "to be settled by the joint fisheries commission in the coming weeks.",
            "coming weeks",
        ),
    ],
)
def test_an_appeal_or_an_expectation_of_the_denying_side_is_a_comment(remark, words):
    assert _stance(DISPUTE + remark + "\n", words) == "comment"


def test_the_denying_sides_account_of_the_facts_still_denies():
    remark = (
        "Kadri Saar, Estonia's fisheries minister, said the trawlers had fished for herring "
        "only in Estonian waters."
    )
    assert _stance(DISPUTE + remark + "\n", "only in Estonian waters") == "denial"
