"""The encoder's meaning checks on WMT14 news: GRB006 false alarms and catches, and the quality estimate's ranking.

Each French-original WMT14 document is checked as an article (one segment a paragraph) against its
French source, in its professional reference and in each of the 8 systems' translations. Reported:

- GRB006 findings per 1,000 words on the references (false alarms: they are human translations)
  and on each system, with the flagged phrases under --show;
- the per-document quality estimate (checker/quality.py) against sentence-level chrF with the
  reference (sacrebleu, averaged over the document's segments): Kendall's tau-b between the two
  rankings of the 8 systems' versions of each document, per document and overall (mean of the
  per-document taus, and pooled over every document and system), plus per system.

`--fit` prints the length prior of checker/compare/similarity.py (reference cosines by length band,
and the cosines of unrelated sentences of the same document) instead. Every distinct sentence is
encoded once per run; `--cache FILE` keeps the vectors between runs (an .npz).

    python -m benchmarks.quality_wmt [--limit N] [--fit] [--rules] [--show N] [--cache FILE]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from checker import __version__
from checker.compare.similarity import BANDS, band, calibrate_pairs, words
from checker.context import Context
from checker.parsers import parse

from .common import wmt_articles

VERSION = 1
REFERENCE = "reference"


class CachedEncoder:
    """The embedded encoder with a dictionary cache that can be saved to and read from an .npz file."""

    def __init__(self, path: str | None):
        import numpy as np
        from checker.models.encoder import load_embedded
        self.inner = load_embedded()
        self.info = self.inner.info
        self.path = path
        self.vectors: dict[str, object] = {}
        self.fresh = 0
        if path and Path(path).is_file():
            data = np.load(path)
            self.vectors = dict(zip(data["texts"].tolist(), data["vectors"]))

    def encode(self, texts):
        import numpy as np
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if missing:
            self.vectors.update(zip(missing, self.inner.encode(missing)))
            self.fresh += len(missing)
        return np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, 512), dtype="float32")

    def save(self) -> None:
        import numpy as np
        if self.path and self.fresh:
            texts = list(self.vectors)
            np.savez(self.path, texts=np.array(texts), vectors=np.stack([self.vectors[t] for t in texts]))
            self.fresh = 0


class Models:
    """A model set with only the (cached) encoder."""

    def __init__(self, encoder):
        self.encoder = encoder

    def available(self, kind: str) -> bool:
        return kind == "encoder"

    def get(self, kind: str):
        return self.encoder

    def metadata(self) -> dict:
        return {"encoder": self.encoder.info.as_dict()}


def context(english: str, french: str, models, path: str) -> Context:
    return Context(parse(english, "text", path=path, lang="en"), parse(french, "text", lang="fr"), models=models)


def kendall(a: list[float], b: list[float]) -> float | None:
    """Kendall's tau-b (ties in either list counted as in scipy); None when one list is constant."""
    concordant = discordant = ties_a = ties_b = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            da, db = a[i] - a[j], b[i] - b[j]
            if da == 0 and db == 0:
                continue
            if da == 0:
                ties_a += 1
            elif db == 0:
                ties_b += 1
            elif (da > 0) == (db > 0):
                concordant += 1
            else:
                discordant += 1
    denominator = ((concordant + discordant + ties_a) * (concordant + discordant + ties_b)) ** 0.5
    return None if not denominator else (concordant - discordant) / denominator


# ---- --fit: the length prior ----

def fit(references: list[dict], models) -> None:
    import numpy as np
    by_band: dict[int, list[float]] = defaultdict(list)
    unrelated: dict[int, list[float]] = defaultdict(list)
    for k, ref in enumerate(references):
        ctx = context(ref["en"], ref["fr"], models, ref["doc_id"])
        pairs = [p for p, s in zip(ctx.get("pair.sentences"), ctx.get("pair.similarity")) if s is not None]
        sims = [s for s in ctx.get("pair.similarity") if s is not None]
        src = [ctx.source.text[slice(*p.source_span)] for p in pairs]
        tgt = [ctx.doc.text[slice(*p.target_span)] for p in pairs]
        for text, s in zip(src, sims):
            by_band[band(words(text))].append(s)
        if len(pairs) > 2:
            vs, vt = models.encoder.encode(src), models.encoder.encode(tgt)
            shift = len(pairs) // 2  # a sentence of the same document, far from its translation
            for i, text in enumerate(src):
                unrelated[band(words(text))].append(float(vs[i] @ vt[(i + shift) % len(pairs)]))
        if k % 10 == 9:
            models.encoder.save()
            print(f"  {k + 1}/{len(references)} documents", file=sys.stderr)
    models.encoder.save()
    print("band (source words)   n   mean    sd   unrelated")
    prior, low = [], []
    for b in range(len(BANDS) + 1):
        values = by_band.get(b, [])
        top = f"≤{BANDS[b]}" if b < len(BANDS) else f">{BANDS[-1]}"
        mean, sd = float(np.mean(values)), float(np.std(values))
        # a robust sd (1.4826 MAD) so that the few misaligned or loose references do not widen it
        robust = 1.4826 * float(np.median(np.abs(np.array(values) - np.median(values))))
        u = float(np.mean(unrelated[b])) if unrelated.get(b) else float("nan")
        print(f"{top:>8} {len(values):10d} {mean:.3f} {sd:.3f} (robust {robust:.3f}) {u:.3f}")
        prior.append((round(mean, 3), round(robust, 3)))
        low.append(round(u, 3))
    print(f"\nPRIOR = {tuple(prior)}\nUNRELATED = {tuple(low)}")


# ---- evaluation ----

