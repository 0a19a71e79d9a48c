"""Parser time against the number of distinct speakers in one article (4k, 8k, 16k)."""

from __future__ import annotations

import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statements.parsing import parse_article  # noqa: E402

SYLLABLES = "ka lo mi ren sa tu vel dor an bri cos ela fin gor hal ito jun kes".split()
COUNTS = (4_000, 8_000, 16_000)


def _syllables(n: int, k: int) -> str:
    out = []
    for _ in range(k):
        n, r = divmod(n, len(SYLLABLES))
        out.append(SYLLABLES[r])
    return "".join(out).capitalize()


def _name(i: int) -> str:
    """A distinct invented two-word name for speaker i (scrambled so that few look alike)."""
    first = _syllables(i, 4)
    last = _syllables((i * 2_654_435_761) % 18**5, 5)
    return f"{first} {last}"


def article(speakers: int) -> str:
    """One paragraph per speaker: a quotation, a title and a name, then the surname again."""
    paras = []
    for i in range(speakers):
        name = _name(i)
        paras.append(
            f'"The shipment number {i} was delayed," said port official {name}. '
            f"{name.split()[1]} added that the cargo was safe."
        )
    return "\n\n".join(paras)


def main() -> None:
    """Print the parse time of an article with each number of distinct speakers."""
    counts = [int(a) for a in sys.argv[1:]] or list(COUNTS)
    for n in counts:
        text = article(n)
        started = time.process_time()
        result = parse_article(text)
        took = time.process_time() - started
        print(
            f"{n:>6} distinct speakers, {len(text.split()):>7} words: {took:6.2f} s CPU, "
            f"{len(result.actors)} actors, {len(result.statements)} statements"
        )


if __name__ == "__main__":
    main()
