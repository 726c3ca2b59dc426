"""Warning thresholds of ADD001 and OMI002 (encoder occlusion gains): DEMETR detection against false alarms
on WMT14 professional translations, for a few candidate thresholds, in one process.

    python benchmarks/encoder_gains.py [WMT_DOCS] [DEMETR_ROWS]     (default 20 and 60)

For each tuple (modifier warning gain of ADD001, lone-word warning gain of ADD001 or none, warning gain
of OMI002, ADD001's warning gain for a modifier with structural evidence or none: off) it prints the
warnings per 1,000 words of the first WMT_DOCS French-original WMT14 references checked against their
source, and the share of DEMETR rows flagged for inserted modifiers, removed adjectives/adverbs, nouns and subjects, and for
the human references. Only ADD001 and OMI002 run, with the embedded encoder. Development data: the
thresholds in checker/rules/bitext/{addition,omission}.py were chosen from this table.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import read_jsonl  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.findings import Severity  # noqa: E402
import checker.rules.bitext.addition as addition  # noqa: E402
import checker.rules.bitext.omission as omission  # noqa: E402

CANDIDATES = ((0.005, 0.02, 0.03, None), (0.02, 0.02, 0.08, None), (0.02, None, 0.08, None),
              (0.03, None, 0.05, None), (0.03, None, 0.08, None), (0.05, None, 0.08, None),
              (0.02, None, 0.08, 0.0), (0.02, None, 0.08, 0.005), (0.02, None, 0.08, 0.01))
DEMETR_TYPES = ("critical_id6_addition", "critical_id21_adj_adv_removed", "critical_id23_noun_removed",
                "critical_id24_subj_removed")
CONFIG = Config(select=("ADD001", "OMI002"))


def warnings(text: str, source: str) -> list[str]:
    return [f.code for f in check_text(text, CONFIG, source=source).findings if f.severity >= Severity.WARNING]


def main(argv: list[str]) -> int:
    n_docs, n_rows = (int(argv[0]) if argv else 20), (int(argv[1]) if len(argv) > 1 else 60)
    documents = collections.defaultdict(list)
    for row in read_jsonl("wmt_news_fr_en.jsonl"):
        if row["origlang"] == "fr":
            documents[row["doc_id"]].append(row)
    wmt = [("\n\n".join(s["en"] for s in d), "\n\n".join(s["fr"] for s in d)) for d in list(documents.values())[:n_docs]]
    words = sum(len(en.split()) for en, _ in wmt)
    rows = read_jsonl("demetr_fr_en.jsonl")
    demetr = {name: [(r["en_pert"], r["fr"]) for r in rows if r["pert_name"] == name and r["changed"]][:n_rows]
              for name in DEMETR_TYPES}
    demetr["human references"] = [(r["en_ref"], r["fr"]) for r in rows if r["pert_name"] == DEMETR_TYPES[0]][:n_rows]
    saved = addition.MODIFIER_WARNING, addition.LONE_WARNING, omission.CLEAR_DROP, addition.STRUCTURAL_GAIN
    print(f"{n_docs} WMT14 references ({words} words), {n_rows} DEMETR rows per type; ADD001 and OMI002 warnings")
    for modifier, lone, drop, structural in CANDIDATES:
        addition.MODIFIER_WARNING, addition.LONE_WARNING, omission.CLEAR_DROP = modifier, lone, drop
        addition.STRUCTURAL_GAIN = 1.0 if structural is None else structural  # 1.0: no modifier gains that much
        codes = collections.Counter(code for en, fr in wmt for code in warnings(en, fr))
        shares = {name: sum(bool(warnings(en, fr)) for en, fr in pairs) / len(pairs) for name, pairs in demetr.items()}
        rate = 1000 * sum(codes.values()) / words
        print(f"modifier {modifier:<6} lone {str(lone):<5} dropped {drop:<5} structural {str(structural):<5} "
              f"WMT refs {rate:5.2f}/1k "
              f"{dict(codes)} | " + "  ".join(f"{name.split('_', 2)[-1]} {share:.2f}" for name, share in shares.items()),
              flush=True)
    addition.MODIFIER_WARNING, addition.LONE_WARNING, omission.CLEAR_DROP, addition.STRUCTURAL_GAIN = saved
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
