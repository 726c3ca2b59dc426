"""NEG001: a negation added or lost between an aligned source sentence and its translation."""
from __future__ import annotations

import re

from ...align.sentences import bead_index
from ...findings import Category, Hit, Severity, shorten
from ...registry import Example, Rule


LITERAL = 0.65  # share of each side's content words linked: below it, a rewrite where polarity may move


def _literal_enough(pairs, links, span: tuple[int, int]) -> bool:
    """Whether the sentence pair holding `span` is translated closely enough to compare polarity.

    A free rendering says a negation another way ("n'a pas de place" → "is full"); a word-for-word
    one that gains or loses a negation has changed the claim.
    """
    index = bead_index(pairs, span[0])
    link = None if index is None else links[index]
    return link is None or min(link.coverage("source"), link.coverage("target")) >= LITERAL


IMPLICIT_NEGATIVE = re.compile(
    r"\b(?:refus\w*|fail\w*|lack\w*|avoid\w*|prevent\w*|den(?:y|ies|ied)|unable|impossible|hardly|barely|"
    r"ceas\w*|stop(?:s|ped)?|unless|absent|absence|missing|neither|nor|"
    r"un(?!der|i[tov]|less|til)[a-z]{4,}|non-[a-z]+|(?:in|im|il|ir)(?:possib|capab|adequa|sufficien|valid|legal|"
    r"accessib|ability|correct|complete|relevan|responsib|regular|mobile|patien)\w*|[a-z]{3,}less)\b",
    re.IGNORECASE)


def _says_it_otherwise(text: str, pairs, span: tuple[int, int]) -> bool:
    """Whether the English sentence expresses negation by other means ("refused", "unable", "ageless").

    A translation may render "n'a pas accepté" as "refused" or "n'a pas d'âge" as "is ageless": the
    negation is there, in the word.
    """
    index = bead_index(pairs, span[0])
    if index is None:
        return False
    return IMPLICIT_NEGATIVE.search(text, *pairs[index].target_span) is not None


def check(ctx):
    source_text = ctx.source.text
    pairs, links = ctx.get("pair.sentences"), ctx.get("pair.words")
    left_in_french = [(f.start, f.end) for f in ctx.get("target.untranslated").sentences]
    for diff in ctx.get("pair.negation"):
        if not _literal_enough(pairs, links, diff.target_span):
            continue
        if any(start <= diff.target_span[0] < end for start, end in left_in_french):
            continue  # a sentence left in French: the untranslated rule reports it
        if diff.kind == "removed" and _says_it_otherwise(ctx.doc.text, pairs, diff.target_span):
            continue
        if diff.kind == "added":
            french = shorten(source_text[diff.source_span[0]:diff.source_span[1]], 58)
            message = (f"The translation negates this ('{diff.marker.text}') where the source is affirmative "
                       f"('{french}').")
        else:
            message = (f"The source negates this ('{diff.marker.text}') but the translation is affirmative "
                       f"({diff.source_count} negation{'s' if diff.source_count != 1 else ''} in the source, "
                       f"{diff.target_count} in the translation).")
        yield Hit(diff.target_span[0], diff.target_span[1], message, source_span=diff.source_span)


