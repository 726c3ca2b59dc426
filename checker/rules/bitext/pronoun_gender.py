"""MIS005: a subject pronoun whose gender the translation flipped ("elle a dirigé" → "he directed")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.folding import case_key
from ...registry import Example, Rule

FRENCH_RE = re.compile(r"(?<![\w-])(?:-t-)?(il|elle)(?![\w'’-])", re.I)
ENGLISH_RE = re.compile(r"\b(he|she)\b", re.I)
# "il" that stands for no one: il y a, il faut, il s'agit, il semble… (rendered "it" or "there")
IMPERSONAL_RE = re.compile(r"\s*(?:y\b|n['’]y\b|faut|fallait|fallu|faudra|faudrait|s['’]agi|semble|sembl|suffit|"
                           r"para[iî]t|reste|existe|manque|convient|importe|vaut|pleut|est\s+(?:question|temps|"
                           r"possible|probable|difficile|important|nécessaire|vrai|clair|évident))", re.I)
ENGLISH = {"il": "he", "elle": "she"}


def _french_genders(text: str) -> set[str]:
    return {case_key(m.group(1)) for m in FRENCH_RE.finditer(text) if not IMPERSONAL_RE.match(text, m.end())}


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    for pair in ctx.get("pair.sentences"):
        if len(pair.source) != 1 or len(pair.target) != 1 or pair.score < 0.5:
            continue
        french = _french_genders(source[slice(*pair.source_span)])
        english = list(ENGLISH_RE.finditer(target, *pair.target_span))
        if len(french) != 1 or not english or len({case_key(m.group(1)) for m in english}) != 1:
            continue  # both genders on a side, or none: the pronouns may refer to different people
        wanted = ENGLISH[next(iter(french))]
        for match in english:
            if case_key(match.group(1)) != wanted:
                yield Hit(match.start(1), match.end(1),
                          f"'{match.group(1)}' does not match the source's '{next(iter(french))}': the translation "
                          f"changed the person's gender, and so whom the sentence is about.",
                          suggestion=wanted.capitalize() if match.group(1)[0].isupper() else wanted,
                          source_span=pair.source_span)


RULE = Rule(
    code="MIS005",
    name="pronoun-gender-flip",
    category=Category.MISATTRIBUTION,
    severity=Severity.WARNING,
    summary="A subject pronoun of the other gender than the source's il / elle in the aligned sentence.",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
In each one-to-one aligned sentence pair, compares the French subject pronouns *il* / *elle*
(also inverted, *a-t-elle*) with the English *he* / *she*. When the French sentence has only one
of them and the English only the other, the English pronoun is reported. Impersonal *il* (*il y a*,
*il faut*, *il s'agit*, *il semble*, *il est possible*…) is not a person and is not compared, and a
side that holds both genders (two people) is left alone. French possessives (*son*, *sa*) and *lui*
carry no gender of the possessor, so *his* / *her* / *him* are not compared.

## Why is this bad?
"Elle a dirigé les policiers" rendered "He directed the officers" puts the action on another
person: the reader now attributes it to a man the article may also name.

## Example
Source: `Elle a dirigé les policiers vers sa voiture.`
Translation: `He directed the officers to her car.` → *He* should be *She*.
""",
    examples=(
        Example("[[He]] directed the officers to her black car that was parked nearby.",
                source="Elle a dirigé les policiers vers sa voiture noire garée à proximité."),
        Example("During the 1980s [[she]] worked on shows such as Taxi and Cheers.",
                source="Pendant les années 1980, il a travaillé sur des spectacles tels que Taxi et Cheers."),
        Example("The minister said [[he]] would resign on Monday.",
                source="La ministre a déclaré qu'elle démissionnerait lundi."),
        Example("[[She]] was arrested on Tuesday and will appear in court next week.",
                source="Il a été arrêté mardi et comparaîtra devant le tribunal la semaine prochaine."),
        Example("Asked about the budget, [[he]] refused to comment.",
                source="Interrogée sur le budget, elle a refusé de commenter."),
        Example("She directed the officers to her black car that was parked nearby.",
                source="Elle a dirigé les policiers vers sa voiture noire garée à proximité."),
        Example("She is the daughter of a former rugby player.",
                source="Il s'agit de la fille d'un ancien joueur de rugby.", note="impersonal il"),
        Example("He said that she would resign on Monday.",
                source="Il a dit qu'elle démissionnerait lundi.", note="two people"),
        Example("The company said it would close the factory.",
                source="L'entreprise a déclaré qu'elle fermerait l'usine.", note="elle for a thing: it"),
        Example("He told her that the meeting was cancelled.",
                source="Il lui a dit que la réunion était annulée.", note="lui has no gender"),
    ),
)

RULES = (RULE,)
