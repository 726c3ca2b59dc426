"""False-alarm and detection rates of the source-free rules on WMT14 news: references vs 8 MT systems.

Runs the checker (no source given) over the professional English references of the French-original
WMT14 documents and over the same documents as translated by each WMT14 system, and reports
warnings (severity warning or error) per 1,000 words, by category.

    python benchmarks/artefacts_wmt.py [--bilingual [--no-models]] [--per-rule] [--show CATEGORY] [--limit N]
                                       [--systems none|all|NAME,...] [--dump FILE.jsonl]

With --bilingual each article is checked against its French source (never the reference), and the
8 systems are ranked by findings per 1,000 words next to their corpus BLEU (sacrebleu, against the
references), with the Spearman correlation of the two rankings.
"""
from __future__ import annotations

import argparse
import json
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


def run(articles: dict[str, str], config: Config, show: str | None, per_rule: bool,
        sources: dict[str, str] | None = None, dump=None, corpus: str = ""):
    counts: Counter = Counter()
    total_words = 0
    shown = []
    for doc_id, text in articles.items():
        total_words += words(text)
        report = check_text(text, config, source=sources.get(doc_id) if sources else None)
        if dump is not None:  # every finding, info included, to study a rule without rerunning the checker
            for f in report.findings:
                dump.write(json.dumps({"corpus": corpus, "doc_id": doc_id, **f.to_json()}, ensure_ascii=False) + "\n")
        for f in report.findings:
            if f.severity >= Severity.WARNING:
                counts[f.code if per_rule else f.category.value] += 1
                if show and (f.category.value == show or f.code == show):
                    shown.append((doc_id, f))
    return counts, total_words, shown


def spearman(a: list[float], b: list[float]) -> float:
    """Spearman's rank correlation (average ranks for ties)."""
    def ranks(values):
        order = sorted(range(len(values)), key=lambda i: values[i])
        out = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                out[order[k]] = (i + j) / 2
            i = j + 1
        return out
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    var = (sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb)) ** 0.5
    return cov / var if var else 0.0


def ranking(rows, systems, corpora, references) -> None:
    """Systems ranked by findings per 1,000 words beside their corpus BLEU against the references."""
    from sacrebleu.metrics import BLEU
    order = sorted(references)
    bleu = {name: BLEU().corpus_score([corpora[name].get(d, "") for d in order],
                                      [[references[d] for d in order]]).score for name in systems}
    rate = {name: 1000 * sum(rows[name][0].values()) / max(rows[name][1], 1) for name in systems}
    print(f"\n{'system':<26}{'findings/1k':>12}{'BLEU':>8}")
    for name in sorted(systems, key=lambda n: rate[n]):
        print(f"{name:<26}{rate[name]:>12.2f}{bleu[name]:>8.2f}")
    rho = spearman([-rate[n] for n in systems], [bleu[n] for n in systems])
    print(f"Spearman correlation of the ranking by fewest findings with the ranking by BLEU: {rho:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-rule", action="store_true", help="count by rule code, not category")
    parser.add_argument("--show", help="print the findings of one category or rule code (references and systems)")
    parser.add_argument("--systems", default="all", help="comma-separated system names, 'none' or 'all'")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--bilingual", action="store_true", help="check each article against its French source")
    parser.add_argument("--no-models", action="store_true", help="with --bilingual: rules only, no encoder")
    parser.add_argument("--dump", help="write every finding (info included) as JSON lines to this file")
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
    if args.no_models:
        config = Config(models=False)
    sources = {r["doc_id"]: r["fr"] for r in references} if args.bilingual else None
    rows = {}
    started = time.perf_counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for name, articles in corpora.items():
        counts, total_words, shown = run(articles, config, args.show, args.per_rule, sources, dump, name)
        rows[name] = (counts, total_words)
        for doc_id, f in shown[:40]:
            print(f"[{name}] {doc_id[:8]} {f.code} {f.text!r}: {f.message}")
    elapsed = time.perf_counter() - started
    if dump is not None:
        dump.close()
    keys = sorted({k for counts, _ in rows.values() for k in counts})
    mode = ("with the French source" + (", rules only" if args.no_models else ", offline models")
            if args.bilingual else "no source")
    print(f"\nwarnings per 1,000 words ({mode}), {len(references)} French-original WMT14 documents")
    header = f"{'corpus':<26}{'words':>7}{'total':>8}" + "".join(f"{k[:14]:>15}" for k in keys)
    print(header)
    for name, (counts, total_words) in rows.items():
        rate = lambda n: 1000 * n / total_words if total_words else 0.0  # noqa: E731
        print(f"{name:<26}{total_words:>7}{rate(sum(counts.values())):>8.2f}"
              + "".join(f"{rate(counts[k]):>15.2f}" for k in keys))
    systems_only = [n for n in rows if n != "reference"]
    if len(systems_only) > 2:
        ranking(rows, systems_only, corpora, {r["doc_id"]: r["en"] for r in references})
    print(f"\nchecker {__version__} | benchmarks/artefacts_wmt.py{' --bilingual' if args.bilingual else ''}"
          f"{' --no-models' if args.no_models else ''} | data: wmt_news_fr_en(.mt).jsonl origlang=fr | "
          f"docs={len(references)} corpora={len(rows)} | warnings and errors | {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
