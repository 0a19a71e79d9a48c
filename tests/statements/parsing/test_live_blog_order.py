"""A live blog told newest entry first (`live-blog-order`): what stands higher was said later."""

import json

import pytest

from statements.parsing import parse_article, to_contract
from statements.parsing.accounts import newest_first
from tests.conftest import SHARED, needs_shared

DEV_41 = "41_liveblog_iceland_norway_drone.json"

NEWEST_FIRST = (
    "LIVE | Harbour row\n\n16:52 GMT\nWe are pausing our coverage.\n\n15:48 GMT\nThe ministry "
    'said: "No such vessel was ours."\n\n14:05 GMT\nThe coastguard said a ship had entered.\n'
)
OLDEST_FIRST = (
    "LIVE | Harbour row\n\n09:15\nThe coastguard said a ship had entered.\n\n10:40\nThe "
    'ministry said: "No such vessel was ours."\n\n11:02\nWe are pausing our coverage.\n'
)


def test_descending_entry_stamps_read_as_newest_first():
    assert newest_first(NEWEST_FIRST)
    assert newest_first(NEWEST_FIRST.replace("GMT", "").replace("16:52", "[16:52]"))


def test_ascending_stamps_or_too_few_are_no_newest_first_blog():
    assert not newest_first(OLDEST_FIRST)
    assert not newest_first("14:05 GMT\nThe coastguard said a ship had entered.\n")
    # a time inside a sentence is no entry stamp
    assert not newest_first("The ministry said at 16:52 that 15:48 and 14:05 were wrong.")


@needs_shared
@pytest.mark.parametrize("rule_on", [True, False])
def test_words_above_a_denial_in_a_newest_first_blog_are_no_account_it_answers(
    monkeypatch, rule_on
):
    # dev 41: Iceland's Coast Guard confirms the broadcaster's report in an entry above the one
    # where Norway's defence ministry denies it (said later). Read in text order, the Coast
    # Guard's words would be the account the denial answers: claims.
    if not rule_on:
        monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "live-blog-order")
    article = json.loads((SHARED / "corpus" / "dev" / DEV_41).read_text())
    out = to_contract(parse_article(article["text"]))
    guard = next(a for a in out["actors"] if a["name"] == "Iceland's Coast Guard")
    stances = {s["stance"] for s in out["statements"] if s["speaker"] == guard["id"]}
    assert ("claim" in stances) is not rule_on, stances
