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
    out = to_contract(parse_article(_PTI.split("\n\n")[0]))
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


def _actor_names(text):
    return [a["name"] for a in to_contract(parse_article(text))["actors"]]


_FLATLY = (
    "SEOUL, April 10 (Yonhap) - South Korea's defense ministry on Thursday flatly denied a "
    "Japanese media report that it had shipped artillery shells to Ukraine."
)


def test_adverb_of_manner_and_time_leave_the_speaker():
    assert "South Korea's defense ministry" in _actor_names(_FLATLY)


def test_speech_adverb_tail_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "speech-adverb-tail")
    assert "South Korea's defense ministry" not in _actor_names(_FLATLY)


def test_a_general_staff_is_a_body():
    names = {
        a["name"]: a["kind"]
        for a in to_contract(
            parse_article(
                "Ukraine's General Staff said on Wednesday that its forces had hit the refinery."
            )
        )["actors"]
    }
    assert names.get("Ukraine's General Staff") == "organisation"
    assert "Staff" not in names


def test_no_word_heard_from_someone_is_no_denial():
    text = (
        "Rights groups said police had seized three activists. The police denied the claims.\n\n"
        "The activists' families said they had not heard from them since Thursday."
    )
    assert _stance_and_speaker(text, "had not heard")[0] == "comment"


def test_no_word_heard_near_miss():
    """Near miss: `had not heard of any arrest` is no complaint of silence, but the denial."""
    text = (
        "Rights groups said police had seized three activists.\n\n"
        "The police chief said he had not heard of any such arrest."
    )
    assert _stance_and_speaker(text, "had not heard")[0] == "denial"


_TWO_ORBANS = (
    "The European Commission on Wednesday rejected Hungarian Prime Minister Viktor Orbán's "
    "accusation that it was blackmailing Budapest.\n\n"
    "Orbán told state radio on Friday that Brussels was using the money to force migrants on "
    "Hungary.\n\n"
    "His political director, Balázs Orbán, who is not related to the prime minister, said the "
    "government would go to court."
)


def test_surname_belongs_to_the_full_name_written_before_it():
    out = to_contract(parse_article(_TWO_ORBANS))
    names = {a["id"]: a["name"] for a in out["actors"]}
    said = next(s for s in out["statements"] if "Orbán told" in s["text"])
    assert names[said["speaker"]] == "Viktor Orbán"
    assert {"Viktor Orbán", "Balázs Orbán"} <= set(names.values())


def test_surname_after_a_title_is_the_same_person():
    """Near miss: `Prime Minister Orbán` before the full name is no other given name."""
    text = _TWO_ORBANS.replace("Hungarian Prime Minister Viktor Orbán's", "Prime Minister Orbán's")
    text = text.replace(
        "His political director, Balázs Orbán, who is not related to the prime minister,",
        "Prime Minister Viktor Orbán",
    )
    out = to_contract(parse_article(text))
    assert [a["name"] for a in out["actors"]].count("Viktor Orbán") == 1
    assert not any(a["name"] == "Orbán" for a in out["actors"])


def test_surname_earlier_full_name_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "surname-earlier-full-name")
    out = to_contract(parse_article(_TWO_ORBANS))
    assert not {"Viktor Orbán", "Balázs Orbán"} <= {a["name"] for a in out["actors"]}


_FOOTAGE = (
    "MANILA - The coast guard accused Chinese vessels of firing water cannon at a patrol ship.\n\n"
    '"This is a blatant violation of international law," coast guard spokesperson Commodore Jay '
    "Tarriela said.\n\n"
    "The U.S. ambassador, MaryKay Carlson, wrote on X that Washington stands with its ally.\n\n"
    "Commodore Jay Tarriela later released video footage that he said showed the "
    "water cannon hitting the ship's bridge."
)


def test_pronoun_of_that_he_said_is_the_sentence_subject():
    assert _stance_and_speaker(_FOOTAGE, "water cannon hitting")[1] == "Jay Tarriela"


def test_pronoun_of_a_plain_he_said_unchanged():
    """Near miss: `He said ...` opening its own sentence is the last speaker, as before."""
    text = _FOOTAGE.replace(
        "Commodore Jay Tarriela later released video footage that he said showed",
        "He said video footage showed",
    )
    assert _stance_and_speaker(text, "water cannon hitting")[1] != "Jay Tarriela"


def test_relative_said_subject_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "relative-said-subject")
    assert _stance_and_speaker(_FOOTAGE, "water cannon hitting")[1] != "Jay Tarriela"


_STATE_ACCUSATION = (
    "Ethiopia has dismissed Sudan's accusation that its troops crossed the border and killed six "
    'Sudanese soldiers, calling it "baseless".\n\n'
    "Sudan's army said in a statement on Friday that Ethiopian troops had crossed the border and "
    "attacked a position near Barakat."
)


def test_a_states_accusation_told_by_its_army():
    out = to_contract(parse_article(_STATE_ACCUSATION))
    names = {a["id"]: a["name"] for a in out["actors"]}
    denial = next(s for s in out["statements"] if "dismissed" in s["text"])
    army = next(s for s in out["statements"] if "attacked a position" in s["text"])
    assert army["stance"] == "claim" and denial["denies"] == [army["id"]]
    assert not any(
        names.get(s["speaker"]) == "Sudan" and s["stance"] == "claim" for s in out["statements"]
    )


