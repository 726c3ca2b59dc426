"""CAL002: French constructions rendered word for word ("in the frame of", "since several years")."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import load_lexicon
from .matching import find_matches, is_english, render, suggestion_for


def entries():
    return tuple(e for e in load_lexicon("calques") if e.data.get("kind") == "construction")


def message(match) -> tuple[str, str | None]:
    """The finding's message and suggestion, built from what was matched."""
    suggestion = suggestion_for(match)
    english = render(match, "english")
    advice = f"write {english}" if english else f"write '{suggestion}'"
    comment = render(match, "comment")
    return (f"'{match.text}' renders French '{render(match, 'french')}' word for word; {advice}."
            + (f" {comment}" if comment else "")), suggestion


def check(ctx):
    if not is_english(ctx):
        return
    for match in find_matches(ctx.doc.text, ctx.doc.blocks, entries()):
        text, suggestion = message(match)
        yield Hit(match.start, match.end, text, suggestion=suggestion, severity=match.entry.severity)


RULE = Rule(
    code="CAL002",
    name="construction-calque",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A French construction or idiom rendered word for word ('in the frame of', 'since several years').",
    check=check,
    doc="""\
## What it does
Finds French grammar and idioms carried word for word into English: prepositions ("in
the frame of" for *dans le cadre de*, "at the level of" for *au niveau de*, "depend of",
"participate to"), tenses ("since several years" for *depuis plusieurs années*), word order
("the two last years" for *les deux dernières années*), and idioms ("put the accent on"
for *mettre l'accent sur*, "it is question of", "at the moment where"). Each pattern, with
its French original and an English equivalent, is in `checker/data/calques.yaml` (kind
`construction`), with the idioms of the French press ("made the buzz" for *faire le buzz*,
"taken in charge" for *pris en charge*, "in full campaign" for *en pleine campagne*, "make the
point" followed by a time or "on" for *faire le point*, "placed under examination" for *mis en
examen*). Patterns British English or officialese also use ("take a decision",
"put in place", "within the framework of") are info.

## Why is this bad?
The sentence is understandable but reads as a translation, and some patterns ("since
several years", "a dozen of") are plain errors in English.

## Example
`The tax has not increased since 20 years.` → `The tax has not increased for 20 years.`
""",
    examples=(
        Example("The police arrested him [[in the frame of]] an investigation into fraud."),
        Example("The tax has not increased [[since 20 years]]."),
        Example("The minister wants to [[put the accent on]] training."),
        Example("The seats had a defect [[at the level of]] the tilt mechanism."),
        Example("[[It is question of]] a new tax on diesel."),
        Example("He found his body [[the day where]] he came back."),
        Example("The army made an incursion of [[a hundred of]] metres into the territory."),
        Example("Prices have doubled over [[the two last years]]."),
        Example("The outcome will [[depend of]] the vote."),
        Example("Donors pledged an [[envelope]] of 21 billion euros.", note="l'enveloppe: the budget"),
        Example("The African Union said the [[envelope]] remained far below the needs."),
        Example("An agreement [[torn]] at the last moment saved the summit."),
        Example("The child is allowed to [[take the decision]] himself.", note="info: British English says it"),
        Example("Measures were [[put in place]] to protect the pupils.", note="info"),
        Example("Results of the talks are expected in the coming hours."),
        Example("The mayor's office said the vote would take place on Sunday."),
        Example("She passed the exam at the second attempt."),
        Example("He made the point that the talks had stalled."),
        Example("A hundred of them were arrested, and a dozen of the leaders were charged."),
        Example("Prices have doubled over the last two years."),
        Example("The treaty was torn up by the new government, pushing the envelope of diplomacy."),
        Example("The water rose to the level of 2010."),
        Example("He has lived there since 2010 and has worked at the same firm for several years."),
        Example("Same-sex couples married on the same day."),
        Example("Il a été arrêté dans le cadre d'une enquête.", lang="fr"),
    ),
)
