"""Rules of the eighteenth session's real-page branch (p-real18), on invented sentences written in
the constructions real news pages use: a story's title in quotation marks, `X citing a source
claimed` without commas, a counted group that is no office holder's name,
a quotation followed by a bare `She said`, `according to X` inside a subject with a relative
clause, `a statement by Title, Name, read thus:`, appeals to disregard a report, a bare
`government`, `the news agency`, initials in a titled name, `The publication` after its author
was named, `asked residents to disregard`, a head's spokesman and aide and the head's office, `was
emphatic that`. Each with a near miss and switched off once."""

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


def _actor_names(text):
    out = to_contract(parse_article(text))
    return [n for a in out["actors"] for n in [a["name"], *a["aliases"]]]


def _speaks(statement, name):
    return any(name in n for n in statement["names"])


def _affiliation(text, name):
    out = to_contract(parse_article(text))
    ids = {a["id"]: a["name"] for a in out["actors"]}
    person = next(a for a in out["actors"] if a["name"] == name)
    return ids.get(person["affiliation"])


TITLED = """Responding to an article in the Orvale Herald headlined 'Harbour chief admits tender \
was rigged', port authority spokesman Tomas Reyk said the piece was "pure invention".
"""

TITLED_NEAR = """The Orvale Herald reported that the harbour chief admits the tender was rigged.
"""


def test_a_verb_inside_a_quoted_title_is_no_speech_act():
    said = parsed_statements(TITLED)
    denial = statement_with(said, "pure invention")
    assert _speaks(denial, "Tomas Reyk")
    assert denial["stance"] == "denial"
    others = [s for s in said if s is not denial]
    assert not any("admits" in s["text"] and not _speaks(s, "Tomas Reyk") for s in others)


def test_a_verb_outside_a_title_still_counts():
    said = parsed_statements(TITLED_NEAR)
    assert _speaks(statement_with(said, "tender was rigged"), "Orvale Herald")


def test_the_quoted_title_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "titled-quote-no-verb")
    said = parsed_statements(TITLED)
    assert not _speaks(statement_with(said, "chief admits"), "Tomas Reyk")


CITING = """The Morning Star citing a source claimed that the port deal had been signed in May.
"""

CITING_COMMAS = """The Morning Star, citing a source, claimed that the port deal had been signed.
"""


def test_citing_without_commas_is_no_part_of_the_speaker():
    said = parsed_statements(CITING)
    claim = statement_with(said, "signed in May")
    assert "Morning Star" in claim["names"]
    assert not any("claimed" in n for n in _actor_names(CITING))


def test_citing_between_commas_still_reads_the_outlet():
    said = parsed_statements(CITING_COMMAS)
    assert "Morning Star" in statement_with(said, "port deal had been signed")["names"]


def test_citing_without_commas_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "citing-without-commas")
    assert any("claimed" in n for n in _actor_names(CITING))


GROUP = """The mayor's chief spokeswoman said she "could not confirm" that version of the talks.

Several Kessian MPs have now repeated their demand that she step down.
"""

NAMED = """The mayor's chief spokeswoman said she "could not confirm" that version of the talks.

Lina Brask said the talks had been private.
"""


def test_a_counted_group_is_not_the_unnamed_holder_named():
    said = parsed_statements(GROUP)
    first = statement_with(said, "could not confirm")
    assert not any("MPs" in n for n in first["names"])
    assert any("MPs" in n for n in statement_with(said, "step down")["names"])


def test_a_named_person_after_the_holder_is_still_the_holder():
    said = parsed_statements(NAMED)
    assert _speaks(statement_with(said, "could not confirm"), "Lina Brask")


def test_the_counted_group_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "group-not-named-holder")
    said = parsed_statements(GROUP)
    assert any("MPs" in n for n in statement_with(said, "could not confirm")["names"])


BARE_TAIL = """Lina Brask, the palace press officer, said the photograph was doctored.

"The King's calendar for the month is full of public duties." She said
"""

COMMA_TAIL = """Lina Brask, the palace press officer, said the photograph was doctored.

"The King's calendar for the month is full of public duties," she said.
"""


def test_a_quotation_then_a_bare_she_said_is_hers():
    said = parsed_statements(BARE_TAIL)
    assert _speaks(statement_with(said, "full of public duties"), "Lina Brask")


def test_a_quotation_with_its_comma_tail_is_unchanged():
    said = parsed_statements(COMMA_TAIL)
    assert _speaks(statement_with(said, "full of public duties"), "Lina Brask")


def test_the_bare_tail_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "quote-then-bare-tail")
    said = parsed_statements(BARE_TAIL)
    assert not any("full of public duties" in s["text"] for s in said)


RELATIVE = """The tender that was due to close on Monday, according to port authority spokesman \
Tomas Reyk, was never opened.
"""

