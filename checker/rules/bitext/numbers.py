"""NUM001: a number, date, time or amount in the translation that differs from the aligned source."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule


def check(ctx):
    from ...compare.numbers import describe, render_like
    for diff in ctx.get("pair.numbers"):
        if diff.status != "changed":
            continue
        source, target = diff.source, diff.target
        said = describe(source)
        plain = f" ({said})" if said.lower() != source.text.lower() else ""
        yield Hit(target.start, target.end,
                  f"The translation says '{target.text}' where the source says '{source.text}'{plain}.",
                  suggestion=render_like(source, target), source_span=(source.start, source.end))


RULE = Rule(
    code="NUM001",
    name="number-mismatch",
    category=Category.NUMBER_MISMATCH,
    severity=Severity.ERROR,
    summary="A number, amount, date or time that differs from the one in the aligned source sentence.",
    check=check,
    requires=("pair.numbers",),
    doc="""\
## What it does
Reads the numbers of each aligned pair of sentences in both languages, normalised: decimal
commas ("3,5" is 3.5), spaces and thin spaces between thousands ("100 000"), scales
("3,5 milliards", "Md€" = billion), percentages and points, currencies before or after the
figure, ordinals ("1er", "XIVe"), numbers in words ("neuf mois", "une dizaine", "a dozen",
"two-thirds"), dates ("18 juin" = "June 18"), times ("18h30" = "6:30 p.m."), decades
("années 70" = "1970s"). A figure whose English value differs from its French counterpart is
reported on the English, with the French span beside it. Equal values written differently
are never reported, nor is "un rapport" → "a report"; approximate words ("une dizaine",
"about ten") allow a little latitude. A figure present on one side only is not this rule's
business (see the omission and addition rules).

## Why is this bad?
A changed figure is a factual error that reads perfectly well: nothing in the English gives
it away. Machine translation swaps digits, drops a scale ("3,5 milliards" → "3.5 million"),
or moves a date by a day; each changes the news.

## Example
Source: `La dette atteint 3,5 milliards d'euros.`
`The debt reaches €3.5 million.` → `The debt reaches €3.5 billion.`
""",
    examples=(
        Example("The debt reaches [[€3.5 million]].", source="La dette atteint 3,5 milliards d'euros."),
        Example("After [[six]] days of defeats, Bush announced his plan.",
                source="Après sept jours de défaites, Bush a fait part de son projet."),
        Example("No less than [[66%]] of the water comes from the Amazon.",
                source="Pas moins de 20 % de l'eau provient de l'Amazone."),
        Example("The concert took place on [[August 15]].", source="Le concert a eu lieu le 5 août dernier."),
        Example("The report was presented at [[10:00]] GMT.", source="Le rapport a été présenté à 12 h GMT."),
        Example("The fire was put out at [[11:45 pm]].", source="Le feu a été maîtrisé à 23 h 35."),
        Example("During the [[1960s]] he worked on shows such as Taxi.",
                source="Pendant les années 1980, il a travaillé sur des spectacles tels que Taxi."),
        Example("Nearly [[25,000]] houses were destroyed.", source="Près de 20 000 maisons ont été détruites."),
        Example("Gothic style peaked between the 10th–11th century and the [[15th]] century.",
                source="Le style gothique a connu son apogée entre le Xe–XIe siècle et le XIVe siècle."),
        Example("Athletico Kolkata won [[17]]-0 against Mumbai.",
                source="L'Athletico de Kolkata s'est imposé 3-0 contre Mumbai."),
        # traps: equal values written differently
        Example("The debt reaches 3.5 billion euros, and 100,000 jobs are at stake.",
                source="La dette atteint 3,5 milliards d'euros, et 100 000 emplois sont en jeu.",
                note="decimal comma, space as thousands separator"),
        Example("Nine months later, twenty-three people and 2 officers were charged.",
                source="Neuf mois plus tard, 23 personnes et deux policiers ont été inculpés.",
                note="words and digits"),
        Example("About ten mayors met on June 18 at 6:30 p.m.",
                source="Une dizaine de maires se sont réunis le 18 juin à 18h30.",
                note="approximate word, date and time"),
        Example("A report published in 2008 found a quarter of firms pay less than 5 per cent.",
                source="Un rapport publié en 2008 montre qu'un quart des entreprises paient moins de 5 %.",
                note="'un' is an article; 'un quart' a fraction"),
        Example("One of them said the Prime Minister arrived first.",
                source="L'un d'eux a dit que le premier ministre était arrivé le premier.",
                note="'premier ministre' is no ordinal"),
        Example("In the 1970s and 80s, New Faces launched most stars, at €10 a ticket.",
                source="Dans les années 70 et 80, New Faces a lancé la plupart des stars, à 10 € le billet."),
        Example("The vehicle was removed around 1200 GMT on Tuesday 15 October.",
                source="Le véhicule a été enlevé vers 12 h 00 GMT le mardi 15 octobre."),
        Example("The talks resume on Monday.", source="Les négociations reprennent lundi.",
                note="no number at all"),
    ),
)
