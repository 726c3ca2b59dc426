"""GRB004: "his/her" for a thing, from French "sa" ("a decision on his signature" for a treaty's signing)."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import aligned_lower

# A process noun governed by a noun of decision or scheduling, with a human possessive.
SLIP_RE = re.compile(
    r"\b(?:decision|decisions|vote|date|deadline|timetable|timing|talks|negotiations|conditions|ceremony|process|"
    r"delay|postponement|calendar|prospect|prospects)\s+(?:on|of|for|about|over|to)\s+"
    r"(?P<span>(?P<pron>his|her)\s+(?P<noun>signature|signing|ratification|adoption|implementation|"
    r"entry\s+into\s+force|approval|renewal|extension|conclusion))\b", re.IGNORECASE)
# The things French "sa" may refer to in these contexts.
THING_RE = re.compile(
    r"\b(?:treaty|agreement|accord|pact|deal|contract|convention|charter|protocol|bill|law|text|reform|"
    r"resolution|document|documents|declaration|memorandum)\b", re.IGNORECASE)
LOOKBACK = 400
# one of these is in every match of SLIP_RE (its process nouns): a text without any is not searched
NOUN_WORDS = ("signature", "signing", "ratification", "adoption", "implementation", "force", "approval", "renewal",
              "extension", "conclusion")


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    lowered = aligned_lower(text)  # None where case-insensitive matching folds more than lower(): no shortcut
    nouns = NOUN_WORDS if lowered is None else [word for word in NOUN_WORDS if word in lowered]
    if not nouns:
        return
    for block in ctx.doc.blocks:
        if lowered is not None and not any(lowered.find(word, block.start, block.end) >= 0 for word in nouns):
            continue  # nor in this paragraph (a pattern that opens on an alternation is tried at every character)
        for match in SLIP_RE.finditer(text, block.start, block.end):
            window = text[max(0, match.start() - LOOKBACK):match.start()]
            things = list(THING_RE.finditer(window))
            if not things:
                continue
            thing = things[-1].group(0).lower()
            noun = " ".join(match.group("noun").split())
            yield Hit(match.start("span"), match.end("span"),
                      f"'{match.group('span')}' probably renders French 'sa {noun}' about the {thing}: "
                      f"English needs 'its' (or 'the {thing}'s').",
                      suggestion="its " + noun if match.group("pron")[0].islower() else "Its " + noun)


RULE = Rule(
    code="GRB004",
    name="possessive-slip",
    category=Category.GARBLED,
    severity=Severity.INFO,
    summary="'his/her' for a treaty or law ('a decision on his signature'), from French 'sa'.",
    check=check,
    doc="""\
## What it does
Finds "his" or "her" before a process noun (*signature, signing, ratification, adoption,
implementation, entry into force* …) governed by a noun of decision or scheduling
("a decision on his signature", "the date of her ratification") when a treaty, agreement, law
or similar document is mentioned shortly before. French *sa* does not mark the possessor's
gender, so literal translation turns "its signing" into "his signature". Reported as info:
the possessor may really be a person.

## Why is this bad?
The English reads as a person's handwritten signature and hides that the treaty is meant.

## Example
`This treaty, if it is signed, … a final decision on his signature will be made` →
`… a final decision on its signing …`.
""",
    examples=(
        Example("“This treaty, if it is signed, will change the region,” he said, adding that a final "
                "decision on [[his signature]] would be made soon."),
        Example("The reform is ready, but the timetable for [[her implementation]] is unclear."),
        Example("The agreement is ready. Talks on [[his ratification]] will begin in June."),
        Example("The bill was debated for weeks before the vote on [[her adoption]]."),
        Example("The pact expires in 2025 and the negotiations over [[his renewal]] have stalled."),
        Example("The treaty was signed in Paris. The president put his signature on it."),
        Example("The treaty is ready. The date of its signature is known."),
        Example("The decision on his signing was made by the club on Monday."),
        Example("The contract was ready, and he was happy with his signature."),
        Example("A decision on his candidacy is expected."),
    ),
)
