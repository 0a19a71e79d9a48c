"""The twentieth session's lead rules, on invented sentences: `May` as a surname (`Prime
Minister Theresa May said`, `"...," May said`), which the modal `may` and the month had hidden.
Each with a near miss and switched off once."""

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

_MAY = (
    "LONDON (Courier) - Prime Minister Theresa May on Tuesday denied a report that Britain had "
    "offered Spain a deal on Gibraltar.\n\n"
    "The newspaper El Diario reported on Monday that London had offered a new customs deal.\n\n"
    '"There was no such offer," May said. In May, the foreign ministry said talks would resume.'
    "\n\nMay told reporters the report was wrong."
)


def _speakers(text):
    out = to_contract(parse_article(text))
    names = {a["id"]: a["name"] for a in out["actors"]}
    return {s["text"]: names.get(s["speaker"]) for s in out["statements"]}, out


def _said(speakers, words):
    return next(name for text, name in speakers.items() if words in text)


def test_surname_may_speaks_in_full_and_alone():
    speakers, out = _speakers(_MAY)
    assert _said(speakers, "denied a report") == "Theresa May"
    assert _said(speakers, "There was no such offer") == "Theresa May"
    assert _said(speakers, "May told reporters") == "Theresa May"
    assert not any(a["name"] == "May" for a in out["actors"])


def test_month_may_is_still_no_speaker():
    """Near miss: `In May, the ministry said` dates a statement; no one called May exists."""
    speakers, _ = _speakers(
        "In May, the foreign ministry said talks would resume. "
        '"We never offered anything," the ministry said in May.'
    )
    assert _said(speakers, "talks would resume") == "foreign ministry"
    assert all(name != "May" for name in speakers.values())


def test_modal_may_is_no_name():
    """Near miss: the modal before a verb is no surname: the speaker is the ministry."""
    speakers, _ = _speakers("The ministry said it may review the report on Friday.")
    assert _said(speakers, "may review") == "ministry"


def test_surname_may_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "surname-may")
    speakers, _ = _speakers(_MAY)
    assert not any("There was no such offer" in text for text in speakers)
    assert _said(speakers, "May told reporters") != "Theresa May"
