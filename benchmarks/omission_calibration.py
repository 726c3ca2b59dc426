"""OMI003's seams per kind: DEMETR removed words found against false alarms on real translations.

    python benchmarks/omission_calibration.py [--limit N] [--lexical]

Runs OMI003 alone, rule-only, with the French source, over DEMETR's removed adjectives/adverbs, verbs,
nouns and subjects (the perturbed MT), DEMETR's human references and unperturbed MT, and the 108
French-original WMT14 documents (professional references). For each seam kind it prints the share of
DEMETR rows flagged per removal type and the findings on the clean texts (WMT14: per 1,000 words).
Development data: the seam patterns in checker/rules/bitext/seams.py were chosen from this table.

With --lexical it also prints why word-link evidence alone does not make a warning: the share of
pairs (DEMETR rows; WMT14 reference segments, each against its French segment) holding a French
content word that the lexicon knows, whose translations appear nowhere in the English, while every
English content word is linked (L1); the same with nothing in the English between the counterparts
of its linked neighbours (L2, an empty slot); and with those neighbours right beside it in French (L3).
With --encoder (and --lexical) it adds the encoder's vote on those words: the share of pairs where removing
such a word from the French brings the French at least 0.01 / 0.02 / 0.03 closer to the English (the
embedded encoder), the evidence OMI002 would need before an unlinked word could be a warning.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import read_jsonl, wmt_articles, words  # noqa: E402
from checker.align.words import content_words, english_stem, lexicon, link_words  # noqa: E402
from checker.api import check_text  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.rules.bitext.seams import MESSAGES  # noqa: E402

TYPES = ("critical_id21_adj_adv_removed", "critical_id22_verb_removed", "critical_id23_noun_removed",
         "critical_id24_subj_removed")
CONFIG = Config(select=("OMI003",), models=False)
KIND = {message: kind for kind, message in MESSAGES.items()}


def kinds(text: str, source: str) -> list[str]:
    return [KIND.get(f.message, "?") for f in check_text(text, CONFIG, source=source).findings]


def lexical_levels(source: str, text: str) -> set[str]:
    """Which levels of word-link evidence (L1, L2, L3) point at a dropped French word in this pair."""
    return set(lexical_words(source, text))


def lexical_words(source: str, text: str) -> dict[str, list]:
    """For each level of word-link evidence (L1, L2, L3), the French words it points at in this pair."""
    words = content_words(source, 0, len(source), "fr")
    english = content_words(text, 0, len(text), "en")
    links = link_words(words, english)
    if links.unlinked_target:
        return {}
    to_target = {i: j for i, j, _ in links.links}
    stems = {english_stem(m.group()) for m in re.finditer(r"[^\W\d_]+", text)}
    found: dict[str, list] = defaultdict(list)
    for i in links.unlinked_source:
        word = words[i]
        known = lexicon().get(word.key)
        if word.capitalised or word.number or not known or known & stems:
            continue
        found["L1"].append(word)
        left = next((k for k in range(i - 1, -1, -1) if k in to_target), None)
        right = next((k for k in range(i + 1, len(words)) if k in to_target), None)
        if left is None or right is None:
            continue
        a, b = english[to_target[left]], english[to_target[right]]
        if a.start < b.start and not any(a.end <= w.start and w.end <= b.start for w in english):
            found["L2"].append(word)
            if (left, right) == (i - 1, i + 1):
                found["L3"].append(word)
    return dict(found)


GAINS = (0.01, 0.02, 0.03)


def encoder_table(sets: dict, segments: list[tuple[str, str]]) -> None:
    """L1 and L3 words confirmed by the encoder: removing the word brings the French closer to the English."""
    from checker.models.encoder import load_embedded
    from checker.rules.bitext.gaps import without
    encoder = load_embedded()
    columns = {**sets, "WMT14 segs": segments}
    rows = {}
    for name, pairs in columns.items():
        found = [(text, source, lexical_words(source, text)) for text, source in pairs]
        texts = sorted({t for text, source, levels in found if levels
                        for t in (text, source, *(without(source, 0, len(source), w) for w in levels["L1"]))})
        index = {t: k for k, t in enumerate(texts)}
        vectors = encoder.encode(texts) if texts else None
        best = []
        for text, source, levels in found:
            gains = {}
            for level in ("L1", "L3"):
                for w in levels.get(level, []):
                    gain = float(vectors[index[text]] @ (vectors[index[without(source, 0, len(source), w)]]
                                                         - vectors[index[source]]))
                    gains[level] = max(gains.get(level, -1.0), gain)
            best.append(gains)
        rows[name] = best
    print("\nWith the encoder: share of pairs where removing an L1 / L3 word brings the French closer by at least")
    print(f"{'level, gain':<12}" + "".join(f"{c.split('_', 2)[-1][:16]:>17}" for c in sets) + f"{'WMT14 segs':>12}")
    for level in ("L1", "L3"):
        for gain in GAINS:
            counts = {name: sum(g.get(level, -1.0) >= gain for g in best) for name, best in rows.items()}
            line = f"{level} {gain:<9}" + "".join(f"{counts[c] / max(len(rows[c]), 1):>17.0%}" for c in sets)
            print(line + f"{counts['WMT14 segs']:>6} / {len(segments)}")


def lexical_table(sets: dict, segments: list[tuple[str, str]]) -> None:
    print("\nWord-link evidence alone (lexicon, no encoder): share of pairs where it points at a dropped word")
    print(f"{'level':<8}" + "".join(f"{c.split('_', 2)[-1][:16]:>17}" for c in sets) + f"{'WMT14 segs':>12}")
    levels = {name: [lexical_levels(source, text) for text, source in pairs] for name, pairs in sets.items()}
    wmt = [lexical_levels(source, text) for text, source in segments]
    for level in ("L1", "L2", "L3"):
        line = f"{level:<8}" + "".join(f"{sum(level in f for f in found) / max(len(found), 1):>17.0%}"
                                      for found in levels.values())
        print(line + f"{sum(level in f for f in wmt):>6} / {len(wmt)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="DEMETR rows per type and WMT documents (0: all)")
    parser.add_argument("--lexical", action="store_true", help="also the table of word-link evidence alone")
    parser.add_argument("--encoder", action="store_true", help="with --lexical: the encoder's vote on those words")
    args = parser.parse_args(argv)
    rows = read_jsonl("demetr_fr_en.jsonl")
    cut = (lambda items: items[:args.limit]) if args.limit else (lambda items: items)
    sets = {name: cut([(r["en_pert"], r["fr"]) for r in rows if r["pert_name"] == name and r["changed"]])
            for name in TYPES}
    items = cut(list({r["item_id"]: r for r in rows}.values()))
    sets["human references"] = [(r["en_ref"], r["fr"]) for r in items]
    sets["unperturbed MT"] = [(r["en_mt"], r["fr"]) for r in items]
    flagged: dict[str, Counter] = {}
    for name, pairs in sets.items():
        counts: Counter = Counter()
        for text, source in pairs:
            found = set(kinds(text, source))
            counts.update(found)
            counts["any"] += bool(found)
        flagged[name] = counts
    references = cut(wmt_articles("fr")[0])
    total_words = sum(words(r["en"]) for r in references)
    wmt: Counter = Counter()
    shown = defaultdict(list)
    for r in references:
        for kind in kinds(r["en"], r["fr"]):
            wmt[kind] += 1
            wmt["any"] += 1
            shown[kind].append(r["doc_id"][:8])
    columns = [*TYPES, "human references", "unperturbed MT"]
    print(f"OMI003 alone, rule-only, with the source; DEMETR rows flagged per type; WMT14 references: "
          f"{len(references)} documents, {total_words} words")
    header = "".join(f"{c.split('_', 2)[-1][:16]:>17}" for c in columns)
    print(f"{'seam kind':<12}{header}{'WMT14 refs':>12}{'per 1k':>8}")
    for kind in [*MESSAGES, "any"]:
        line = f"{kind:<12}"
        for c in columns:
            line += f"{flagged[c][kind] / max(len(sets[c]), 1):>17.0%}"
        print(line + f"{wmt[kind]:>12}{1000 * wmt[kind] / max(total_words, 1):>8.2f}")
    for kind, docs in shown.items():
        print(f"  WMT14 references with a '{kind}' seam: {', '.join(docs)}")
    if args.lexical:
        segments = [(r["en"], r["fr"]) for r in read_jsonl("wmt_news_fr_en.jsonl") if r["origlang"] == "fr"]
        lexical_table(sets, cut(segments))
        if args.encoder:
            encoder_table(sets, cut(segments))
    print("\nDevelopment figures: the seam patterns were chosen on DEMETR and on these WMT14 references.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