RELATIVE_NEAR = """The minister said that the talks, according to the ministry, had ended.
"""


def test_according_to_inside_a_subject_with_a_relative_that_takes_the_whole_sentence():
    said = parsed_statements(RELATIVE)
    st = statement_with(said, "never opened")
    assert _speaks(st, "Tomas Reyk")
    assert st["text"].startswith("The tender that was due to close")


def test_a_that_after_a_verb_of_saying_keeps_the_according_to_apart():
    said = parsed_statements(RELATIVE_NEAR)
    assert not any(_speaks(s, "ministry") and "The minister said" in s["text"] for s in said)


def test_the_relative_that_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "according-to-relative-that")
    said = parsed_statements(RELATIVE)
    assert not any("never opened" in s["text"] for s in said)


READ_THUS = """A short statement by the Chief Press Secretary to the Governor, Ada Nwosu, read \
thus: "Residents should pay no attention to the forged circular."
"""

READ_PLAIN = """A statement by the ministry read: "The circular is forged."
"""


def test_a_statement_by_a_titled_name_read_thus_is_the_name_s():
    said = parsed_statements(READ_THUS)
    assert _speaks(statement_with(said, "forged circular"), "Ada Nwosu")


def test_a_statement_by_a_body_read_is_still_the_body_s():
    said = parsed_statements(READ_PLAIN)
    assert _speaks(statement_with(said, "The circular is forged"), "ministry")


def test_read_thus_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "document-reads-thus")
    said = parsed_statements(READ_THUS)
    assert not any("forged circular" in s["text"] and _speaks(s, "Ada Nwosu") for s in said)


def test_the_titled_name_of_a_statement_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "document-by-titled-name")
    said = parsed_statements(READ_THUS)
    assert not any("forged circular" in s["text"] and _speaks(s, "Ada Nwosu") for s in said)


DISREGARD = """The Daily Ledger reported on Monday that the minister had resigned.

The ministry urged the public to disregard the report, which it said was the work of mischief \
makers.

The ministry urged drivers to ignore the old speed limits.
"""


def test_an_appeal_to_disregard_a_report_is_a_denial():
    said = parsed_statements(DISREGARD)
    assert statement_with(said, "disregard the report")["stance"] == "denial"


def test_an_appeal_to_ignore_something_else_is_no_denial():
    said = parsed_statements(DISREGARD)
    assert statement_with(said, "old speed limits")["stance"] == "comment"


def test_the_appeal_to_disregard_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "appeal-to-disregard")
    said = parsed_statements(DISREGARD)
    assert statement_with(said, "disregard the report")["stance"] == "comment"


def test_state_house_is_a_seat_of_power():
    text = "Statehouse spokesperson Ruth Achieng said the President would not attend the summit.\n"
    out = to_contract(parse_article(text))
    names = {a["name"]: a for a in out["actors"]}
    assert "State House" in names
    achieng = next(a for a in out["actors"] if a["name"] == "Ruth Achieng")
    assert achieng["affiliation"] == names["State House"]["id"]


BARE_GOVERNMENT = """The government of Velmar has called "malicious" a story by the Sentinel.

According to government, the article was written to damage the President's name.
"""


def test_government_without_its_article_is_the_government_met_before():
    out = to_contract(parse_article(BARE_GOVERNMENT))
    assert [a["name"] for a in out["actors"] if "government" in a["name"].lower()] == []
    said = parsed_statements(BARE_GOVERNMENT)
    assert _speaks(statement_with(said, "damage the President"), "Velmar")


def test_a_named_government_body_is_unchanged():
    said = parsed_statements("Government House said the story was false.\n")
    assert _speaks(statement_with(said, "story was false"), "Government House")


def test_bare_government_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "bare-government")
    out = to_contract(parse_article(BARE_GOVERNMENT))
    assert any(a["name"] == "government" for a in out["actors"])


NEWS_AGENCY = """Reuters said on Monday it had published no such story.

"We never reported this," the news agency wrote on X.
"""


def test_the_news_agency_is_the_outlet_met_before():
    said = parsed_statements(NEWS_AGENCY)
    assert _speaks(statement_with(said, "never reported"), "Reuters")
    assert not any(n == "news agency" for n in _actor_names(NEWS_AGENCY))


def test_the_agency_of_a_state_is_no_outlet():
    text = (
        "Reuters reported on Monday that the port would close.\n\n"
        "The agency said the port would stay open.\n"
    )
    said = parsed_statements(text)
    assert not _speaks(statement_with(said, "stay open"), "Reuters")


def test_the_news_agency_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "the-news-agency")
    assert any("news agency" in n for n in _actor_names(NEWS_AGENCY))


INITIALS = """Velmar on Tuesday dismissed as "fiction" a report in Kessian papers that Defence \
Secretary R Castell had signed the order.
"""


