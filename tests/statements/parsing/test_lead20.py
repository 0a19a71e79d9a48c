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


def _stance_and_speaker(text, words):
    out = to_contract(parse_article(text))
    names = {a["id"]: a["name"] for a in out["actors"]}
    said = next(s for s in out["statements"] if words in s["text"])
    return said["stance"], names.get(said["speaker"]), said


_PTI = (
    "New Delhi, May 12 (PTI) India on Monday rejected Pakistan's claim that its air force had "
    'shot down five Indian fighter jets, terming it "baseless propaganda".\n\n'
    "Pakistan's Information Minister Attaullah Tarar had on Sunday told a news conference that "
    "the jets were downed in a dogfight."
)


def test_dateline_with_credit_and_no_dash():
    """`New Delhi, May 12 (PTI) India rejected ...`: the agency's dateline is no speaker."""
    stance, speaker, said = _stance_and_speaker(_PTI, "rejected Pakistan")
    assert (stance, speaker) == ("denial", "India")
    assert not said["text"].startswith("New Delhi")


def test_dateline_with_dash_unchanged():
    """Near miss: the dash form was read before the rule and still is."""
    text = _PTI.replace("(PTI) India", "(PTI) - India")
    assert _stance_and_speaker(text, "rejected Pakistan")[:2] == ("denial", "India")


def test_dateline_credit_no_dash_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "dateline-credit-no-dash")
    out = to_contract(parse_article(_PTI))
    assert not any(s["text"].startswith("India on Monday rejected") for s in out["statements"])


def test_terming_ends_a_carried_claim():
    """`rejected X's claim that Y, terming it "baseless"`: the claim carried is Y alone."""
    out = to_contract(parse_article(_PTI))
    carried = [s for s in out["statements"] if s["text"].startswith("its air force")]
    assert carried and carried[0]["text"].endswith("fighter jets")
    assert carried[0]["stance"] == "claim"


_IAEA = (
    "Iran's foreign ministry spokesman on Monday rejected the agency's report as politically "
    "motivated.\n\n"
    "The International Atomic Energy Agency said in a confidential report on Saturday that Iran "
    "had not explained traces of uranium found at two sites."
)


def test_negation_in_a_reports_findings_is_a_claim():
    stance, speaker, _ = _stance_and_speaker(_IAEA, "had not explained")
    assert (stance, speaker) == ("claim", "International Atomic Energy Agency")


def test_negation_said_plainly_is_still_a_denial():
    """Near miss: the same negation with no report as its vehicle answers as before."""
    text = _IAEA.replace("said in a confidential report on Saturday", "said on Saturday")
    assert _stance_and_speaker(text, "had not explained")[0] == "denial"


def test_report_vehicle_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-vehicle")
    assert _stance_and_speaker(_IAEA, "had not explained")[0] == "denial"
