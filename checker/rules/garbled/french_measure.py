"""GRB034: a measure built the French way ('progressed of 15 km', 'ruined at 90%', 'situated at 15 km from')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
           r"|fifty|a\s+hundred|a\s+dozen|a\s+few|several|some|half|a\s+third|a\s+quarter|a\s+score)")
_ABOUT = r"(?:(?:about|around|nearly|almost|some|more\s+than|over|close\s+to|roughly|approximately)\s+)?"
_UNIT = (r"(?:%|\s*per\s*cent|\s*percent|\s*(?:km|kilometres|kilometers|metres|meters|miles|points?|euros|dollars"
         r"|degrees|places|seats|cm|centimetres|kg|tonnes))")
# verbs of change; English gives the amount with 'by' ('rose by 3%'), French with 'de' ('a progressé de 15 km')
CHANGE_VERBS = ("increased", "increases", "increasing", "rose", "risen", "rises", "rising", "grew", "grown", "grows",
                "growing", "fell", "fallen", "falls", "falling", "dropped", "drops", "dropping", "declined", "declines",
                "progressed", "progresses", "progressing", "advanced", "advances", "advancing", "climbed", "climbs",
                "climbing", "jumped", "jumps", "gained", "gains", "gaining", "lost", "loses", "losing", "decreased",
                "decreases", "retreated", "retreats", "shrank", "shrunk", "shrinks")
CHANGE_OF = re.compile(rf"\b(?P<span>(?:{'|'.join(CHANGE_VERBS)})\s+of\s+{_ABOUT}{_NUMBER}{_UNIT})\b", re.I)
# participles English gives a share with ('valued at 90%', 'estimated at 40%'): not the French 'détruite à 90 %'
_VALUING = (r"(?:valued|estimated|set|capped|fixed|pegged|kept|held|priced|rated|measured|put|stood|peaked|taxed"
            r"|charged|sold|bought|assessed|calculated|forecast|projected|targeted|pitched|placed|ranked|traded|closed"
            r"|opened|ended|finished|limited|maintained|frozen|stabilised|stabilized|quoted|polled|running)")
SHARE_AT = re.compile(rf"\b(?:is|are|was|were|been|be)\s+(?:now\s+|already\s+|still\s+)?(?P<span>(?!{_VALUING}\b)"
                      r"(?-i:[a-z]{3,}(?:ed|en|wn))\s+at\s+" + _ABOUT + r"\d[\d,.]*\s*(?:%|per\s*cent|percent))",
                      re.I)
DISTANCE_UNITS = ("km", "kilometres", "kilometers", "metres", "meters", "miles")
# 'situated at fifteen kilometres from there': English gives a distance without 'at' ('15 km from')
AT_DISTANCE = re.compile(rf"\b(?P<span>at\s+{_ABOUT}{_NUMBER}\s*(?:{'|'.join(DISTANCE_UNITS)})\s+(?:from|off|of"
                         r"|(?:north|south|east|west)\s+of))\b", re.I)
_SHARE = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.I)


def measure_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for each measure built the French way, each regex tried only around its anchors."""
    from ..lexicon import anchored_matches, text_words

    lowered, words = text_words(text)
    hits = [(m.start("span"), m.end("span"),
             "A change 'of' an amount is the French 'de' ('a progressé de 15 km'): English says 'by' "
             "('advanced by 15 km').")
            for m in anchored_matches(text, lowered, [w for w in CHANGE_VERBS if w in words], CHANGE_OF, 0, 60)]
    hits += [(m.start("span"), m.end("span"),
              "A participle 'at' a share is the French 'à' ('détruite à 90 %'): English says '90% destroyed'.")
             for share in _SHARE.finditer(text)
             for m in SHARE_AT.finditer(text, max(0, share.start() - 60), share.end()) if m.end() == share.end()]
    hits += [(m.start("span"), m.end("span"),
              "'At' before a distance is the French 'à 15 km de': English says '15 km from' or 'some 20 km off'.")
             for m in anchored_matches(text, lowered, [w for w in DISTANCE_UNITS if w in words], AT_DISTANCE, 40,
                                       30)]
    return sorted(set(hits))


def check(ctx):
    if ctx.doc.lang != "en":
        return
    for start, end, message in measure_hits(ctx.doc.text):
        yield Hit(start, end, message)


RULE = Rule(
    code="GRB034",
    name="french-measure",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A measure built the French way: 'progressed of 15 km', 'ruined at 90%', 'situated at 15 km from'.",
    check=check,
    doc="""\
## What it does
Finds amounts, shares and distances built with the French prepositions, whatever the verb and the number:
- a verb of change with 'of' and an amount (*a progressé de 15 km*, *a augmenté de 3 %*): "progressed of
  about fifteen kilometres", "has risen of several metres";
- a participle after 'is' with 'at' and a share (*détruite à 90 %*): "is ruined at 90%" (participles
  English gives a share with, 'valued at', 'estimated at', 'capped at', are left alone);
- 'at' before a distance and 'from', 'off' or 'of' (*à 15 km de*): "situated at fifteen kilometres from
  there", "at about twenty kilometres off Barfleur".

## Why is this bad?
English says 'by 15 km', '90% destroyed', '15 km from': the French preposition makes the sentence read as
broken.

## Example
`The city is ruined at 90%.` → `The city is 90% destroyed.`
""",
    examples=(
        Example("Russian troops [[progressed of about fifteen kilometres]] in the region."),
        Example("In a few hours, the river has [[risen of several metres]]."),
        Example("Mariupol is [[ruined at 90%]], according to its mayor."),
        Example("The nuclear plant, situated [[at fifteen kilometres from]] there, was shut down."),
        Example("The trawlers were dredging [[at about twenty kilometres off]] Barfleur."),
        Example("Prices rose by 3% and the index fell 2 points.", note="English amounts"),
        Example("The company is valued at 90% of its assets; inflation is estimated at 4%."),
        Example("A rise of 5% is expected; the loss of 20 seats hurt the party.", note="nouns of change"),
        Example("The plant is 15 km from the town and 20 km off the coast.", note="English distances"),
        Example("The car was travelling at 90 km an hour.", note="a speed"),
    ),
)
