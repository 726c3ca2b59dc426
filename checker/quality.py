"""Triage at a glance: an adequacy estimate per paragraph and per article, and QLT001 for a poor article."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .compare.similarity import calibrate_pairs, units, words
from .findings import Category, Finding, Hit, Severity
from .registry import Example, Rule

CODE = "QLT001"
REQUIRES = ("pair.paragraphs", "pair.sentences", "pair.similarity")
DEFAULT_THRESHOLD = 0.5  # `quality-threshold`: QLT001 below this article score
LABELS = ((0.75, "good"), (0.5, "fair"), (0.0, "poor"))
ONE_SIDED = 0.5  # weight of a sentence with no counterpart (counted as adequacy 0) against an aligned one
# Each warning or error of another rule per 100 words divides the score by 1 + FINDINGS_WEIGHT × density.
FINDINGS_WEIGHT = 0.1
NOT_COUNTED = frozenset({CODE, "GRB006"})  # GRB006's evidence is already in the similarities


@dataclass(frozen=True, slots=True)
class ParagraphQuality:
    index: int  # the translation's block
    start: int  # raw offsets of the block in the translation file
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class Quality:
    score: float
    label: str
    computed_from: tuple[str, ...]
    paragraphs: tuple[ParagraphQuality, ...]

    def to_json(self) -> dict:
        return {"score": round(self.score, 3), "label": self.label, "computed_from": list(self.computed_from),
                "paragraphs": [{"index": p.index, "start": p.start, "end": p.end, "score": round(p.score, 3)}
                               for p in self.paragraphs]}


def label(score: float) -> str:
    return next(name for floor, name in LABELS if score >= floor)


def _penalised(adequacy: float, findings: int, word_count: int) -> float:
    density = 100 * findings / max(word_count, 1)
    return adequacy / (1 + FINDINGS_WEIGHT * density)


def assess(ctx, findings: Sequence[Finding] = (), with_findings: bool = True) -> Quality | None:
    """The estimate for one translation with its source and an encoder; None when either is missing.

    A sentence pair scores its adequacy (0 = as close to the source as an unrelated sentence, 1 = as
    close as a typical human translation of that length); a sentence left without counterpart scores 0
    at half weight. A paragraph's score is the word-weighted mean over its sentences, divided by
    1 + 0.1 × the other rules' warnings per 100 words; the article's the same over all sentences.
    """
    if ctx.source is None or not ctx.has("encoder"):
        return None
    doc = ctx.doc
    judged = units(ctx.source.text, doc.text, ctx.get("pair.sentences"), ctx.get("pair.similarity"),
                   ctx.model("encoder"))
    calibrated = calibrate_pairs(ctx.source.text, judged, [u.similarity for u in judged])
    per_block: dict[int, list[float]] = {}  # block -> [weighted adequacy, weight]
    total = [0.0, 0.0]
    for unit, cal in zip(judged, calibrated):
        t_start, t_end = unit.target_span
        if cal is not None:
            weight, value = float(max(1, words(doc.text[t_start:t_end]))), cal.adequacy
        else:
            side = doc.text[t_start:t_end] if t_end > t_start else ctx.source.text[slice(*unit.source_span)]
            weight, value = ONE_SIDED * max(1, words(side)), 0.0
        block = doc.block_at(t_start)
        if block is None:
            block = _nearest_block(doc, t_start)
        for acc in (per_block.setdefault(block, [0.0, 0.0]), total):
            acc[0] += weight * value
            acc[1] += weight
    counted = [f for f in findings if f.code not in NOT_COUNTED and f.severity >= Severity.WARNING]
    by_block: dict[int, int] = {}
    for f in counted:
        block = doc.block_at(doc.clean_pos(f.start))
        by_block[block] = by_block.get(block, 0) + 1
    paragraphs = []
    for index in sorted(per_block):
        acc = per_block[index]
        block = doc.blocks[index]
        start, end = doc.raw_span(block.start, block.end)
        score = acc[0] / acc[1] if acc[1] else 1.0
        if with_findings:
            score = _penalised(score, by_block.get(index, 0), words(doc.text[block.start:block.end]))
        paragraphs.append(ParagraphQuality(index, start, end, score))
    score = total[0] / total[1] if total[1] else 1.0
    if with_findings:
        score = _penalised(score, len(counted), words(doc.text))
    sources = ("pair.similarity", "findings") if with_findings else ("pair.similarity",)
    return Quality(score, label(score), sources, tuple(paragraphs))


def _nearest_block(doc, pos: int) -> int:
    return next((i for i, b in enumerate(doc.blocks) if pos <= b.end), max(len(doc.blocks) - 1, 0))


def review(ctx, rules: Sequence[Rule], findings: list[Finding]) -> tuple[Quality | None, Hit | None]:
    """The article's estimate (from every finding of the run) and, when QLT001 is selected and the
    score falls below the configured threshold, its hit on the first paragraph of both sides."""
    if not any(r.code in (CODE,) or "pair.similarity" in r.requires for r in rules) or ctx.missing(REQUIRES):
        return None, None
    quality = assess(ctx, findings)
    if quality is None or not any(r.code == CODE for r in rules) or not ctx.doc.blocks:
        return quality, None
    threshold = float(ctx.options.get("quality_threshold", DEFAULT_THRESHOLD))
    if quality.score >= threshold:
        return quality, None
    first, source_first = ctx.doc.blocks[0], ctx.source.blocks[0] if ctx.source.blocks else None
    poor = sum(p.score < LABELS[1][0] for p in quality.paragraphs)
    message = (f"The translation as a whole stays far from its source (estimated adequacy {quality.score:.2f}, "
               f"below {threshold:.2f}; {poor} of {len(quality.paragraphs)} paragraphs poor): review it as a whole "
               "before reading the individual findings.")
    source_span = (source_first.start, source_first.end) if source_first else (0, 0)
    return quality, Hit(first.start, first.end, message, source_span=source_span)


def quality_summary(file) -> str | None:
    """One line for the text report, e.g. `quality 0.42 (poor); worst paragraphs: line 7 0.12, …`."""
    data = getattr(file, "metadata", {}).get("quality")
    if not data:
        return None
    worst = sorted(data["paragraphs"], key=lambda p: p["score"])[:3]
    shown = ", ".join(f"line {file.doc.line_col(p['start'])[0]} {p['score']:.2f}" for p in worst
                      if p["score"] < LABELS[0][0])
    line = f"quality {data['score']:.2f} ({data['label']})"
    return line + (f"; worst paragraphs: {shown}" if shown else "")


def _no_hits(ctx):
    # The runner reports QLT001 after every other rule has run (the estimate counts their findings).
    return ()


_FR = ("Grève dans les transports : les syndicats appellent à la mobilisation jeudi.",
       "Les syndicats appellent à une grève reconductible dans les transports à partir de jeudi. Ils protestent "
       "contre la réforme des retraites présentée par le gouvernement.",
       "La direction de la SNCF prévoit de fortes perturbations sur les lignes régionales. Seul un train sur "
       "trois circulera en Île-de-France.",
       "Le ministre des transports a appelé au dialogue et promis de recevoir les représentants syndicaux lundi.")
_EN = ("Transport strike: unions call for mobilisation on Thursday.",
       "Unions are calling for a rolling strike in transport from Thursday. They are protesting against the "
       "pension reform presented by the government.",
       "SNCF management expects severe disruption on regional lines. Only one train in three will run in the "
       "Île-de-France region.",
       "The transport minister called for dialogue and promised to meet union representatives on Monday.")
_FOOTBALL = ("Lyon beat Marseille in a thrilling derby.",
             "The home side scored twice in the first half. Their striker was named man of the match.",
             "The stadium was full for the first time this season. Fans sang until midnight.",
             "The coach said his team would now aim for the title.")
_WEATHER = ("Storm warning for the west coast on Thursday.",
            "Forecasters expect winds of up to 120 km/h in Brittany. Schools will stay closed in several towns.",
            "Fishermen have been told to stay in port. Ferries to the islands are cancelled.",
            "The authorities advise residents to avoid the coastline until Friday.")


def _example(english: Sequence[str], french: Sequence[str] = _FR, note: str = "") -> Example:
    """An article of paragraphs; a positive example marks its first paragraph, where QLT001 sits."""
    return Example("\n\n".join(english), source="\n\n".join(french), note=note)


def _marked(english: Sequence[str], french: Sequence[str] = _FR, note: str = "") -> Example:
    return _example([f"[[{english[0]}]]", *english[1:]], french, note)


RULE = Rule(
    code=CODE,
    name="poor-translation",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="The translation as a whole falls below the quality threshold (meaning far from its source).",
    check=_no_hits,
    requires=REQUIRES,
    doc="""\
