"""Attribution rules of the twelfth session (branch p-attr12), on texts written for these tests:
a factbox's sections under source headings, a signed letter to the editor and an opinion piece,
`put it to X that`, `published an article by Y, claiming`, and an explainer's
wh-heading; each with a near
miss it must leave alone, and each switchable."""

from statements.parsing import clean, parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with

FACTBOX = """FACTBOX-What Velmar and Orvale have said about the ferry dispute

KESSIA, March 4 (Tarn Wire) - The two governments disagree about the ferry. Here is what each \
side has said:

VELMAR'S MINISTRY OF TRANSPORT
* Orvale's coastguard stopped the night ferry twice in February.
* The ferry's papers were in order on both crossings.

ORVALE'S PORTS AUTHORITY
* The ferry carried more passengers than its licence allows.
* Captain Ilse Varga said the ship was stopped only once.

(Compiled by Tarn Wire staff)
"""

BULLETS_UNDER_A_PLAIN_HEADING = """Ferry timetable changes

KEY DATES
* The night ferry will stop on March 10.
* The day ferry will add a second crossing in April.
"""

LETTER = """Letters: the quay report

Sir, - Your report of March 2 stated that the quay would close for a year. That is not our plan.

The authority expects the work to take four months. No contract has been signed for more.

Yours faithfully,
MARTA KOVEN,
Director of Works,
Velmar Ports Authority.

Editor's note: The figure of a year was given to our reporter by the contractor. This letter \
has been shortened.
"""

OPED = """Opinion: Orvale has not closed the river

By Anton Lisk

A columnist in this newspaper wrote last week that Orvale had closed the river to Velmar's \
barges. I must correct the record.

The river has not been closed. Barges crossed it forty times in March. We welcome the talks that \
begin next week.

The writer is Orvale's ambassador to Velmar.
"""

UNSIGNED_ARGUMENT = """Opinion: the river is open

The river is open. Barges crossed it forty times in March, and nobody has closed it.
"""

HEARING = """The chief engineer of the Velmar Ports Authority, Tomas Reyk, said the quay had \
been unsafe since January. The committee's chair, Lena Duval, put it to him that the authority \
had known for a year. The chair put it to the vote that afternoon.
"""

TITLED_FACTBOX = """Where the two sides stand

Velmar's Ministry of Transport
* Orvale's coastguard stopped the night ferry twice in February.

What the ports authority says
* The ferry carried more passengers than its licence allows.

Ferry timetable
* The night ferry will stop on March 10 for repairs.
"""


TAGLINE_OPED = """Orvale has not closed the river

A columnist wrote last week that Orvale had closed the river. I must correct the record.

The river has not been closed. Barges crossed it forty times in March.

*Anton Lisk is Orvale's ambassador to Velmar.
"""

TAGLINE_NEWS = """Barges cross the river again

The river has not been closed, port officials said. Barges crossed it forty times in March.

No barge has been stopped since February.

Anton Lisk is Orvale's ambassador to Velmar.
"""


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


def _with_outlet(text, outlet):
    out = to_contract(parse_article(text, outlet=outlet, strict=True))
    names = {a["id"]: [a["name"], *a["aliases"]] for a in out["actors"]}
    for s in out["statements"]:
        s["names"] = names.get(s["speaker"], [])
    return out["statements"]


def _by(said, words, name):
    return any(name.lower() in n.lower() for n in statement_with(said, words)["names"])


def test_bullets_under_a_source_heading_are_the_sources_statements():
    said = parsed_statements(FACTBOX)
    assert _by(said, "stopped the night ferry twice", "Ministry of Transport")
    assert _by(said, "more passengers than its licence", "Ports Authority")
    # a bullet with a verb of saying of its own keeps its speaker
    assert _by(said, "stopped only once", "Varga")


def test_bullets_under_a_heading_that_names_no_source_are_no_statements():
    said = parsed_statements(BULLETS_UNDER_A_PLAIN_HEADING)
    assert not any("night ferry will stop" in s["text"] for s in said)


def test_source_headings_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "factbox-source-heading")
    said = parsed_statements(FACTBOX)
    assert not any("stopped the night ferry twice" in s["text"] for s in said)


def test_a_caps_heading_over_bullets_stands_apart_from_the_colon_line_above():
    assert "has said:\n\nVELMAR'S MINISTRY" in clean(FACTBOX).text


