"""GRB031: French 'dont' carried over: 'of whom' before its quantity, 'whose several' ('dont 10 000 en France')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import aligned_lower

_NUMBER = (r"(?:\d[\d,.]*(?:\s*(?:%|per\s*cent|percent))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds|thousands|dozens|a\s+dozen|half|a\s+third"
           r"|a\s+quarter|two[-\s]thirds|three[-\s]quarters)")
# what French puts right after 'dont': a quantity or a quantifier ('dont 10 000', 'dont certains', 'dont plusieurs')
_QUANTITY = (rf"(?:(?:nearly|almost|about|around|some|at\s+least|more\s+than|over|under|less\s+than|fewer\s+than)\s+"
             rf"{_NUMBER}|{_NUMBER}|some|several|certain|many|most|a\s+few|the\s+majority|a\s+majority|a\s+minority"
             rf"|the\s+(?:first|second|third|last|youngest|oldest|eldest))")
# ', of whom 10,000 in France', ', of whom some were only 3': English puts the quantity first ('10,000 of whom')
OF_WHOM = re.compile(rf",\s*(?P<span>of\s+(?:whom|which)\s+(?P<quantity>{_QUANTITY}))(?!\s+(?:of|whom|which)\b)"
                     r"(?=[\s,;.)])", re.I)
# a verb right after a number (', of which 10 involved cocaine') or a quantity with 'the', the subject of its own
# relative clause (', of which the majority work in France'), is English enough; a bare quantifier with a verb
# (', of whom some were') or a number without one (', of whom 10,000 in France') is not
_VERB_AFTER = re.compile(r"\s+(?:is|are|was|were|have|has|had|will|would|can|could|may|might|must|did|do|does"
                         r"|(?-i:[a-z]{3,}ed))\b", re.I)
# 'whose several children', 'whose some members': a quantifier after 'whose' is French 'dont plusieurs'
WHOSE = re.compile(r"\b(?P<span>whose\s+(?:several|some|certain|a\s+few))\s+(?-i:[a-z])", re.I)
ANCHORS = ("of whom", "of which", "whose")


def dont_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for each 'dont' carried over word for word."""
    lowered = aligned_lower(text)
    if lowered is not None and not any(anchor in lowered for anchor in ANCHORS):
        return []
    hits = []
    for match in OF_WHOM.finditer(text):
        quantity = match.group("quantity").lower()
        if quantity.startswith("the ") or re.match(_NUMBER, quantity.split()[-1], re.I) and \
                _VERB_AFTER.match(text, match.end()):
            continue
        hits.append((match.start("span"), match.end("span"),
                     "'of whom' before its quantity keeps the French 'dont' ('dont 10 000 en France', 'dont "
                     "certains'): English puts the quantity first ('10,000 of whom', 'some of whom'), or says "
                     "'including'."))
    for match in WHOSE.finditer(text):
        hits.append((match.start("span"), match.end("span"),
                     "'whose' with a quantifier keeps the French 'dont plusieurs': English says 'several of "
                     "whose …' or 'several of his …'."))
    return sorted(hits)


def check(ctx):
    if ctx.doc.lang != "en":
        return
    for start, end, message in dont_hits(ctx.doc.text):
        yield Hit(start, end, message)


RULE = Rule(
    code="GRB031",
    name="french-dont",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="French 'dont' word for word: ', of whom 10,000 in France', 'whose several children'.",
    check=check,
    doc="""\
## What it does
Finds the French relative *dont* carried over with its French order: 'of whom' or 'of which' after a
comma and before a quantity or a quantifier (", of whom 10,000 in France" for *dont 10 000 en France*,
", of whom some were only 3" for *dont certains n'avaient que 3 ans*), and 'whose' before a quantifier
("whose several children" for *dont plusieurs enfants*). The structure is read, not a phrase: any
number, any quantifier.

## Why is this bad?
English puts the quantity before 'of whom' ("10,000 of whom", "some of whom") or says "including";
the French order reads as a broken sentence.

## Example
`95,000 employees, of whom 10,000 in France` → `95,000 employees, including 10,000 in France`.
""",
    examples=(
        Example("The group has 95,000 employees, [[of whom 10,000]] in France."),
        Example("The remains of 215 children, [[of whom some]] were only 3 years old, were found."),
        Example("François Bayrou, [[whose several]] children were schooled there, denied it."),
        Example("He was sentenced to five years, [[of which two]] with suspension, for fraud."),
        Example("At least 50 people, [[of whom five]] children, were killed."),
        Example("The group has 95,000 employees, 10,000 of whom work in France."),
        Example("The remains of 215 children, some of whom were only 3, were found.", note="English order"),
        Example("The minister, of whom little was known, resigned.", note="no quantity after 'of whom'"),
        Example("The firm has 300 staff, of which the majority are engineers.",
                note="a quantity with 'the' is its clause's subject"),
        Example("Police made 173 seizures, of which 10 involved cocaine.", note="a number and its verb"),
        Example("The singer, whose many hits include Ne me quitte pas, died.", note="'whose many' is English"),
        Example("The couple, whose two children survived, thanked the rescuers.", note="a number after 'whose'"),
    ),
)
