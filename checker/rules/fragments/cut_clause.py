"""FRG005: a full stop inside a clause, after a determiner or an auxiliary ("until the. End of the month")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

# a determiner never ends an English sentence; an auxiliary does ("as it was."), but not before its participle
_CUT_RE = re.compile(
    r"\b(?P<span>(?:(?P<det>the|a|an|their|its|our|my|your|whose)|(?P<aux>has|have|had|is|are|was|were|been))\.[ \t]+"
    r"(?P<next>[A-Z][a-z]+))(?P<after>[ \t]+[a-z]+)?")
IRREGULAR_PARTICIPLES = frozenset("""
made taken given seen known held found built chosen written sent put set told kept left lost won paid brought bought
shown spoken begun done led heard sold thrown struck drawn fallen risen gone become hit hurt cut shut spread caught
""".split())


# what follows a participle that goes on as a verb ("Refused to comment", "Arrested at dawn"), not as a noun
# phrase's modifier ("Signed copies")
VERB_FOLLOWERS = frozenset("""
to at in on by for from with into after before during the a an his her their its that as over under out up down
off back away again also
""".split())


def _participle(word: str) -> bool:
    low = word.lower()
    return low in IRREGULAR_PARTICIPLES or len(low) > 3 and low.endswith("ed")


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    if ". " not in text:
        return
    for block in ctx.doc.blocks:
        if block.kind != "paragraph":
            continue
        for match in _CUT_RE.finditer(text, block.start, block.end):
            if match.group("aux") and not (_participle(match.group("next")) and match.group("after")
                                           and match.group("after").strip() in VERB_FOLLOWERS):
                continue  # "as it was. Then …": an auxiliary may close an elliptical clause
            if text.count("“", block.start, match.start()) > text.count("”", block.start, match.start()):
                continue  # inside a quotation
            yield Hit(match.start("span"), match.end("span"),
                      f"A full stop after '{match.group('det') or match.group('aux')}' cuts the clause in two: "
                      f"remove it and join the pieces.", suggestion=None)


RULE = Rule(
    code="FRG005",
    name="clause-cut-by-full-stop",
    category=Category.SENTENCE_FRAGMENT,
    severity=Severity.WARNING,
    summary="A full stop inside a clause: after a determiner, or between an auxiliary and its participle.",
    check=check,
    doc="""\
## What it does
Reports a full stop that cuts a clause in two: right after a determiner ("until the. End of the
month") or between an auxiliary and its participle ("The minister has. Refused to comment"),
followed by a capitalised word. A determiner never ends an English sentence; an auxiliary may
("as it was.", "they have."), so it counts only when the next sentence opens with a participle
followed by a word that continues a verb (a preposition, a particle, a determiner: "Refused to",
"Arrested at dawn"), not a noun ("Signed copies"). Quotations are left alone.

## Why is this bad?
Neither piece is a sentence: the reader has to rebuild the clause, and a reader skimming takes
the second piece for a new statement.

## Example
`The strike will continue until the. End of the month.` → `The strike will continue until the end of the month.`
""",
    examples=(
        Example("The strike will continue until [[the. End]] of the month, the union said."),
        Example("The prefect ordered the closure of all [[their. Schools]] in the valley."),
        Example("The minister [[has. Refused]] to comment on the report."),
        Example("Three suspects [[were. Arrested]] at dawn in Marseille."),
        Example("The club signed [[a. Striker]] from Lyon on Friday."),
        Example("Nobody knew where the money was. Then the auditors arrived."),
        Example("Prices are high, as they have been for years and as they were. Traders expect no change."),
        Example("The team won, as everyone hoped it was. Signed copies of the book sold out.",
                note="a participle opening a noun phrase, not a verb"),
        Example("He bought vitamin A. Then he left."),
        Example("“We fought for the. Nothing else,” she said.", note="inside a quotation"),
    ),
)
