"""DEMETR fr→en: share of perturbed translations flagged by the entity and negation rules, and of clean ones.

Each row is checked as a one-paragraph bitext (the French source and one English text) with only the
ENM and NEG rules. For every perturbation type it prints the share of perturbed translations
(`changed` true) with a finding; for the unperturbed MT and the human references, the share flagged
over the 100 distinct items. These are development figures: the rules were tuned on this data.

    .venv/bin/python benchmarks/entities_negation_demetr.py [--types ne,negation] [--models] [--show N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import read_jsonl  # noqa: E402
from checker.config import Config  # noqa: E402

CODES = ("ENM", "NEG")
TARGETS = {"critical_id9_ne_replaced": 0.9, "critical_id25_ne_removed": 0.7, "critical_id8_negation": 0.9}
FOCUS = ("critical_id9_ne_replaced", "critical_id25_ne_removed", "critical_id8_negation", "critical_id7_antonym")


def checker(models: bool):
    """A function (english, french) -> findings of the ENM and NEG rules."""
    from checker.api import check_document, check_text
    from checker.parsers import parse
    from checker.rules import ALL_RULES

    config = Config(select=CODES, models=models)
    if any(r.code.startswith(CODES) for r in ALL_RULES):
        return lambda en, fr: check_text(en, config, source=fr).findings
    # not yet registered in checker.rules: run the rule modules directly
    from checker.rules.bitext import entities, negation
    rules = entities.RULES + negation.RULES
    return lambda en, fr: check_document(parse(en, "text", lang="en"), config, parse(fr, "text", lang="fr"),
                                         rules=rules).findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--types", default="", help="substrings of pert_name to keep (default: the four focus types)")
    parser.add_argument("--models", action="store_true", help="let the alignment use the sentence encoder")
    parser.add_argument("--show", type=int, default=0, help="print up to N findings on clean texts")
    args = parser.parse_args(argv)
    rows = read_jsonl("demetr_fr_en.jsonl")
    wanted = [t for t in args.types.split(",") if t]
    check = checker(args.models)
    started = time.perf_counter()
    by_type: dict[str, list[bool]] = {}
    for row in rows:
        name = row["pert_name"]
        if (wanted and not any(w in name for w in wanted)) or (not wanted and name not in FOCUS):
            continue
        if row["changed"]:
            by_type.setdefault(name, []).append(bool(check(row["en_pert"], row["fr"])))
    clean: dict[str, list[bool]] = {"en_mt": [], "en_ref": []}
    shown = 0
    seen = set()
    for row in rows:
        if row["item_id"] in seen:
            continue
        seen.add(row["item_id"])
        for field in clean:
            findings = check(row[field], row["fr"])
            clean[field].append(bool(findings))
            for finding in findings:
                if shown < args.show:
                    shown += 1
                    print(f"  [{field} {row['item_id']}] {finding.code} {finding.text!r}: {finding.message}")
    print(f"DEMETR fr-en, rules {'+'.join(CODES)} (development figures)")
    print(f"{'perturbation':32} {'flagged':>8} {'n':>5} {'target':>7}")
    for name in sorted(by_type):
        flags = by_type[name]
        target = TARGETS.get(name)
        print(f"{name:32} {sum(flags) / len(flags):8.3f} {len(flags):5d} {'' if target is None else f'{target:.2f}':>7}")
    for field, flags in clean.items():
        print(f"{field + ' (clean, flagged)':32} {sum(flags) / len(flags):8.3f} {len(flags):5d} {'0.05':>7}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
