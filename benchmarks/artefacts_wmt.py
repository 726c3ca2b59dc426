"""False-alarm and detection rates of the source-free rules on WMT14 news: references vs 8 MT systems.

Runs the checker (no source given) over the professional English references of the French-original
WMT14 documents and over the same documents as translated by each WMT14 system, and reports
warnings (severity warning or error) per 1,000 words, by category.

    python benchmarks/artefacts_wmt.py [--per-rule] [--show CATEGORY] [--limit N]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import wmt_articles, words  # noqa: E402
from checker import __version__  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.findings import Severity  # noqa: E402


def run(articles: dict[str, str], config: Config, show: str | None, per_rule: bool):
    counts: Counter = Counter()
    total_words = 0
    shown = []
    for doc_id, text in articles.items():
        total_words += words(text)
        report = check_text(text, config)
        for f in report.findings:
            if f.severity >= Severity.WARNING:
                counts[f.code if per_rule else f.category.value] += 1
                if show and (f.category.value == show or f.code == show):
                    shown.append((doc_id, f))
    return counts, total_words, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-rule", action="store_true", help="count by rule code, not category")
    parser.add_argument("--show", help="print the findings of one category or rule code (references and systems)")
    parser.add_argument("--systems", default="all", help="comma-separated system names, 'none' or 'all'")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()

    references, systems = wmt_articles("fr")
    if args.limit:
        references = references[: args.limit]
    keep = {r["doc_id"] for r in references}
    corpora = {"reference": {r["doc_id"]: r["en"] for r in references}}
    wanted = None if args.systems == "all" else set() if args.systems == "none" else set(args.systems.split(","))
    for system, docs in systems.items():
        if wanted is None or system in wanted:
            corpora[system] = {d: t for d, t in docs.items() if d in keep}
    config = Config()
    rows = {}
    started = time.perf_counter()
    for name, articles in corpora.items():
        counts, total_words, shown = run(articles, config, args.show, args.per_rule)
        rows[name] = (counts, total_words)
        for doc_id, f in shown[:40]:
            print(f"[{name}] {doc_id[:8]} {f.code} {f.text!r}: {f.message}")
    elapsed = time.perf_counter() - started
    keys = sorted({k for counts, _ in rows.values() for k in counts})
    print(f"\nwarnings per 1,000 words (no source), {len(references)} French-original WMT14 documents")
    header = f"{'corpus':<26}{'words':>7}{'total':>8}" + "".join(f"{k[:14]:>15}" for k in keys)
    print(header)
    for name, (counts, total_words) in rows.items():
        rate = lambda n: 1000 * n / total_words if total_words else 0.0  # noqa: E731
        print(f"{name:<26}{total_words:>7}{rate(sum(counts.values())):>8.2f}"
              + "".join(f"{rate(counts[k]):>15.2f}" for k in keys))
    print(f"\nchecker {__version__} | data: wmt_news_fr_en(.mt).jsonl origlang=fr | "
          f"docs={len(references)} corpora={len(rows)} | {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
