"""GRB017: French adverbs kept in their French sense ('it is well the case', 'he is always hospitalised')."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Severity
from ...registry import Example, Rule

# states that last: 'toujours' with them means 'still' ('il est toujours hospitalisé')
STATES = (r"(?:hospitali[sz]ed|in\s+hospital|in\s+(?:a\s+)?coma|detained|in\s+detention|in\s+custody|imprisoned"
          r"|missing|untraceable|on\s+the\s+run|wanted|unknown|under\s+investigation|in\s+intensive\s+care"
          r"|unconscious|alive|in\s+force|in\s+office)")
SHAPES = (
    (("well",), r"\b(?P<span>(?:is|are|was|were)\s+well\s+(?:the\s+case|the|a|an|his|her|their|its|there|here"
                r"|present|real|determined|decided|alive|dead|true|tired|exhausted|worried|sad|angry|disappointed"
                r"|surprised))\b",
     "'Is well the case' is the French 'bien' as an intensifier ('c'est bien le cas'); English says 'is indeed' "
     "or 'really is'."),
    (("well",), r"\b(?P<span>(?:has|have|had)\s+well\s+(?!been\b|over\b|above\b|before\b|beyond\b|into\b)"
                r"(?-i:[a-z]{3,}ed|understood|seen|heard|known|taken|made))\b",
     "'Had well understood' is the French 'avait bien compris'; English says 'had fully understood' or 'did "
     "understand'."),
    (("always",), rf"\b(?P<span>(?:is|are|was|were)\s+always\s+{STATES})\b(?!\s+(?:in|on|at)\s+(?:the\s+)?"
                  r"(?:summer|winter|weekends?|sundays?|mondays?|night|evenings?|mornings?|holidays?)\b)",
     "'He is always hospitalised' is the French 'toujours' ('il est toujours hospitalisé'); English says 'he is "
     "still in hospital'."),
    (("always",), r"\b(?P<span>always\s+not)\b(?!\s+(?:only|quite|just|enough)\b)",
     "'Always not' is the French 'toujours pas'; English says 'still not'."),
)


@functools.lru_cache(maxsize=1)
def _compiled():
    return tuple((frozenset(words), re.compile(pattern, re.I), message) for words, pattern, message in SHAPES)


def adverb_hits(text: str) -> list[tuple[int, int, str]]:
    from ..lexicon import text_words
    from ..lexicon import anchored_matches

    lowered, words = text_words(text)
    hits = []
    for needs, pattern, message in _compiled():
        anchors = needs & words
        if anchors:
            hits.extend((*m.span("span"), message) for m in anchored_matches(text, lowered, anchors, pattern, 12, 60))
    return hits


def check(ctx):
    if ctx.doc.lang != "en":
        return
    hits = adverb_hits(ctx.doc.text)
    if hits:
        from .deferral import deferred_hits
        yield from deferred_hits(ctx, hits)


RULE = Rule(
    code="GRB017",
    name="french-adverb",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A French adverb kept in its French sense ('it is well the case', 'he is always hospitalised' for "
            "'still').",
    check=check,
    doc="""\
## What it does
Reports 'well' and 'always' used as the French *bien* and *toujours*: 'well' as an intensifier
after a copula or before a participle ('it is well the case', 'he had well understood' for *c'est
bien le cas*, *il avait bien compris*), 'always' with a state that lasts ('he is always
hospitalised', 'the suspect is always on the run' for *toujours* = still) and 'always not'
(*toujours pas*). English uses are left alone: 'is well known', 'was well received', 'has been
well', 'is always closed on Sundays', 'always not only'.

## Why is this bad?
The English adverb says something else: 'always hospitalised' reads as 'permanently', 'well' as
'in good health' or as a manner.

## Example
`The victim is always hospitalised.` → `The victim is still in hospital.`
""",
    examples=(
        Example("The victim [[is always hospitalised]] in Lyon."),
        Example("The suspect [[is always on the run]], the police said."),
        Example("The cause of the fire is [[always not]] known."),
        Example("It [[is well the case]] for the workers of the site."),
        Example("The minister [[had well understood]] the message of the voters."),
        Example("The company has [[always not]] paid its debts."),
        Example("The singer is well known in Quebec."),
        Example("The proposal was well received by the unions."),
        Example("The museum is always closed on Mondays."),
        Example("The patient has been well since the operation."),
        Example("He had well over a hundred employees."),
        Example("She is always in hospital on Mondays for her treatment."),
    ),
)
