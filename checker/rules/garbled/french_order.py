"""GRB032: French order in the noun phrase and the verb group ('the operation Serval', 'had the most divided the')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

_MONTHS_DAYS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
                r"|July|August|September|October|November|December|I)")
# nouns that English puts after the name they head ('Operation Serval', 'the Benalla affair', 'the Goma-Rutshuru
# road') and French before it ('l'opération Serval', 'l'affaire Benalla', 'la route Goma-Rutshuru'); nouns English
# also puts first ('the newspaper Fakir', 'the weekly Marianne', 'the band Queen') are not among them
NAME_AFTER = ("operation", "affair", "law", "plan", "reform", "scandal", "road", "route", "consortium", "pact", "decree",
              "doctrine", "bridge", "tunnel", "airport", "motorway")
NOUN_NAME = re.compile(
    rf"\bthe[ ]+(?P<span>(?-i:{'|'.join(NAME_AFTER)})[ ]+(?!{_MONTHS_DAYS}\b)(?-i:[A-Z][a-zà-ÿ’'-]*[a-zà-ÿ][\w’'-]*))"
    r"(?![\w’'-])(?![ ]+(?-i:[A-Z]))"
    # 'the plan Trump unveiled', 'the law Congress passed': the name is a relative clause's subject
    r"(?![ ]+(?:has|had|have|is|was|were|will|would|wants|wanted|said|says|(?-i:[a-z]+ed))\b)", re.I)
_ADJECTIVE = r"(?-i:[a-z]{2,}(?:ible|able|ous|ive|al|ic|ant|ent|ust|ary|ile|ful|less))"
# 'a decision incomprehensible and unjust': two adjectives after the noun, closing the noun phrase; the second
# adjective is read first, after each 'and', then the article, the noun and the first adjective before it
PAIR_END = re.compile(rf"and\s+{_ADJECTIVE}(?=\s*[,.;:!?”\"]|\s*$)")
PAIR_START = re.compile(rf"\b(?:a|an)\s+(?-i:[a-z]{{4,}})\s+{_ADJECTIVE}\s+$", re.I)
# a verb that takes an object and its complement ('found a solution quick and cheap')
_PREDICATIVE = re.compile(r"\b(?:make|makes|made|making|render|renders|rendered|declare|declares|declared|deem|deems"
                          r"|deemed|consider|considers|considered|judge|judges|judged|call|calls|called|find|finds"
                          r"|found|keep|keeps|kept|rule|ruled|rules|want|wants|wanted|like|likes|liked)\s+$", re.I)
# 'the point that had the most divided the campaign': 'le plus' between the auxiliary and its participle
DEGREE = ("most", "least", "more", "less")
WEDGED_DEGREE = re.compile(r"\b(?:has|have|had)\s+(?P<span>the\s+(?:most|least|more|less)\s+"
                           r"(?-i:[a-z]{3,}(?:ed|en|wn)))\s+(?:the|a|an|his|her|their|its|from|by)\b", re.I)


def _adjective_pairs(text: str, lowered: str, words) -> list[tuple[int, int]]:
    """(start, end) of each 'a noun adjective and adjective' closing its phrase, from the noun, found from its 'and'
    and left out after a verb that takes an object and its complement."""
    from ..lexicon import anchored_matches

    pairs = []
    for end in anchored_matches(text, lowered, ["and"] if "and" in words else [], PAIR_END, 0, 30):
        head = PAIR_START.search(text, max(0, end.start() - 60), end.start())
        if head is not None and not _PREDICATIVE.search(text, max(0, head.start() - 20), head.start()):
            pairs.append((re.match(r"\w+\s+", head.group()).end() + head.start(), end.end()))
    return pairs


def order_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for each noun phrase or verb group in French order, each regex tried only around
    its anchor words."""
    from ..lexicon import anchored_matches, text_words

    lowered, words = text_words(text)
    hits = [(m.start("span"), m.end("span"),
             "The common noun before the name keeps the French order ('l'opération Serval', 'la route "
             "Goma-Rutshuru'): English puts the name first ('Operation Serval', 'the Goma-Rutshuru road').")
            for m in anchored_matches(text, lowered, [w for w in NAME_AFTER if w in words], NOUN_NAME, 6, 60)]
    hits += [(start, end,
              "Two adjectives after their noun keep the French order ('une décision incompréhensible et injuste'): "
              "English puts them before it ('an incomprehensible and unjust decision').")
             for start, end in _adjective_pairs(text, lowered, words)]
    hits += [(m.start("span"), m.end("span"),
              "'The most' between the auxiliary and the participle is the French 'le plus' ('avait le plus divisé'): "
              "English says 'had divided … most' or 'had most divided'.")
             for m in anchored_matches(text, lowered, [w for w in DEGREE if w in words], WEDGED_DEGREE, 12, 40,
                                       after_word="the")]
    return sorted(set(hits))


def check(ctx):
    if ctx.doc.lang != "en":
        return
    for start, end, message in order_hits(ctx.doc.text):
        yield Hit(start, end, message)


RULE = Rule(
    code="GRB032",
    name="french-order",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="French order kept: 'the operation Serval', 'a decision incomprehensible and unjust', 'had the most divided'.",
    check=check,
    doc="""\
## What it does
Finds three orders French has and English has not, each read as a structure:
- a common noun English puts after the name it heads (*operation, affair, law, plan, reform, scandal, road,
  consortium, pact, bridge, airport* …) before a name, as French puts it: "the operation Serval", "the road
  Goma-Rutshuru", "the consortium Onepoint of David Layani" (a name that is a relative clause's subject, "the
  plan Trump unveiled", is left alone; nouns English also puts first, "the newspaper Fakir", are not read);
- two coordinated adjectives after their noun, closing the noun phrase: "a decision incomprehensible and
  unjust" (not after a verb that takes an object and its complement: "found a solution quick and cheap");
- 'the most' or 'the least' between an auxiliary and its participle, before the object: "the point that had
  the most divided the campaign" (*avait le plus divisé*).

## Why is this bad?
The words are English, the order is French: the reader stumbles or misreads the structure.

## Example
`the operation Serval` → `Operation Serval`; `a decision incomprehensible and unjust` →
`an incomprehensible and unjust decision`.
""",
    examples=(
        Example("French military presence began with the [[operation Serval]] in January 2013."),
        Example("Lava cut the [[road Goma-Rutshuru]], the main link with the north."),
        Example("“It is a [[decision incomprehensible and unjust]]. We will appeal.”"),
        Example("Access to donation was the point that had [[the most divided]] the campaign."),
        Example("Talks with the [[consortium Onepoint]] of David Layani failed in the spring."),
        Example("An investigation by the weekly Marianne revealed the affair.", note="English also says it so"),
        Example("Operation Serval began in 2013; the Benalla affair broke in 2018."),
        Example("The plan Trump unveiled on Monday was rejected.", note="a relative clause's subject"),
        Example("Critics found the plan vague and unrealistic.", note="an object and its complement"),
        Example("It was the most divisive issue; the team has the most experienced squad.", note="an adjective"),
    ),
)
