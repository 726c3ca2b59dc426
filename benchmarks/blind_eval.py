"""Recall and precision per category on the blind evaluation sets (score once, after all tuning).

    python benchmarks/blind_eval.py --set bilingual --final [--no-models] [--severity info|warning]
    python benchmarks/blind_eval.py --set bilingual2 --final [--no-models] [--severity info|warning]
    python benchmarks/blind_eval.py --set bilingual3 --final [--no-models] [--severity info|warning]
    python benchmarks/blind_eval.py --set bilingual4 --final [--no-models] [--severity info|warning]
    python benchmarks/blind_eval.py --set bilingual5 --final [--no-models] [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree2 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree3 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree4 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree5 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree6 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree7 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree8 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree9 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree10 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree11 --final [--severity info|warning]
    python benchmarks/blind_eval.py --set sourcefree12 --final [--severity info|warning]

`bilingual`: 16 real 2014 MT documents of WMT14 checked against their French source, with the
professional references of the same documents as clean counterparts (fixtures/blind/bilingual/).
`bilingual2`: a second set built the same way from 16 English-original WMT14 documents (the French is a
professional translation, the MT translates it back, the reference is the English original), first 10
segments of each, two documents per system (fixtures/blind/bilingual2/), same scoring.
`bilingual3`: a third set built the same way from 16 WMT14 documents neither earlier set uses (10 French-original,
6 English-original), first 10 segments of each, two documents per system (fixtures/blind/bilingual3/), same scoring.
`bilingual4`: a fourth set built the same way from 16 WMT14 documents none of the earlier three uses
(10 French-original, 6 English-original), first 10 segments of each, two documents per system
(fixtures/blind/bilingual4/), same scoring.
`bilingual5`: a fifth, built the same way at the start of round 10 from 16 WMT14 documents none of the earlier
four uses (10 French-original, 6 English-original), two documents per system (fixtures/blind/bilingual5/).
`sourcefree`: 24 constructed articles with artefacts and traps, checked without a source
(fixtures/blind/sourcefree/). An annotation is found when a finding of its category (or of an
equally acceptable one, `also`) overlaps its span; a finding is correct when it overlaps any
annotation; a finding on a reference or a trap with no annotation is a false alarm.
`sourcefree2`: a second, independent set of 26 articles built the same way (fixtures/blind/sourcefree2/), same scoring.
`sourcefree3`: a third, built the same way while `sourcefree2`'s misses were being worked on (fixtures/blind/sourcefree3/).
`sourcefree4`: a fourth, built the same way for issue 13 while `sourcefree3`'s misses were being worked on (fixtures/blind/sourcefree4/).
`sourcefree5`: a fifth, built the same way for issue 13 while `sourcefree4`'s misses were being worked on (fixtures/blind/sourcefree5/).
`sourcefree6`: a sixth, built the same way for issue 13 while `sourcefree5`'s misses were being worked on (fixtures/blind/sourcefree6/).
`sourcefree7`: a seventh, built the same way for issue 13 while `sourcefree6`'s misses were being worked on (fixtures/blind/sourcefree7/).
`sourcefree8`: an eighth, built the same way for issue 13 while `sourcefree7`'s misses were being worked on (fixtures/blind/sourcefree8/).
`sourcefree9`: a ninth, built the same way at the start of round 10 (fixtures/blind/sourcefree9/).
`sourcefree10`: a tenth, built the same way at the start of round 11 (fixtures/blind/sourcefree10/).
`sourcefree11`: an eleventh, built the same way at the start of round 12 (fixtures/blind/sourcefree11/).
`sourcefree12`: a twelfth, built the same way at the start of round 13 (fixtures/blind/sourcefree12/).
`sourcefree13`: a thirteenth, built the same way at the start of round 15 (fixtures/blind/sourcefree13/).
`sourcefree14`: a fourteenth, built the same way at the start of round 16 (fixtures/blind/sourcefree14/).
These sets were built before the work they measure and are scored once: `--final` says so.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker import __version__  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.findings import Severity  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "blind"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1] or (a[0] == a[1] and b[0] <= a[0] <= b[1])


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(items: list[dict], config: Config, threshold: Severity, bilingual: bool, text_key: str = "text"):
    found: Counter = Counter()
    annotated: Counter = Counter()
    any_found = 0
    reported: Counter = Counter()
    correct: Counter = Counter()
    trap_hits = 0
    words = 0
    for item in items:
        text = item.get("en") if bilingual else item[text_key]
        words += len(text.split())
        report = check_text(text, config, source=item["fr"] if bilingual else None)
        findings = [f for f in report.findings if f.severity >= threshold]
        spans = [((f.start, f.end), f.category.value) for f in findings]
        for ann in item.get("annotations", []):
            cats = {ann["category"], *ann.get("also", [])}
            annotated[ann["category"]] += 1
            span = (ann["start"], ann["end"])
            if any(overlaps(span, s) and c in cats for s, c in spans):
                found[ann["category"]] += 1
            if any(overlaps(span, s) for s, _ in spans):
                any_found += 1
        for span, category in spans:
            reported[category] += 1
            if any(overlaps(span, (a["start"], a["end"])) for a in item.get("annotations", [])):
                correct[category] += 1
            elif any(overlaps(span, (t["start"], t["end"])) for t in item.get("traps", [])):
                trap_hits += 1
    return found, annotated, any_found, reported, correct, trap_hits, words


def table(title: str, found, annotated, reported, correct) -> None:
    print(title)
    print(f"{'category':24}{'annotated':>10}{'found':>7}{'recall':>8}{'reported':>10}{'correct':>9}{'precision':>11}")
    for cat in sorted(set(annotated) | set(reported)):
        recall = found[cat] / annotated[cat] if annotated[cat] else float("nan")
        precision = correct[cat] / reported[cat] if reported[cat] else float("nan")
        print(f"{cat:24}{annotated[cat]:>10}{found[cat]:>7}{recall:>8.2f}{reported[cat]:>10}{correct[cat]:>9}"
              f"{precision:>11.2f}")
    total_a, total_f = sum(annotated.values()), sum(found.values())
    total_r, total_c = sum(reported.values()), sum(correct.values())
    print(f"{'all':24}{total_a:>10}{total_f:>7}{(total_f / total_a if total_a else 0):>8.2f}{total_r:>10}"
          f"{total_c:>9}{(total_c / total_r if total_r else 0):>11.2f}")


# set name -> folder under ROOT
BILINGUAL_SETS = {"bilingual": "bilingual", "bilingual2": "bilingual2", "bilingual3": "bilingual3",
                  "bilingual4": "bilingual4", "bilingual5": "bilingual5"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, choices=("bilingual", "bilingual2", "bilingual3", "bilingual4", "bilingual5",
                                                         "sourcefree", "sourcefree2", "sourcefree3", "sourcefree4",
                                                         "sourcefree5", "sourcefree6", "sourcefree7", "sourcefree8", "sourcefree9",
                                                         "sourcefree10", "sourcefree11", "sourcefree12",
                                                         "sourcefree13", "sourcefree14"))
    parser.add_argument("--final", action="store_true", help="confirm that tuning is over (blind sets are scored once)")
    parser.add_argument("--no-models", action="store_true")
    parser.add_argument("--severity", choices=("info", "warning"), default="warning")
    args = parser.parse_args(argv)
    if not args.final:
        print("blind sets are scored once, after all tuning: add --final to score", file=sys.stderr)
        return 2
    threshold = Severity.parse(args.severity)
    config = Config(models=False) if args.no_models else Config()
    started = time.perf_counter()
    if args.set in BILINGUAL_SETS:
        folder = ROOT / BILINGUAL_SETS[args.set]
        mt, ref = read(folder / "mt.jsonl"), read(folder / "ref.jsonl")
        found, annotated, any_found, reported, correct, _, words = score(mt, config, threshold, True)
        table(f"blind {args.set} set: {len(mt)} real MT documents checked with their French source", found,
              annotated, reported, correct)
        print(f"annotations overlapped by a finding of any category: {any_found}/{sum(annotated.values())}")
        r_found, r_annotated, _, r_reported, r_correct, _, r_words = score(ref, config, threshold, True)
        false_alarms = sum(r_reported.values()) - sum(r_correct.values())
        print(f"\nreferences: {sum(r_reported.values())} findings, {false_alarms} not on an annotated slip "
              f"({1000 * false_alarms / max(r_words, 1):.2f} per 1,000 words); by category: "
              + ", ".join(f"{c} {n}" for c, n in sorted(r_reported.items())))
    else:
        items = read(ROOT / args.set / "articles.jsonl")
        found, annotated, any_found, reported, correct, trap_hits, words = score(items, config, threshold, False)
        table(f"blind source-free set{args.set.removeprefix('sourcefree') and ' ' + args.set.removeprefix('sourcefree')}: "
              f"{len(items)} articles, no source",
              found, annotated, reported, correct)
        clean = [i for i in items if i.get("kind") == "clean"]
        on_clean = sum(score([item], config, threshold, False)[3].total() for item in clean)
        print(f"traps hit: {trap_hits}; findings on the {len(clean)} clean articles: {on_clean}")
    print(f"\nsignature: checker {__version__} | benchmarks/blind_eval.py --set {args.set}"
          f"{' --no-models' if args.no_models else ''} --severity {args.severity} | {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
