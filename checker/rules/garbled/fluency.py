"""GRB005: a sentence the configured language model finds far less fluent than the rest of its article."""
from __future__ import annotations

import math
import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

MIN_WORDS = 6
MIN_SENTENCES = 5  # fewer scored sentences say too little about what is typical for the article
Z_THRESHOLD = 3.5  # robust z-score (median/MAD), the usual outlier cut-off
MIN_EXCESS = 1.0  # nats per token above the article's median: a floor whatever the spread
MIN_SCALE = 0.1  # nats: the robust spread never counts as smaller than this
MAD_TO_SD = 1.4826
WINDOW_SIZES = range(3, 7)
HEADLINE_KINDS = ("heading", "title")
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
QUOTE_ONLY_RE = re.compile(r"""^\s*["“«‘]\s*[^"“”«»]*?\s*["”»’][\s.!?…,;:]*$""")


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    scored = [(sentence, score) for sentence, score in ctx.get("target.fluency") if _eligible(ctx, sentence, score)]
    if len(scored) < MIN_SENTENCES:
        return
    import statistics  # with a language model only: not imported by every check

    means = [score.mean for _, score in scored]
    median = statistics.median(means)
    scale = max(MAD_TO_SD * statistics.median(abs(m - median) for m in means), MIN_SCALE)
    for sentence, score in scored:
        if (score.mean - median) / scale <= Z_THRESHOLD or score.mean - median < MIN_EXCESS:
            continue
        start, end = _worst_window(text, sentence, score.tokens)
        yield Hit(start, end,
                  f"The language model finds this sentence far less predictable than the rest of the article "
                  f"({score.mean:.1f} against a median of {median:.1f} nats per token), most of all "
                  f"'{text[start:end]}': check it for garbled or literal translation.")


def _eligible(ctx, sentence, score) -> bool:
    block = ctx.doc.blocks[sentence.block]
    words = ctx.doc.text[sentence.start:sentence.end]
    return (block.kind not in HEADLINE_KINDS and score.count > 0 and math.isfinite(score.mean)
            and len(WORD_RE.findall(words)) >= MIN_WORDS and not QUOTE_ONLY_RE.match(words))


def _worst_window(text: str, sentence, tokens) -> tuple[int, int]:
    """The 3-6 token stretch with the most surprisal above the sentence's typical token, on word bounds."""
    pieces = _merged(tokens)
    if len(pieces) < min(WINDOW_SIZES):
        return _trimmed(text, sentence.start, sentence.end)
    import statistics

    typical = statistics.median(s for _, _, s in pieces)
    excess = [s - typical for _, _, s in pieces]
    best = max(((sum(excess[i:i + k]), i, k) for k in WINDOW_SIZES for i in range(len(pieces) - k + 1)),
               key=lambda item: item[0])
    _, first, size = best
    start = sentence.start + pieces[first][0]
    end = sentence.start + pieces[first + size - 1][1]
    while start > sentence.start and text[start - 1].isalnum():
        start -= 1
    while end < sentence.end and text[end].isalnum():
        end += 1
    return _trimmed(text, start, end)


def _merged(tokens) -> list[tuple[int, int, float]]:
    """Tokens with a character span; byte pieces of one character are summed into one."""
    out: list[tuple[int, int, float]] = []
    for token in tokens:
        if token.end <= token.start:
            continue
        if out and (token.start, token.end) == out[-1][:2]:
            out[-1] = (token.start, token.end, out[-1][2] + token.surprisal)
        else:
            out.append((token.start, token.end, token.surprisal))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading or trailing spaces and punctuation (unchanged if nothing else is left)."""
    lo, hi = start, end
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return (lo, hi) if lo < hi else (start, end)


RULE = Rule(
    code="GRB005",
    name="fluency-outlier",
    category=Category.GARBLED,
    severity=Severity.INFO,
    summary="A sentence the language model (--model) finds far less fluent than the rest of its article.",
    check=check,
    requires=("target.fluency",),
    doc="""\
## What it does
Runs only with a language model (`--model PATH`, or `model = PATH` in `[checker]`). It scores every
sentence of an English article with the model's per-token surprisal and reports the sentences whose
mean surprisal is an outlier *within the article itself*: a robust z-score (median and MAD of the
article's sentences) above 3.5 and at least 1 nat per token above the article's median. The reported
span is the most surprising stretch of 3 to 6 tokens, widened to whole words. Because each article
is its own baseline, the check calibrates itself to whatever model is given. Headings, sentences that
are only a quotation, sentences under 6 words, and articles with fewer than 5 such sentences are not
judged. Reported as info: a model's surprise is a hint, not a proof.

## Why is this bad?
Literal machine translation leaves word salad that no rule lists in advance ("the elected ones of
the majority it is them who have made fall the text"). A sentence that reads far worse than its
neighbours is where an editor should look first.

## Example
In an otherwise fluent article, `It is them who have made fall the text the elected ones of the
majority.` is reported around `made fall the text`; rewrite it as
`Majority lawmakers brought the bill down.`
""",
    # Spans depend on the model the user configures, so positive examples are illustrations; the
    # negative ones hold for any model (see tests/test_models.py, which runs them with a tiny model).
    examples=(
        Example("The minister presented the budget on Tuesday in Paris. The plan cuts spending on defence by "
                "two percent. Unions said they would strike next week over the pension changes. The opposition "
                "called the budget unfair to the regions. It is them who have made fall the text [[the elected "
                "ones of the]] majority. The vote is expected before the end of the month.",
                note="illustrative: the span reported depends on the model"),
        Example("The minister spoke. Prices rose. It rained. Talks stalled. Markets fell. Nobody won."),
        Example("The minister presented the budget on Tuesday in Paris. The plan cuts spending on defence by "
                "two percent. The vote is expected before the end of the month.",
                note="fewer than five sentences to compare"),
        Example("# Budget vote it is them who made fall the text\n\nThe minister presented the budget on "
                "Tuesday. The plan cuts spending on defence by two percent. The vote is expected soon.",
                note="a heading is not judged"),
        Example("“It is them who have made fall the text the elected ones.” The minister presented the "
                "budget on Tuesday. The plan cuts spending by two percent.",
                note="a sentence that is only a quotation is not judged"),
        Example("Le ministre a présenté le budget mardi à Paris. Le plan réduit les dépenses de défense. "
                "Les syndicats ont annoncé une grève. L'opposition juge le budget injuste. Le vote est prévu "
                "avant la fin du mois. Les marchés ont peu réagi à l'annonce.",
                lang="fr", note="English articles only"),
    ),
)
