"""GRB014: a reflexive, 'there', 'alone' or a measure between a verb and its object ('organised himself the')."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Severity
from ...registry import Example, Rule

# French puts 'lui-même', 'y' and 'seul' right after the verb; English after the object ('organised the system
# himself', 'put the seismometer there', 'share the prize alone')
WEDGES = ("himself", "herself", "themselves", "itself", "ourselves", "myself", "there", "alone")
# verbs English builds with a reflexive indirect object ('bought himself a car', 'found themselves the target')
DOUBLE_OBJECT = frozenset("""
buy buys bought buying give gives gave given giving make makes made making get gets got gotten getting find finds
found finding call calls called calling consider considers considered considering declare declares declared
declaring prove proves proved proven proving show shows showed shown showing allow allows allowed allowing grant
grants granted granting award awards awarded awarding earn earns earned earning save saves saved saving set sets
setting treat treats treated treating pour pours poured pouring cook cooks cooked cooking build builds built
building book books booked booking fix fixes fixed fixing keep keeps kept keeping reserve reserves reserved
reserving promise promises promised promising offer offers offered offering deny denies denied denying spare
spares spared sparing owe owes owed owing style styles styled styling name names named naming see sees saw seen
seeing imagine imagines imagined imagining ask asks asked asking tell tells told telling teach teaches taught
""".split())
# words before the wedge that are not a transitive verb: auxiliaries, copulas, prepositions, motion verbs
NOT_VERB = frozenset("""
is are was were be been being am has have had do does did will would can could shall should may might must not
and or but of to in on at by for from with into onto as than that which who whom whose what where when if
go goes went gone going come comes came coming arrive arrives arrived arriving live lives lived living stay stays
stayed staying stand stands stood remain remains remained sit sits sat work works worked working die dies died
get got be it he she they we you i there here over up down out back off away
""".split())
# what may follow 'there' as a time or an amount, not an object ('arrived there the next day')
_NOT_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|every\s+|each\s+|all\s+)?(?:next|following|same"
                         r"|previous|day|days|night|week|weeks|month|months|year|years|morning|evening|afternoon"
                         r"|summer|winter|rest|whole|entire|time|times|moment|while|first|last|other)\b", re.I)
_WEDGE = re.compile(r"\b(?P<verb>(?-i:[a-z]{3,}))\s+(?P<wedge>himself|herself|themselves|itself|ourselves|myself"
                    r"|there|alone)\s+(?=(?:the|a|an|his|her|their|its|our|some|several|these|those|this|that)\s+"
                    r"[A-Za-z])", re.I)
_COPULA = re.compile(r"\b(?:is|are|was|were|be)\s+$", re.I)
# a word the lexicon does not know is a verb after 'to', a modal, a plural subject pronoun or a coordinator
# ('… or procure themselves the old formula')
_INFINITIVE = re.compile(r"\b(?:to|will|would|can|could|must|should|may|might|they|we|you|not|or|and)\s+$", re.I)
# a measure of change French puts before the object ('réduire d'au moins 40 % les émissions')
_MEASURE = re.compile(r"\b(?P<span>(?:reduc|cut|increas|rais|lower|doubl|tripl|divid|multipl)[a-z]{0,5}\s+by\s+"
                      r"(?:(?:at\s+least|nearly|almost|about|more\s+than|up\s+to|some|around)\s+)?(?:\d[\d.,]*\s?"
                      r"(?:%|per\s?cent|percent)|half|a\s+third|a\s+quarter|two|three|four|ten))\s+(?:the|its|their|his"
                      r"|her|our)\s+(?!(?:next|following|same|previous|year|month|week|day)\b)", re.I)
MEASURE_MESSAGE = ("A measure between the verb and its object ('reduce by 40% the emissions') keeps the French order; "
                   "English puts it after the object ('reduce the emissions by 40%').")
MESSAGE = ("'{wedge}' between the verb and its object keeps the French order ('{french}'); English puts it after "
           "the object ('{verb} the … {wedge}').")
FRENCH = {"there": "y déposer le", "alone": "partagent seules le"}


@functools.lru_cache(maxsize=1)
def _verbs():
    from ...lang.clauses import could_be_verb
    return could_be_verb


def wedge_hits(text: str) -> list[tuple[int, int, str]]:
    from ..lexicon import text_words

    from ..lexicon import anchored_matches

    lowered, words = text_words(text)
    hits = []
    if "by" in words:
        hits.extend((*m.span("span"), MEASURE_MESSAGE)
                    for m in anchored_matches(text, lowered, ("by",), _MEASURE, 16, 60))
    anchors = words.intersection(WEDGES)
    if not anchors:
        return hits
    could_be_verb = _verbs()
    for match in anchored_matches(text, lowered, anchors, _WEDGE, 40, 60):
        verb, wedge = match.group("verb").lower(), match.group("wedge").lower()
        if verb in NOT_VERB or verb in DOUBLE_OBJECT or verb.endswith("ly"):
            continue
        if not could_be_verb(verb) and not _INFINITIVE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if wedge in ("there", "alone") and _NOT_OBJECT.match(text, match.end("wedge")):
            continue  # 'lived there the rest of her life', 'arrived there the next day'
        if wedge == "there" and _COPULA.search(text, max(0, match.start() - 6), match.start()):
            continue
        french = FRENCH.get(wedge, "organisé lui-même le")
        hits.append((match.start(), match.end("wedge"), MESSAGE.format(wedge=wedge, french=french, verb=verb)))
    return hits


def check(ctx):
    if ctx.doc.lang != "en":
        return
    hits = wedge_hits(ctx.doc.text)
    if hits:
        from .deferral import deferred_hits
        yield from deferred_hits(ctx, hits)


RULE = Rule(
    code="GRB014",
    name="reflexive-wedge",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A reflexive, 'there' or 'alone' between a verb and its object ('organised himself the system', "
            "'deposit there the device').",
    check=check,
    doc="""\
