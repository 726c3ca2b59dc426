"""CAL004: a productive French pattern carried word for word (a role 'of the nuclear', a light verb and its noun)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .matching import WordIndex, is_english

# roles French press periphrases give a person or a body ("le gendarme du nucléaire", "le pape de la
# gastronomie", "le patron de la diplomatie")
ROLE_WORDS = ("gendarme", "policeman", "sheriff", "watchdog", "guardian", "tenant", "master", "boss", "patron", "pope",
              "king", "queen", "tsar", "czar", "number", "strong", "strongman", "giant", "heavyweight", "mister",
              "monsieur", "madame",
              "godfather", "doyen", "high priest", "emperor", "baron", "sultan", "magician", "wizard", "lady",
              "gentleman", "guru", "pontiff", "prince")
_ROLE = (r"(?:gendarme|policeman|sheriff|watchdog|guardian|tenant|master|boss|patron|pope|king|queen|tsar|czar"
         r"|number one|number two|strongman|strong man|giant|heavyweight|mister|monsieur|madame|godfather|doyen"
         r"|high priest|emperor|baron|sultan|magician|wizard|lady|gentleman|guru|pontiff|prince|princess)")
# nouns English makes of adjectives ("the military", "the public", "the final"): not a French substantivised adjective
_ENGLISH_NOUNS = (r"(?:musical|rival|final|arrival|festival|capital|hospital|tribunal|journal|signal|animal|general"
                  r"|principal|terminal|individual|criminal|official|professional|memorial|manual|ritual|canal|metal"
                  r"|medal|pedal|portal|rental|trial|dial|[a-z]*eal|classic|clinic|republic|public|traffic|music|panic"
                  r"|topic|logic|magic|mosaic|critic|epic|fabric|tactic|cleric|comic|mechanic|seminar|calendar|cellar"
                  r"|collar|dollar|pillar|scholar|sugar|radar|grammar|registrar|vicar|bazaar|archive|detective"
                  r"|executive"
                  r"|representative|initiative|relative|objective|collective|incentive|alternative|native|captive"
                  r"|motive|offensive|olive|secretary|library|boundary|anniversary|dictionary|commentary|diary|salary"
                  r"|summary|military|primary|sanctuary|judiciary|constabulary|emissary|adversary|missionary"
                  r"|dignitary|luminary|visionary|mercenary|beneficiary|centenary|itinerary|cemetery)")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One productive pattern: the words it needs, the regex (group `span` reported), the advice."""

    needs: tuple[str, ...]  # words one of which every match holds: only the lines holding one are scanned
    regex: str
    french: str
    english: str


PATTERNS = (
    Pattern(ROLE_WORDS, rf"\bthe\s+(?P<span>(?:[\w-]+\s+)?{_ROLE}\s+of\s+the\s+(?!{_ENGLISH_NOUNS}\b)"
                      r"(?-i:[a-z]{3,}(?:al|ic|ar|ive|ary|ile)))(?=\s*(?:[,.;:!?)]|$)|\s+(?:is|was|has|had|will|would"
                      r"|said|says|announced|warned|in|on|at|for|with|and|or|who|which|itself|himself|herself)\b)",
            "le gendarme du nucléaire, le pape de la gastronomie …",
            "the body or the person by name ('the nuclear watchdog', 'the top chef'): a role 'of the' "
            "adjective is a French press periphrasis"),
    Pattern(("excuses",), r"\b(?P<span>(?:present|presents|presented|presenting)\s+(?:his|her|its|their|our|my|your)"
                       r"\s+excuses)\b",
            "présenter ses excuses", "'apologised'"),
    Pattern(("death",), r"\b(?P<span>(?:found|find|finds|finding)\s+(?:the\s+)?death)\b(?!\s+(?:notice|penalty"
                        r"|certificate|toll|of"
                     r"|sentence|warrant|threats?|row|squad|mask|rate|camp|knell|metal|star)\b)",
            "trouver la mort", "'was killed' or 'died'"),
    Pattern(("appeal", "proof", "state", "face", "front", "effect", "unanimity"), r"\b(?P<span>(?:make|makes|made"
            r"|making)\s+(?:appeal\b|proof\s+of|state\s+of|face\s+to|front\s+against"
                    r"|the\s+effect\s+of|the\s+unanimity|the\s+object\s+of))",
            "faire appel, faire preuve de, faire état de, faire face à, faire l'effet de, faire l'unanimité …",
            "the English verb ('appeal', 'show', 'mention', 'face', 'come as', 'win everyone over', 'be the "
            "subject of'): French builds these with 'faire' and a noun"),
    Pattern(("functions",), r"\b(?P<span>(?:(?:removed|relieved|dismissed|suspended|discharged|ousted|stripped"
                            r"|released)"
                         r"\s+(?:from|of)|(?:took up|take up|takes up|taking up|assumed|assume|assumes|exercised"
                         r"|exercise|exercises|exercising|ceased|cease|resumed|resume))\s+(?:his|her"
                         r"|their)\s+functions)\b",
                 "ses fonctions", "'duties' or 'post' ('relieved of his duties', 'took up his post')"),
    Pattern(("date", "plan", "order", "level", "scale", "ampleur", "minute", "generation", "right"),
            r"\b[\w-]+\s+(?P<span>of\s+(?:long\s+date|first\s+plan|first\s+order|high\s+level|great\s+scale"
                   r"|great\s+ampleur|big\s+scale|last\s+minute|last\s+generation|full\s+right))\b",
            "de longue date, de premier plan, de haut niveau, de grande ampleur, de dernière minute …",
            "the English compound before the noun ('long-standing', 'leading', 'high-level', 'large-scale', "
            "'last-minute', 'latest-generation')"),
    Pattern(("news",), r"\b(?P<span>news\s+(?:fell|falls|has\s+fallen|had\s+fallen))\b",
            "la nouvelle est tombée", "'the news broke'"),
    Pattern(("choice",), r"\b(?P<span>(?:carried|carry|carries|carrying|bore|bear|bears|brought|bring|brings)\s+"
                      r"(?:his|her|their|its|our)\s+choice\s+on)\b",
            "porter son choix sur", "'chose'"),
    Pattern(("jacket", "coat", "vest"), r"\b(?P<span>(?:turned|turn|turns|turning)\s+(?:his|her|their"
                                        r"|its)\s+(?:jacket|coat|vest))\b"
                      r"(?!\s+(?:collar|collars|sleeves?|pockets?|inside|upside|over|around|round))",
            "retourner sa veste", "'switched sides' or 'changed sides'"),
    Pattern(("overflow",), r"\b(?P<span>(?:made|make|makes|making)\s+the\s+(?:cup|vase|glass|pot)\s+overflow)\b",
            "faire déborder le vase", "'was the last straw'"),
    Pattern(("herb",), r"\b(?-i:[a-z]+)s?\s+(?P<span>in\s+herb)\b",
            "en herbe", "'budding' or 'young'"),
    Pattern(("bench",), r"\b(?P<span>(?:the\s+)?bench\s+of\s+the\s+(?:accused|defendants|defence|prosecution))\b",
            "le banc des accusés", "'the dock'"),
)