def test_a_states_accusation_told_by_no_member_is_carried():
    """Near miss: no body of Sudan tells it: the accusation is carried inside the denial."""
    text = _STATE_ACCUSATION.replace("Sudan's army", "Kenya's army")
    out = to_contract(parse_article(text))
    names = {a["id"]: a["name"] for a in out["actors"]}
    assert any(
        names.get(s["speaker"]) == "Sudan" and s["stance"] == "claim" for s in out["statements"]
    )


def test_embedded_state_member_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "embedded-state-member")
    out = to_contract(parse_article(_STATE_ACCUSATION))
    names = {a["id"]: a["name"] for a in out["actors"]}
    assert any(
        names.get(s["speaker"]) == "Sudan" and s["stance"] == "claim" for s in out["statements"]
    )


_KATZ = (
    "Egypt denied a report that it had agreed to an Israeli presence at the crossing.\n\n"
    "Israeli Defence Minister Israel Katz said in a radio interview that contacts with Cairo "
    "were going on."
)


def test_a_states_name_as_a_given_name_after_a_title():
    assert "Israel Katz" in _actor_names(_KATZ)
    assert "Katz" not in _actor_names(_KATZ)


def test_a_state_after_a_title_with_a_longer_name_is_no_given_name():
    """Near miss: `Ambassador to Israel Tom Nides`: the state is where the office is held."""
    text = _KATZ.replace(
        "Israeli Defence Minister Israel Katz", "U.S. Ambassador to Israel Tom Nides"
    )
    assert "Israel Tom Nides" not in _actor_names(text)


def test_place_given_name_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "place-given-name")
    assert "Israel Katz" not in _actor_names(_KATZ)


_KYODO = (
    "TOKYO, July 8 (Kyodo) -- Japan on Tuesday lodged a protest with China after a Chinese survey "
    "ship was spotted conducting what Tokyo called unauthorized research inside its exclusive "
    "economic zone, the government said.\n\n"
    'China\'s Foreign Ministry said the activity was "completely lawful".'
)


def test_government_said_after_a_wire_dateline():
    _, speaker, said = _stance_and_speaker(_KYODO, "lodged a protest")
    assert speaker == "Japan"
    assert said["text"].startswith("Japan on Tuesday")


def test_government_of_dateline_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "government-of-dateline")
    assert _stance_and_speaker(_KYODO, "lodged a protest")[1] != "Japan"


def test_syntax_dateline_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "syntax-dateline")
    assert _stance_and_speaker(_KYODO, "lodged a protest")[2]["text"].startswith("TOKYO")


def test_the_government_with_no_dateline_names_no_state():
    """Near miss: with no dateline, no state is guessed for `the government`."""
    text = _KYODO.replace("TOKYO, July 8 (Kyodo) -- ", "")
    assert _stance_and_speaker(text, "lodged a protest")[1] != "Japan"


_REPORT_RELEASED = (
    "China on Wednesday lashed out at the latest US report on religious freedom.\n\n"
    "The report, released by the US State Department on Tuesday, accused Chinese authorities of "
    "demolishing mosques in Xinjiang.\n\n"
    '"The so-called report disregards facts and smears China\'s religious policy," Foreign '
    "Ministry spokesperson Lin Jian said."
)


def test_the_time_after_a_reports_publisher_is_no_part_of_it():
    names = _actor_names(_REPORT_RELEASED)
    assert not any("Tuesday" in n for n in names)
    assert _stance_and_speaker(_REPORT_RELEASED, "demolishing mosques")[1] == "State Department"


def test_a_report_that_smears_and_disregards_facts_is_dismissed():
    assert _stance_and_speaker(_REPORT_RELEASED, "smears China")[0] == "denial"


def test_a_policy_remark_is_no_dismissal_of_the_report():
    """Near miss: a policy remark that names no report and no smear stays a comment."""
    text = _REPORT_RELEASED.replace(
        "The so-called report disregards facts and smears China's religious policy",
        "China protects the freedom of religious belief of all its citizens",
    )
    assert _stance_and_speaker(text, "religious belief")[0] != "denial"


_MALI = (
    "BAMAKO - Mali's military government on Friday rejected a United Nations report on the "
    "killings in Moura, calling it biased.\n\n"
    '"The government of Mali strongly denounces this report," government spokesman Colonel '
    "Abdoulaye Maiga said on state television.\n\n"
    "The government has always maintained that the operation killed only militants."
)


def test_the_government_is_no_person_whose_title_names_it():
    # `Mali's military government` is the state's government (`state-kind-of-government`,
    # twenty-first session), not the spokesman
    assert _stance_and_speaker(_MALI, "always maintained")[1] == "Mali"


def test_the_spokesman_is_still_the_person():
    """Near miss: `the spokesman` is the person whose title names it."""
    text = _MALI.replace("The government has always", "The spokesman said it had always")
    assert _stance_and_speaker(text, "always maintained")[1] == "Abdoulaye Maiga"


def test_government_no_person_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "government-no-person")
    assert _stance_and_speaker(_MALI, "always maintained")[1] == "Abdoulaye Maiga"
