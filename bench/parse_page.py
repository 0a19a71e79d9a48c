"""The 2 MB page of `bench/parse.py` alone: CPU and wall time of each parse, the best of N,
and the md5 of its contract output (and of its `--explain` trace) to prove a change leaves
the output as it was.

    .venv/bin/python bench/parse_page.py [--runs 3] [--chars 2000000] [--profile OUT.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import json
import os
import pathlib
import resource
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statements.parsing import parse_article, to_contract  # noqa: E402
from statements.parsing.cli import explain  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def page_text(chars: int) -> str:
    """The dev texts one after another up to `chars` characters, as `bench/parse.py` builds it."""
    texts = [json.loads(p.read_text())["text"] for p in sorted(CORPUS.glob("*.json"))]
    if not any(texts):
        # no corpus beside the checkout (a worktree elsewhere): no page to build, not a loop
        sys.exit(f"no dev articles in {CORPUS}: the page is built from ../shared/corpus/dev")
    page = ""
    while len(page) < chars:
        for text in texts:
            page += text + "\n\n"
            if len(page) >= chars:
                break
    return page


def main() -> None:
    """Parse the page `--runs` times; print each run's times, the best and the md5s."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--chars", type=int, default=2_000_000)
    ap.add_argument("--profile", help="write a cProfile of one more parse to this file")
    args = ap.parse_args()
    page = page_text(args.chars)
    published = dt.date(2026, 1, 1)
    parse_article("The minister said on Monday that talks would resume.", published=published)
    cpus, walls, digests = [], [], set()
    for n in range(args.runs):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        res = parse_article(page, published=published, strict=True)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        cpus.append(cpu)
        walls.append(wall)
        contract = json.dumps(to_contract(res), ensure_ascii=False, sort_keys=True)
        trace = "\n".join(explain(res))
        digest = (
            hashlib.md5(contract.encode()).hexdigest()[:12],
            hashlib.md5(trace.encode()).hexdigest()[:12],
        )
        digests.add(digest)
        print(
            f"run {n + 1}: CPU {cpu:.2f} s, wall {wall:.2f} s, {len(res.statements):,} statements,"
            f" load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    print(
        f"page of {len(page):,} characters: "
        f"best CPU {min(cpus):.2f} s, best wall {min(walls):.2f} s"
    )
    for contract_md5, trace_md5 in sorted(digests):
        print(f"md5 contract {contract_md5} explain {trace_md5}")
    print(f"peak memory (RSS) {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        parse_article(page, published=published, strict=True)
        prof.disable()
        prof.dump_stats(args.profile)


if __name__ == "__main__":
    main()
