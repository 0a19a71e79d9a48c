"""The md5 of the parser's output on every annotated set, to show that a change leaves the
output as it was (a speed step, a refactor): run it before and after and compare the lines.

    .venv/bin/python bench/output_md5.py [DIR ...]

Without arguments: the shared dev corpus (when present) and every folder of
tests/statements/parsing/ that holds articles. Each line: the set, its article count and the
first 12 hex digits of the md5 of the JSON Lines `manage.py parse_article` prints for it.
"""

from __future__ import annotations

import hashlib
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statements.parsing.cli import run_files  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SETS = ROOT / "tests" / "statements" / "parsing"


def default_dirs() -> list[pathlib.Path]:
    """The dev corpus, then the test sets, in name order."""
    dirs = [CORPUS] if CORPUS.is_dir() else []
    return dirs + sorted(d for d in SETS.iterdir() if d.is_dir() and any(d.glob("*.json")))


def main() -> None:
    """Print one md5 per set."""
    dirs = [pathlib.Path(a) for a in sys.argv[1:]] or default_dirs()
    for d in dirs:
        files = sorted(str(p) for p in d.glob("*.json"))
        digest = hashlib.md5()
        for line in run_files(files):
            digest.update(line.encode() + b"\n")
        print(f"{d.name} {len(files)} {digest.hexdigest()[:12]}")


if __name__ == "__main__":
    main()
