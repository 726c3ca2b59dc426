"""Per-category recall and precision of the source-free rules on the development set, and false alarms on WMT14.

    python benchmarks/sourcefree_table.py [--severity info|warning] [--no-models] [--show] [--limit N]

Development set: fixtures/dev_sourcefree/articles.yaml, constructed articles whose artefacts are marked
`[[words|category]]` and whose traps are marked `{{words}}`; the rules were tuned on it, so its figures are
DEVELOPMENT figures (the blind set is scored by benchmarks/blind_eval.py --set sourcefree --final).
An annotation is found when a finding of its category overlaps it; a finding is correct when it overlaps an
annotation of its category; a finding on a trap or on no annotation is a false alarm.
References: the professional English of the French-original WMT14 documents, joined as articles, checked
without a source; every warning there counts as a false alarm (target: at most 0.2 per 1,000 words).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, wmt_articles, words  # noqa: E402
from checker import __version__  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.findings import Severity  # noqa: E402

DEV_DIR = ROOT / "fixtures" / "dev_sourcefree"
DEV_FILES = {"dev": ("articles.yaml",), "validation": ("validation.yaml",), "all": ("articles.yaml", "validation.yaml")}
# `[[words|garbled/calque]]`: the first category is the annotation's, the others are equally acceptable
MARK_RE = re.compile(r"\[\[(?P<ann>.+?)\|(?P<cat>[a-z/-]+)\]\]|\{\{(?P<trap>.+?)\}\}", re.S)
# the categories of issue 13, reported first; any other category found is listed after them
FOCUS = ("stray-attribution", "entity-inconsistency", "repetition", "boilerplate", "garbled", "untranslated",
         "false-friend")


def parse_marked(text: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The plain text, its annotations (start, end, category) and its traps (start, end)."""
    out, annotations, traps, pos, length = [], [], [], 0, 0
    for match in MARK_RE.finditer(text):
        out.append(text[pos:match.start()])
        length += match.start() - pos
        inner = match.group("ann") if match.group("ann") is not None else match.group("trap")
        span = (length, length + len(inner))
        if match.group("ann") is not None:
            annotations.append((*span, match.group("cat")))  # "garbled/calque": garbled, calque accepted
        else:
            traps.append(span)
        out.append(inner)
        length += len(inner)
        pos = match.end()
    out.append(text[pos:])
    return "".join(out), annotations, traps


def load_dev(which: str = "dev") -> list[dict]:
    import yaml

    items = []
    articles = [a for name in DEV_FILES[which]
                for a in yaml.safe_load((DEV_DIR / name).read_text(encoding="utf-8"))["articles"]]
    for article in articles:
        text, annotations, traps = parse_marked(article["text"])
        items.append({"id": article["id"], "kind": article["kind"], "text": text,
                      "annotations": annotations, "traps": traps})
    return items


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_dev(items: list[dict], config: Config, threshold: Severity, show: bool):
    annotated, found, reported, correct = Counter(), Counter(), Counter(), Counter()
    trap_hits, clean_hits = 0, 0
    for item in items:
        report = check_text(item["text"], config)
        findings = [f for f in report.findings if f.severity >= threshold]
        for start, end, cats in item["annotations"]:
            cat = cats.split("/")[0]
            annotated[cat] += 1
            if any(f.category.value in cats.split("/") and overlaps((start, end), (f.start, f.end))
                   for f in findings):
                found[cat] += 1
            elif show:
                print(f"  missed  {item['id']} {cat}: {item['text'][start:end]!r}")
        for f in findings:
            cat = f.category.value
            reported[cat] += 1
            if any(cat in c.split("/") and overlaps((s, e), (f.start, f.end)) for s, e, c in item["annotations"]):
                correct[cat] += 1
                continue
            on_trap = any(overlaps(t, (f.start, f.end)) for t in item["traps"])
            trap_hits += on_trap
            clean_hits += item["kind"] == "clean"
            if show:
                print(f"  false   {item['id']} {f.code} {f.text!r}{' (trap)' if on_trap else ''}: {f.message}")
    return annotated, found, reported, correct, trap_hits, clean_hits


def score_references(config: Config, threshold: Severity, limit: int, show: bool):
    references, _ = wmt_articles("fr")
    if limit:
        references = references[:limit]
    counts, total = Counter(), 0
    for ref in references:
        total += words(ref["en"])
        for f in check_text(ref["en"], config).findings:
            if f.severity >= threshold:
                counts[f.category.value] += 1
                if show:
                    print(f"  ref     {ref['doc_id'][:10]} {f.code} {f.text!r}: {f.message}")
    return counts, total, len(references)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--severity", choices=("info", "warning"), default="warning")
    parser.add_argument("--no-models", action="store_true", help="rules only, no model")
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    parser.add_argument("--limit", type=int, default=0, help="only the first N WMT14 documents")
    parser.add_argument("--set", choices=tuple(DEV_FILES), default="all",
                        help="articles.yaml (dev), validation.yaml (written after tuning), or both")
    args = parser.parse_args(argv)
    threshold = Severity.parse(args.severity)
    config = Config(models=False) if args.no_models else Config()
    started = time.perf_counter()
    items = load_dev(args.set)
    annotated, found, reported, correct, trap_hits, clean_hits = score_dev(items, config, threshold, args.show)
    refs, ref_words, ref_docs = score_references(config, threshold, args.limit, args.show)
    print(f"\nDEVELOPMENT set '{args.set}' ({len(items)} constructed articles: development figures) | "
          f"WMT14 references ({ref_docs} French-original documents, {ref_words} words, no source)")
    print(f"{'category':22}{'annotated':>10}{'found':>7}{'recall':>8}{'reported':>10}{'correct':>9}"
          f"{'precision':>11}{'refs/1k words':>15}")
    cats = list(FOCUS) + sorted((set(reported) | set(refs)) - set(FOCUS))
    for cat in cats:
        recall = f"{found[cat] / annotated[cat]:.2f}" if annotated[cat] else "-"
        precision = f"{correct[cat] / reported[cat]:.2f}" if reported[cat] else "-"
        print(f"{cat:22}{annotated[cat]:>10}{found[cat]:>7}{recall:>8}{reported[cat]:>10}{correct[cat]:>9}"
              f"{precision:>11}{1000 * refs[cat] / max(ref_words, 1):>15.2f}")
    focus_a = sum(annotated[c] for c in FOCUS)
    focus_f = sum(found[c] for c in FOCUS)
    focus_r = sum(reported[c] for c in FOCUS)
    focus_c = sum(correct[c] for c in FOCUS)
    print(f"{'issue-13 classes':22}{focus_a:>10}{focus_f:>7}{focus_f / max(focus_a, 1):>8.2f}{focus_r:>10}"
          f"{focus_c:>9}{focus_c / max(focus_r, 1):>11.2f}"
          f"{1000 * sum(refs[c] for c in FOCUS) / max(ref_words, 1):>15.2f}")
    print(f"{'all categories':22}{'':>10}{'':>7}{'':>8}{sum(reported.values()):>10}{sum(correct.values()):>9}"
          f"{sum(correct.values()) / max(sum(reported.values()), 1):>11.2f}"
          f"{1000 * sum(refs.values()) / max(ref_words, 1):>15.2f}")
    print(f"findings on traps: {trap_hits}; findings on the {sum(i['kind'] == 'clean' for i in items)} clean "
          f"articles: {clean_hits}")
    print(f"\nchecker {__version__} | benchmarks/sourcefree_table.py --set {args.set} --severity {args.severity}"
          f"{' --no-models' if args.no_models else ''} | {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
