"""Attribution rules of the tenth session, on sentences written for these tests: the sentences of a
press release its issuer speaks, a speaker before a colon whose predicate is no verb of saying;
and that each rule can be switched off."""

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with, statements_by

COMPANY_RELEASE = """PRESS RELEASE

Velmar, 3 May 2026 - For immediate release

Kestrel Ferries A/S rejects the claims made this week by some newspapers that the company will \
sell its two freight ferries.

These claims are false. Kestrel Ferries has taken no decision to sell any vessel, and none has \
been discussed by our board.

No such sale has been planned or proposed.

We will keep taking bookings for next year.

About Kestrel Ferries A/S
Kestrel Ferries runs two freight ferries.
"""
MINISTRY_RELEASE = """MINISTRY OF TRANSPORT OF VELMAR

PRESS RELEASE No. 12/2026

Velmar, 3 May 2026

The Ministry of Transport rejects the reports published on Monday by the Kessian daily Orvale \
Post that rail fares will double.

1. The fares for 2026 were set in January and remain unchanged on every line.

2. The review of the rail timetable concerns the winter service only and has no bearing on fares.

The Ministry invites all media to check such information with its press office before \
publishing it.

- END -
"""
BLUNTER = """The Velmar harbour board said on Monday that the ferry would run again in May.

A senior Kessian official, speaking on condition of anonymity, was blunter: "Nobody in Orvale \
believes that date."
"""


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


def test_a_company_by_its_legal_form_issues_its_release():
    said = parsed_statements(COMPANY_RELEASE)
    verdict = statement_with(said, "These claims are false")
    assert any("Kestrel" in n for n in verdict["names"])
    # the verdict of four words runs on into the sentence that bears it out
    assert "taken no decision" in verdict["text"]
    assert "No such sale" not in verdict["text"]
    no_such = statement_with(said, "No such sale")
    assert any("Kestrel" in n for n in no_such["names"])


def test_release_issuer_legal_form_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "release-issuer-legal-form")
    said = parsed_statements(COMPANY_RELEASE)
    assert not any("These claims are false" in s["text"] for s in said)


def test_release_verdict_runs_on_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "release-verdict-runs-on")
    said = parsed_statements(COMPANY_RELEASE)
    verdict = statement_with(said, "These claims are false")
    assert "taken no decision" not in verdict["text"]


def test_the_numbered_points_and_the_issuers_own_sentences_are_the_ministrys():
    said = parsed_statements(MINISTRY_RELEASE)
    for words in ("The fares for 2026", "The review of the rail timetable", "invites all media"):
        assert any("Ministry of Transport" in n for n in statement_with(said, words)["names"])


def test_release_numbered_point_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "release-numbered-point")
    said = parsed_statements(MINISTRY_RELEASE)
    assert not any("The fares for 2026" in s["text"] for s in said)


def test_release_issuer_subject_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "release-issuer-subject")
    said = parsed_statements(MINISTRY_RELEASE)
    assert not any("invites all media" in s["text"] for s in said)


def test_the_subject_of_was_blunter_speaks_the_quotation_after_the_colon():
    said = parsed_statements(BLUNTER)
    statements_by(said, "Kessian official")
    assert "Nobody in Orvale" in statements_by(said, "Kessian official")[0]["text"]


def test_colon_quote_predicate_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "colon-quote-predicate")
    said = parsed_statements(BLUNTER)
    assert not any("Nobody in Orvale" in s["text"] for s in said)


def test_a_colon_quotation_is_read_after_the_first_paragraph():
    said = parsed_statements(BLUNTER)
    assert any("Nobody in Orvale" in s["text"] for s in said)


def test_colon_quote_anywhere_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "colon-quote-anywhere")
    said = parsed_statements(BLUNTER)
    assert not any("Nobody in Orvale" in s["text"] for s in said)


STATE_LETTERHEAD = """REPUBLIC OF VELMAR
MINISTRY OF FISHERIES AND PORTS

PRESS RELEASE

In connection with an article published on Monday by the Kessian daily Orvale Post, which \
states that Velmar trawlers fished inside Kessian waters, we wish to inform the public of the \
following.

We reject the claim that any Velmar trawler entered Kessian waters.

We regret that the newspaper did not contact the ministry before publication.
"""


def test_a_letterhead_joined_to_its_state_line_names_the_issuer():
    said = parsed_statements(STATE_LETTERHEAD)
    for words in ("reject the claim", "We regret"):
        assert any("Ministry of Fisheries" in n for n in statement_with(said, words)["names"])


def test_release_letterhead_after_state_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "release-letterhead-after-state")
    said = parsed_statements(STATE_LETTERHEAD)
    assert not any("We regret" in s["text"] for s in said)


GIVEN_WHOLE = """Velmar customs reject Kessian report

The Velmar Customs Service has dismissed a report by the Orvale Post that its officers stopped \
grain lorries at the Arden crossing. The statement reads in full:

PRESS RELEASE

VELMAR CUSTOMS SERVICE

The attention of the Velmar Customs Service has been drawn to a report by the Orvale Post on \
the movement of grain lorries at the Arden crossing.

The Service did not at any time stop a grain lorry at the Arden crossing, and no such order \
has been given.
"""


def test_a_release_the_article_gives_whole_is_its_issuers():
    said = parsed_statements(GIVEN_WHOLE)
    names = statement_with(said, "did not at any time stop")["names"]
    assert any("Customs Service" in n for n in names)


def test_release_introduced_in_full_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "release-introduced-in-full")
    said = parsed_statements(GIVEN_WHOLE)
    assert not any("did not at any time stop" in s["text"] for s in said)