def segment_chrf(hypothesis: str, reference: str) -> list[float]:
    import sacrebleu
    hyp, ref = hypothesis.split("\n\n"), reference.split("\n\n")
    return [sacrebleu.sentence_chrf(h, [r]).score for h, r in zip(hyp, ref)]


def evaluate(references: list[dict], systems: dict[str, dict[str, str]], models, with_rules: bool,
             show: int) -> None:
    from checker.rules.bitext.similarity import RULE
    from checker.runner import check_context

    rules = (RULE,)
    if with_rules:
        from checker.rules import ALL_RULES
        rules = tuple(r for r in ALL_RULES if not r.needs_model) + (RULE,)
    names = [REFERENCE, *systems]
    hits: dict[str, int] = defaultdict(int)
    total_words: dict[str, int] = defaultdict(int)
    shown: dict[str, list[str]] = defaultdict(list)
    estimate: dict[str, dict[str, float]] = defaultdict(dict)
    chrf: dict[str, dict[str, float]] = defaultdict(dict)
    started = time.time()
    for k, ref in enumerate(references):
        doc_id = ref["doc_id"]
        for name in names:
            english = ref["en"] if name == REFERENCE else systems[name].get(doc_id)
            if english is None:
                continue
            ctx = context(english, ref["fr"], models, f"{name}/{doc_id}")
            report = check_context(ctx, rules)
            grb = [f for f in report.findings if f.code == RULE.code]
            hits[name] += len(grb)
            total_words[name] += words(english)
            for f in grb[:show] if show else ():
                shown[name].append(f"{doc_id[:8]} “{f.text}” in “{_sentence(ctx, f)}”")
            if "quality" in report.metadata:
                estimate[name][doc_id] = report.metadata["quality"]["score"]
            if name != REFERENCE:
                chrf[name][doc_id] = statistics.fmean(segment_chrf(english, ref["en"]))
        if k % 5 == 4:
            models.encoder.save()
            print(f"  {k + 1}/{len(references)} documents, {time.time() - started:.0f}s", file=sys.stderr)
    models.encoder.save()

    print("GRB006 findings per 1,000 words (references: false alarms)")
    print(f"{'version':28} {'words':>7} {'GRB006':>7} {'/1000w':>7} {'quality':>8} {'chrF':>6}")
    for name in names:
        rate = 1000 * hits[name] / max(1, total_words[name])
        q = statistics.fmean(estimate[name].values()) if estimate[name] else float("nan")
        c = statistics.fmean(chrf[name].values()) if chrf[name] else float("nan")
        print(f"{name:28} {total_words[name]:7d} {hits[name]:7d} {rate:7.2f} {q:8.3f} {c:6.1f}")

    taus, pooled_q, pooled_c = [], [], []
    per_doc = []
    for ref in references:
        doc_id = ref["doc_id"]
        present = [s for s in systems if doc_id in estimate[s] and doc_id in chrf[s]]
        a = [estimate[s][doc_id] for s in present]
        b = [chrf[s][doc_id] for s in present]
        pooled_q += a
        pooled_c += b
        tau = kendall(a, b) if len(present) > 2 else None
        if tau is not None:
            taus.append(tau)
            per_doc.append((tau, doc_id, len(present)))
    system_q = [statistics.fmean(estimate[s].values()) for s in systems]
    system_c = [statistics.fmean(chrf[s].values()) for s in systems]
    print("\nKendall's tau-b, quality estimate against sentence-level chrF with the reference")
    if taus:
        print(f"  per document: mean {statistics.fmean(taus):+.3f}, median {statistics.median(taus):+.3f}, "
              f"positive in {sum(t > 0 for t in taus)}/{len(taus)} documents, "
              f"quartiles {_quartiles(taus)}")
        print(f"  pooled over {len(pooled_q)} (document, system) versions: {kendall(pooled_q, pooled_c):+.3f}")
        print(f"  systems (8 means): {kendall(system_q, system_c):+.3f}")
        print("  lowest documents: " + ", ".join(f"{d[:8]} {t:+.2f}" for t, d, _ in sorted(per_doc)[:5]))
    for name, lines in shown.items():
        print(f"\n{name}: first GRB006 findings")
        for line in lines:
            print("  " + line)
    encoder = models.encoder.info
    print(f"\nsignature: quality_wmt v{VERSION} | checker {__version__} | docs {len(references)} | "
          f"rules {'all source-free + GRB006' if with_rules else 'GRB006'} | encoder {encoder.name} "
          f"({encoder.revision}) | chrF sacrebleu sentence_chrf, mean of segments")


def _sentence(ctx, finding) -> str:
    start = ctx.doc.clean_pos(finding.start)
    for s in ctx.get("target.sentences"):
        if s.start <= start < s.end:
            return " ".join(ctx.doc.text[s.start:s.end].split())
    return ""


def _quartiles(values: list[float]) -> str:
    q = statistics.quantiles(values, n=4) if len(values) > 1 else values * 3
    return " / ".join(f"{v:+.2f}" for v in q)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--fit", action="store_true", help="print the length prior instead of evaluating")
    parser.add_argument("--rules", action="store_true", help="run the source-free rules too (findings density)")
    parser.add_argument("--show", type=int, default=0, help="list up to N GRB006 findings per document")
    parser.add_argument("--cache", help="an .npz file keeping the sentence vectors between runs")
    args = parser.parse_args(argv)
    references, systems = wmt_articles("fr")
    if args.limit:
        references = references[:args.limit]
    models = Models(CachedEncoder(args.cache))
    if args.fit:
        fit(references, models)
    else:
        evaluate(references, systems, models, args.rules, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
