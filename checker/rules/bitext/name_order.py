"""ENM004: a French place or institution name, generic noun first, kept in that order in English ('the institute Pasteur')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

# French generic noun → its English translations; English puts the translated noun after the name
# ("Pasteur Institute", "Tiananmen Square"). Avenue, boulevard and rue kept in French are left alone.
GENERICS = {
    "place": ("place", "square"), "rue": ("street",), "institut": ("institute",), "agence": ("agency",),
    "musée": ("museum",), "gare": ("station",), "pont": ("bridge",), "hôpital": ("hospital",),
    "stade": ("stadium",), "église": ("church",), "palais": ("palace",), "lycée": ("high school",),
    "aéroport": ("airport",), "cathédrale": ("cathedral",), "université": ("university",),
}
NAME = r"[A-ZÀ-Ý][\w'’-]*"
FRENCH = re.compile(rf"\b(?:{'|'.join(GENERICS)}) {NAME}", re.IGNORECASE)
ENGLISH = re.compile(rf"\bthe ({'|'.join(sorted({e for es in GENERICS.values() for e in es}, key=len, reverse=True))}) ({NAME})")


def _french_generics(text: str, start: int, end: int) -> dict[str, re.Match]:
    """The French generic nouns (lower case) followed by a name in the sentence, each with its match."""
    found = {}
    for match in FRENCH.finditer(text, start, end):
        generic, _, name = match.group().partition(" ")
        if generic.islower() and name[:1].isupper():
            found.setdefault(generic, match)
    return found


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    for pair in ctx.get("pair.sentences"):
        if not pair.source or not pair.target:
            continue
        generics = _french_generics(source, *pair.source_span)
        if not generics:
            continue
        for english in ENGLISH.finditer(target, *pair.target_span):
            noun, name = english.group(1), english.group(2)
            french = next((m for g, m in generics.items() if noun in GENERICS[g]), None)
            if french is None:
                continue
            yield Hit(english.start(), english.end(),
                      f"'{english.group()}' keeps the French order of '{french.group()}'; English puts the "
                      f"name first: '{name} {noun.title()}'.", suggestion=f"{name} {noun.title()}",
                      source_span=french.span())


RULE = Rule(
    code="ENM004",
    name="name-generic-first",
    category=Category.ENTITY_MISMATCH,
    severity=Severity.WARNING,
    summary="A French place or institution name kept in French order ('the institute Pasteur', 'the place Tiananmen').",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
With the source, a French name made of a generic noun and a proper name (*l'institut
Pasteur*, *la place Tiananmen*, *l'agence Chine nouvelle*, *la gare Saint-Lazare*) that the
English renders generic first, translated and in lower case ("the institute Pasteur", "the
place Tiananmen", "the agency China") is reported, with the English order as suggestion
("Pasteur Institute", "Tiananmen Square"). The French generic nouns and their English
translations are listed in the rule; street names kept in French ("avenue Foch", "rue de
Rivoli") are not touched.

## Why is this bad?
The name is no longer the name English readers know: they look for the Pasteur Institute,
Tiananmen Square, the Xinhua agency.

## Example
Source: `Le diagnostic a été confirmé par l'institut Pasteur.`
Translation: `The diagnosis was confirmed by the institute Pasteur.` → `Pasteur Institute`.
""",
    examples=(
        Example("The diagnosis was confirmed by [[the institute Pasteur]].",
                source="Le diagnostic a été confirmé par l'institut Pasteur."),
        Example("A car drove into the crowd on [[the place Tiananmen]].",
                source="Une voiture a foncé dans la foule sur la place Tiananmen."),
        Example("The train left [[the station Saint-Lazare]] at noon.",
                source="Le train a quitté la gare Saint-Lazare à midi."),
        Example("The dispatch came from [[the agency China]] new.", source="La dépêche venait de l'agence Chine nouvelle."),
        Example("The painting returned to [[the museum Guimet]].", source="Le tableau est revenu au musée Guimet."),
        Example("The diagnosis was confirmed by the Pasteur Institute.",
                source="Le diagnostic a été confirmé par l'institut Pasteur."),
        Example("A car drove into the crowd in Tiananmen Square.",
                source="Une voiture a foncé dans la foule sur la place Tiananmen."),
        Example("The museum reopened on Monday.", source="Le musée du Louvre a rouvert lundi."),
        Example("The train left Saint-Lazare station at noon.", source="Le train a quitté la gare Saint-Lazare à midi."),
        Example("He lives on the avenue Foch.", source="Il habite avenue Foch."),
    ),
)
