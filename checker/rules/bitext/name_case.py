"""ENM003: a compound name of the aligned source whose capitals the translation lost ('marguerite-bourgeoys')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule

COMPOUND = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")  # "Marguerite-Bourgeoys", "saint-pierre-de-chartreuse"
MIN_CAPITALS = 2  # a French compound is a name when two of its parts are capitalised ("Gaston-Gallimard")


def _key(word: str) -> str:
    return fold(word).lower()


def _compound_names(text: str, start: int, end: int) -> dict[str, re.Match]:
    names = {}
    for match in COMPOUND.finditer(text, start, end):
        if sum(part[:1].isupper() for part in match.group().split("-")) >= MIN_CAPITALS:
            names.setdefault(_key(match.group()), match)
    return names


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    for pair in ctx.get("pair.sentences"):
        if not pair.source or not pair.target:
            continue
        compounds = _compound_names(source, *pair.source_span)
        if not compounds:
            continue
        for english in COMPOUND.finditer(target, *pair.target_span):
            french = compounds.get(_key(english.group()))
            if french is not None and english.group().islower():
                yield Hit(english.start(), english.end(),
                          f"'{english.group()}' is the name '{french.group()}' with its capitals lost.",
                          suggestion=french.group(), source_span=french.span())


RULE = Rule(
    code="ENM003",
    name="name-case-lost",
    category=Category.ENTITY_MISMATCH,
    severity=Severity.WARNING,
    summary="A compound name of the source whose capitals the translation lost ('marguerite-bourgeoys').",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
With the source, a compound name of the aligned source sentence, two of whose parts are
capitalised (*Marguerite-Bourgeoys*, *Saint-Pierre-de-Chartreuse*, *rue Gaston-Gallimard*),
that the English writes all in lower case ("the marguerite-bourgeoys school board",
"wall-street") is reported, with the source's spelling as suggestion. Names the English spells
its own way are ENM001's; a name in capitals is left alone (English writes acronyms so:
"Monusco" → "MONUSCO").

## Why is this bad?
A lower-case name reads as a common word, or as a machine's output; a reader searching for
the school, street or town will not recognise it.

## Example
Source: `La commission scolaire Marguerite-Bourgeoys a voté le budget.`
Translation: `The marguerite-bourgeoys school board voted the budget.` → `Marguerite-Bourgeoys`.
""",
    examples=(
        Example("The [[marguerite-bourgeoys]] school board voted the budget.",
                source="La commission scolaire Marguerite-Bourgeoys a voté le budget."),
        Example("The climbers were stuck above [[saint-pierre-de-chartreuse]].",
                source="Les grimpeurs étaient bloqués au-dessus de Saint-Pierre-de-Chartreuse."),
        Example("The publisher moved to [[gaston-gallimard]] street.",
                source="L'éditeur s'est installé rue Gaston-Gallimard."),
        Example("Shares fell while [[wall-street]] was expected to rise.",
                source="Les actions ont baissé alors que Wall-Street devait progresser."),
        Example("The town of [[la-ferté-saint-aubin]] voted.", source="La commune de La-Ferté-Saint-Aubin a voté."),
        Example("The Marguerite-Bourgeoys school board voted the budget.",
                source="La commission scolaire Marguerite-Bourgeoys a voté le budget."),
        Example("The well-known writer lives in Aix-en-Provence.",
                source="L'écrivain bien connu vit à Aix-en-Provence."),
        Example("MONUSCO has not taken part.", source="La Monusco ne participe pas."),
        Example("The publisher moved to rue Gaston-Gallimard.", source="L'éditeur s'est installé rue Gaston-Gallimard."),
        Example("The well-known actor was born in Saint-Pierre.", source="L'acteur bien connu est né à Saint-Pierre."),
    ),
)
