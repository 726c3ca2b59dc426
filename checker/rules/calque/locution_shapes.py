"""CAL006: a French locution's shape kept with any word in its slot ('entered into eruption', 'at their descent')."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import anchored_matches, text_words
from .matching import is_english


class Shape:
    """One French locution's shape: the words one of which every match holds, its regex (tried only `back`
    characters before and `ahead` after each of them), the advice."""

    __slots__ = ("anchors", "regex", "back", "ahead", "message")

    def __init__(self, anchors: tuple[str, ...], regex: str, window: tuple[int, int], message: str):
        self.anchors, self.regex, self.message = anchors, re.compile(regex, re.I), message
        self.back, self.ahead = window


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
# countable nouns English never leaves bare after a light verb, as French does ('former appel', 'porter plainte',
# 'demander pardon', 'mettre fin à', 'prendre rendez-vous')
_BARE = r"(?:appeal|complaint|end|apology|appointment|pardon)"
_LIGHT = (r"(?:form|forms|formed|forming|lodge|lodges|lodged|lodging|file|files|filed|filing|put|puts|putting|ask|asks"
          r"|asked|asking|present|presents|presented|presenting|take|takes|took|taken|taking)")
_VEHICLES = r"(?:plane|aircraft|car|train|bus|coach|helicopter|boat|vehicle|van|jet|taxi|ambulance|cockpit|flight)"
# adjectives that classify ('à caractère sexuel, raciste, terroriste'): English says '… nature' or the adjective alone
_CLASSIFYING = (r"(?:sexual|racist|racial|terrorist|homophobic|antisemitic|anti-semitic|discriminatory|political"
                r"|religious|commercial|humanitarian|confidential|criminal|military|ethnic|pornographic|xenophobic"
                r"|sectarian|violent|defamatory|insulting|personal|private|medical|financial|economic|social)")
SHAPES = (
    Shape(("appeal", "complaint", "end", "apology", "appointment", "pardon"),
          rf"\b(?P<span>{_LIGHT}\s+{_BARE})\b(?=\s*[.,;:!?”\"]|\s+(?:to|against|with|for|in|on|from|before|and)\b)",
          (30, 20),
          "A light verb with a bare noun is the French locution ('former appel', 'porter plainte', 'demander "
          "pardon', 'mettre fin à'): English says 'lodge an appeal', 'file a complaint', 'apologise', 'put an end to'."),
    Shape(("place",),
          rf"\b(?P<span>(?:took|take|takes|taking|taken)\s+(?:(?:his|her|their|its)\s+)?place\s+(?:in|on|aboard|on\s+board)"
          rf"\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?{_VEHICLES})\b"
          # a traveller, not an event: a journey's end after the vehicle ('took place in a plane to Dubai')
          r"(?=\s+(?:to|for|bound\s+for|towards|heading|back\s+to)\b)",
          (30, 90),
          "'Took place in a plane' is French 'prendre place dans un avion': English says 'boarded a plane' "
          "('took place' means happened)."),
    Shape(("character",),
          rf"\bof\s+(?P<span>(?:a|an)\s+{_CLASSIFYING}\s+character)\b",
          (50, 12),
          "'Of a sexual character' is French 'à caractère sexuel': English says 'sexual', 'sexually explicit' or "
          "'of a sexual nature'."),
    Shape(("enter", "enters", "entered", "entering"),
          rf"\b(?P<span>(?:enter|enters|entered|entering)\s+(?:into|in)\s+(?!{_ENGLISH_ENTRIES}\b)(?-i:[a-z]{{4,}}))\b"
          r"(?!\s+(?:of|with)\b)",
          (0, 50),
          "'Entered into' and a state is French 'entrer en' ('entrer en éruption', 'en résistance'): English "
          "has a verb ('erupted', 'began resisting') or 'went into'."),
    Shape(("fight", "struggle"),
          r"\b(?P<span>(?-i:[a-z]{4,})\s+of\s+(?:the\s+)?(?:fight|struggle)\s+against)\b",
          (30, 20),
          "A unit 'of the fight against' is French 'de lutte contre': English says 'anti-…' or '… unit' "
          "('the cybercrime unit', 'the anti-fraud office')."),
    Shape(("diplomacy", "justice"),
          r"\bthe\s+(?P<span>(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|ch|ic))\s+(?:diplomacy|justice))\b",
          (30, 12),
          "'The Russian diplomacy' names the ministry as French does ('la diplomatie russe', 'la justice "
          "française'): English says 'the Russian foreign ministry', 'the French courts'."),
    Shape(("arrival", "departure", "descent", "exit", "release", "return", "death", "birth", "election", "appointment",
           "wedding", "landing", "disembarkation", "discharge"),
          rf"\b(?P<span>[Aa]t\s+(?:his|her|their|its|my|our|your)\s+{_EVENTS})\b",
          (20, 16),
          "'At his arrival' is French 'à son arrivée': English says 'on his arrival' or 'when he arrived'."),
    Shape(("relaunch", "relaunched", "relaunches", "relaunching"),
          rf"\b(?P<span>(?:relaunch|relaunched|relaunches|relaunching)\s+(?:the\s+|a\s+|its\s+|their\s+)?{_REVIVED})\b",
          (0, 50),
          "'Relaunched the debate' is French 'relancer le débat': English relaunches a product; a debate is "
          "'revived' or 'reopened'."),
)


def shape_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) for each French locution shape in text, each regex tried only around its anchors."""
    lowered, words = text_words(text)
    hits = []
    for shape in SHAPES:
        anchors = [anchor for anchor in shape.anchors if anchor in words]
        hits += [(m.start("span"), m.end("span"), shape.message)
                 for m in anchored_matches(text, lowered, anchors, shape.regex, shape.back, shape.ahead)]
    return sorted(set(hits))


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
- 'relaunched' and a debate, talks, an investigation (*relancer le débat*), where English relaunches products;
- a light verb and a countable noun left bare (*former appel, porter plainte, demander pardon, mettre fin à*):
  "would form appeal", "lodged complaint against", "ask pardon", "put end to";
- 'took place' in or aboard a vehicle before where it goes (*prendre place dans un avion pour Dubaï*);
- 'of a' classifying adjective 'character' (*à caractère sexuel, raciste, terroriste*);

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
        Example("Her lawyer announced that she would [[form appeal]] against the ruling."),
        Example("A few hours later the player [[took place in a plane]] to Dubai."),
        Example("He had sent videos of [[a sexual character]] to a young man."),
        Example("She lodged an appeal, filed a complaint and asked for pardon.", note="a determiner, 'for'"),
        Example("The ceremony took place in a hangar; the meeting took place on the train.", note="not after 'took place'"),
        Example("He was a man of strong character; an act of a sexual nature.", note="a quality, 'nature'"),
        Example("The French champions lost; she is a champion of France's farmers; Lyon, seven times champions of "
                "France, were relegated.",
                note="English forms (a champion 'of France' is how English press writes it too)"),
        Example("The treaty entered into force in 2020 and the firm entered into administration.",
                note="what English enters into"),
        Example("The fight against cybercrime is a priority; Russian diplomacy is active.", note="no article"),
        Example("On their arrival the passengers were tested; at the arrival hall they waited."),
        Example("The carmaker relaunched the Renault 5 and relaunched its website.", note="products"),
    ),
)
