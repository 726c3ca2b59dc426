"""ATT003: one quote with a reporting clause on each side ('He said: “…,” he added.')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import reporting_clause_at
from ...registry import Example, Rule

# between the closing mark and a trailing reporting clause: a comma, a dash or nothing
AFTER_QUOTE_RE = re.compile(r"[ \t]*[,–—-]?[ \t]*")
WORD_START_RE = re.compile(r"(?<![\w'’-])[A-Za-z]")
LOOK_BACK = 120
CLOSING_MARKS = "”\"»’"


def _clause_before(text: str, open_mark: int):
    """A reporting clause that introduces the quote: 'X told reporters: “'."""
    sentence_start = max(text.rfind(".", 0, open_mark), text.rfind("\n", 0, open_mark), open_mark - LOOK_BACK) + 1
    for word in WORD_START_RE.finditer(text, sentence_start, open_mark):
        clause = reporting_clause_at(text, word.start(), open_mark + 1)
        if clause is not None and text[clause.end:open_mark].strip() in (":", ",", ""):
            last = text[sentence_start:clause.start].rstrip(" \t,–—-")[-1:]
            if last and last in CLOSING_MARKS:
                return None  # '“…,” he said, “…,” he added': the clause closes the quote before
            return clause
    return None


def _clause_after(text: str, quote):
    """The reporting clause right after the closing mark: the model's cue, or one found there."""
    gap = AFTER_QUOTE_RE.match(text, quote.close_mark + 1)
    clause = reporting_clause_at(text, gap.end(), len(text))
    if clause is None or clause.tail in ("clause", "quote") or clause.lemma == "according to":
        return None
    return clause


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    for quote in ctx.get("target.quotes"):
        if quote.kind != "direct" or quote.close_mark is None or quote.open_mark is None:
            continue
        after = _clause_after(text, quote)
        if after is None:
            continue
        before = _clause_before(text, quote.open_mark)
        if before is None:
            continue
        yield Hit(after.start, after.end,
                  f"This quote is already introduced by '{text[before.start:before.end]}'; "
                  f"'{text[after.start:after.end]}' attributes it a second time.")


RULE = Rule(
    code="ATT003",
    name="quote-attributed-twice",
    category=Category.STRAY_ATTRIBUTION,
    severity=Severity.WARNING,
    summary="A quote introduced by a reporting clause and followed by a second one ('He said: “…,” he added').",
    check=check,
    requires=("target.quotes",),
    doc="""\
## What it does
Uses the quote model (the quotes and reporting clauses that `checker quotes` lists):
when a direct quote is introduced by its reporting clause ("X said:", "X told
reporters,") and is followed straight after its closing mark by another reporting
clause ("he added", "said the minister"), the second clause is reported. A clause
that brings its own statement ("he added that …", "he added: “…”") is left alone.

## Why is this bad?
Machine translation of French incises (« …, a-t-il ajouté ») often keeps both the
introduction and the incise: the quote then has two speech verbs, and an editor has
to decide which one stands.

## Example
`Ushakov told reporters: “The treaty is ready,” he added.` → drop "he added".
""",
    examples=(
        Example("Ushakov told reporters: “The treaty is ready,” [[he added]]."),
        Example("The minister said: “We will not give in,” [[she stressed]]."),
        Example("Peskov said: \"The talks were useful,\" [[the spokesman noted]]."),
        Example("She told the BBC: “Nothing has been decided” – [[she said]]."),
        Example("The president declared: “This is a historic day,” [[said Macron]]."),
        Example("“The treaty is ready,” he added."),
        Example("Ushakov told reporters: “The treaty is ready.” He added that it would be signed on Wednesday."),
        Example("Ushakov told reporters: “The treaty is ready,” adding that it would be signed soon."),
        Example("He said: “We will win,” before leaving the room."),
        Example("The minister said on Monday that “nothing was decided”, he told the BBC later that week.",
                note="a partial quote inside reported speech is not a direct quote"),
        Example("“We will win,” he said, “we are ready,” he added.",
                note="'he said' closes the first quote; the second has its own attribution"),
    ),
)