def test_the_caps_heading_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "caps-heading-over-bullets")
    assert "has said: VELMAR'S MINISTRY" in clean(FACTBOX).text


def test_an_explainers_wh_heading_is_no_speech_act():
    said = parsed_statements(FACTBOX)
    assert not any("have said about the ferry dispute" in s["text"] for s in said)


def test_the_wh_heading_can_be_switched_off(monkeypatch):
    # with the wire's `FACTBOX-` slug kept (`wire-slug` off), as when this test was written
    _off(monkeypatch, "wh-heading-no-speech", "wire-slug")
    said = parsed_statements(FACTBOX)
    assert any("have said about the ferry dispute" in s["text"] for s in said)


def test_a_letters_signer_speaks_its_first_person_and_its_denials():
    said = _with_outlet(LETTER, "Kessia Courier")
    assert _by(said, "That is not our plan", "Marta Koven")
    assert _by(said, "No contract has been signed", "Marta Koven")
    # `Your report` in a letter to the editor is the outlet's
    assert _by(said, "would close for a year", "Kessia Courier")


def test_a_salutation_is_no_part_of_the_first_sentence():
    assert "Sir," not in clean(LETTER).text


def test_the_salutation_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "letter-salutation-off")
    assert "Sir, - Your report" in clean(LETTER).text


def test_an_op_eds_writer_speaks_under_the_byline():
    said = parsed_statements(OPED)
    assert _by(said, "The river has not been closed", "Anton Lisk")
    # the sentence after a denial runs on under it
    assert _by(said, "forty times in March", "Anton Lisk")
    assert _by(said, "We welcome the talks", "Anton Lisk")


def test_an_unsigned_text_gives_no_signer():
    said = parsed_statements(UNSIGNED_ARGUMENT)
    assert not any("river is open" in s["text"] for s in said)


def test_signed_texts_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "signed-text-first-person")
    said = parsed_statements(OPED)
    assert not any("has not been closed" in s["text"] for s in said)


def test_your_report_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "letter-your-report")
    said = _with_outlet(LETTER, "Kessia Courier")
    assert not _by(said, "would close for a year", "Kessia Courier")


def test_put_it_to_is_a_speech_act_with_its_clause():
    said = parsed_statements(HEARING)
    assert _by(said, "had known for a year", "Lena Duval")
    # `put it to the vote that afternoon` has no clause: no statement
    assert not any("to the vote" in s["text"] for s in said)


def test_put_it_to_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "put-it-to")
    said = parsed_statements(HEARING)
    assert not any("had known for a year" in s["text"] for s in said)


def test_an_op_ed_signed_by_its_closing_line_is_its_writers():
    said = parsed_statements(TAGLINE_OPED)
    assert _by(said, "The river has not been closed", "Anton Lisk")


def test_a_news_storys_closing_line_signs_nothing():
    said = parsed_statements(TAGLINE_NEWS)
    assert not any(any("Lisk" in n for n in s["names"]) for s in said)


def test_the_closing_line_signature_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "signed-tagline")
    said = parsed_statements(TAGLINE_OPED)
    assert not any("The river has not been closed" in s["text"] for s in said)


PIECE_BY = """Last week the Kessia Courier published an article by the head of the barge owners' \
union, Mr. Tomas Reyk, claiming that Orvale had closed the river.
"""

PIECE_NEAR_MISS = """Last week the Kessia Courier published a report claiming that Orvale had \
closed the river.
"""


def test_an_article_by_its_author_claiming_is_the_authors_claim():
    said = parsed_statements(PIECE_BY)
    assert _by(said, "Orvale had closed the river", "Tomas Reyk")


def test_a_report_with_no_author_stays_the_outlets():
    said = parsed_statements(PIECE_NEAR_MISS)
    assert _by(said, "Orvale had closed the river", "Kessia Courier")


def test_the_article_by_its_author_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "published-piece-by")
    said = parsed_statements(PIECE_BY)
    assert not _by(said, "Orvale had closed the river", "Tomas Reyk")


def test_a_signers_capitals_are_cased_letter_by_letter_beyond_ascii():
    # `KOVAČ` is `Kovač`, not `KovaČ`: the signer's name is cased as transcript labels are
    said = _with_outlet(LETTER.replace("MARTA KOVEN", "MARTA KOVAČ"), "Kessia Courier")
    assert _by(said, "That is not our plan", "Marta Kovač")
