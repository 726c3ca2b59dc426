"""NUM rules on DEMETR's "numbers replaced" rows: perturbed translations flagged against clean ones.

    python benchmarks/numbers_demetr.py [--verbose]

Each row is checked as a one-paragraph bitext (French source, English translation) with only
the NUM rules. Prints the share of perturbed translations (`en_pert`, rows whose `changed` is
true) flagged, next to the share of human references (`en_ref`) and unperturbed MT (`en_mt`)
flagged on the same items. `--verbose` lists the misses and the false alarms.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import read_jsonl  # noqa: E402
from checker import __version__  # noqa: E402
from checker.api import check_document, check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.parsers import parse  # noqa: E402
from checker.registry import UnknownCode  # noqa: E402

CONFIG = Config(select=("NUM",))


def findings(text: str, source: str) -> list:
    try:
        return check_text(text, CONFIG, source=source).findings
    except UnknownCode:  # the NUM rules are not registered yet: run the rule module directly
        from checker.rules.bitext.numbers import RULE
        doc = parse(text, "text", lang=CONFIG.target_lang)
        src = parse(source, "text", lang=CONFIG.source_lang)
        return check_document(doc, CONFIG, src, rules=(RULE,)).findings


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    rows = [r for r in read_jsonl("demetr_fr_en.jsonl") if "number" in r["pert_name"]]
    counts = {"en_pert": [0, 0], "en_ref": [0, 0], "en_mt": [0, 0]}
    for row in rows:
        for field in counts:
            if field == "en_pert" and not row["changed"]:
                continue
            found = findings(row[field], row["fr"])
            counts[field][0] += bool(found)
            counts[field][1] += 1
            if verbose and bool(found) != (field == "en_pert"):
                print(f"{'MISS' if field == 'en_pert' else 'FALSE ALARM'} {row['item_id']} {field}")
                print(f"  fr: {row['fr']}\n  en: {row[field]}")
                for f in found:
                    print(f"  -> {f.message}")
    print(f"checker {__version__}; DEMETR fr-en, perturbation(s): "
          f"{', '.join(sorted({r['pert_name'] for r in rows}))}; rules: NUM (development figures)")
    for field, label in (("en_pert", "perturbed MT flagged (changed=true)"), ("en_mt", "unperturbed MT flagged"),
                         ("en_ref", "human references flagged")):
        hit, total = counts[field]
        print(f"  {label:<40} {hit:>3}/{total:<3} = {hit / max(1, total):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
