"""UNT001: a whole sentence (or several) left in French in the English text."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

PASSAGE_WORDS = 16


def check(ctx):
    for found in ctx.get("target.untranslated").sentences:
        what = "quotation" if found.quoted else ("passage" if found.words >= PASSAGE_WORDS else "sentence")
        yield Hit(found.start, found.end,
                  f"This {what} is in French: translate it into English.",
                  severity=found.severity)


RULE = Rule(
    code="UNT001",
    name="untranslated-sentence",
    category=Category.UNTRANSLATED,
    severity=Severity.ERROR,
    summary="A sentence left in French in the English text.",
    check=check,
    requires=("target.untranslated",),
    doc="""\
## What it does
Finds sentences of the English text that are in French. A sentence counts as French when
at least half of its ordinary words (names aside) are French words and a language detector
(lingua, restricted to English and French) is at least 90% sure. Consecutive French
sentences of a paragraph are reported as one passage. A French stretch of eight words or
more is an error; a shorter one, or one inside quotation marks (a quotation may be cited in
French on purpose), a warning. French announced as such ("the motto", "known as") or
followed by a gloss in brackets is left alone, and so are titles and names.

## Why is this bad?
The sentence was not translated: the English reader loses its content, and the article
shows it went through a machine without review.

## Example
`The minister arrived on Monday. Il a annoncé une réforme des retraites pour l'automne.`
— translate the second sentence.
""",
    examples=(
        Example("The minister arrived on Monday. [[Il a annoncé une réforme des retraites pour l'automne prochain.]]"),
        Example("[[Le gouvernement a présenté mardi son projet de budget pour l'année prochaine.]]\n\n"
                "The opposition criticised it."),
        Example("The talks ended late. [[Les deux pays vont signer un accord.]]",
                note="a short sentence is a warning, not an error"),
        Example("[[La réunion a duré trois heures. Aucune décision n'a été prise.]] The ministers left."),
        Example("Critics were unconvinced. [[« Nous ne savons pas ce qui va se passer », a déclaré un élu.]]"),
        Example("The crowd waited outside.\n\n[[Fermé pour cause de travaux jusqu'à nouvel ordre. Merci de votre compréhension.]]"),
        Example("The vehicle lui-même was removed from the crash site around noon.",
                note="French words inside an English sentence are UNT002's"),
        Example("Les Misérables opened in Paris in 1980 and in London in 1985."),
        Example("The protesters chanted \"Macron démission\" outside the Élysée."),
        Example("The coup d'état was a fait accompli by the time the Assemblée nationale met."),
        Example("Its motto, « Liberté, égalité, fraternité », is carved on every town hall."),
        Example("He read Le Monde and Libération every morning at the café."),
        Example("Il a dit que le traité serait signé demain.", lang="fr",
                note="a French document is not checked for French"),
    ),
)
