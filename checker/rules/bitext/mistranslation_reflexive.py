"""GRB023: a French pronominal verb rendered with an English reflexive pronoun ('will be held itself')."""
from __future__ import annotations

import functools

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .mistranslation import Bead, adjacent, check_with, closed_class, data

REFLEXIVES = frozenset("itself themselves himself herself ourselves yourself yourselves oneself myself".split())
FRENCH_CLITICS = frozenset("se s' nous vous me m' te t'".split())
FRENCH_BETWEEN = frozenset("ne n' y en le la les l' lui leur".split())  # "ne se gêne pas", "se les partagent"
MAX_BETWEEN = 2
NEAR = 0.2  # relative distance within which an unlinked French pronominal verb is taken as the English verb's source


def _natural(verb: str) -> bool:
    """An English verb that takes a reflexive object ("express themselves", "protect itself")."""
    low = verb.lower()
    forms = {low}
    for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                         ("ies", "y"), ("ied", "y")):
        if low.endswith(suffix):
            forms.add(low[: len(low) - len(suffix)] + repl)
    return bool(forms & _natural_verbs())


@functools.lru_cache(maxsize=1)
def _natural_verbs() -> frozenset[str]:
    return frozenset(data()["reflexive_verbs"])


def _french_verb(bead: Bead, p: int) -> int | None:
    """The French token English token p renders: its firm link, or else the nearest unlinked French word that
    follows a reflexive clitic at about the same place in the sentence ("se tiendra" / "be held")."""
    q = bead.to_fr.get(p)
    if q is not None:
        return q
    place = p / max(len(bead.en), 1)
    candidates = [(abs(k / max(len(bead.fr), 1) - place), k + 1) for k in range(len(bead.fr) - 1)
                  if bead.fr[k].low in FRENCH_CLITICS and k + 1 not in bead.to_en and bead.fr[k + 1].text.isalpha()]
    candidates = [c for c in candidates if c[0] <= NEAR]
    return min(candidates)[1] if candidates else None


def _clitic(bead: Bead, source: str, q: int) -> int | None:
    """The position of the reflexive clitic before French token q ("se tiendra", "ne se gêne"), if any."""
    k = q - 1
    while k >= 0 and q - k <= MAX_BETWEEN + 1:
        token = bead.fr[k]
        if not adjacent(source, token, bead.fr[k + 1]):
            return None
        if token.low in FRENCH_CLITICS:
            return k
        if token.low not in FRENCH_BETWEEN:
            return None
        k -= 1
    return None


def _hits(bead: Bead, text: str, source: str):
    for p in range(1, len(bead.en)):
        pronoun, verb = bead.en[p], bead.en[p - 1]
        if (pronoun.low not in REFLEXIVES or not adjacent(text, verb, pronoun) or not verb.text.isalpha()
                or verb.low in closed_class()):
            continue
        q = _french_verb(bead, p - 1)
        if q is None or _natural(verb.text):
            continue
        k = _clitic(bead, source, q)
        if k is None:
            continue
        source_span = (bead.fr[k].start, bead.fr[q].end)
        yield Hit(verb.start, pronoun.end,
                  f"'{text[verb.start:pronoun.end]}' renders the French pronominal verb "
                  f"'{source[slice(*source_span)]}' with a reflexive pronoun English does not use here.",
                  source_span=source_span)


check = check_with(_hits)


RULE = Rule(
    code="GRB023",
    name="french-pronominal-verb",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A French pronominal verb rendered with an English reflexive pronoun ('will be held itself', "
            "'attack themselves to').",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
With the source, reports an English verb followed by a reflexive pronoun (*itself*,
*themselves*, *ourselves*…) where the verb renders a French verb with a reflexive clitic before it
(*se*, *s'*, *nous*, *vous*, *me*, *te*, with *ne*, *y*, *en* or an object pronoun between):
*le concert se tiendra* → "the concert will be held itself", *ils s'attaqueraient à* → "they
would attack themselves to", *nous aider à payer* → "help ourselves to pay". Most French pronominal
verbs are plain verbs in English; verbs that do take a reflexive object in English ("express
themselves", "protect itself", "present himself as") are listed in `reflexive_verbs` in
`checker/data/mistranslation_words.yaml` and left alone. The verb must be linked to the French one
(`pair.words`).

## Why is this bad?
The reflexive pronoun is the French grammar showing through; it often changes the meaning ("attack
themselves" for *s'attaquer à*, to tackle) or points to the wrong person.

## Example
Source: `Le concert se tiendra le 20 novembre.`
Translation: `The concert will be held itself on 20 November.` → `will be held`.
""",
    examples=(
        Example("The concert will be [[held itself]] on 20 November.",
                source="Le concert se tiendra le 20 novembre."),
        Example("They said that they would [[attack themselves]] to the problem.",
                source="Ils ont dit qu'ils s'attaqueraient au problème."),
        Example("The city must raise the rents to [[help ourselves]] to pay.",
                source="La ville doit augmenter les loyers pour nous aider à payer."),
        Example("The prices [[increase themselves]] every year.",
                source="Les prix s'augmentent chaque année."),
        Example("One does not [[bother oneself]] with the rules.",
                source="On ne se gêne pas avec les règles."),
        Example("The concert will be held on 20 November.",
                source="Le concert se tiendra le 20 novembre."),
        Example("Voting is the best way to express yourself.",
                source="Voter est la meilleure façon de vous exprimer."),
        Example("The company must protect itself against hackers.",
                source="L'entreprise doit se protéger contre les pirates."),
        Example("He was reluctant to produce it himself.",
                source="Il hésitait à le produire lui-même."),
        Example("They said that they would tackle the problem.",
                source="Ils ont dit qu'ils s'attaqueraient au problème."),
    ),
)
