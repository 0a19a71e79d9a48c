"""The Markdown dossier of a fixed story equals the reviewed snapshot.

The story is built with the factories from the seed's key facts (not from the parser, which is
still improving), so the snapshot changes only when the dossier's format does. After a deliberate
format change, review the printed diff and rewrite the snapshot with:

    UPDATE_SNAPSHOTS=1 DEBUG=true .venv/bin/python -m pytest \
        tests/statements/export/test_snapshot.py
"""

import difflib
import os
from pathlib import Path

import pytest

from statements.export import render_dossier

from .conftest import GENERATED_AT

SNAPSHOT = Path(__file__).parent / "snapshots" / "seed_story.md"


def test_markdown_dossier_matches_the_reviewed_snapshot(fixed_story):
    markdown = render_dossier(
        fixed_story, fmt="md", include="accepted", generated_at=GENERATED_AT
    ).decode("utf-8")
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(markdown, encoding="utf-8")
        pytest.skip(f"snapshot rewritten: {SNAPSHOT}")
    expected = SNAPSHOT.read_text(encoding="utf-8")
    if markdown != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                markdown.splitlines(keepends=True),
                fromfile="snapshot",
                tofile="generated",
            )
        )
        pytest.fail(
            f"the Markdown dossier differs from {SNAPSHOT.name}; if the change is intended, "
            f"rerun with UPDATE_SNAPSHOTS=1 and review the file.\n{diff}"
        )


def test_markdown_dossier_with_unreviewed_statements_marks_them(fixed_story):
    markdown = render_dossier(fixed_story, fmt="md", include="all").decode("utf-8")
    assert "at a White House briefing" in markdown
    assert "- Review: unreviewed (not yet accepted by an editor)" in markdown
    assert "TASS said" not in markdown.split("## Appendix")[0]
