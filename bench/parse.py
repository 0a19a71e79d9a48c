"""Parser throughput: words per second over the dev corpus texts repeated, on one core."""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import platform
import resource
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import memory_gb  # noqa: E402  (bench/ is the script's own folder)

from statements.parsing import parse_article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
REPEAT = 20
PAGE_CHARS = 2_000_000  # issue 12: a 2 MB article parsed in under 5 s


def main() -> None:
    """Print machine info and words per second."""
    articles = []
    for p in sorted(CORPUS.glob("*.json")):
        a = json.loads(p.read_text())
        pub = dt.date.fromisoformat(a["published"]) if a.get("published") else None
        articles.append((a["text"], pub))
    if not articles:
        print(f"no articles in {CORPUS}")
        return
    words = sum(len(t.split()) for t, _ in articles) * REPEAT
    for text, pub in articles:  # warm the lexicon caches and the lazy imports (dateparser)
        parse_article(text, published=pub)
    started = time.perf_counter()
    cpu_started = time.process_time()
    for _ in range(REPEAT):
        for text, pub in articles:
            parse_article(text, published=pub)
    took = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(
        f"python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} cores, {memory_gb():.1f} GB memory, one core used"
    )
    print(
        f"{len(articles)} articles x {REPEAT} = {words} words in {took:.2f} s: {words / took:,.0f} words/s"  # noqa: E501
    )
    # On a shared machine the wall clock counts other jobs' time too; CPU time does not.
    print(f"CPU time {cpu:.2f} s: {words / cpu:,.0f} words/s of CPU")
    # One long page: the dev texts one after another up to 2 MB, parsed as one article.
    page = ""
    while len(page) < PAGE_CHARS:
        for text, _ in articles:
            page += text + "\n\n"
            if len(page) >= PAGE_CHARS:
                break
    rss_before = _peak_rss_mb()
    cpu_started = time.process_time()
    out = parse_article(page, published=dt.date(2026, 1, 1))
    cpu = time.process_time() - cpu_started
    print(
        f"one page of {len(page):,} characters ({len(page.split()):,} words, "
        f"{len(out.statements):,} statements): CPU time {cpu:.2f} s"
    )
    print(f"peak memory (RSS) {_peak_rss_mb():,.0f} MB; {rss_before:,.0f} MB before the page")


def _peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
