"""Command-line runner: one JSON line per article file (shared with the Django command)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from . import parse_article, to_contract


def _published(value: object) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def parse_file(path: str) -> dict[str, object]:
    """Parse one article file (JSON with text/published, or plain text)."""
    try:
        raw = Path(path).read_bytes()
    except OSError:
        return to_contract(parse_article(""))
    data = raw.decode("utf-8", "replace")
    text, published = data, None
    if path.endswith(".json") or data.lstrip().startswith("{"):
        try:
            obj = json.loads(data)
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            t = obj.get("text")
            text = t if isinstance(t, str) else ""
            published = _published(obj.get("published"))
    return to_contract(parse_article(text, published=published))


def run_files(paths: list[str]) -> Iterator[str]:
    """One JSON line per file, in order."""
    for p in paths:
        yield json.dumps(parse_file(p), ensure_ascii=False)


def main(argv: list[str] | None = None, stdout: TextIO | None = None) -> int:
    """Entry point: parse FILE [FILE ...] and print JSON Lines."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    if not args:
        print("usage: python -m statements.parsing FILE [FILE ...]", file=sys.stderr)
        return 2
    for line in run_files(args):
        out.write(line + "\n")
    out.flush()
    return 0
