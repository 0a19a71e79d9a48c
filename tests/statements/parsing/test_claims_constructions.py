"""Claims in constructions of news copy the first rules missed (session 5, p-claims4): a second
verb of saying beside the first, a report's second that-clause, a quoted programme title before
the speaker, a post pasted under its author's name and handle, a report summed up in an answer's
`after` clause, a source named in quotation marks before `who told it`. Every sentence here is
invented for the test; each rule is also checked switched off."""

import datetime as dt

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


def _texts(statements):
    return [s["text"] for s in statements]


COORDINATED = (
    "Trade counsellor Mara Lind told reporters on Monday that exporters had applied for permits "
    "in early May. Lind said the delays appeared to coincide with the local harvest, and "
    "suggested they were meant to protect Norland's own growers.\n\n"
    "The Norland plant bureau denied that any application had been held back to protect "
    "growers.\n"
)


def test_a_coordinated_suggested_is_a_statement_of_its_own():
    st = parsed_statements(COORDINATED)
    s = statement_with(st, "suggested they were meant to protect")
    assert s["stance"] == "claim"
    assert any("Lind" in n for n in s["names"])


FIGURES = "The figures suggested that growth had slowed in May.\n"


def test_suggested_needs_a_person_or_a_second_verb():
    st = parsed_statements(FIGURES)
    assert not any(s["rule"] == "verb" for s in st)


def test_suggested_after_any_subject_with_the_rule_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "that-clause-verbs")
    assert any(s["rule"] == "verb" for s in parsed_statements(FIGURES))


def test_blamed_is_an_accusation():
    st = parsed_statements(
        "The ministry said on Tuesday that the tunnel would open a year late, and blamed the "
        "delay on the Ostrel contractor.\n\nThe contractor denied that its section was late.\n"
    )
    blamed = [s for s in st if s["text"].startswith("blamed the delay")]
    assert [s["stance"] for s in blamed] == ["claim"]


SECOND_THAT = (
    "The Harbour Post reported on Monday that the toll for a lorry would be set at 480 crowns, "
    'and that hauliers had been "kept in the dark" by the ministry.\n\n'
    "The ministry denied that anything had been hidden from hauliers.\n"
)


def test_a_reports_second_that_clause_is_a_claim_of_its_own():
    st = parsed_statements(SECOND_THAT)
    first = statement_with(st, "480 crowns")
    second = statement_with(st, "kept in the dark")
    assert first["id"] != second["id"]
    assert "kept in the dark" not in first["text"]
    assert first["stance"] == second["stance"] == "claim"
    assert any("Harbour Post" in n for n in second["names"])


def test_the_second_that_clause_stays_in_the_first_with_the_rule_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-second-that")
    st = parsed_statements(SECOND_THAT)
    assert "kept in the dark" in statement_with(st, "480 crowns")["text"]


PROGRAMME = (
    'Speaking on the evening programme "Punto di Vista" on Tuesday, Transport Minister Ilse '
    "Marren said that drivers paid the other side about 6 million crowns a year.\n"
)


def test_a_programme_title_is_no_quotation_of_the_speaker():
    st = parsed_statements(PROGRAMME)
    s = statement_with(st, "6 million crowns")
    assert any("Marren" in n for n in s["names"])
    assert not any(t.startswith("Speaking on the evening programme") for t in _texts(st))


def test_the_programme_title_is_a_quotation_with_the_rule_off(monkeypatch):
    # (quote-tail-needs-tail reads the same sentence right on its own)
    monkeypatch.setenv(DISABLE_ENV, "quoted-programme-title,quote-tail-needs-tail")
    st = parsed_statements(PROGRAMME)
    assert any(t.startswith("Speaking on the evening programme") for t in _texts(st))


