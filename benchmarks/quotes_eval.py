"""Quote and speaker benchmark on fixtures/quotes: the checker's extractor against a naive baseline.

Per language: span precision, recall and F1 for direct and partial quotes (overlap matching, one to
one, greedy by largest overlap; and exact matching after trimming edge punctuation), recall of
reported speech, and speaker accuracy. See fixtures/quotes/README.md for the annotation conventions.

    python benchmarks/quotes_eval.py [--lang en|fr] [--json] [--verbose] [--set NAME | --all] [--final]

The development sets (dev, heldout, heldout2..4, blind5) are tuned on. quotes6 .. quotes14
(fixtures/blind/quotes6 .. fixtures/blind/quotes14) are scored only with --final (once, by the
lead, at the end); `--all --final` prints them after the development sets.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker import __version__  # noqa: E402

VERSION = "1.0"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "quotes"
LANGS = ("en", "fr")
MARKED_KINDS = ("direct", "partial")
KINDS = ("direct", "partial", "reported")
QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›"
EDGE_CHARS = frozenset(QUOTE_MARKS + ".,;:!?…-–—()[] \t\n\r\u00a0\u202f\u2009")
# Leading words that do not make a speaker different: articles and titles.
SPEAKER_PREFIXES = frozenset(
    "the a an le la les l un une mr mrs ms miss dr prof professor sir dame m mme mlle me pr professeur".split()
)


@dataclass(frozen=True, slots=True)
class Span:
    """A quote span, gold or predicted; `speaker` is the resolved speaker (or the written one)."""

    start: int
    end: int
    kind: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One annotated excerpt: its text, gold quotes, and neutral spans (marks that score nothing)."""

    id: str
    origin: str
    text: str
    quotes: tuple[Span, ...]
    neutral: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """A failing case for --verbose: what went wrong, with gold and predicted sides."""

    item_id: str
    what: str  # "missed", "spurious", "speaker", "error"
    text: str
    gold: str
    predicted: str


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one language and one system, with the figures derived from them."""

    counts: dict
    failures: tuple[Failure, ...]
    seconds: float = 0.0

    def _ratio(self, num: str, den: str) -> float:
        return self.counts[num] / self.counts[den] if self.counts[den] else 0.0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self._ratio("matched", "pred")

    @property
    def recall(self) -> float:
        return self._ratio("matched", "gold")

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def exact_f1(self) -> float:
        return self._f1(self._ratio("exact", "pred"), self._ratio("exact", "gold"))

    @property
    def reported_recall(self) -> float:
        return self._ratio("reported_found", "reported_gold")

    @property
    def speaker_accuracy(self) -> float:
        return self._ratio("speaker_correct", "speaker_scored")

    @property
    def attribution_recall(self) -> float:
        return self._ratio("speaker_correct", "speaker_gold")

    def figures(self) -> dict:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1, "exact_f1": self.exact_f1,
            "reported_recall": self.reported_recall, "speaker_accuracy": self.speaker_accuracy,
            "attribution_recall": self.attribution_recall, "seconds": round(self.seconds, 3),
            **{k: self.counts[k] for k in sorted(self.counts)},
        }


# ---------------------------------------------------------------- data

# the development set, and blind sets from other documents (each measured once the model work it judges was done)
SETS = {"dev": "{lang}.jsonl", "heldout": "heldout_{lang}.jsonl", "heldout2": "heldout2_{lang}.jsonl",
        "heldout3": "heldout3_{lang}.jsonl", "heldout4": "heldout4_{lang}.jsonl", "blind5": "blind5_{lang}.jsonl"}
# blind sets, read only with --final: kept blind until the work they judge is done (not in SETS, which the
# development tools iterate over); paths are relative to FIXTURES
FINAL_SETS = {"quotes6": "../blind/quotes6/quotes6_{lang}.jsonl", "quotes7": "../blind/quotes7/quotes7_{lang}.jsonl",
              "quotes8": "../blind/quotes8/quotes8_{lang}.jsonl", "quotes9": "../blind/quotes9/quotes9_{lang}.jsonl",
              "quotes10": "../blind/quotes10/quotes10_{lang}.jsonl",
              "quotes11": "../blind/quotes11/quotes11_{lang}.jsonl",
              "quotes12": "../blind/quotes12/quotes12_{lang}.jsonl",
              "quotes13": "../blind/quotes13/quotes13_{lang}.jsonl",
              "quotes14": "../blind/quotes14/quotes14_{lang}.jsonl",
              "quotes15": "../blind/quotes15/quotes15_{lang}.jsonl",
              "quotes16": "../blind/quotes16/quotes16_{lang}.jsonl",
              "quotes17": "../blind/quotes17/quotes17_{lang}.jsonl",
              "quotes18": "../blind/quotes18/quotes18_{lang}.jsonl"}
# the blind sets that `--all --final` prints (quotes6 is development data since its scoring, quotes7 was scored once,
# quotes8 was scored blind at the end of round 5, quotes9 at the end of round 6, quotes10 at the end of round 7,
# quotes11 at the end of round 8, quotes12 at the end of round 9, quotes13 at the end of round 10, quotes14 at the end of round 11,
# quotes15 at the end of round 12, quotes16 at the end of round 13, quotes17 at the end of round 15,
# quotes18 at the end of round 16)
ALL_FINAL = ("quotes6", "quotes7", "quotes8", "quotes9", "quotes10", "quotes11", "quotes12", "quotes13", "quotes14",
             "quotes15", "quotes16", "quotes17", "quotes18")
DEV_SETS = tuple(SETS)
ALL_SETS = {**SETS, **FINAL_SETS}


def load_items(lang: str, root: Path = FIXTURES, which: str = "dev") -> list[Item]:
    items = []
    with open(root / ALL_SETS[which].format(lang=lang), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                items.append(Item(
                    id=row["id"], origin=row["origin"], text=row["text"],
                    quotes=tuple(Span(q["start"], q["end"], q["kind"], q["speaker"]) for q in row["quotes"]),
                    neutral=tuple((n["start"], n["end"]) for n in row.get("neutral", ())),
                ))
    return items


def data_hash(root: Path = FIXTURES, which: str = "dev") -> str:
    digest = hashlib.sha256()
    for lang in LANGS:
        digest.update((root / ALL_SETS[which].format(lang=lang)).read_bytes())
    return digest.hexdigest()[:8]


# ---------------------------------------------------------------- matching and normalisation

def overlap(a: Span | tuple[int, int], b: Span | tuple[int, int]) -> int:
    a_start, a_end = (a.start, a.end) if isinstance(a, Span) else a
    b_start, b_end = (b.start, b.end) if isinstance(b, Span) else b
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def greedy_match(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of overlapping spans, largest overlap first."""
    candidates = sorted(
        ((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if overlap(g, p) > 0),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def trimmed(text: str, span: Span) -> tuple[int, int]:
    """The span without whitespace, quotation marks and punctuation at its edges."""
    start, end = span.start, span.end
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return start, end


def normalise_speaker(name: str | None) -> str:
    """Case, accents, punctuation, leading articles and titles folded: "M. Gérald Kierzek" -> "gerald kierzek"."""
    if not name:
        return ""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in folded.casefold()).split()
    while len(words) > 1 and words[0] in SPEAKER_PREFIXES:
        words.pop(0)
    return " ".join(words)


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    return bool(gold) and normalise_speaker(gold) == normalise_speaker(predicted)


# ---------------------------------------------------------------- scoring

def _show(text: str, span: Span) -> str:
    piece = text[span.start:span.end].replace("\n\n", " ¶ ")
    return piece if len(piece) <= 90 else piece[:60] + " … " + piece[-25:]


def score_item(item: Item, predicted: Sequence[Span]) -> tuple[Counter, list[Failure]]:
    """Counts and failures for one item."""
    counts: Counter = Counter()
    failures: list[Failure] = []
    text = item.text
    predicted = [p for p in predicted
                 if not (any(overlap(p, n) for n in item.neutral) and not any(overlap(p, g) for g in item.quotes))]
    gold_marked = [g for g in item.quotes if g.kind in MARKED_KINDS]
    pred_marked = [p for p in predicted if p.kind in MARKED_KINDS]
    counts["gold"] += len(gold_marked)
    counts["pred"] += len(pred_marked)

    pairs = greedy_match(gold_marked, pred_marked)
    counts["matched"] += len(pairs)
    counts["exact"] += len({trimmed(text, g) for g in gold_marked} & {trimmed(text, p) for p in pred_marked})
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    answers: list[tuple[Span, Span | None]] = [(gold_marked[i], pred_marked[j]) for i, j in pairs]
    answers += [(g, None) for i, g in enumerate(gold_marked) if i not in matched_gold]
    for j, p in enumerate(pred_marked):
        if j not in matched_pred:
            failures.append(Failure(item.id, "spurious", _show(text, p), "-", f"{p.kind}, {p.speaker}"))

    for g in item.quotes:
        if g.kind != "reported":
            continue
        counts["reported_gold"] += 1
        best = max(predicted, key=lambda p: overlap(g, p), default=None)
        if best is not None and overlap(g, best):
            counts["reported_found"] += 1
            answers.append((g, best))
        else:
            answers.append((g, None))
    counts["reported_pred"] += sum(1 for p in predicted if p.kind == "reported")

    for g, p in answers:
        if p is None:
            failures.append(Failure(item.id, "missed", _show(text, g), f"{g.kind}, {g.speaker}", "-"))
        if g.speaker is None:
            continue
        counts["speaker_gold"] += 1
        if p is None:
            continue
        counts["speaker_scored"] += 1
        if same_speaker(g.speaker, p.speaker):
            counts["speaker_correct"] += 1
        else:
            failures.append(Failure(item.id, "speaker", _show(text, g), g.speaker, str(p.speaker)))
    return counts, failures


def score(items: Sequence[Item], predictions: dict[str, Sequence[Span] | Exception], seconds: float = 0.0) -> Score:
    counts: Counter = Counter({k: 0 for k in (
        "gold", "pred", "matched", "exact", "reported_gold", "reported_found", "reported_pred",
        "speaker_gold", "speaker_scored", "speaker_correct", "errors")})
    failures: list[Failure] = []
    for item in items:
        predicted = predictions.get(item.id, [])
        if isinstance(predicted, Exception):
            counts["errors"] += 1
            failures.append(Failure(item.id, "error", "", "-", f"{type(predicted).__name__}: {predicted}"))
            predicted = []
        item_counts, item_failures = score_item(item, predicted)
        counts.update(item_counts)
        failures.extend(item_failures)
    return Score(dict(counts), tuple(failures), seconds)


# ---------------------------------------------------------------- systems

Extractor = Callable[[str, str], list[Span]]

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"'}
NAME_RE = re.compile(
    r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:(?:de|du|des|von|van|der|la|le|al|bin|ben)\s+)?[A-ZÀ-Ý][\w’'-]*)+"
)


def _paragraphs(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n\s*\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def naive_quotes(text: str, lang: str = "en") -> list[Span]:
    """Baseline: text between double quotation marks or guillemets; speaker = nearest capitalised name
    (two or more capitalised words) before or after it in the same paragraph, outside quotes."""
    spans = []
    for para_start, para_end in _paragraphs(text):
        para = text[para_start:para_end]
        found: list[tuple[int, int, int, int]] = []  # mark positions, then content
        pos = 0
        while pos < len(para):
            close = OPEN_CLOSE.get(para[pos])
            end = para.find(close, pos + 1) if close else -1
            if end < 0:
                pos += 1
                continue
            start, stop = pos + 1, end
            while start < stop and para[start].isspace():
                start += 1
            while stop > start and para[stop - 1].isspace():
                stop -= 1
            if stop > start:
                found.append((pos, end, start, stop))
            pos = end + 1
        outside = list(para)
        for open_at, close_at, _, _ in found:
            outside[open_at:close_at + 1] = [" "] * (close_at + 1 - open_at)
        names = [(m.start(), m.end(), m.group()) for m in NAME_RE.finditer("".join(outside))]
        for _, _, start, stop in found:
            kind = "direct" if para[stop - 1] in ".,!?…" or start <= 1 else "partial"
            speaker = min(names, key=lambda n: max(start - n[1], n[0] - stop), default=(0, 0, None))[2]
            spans.append(Span(para_start + start, para_start + stop, kind, speaker))
    return spans


def checker_extractor() -> Extractor | None:
    """The checker's extractor, or None when checker.lang.quotes is not available."""
    try:
        from checker.lang.quotes import extract_quotes
        from checker.parsers import parse
    except ImportError:
        return None

    def extract(text: str, lang: str) -> list[Span]:
        doc = parse(text, "text", lang=lang)
        if doc.text != text:
            raise ValueError("parsed text differs from the item text; offsets would not align")
        return [Span(q.start, q.end, q.kind, q.resolved_speaker or q.speaker)
                for q in extract_quotes(doc.text, doc.blocks, doc.lang)]
    return extract


def run(items: Sequence[Item], lang: str, extractor: Extractor) -> Score:
    predictions: dict[str, Sequence[Span] | Exception] = {}
    started = time.perf_counter()
    for item in items:
        try:
            predictions[item.id] = extractor(item.text, lang)
        except Exception as error:  # a crash on one item is reported, not fatal
            predictions[item.id] = error
    return score(items, predictions, time.perf_counter() - started)


# ---------------------------------------------------------------- report

ROWS = (
    ("direct+partial precision (overlap)", "precision"),
    ("direct+partial recall (overlap)", "recall"),
    ("direct+partial F1 (overlap)", "f1"),
    ("direct+partial F1 (exact)", "exact_f1"),
    ("reported speech recall", "reported_recall"),
    ("speaker accuracy (matched quotes)", "speaker_accuracy"),
    ("attribution recall (all gold speakers)", "attribution_recall"),
)


def signature(items_by_lang: dict[str, list[Item]], which: str = "dev") -> str:
    sizes = "|".join(
        f"{lang}:{len(items)}items/{sum(len(i.quotes) for i in items)}quotes" for lang, items in items_by_lang.items()
    )
    return (f"quotes-eval:{VERSION}|set:{which}|{sizes}|match:overlap-greedy-1to1|exact:trim-punct"
            f"|speaker:fold-case-accents-punct-titles|data:{data_hash(which=which)}|checker:{__version__}")


def render_table(results: dict[str, dict[str, Score]]) -> str:
    systems = [name for name in ("checker", "baseline") if any(name in r for r in results.values())]
    header = f"{'':40}" + "".join(f"{lang + ' ' + name:>16}" for lang in results for name in systems)
    lines = [header]
    for label, attr in ROWS:
        cells = "".join(
            f"{getattr(results[lang][name], attr):16.3f}" if name in results[lang] else f"{'n/a':>16}"
            for lang in results for name in systems
        )
        lines.append(f"{label:40}{cells}")
    counts = "".join(
        f"{results[lang][name].counts['pred']:>8}/{results[lang][name].counts['gold']:<7}" if name in results[lang]
        else f"{'n/a':>16}" for lang in results for name in systems
    )
    lines.append(f"{'predicted/gold direct+partial':40}{counts}")
    return "\n".join(lines)


def render_failures(name: str, lang: str, result: Score) -> str:
    lines = [f"failing cases, {name}, {lang} ({len(result.failures)}):"]
    for f in result.failures:
        lines.append(f"  {f.item_id} {f.what:8} {f.text!r}  gold: {f.gold}  predicted: {f.predicted}")
    return "\n".join(lines)


def evaluate(which: str, langs: Sequence[str], extractor: Extractor | None) -> tuple[dict[str, dict[str, Score]], str]:
    """Baseline and checker scores for one set, with its signature."""
    items_by_lang = {lang: load_items(lang, which=which) for lang in langs}
    results: dict[str, dict[str, Score]] = {}
    for lang, items in items_by_lang.items():
        results[lang] = {"baseline": run(items, lang, naive_quotes)}
        if extractor is not None:
            results[lang]["checker"] = run(items, lang, extractor)
    return results, signature(items_by_lang, which)


SUMMARY = (("F1", "f1"), ("rep.rec", "reported_recall"), ("spk.acc", "speaker_accuracy"), ("attr.rec", "attribution_recall"))


def render_summary(all_results: dict[str, dict[str, dict[str, Score]]]) -> str:
    """One line per set and language: the checker's headline figures (the baseline where it is absent)."""
    header = f"{'set':10}{'lang':>5}" + "".join(f"{label:>10}" for label, _ in SUMMARY) + f"{'spk':>10}"
    lines = [header]
    for which, results in all_results.items():
        for lang, by_system in results.items():
            result = by_system.get("checker") or by_system["baseline"]
            cells = "".join(f"{getattr(result, attr):10.3f}" for _, attr in SUMMARY)
            spk = f"{result.counts['speaker_correct']}/{result.counts['speaker_scored']}"
            lines.append(f"{which:10}{lang:>5}{cells}{spk:>10}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, help="one language only (default: both)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list the failing cases")
    parser.add_argument("--set", dest="which", choices=sorted(ALL_SETS), default="dev",
                        help="dev, heldout, heldout2..4, blind5: development sets; "
                             "quotes6 .. quotes18: only with --final (default: dev)")
    parser.add_argument("--all", action="store_true",
                        help="every development set together (and quotes6 .. quotes18 with --final)")
    parser.add_argument("--final", action="store_true", help="allow the blind sets to be scored (once, at the end)")
    args = parser.parse_args(argv)

    if args.which in FINAL_SETS and not args.final:
        parser.error(f"--set {args.which} is blind: it is scored only with --final")
    langs = [args.lang] if args.lang else list(LANGS)
    sets = (list(DEV_SETS) + (list(ALL_FINAL) if args.final else [])) if args.all else [args.which]
    extractor = checker_extractor()
    all_results: dict[str, dict[str, dict[str, Score]]] = {}
    signatures: dict[str, str] = {}
    for which in sets:
        all_results[which], signatures[which] = evaluate(which, langs, extractor)

    if args.json:
        print(json.dumps({
            which: {"signature": signatures[which], "checker_available": extractor is not None,
                    "results": {lang: {name: s.figures() for name, s in r.items()} for lang, r in results.items()}}
            for which, results in all_results.items()
        } if args.all else {
            "signature": signatures[args.which], "checker_available": extractor is not None,
            "results": {lang: {name: s.figures() for name, s in r.items()}
                        for lang, r in all_results[args.which].items()},
        }, ensure_ascii=False, indent=2))
    else:
        if extractor is None:
            print("checker.lang.quotes is not available: baseline only")
        if args.all:
            print(render_summary(all_results))
            for which in sets:
                print(signatures[which])
        else:
            print(render_table(all_results[args.which]))
            print(signatures[args.which])
    if args.verbose:
        name = "checker" if extractor is not None else "baseline"
        for which, results in all_results.items():
            for lang, r in results.items():
                print(f"[{which}] " + render_failures(name, lang, r[name]), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