## What it does
Reports an emphatic reflexive ('himself', 'themselves'), 'there' or 'alone' put between a transitive
verb and its object, where French puts *lui-même*, *y* and *seul*: "he had organised himself the
system" (*il avait organisé lui-même le système*), "then deposit there the seismometer" (*puis y
déposer le sismomètre*), "two women share alone the prize"; and a measure of change put there
("reduce by at least 40% the emissions", *réduire d'au moins 40 % les émissions*). Verbs English
builds with a reflexive indirect object ('bought himself a car', 'gave themselves a week', 'found
themselves the target'),
auxiliaries and motion or stay verbs ('arrived there the next day', 'lived there the rest of her
life') and 'is there a' are left alone.

## Why is this bad?
English keeps the object next to its verb; the wedge reads as a double object ('organised himself')
or as a place ('deposit there') and the reader has to reorder the sentence.

## Example
`The director had written himself the letter.` → `The director had written the letter himself.`
""",
    examples=(
        Example("The mayor had [[negotiated himself]] the contract with the builder."),
        Example("The technicians must first [[install there]] the sensors before the winter."),
        Example("They [[procure themselves]] the seeds in Spain."),
        Example("Three women [[share alone]] the prize this year."),
        Example("The magistrates [[signed themselves]] the order to release him."),
        Example("The robot will [[drill there]] a hole of five metres."),
        Example("The plan aims to [[reduce by at least 40%]] the emissions of the country."),
        Example("The company [[cut by half]] its workforce in two years."),
        Example("The company cut its workforce by half in two years."),
        Example("Sales increased by 5% the following year."),
        Example("He bought himself a new car after the trial."),
        Example("The mayor gave himself a week to decide."),
        Example("They found themselves the target of criticism."),
        Example("He arrived there the next day with his lawyer."),
        Example("She lived there the rest of her life."),
        Example("Is there a solution to the crisis?"),
        Example("The director wrote the letter himself."),
    ),
)
