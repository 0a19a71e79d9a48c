"""A live blog told newest entry first (`live-blog-order`): what stands higher was said later."""

from statements.parsing.accounts import newest_first

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
