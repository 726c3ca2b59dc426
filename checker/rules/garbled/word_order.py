"""GRB007: a sentence whose word order is far from English (shuffled, or carried over word for word)."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.word_order import order_model
from ...registry import Example, Rule
from .spans import Spans

MIN_WORDS = 8  # shorter sentences (headlines, captions) give too few transitions to judge
THRESHOLD = 0.22  # mean class-transition gain over chance below which the order is not English


def check(ctx):
    if not (ctx.doc.lang or "en").startswith("en"):
        return
    model = order_model()
    text = ctx.doc.text
    french = Spans.of((f.start, f.end) for f in ctx.get("target.untranslated").sentences)
    for sentence in ctx.get("target.sentences"):
        if french.ends_after(sentence.start + 1, sentence.start):
            continue  # a sentence left in French: the untranslated rule reports it
        piece = text[sentence.start:sentence.end]
        score, words = model.score(piece)
        if words >= MIN_WORDS and score < THRESHOLD and not _english_part(model, piece) \
                and not _headline(ctx, sentence, piece):
            yield Hit(sentence.start, sentence.end,
                      f"The words of this sentence are not in an English order (order score {score:.2f}, "
                      f"English news sentences score above {THRESHOLD}): reorder or retranslate it.")


MIN_PART_WORDS = 5
PART_THRESHOLD = 0.25
PART_RE = re.compile(r"[:;()\u2013\u2014]")


def _english_part(model, sentence: str) -> bool:
    """Every clause of the sentence between colons, semicolons, brackets or dashes long enough to judge is in an
    English order: the low score of the whole comes from the joins of a list or an aside ("…the following ritual:
    greet the congregation, …"), not from the order of its clauses. (A clause scores higher than a sentence, its
    ends counting for more: PART_THRESHOLD is the clauses' own.)"""
    parts = PART_RE.split(sentence)
    if len(parts) < 2:
        return False
    scores = [score for score, n in (model.score(part) for part in parts) if n >= MIN_PART_WORDS]
    return bool(scores) and min(scores) >= PART_THRESHOLD


def _headline(ctx, sentence, piece: str) -> bool:
    """The article's first line without a closing stop: a headline, with its own grammar ("Borne named PM")."""
    blocks = ctx.doc.blocks
    return bool(blocks) and blocks[0].start <= sentence.start < blocks[0].end and piece.rstrip()[-1:] not in ".!?\"”"


RULE = Rule(
    code="GRB007",
    name="word-order",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A sentence whose sequence of words is not an English order (shuffled or word-for-word).",
    check=check,
    requires=("target.sentences", "target.untranslated"),
    doc="""\
## What it does
Scores each sentence of eight words or more with a class-bigram model of English word order
(`checker/lang/word_order.py`): grammatical words stand for themselves, other words for their
shape (capitalised, number, -ly, -ing, -ed, -s…). The score is the mean gain of each transition
over the classes' own frequency, so it does not depend on how many content words a sentence
has; a shuffled sentence keeps its words and loses its transitions. The model is trained on the
English-original half of WMT14 news (`scripts/build_word_order.py`); below 0.22, 3 of 1,428
sentences of professional references of French-original WMT14 documents score (0.1 per 1,000
words), 1 of them once the clause and headline checks below apply, and 66 % of DEMETR's shuffled
sentences.

A sentence whose clauses (between colons, semicolons, brackets or dashes) each score as English
(0.25 or more for a clause of five words or more) is left alone: the low score comes from the
joins of a list or an aside. So is the article's first line when it has no closing stop (a headline).

## Why is this bad?
Word salad from a literal or broken translation cannot be published and often hides a meaning
error.

## Example
`Clocks presence physiology endogenous biological their the depend and in observed production.`
""",
    examples=(
        Example("[[Clocks presence physiology endogenous biological their the depend and in observed production "
                "cycles on often of rhythms behavior by many and largely.]]"),
        Example("[[The of minister the announced reform the yesterday pension in parliament the.]]"),
        Example("[[Police the in arrested were men two night the centre of Lyon during.]]"),
        Example("[[Of the and a to prices in rose the March by percent three economy.]]"),
        Example("[[Vote the will on parliament Tuesday the bill and opposition the against is.]]"),
        Example("The minister announced the pension reform in parliament yesterday afternoon."),
        Example("Two men were arrested in the centre of Lyon during the night, police said."),
        Example("Prices rose by three percent in March, the statistics office said on Friday."),
        Example("Parliament will vote on the bill on Tuesday; the opposition is against it."),
        Example("Storm Ciarán: 1.2 million homes without power", note="a headline: too short"),
        Example("Most funeral homes now offer a host to lead the following ritual in the presence of the body: "
                "welcome the mourners, name the deceased, recall who the person was, organise a farewell.",
                note="each clause in an English order; the list after the colon lowers the whole"),
        Example("Borne named prime minister, only the second woman to lead a French government\n\nThe president "
                "chose her on Monday.", note="the headline, with its own grammar"),
    ),
)
