"""Detection rate per DEMETR perturbation (French→English): source-free, bilingual, bilingual with models.

    python benchmarks/demetr.py [--modes mono,bi,models] [--limit N]

Each DEMETR row is one French sentence, its human reference (`en_ref`), a checked MT output
(`en_mt`) and a minimally perturbed MT output (`en_pert`). The checker never sees the reference:
it checks `en_pert` alone (mode `mono`), against the French (`bi`, rule-only: --no-models), or
against the French with the offline model layer (`models`: the embedded encoder). For each
perturbation it prints the share of perturbed translations flagged (rows whose `changed` is true)
and, per mode, the share of human references and unperturbed MT flagged (the false-alarm rate).
For scale: how often sacrebleu's chrF against the human reference ranks the perturbed
translation below the unperturbed one, which needs a reference and only ranks two candidates.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import read_jsonl  # noqa: E402
from checker import __version__  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.findings import Severity  # noqa: E402

MODES = {
    "mono": ("no source", dict(models=False), False),
    "bi": ("source, rules only", dict(models=False), True),
    "models": ("source + offline models", dict(models=True), True),
}


def _config(settings: dict) -> Config:
    try:
        return Config(**settings)
    except TypeError:  # a configuration without the model-layer switch
        return Config()


def flagged(text: str, source: str | None, config: Config) -> set[str]:
    report = check_text(text, config, source=source)
    return {f.category.value for f in report.findings if f.severity >= Severity.WARNING}


def chrf_ranking(rows: list[dict]) -> float:
    from sacrebleu.metrics import CHRF
    chrf = CHRF()
    changed = [r for r in rows if r["changed"] and r["en_pert"].strip()]
    lower = sum(chrf.sentence_score(r["en_pert"], [r["en_ref"]]).score
                < chrf.sentence_score(r["en_mt"], [r["en_ref"]]).score for r in changed)
    return lower / len(changed)


def pert_order(name: str) -> int:
    return int(name.split("_id")[1].split("_")[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", default="mono,bi,models")
    parser.add_argument("--limit", type=int, default=0, help="rows per perturbation (0: all)")
    parser.add_argument("--critical-only", action="store_true")
    args = parser.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    rows = read_jsonl("demetr_fr_en.jsonl")
    if args.critical_only:
        rows = [r for r in rows if r["severity"] == "critical"]
    items = {r["item_id"]: r for r in rows}
    per_pert: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["changed"] and row["en_pert"].strip() and row["severity"] != "base":
            per_pert[row["pert_name"]].append(row)
    if args.limit:
        per_pert = {k: v[:args.limit] for k, v in per_pert.items()}
    results: dict[str, dict] = {}
    for mode in modes:
        label, settings, bilingual = MODES[mode]
        config = _config(settings)
        started = time.perf_counter()
        clean = {key: sum(bool(flagged(r[key], r["fr"] if bilingual else None, config)) for r in items.values())
                 / len(items) for key in ("en_ref", "en_mt")}
        per = {}
        cats: dict[str, dict[str, int]] = {}
        for name, prows in per_pert.items():
            hits = 0
            cats[name] = defaultdict(int)
            for r in prows:
                found = flagged(r["en_pert"], r["fr"] if bilingual else None, config)
                hits += bool(found)
                for c in found:
                    cats[name][c] += 1
            per[name] = hits / len(prows)
        results[mode] = {"label": label, "clean": clean, "per": per, "cats": cats,
                         "seconds": time.perf_counter() - started}
    print(f"DEMETR fr→en, {len(items)} items; share of perturbed translations flagged (warning or error)\n")
    header = f"{'perturbation':34}{'rows':>6}" + "".join(f"{m:>9}" for m in modes)
    print(header)
    critical = {m: [] for m in modes}
    for name in sorted(per_pert, key=pert_order):
        line = f"{name:34}{len(per_pert[name]):>6}"
        for m in modes:
            line += f"{results[m]['per'][name]:>9.0%}"
            if name.startswith("critical"):
                critical[m].extend([results[m]['per'][name]] * len(per_pert[name]))
        print(line)
    print(f"{'all critical (row-weighted)':34}{'':>6}" + "".join(
        f"{(sum(critical[m]) / len(critical[m]) if critical[m] else 0):>9.0%}" for m in modes))
    for key, label in (("en_ref", "human references flagged"), ("en_mt", "unperturbed MT flagged")):
        print(f"{label:34}{'':>6}" + "".join(f"{results[m]['clean'][key]:>9.0%}" for m in modes))
    print(f"{'seconds':34}{'':>6}" + "".join(f"{results[m]['seconds']:>9.1f}" for m in modes))
    print()
    for m in modes:
        print(f"  {m}: {results[m]['label']}")
    print(f"\nfor scale: chrF against the reference ranks the perturbed translation below the unperturbed one "
          f"in {chrf_ranking(rows):.0%} of changed rows (needs the reference; the checker has none)")
    print(f"\nsignature: checker {__version__} | benchmarks/demetr.py --modes {args.modes}"
          f"{' --limit %d' % args.limit if args.limit else ''} | demetr_fr_en.jsonl | all rules | warnings and errors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
