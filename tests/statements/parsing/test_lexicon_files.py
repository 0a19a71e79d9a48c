"""The parser's word knowledge is in `statements/parsing/lexicon/`: every file the code names
is there, and a name that is not fails loudly instead of leaving a rule without its words."""

import pathlib
import re

import pytest

from statements.parsing import lexicon

PARSING = pathlib.Path(lexicon.__file__).resolve().parents[1]
_CALL = re.compile(
    r"lexicon\.(?:words|table|patterns|lines_of|alternation)\(\s*[\"']([^\"']+)[\"']|"
    r"_load_json\(\s*[\"']([^\"']+)[\"']"
)
_INCLUDE = re.compile(r"^@include\s+(\S+)", re.M)


def _named_files() -> set[str]:
    names: set[str] = set()
    for src in PARSING.rglob("*.py"):
        for m in _CALL.finditer(src.read_text(encoding="utf-8")):
            names.add(m.group(1) or m.group(2))
    for f in lexicon.HERE.glob("*.txt"):
        names.update(_INCLUDE.findall(f.read_text(encoding="utf-8")))
    return names


def test_every_lexicon_file_the_code_names_exists():
    names = _named_files()
    assert len(names) > 40  # the scan finds the calls (a broken pattern would find none)
    missing = sorted(n for n in names if not (lexicon.HERE / n).is_file())
    assert missing == []


def test_a_missing_word_list_is_an_error():
    with pytest.raises(FileNotFoundError, match=r"no_such_list\.txt"):
        lexicon.words("no_such_list.txt")


def test_alternation_puts_longer_entries_first_and_lets_a_space_match_any_run():
    alt = lexicon.alternation("ranks.txt")
    # `Major General` is tried before `General`, so a search takes the whole rank
    m = re.search(rf"(?i:{alt})$", "Director-General of the Customs Department Major  General")
    assert m is not None and m.group(0) == "Major  General"