## What it does
Estimates the adequacy of the whole translation from its source, 0 to 1, and reports it on the
first paragraph when it falls below `quality-threshold` (default 0.5). Each aligned sentence pair
scores where its cross-lingual similarity lies between that of an unrelated sentence (0) and that
of a typical human translation of a sentence of the same length (1, WMT14 references); sentences
without counterpart score 0 at half weight; the mean, weighted by words, is divided by
1 + 0.1 × the other rules' warnings per 100 words. The same estimate, per paragraph, is in the
JSON output (`quality`), the text summary and the HTML report's heat strip.

## Why is this bad?
A badly machine-translated article can raise few findings: a system that renders *le porte-avions*
as "the door had" all through an article produces nonsense no pattern matches, and a short list of
findings reads as a clean text. The editor needs to know before reading findings that the whole
article must be retranslated.

## Example
Source: a French article; translation: an English text about something else, or word salad →
reported on the first paragraph, with the estimate.
""",
    examples=(
        _marked(_FOOTBALL, note="a translation of another article"),
        _marked(_WEATHER),
        _marked([_EN[0], *_FOOTBALL[1:]], note="only the headline translates its source"),
        _marked([_EN[0], _WEATHER[1], _FOOTBALL[2], _WEATHER[3]]),
        _marked([_FOOTBALL[0], _EN[1], _WEATHER[2], _FOOTBALL[3]]),
        _example(_EN),
        _example(_EN[:3] + _FOOTBALL[3:], note="one paragraph of four astray: GRB006's business, not the article's"),
        _example(_EN[:2], _FR[:2], note="a short article"),
        _example(("Unions call transport workers out on Thursday.",
                  "From Thursday, unions want an open-ended transport strike, in protest at the government's "
                  "pension reform.",
                  "Regional lines will be badly hit, SNCF bosses warn, with only a third of trains running "
                  "around Paris.",
                  "The minister urged talks and said he would see union leaders on Monday."),
                 note="a free, idiomatic translation"),
        _example(("Strike in the carries: the syndicates call with the mobilization Thursday.",
                  "The syndicates call with a strike reconductible in the carries as from Thursday. They protest "
                  "against the reform of the retreats presented by the government.",
                  "The direction of the SNCF envisages strong disturbances on the regional lines. Only one train "
                  "out of three will circulate in Island-of-France.",
                  "The minister of the carries called on the dialogue and promised to receive the trade-union "
                  "representatives Monday."),
                 note="a clumsy word-for-word rendering keeps the meaning the encoder measures: the garbled "
                      "and calque rules judge its English"),
    ),
)

RULES = (RULE,)