THREAD = (
    "The minister set out his complaint in a thread on Saturday.\n\n"
    "Tomas Varga (@TomasVarga_MD)\n"
    "1/ Since 1 October, more than 9,000 Ostrel drivers have been fined for roads that are "
    "free for cars.\n"
    "2/ Our ministry has written to the Varnian side three times. No reply.\n"
    "3/ Every wrong fine must be refunded.\n"
    "Nov 14, 2026\n\n"
    "The Varnian ministry said on Monday that no car had been fined on a free road.\n"
)


def test_a_thread_under_its_authors_name_and_handle_is_his_one_part_at_a_time():
    st = parsed_statements(THREAD)
    parts = [s for s in st if s["rule"] == "post-under-handle"]
    assert len(parts) == 3
    assert all(any("Tomas Varga" in n for n in s["names"]) for s in parts)
    assert parts[0]["text"].startswith("Since 1 October")


def test_a_thread_is_dated_by_its_date_line():
    out = to_contract(parse_article(THREAD, published=dt.date(2026, 11, 16)))
    parts = [s for s in out["statements"] if s["rule"] == "post-under-handle"]
    assert [s["date"] for s in parts] == ["2026-11-14"] * 3


def test_the_thread_is_no_statement_with_the_rule_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "post-under-handle")
    st = parsed_statements(THREAD)
    assert not any(s["rule"] == "post-under-handle" for s in st)


AFTER = (
    "The Varnian energy board on Tuesday denied that it planned to cap gas imports next winter, "
    "after the business daily Ostrel Pulse reported that a draft decree would limit them to 60 "
    "per cent of last year's volumes.\n"
)


def test_a_report_in_the_answers_after_clause_is_the_outlets_claim():
    st = parsed_statements(AFTER)
    report = statement_with(st, "draft decree would limit them")
    assert report["stance"] == "claim"
    assert any("Ostrel Pulse" in n for n in report["names"])
    denial = statement_with(st, "denied that it planned to cap")
    assert "draft decree" not in denial["text"]


def test_the_after_clause_stays_in_the_answer_with_the_rule_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "after-report-clause")
    st = parsed_statements(AFTER)
    assert not any(any("Ostrel Pulse" in n for n in s["names"]) for s in st)


QUOTED_SOURCE = (
    'The paper cited "two officials in the grid administration", who told it that the '
    'arrangement had been agreed "quietly, in a letter, in February".\n\n'
    "The grid administration said no such letter existed.\n"
)


def test_a_source_in_quotation_marks_speaks_its_relative_clause():
    st = parsed_statements(QUOTED_SOURCE)
    s = statement_with(st, "the arrangement had been agreed")
    assert s["stance"] == "claim"
    assert any("officials in the grid administration" in n for n in s["names"])


def test_the_quoted_source_says_nothing_with_the_rule_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "quoted-source-relative")
    st = parsed_statements(QUOTED_SOURCE)
    assert not any("the arrangement had been agreed" in t for t in _texts(st))


def test_an_amount_after_its_currency_is_no_sentence_end():
    st = parsed_statements(
        "The contractor said on Monday that the government owes it Sh2.3 billion in unpaid "
        "certificates.\n"
    )
    assert "Sh2.3 billion in unpaid certificates" in statement_with(st, "owes it")["text"]


ACCUSED = (
    'Ostria\'s rail agency said on Tuesday that the surcharge "has nothing to do with Ostria" '
    "and dismissed the minister's remarks as baseless.\n\n"
    "Norvalia's energy minister, Tove Lind, has accused Ostria of passing its grid costs on to "
    "Norvalian families. Speaking in Harbourtown, she said the surcharge had been imposed by the "
    "Ostrian side as a condition for keeping the line open last winter.\n"
)


def test_an_accusation_naming_the_denying_state_runs_on_into_the_accusers_next_words():
    st = parsed_statements(ACCUSED)
    assert statement_with(st, "imposed by the Ostrian side")["stance"] == "claim"


def test_the_accusers_next_words_stay_a_comment_with_the_rule_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "account-runs-through-accusation")
    st = parsed_statements(ACCUSED)
    assert statement_with(st, "imposed by the Ostrian side")["stance"] != "claim"
