"""GRB002: the French causative "faire + infinitive" rendered as "make + bare verb" ("make proceed to the evacuation")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import OBJECT_PRONOUNS, is_verb_lemma
from ...registry import Example, Rule
from ..lexicon import aligned_lower
from .literal_syntax import calque_spans

MAKE_VERB_RE = re.compile(
    r"(?<![\w-])(?P<make>make|makes|made|making)\s+(?P<verb>[a-z]+)(?=\s+(?P<next>[\w'’]+))", re.IGNORECASE)
# "make + bare word" collocations of English: idioms, adjectives and nouns that are also verbs.
COLLOCATIONS = frozenset("""
do believe sure way use sense room peace war love time money fun light haste headway amends contact
progress trouble work play mention reference note good ready clear known public merry history friends
space allowance allowances provision sport mischief noise landfall camp land port shift payment repairs
certain ends
""".split())
# Nouns that are also verbs: "make change in the world" is English, "making change the course" is not.
NOUN_VERBS = frozenset("""
change return report bid offer deal plan trade cut record claim call demand request test move stop turn
visit comment attempt effort effect sound impact
""".split())
DETERMINERS_BEFORE = frozenset("the a an its this that each every any which whose".split())
RELATIVES = frozenset("that which".split())
DETERMINERS_AFTER = frozenset("the a an his her its their our my your this these those".split())
# What follows the bare verb when it has its own object or particle ("make proceed to", "made go up").
FOLLOWERS = frozenset("""
the a an his her its their our my your this that these those everyone everybody people up down back out
off in to on away into at
""".split()) | OBJECT_PRONOUNS - {"you"}


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    lowered = aligned_lower(text)  # None where case-insensitive matching folds more than lower(): no shortcut
    for block in ctx.doc.blocks:
        if lowered is not None and lowered.find("mak", block.start, block.end) < 0 \
                and lowered.find("made", block.start, block.end) < 0:
            continue  # no form of "make" (a pattern that opens on a look-behind is tried at every character)
        calques = None
        for match in MAKE_VERB_RE.finditer(text, block.start, block.end):
            verb, nxt = match.group("verb").lower(), match.group("next")
            if verb in COLLOCATIONS or not is_verb_lemma(verb):
                continue
            if not (nxt.lower() in FOLLOWERS or nxt[0].isupper()):
                continue
            if verb in NOUN_VERBS and nxt.lower() not in DETERMINERS_AFTER:
                continue
            before = text[max(block.start, match.start() - 12):match.start()].split()
            if before and before[-1].lower() in DETERMINERS_BEFORE \
                    and not (before[-1].lower() in RELATIVES and match.group("make").lower() != "make"):
                continue  # "the make" is a brand; "that makes" is a relative clause's verb
            if calques is None:
                calques = calque_spans(text, block.start, block.end)
            if calques.ends_after(match.end("verb"), match.start()):
                continue  # "make face to" is the calque rules' to report
            yield Hit(match.start(), match.end("verb"),
                      f"'{match.group(0)}' renders the French causative 'faire + infinitive' word for word; "
                      f"English needs 'have/get someone {verb}', 'order' or a single verb.")


RULE = Rule(
    code="GRB002",
    name="causative-make",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="'make + bare verb' calqued on French 'faire + infinitive' ('make proceed to the evacuation').",
    check=check,
    doc="""\
## What it does
Finds *make / makes / made / making* directly followed by the base form of a verb that has its
own object or particle after it ("make proceed to the evacuation", "making change the course of
the war", "could make forget the wave of sales", "made go up the water"). English collocations
with a bare word after *make* ("make do", "make sure", "make way", "make use of", "make believe",
"make progress") and "make it happen" (the object comes first) are left alone. Verbs come
from `checker/data/fragment_verbs.yaml`.

## Why is this bad?
French *faire procéder à l'évacuation* means "order the evacuation"; the literal
"make proceed to" is ungrammatical and often hides who does what.

## Example
`The prefect decided to make proceed to the evacuation of the town.` →
`The prefect ordered the evacuation of the town.`
""",
    examples=(
        Example("The prefect decided to [[make proceed]] to the evacuation of the town."),
        Example("The army went on the offensive, [[making change]] the course of the war."),
        Example("The order could [[make forget]] the wave of sales of the 777X."),
        Example("They [[made go]] up the water aboard a helicopter."),
        Example("The president [[made build]] a new palace in the capital."),
        Example("It is him who is supposed to [[make judge]] Sisi, not the opposite."),
        Example("Make sure the doors are locked."),
        Example("We will make do with what we have and make way for the new team."),
        Example("They made use of the data and made it happen."),
        Example("The US-made weapons arrived; the make and model were not disclosed."),
        Example("They make believe that nothing happened."),
        Example("Several states are making progress on their side."),
        Example("We need to make change happen and make change in the world."),
        Example("Messi completes an attack that [[makes dream]] the supporters.", note="a relative clause's verb"),
        Example("It is a decision that makes sense; which make of car was it?"),
    ),
)
