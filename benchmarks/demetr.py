"""Detection rate per DEMETR perturbation (French→English), source-free rules only.

    python benchmarks/demetr.py

For each perturbation, the share of changed rows (`en_pert != en_mt`) on which the checker raises
at least one warning, next to the share of unperturbed MT (`en_mt`) and human references
(`en_ref`) it flags: a rule that detects a perturbation must do so more often than it flags
clean text. Only perturbations a source-free checker can be expected to see are meaningful
(repetition, code-mixing, shuffled words, removed verbs or subjects, punctuation); the others
need the source and are listed for completeness.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import read_jsonl  # noqa: E402
from checker import __version__  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.findings import Severity  # noqa: E402


def flagged(text: str, config: Config) -> set[str]:
    return {f.category.value for f in check_text(text, config).findings if f.severity >= Severity.WARNING}


def main() -> int:
    rows = read_jsonl("demetr_fr_en.jsonl")
    config = Config()
    items = {r["item_id"]: r for r in rows}
    clean_mt = sum(bool(flagged(r["en_mt"], config)) for r in items.values())
    clean_ref = sum(bool(flagged(r["en_ref"], config)) for r in items.values())
    per_pert: dict[str, list] = defaultdict(list)
    categories: dict[str, defaultdict] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        if not row["changed"] or not row["en_pert"].strip():
            continue
        found = flagged(row["en_pert"], config)
        per_pert[row["pert_name"]].append(bool(found))
        for category in found:
            categories[row["pert_name"]][category] += 1
    print(f"clean text flagged: en_mt {clean_mt}/{len(items)}, en_ref {clean_ref}/{len(items)}")
    print(f"{'perturbation':34}{'changed':>8}{'flagged':>9}  categories")
    for name in sorted(per_pert, key=lambda n: int(n.split("_id")[1].split("_")[0])):
        hits = per_pert[name]
        cats = ", ".join(f"{c} {n}" for c, n in sorted(categories[name].items(), key=lambda kv: -kv[1]))
        print(f"{name:34}{len(hits):>8}{sum(hits) / len(hits):>9.0%}  {cats}")
    print(f"checker {__version__} | demetr_fr_en.jsonl | warnings, no source")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