@functools.lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[tuple[str, ...], re.Pattern, Pattern], ...]:
    return tuple((p.needs, re.compile(p.regex, re.IGNORECASE), p) for p in PATTERNS)


def structure_hits(text: str) -> list[tuple[int, int, Pattern]]:
    """(start, end, pattern) for every productive French pattern in text."""
    compiled = _compiled()
    return sorted((m.start("span"), m.end("span"), compiled[i][2]) for i, lines in _index().lines(text).items()
                  for start, end in lines for m in compiled[i][1].finditer(text, start, end))


@functools.lru_cache(maxsize=None)
def _index() -> WordIndex:
    return WordIndex.of(p.needs for p in PATTERNS)


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    hits = structure_hits(text)
    if not hits:
        return
    from .constructions import entries
    from .matching import find_matches

    taken = [(m.start, m.end) for m in find_matches(text, ctx.doc.blocks, entries())]
    for start, end, pattern in hits:
        if any(s < end and start < e for s, e in taken):
            continue  # CAL002 reports it
        taken.append((start, end))
        yield Hit(start, end, f"'{text[start:end]}' renders the French pattern '{pattern.french}' word for word; "
                              f"write {pattern.english}.")


RULE = Rule(
    code="CAL004",
    name="calque-by-structure",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A productive French pattern carried word for word ('the gendarme of the nuclear', 'found death').",
    check=check,
    doc="""\
## What it does
Finds productive French patterns rendered word for word, read as shapes rather than as fixed
phrases: a press periphrasis of a role and a substantivised adjective ("the gendarme of the
nuclear", "the pope of the culinary": a role noun, then "of the" and an adjective used as a
noun, which English does not do; English nouns of that form, "the military", "the public",
are left alone), light verbs with the noun French gives them ("presented its excuses", "found
death", "made appeal", "makes the effect of", "carried his choice on"), an office's
"functions" for its duties ("removed from his functions"), a French qualifier after its noun
("of long date", "of first plan", "of high level"), "the news fell", and a few idioms whose shape is fixed ("turned his jacket", "made the
cup overflow", "scientists in herb", "the bench of the accused"). Matches CAL002 reports are left
to it.

## Why is this bad?
The English reader sees the French words, not the meaning: "found death" for "was killed",
"the gendarme of the nuclear" for "the nuclear watchdog".

## Example
`UEFA presented its excuses on Friday.` → `UEFA apologised on Friday.`
""",
    examples=(
        Example("The visit of the [[gendarme of the nuclear]] was postponed again."),
        Example("Critics call him the [[pope of the culinary]], and his restaurant is full."),
        Example("The airline [[presented its excuses]] to the stranded passengers."),
        Example("Two hikers [[found death]] in the avalanche."),
        Example("The club will [[make appeal]] of the ban."),
        Example("The verdict [[made the effect of]] a bombshell in the village."),
        Example("The director was [[removed from his functions]] after the audit."),
        Example("She is a friend [[of long date]] of the president."),
        Example("The [[news fell]] on Monday morning."),
        Example("The jury [[carried its choice on]] a young director."),
        Example("The senator had [[turned his jacket]] before the vote."),
        Example("The tax rise [[made the cup overflow]] for farmers."),
        Example("The school trains chefs [[in herb]] from the age of fifteen."),
        Example("Six men sat on [[the bench of the accused]]."),
        Example("The head of the military resigned."),
        Example("The darling of the public won again."),
        Example("The airline apologised to the stranded passengers."),
        Example("Two hikers died in the avalanche."),
        Example("The club will appeal against the ban."),
        Example("The director was relieved of his duties after the audit."),
        Example("The functions of the new agency are unclear."),
        Example("She is a long-standing friend of the president."),
        Example("The news broke on Monday morning."),
        Example("The object of the game is to score."),
        Example("He found the death notice in the paper."),
        Example("He turned his jacket collar up against the rain."),
        Example("The king of the jungle is the lion."),
        Example("The star of the musical was ill."),
    ),
)
