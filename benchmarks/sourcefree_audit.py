"""False alarms and misses of chosen categories on the development source-free sets, one line each, in context.

    python benchmarks/sourcefree_audit.py [--categories untranslated,repetition,sentence-fragment] [SET ...]

SET: sourcefree, sourcefree2 … sourcefree14 (fixtures/blind/) or dev (fixtures/dev_sourcefree/); all by default.
A false alarm (FA) is a warning of a chosen category that overlaps no annotation (TRAP when it hits a trap); a
miss is an annotation of a chosen category that no finding of an accepted category overlaps (as blind_eval scores).
Never run it on a blind set that is still to be scored.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.blind_eval import ROOT, overlaps, read  # noqa: E402
from benchmarks.sourcefree_table import load_dev  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.findings import Severity  # noqa: E402

SETS = ["sourcefree", *(f"sourcefree{n}" for n in range(2, 15)), "dev"]


def _items(name: str) -> list[dict]:
    if name != "dev":
        return read(ROOT / name / "articles.jsonl")
    return [dict(item, annotations=[{"start": s, "end": e, "category": c.split("/")[0], "also": c.split("/")[1:]}
                                    for s, e, c in item["annotations"]],
                 traps=[{"start": s, "end": e} for s, e in item["traps"]]) for item in load_dev("all")]


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    return (text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]).replace("\n", " / ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"one of {', '.join(SETS)} (default: all)")
    parser.add_argument("--categories", default="untranslated,repetition,sentence-fragment")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.sets) - set(SETS))
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    chosen, config = set(args.categories.split(",")), Config(models=False)
    alarms = misses = 0
    for name in args.sets or SETS:
        for item in _items(name):
            text, annotations = item["text"], item.get("annotations", [])
            found = [f for f in check_text(text, config).findings if f.severity >= Severity.WARNING]
            for f in found:
                if f.category.value not in chosen or any(overlaps((f.start, f.end), (a["start"], a["end"]))
                                                         for a in annotations):
                    continue
                trap = any(overlaps((f.start, f.end), (t["start"], t["end"])) for t in item.get("traps", []))
                alarms += 1
                print(f"FA {name}/{item['id']} {item.get('kind')} {'TRAP ' if trap else ''}{f.code}: "
                      f"{_context(text, f.start, f.end)}")
            for a in annotations:
                accepted = {a["category"], *a.get("also", [])}
                if a["category"] not in chosen or any(
                        overlaps((a["start"], a["end"]), (f.start, f.end)) and f.category.value in accepted for f in found):
                    continue
                misses += 1
                print(f"MISS {name}/{item['id']} {a['category']}: {_context(text, a['start'], a['end'])}")
    print(f"false alarms: {alarms}; misses: {misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
