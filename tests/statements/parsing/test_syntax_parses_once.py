"""The dependency parse of a sentence is made once per article and shared by the passes."""

import importlib

import pytest

from statements.parsing import syntax

segment_mod = importlib.import_module("statements.parsing.segment")

needs_parser = pytest.mark.skipif(not syntax.available(), reason="spaCy model not installed")

TEXT = "The harbour authority, Port Velmar, said the cranes had been repaired on Tuesday."


def _acts(doc: segment_mod.Document) -> list[tuple[str, str, int, int, int]]:
    acts = syntax.speech_acts(doc, doc.units())
    return [(a.speaker, a.verb, a.start, a.content_start, a.end) for a in acts]


@needs_parser
def test_the_speaker_check_and_the_speech_acts_share_one_parse_of_a_sentence():
    doc = segment_mod.segment(TEXT)
    (unit,) = doc.units()
    verb = TEXT.index("said")
    assert syntax.subjects(doc, {verb: unit})  # the parse names a subject for `said`
    assert list(doc.parses) == [(unit.start, unit.end)]
    parse = doc.parses[unit.start, unit.end]
    acts = _acts(doc)
    assert doc.parses[unit.start, unit.end] is parse  # read again, not parsed again
    assert acts == _acts(segment_mod.segment(TEXT))  # the same acts as from a parse of its own
    assert acts and acts[0][0] == "Port Velmar"


@needs_parser
def test_another_article_starts_with_no_parses():
    doc = segment_mod.segment(TEXT)
    _acts(doc)
    assert doc.parses
    assert segment_mod.segment(TEXT).parses == {}
