"""Live pages told newest first: the linker reads them in the order things were said."""

from statements.parsing.liveblog import chronological

from .statements import parsed_statements, statements_by

PAGE = (
    "LIVE | Kelm ferry row\n\n"
    "17:40 GMT\n"
    "Councillor Mara Olt, of the opposition Green List, accused the port of Kelm of hiding "
    "the truth from drivers for a week.\n\n"
    "16:15 GMT\n"
    "The port of Kelm denied the report. Its director, Anton Veer, said the terminal had "
    "stayed open to lorries of every country.\n\n"
    "15:00 GMT\n"
    "The Tarn Gazette reported that the port of Kelm had closed its ferry terminal to "
    "foreign lorries since Monday.\n"
)


def test_a_newest_first_page_is_read_oldest_entry_first():
    when = chronological(PAGE)
    top, middle, bottom = PAGE.index("Councillor"), PAGE.index("The port"), PAGE.index("The Tarn")
    assert when(bottom) < when(middle) < when(top)
    assert when(PAGE.index("Kelm ferry")) < when(bottom)  # the title stays first
    assert when(top) < when(top + 10)  # an entry keeps its own reading order


def test_an_oldest_first_page_keeps_the_text_order():
    page = PAGE.replace("17:40", "13:10").replace("15:00", "18:20")
    when = chronological(page)
    assert [when(i) for i in (5, 50, 200)] == [5, 50, 200]


def test_a_denial_on_a_newest_first_page_answers_the_report_below_it():
    st = parsed_statements(PAGE)
    report = statements_by(st, "Tarn Gazette", "claim")[0]["id"]
    assert statements_by(st, "Kelm", "denial")[0]["denies"] == [report]