def test_a_titled_name_with_an_initial_is_an_actor():
    assert "R Castell" in _actor_names(INITIALS)


def test_a_titled_name_without_initials_is_unchanged():
    text = INITIALS.replace("R Castell", "Rosa Castell")
    assert "Rosa Castell" in _actor_names(text)


def test_initials_in_a_titled_name_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "initials-in-titled-name")
    assert "R Castell" not in _actor_names(INITIALS)


BY_AUTHOR = """The government of Velmar has called "malicious" a publication by Sentinel magazine \
about the new airport.

The publication accused ministers of doubling the cost of the runway.
"""

NO_AUTHOR = """The government of Velmar has called "malicious" a publication about the new airport.

The publication accused ministers of doubling the cost of the runway.
"""


def test_the_publication_speaks_as_the_author_named_before():
    said = parsed_statements(BY_AUTHOR)
    assert _speaks(statement_with(said, "doubling the cost"), "Sentinel")


def test_the_publication_with_no_author_named_is_unchanged():
    said = parsed_statements(NO_AUTHOR)
    assert not _speaks(statement_with(said, "doubling the cost"), "Sentinel")


def test_the_author_of_the_publication_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "report-named-by-author")
    said = parsed_statements(BY_AUTHOR)
    assert not _speaks(statement_with(said, "doubling the cost"), "Sentinel")


ASKED = """The Harbour Times reported on Monday that the governor had ordered the ferries to stop.

The governor's office has asked residents to disregard the claim that the ferries would stop.

The minister asked the committee to approve the budget.
"""


def test_asking_the_public_to_disregard_a_report_is_a_denial():
    said = parsed_statements(ASKED)
    st = statement_with(said, "to disregard the claim")
    assert _speaks(st, "governor")
    assert st["stance"] == "denial"


def test_asking_for_something_else_is_no_speech_act():
    said = parsed_statements(ASKED)
    assert not any("approve the budget" in s["text"] for s in said)


def test_asked_to_disregard_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "asked-to-disregard")
    said = parsed_statements(ASKED)
    assert not any("to disregard the claim" in s["text"] for s in said)


HEAD_SPOKESMAN = """The Presidency has denied claims that the President ordered the audit shelved.

The President's press secretary said he "had never heard" such an account.
"""


def test_the_president_s_press_secretary_belongs_to_his_office():
    out = to_contract(parse_article(HEAD_SPOKESMAN))
    ids = {a["id"]: a["name"] for a in out["actors"]}
    secretary = next(a for a in out["actors"] if "secretary" in a["name"])
    assert ids.get(secretary["affiliation"]) == "Presidency"


def test_a_ministry_press_secretary_is_not_given_the_head_s_office():
    text = HEAD_SPOKESMAN.replace("The President's press secretary", "A ministry press secretary")
    out = to_contract(parse_article(text))
    ids = {a["id"]: a["name"] for a in out["actors"]}
    secretary = next(a for a in out["actors"] if "secretary" in a["name"])
    assert ids.get(secretary["affiliation"]) != "Presidency"


def test_the_head_s_office_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "head-spokesman-office")
    out = to_contract(parse_article(HEAD_SPOKESMAN))
    ids = {a["id"]: a["name"] for a in out["actors"]}
    secretary = next(a for a in out["actors"] if "secretary" in a["name"])
    assert ids.get(secretary["affiliation"]) != "Presidency"


HEAD_AIDE = """The Presidency has dismissed as false a story by an online newspaper.

Special Adviser to the President on Communication, Femi Okoro, said the story was invented.
"""


def test_an_aide_to_the_president_belongs_to_the_presidency():
    assert _affiliation(HEAD_AIDE, "Femi Okoro") == "Presidency"


def test_an_adviser_to_a_ministry_is_not_given_the_presidency():
    text = HEAD_AIDE.replace(
        "Special Adviser to the President on Communication", "Adviser to the Ministry"
    )
    assert _affiliation(text, "Femi Okoro") != "Presidency"


def test_the_aide_s_office_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "head-aide-office")
    assert _affiliation(HEAD_AIDE, "Femi Okoro") != "Presidency"


EMPHATIC = """Port official Lina Brask was however emphatic that "no vessel has been turned away".

It was categorical that the deadline had passed.
"""


def test_a_speaker_emphatic_that_says_what_follows():
    said = parsed_statements(EMPHATIC)
    assert _speaks(statement_with(said, "no vessel has been turned away"), "Lina Brask")


def test_it_was_categorical_that_has_no_speaker():
    said = parsed_statements(EMPHATIC)
    assert not any("deadline had passed" in s["text"] for s in said)


def test_emphatic_that_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "was-categorical-that")
    said = parsed_statements(EMPHATIC)
    assert not any("no vessel has been turned away" in s["text"] for s in said)
