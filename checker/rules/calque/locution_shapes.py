"""CAL006: a French locution's shape kept with any word in its slot ('entered into eruption', 'at their descent')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import aligned_lower
from .matching import is_english


class Shape:
    """One French locution's shape: the words one of which every match holds, its regex, the advice."""

    __slots__ = ("anchors", "regex", "message")

    def __init__(self, anchors: tuple[str, ...], regex: str, message: str):
        self.anchors, self.regex, self.message = anchors, re.compile(regex, re.I), message


# what English enters into: an agreement, a phase of business or law; French 'entrer en' + any state is not English
_ENGLISH_ENTRIES = (r"(?:force|effect|negotiations?|talks|agreements?|partnerships?|contracts?|discussions?|dialogue"
                    r"|administration|liquidation|receivership|evidence|service|politics|details?|conversations?"
                    r"|correspondence|marriage|alliances?|competition|debate|consultations?|arbitration|history"
                    r"|office|power|play|production|operation|a|an|the|his|her|their|its|our|this|that|these|those"
                    r"|some|any|one|two|three|several)")
# events of a person's or a thing's life that English introduces with 'on', French with 'à'
_EVENTS = (r"(?:arrival|departure|descent|exit|release|return|death|birth|election|appointment|wedding|landing"
           r"|disembarkation|discharge)")
# what French 'relancer' takes and English 'relaunch' does not (a product, a brand, a campaign)
_REVIVED = (r"(?:debate|debates|discussion|talks|negotiations|dialogue|controversy|polemic|question|issue|economy"
            r"|growth|investigation|inquiry|process|peace|tensions|fears|speculation|hopes|rivalry|diplomacy)")
SHAPES = (
    Shape(("enter", "enters", "entered", "entering"),
          rf"\b(?P<span>(?:enter|enters|entered|entering)\s+(?:into|in)\s+(?!{_ENGLISH_ENTRIES}\b)(?-i:[a-z]{{4,}}))\b"
          r"(?!\s+(?:of|with)\b)",
          "'Entered into' and a state is French 'entrer en' ('entrer en éruption', 'en résistance'): English "
          "has a verb ('erupted', 'began resisting') or 'went into'."),
    Shape(("fight", "struggle"),
          r"\b(?P<span>(?-i:[a-z]{4,})\s+of\s+(?:the\s+)?(?:fight|struggle)\s+against)\b",
          "A unit 'of the fight against' is French 'de lutte contre': English says 'anti-…' or '… unit' "
          "('the cybercrime unit', 'the anti-fraud office')."),
    Shape(("diplomacy", "justice"),
          r"\bthe\s+(?P<span>(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|ch|ic))\s+(?:diplomacy|justice))\b",
          "'The Russian diplomacy' names the ministry as French does ('la diplomatie russe', 'la justice "
          "française'): English says 'the Russian foreign ministry', 'the French courts'."),
    Shape(("arrival", "departure", "descent", "exit", "release", "return", "death", "birth", "election", "appointment",
           "wedding", "landing", "disembarkation", "discharge"),
          rf"\b(?P<span>[Aa]t\s+(?:his|her|their|its|my|our|your)\s+{_EVENTS})\b",
          "'At his arrival' is French 'à son arrivée': English says 'on his arrival' or 'when he arrived'."),
    Shape(("relaunch", "relaunched", "relaunches", "relaunching"),
          rf"\b(?P<span>(?:relaunch|relaunched|relaunches|relaunching)\s+(?:the\s+|a\s+|its\s+|their\s+)?{_REVIVED})\b",
          "'Relaunched the debate' is French 'relancer le débat': English relaunches a product; a debate is "
          "'revived' or 'reopened'."),
)
ANCHORS = tuple(sorted({anchor for shape in SHAPES for anchor in shape.anchors}))


def shape_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for each French locution shape in text; a shape is tried only where one of its
    anchors is in the text."""
    lowered = aligned_lower(text)
    hits = []
    for shape in SHAPES:
        if lowered is not None and not any(anchor in lowered for anchor in shape.anchors):
            continue
        hits += [(m.start("span"), m.end("span"), shape.message) for m in shape.regex.finditer(text)]
    return sorted(hits)


def check(ctx):
    if not is_english(ctx):
        return
    for start, end, message in shape_hits(ctx.doc.text):
        yield Hit(start, end, message)


RULE = Rule(
    code="CAL006",
    name="french-locution-shape",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A French locution's shape with any word in its slot: 'entered into eruption', 'at their descent'.",
    check=check,
    doc="""\
## What it does
Finds French locutions by their shape, whatever word fills their slot:
- 'entered into' or 'entered in' and a bare noun of state (*entrer en éruption, en résistance, en
  rébellion*), outside what English enters into ('into force', 'into talks', 'into administration');
- a noun 'of the fight against' (*la section de lutte contre la cybercriminalité*);
- 'the' and a nationality adjective before 'diplomacy' or 'justice', for the ministry or the courts (*la
  diplomatie russe*, *la justice française*);
- 'at' and a possessive before an event of a life or a journey (*à leur descente de l'avion*, *à son
  arrivée*);
- 'relaunched' and a debate, talks, an investigation (*relancer le débat*), where English relaunches products.

## Why is this bad?
Each word is English, the locution is French: the reader has to reconstruct it.

## Example
`The volcano entered into eruption on Saturday.` → `The volcano erupted on Saturday.`
""",
    examples=(
        Example("The Nyiragongo volcano [[entered into eruption]] on Saturday evening."),
        Example("No passenger presented symptoms [[at their descent]] from the plane."),
        Example("The inquiry was opened by the [[section of the fight against]] cybercrime."),
        Example("The spokeswoman of the [[Russian diplomacy]], Maria Zakharova, demanded an apology."),
        Example("The tragedy has [[relaunched the debate]] on abandoned wells."),
        Example("The treaty entered into force in 2020 and the firm entered into administration.",
                note="what English enters into"),
        Example("The fight against cybercrime is a priority; Russian diplomacy is active.", note="no article"),
        Example("On their arrival the passengers were tested; at the arrival hall they waited."),
        Example("The carmaker relaunched the Renault 5 and relaunched its website.", note="products"),
    ),
)
