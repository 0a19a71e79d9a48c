"""Command-line runner: one JSON line per article file (shared with the Django command)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from . import ParseResult, parse_article, to_contract


def _published(value: object) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def parse_file(path: str) -> dict[str, object]:
    """Parse one article file (JSON with text/published, or plain text)."""
    return to_contract(parse_path(path))


def parse_path(path: str) -> ParseResult:
    """The parse result of one article file (JSON with text/published, or plain text)."""
    try:
        raw = Path(path).read_bytes()
    except OSError:
        return parse_article("")
    data = raw.decode("utf-8", "replace")
    text, published, outlet = data, None, None
    if path.endswith(".json") or data.lstrip().startswith("{"):
        try:
            obj = json.loads(data)
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            t = obj.get("text")
            text = t if isinstance(t, str) else ""
            published = _published(obj.get("published"))
            o = obj.get("outlet")
            outlet = o if isinstance(o, str) else None
    return parse_article(text, published=published, outlet=outlet)


def explain(res: ParseResult) -> Iterator[str]:
    """Lines telling why: each statement, its speaker, stance and stance rules, its links."""
    names = {a.id: a.name for a in res.actors}
    for s in res.statements:
        speaker = names.get(s.speaker or "", "?")
        words = s.text if len(s.text) <= 100 else s.text[:97] + "..."
        yield f"{s.id} [{s.stance} {s.confidence:.2f}] {speaker}: {words}"
        yield f"    found by {s.rule or '?'}; stance by {' > '.join(s.rules) or '?'}"
        for x in s.links:
            yield f"    {x.relation} {x.target} by {x.rule} ({x.confidence:.2f})"


def explain_files(paths: list[str]) -> Iterator[str]:
    """The explanation of each file, after a line naming it."""
    for p in paths:
        yield f"== {p}"
        yield from explain(parse_path(p))


def run_files(paths: list[str]) -> Iterator[str]:
    """One JSON line per file, in order."""
    for p in paths:
        yield json.dumps(parse_file(p), ensure_ascii=False)


def main(argv: list[str] | None = None, stdout: TextIO | None = None) -> int:
    """Entry point: parse FILE [FILE ...] and print JSON Lines."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    explaining = "--explain" in args
    args = [a for a in args if a != "--explain"]
    if not args:
        print("usage: python -m statements.parsing [--explain] FILE [FILE ...]", file=sys.stderr)
        return 2
    for line in explain_files(args) if explaining else run_files(args):
        out.write(line + "\n")
    out.flush()
    return 0
