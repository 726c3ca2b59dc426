"""UNT005: a French honorific abbreviation left before a name ("Me Thierry Moser", "Pr Karine Lacombe")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..calque.matching import is_english

# French abbreviated titles and what English writes: Maître (a lawyer), Professeur, Monsieur, Mademoiselle, Madame.
# Each stands inside a sentence (after a lowercase word or a comma: "Me" opening a title-case line is English) and
# before a capitalised name of one or two words. "Mme" is information: some English papers keep it.
ENGLISH = {"Me": "lawyer", "Pr": "Professor", "M.": "Mr", "Mlle": "Miss", "Mme": "Mrs"}
HONORIFIC_RE = re.compile(r"(?:(?<![\w'’-])[a-zà-ÿ][\w'’-]*|[,(:]) (?P<title>Me(?= [A-ZÀ-Ý][a-zà-ÿ'’-]+[ -][A-ZÀ-Ý])|"
                          r"(?:Pr|M\.|Mlle|Mme)(?= [A-ZÀ-Ý][a-zà-ÿ'’-]+\b))")
TEST = ("Me ", "Pr ", "M. ", "Mlle ", "Mme ")


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    if not any(t in text for t in TEST):
        return
    for match in HONORIFIC_RE.finditer(text):
        title = match.group("title")
        english = ENGLISH[title]
        yield Hit(match.start("title"), match.end("title"),
                  f"'{title}' is the French abbreviated title; English writes '{english}' (or the name alone).",
                  suggestion=english if title != "Me" else None,
                  severity=Severity.INFO if title == "Mme" else None)


RULE = Rule(
    code="UNT005",
    name="french-honorific",
    category=Category.UNTRANSLATED,
    severity=Severity.WARNING,
    summary="A French abbreviated title left before a name ('Me Dupont' for the lawyer, 'Pr', 'M.', 'Mlle').",
    check=check,
    doc="""\
## What it does
Finds the abbreviated titles French writes before names and English does not: *Me* (Maître, a
lawyer: "said Me Thierry Dupont, who represents the family"), *Pr* (Professeur), *M.*
(Monsieur), *Mlle* (Mademoiselle). *Mme* is reported as information, as a few English papers
keep it. The title must stand inside a sentence, after a lowercase word or a comma, and before a
capitalised name: "Love Me Tender" or "Me Too" opening a line are English.

## Why is this bad?
An English reader does not know that "Me" is a lawyer's title; it reads as the pronoun.

## Example
`confided Me Thierry Dupont, who represents them` → `confided their lawyer, Thierry Dupont`
""",
    examples=(
        Example("The family is represented by [[Me]] Olivier Martin, who asked for a retrial."),
        Example("The study was led by [[Pr]] Hélène Girard at the hospital in Rennes."),
        Example("According to [[M.]] Lefort, the mayor knew nothing."),
        Example("The singer thanked [[Mlle]] Dufresne, her first teacher."),
        Example("Charges were dropped, said [[Me]] Claire Vasseur, the lawyer of the company."),
        Example("Love Me Tender was his biggest hit."),
        Example("She told me Tuesday that she would come."),
        Example("Tell Me Why Now is a song by Neil Young."),
        Example("The family thanked Mr Martin and Dr Lefort for their help."),
        Example("Give me Paris any day, he said."),
    ),
)