RULE = Rule(
    code="NEG001",
    name="negation-flipped",
    category=Category.NEGATION,
    severity=Severity.ERROR,
    summary="A negation added or lost between the aligned source sentence and the translation.",
    check=check,
    requires=("pair.negation", "pair.sentences", "pair.words", "target.untranslated"),
    doc="""\
## What it does
Counts the negated clauses of each pair of aligned sentences in both languages and reports the
difference. French: "ne" with its second element (pas, plus, jamais, rien, aucun, guère,
personne, nulle part, ni; "n'" elided; "Personne n'est venu"), and "sans", "non", "ni … ni",
"pas de" without "ne". English: not, n't, cannot, never, no, none, nobody, nothing, nowhere,
neither/nor, without, "fail to". One clause counts once ("ne … jamais rien", "neither … nor").

Not negations: "ne … que" and "ne … plus que" (only), the expletive "ne" ("avant qu'il ne
parte", "à moins que … ne", "je crains qu'il ne vienne"), "ne cesse de" (keeps on), a double
negation ("pas sans", "not without", "pas impossible", "not unlike"), and idioms ("sans
doute", "plus que jamais", "pas moins de", "no doubt", "no less than", "non-croyants").

A negation may be said without a negator, and a negator may say something else: words that
carry "not" in themselves ("privés d'électricité" = "without power", "a manqué" = "failed",
"ignorer" = "did not know", "refused", "ageless", "non-"), idioms ("sans compter" = "not
counting", "voici peu" = "not long ago"), litotes and an elliptical "sometimes not" are weak
markers: never missed themselves, they answer a negation of the other language near the same
place. A surplus in one sentence pair that the neighbouring pair makes up the other way is the
alignment's (a French sentence the English split in three), and one English negation
coordinated with "or" may carry two French ones ("ne doit pas appeler … et ne pas aller" =
"not allowed to call … or to go").

A negation present only in English is reported on the English negator, with the French
sentence as the source span; one present only in French is reported on the English verb
where it is missing, with the French negation as the source span. Counting per sentence
finds a negation flipped in one clause when another clause is negative on both sides.

## Why is this bad?
A lost or added "not" reverses the claim and still reads fluently. Machine translation drops
the second half of "ne … pas" in long sentences, reads "ne … que" as a negation, and turns
"sans" into "with".

## Example
Source: `Le véhicule a été enlevé du lieu de l'accident.`
`The vehicle was not removed from the crash site.` → `The vehicle was removed from the crash site.`
""",
    examples=(
        Example("The vehicle itself was [[not]] removed from the crash site.",
                source="Le véhicule lui-même a été enlevé du lieu de l'accident."),
        Example("The minister [[has said]] that the reform will go ahead.",
                source="Le ministre n'a pas dit que la réforme irait de l'avant."),
        Example("You [[can't]] seek advice from other governments, but their advice is tailored to their citizens.",
                source="Vous pouvez avoir recours aux conseils d'autres gouvernements, mais leurs conseils sont "
                       "adaptés à leurs citoyens."),
        Example("He did not come, and he [[didn't]] call.",
                source="Il n'est pas venu, et il a appelé.", note="one clause of two flipped"),
        Example("Minority cultures often disappear without leaving traces and [[are recognised]] as civilisations.",
                source="Les cultures minoritaires disparaissent souvent sans laisser de traces et ne sont pas "
                       "reconnues comme des civilisations."),
        Example("He [[never]] eats meat.", source="Il ne mange que de la viande.", note="'ne … que' is 'only'"),
        Example("He only eats vegetables.", source="Il ne mange que des légumes."),
        Example("We must act before he leaves.", source="Il faut agir avant qu'il ne parte.",
                note="expletive 'ne'"),
        Example("He has never said anything.", source="Il n'a jamais rien dit.", note="one negated clause"),
        Example("It is not impossible that he will come.", source="Il n'est pas impossible qu'il vienne."),
        Example("It is possible that he will come.", source="Il n'est pas exclu qu'il vienne.",
                note="a double negation said positively"),
        Example("No less than 20% of the water comes from the Amazon.",
                source="Pas moins de 20 % de l'eau provient de l'Amazone."),
        Example("He left without a word.", source="Il est parti sans un mot."),
        Example("Nobody came, and the meeting was not held.",
                source="Personne n'est venu, et la réunion n'a pas eu lieu."),
        Example("Many traditions were adopted by non-believers.",
                source="De nombreuses traditions ont été adoptées par des non-croyants."),
        Example("Close to 50,000 homes were left without power on Friday.",
                source="Près de 50 000 foyers sont privés d'électricité vendredi.",
                note="a negation said by a word: 'privés de'"),
        Example("We cannot let this happen without an acceptable plan for the patients.",
                source="Nous ne pouvons pas l'admettre sans un plan acceptable pour les patients.",
                note="'pas ... sans' with a verb between is no litotes"),
        Example("Not content with spending the money, she is continuing her efforts.",
                source="Non content de dépenser l'argent, elle continue ses opérations."),
        Example("He is not allowed to contact minors or to access the Internet.",
                source="Il ne doit pas communiquer avec des mineurs et ne pas accéder à Internet.",
                note="one English negation over a coordination"),
    ),
)

RULES = (RULE,)
