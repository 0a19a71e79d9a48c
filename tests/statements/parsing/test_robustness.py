"""The parser never raises, keeps spans valid, runs in linear time and imports no Django."""

import ast
import datetime as dt
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from statements.parsing import parse_article, to_contract
from tests.conftest import ROOT

PKG = ROOT / "statements" / "parsing"


def _check(text, published=None):
    out = to_contract(parse_article(text, published=published))
    for s in out["statements"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    return out


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_parse_never_raises_on_random_unicode(text):
    _check(text, dt.date(2026, 1, 1))


@settings(max_examples=50, deadline=None)
@given(st.binary())
def test_parse_never_raises_on_binary_junk(data):
    _check(data.decode("latin-1"))


def test_parse_handles_empty_and_non_text():
    assert to_contract(parse_article("")) == {"actors": [], "statements": []}
    assert parse_article(None).statements == ()  # type: ignore[arg-type]


def test_parse_handles_two_megabytes():
    para = 'The Tarn Post reported that the dam closed. "It did not," spokesman Al Ber said.\n\n'
    text = para * (2_000_000 // len(para))
    started = time.process_time()
    out = _check(text, dt.date(2026, 1, 1))
    assert out["statements"]
    assert time.process_time() - started < 60


def _timed(text):
    # CPU time: the parser's own work, not the other jobs of a shared machine
    started = time.process_time()
    _check(text)
    return time.process_time() - started


def test_adversarial_inputs_finish_quickly():
    # A guard against work that grows faster than the text (a quadratic pass over 100,000 lines
    # takes minutes), not a speed measurement (bench/): each input parses in about 1 s of CPU,
    # and a shared machine's CPU time swings by half (2.15 s once on a loaded CI run).
    for text in ("a " * 100_000, '"' * 200_000, ":\n" * 100_000, "said " * 40_000, ", " * 100_000):
        assert _timed(text) < 5.0


def test_no_module_imports_django_or_the_project():
    for path in PKG.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    continue
                names = [node.module or ""]
            for name in names:
                assert not name.startswith("django"), f"{path} imports {name}"
                top = name.split(".")[0]
                assert top not in {"actors", "config", "statements", "tests"} or name.startswith(
                    "statements.parsing"
                ), f"{path} imports {name}"


def _boom(*args, **kwargs):
    raise ValueError("internal bug")


def test_lenient_parse_logs_the_error_with_the_length_and_returns_nothing(monkeypatch, caplog):
    import statements.parsing as parsing

    monkeypatch.setattr(parsing, "_parse", _boom)
    text = "The Tarn Post reported that the dam closed."
    with caplog.at_level("ERROR", logger="statements.parsing"):
        out = parse_article(text, strict=False)
    assert out.statements == () and out.actors == ()
    record = next(r for r in caplog.records if r.name == "statements.parsing")
    assert record.exc_info and record.exc_info[0] is ValueError
    assert str(len(text)) in record.getMessage()
    assert "dam closed" not in record.getMessage()


def test_strict_parse_reraises(monkeypatch):
    import pytest

    import statements.parsing as parsing

    monkeypatch.setattr(parsing, "_parse", _boom)
    with pytest.raises(ValueError, match="internal bug"):
        parse_article("anything", strict=True)
    monkeypatch.setenv(parsing.STRICT_ENV, "1")
    with pytest.raises(ValueError, match="internal bug"):
        parse_article("anything")
    monkeypatch.setenv(parsing.STRICT_ENV, "0")
    assert parse_article("anything").statements == ()


def test_a_page_longer_than_any_article_keeps_its_first_stances(monkeypatch):
    from statements import parsing
    from statements.parsing import sides, stance_model

    called = []
    monkeypatch.setattr(stance_model, "revise_stances", lambda rows, skip: called.append("model"))
    real_read = sides.read_sides
    monkeypatch.setattr(
        sides, "read_sides", lambda rows, reg: called.append("sides") or real_read(rows, reg)
    )
    para = 'The Tarn Post reported that the dam closed. "It did not," spokesman Al Ber said.\n\n'
    long_page = para * (parsing.LONG_PAGE_CHARS // len(para) + 10)
    out = _check(long_page, dt.date(2026, 1, 1))
    # every statement found and spoken, its stance as first read: the refining passes are left out
    assert out["statements"] and not called
    stances = {s["stance"] for s in out["statements"]}
    assert stances <= {"claim", "denial", "confirmation", "comment"}
    _check(para * 3)
    assert called == ["sides", "model"]  # an article's length: every pass
    called.clear()
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "long-page-budget")
    _check(long_page)
    assert called == ["sides", "model"]
