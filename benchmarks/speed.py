"""Speed and memory of a check, per rule family, as ratios against parsing alone (same process).

    python benchmarks/speed.py [--docs N] [--repeat R]

Articles are the professional English references of the French-original WMT14 documents.
The baseline is parsing plus sentence splitting, the least any check does; each family's cost is
reported as time per 1,000 words and as a multiple of that baseline. Peak memory comes from
tracemalloc over one full check of the longest article.
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import wmt_articles, words  # noqa: E402
from checker import __version__  # noqa: E402
from checker.api import check_document  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.lang.sentences import document_sentences  # noqa: E402
from checker.parsers import parse  # noqa: E402
from checker.rules import FAMILIES, ALL_RULES  # noqa: E402


def timed(fn, texts, repeat):
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    references, _ = wmt_articles("fr")
    texts = [r["en"] for r in references[: args.docs]]
    total_words = sum(words(t) for t in texts)
    config = Config()

    def baseline(text):
        document_sentences(parse(text, "text"))

    def run_rules(rules):
        return lambda text: check_document(parse(text, "text"), config, rules=rules)

    # warm-up: lazy imports and word lists load once per process, outside the timings
    run_rules(ALL_RULES)(texts[0])
    base = timed(baseline, texts, args.repeat)
    rows = [("parse + sentences (baseline)", base)]
    for family in FAMILIES:
        rules = family.RULES
        if rules:
            rows.append((family.__name__.rsplit(".", 1)[1], timed(run_rules(rules), texts, args.repeat)))
    rows.append(("all rules", timed(run_rules(ALL_RULES), texts, args.repeat)))
    print(f"{len(texts)} articles, {total_words} words, best of {args.repeat}")
    print(f"{'':32}{'ms/1k words':>12}{'x baseline':>12}")
    for name, seconds in rows:
        print(f"{name:32}{1000 * seconds / total_words * 1000:>12.1f}{seconds / base:>12.1f}")
    longest = max(texts, key=len)
    tracemalloc.start()
    run_rules(ALL_RULES)(longest)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory, full check of the longest article ({words(longest)} words): {peak / 1e6:.1f} MB")
    print(f"checker {__version__} | speed:wmt14-fr-refs docs={len(texts)} repeat={args.repeat}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
